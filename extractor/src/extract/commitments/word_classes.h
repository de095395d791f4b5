// Word classes of rules/commitments/grammar.jsonl: the function words the
// clause reader looks at around a trigger (auxiliaries, adverbs, linking
// words, relative pronouns ...), as bits, and the table that maps a token's
// folded hash to its bits.
#ifndef COMMUNIQUE_EXTRACT_COMMITMENTS_WORD_CLASSES_H_
#define COMMUNIQUE_EXTRACT_COMMITMENTS_WORD_CLASSES_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/flat_map.h"

namespace communique::commitments {

// Bits 0-60 are classes; the analysis keeps three per-token bits of its own
// above them (analysis.h: kMatchStart, kComma, kInDate).
enum WordClass : uint64_t {
  kModal = uint64_t{1} << 0,
  kHedge = uint64_t{1} << 1,
  kHave = uint64_t{1} << 2,
  kBe = uint64_t{1} << 3,
  kDo = uint64_t{1} << 4,
  kNegation = uint64_t{1} << 5,
  kAdverb = uint64_t{1} << 6,
  kAdverbAfter = uint64_t{1} << 7,
  kLinking = uint64_t{1} << 8,
  kRelative = uint64_t{1} << 9,
  kKeepClause = uint64_t{1} << 10,
  kNotActor = uint64_t{1} << 11,
  kPluralDeterminer = uint64_t{1} << 12,
  kThingHead = uint64_t{1} << 13,
  kVerb = uint64_t{1} << 14,
  kWePossessive = uint64_t{1} << 15,
  kPluralHead = uint64_t{1} << 16,
  kPersonPronoun = uint64_t{1} << 18,  // "he", "she": the person named just before
  kThingPronoun = uint64_t{1} << 19,   // "it": the reporter after "X announced that", else nobody
  kAside = uint64_t{1} << 20,          // opens an aside between subject and verb ("prior to ...")
  kDeterminer = uint64_t{1} << 21,     // before a participle it makes an adjective ("the agreed plan")
  kPartnerLink = uint64_t{1} << 22,    // "with": the parties a meeting is held with follow
  kClauseOpener = uint64_t{1} << 23,   // "while", "in which": a clause with its own subject follows
  kPastBe = uint64_t{1} << 24,         // "was", "were"
  kMemberHead = uint64_t{1} << 25,     // "partners", "members" after a group's name: its members
  kSummitHead = uint64_t{1} << 26,     // "Summit": "At the G7 Summit, Leaders ..." are the group
  // Function words the clause reader tests for one by one.
  kAnd = uint64_t{1} << 27,              // joins a list of names, or two clauses
  kOr = uint64_t{1} << 28,               // joins alternatives, never two clauses
  kBut = uint64_t{1} << 29,              // joins two clauses, never names
  kArticle = uint64_t{1} << 30,          // "the": before a title, a plural head, a name
  kOf = uint64_t{1} << 31,               // "Secretary of the X": X is the title's institution
  kNameWord = uint64_t{1} << 32,         // lowercase words inside a name or a list of names
  kInfinitive = uint64_t{1} << 33,       // "to" before a verb: a complement, not a trigger
  kAgent = uint64_t{1} << 34,            // "by" after a passive: the agents follow
  kPreposition = uint64_t{1} << 35,      // opens an adverbial before "we" ("Through X we")
  kQuestion = uint64_t{1} << 36,         // "how we", "what we": no adverbial
  kWeWord = uint64_t{1} << 37,           // "We" opening a "We, A and B, ..." apposition
  kTitleReference = uint64_t{1} << 38,   // "The President": the one person with that role
  kPossessive = uint64_t{1} << 39,       // the "s" after an apostrophe
  kRelativePronoun = uint64_t{1} << 40,  // "that", "which", "who" after a noun
  kStateHead = uint64_t{1} << 41,        // "the two countries": the parties' countries
  kWrapper = uint64_t{1} << 42,          // "continue" after an intend trigger joins it ("hopes to continue")
  kTitleTopic = uint64_t{1} << 43,       // "on" in a title: the subject matter follows
  kPersonHead = uint64_t{1} << 44,       // "the Foreign Ministers": the antecedent's persons
  kPartyModal = uint64_t{1} << 45,       // "must", "can": an undertaking only of a party of the statement
  kBeTo = uint64_t{1} << 46,             // "are" + "to": a modal of arrangement ("are to sign")
  kSpokesperson = uint64_t{1} << 47,     // in a title: "we" is the publisher's party
  kProgressive = uint64_t{1} << 48,      // "providing": after "be", an undertaking in progress
  kAmountLead = uint64_t{1} << 49,       // "nearly", "an additional": before an amount ("nearly $150 million")
  kCurrency = uint64_t{1} << 50,         // "$", "USD": opens an amount, alone or joined to its digits ("USD50")
  kAmount = uint64_t{1} << 51,           // "two", "millions": a number word, an amount by itself
  kPleased = uint64_t{1} << 52,          // "pleased": be + it + "to" + a verb is the verb's group ("is pleased to announce")
  kSubordinator = uint64_t{1} << 53,     // "when", "after": opens a subject piece, the clause its own ("When we announced")
  kBodyHead = uint64_t{1} << 54,         // "government": "the government of the DPRK" is the DPRK, not a thing
  kAmountUnit = uint64_t{1} << 55,       // "million", "yen", "doses": a number before one counts money or material
  kPlace = uint64_t{1} << 56,            // "in", "at": a name after one is a place, no party
  kJoint = uint64_t{1} << 57,            // in a title: a statement of two or more parties
  kSpeech = uint64_t{1} << 58,           // "said": next to a quote, its speaker is named
  kExampleLead = uint64_t{1} << 59,      // "such as:": the list after a lead-in gives examples, no undertakings
  // Not a class of grammar.jsonl: the first word of a lexicon phrase, ",",
  // ";", ":" or "we", which the class pass looks at more closely. Most tokens
  // are in no class and none of these, and one lookup passes them by.
  kLookCloser = uint64_t{1} << 17,
};

// The bit of a grammar.jsonl class name of single words ("modal"), or
// nullopt (plural_ref and we are phrase kinds, not bits).
std::optional<uint64_t> WordClassNamed(std::string_view name);

// A title or a host compared as words: ASCII lowercase, "-" and runs of
// spaces as one space ("Secretary-General" == "secretary general").
std::string FoldedTitle(std::string_view text);

// Folded token hash -> class bits, asked about every token of every
// document.
class WordClassTable {
 public:
  // Adds `bits` to the word's classes.
  void Add(uint64_t folded_hash, uint64_t bits) { table_[folded_hash] |= bits; }
  // False for most tokens of a document, which are in no class: then
  // ClassesOf would be 0.
  bool MaybeIn(uint64_t folded_hash) const { return table_.MayContain(folded_hash); }
  uint64_t ClassesOf(uint64_t folded_hash) const { return table_.Get(folded_hash); }

 private:
  FlatMap<uint64_t, uint64_t, TokenHashIdentity, 15> table_;
};

}  // namespace communique::commitments

#endif  // COMMUNIQUE_EXTRACT_COMMITMENTS_WORD_CLASSES_H_
