// Commitment extraction (SPEC sections 7 and 8a; rules/commitments/).
//
// A trigger lexicon (rules/commitments/triggers.jsonl) finds main verbs in
// one pass over the tokens; "will"/"shall"/"may" + any verb is a trigger too.
// Around each trigger the extractor reads the verb group (auxiliaries,
// negation, adverbs: rules/commitments/grammar.jsonl), the subject before it
// and the action after it, one clause at a time:
//   - a clause has one trigger; verbs inside its action are complements
//     ("agreed to further cooperate"), unless a coordinated clause starts
//     with its own finite verb ("agreed to X and will Y" gives two);
//   - stance verbs ("recognize", "welcome") and appeals ("call on X to")
//     consume their clause and make no commitment;
//   - "announced that X will Y" is read as X's clause "will Y";
//   - the subject resolves to actor ids from doc.actors; "they", "the
//     partners", "we" resolve as SPEC 7 says (second pass, in order);
//   - sentences of background segments are skipped.
// Trace() reports every trigger that matched and why it did or did not
// become a commitment (communique explain --near-miss).
#ifndef COMMUNIQUE_EXTRACT_COMMITMENTS_H_
#define COMMUNIQUE_EXTRACT_COMMITMENTS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "communique/document.h"
#include "core/hash_filter.h"
#include "match/phrase_matcher.h"
#include "rules/rule_file.h"

namespace communique {

class CommitmentExtractor {
 public:
  // One trigger rule, with the texts the test suite runs through it.
  struct TriggerRule {
    std::string rule_id;
    std::string type;  // a commitment type, or stance / appeal / report
    std::vector<std::vector<std::string>> next;      // token sequences
    std::vector<std::vector<std::string>> next_not;  // token sequences
    // "reaffirmed the United States' ironclad commitment to": a head phrase a
    // few words after the verb that joins the trigger (token sequences).
    std::vector<std::vector<std::string>> object_head;
    enum class Passive { kForbidden, kRequired, kAllowed } passive = Passive::kForbidden;
    std::string perfect;  // status of "have + past", when not the usual
    std::vector<std::string> examples;
    std::vector<std::string> counter_examples;
  };

  // What became of one matched trigger (Trace()).
  struct TriggerTrace {
    Span trigger;        // the verb group
    Span sentence;
    std::string rule;    // trigger rule id
    std::string type;
    int commitment = -1;  // index into the commitments Run() adds, or -1
    std::string reason;   // why it is not a commitment ("" when it is)
  };

  // Compiles the rules under "commitments/". Problems are reported to `context`
  // (file:line: reason); the result is null only when nothing could be built.
  static std::unique_ptr<const CommitmentExtractor> Compile(rules::CompileContext& context);

  // Adds this extractor's annotations to `doc`. REQUIRES: doc has been
  // normalized, segmented and tokenized (and earlier extractors have run).
  void Run(Document& doc) const;

  // Every trigger match of `doc` with its outcome, in text order; the
  // commitments it would add go to `commitments` when not null. Complements
  // inside an action ("agreed to further cooperate") are left out.
  std::vector<TriggerTrace> Trace(const Document& doc, std::vector<Commitment>* commitments) const;

  const std::vector<TriggerRule>& rules() const { return rules_; }

  // Word classes of grammar.jsonl, as bits.
  enum WordClass : uint32_t {
    kModal = 1u << 0,
    kHedge = 1u << 1,
    kHave = 1u << 2,
    kBe = 1u << 3,
    kDo = 1u << 4,
    kNegation = 1u << 5,
    kAdverb = 1u << 6,
    kAdverbAfter = 1u << 7,
    kLinking = 1u << 8,
    kRelative = 1u << 9,
    kKeepClause = 1u << 10,
    kNotActor = 1u << 11,
    kPluralDeterminer = 1u << 12,
    kThingHead = 1u << 13,
    kVerb = 1u << 14,
    kWePossessive = 1u << 15,
    kPluralHead = 1u << 16,
    // Not a class of grammar.jsonl: the first word of a lexicon phrase, ",",
    // ";", ":" or "we", which the class pass looks at more closely. Most tokens are in
    // no class and none of these, and one lookup passes them by.
    kLookCloser = 1u << 17,
  };

 private:
  class Analysis;  // one document's pass (commitments.cc)

  // Payload of trigger phrases: rule index * 4 + form.
  enum Form : uint32_t { kBase = 0, kPast = 1, kIng = 2 };
  // Every phrase of the stage lives in one trie, so a document is walked once
  // (five matchers walked it five times): payload = kind << kKindShift | value.
  enum PhraseKind : uint32_t {
    kTrigger,        // value = rule index * 4 + form
    kGrammarPhrase,  // multi-word grammar phrase; value = class bit
    kPluralRef,      // "they", "the partners", ...
    kWeRef,          // "we"
    kNamedRef,       // "Allies", "Allied leaders"; value = index into named_ref_ids_
  };
  static constexpr int kKindShift = 24;
  static uint32_t Payload(PhraseKind kind, uint32_t value) { return kind << kKindShift | value; }

  // A rule's type as a code: the commitment types first, so that
  // IsCommitment() is one comparison.
  enum class Type : uint8_t {
    kAgree, kPledge, kIntend, kLaunch, kSign, kCooperate, kReview, kMeet, kSchedule,
    kStance, kAppeal, kReport
  };
  static constexpr std::string_view kTypeNames[] = {
      "agree", "pledge", "intend", "launch", "sign", "cooperate", "review", "meet", "schedule",
      "stance", "appeal", "report"};
  static bool IsCommitment(Type type) { return type <= Type::kSchedule; }

  std::vector<TriggerRule> rules_;
  // What Run() reads of each rule (parallel to rules_): its type's code, and
  // the folded hashes of its token sequences (parallel to next, next_not and
  // object_head), compared before the texts.
  struct Sequences {
    std::vector<std::vector<uint64_t>> hashes;
    // A bit per first word (folded hash & 63), all bits for an empty
    // sequence: the token after a trigger mostly starts none of a rule's
    // sequences ("announced" has nineteen).
    uint64_t first_words = 0;
    bool MayStartWith(uint64_t folded_hash) const { return (first_words >> (folded_hash & 63)) & 1; }
  };
  struct CompiledRule {
    Type type;
    Sequences next, next_not, object_head;
  };
  std::vector<CompiledRule> compiled_;
  match::PhraseMatcher lexicon_;
  // lexicon_.Add, and the phrase's first word marked kLookCloser.
  bool AddPhrase(std::string_view phrase, uint32_t payload);
  // Per word: the class bits of grammar.jsonl's single words, kLookCloser for
  // ",", ";", ":", "we" and the first word of every lexicon phrase. Folded
  // hash -> bits, open addressing (power-of-two size, load <= 1/4, bits == 0
  // marks an empty slot), asked about every token of every document.
  struct ClassSlot {
    uint64_t hash = 0;
    uint32_t bits = 0;
  };
  std::vector<ClassSlot> class_slots_ = std::vector<ClassSlot>(16);
  size_t class_count_ = 0;
  int class_shift_ = 60;
  size_t ClassSlotOf(uint64_t folded_hash) const {
    return (folded_hash * 0x9E3779B97F4A7C15ULL) >> class_shift_;
  }
  // False for most tokens of a document, which are in no class: then
  // ClassesOf would be 0.
  bool MaybeInClass(uint64_t folded_hash) const { return class_filter_.MayContain(folded_hash); }
  uint32_t ClassesOf(uint64_t folded_hash) const {
    for (size_t slot = ClassSlotOf(folded_hash);; slot = (slot + 1) & (class_slots_.size() - 1)) {
      const ClassSlot& s = class_slots_[slot];
      if (s.bits == 0 || s.hash == folded_hash) return s.bits;
    }
  }
  void AddWordClass(uint64_t folded_hash, uint32_t bits);
  // The table's words: most tokens of a document are in no class, and one
  // L1-resident load rejects them.
  HashFilter<15> class_filter_;
  // "Allies", "Allied leaders": words that name one actor ("nato") when the
  // document has it.
  std::vector<std::string> named_ref_ids_;
  std::string modal_rule_;            // rule id for "will" + an unlisted verb
};

}  // namespace communique

#endif  // COMMUNIQUE_EXTRACT_COMMITMENTS_H_
