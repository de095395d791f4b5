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
//
// This header is the stage's entry point; its parts live in commitments/:
//   types.h, word_classes.h  what the rule files' types and classes are
//   compile.cc               rule files -> trigger trie, class table
//   analysis.h               one document's pass, and which file holds each
//                            step (scan, candidates, clauses, coordination,
//                            subjects, references, assembly, trace)
#ifndef COMMUNIQUE_EXTRACT_COMMITMENTS_H_
#define COMMUNIQUE_EXTRACT_COMMITMENTS_H_

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "communique/document.h"
#include "extract/commitments/types.h"
#include "extract/commitments/word_classes.h"
#include "match/phrase_matcher.h"
#include "rules/commitment_rules.h"

namespace communique {

class English;

class CommitmentExtractor {
 public:
  // Whether actor `id` is a partnership (rules/actors/memberships.jsonl
  // "partnership": the Quad, AUKUS), a format of its members that is no party.
  bool IsPartnership(std::string_view id) const { return PartnershipOf(id) != nullptr; }
  // One trigger rule, with the texts the test suite runs through it.
  struct TriggerRule {
    std::string rule_id;
    std::string type;  // a commitment type, or stance / appeal / report
    std::vector<std::vector<std::string>> next;      // token sequences
    std::vector<std::vector<std::string>> next_not;  // token sequences
    // "reaffirmed the United States' ironclad commitment to": a head phrase a
    // few words after the verb that joins the trigger (token sequences).
    std::vector<std::vector<std::string>> object_head;
    // "The talks took place": the head of a subject naming an event must be
    // one of these, where the rule lists any ("The earthquake took place" is
    // no meeting).
    std::vector<std::vector<std::string>> event_head;
    // With next_name: words right after the name that make it no name of
    // something launched ("announced Tokyo as the host city").
    std::vector<std::vector<std::string>> name_not_before;
    enum class Passive { kForbidden, kRequired, kAllowed } passive = Passive::kForbidden;
    std::string perfect;  // status of "have + past", when not the usual
    std::string present;  // status of a bare present ("we continue to"), when not the usual
    // "hosted X", "spoke to X": the parties right after the verb join the actors.
    bool partner_object = false;
    // A subject naming an event is the event, as for its type's (types.jsonl).
    bool event_subject = false;
    bool past_be = false;  // only after "was" / "were" ("The Dialogue was held")
    // Only after a modal ("will reaffirm the alliance" is a pledge; a past
    // "reaffirmed the alliance" stays a stance).
    bool modal = false;
    // `next` holds after a modal too: the words after the verb decide
    // whether it is this trigger ("will issue a joint statement" is sign,
    // "will issue licences" is "will" + a verb, intend).
    bool strict_next = false;
    // The words after the verb open with a name ("announced AUKUS", "announced
    // the Quad Fellowship"), after an article or "our" at most.
    bool next_name = false;
    // The words after the verb open with an amount ("announced nearly $150
    // million", "provided 2 billion yen", "donated one million doses"): with
    // `next`, either one will do.
    bool next_amount = false;
    // A stance or a report stays one after a modal ("Leaders will affirm
    // that ...", "We will condemn ..."); without it a modal makes the verb
    // an undertaking ("will support", "may consider": intend).
    bool modal_keeps = false;
    // The words after the verb open with a person, no possessive after the
    // name ("welcomed President X to Washington" is a meeting; "welcomed
    // President X's initiative" a stance): with `next`, either one will do.
    bool next_person = false;
    // The object_head must be there but stays in the action, out of the
    // trigger ("are taking initial steps to": trigger "are taking").
    bool head_in_action = false;
    // The object_head needs no linking word after it ("will deepen practical
    // cooperation and launch", "will reinforce our coordination against").
    bool head_alone = false;
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

  // Compiles the rules under "commitments/", each trigger's base with its 3rd
  // person as `english` forms it. Problems are reported to `context`
  // (file:line: reason); the result is null only when nothing could be built.
  static std::unique_ptr<const CommitmentExtractor> Compile(rules::CompileContext& context,
                                                            const English& english);

  // Adds this extractor's annotations to `doc`. REQUIRES: doc has been
  // normalized, segmented and tokenized (and earlier extractors have run).
  void Run(Document& doc) const;

  // Every trigger match of `doc` with its outcome, in text order; the
  // commitments it would add go to `commitments` when not null. Complements
  // inside an action ("agreed to further cooperate") are left out.
  std::vector<TriggerTrace> Trace(const Document& doc, std::vector<Commitment>* commitments) const;

  const std::vector<TriggerRule>& rules() const { return rules_; }
  // The rules as parsed, with where each is written (Engine::CheckExamples).
  const rules::CommitmentRules& parsed_rules() const { return parsed_; }

 private:
  class Analysis;  // one document's pass (commitments/analysis.h)

  using Type = commitments::Type;
  using enum commitments::WordClass;

  // Payload of trigger phrases: rule index * 4 + form.
  // kThird: the 3rd person singular ("hopes"), derived from the base; read
  // as the base, but finite after "and" where its rule's context matched.
  enum Form : uint32_t { kBase = 0, kPast = 1, kIng = 2, kThird = 3 };
  // Every phrase of the stage lives in one trie, so a document is walked once
  // (five matchers walked it five times): payload = kind << kKindShift | value.
  enum PhraseKind : uint32_t {
    kTrigger,        // value = rule index * 4 + form
    kGrammarPhrase,  // multi-word grammar phrase; value = the class bit's number
    kPluralRef,      // "they", "the partners", ...
    kWeRef,          // "we"
    kNamedRef,       // "Allies", "Allied leaders"; value = index into named_ref_ids_
  };
  static constexpr int kKindShift = 24;
  static uint32_t Payload(PhraseKind kind, uint32_t value) { return kind << kKindShift | value; }

  // Per type (indexed by Type): what types.jsonl says it does.
  std::array<commitments::TypeInfo, std::size(commitments::kTypeNames)> types_{};
  const commitments::TypeInfo& InfoOf(Type type) const { return types_[static_cast<size_t>(type)]; }

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
    Sequences next, next_not, object_head, event_head, name_not_before;
  };
  std::vector<CompiledRule> compiled_;
  match::PhraseMatcher lexicon_;
  // Compile()'s rule files: types.jsonl, grammar.jsonl's word classes and
  // phrases, triggers.jsonl's verbs, and actors/memberships.jsonl.
  void CompileTypes(rules::CompileContext& context);
  void CompileMemberships(rules::CompileContext& context);
  void CompilePublishers(rules::CompileContext& context);
  void CompileGrammar(rules::CompileContext& context);
  void CompileTriggers(rules::CompileContext& context, const English& english);
  // lexicon_.Add, and the phrase's first word marked kLookCloser.
  bool AddPhrase(std::string_view phrase, uint32_t payload);
  // Per word: the class bits of grammar.jsonl's single words, kLookCloser for
  // ",", ";", ":", "we" and the first word of every lexicon phrase.
  commitments::WordClassTable classes_;
  // "Allies", "Allied leaders": words that name one actor ("nato") when the
  // document has it.
  std::vector<std::string> named_ref_ids_;
  std::string modal_rule_;            // rule id for "will" + an unlisted verb
  // "The President": where several persons hold a title_reference role, the
  // one affiliated with the title's actor (grammar.jsonl's "actor" of the row
  // listing it); folded title -> actor id.
  std::map<std::string, std::string, std::less<>> title_affiliation_;
  // The folded hashes of the words of title_reference titles ("prime",
  // "minister"): the words before a name in a title's list of authors.
  std::vector<uint64_t> title_words_;
  bool IsTitleWord(uint64_t folded_hash) const {
    return std::find(title_words_.begin(), title_words_.end(), folded_hash) != title_words_.end();
  }
  // The `currency` words, ASCII-lowercased: "€50", "USD50" are one token each,
  // a currency joined to its digits.
  std::vector<std::string> currency_prefixes_;
  // rules/actors/memberships.jsonl: "the Quad partners" are its members.
  struct Member {
    std::string id, from, to;  // dates YYYY-MM-DD, "" when open
  };
  struct Membership {
    std::string group;  // an actor id
    std::vector<Member> members;
    // The Quad, AUKUS: a format of its members, no party itself (SPEC 8a):
    // what the group undertakes, its members undertake.
    bool partnership = false;
  };
  std::vector<Membership> memberships_;
  // rules/commitments/publishers.jsonl: whose release a document is, by the
  // host of its address, and the titles of the publisher's own officials.
  struct Publisher {
    std::vector<std::string> hosts;
    std::string party;                // an actor id
    std::vector<std::string> titles;  // folded: lowercase, "-" as a space
    std::string head;                 // folded; the title whose unnamed holder is `party`
  };
  std::vector<Publisher> publishers_;
  // The publisher whose host `url` has, or null.
  const Publisher* PublisherOf(std::string_view url) const;
  const Membership* MembershipOf(std::string_view group) const {
    for (const Membership& m : memberships_) {
      if (m.group == group) return &m;
    }
    return nullptr;
  }
  // MembershipOf(group) where it is a partnership, else null: asked about
  // every actor of every clause, it reads only the few partnerships
  // (IsPartnership, public, asks the same).
  std::vector<size_t> partnerships_;  // indices into memberships_
  const Membership* PartnershipOf(std::string_view group) const {
    for (size_t i : partnerships_) {
      if (memberships_[i].group == group) return &memberships_[i];
    }
    return nullptr;
  }
  rules::CommitmentRules parsed_;
};

}  // namespace communique

#endif  // COMMUNIQUE_EXTRACT_COMMITMENTS_H_
