// Word classes of rules/commitments/grammar.jsonl: the function words the
// clause reader looks at around a trigger (auxiliaries, adverbs, linking
// words, relative pronouns ...), as bits, and the table that maps a token's
// folded hash to its bits.
#ifndef COMMUNIQUE_EXTRACT_COMMITMENTS_WORD_CLASSES_H_
#define COMMUNIQUE_EXTRACT_COMMITMENTS_WORD_CLASSES_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/hash_filter.h"

namespace communique::commitments {

// Bits 0-29 are classes; the analysis keeps two per-token bits of its own
// above them (analysis.h: kComma, kInDate).
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
  kPersonPronoun = 1u << 18,  // "he", "she": the person named just before
  kThingPronoun = 1u << 19,   // "it": the reporter after "X announced that", else nobody
  kAside = 1u << 20,          // opens an aside between subject and verb ("prior to ...")
  kDeterminer = 1u << 21,     // before a participle it makes an adjective ("the agreed plan")
  kPartnerLink = 1u << 22,    // "with": the parties a meeting is held with follow
  kClauseOpener = 1u << 23,   // "while", "in which": a clause with its own subject follows
  kPastBe = 1u << 24,         // "was", "were"
  kMemberHead = 1u << 25,     // "partners", "members" after a group's name: its members
  kSummitHead = 1u << 26,     // "Summit": "At the G7 Summit, Leaders ..." are the group
  // Not a class of grammar.jsonl: the first word of a lexicon phrase, ",",
  // ";", ":" or "we", which the class pass looks at more closely. Most tokens
  // are in no class and none of these, and one lookup passes them by.
  kLookCloser = 1u << 17,
};

// The bit of a grammar.jsonl class name of single words ("modal"), or
// nullopt (plural_ref and we are phrase kinds, not bits).
std::optional<uint32_t> WordClassNamed(std::string_view name);

// Folded token hash -> class bits: open addressing (power-of-two size, load
// <= 1/4, bits == 0 marks an empty slot), asked about every token of every
// document, behind a bit filter that rejects most tokens from one L1 load.
class WordClassTable {
 public:
  // Adds `bits` to the word's classes.
  void Add(uint64_t folded_hash, uint32_t bits);
  // False for most tokens of a document, which are in no class: then
  // ClassesOf would be 0.
  bool MaybeIn(uint64_t folded_hash) const { return filter_.MayContain(folded_hash); }
  uint32_t ClassesOf(uint64_t folded_hash) const {
    for (size_t slot = SlotOf(folded_hash);; slot = (slot + 1) & (slots_.size() - 1)) {
      const Slot& s = slots_[slot];
      if (s.bits == 0 || s.hash == folded_hash) return s.bits;
    }
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t bits = 0;
  };
  size_t SlotOf(uint64_t folded_hash) const { return (folded_hash * 0x9E3779B97F4A7C15ULL) >> shift_; }
  std::vector<Slot> slots_ = std::vector<Slot>(16);
  size_t count_ = 0;
  int shift_ = 60;
  HashFilter<15> filter_;
};

}  // namespace communique::commitments

#endif  // COMMUNIQUE_EXTRACT_COMMITMENTS_WORD_CLASSES_H_
