// One document's pass of the commitment extractor, shared by the files of
// this folder (each defines the members of one step):
//   scan.cc          the class pass: word classes, marks, lexicon matches
//   candidates.cc    trigger candidates and the verb group around each
//   clauses.cc       a sentence's clauses, one per accepted candidate
//   coordination.cc  verbs after "and" / a comma inside an earlier clause
//   subjects.cc      the subject before a verb group, actors in a span
//   references.cc    "we", plural references, principal and title parties
//   assembly.cc      the action, and the output commitments
//   trace.cc         why a trigger is or is not a commitment
#ifndef COMMUNIQUE_EXTRACT_COMMITMENTS_ANALYSIS_H_
#define COMMUNIQUE_EXTRACT_COMMITMENTS_ANALYSIS_H_

#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/capitalization.h"
#include "core/thread_scratch.h"
#include "extract/commitments.h"
#include "match/phrase_matcher.h"

namespace communique {
namespace commitments {

inline bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
inline char FoldAscii(char c) { return IsUpper(c) ? static_cast<char>(c + 32) : c; }

}  // namespace commitments

// One document's analysis: candidates, clauses, and the two resolution passes.
class CommitmentExtractor::Analysis {
 public:
  using Rule = TriggerRule;

  // The class pass: word classes, clause cues, the lexicon's matches and the
  // token range of each sentence (scan.cc).
  Analysis(const CommitmentExtractor& rules, const Document& doc);

  // The commitments go to `out` and, when `traces` is not null, every
  // trigger's outcome (Trace()) to `traces`.
  void Run(std::vector<Commitment>* out, std::vector<TriggerTrace>* traces);

 private:
  // Buffers reused from document to document: a document's vectors were a
  // good part of the stage's malloc and free. One set per thread serves,
  // as an Analysis lives inside one Run() or Trace() call and these never
  // nest (core/thread_scratch.h).
  struct Scratch;
  Scratch& scratch_ = ThreadScratch<Scratch>();

  enum class SubjectKind {
    kNone, kExplicit, kPlural, kWe, kInherit, kEvent, kUnknown, kPronoun, kPersonPronoun
  };
  // Why a trigger gave no commitment. The text (TraceOf) is only built
  // for Trace(): a string per clause cost more than reading the clause.
  enum class Reason : uint8_t {
    kNone, kHeading, kBackground, kNoSubjectBeforeVerb, kRelativeClause, kNotActor,
    kNoActorInSubject, kNoActorAfterBy, kPronoun, kReported, kStance, kAppeal, kNoSubject, kNotParty,
    kNotEvent, kNeed
  };
  struct Clause {
    const Rule* rule = nullptr;  // null for "will" + an unlisted verb
    Type type = Type::kIntend;  // the rule's, or intend
    Span trigger;                // the verb group
    Span sentence_span;
    Reason reason = Reason::kNone;
    Span reason_text;            // the words a reason quotes
    uint32_t group_begin = 0, trigger_end = 0;  // tokens
    uint32_t action_begin = 0, action_end = 0;  // tokens
    uint32_t sentence = 0;
    SubjectKind subject = SubjectKind::kNone;
    std::vector<size_t> actors;  // explicit actor indices
    std::vector<size_t> with_actors;
    std::vector<size_t> aside_partners;  // with_actors an aside of the subject names ("X, with Y, will")
    std::vector<size_t> actors_with;  // the resolved actors plus with_actors (second pass)
    int inherit_from = -1;  // clause index
    Span event;             // schedule: the subject phrase
    std::string_view status;
    bool negated = false, hedged = false;
    bool accepted = false;
    bool we_apposition = false;  // "We, A, B and C, agreed"
    bool modal = false;          // its verb group has will/shall/may
    bool bare_past = false;      // a past form with no auxiliary ("discussed")
    bool bare_present = false;   // a base or 3rd person form with no auxiliary ("we welcome")
    bool in_progress = false;    // be + an -ing form ("is hosting"): ongoing, or planned with a later date
    bool action_is_event = false;  // passive "X was signed by A": the action is X
    bool event_subject = false;    // a subject naming an event is the event (types.jsonl)
    bool states = false;           // "the two countries": persons stand for their countries
    bool persons = false;          // "the Foreign Ministers": the antecedent's persons
    bool title_subject = false;    // "The Prime Minister": "He" after it is the same party
    bool aside = false;            // in a parenthesized sentence: no antecedent of "they"
    bool plural_of_reporter = false;  // "they" after a report: one person's "they" is the country
    bool party_only = false;  // kept only where a party of the statement does it (Assemble)
    bool party_modal = false;  // "must": and only where "we" or a named party is the subject
    // "we continue to promote": kept only where a party of the statement
    // does it, as party_only, but its subject counts toward the principal
    // parties ("Canada continues to invest" in a Canada-US statement).
    bool party_present = false;
    bool need = false;         // "must" + a verb of no undertaking ("We must remember"): none
    bool lead_only = false;    // "Japan and India will:" leads in its items and is none itself
    std::vector<size_t> actors_states;  // the plural antecedent's countries (second pass)
    std::vector<size_t> actors_members;  // a partnership's members in place of it (second pass)
    std::vector<size_t> actors_speaker;  // "we" in a quote: its speaker's party (second pass)
  };

  // Precomputed per token: the clause reader asks several times per token.
  uint64_t Classes(size_t t) const { return classes_[t]; }
  std::string_view Text(size_t t) const { return doc_.View(doc_.tokens[t].span); }
  // match::EqualsFolded, inline: most calls end at the length.
  bool Is(size_t t, std::string_view word) const {
    const Span span = doc_.tokens[t].span;
    if (span.end - span.begin != word.size()) return false;
    const char* text = doc_.text.data() + span.begin;
    for (size_t i = 0; i < word.size(); ++i) {
      if (commitments::FoldAscii(text[i]) != commitments::FoldAscii(word[i])) return false;
    }
    return true;
  }
  // The byte of a one-byte token (punctuation, mostly), else 0.
  char OneChar(size_t t) const {
    const Span span = doc_.tokens[t].span;
    return span.end - span.begin == 1 ? doc_.text[span.begin] : 0;
  }
  bool Char(size_t t, char c) const { return OneChar(t) == c; }
  // Char(t, ','), from the bit the constructor set: commas are looked for on
  // every token of a clause.
  bool Comma(size_t t) const { return classes_[t] & kComma; }
  bool IsWord(size_t t) const { return doc_.tokens[t].kind != Token::Kind::kPunct; }
  bool Capitalized(size_t t) const {
    return doc_.tokens[t].kind == Token::Kind::kNumber ||
           (doc_.tokens[t].kind == Token::Kind::kWord && IsCapitalized(Text(t)));
  }
  static PhraseKind KindOf(const match::PhraseMatch& m) {
    return static_cast<PhraseKind>(m.payload >> kKindShift);
  }
  // A grammar phrase's class: its payload holds the bit's number.
  static uint64_t PhraseClass(const match::PhraseMatch& m) { return uint64_t{1} << ValueOf(m); }
  static uint32_t ValueOf(const match::PhraseMatch& m) {
    return m.payload & ((uint32_t{1} << kKindShift) - 1);
  }
  // The matches starting at token `t`. The clause reader asks about tokens
  // of the sentence it reads, whose few matches Run() keeps at hand.
  std::span<const match::PhraseMatch> MatchesAt(size_t t) const {
    // Most tokens start none, as the class pass noted (kMatchStart): the
    // verb group reader asks about every word before a verb.
    if (t >= classes_.size() || !(classes_[t] & kMatchStart)) return {};
    std::span<const match::PhraseMatch> in = matches_;
    if (t >= sentence_tokens_.first && t < sentence_tokens_.second) in = sentence_matches_;
    const size_t from = StartingAt(in, t);
    size_t to = from;
    while (to < in.size() && in[to].first_token == t) ++to;
    return in.subspan(from, to - from);
  }
  // The index of the first match starting at token `t` or later (the class
  // pass finds them in order of their start token).
  static size_t StartingAt(std::span<const match::PhraseMatch> matches, size_t t) {
    return static_cast<size_t>(
        std::lower_bound(matches.begin(), matches.end(), t,
                         [](const match::PhraseMatch& m, size_t v) { return m.first_token < v; }) -
        matches.begin());
  }
  // True iff a phrase of `kind` covers exactly tokens [begin, end).
  bool Covers(PhraseKind kind, size_t begin, size_t end) const {
    if (begin >= end) return false;
    for (const match::PhraseMatch& m : MatchesAt(begin)) {
      if (m.end_token == end && KindOf(m) == kind) return true;
    }
    return false;
  }
  // True iff a multi-word grammar phrase of class `bit` starts at `t`.
  bool PhraseAt(size_t t, size_t end, uint64_t bit) const {
    const size_t limit = std::min(end, t + 4);
    for (const match::PhraseMatch& m : MatchesAt(t)) {
      if (m.end_token <= limit && KindOf(m) == kGrammarPhrase && (PhraseClass(m) & bit)) return true;
    }
    return false;
  }
  // "will no longer provide": the start of a multi-word grammar phrase of a
  // class in `bits` that ends at token `e` (after `floor`), with its
  // classes in *cls, or SIZE_MAX.
  size_t PhraseEndingAt(size_t e, size_t floor, uint64_t bits, uint64_t* cls) const {
    for (size_t j = e - 1; j > floor && j + 4 > e;) {
      --j;
      for (const match::PhraseMatch& m : MatchesAt(j)) {
        if (m.end_token == e && KindOf(m) == kGrammarPhrase && (PhraseClass(m) & bits)) {
          *cls = PhraseClass(m);
          return j;
        }
      }
    }
    return SIZE_MAX;
  }
  // The first token from `t` that is no adverb or negation, single words or
  // phrases ("will also no longer provide").
  size_t SkipGroupWords(size_t t, size_t end) const {
    while (t < end) {
      if (Classes(t) & (kAdverb | kNegation)) {
        ++t;
        continue;
      }
      const size_t limit = std::min(end, t + 4);
      size_t next = t;
      for (const match::PhraseMatch& m : MatchesAt(t)) {
        if (m.end_token <= limit && KindOf(m) == kGrammarPhrase &&
            (PhraseClass(m) & (kAdverb | kNegation))) {
          next = std::max<size_t>(next, m.end_token);
        }
      }
      if (next == t) break;
      t = next;
    }
    return t;
  }
  // The actors named in tokens [begin, end): persons where there are persons
  // (the demonym in "Japanese Minister X" is no party); with `parties`, also
  // the other actors that are neither a listed person's affiliation nor the
  // institution in a title ("Secretary of the X").
  std::vector<size_t> ActorsIn(size_t begin, size_t end, bool parties = false) const;
  Span TokenSpan(size_t begin, size_t end) const {
    return {doc_.tokens[begin].span.begin, doc_.tokens[end - 1].span.end};
  }
  // True iff tokens from `at` read `seq` (with its folded hashes) before `end`.
  bool SequenceAt(const std::vector<std::string>& seq, const std::vector<uint64_t>& hashes, size_t at,
                  size_t end) const;
  bool NextMatches(const std::vector<std::vector<std::string>>& seqs, const Sequences& compiled,
                   size_t at, size_t end) const;
  size_t SkipAdverbs(size_t t, size_t end) const {
    while (t < end && (Classes(t) & kAdverb)) ++t;
    return t;
  }
  // The first token at or before `t` (after `floor`) that is no adverb:
  // "and significantly increase" reads the "and".
  size_t SkipAdverbsBack(size_t t, size_t floor) const {
    while (t > floor && (Classes(t) & kAdverb)) --t;
    return t;
  }
  size_t ObjectHead(const Rule& rule, const CompiledRule& compiled, size_t at, size_t end) const;
  bool NounBefore(size_t g, size_t floor) const;
  // A `be_to` word + "to" at token t: a modal of arrangement ("Japan and India
  // are to sign", "The next meeting is to be held") after a subject that may
  // act or before a passive; "our ambitions are to reach", "The first
  // priority of President X is to protect" are no arrangements.
  bool BeTo(size_t t, size_t floor) const {
    if (t + 2 >= doc_.tokens.size() || !(Classes(t) & kBeTo) || !(Classes(t + 1) & kInfinitive)) {
      return false;
    }
    if (Classes(t + 2) & kBe) return true;
    if (t > floor && (IsPronoun(t - 1) || (Classes(t - 1) & kPluralHead))) return true;
    // Names from the clause's start or a comma: "Japan and India", "the United States".
    size_t k = t;
    while (k > floor && (Capitalized(k - 1) || (Classes(k - 1) & (kNameWord | kAnd)) ||
                         Char(k - 1, '.') || Char(k - 1, '-') || Char(k - 1, '\''))) {
      --k;
    }
    return k < t && (k == floor || !IsWord(k - 1));
  }
  // Token t ends where token t + 1 begins ("co" "-" "hosts").
  bool Joined(size_t t) const { return doc_.tokens[t].span.end == doc_.tokens[t + 1].span.begin; }
  // The end of a sentence inside one the segmenter keeps whole (a quotation:
  // Clinton said, "I am honored to be back in Japan. ... We pledge"): a
  // stop after a lowercase word, before a capitalized one.
  bool InnerStop(size_t t) const {
    return t > 0 && t + 1 < doc_.tokens.size() && IsWord(t - 1) && !Capitalized(t - 1) &&
           doc_.tokens[t - 1].span.end - doc_.tokens[t - 1].span.begin >= 3 && Capitalized(t + 1) &&
           !InMention(t);
  }
  bool IsStop(size_t t) const { return Char(t, '.') || Char(t, '?') || Char(t, '!'); }
  // A dash with spaces around it ("Canada - a partner of the EU - will"), no
  // hyphen ("U.S.-EU"): it may open and close an aside.
  bool SpacedDash(size_t t) const {
    return Char(t, '-') && t > 0 && t + 1 < doc_.tokens.size() && !Joined(t - 1) && !Joined(t);
  }
  // Inside a mention that starts before token t ("Joseph R. Biden, Jr.": the comma).
  bool InMention(size_t t) const { return MentionOver(t, /*starting_at_t=*/false) != nullptr; }
  // "challenges that Japan and the United States will face": the names before
  // the verb group follow a relative pronoun.
  bool RelativeBefore(size_t g, size_t floor) const {
    size_t k = g;
    for (int n = 0; n < 12 && k > floor + 1; ++n) {
      --k;
      if (Capitalized(k) || (Classes(k) & kNameWord) || Char(k, '.') ||
          Char(k, '-') || Char(k, '\'') || (Classes(k) & kAdverb)) {
        continue;
      }
      return (Classes(k) & kRelativePronoun) && IsWord(k - 1) &&
             !Capitalized(k - 1) && !(Classes(k - 1) & (kLinking | kAdverb));
    }
    return false;
  }
  // "The three National Security Advisors", "the countries": a determiner,
  // a few modifiers and a plural head, naming no actor.
  bool PluralHeadSubject(size_t b, size_t e) const {
    if (e - b < 2 || e - b > 6 || !(Classes(e - 1) & kPluralHead)) return false;
    if (!(Classes(b) & (kArticle | kPluralDeterminer))) return false;
    for (size_t t = b + 1; t + 1 < e; ++t) {
      if (!IsWord(t) && !Char(t, '-')) return false;
      if (Classes(t) & (kLinking | kRelative | kBe | kHave | kModal)) return false;
      if (Classes(t) & (kAnd | kOr)) return false;
    }
    return !HasActorIn(b, e);
  }
  // The actor a named reference ("Allied leaders") stands for, or SIZE_MAX.
  size_t NamedRef(size_t b, size_t e) const {
    for (const match::PhraseMatch& m : MatchesAt(b)) {
      if (m.end_token != e || KindOf(m) != kNamedRef) continue;
      for (size_t a = 0; a < doc_.actors.size(); ++a) {
        if (doc_.actors[a].id == x_.named_ref_ids_[ValueOf(m)]) return a;
      }
    }
    return SIZE_MAX;
  }
  // "Together we", "To this end we", "In doing so we": an adverbial before "we".
  bool AdverbialWe(size_t b, size_t e) const {
    if (e - b < 2 || e - b > 5 || !(Classes(e - 1) & kWeWord)) return false;
    // "The endeavor we launch today": a noun phrase with a reduced relative.
    if (e - b == 2) {
      if (!(Classes(b) & kAdverb) && !Text(b).ends_with("ly")) {
        return false;
      }
    } else if (!(Classes(b) & (kLinking | kPreposition))) {
      return false;
    }
    for (size_t t = b; t + 1 < e; ++t) {
      if (!IsWord(t) || (Classes(t) & (kRelative | kBe | kHave | kModal))) return false;
      if (Classes(t) & kQuestion) {
        return false;
      }
    }
    return !HasActorIn(b, e);
  }
  // Run()'s candidate triggers of one sentence.
  struct Candidate {
    uint32_t m0, m1;
    uint32_t payload_begin, payload_count;  // in matches_; none: modal + unlisted verb
    bool coordinated_only = false;          // a `verb` word after "and"
    bool progressive = false;               // be + an unlisted -ing form: a party's ongoing action
    bool lead_only = false;                 // "Japan and India will:": a lead-in, no commitment itself
    bool progressive_fallback = false;      // a listed one of the class: progressive where no rule reads it
    bool item = false;                      // an -ing form opening a list item under a lead-in ("- Launching X")
    bool shares_be = false;                 // an -ing form after "and" ("are deploying X and working with Y")
    bool series = false;                    // a base verb after a comma in a series ("will build X, accelerate Y, and")
    bool passive_by = false;                // modal + be + an unlisted participle + "by" + names ("will be implemented by X")
  };
  // Where a sentence boundary falls, as the first token at or after it and
  // the numbers of cues, marks and matches before that token. Sentence i
  // starts at bounds_[2 * i] and ends at bounds_[2 * i + 1].
  struct Bound {
    uint32_t token, cue, mark, match;
  };
  // Run()'s state while it reads one sentence (clauses.cc).
  struct SentenceState {
    uint32_t index = 0;
    const Segment* segment = nullptr;
    size_t a = 0, b = 0;      // its tokens [a, b)
    size_t floor = 0;         // its first token, past a paragraph label's ":"
    size_t clause_floor = 0;  // where a clause may start: past a report's "that"
    int open = -1;            // the clause whose action may hold later verbs
    int report = -1;          // a reporting clause ("X announced that") just read
    bool heading = false;     // a heading, or the title restated: no commitments
    bool used_lead_in = false;  // a bare-verb item took lead_in_'s parties
  };
  int lead_in_ = -1;  // the clause whose sentence ends in ":" and leads in a list
  const Segment* lead_item_ = nullptr;  // the last segment with an item that took lead_in_'s parties
  bool after_report_ = false;  // the clause being read follows a report's "that"
  // The auxiliaries, negation and adverbs before a main verb (candidates.cc).
  struct VerbGroup {
    size_t begin = 0;         // its first token
    uint64_t bits = 0;        // the auxiliary classes in it
    bool infinitive = false;  // "to" before it: a complement of another verb
  };
  // The rule a candidate reads as (candidates.cc).
  struct Reading {
    const Rule* rule = nullptr;  // null for "will" + an unlisted verb
    Type type = Type::kIntend;   // the rule's, or intend
    Form form = kBase;
    size_t end = 0;              // the trigger's end token, an object_head phrase included
    bool passive_by = false;     // "was signed by": the agents are the actors
    bool coordinated_only = false;  // a clause only where it shares an earlier modal
    bool finite_third = false;      // a 3rd person form whose rule's context matched
    bool third = false;             // a 3rd person form: never a base sharing a modal ("and exchanges")
    bool progressive = false;       // be + a `progressive` -ing form no rule reads here: intend, ongoing
    bool item = false;              // a gerund item under a lead-in (Candidate::item)
    bool shares_be = false;         // Candidate::shares_be
    bool series = false;            // Candidate::series
  };
  // The parties references resolve to (references.cc).
  struct Parties {
    std::vector<size_t> principal;       // the most frequent explicit subjects
    std::vector<size_t> first_sentence;  // the first sentence's parties
    bool plural_from_first_sentence = false;  // plural references without an antecedent
    std::vector<size_t> we;
  };

  // scan.cc: the cues, marks and matches before each sentence boundary
  // (bounds_), and kInDate on the tokens of date expressions.
  void LocateBounds();
  void MarkDates();
  // clauses.cc
  void ReadSentence(uint32_t si, std::vector<TriggerTrace>* background);
  // True iff `sentence` is the document's title restated.
  bool RestatesTitle(const Span& sentence) const;
  // The lead-in for the sentences after sentence `s` (lead_in_): a sentence
  // ending in ":" sets it to its last commitment of a `leads_items` type;
  // items, the headings between them, an item's later sentences and the
  // sub-items nested under one keep it; anything else ends it.
  void UpdateLeadIn(const SentenceState& s, size_t clauses_before);
  // The indentation of a list item's bullet (spaces before it on its line).
  size_t Indent(const Segment& segment) const;
  // True iff tokens [b, e) are a heading line: words capitalized or
  // function words of a title ("Cooperating on New and Emerging
  // Technologies:"), two at least.
  bool TitleLine(size_t b, size_t e) const;
  // True iff the words before the ":" at token `colon` end with an
  // `example_lead` ("measures such as:") or its noun heads their last phrase
  // ("areas of cooperation, including:"): the list gives examples or topics.
  bool ExampleLeadIn(size_t colon, size_t floor) const;
  // True iff sentence `s` may be a gerund item: the first of a list item
  // under a lead-in, opening with a capitalized word, no heading
  // (AddItemCandidates asks for the -ing form).
  bool GerundItem(const SentenceState& s) const;
  // The status of a gerund item (types.jsonl's `completed`): its lead-in's
  // where that is planned or ongoing, or done and the item's type is an act
  // done at once; else ongoing.
  std::string_view ItemStatus(Type type) const;
  void ReadCandidate(const Candidate& cand, SentenceState& s, std::vector<TriggerTrace>* background);
  Clause NewClause(const Candidate& cand, const VerbGroup& group, const Reading& r,
                   const SentenceState& s) const;
  // candidates.cc
  void FindCandidates(const SentenceState& s, const Bound& first, const Bound& last);
  // The candidates "be" at token `t` opens: "are to" + a verb (BeTo), be +
  // a `progressive` -ing form.
  void AddBeCandidate(size_t t, size_t floor, size_t b);
  // The candidate found so far that starts at token `t`, or null.
  Candidate* ListedAt(size_t t);
  // The candidate at token `t`, or a new unlisted one there (whose
  // `coordinated_only` is given), for the readers that mark a flag on either.
  Candidate& CandidateAt(size_t t, bool coordinated_only);
  // A gerund item's candidates (GerundItem): the -ing form opening it and
  // the -ing forms after "and" in it ("- Exchanging X, and developing Y").
  void AddItemCandidates(const SentenceState& s);
  // True iff token `t` is an -ing form of an undertaking: of the
  // `progressive` class, or a listed trigger's -ing form.
  bool IngForm(size_t t);
  // "are deploying X and working with Y": the -ing forms after "and" that
  // may share the be of an -ing candidate before them (shares_be).
  void AddSharedBeCandidates(const SentenceState& s);
  // True iff an "and" after token `t` (before `end`) is followed, adverbs
  // skipped, by a `verb` word or a listed trigger: the close of a series
  // ("X, accelerate Y, and advance Z").
  bool SeriesClosedAfter(size_t t, size_t end);
  // True iff the verb at `t` with `group` is a participle after a comma
  // (", reaffirming their commitment to X").
  bool Participle(size_t t, const VerbGroup& group) const;
  // The main verb after a modal at `modal`: adverbs, negation and a
  // parenthesis between commas skipped.
  size_t VerbAfterModal(size_t modal, size_t end) const;
  VerbGroup ReadVerbGroup(size_t verb, size_t floor) const;
  // False when the candidate is no trigger here (an adjective, a noun, a
  // form its rules do not allow).
  bool ReadRule(const Candidate& cand, const VerbGroup& group, const SentenceState& s, Reading* r) const;
  bool ChooseRule(const Candidate& cand, const VerbGroup& group, size_t end, Reading* r) const;
  // The end of a name of something launched that opens tokens [t, end),
  // after a determiner at most (a trigger's next_name), else 0: not a
  // country or a person, nor the subject of a clause or of "as" after it
  // (the rule's name_not_before).
  size_t NameAt(const Rule& rule, const CompiledRule& compiled, size_t t, size_t end) const;
  // The first token from `t` that is no adverb and no date (with the
  // preposition before it): where the words a trigger reads after it start.
  size_t SkipAdverbials(size_t t, size_t end) const;
  // True iff tokens from `t` open with an amount (a trigger's next_amount):
  // determiners and `amount_lead` words, then a `currency` word, alone or
  // joined to its digits, or a number that is no date and counts money or
  // material.
  bool AmountAt(size_t t, size_t end) const;
  // True iff the names from `t` open with a person's, no possessive after
  // them (a trigger's next_person).
  bool PersonAt(size_t t, size_t end) const;
  // True iff the number at `t` (digits or number words) goes on to an
  // `amount_unit` ("million", "yen", "doses") within its own tokens.
  bool CountsMoneyOrMaterial(size_t t, size_t end) const;
  // The actor whose mention covers token t, or SIZE_MAX.
  size_t ActorAt(size_t t) const;
  // True iff a report verb ending before `t` reports without "that": names
  // from `t` right before a modal ("confirmed Japan and Australia would work").
  bool ZeroThat(size_t t, size_t end) const;
  // Where the clause a report verb ending before `t` reports starts: after
  // its "that" (right after the verb or after an addressee: "told the
  // President that"), at the names of a report without "that", else 0.
  size_t ReportedClause(size_t t, size_t end) const;
  // "hopes to continue": an intend verb's base form right after an intend
  // trigger joins it (clauses.cc).
  void ContinueJoinsTrigger(Clause& c, size_t end);
  // True iff a bare past form ending before `t` modifies the noun before it:
  // a prepositional phrase follows and then the clause's own be or have
  // ("the Summit held on April 27 was").
  bool ReducedRelative(size_t t, size_t end) const;
  // True iff a bare past form at `g` (no auxiliary) ending before `t` is a
  // participle with no subject of its own: joined by a hyphen to a party
  // ("the U.S.-hosted Summit"), after "and" that shares a be ("are aligned and funded"),
  // or, for a verb that takes an object (a `completed` type without "with"
  // partners: launch, sign), after a comma or a noun that names no party
  // and before a preposition or a date instead of an object (", signed in
  // 1966", "the Pledge adopted during"). An agent ("signed by X") keeps it.
  bool BareParticiple(size_t g, size_t t, Type type, size_t floor, size_t end) const;
  // coordination.cc: false when the candidate is a complement inside the
  // open clause's action, or joined its trigger.
  bool Coordinate(Clause& c, const VerbGroup& group, const Reading& r, SentenceState& s,
                  size_t* subject_from);
  // What joins a candidate to the earlier clause whose action it is in.
  struct Join {
    bool coordinated = false;  // a conjunction, or a comma before a subject of its own
    size_t conj = 0;           // the token that joins
    size_t opener_end = 0;     // after "while", "in which": where the clause's own subject starts
    bool nested = false;       // "the fact that they agreed": inside the earlier action, which keeps it
    bool own_subject = false;  // a subject of its own after the join: the verb is finite
  };
  // Coordinate's look back from the verb group at `g` (up to seven tokens,
  // not past prev's trigger) for what joins it; false when the candidate is
  // no clause of its own: a clause opener right before it, or names joined
  // inside a prepositional phrase.
  bool FindJoin(const Clause& prev, size_t g, Join* j) const;
  // A bare verb right after the "and" at `conj` under prev's modal: false
  // when it joins prev's trigger ("will expand and deepen X") or may be an
  // infinitive's inside prev's action; true when it is its own commitment
  // under the same modal (c is made planned).
  bool ShareModal(Clause& c, Clause& prev, size_t conj, const SentenceState& s);
  // c's verb right after prev's trigger and "and" joins that trigger ("will
  // expand and deepen X", "- Identifying and addressing X").
  void JoinTrigger(const Clause& c, Clause& prev, const SentenceState& s);
  // An -ing form after "and" in a gerund item (Candidate::item) or after
  // be + an -ing form (Candidate::shares_be) in clause `open`: false when it
  // joins that trigger or shares nothing; true when it is an undertaking of
  // its own ("- Exchanging X, and developing Y": the lead-in's; "are
  // deploying X and working with Y": the subject's, ongoing).
  bool CoordinateItem(Clause& c, int open, const Join& j, const Reading& r, const SentenceState& s);
  // True iff an -ing form after a preposition, a colon or a semicolon lies
  // in tokens [from, conj): an -ing form after the "and" at `conj` is
  // governed there, not by an earlier be.
  bool IngGovernedBetween(size_t from, size_t conj) const;
  // True iff the last colon before token `t` in the sentence being read
  // follows "to" or a modal: "will seek to: promote X; strengthen Y" leads
  // in items of its own.
  bool InlineLeadBefore(size_t t) const;
  // True iff a listed verb with its complement, a bare verb right after the
  // "and" at `conj`, shares the subject of prev's present verb.
  bool SharesPresentSubject(const Clause& c, const Clause& prev, size_t conj, const SentenceState& s) const;
  // True iff the names before the "and" at `conj` (after `floor`) follow a
  // preposition: "between the UK and Canada" joins names, not clauses.
  bool NamesInPhrase(size_t conj, size_t floor) const;
  // True iff tokens [b, e) are adverbs, none a plural determiner ("both").
  bool OnlyAdverbs(size_t b, size_t e) const;
  // True iff a verb after the "and" at `conj` may belong to an infinitive
  // inside the earlier action from token `from` on, not share its modal.
  bool InfinitiveBefore(size_t from, size_t conj) const;
  // True iff tokens [b, g) are a subject of their own: a plural reference or
  // "we", or names ending with an actor's mention.
  bool SubjectBefore(size_t b, size_t g) const;
  // The end of a clause opener ("while", "in which") at `t`, before `end`, or 0.
  size_t OpenerEnd(size_t t, size_t end) const;
  // subjects.cc
  void ReadSubject(Clause& c, const Candidate& cand, const Reading& r, size_t subject_from,
                   const SentenceState& s);
  void ResolveSubject(Clause& c, size_t begin, size_t end);
  // The subject [b, e) names an event of the kind the clause's rule needs
  // (its event_head; any, where it lists none): "The talks took place".
  bool EventOfRule(const Clause& c, size_t b, size_t e) const;
  // c.subject for a subject [b, e) naming no actor that is the event, or a
  // reason where the rule needs another kind of event.
  void EventSubject(Clause& c, size_t b, size_t e) const;
  // ResolveSubject's comma-separated pieces of tokens [begin, end) into
  // pieces_, adverbial pieces and asides before the verb dropped (the
  // parties an aside's "together with" names join c.with_actors).
  void SplitPieces(Clause& c, size_t begin, size_t end);
  bool ReferenceSubject(Clause& c, size_t b, size_t e);
  // True iff tokens [b, e) name a thing with the names after a preposition
  // ("a trade deal between Japan and Canada"), not parties.
  bool ThingWithNames(size_t b, size_t e) const;
  // True iff the words after the last possessive of tokens [b, e) name a
  // thing, no party ("Russia's GDP", "Today's E.O.").
  bool PossessiveThing(size_t b, size_t e) const;
  // True iff token t opens its sentence (list marks at most before it)
  // and no mention starts there: a common noun's capital, no name's.
  bool CommonCapital(size_t t) const;
  // ThingWithNames' head without a determiner: a CommonCapital word of
  // tokens [b, e) that is no -ing form ("Noting"), no title
  // ("Secretary") and no party's head ("Leaders"), before a lowercase word.
  bool CommonHead(size_t b, size_t e) const;
  // True iff tokens [b, e) after a relative pronoun are the own subject of
  // clause `c`, a listed trigger's.
  bool OwnRelativeSubject(const Clause& c, size_t b, size_t e) const;
  // SplitPieces' apposition between a subject and its verb: tokens [b, e)
  // open with a lowercase word, hold a word no name has, and are no party
  // reference ("the two leaders").
  bool Apposition(size_t b, size_t e) const;
  // Tokens [b, e) are a list of names with an actor, not a phrase ("In Japan").
  bool NameListSubject(size_t b, size_t e) const;
  // The end of the longest title_reference title at `t` ("Prime Minister"),
  // before `end`, or 0.
  size_t TitleEnd(size_t t, size_t end) const;
  // Who "The <title>" of tokens [b, e) is: the publisher's own official
  // where the publisher lists the title (the person named with that role and
  // its affiliation, else the publisher's party), else the one person with
  // that role, else the one affiliated with title_reference's actor; SIZE_MAX
  // when none.
  size_t TitleHolder(size_t b, size_t e);
  // The holder of "the <Title>" at token `t` ("with the Secretary General",
  // "together with the Foreign Minister"), before `end`, or SIZE_MAX.
  size_t TitleHolderAt(size_t t, size_t end);
  // "The Prime Minister and Chancellor Scholz": the holders of the titles
  // after an article inside a list subject [b, e), added to c.actors.
  void AddTitleHolders(Clause& c, size_t b, size_t e);
  void ListSubject(Clause& c, size_t b, size_t e, bool seen_and);
  // A list subject [b, e) with persons: its conjuncts that name no person and
  // are headed by a plural ("G7 leaders") join c.actors.
  void AddGroupConjuncts(Clause& c, size_t b, size_t e);
  bool NameLike(size_t b, size_t e) const;
  bool LeadSubject(Clause& c, size_t begin, size_t end);
  // A report's participle ("..., stating that"): the name opening the last
  // piece before it that opens with one.
  void ParticipleReportSubject(Clause& c);
  // "he", "she", "it", "they", "we" at `t`.
  bool IsPronoun(size_t t) const;
  // references.cc: "of" or "of the" before byte `at` of the title.
  bool TitledInTitle(std::string_view title, size_t at) const;
  // The person "he" / "she" before token `g` refers to, or SIZE_MAX.
  size_t PersonBefore(size_t g) const;
  // The parties a clause is held with: after "with" (types.jsonl's
  // partners) and a partner_object rule's persons.
  std::vector<size_t> Partners(const Clause& c, size_t end);
  // The end of a list of names from `t` ("President von der Leyen and the
  // Prime Minister of Japan"), before `end`.
  size_t NameListEnd(size_t t, size_t end, bool stop_at_comma) const;
  // references.cc
  void FindParties(Parties* p);
  std::vector<size_t> WeParties(const Parties& p);
  std::vector<size_t> TitleParties() const;
  // True iff a word of the title is in `word_class` (a spokesperson's statement).
  bool TitleHas(uint64_t word_class) const;
  // The first sentence's subjects: its first clause's explicit subject, else
  // the parties the names before its first verb-like word give.
  std::vector<size_t> FirstSentenceSubjects();
  // A clause's actors and the parties its subject's asides join ("X, with
  // Y, will"; "Together with Y, X will").
  std::vector<size_t> WithPartners(const Clause& c) const;
  // A lowercase word outside a name, a date and the function words of a
  // list of names: the first word of a sentence that may be a verb.
  bool VerbLike(size_t t) const;
  // The first sentence with a VerbLike word: a dateline ("Rio de Janeiro,
  // Brazil, 18-19 November 2024") or a heading before it names no party of
  // the statement.
  uint32_t FirstTextSentence() const;
  // Quotations as token ranges [open, close) (a quote unclosed in its
  // segment runs to its end), by start; found by FindParties where a clause
  // says "we".
  std::vector<std::pair<size_t, size_t>> quotes_;
  void FindQuotes();
  // The parties of the speakers of the quote holding token `t` (a person's
  // country or organization, else the speaker), or none: "we" inside a
  // quote is the speaker's, not the statement's.
  std::vector<size_t> QuoteSpeakerParties(size_t t);
  // The first token of the sentence holding token `t`.
  size_t SentenceBegin(size_t t) const;
  size_t SentenceEnd(size_t t) const;
  // The speakers named as the subject of tokens [b, e), its last
  // kSpeakerWindow tokens.
  std::vector<size_t> SpeakersIn(size_t b, size_t e);
  static constexpr size_t kSpeakerWindow = 48;
  uint32_t first_sentence_ = 0;  // FirstTextSentence(), set by FindParties
  // The authors the title names (SPEC 8a), as the actors stage read them
  // (doc_.title_authors).
  std::vector<size_t> TitleAuthors();
  // assembly.cc
  void Assemble(const Parties& parties, std::vector<Commitment>* out, std::vector<TriggerTrace>* traces);
  Commitment Output(const Clause& c, const std::vector<size_t>& actors);
  void IndexDatesAndTopics();
  void AddTopics(Commitment& out_c);
  void AddDates(const Span& sentence, Commitment& out_c);
  // True iff a date inside `span` lies after the publication date ("next
  // year" in a release of 2019).
  bool LaterDateIn(const Span& span) const;
  void FindAction(Clause& c, size_t end);
  // True iff one of `actors` (or a person's country) is one of "we", else a
  // principal party or a first sentence's party.
  bool IsParty(const std::vector<size_t>& actors, const Parties& parties) const;
  // The countries `actors` stand for: each person's affiliation, the others as they are.
  std::vector<size_t> StatesOf(const std::vector<size_t>& actors);
  std::vector<size_t> dates_by_start_;  // doc_.dates by start offset
  std::vector<size_t> in_sentence_;     // AddDates': the dates of a sentence
  uint32_t last_action_begin_ = 0;      // AddTopics': the previous action's start
  std::vector<std::pair<size_t, size_t>>& pieces_ = scratch_.pieces;  // ResolveSubject's
  std::vector<size_t>& cuts_ = scratch_.cuts;  // FindAction's cut commas for tokens [cuts_from_, cuts_end_)
  size_t cuts_from_ = 0;
  size_t cuts_end_ = SIZE_MAX;
  std::vector<std::string> Ids(const std::vector<size_t>& actors) const;
  const std::string& RuleId(const Clause& c) const { return c.rule ? c.rule->rule_id : x_.modal_rule_; }
  TriggerTrace TraceOf(const Clause& c, int commitment) const;
  std::vector<Candidate>& candidates_ = scratch_.candidates;

  const CommitmentExtractor& x_;
  const Document& doc_;
  // The document's publisher (by the host of its address), or null.
  const CommitmentExtractor::Publisher* publisher_ = nullptr;
  // True iff an actor mention lies inside tokens [begin, end) (ActorsIn is
  // not empty).
  bool HasActorIn(size_t begin, size_t end) const {
    if (begin >= end) return false;
    const uint32_t from = doc_.tokens[begin].span.begin, to = doc_.tokens[end - 1].span.end;
    for (auto it = FirstMentionAtOrAfter(from); it != mentions_.end() && it->span.begin < to; ++it) {
      if (it->span.end <= to) return true;
    }
    return false;
  }

  struct MentionAt {
    Span span;
    size_t actor;
  };
  // The mention covering token t, starting before it (or at it, where
  // starting_at_t), else nullptr: InMention and ActorAt ask it.
  const MentionAt* MentionOver(size_t t, bool starting_at_t) const;
  std::vector<MentionAt>::const_iterator FirstMentionAtOrAfter(uint32_t offset) const {
    return std::lower_bound(mentions_.begin(), mentions_.end(), offset,
                            [](const MentionAt& m, uint32_t v) { return m.span.begin < v; });
  }
  std::vector<MentionAt>& mentions_ = scratch_.mentions;  // every actor mention, by start
  std::vector<bool>& person_ = scratch_.person;         // per actor, extra ones included
  // Member countries a subject names through its group ("the Quad
  // partners") that the document does not name: actor indices from
  // doc_.actors.size() on.
  std::vector<std::string> extra_ids_;
  const std::string& IdOf(size_t actor) const {
    return actor < doc_.actors.size() ? doc_.actors[actor].id : extra_ids_[actor - doc_.actors.size()];
  }
  // The index of the actor `id`, added as an extra one when the document has none.
  size_t ActorIndex(const std::string& id, bool person = false);
  // "the Quad partners", "G7 members": the group's members on the publication date.
  bool GroupMembers(Clause& c, size_t b, size_t e);
  // A group's members on the publication date.
  std::vector<size_t> MembersOn(const Membership& membership);
  // True iff member `m` belongs to its group on the publication date.
  bool MemberOn(const Member& m) const;
  // True iff actor `group` is a partnership (the Quad) with the actor of
  // `id` among its members on the publication date: a party wherever the
  // partnership is one.
  bool PartnerIn(size_t group, const std::string& id) const;
  // `actors` with each partnership (memberships.jsonl: the Quad, AUKUS)
  // replaced by its members into *out; false when none is a partnership.
  bool PartnershipMembers(const std::vector<size_t>& actors, std::vector<size_t>* out);
  // "At the G7 Summit, Leaders launched": the group an earlier piece names.
  bool GroupAtSummit(Clause& c);
  // Per token: word class bits, kInDate, kComma and kMatchStart.
  static constexpr uint64_t kInDate = uint64_t{1} << 63;  // inside a date expression
  static constexpr uint64_t kComma = uint64_t{1} << 62;  // the token is ","
  static constexpr uint64_t kMatchStart = uint64_t{1} << 61;  // a lexicon match starts at the token
  std::vector<uint64_t>& classes_ = scratch_.classes;
  // The tokens Run()'s candidate search stops at besides the lexicon's
  // triggers: modals and hedges ("will" + a verb), verbs after "and", and
  // forms of "be" ("is providing").
  static constexpr uint64_t kCue = kVerb | kModal | kHedge | kBe;
  // The heads of a noun phrase that names parties ("the leaders of Japan",
  // "the government of the DPRK"), not a thing.
  static constexpr uint64_t kPartyHead = kPluralHead | kPersonHead | kStateHead | kMemberHead | kBodyHead;
  std::vector<uint32_t>& cues_ = scratch_.cues;
  // The sentences Run() reads: the document's, or its whole text as one.
  std::vector<Sentence> whole_text_;
  const std::vector<Sentence>& Sentences() const {
    return whole_text_.empty() ? doc_.sentences : whole_text_;
  }
  std::vector<Bound>& bounds_ = scratch_.bounds;
  // The tokens that fold to "we", noted in the class pass for Run()'s
  // "We, A, B and C," instead of a second walk of every token.
  std::vector<size_t>& we_tokens_ = scratch_.we_tokens;
  // The tokens '"', noted in the class pass for FindQuotes.
  std::vector<uint32_t>& quote_marks_ = scratch_.quote_marks;
  // The tokens ",", ";", ":", spaced dashes and inner stops, where subjects
  // split and actions are cut, noted in the class pass: the clause reader
  // looked at every token for them.
  std::vector<uint32_t>& marks_ = scratch_.marks;
  // The first mark at or after token `t`: within Run()'s current sentence,
  // which has a few, a walk from its first one.
  std::vector<uint32_t>::const_iterator MarksFrom(size_t t) const {
    if (t < sentence_tokens_.first || t >= sentence_tokens_.second) {
      return std::lower_bound(marks_.begin(), marks_.end(), t);
    }
    auto mark = sentence_marks_;
    while (mark != marks_.end() && *mark < t) ++mark;
    return mark;
  }
  // The lexicon's matches over the whole document, found once: a bounded
  // FindAll per question allocated and re-walked the same tokens.
  std::vector<match::PhraseMatch>& matches_ = scratch_.matches;
  // Run()'s current sentence: its tokens [first, second) and the matches starting there.
  std::pair<size_t, size_t> sentence_tokens_;
  std::span<const match::PhraseMatch> sentence_matches_;
  std::vector<uint32_t>::const_iterator sentence_marks_;  // its first mark
  std::vector<Clause>& clauses_ = scratch_.clauses;

  struct Scratch {
    std::vector<std::pair<size_t, size_t>> pieces;
    std::vector<size_t> cuts;
    std::vector<Candidate> candidates;
    std::vector<MentionAt> mentions;
    std::vector<bool> person;
    // Per token: the class pass sizes it to the document and writes every
    // element, so Clear keeps its size and resize() zeroes no more than growth.
    std::vector<uint64_t> classes;
    std::vector<uint32_t> cues;
    // The class pass's token lists: written before they are read, so Clear
    // keeps their size and the pass grows it without zeroing it again.
    std::vector<uint32_t> picked;
    std::vector<Bound> bounds;
    std::vector<size_t> we_tokens;
    std::vector<uint32_t> marks, quote_marks;
    std::vector<match::PhraseMatch> matches;
    std::vector<Clause> clauses;
    std::vector<Span> topic_spans;
    std::vector<uint32_t> topic_from, first_mention;
    std::vector<std::pair<uint32_t, uint32_t>> in_action;
    void Clear() {
      pieces.clear();
      cuts.clear();
      candidates.clear();
      mentions.clear();
      person.clear();
      cues.clear();
      bounds.clear();
      we_tokens.clear();
      marks.clear();
      quote_marks.clear();
      matches.clear();
      clauses.clear();
      topic_spans.clear();
      topic_from.clear();
      in_action.clear();
    }
    size_t TokenCapacity() const { return classes.capacity(); }
  };
};

}  // namespace communique

#endif  // COMMUNIQUE_EXTRACT_COMMITMENTS_ANALYSIS_H_
