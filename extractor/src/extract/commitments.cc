#include "extract/commitments.h"

#include <algorithm>
#include <map>
#include <set>
#include <span>

#include "core/thread_scratch.h"
#include "match/tokenizer.h"
#include "normalize/normalize.h"

namespace communique {
namespace {


using Rule = CommitmentExtractor::TriggerRule;

// The 3rd person singular of a base form's first word ("set up" -> "sets up").
std::string ThirdPerson(const std::string& base) {
  size_t space = base.find(' ');
  std::string word = base.substr(0, space);
  std::string rest = space == std::string::npos ? "" : base.substr(space);
  if (word.empty()) return "";
  char last = word.back();
  if (last == 's' || last == 'x' || last == 'z' || word.ends_with("sh") || word.ends_with("ch") ||
      word == "go" || word == "do") {
    word += "es";
  } else if (last == 'y' && word.size() > 1 &&
             std::string_view("aeiou").find(word[word.size() - 2]) == std::string_view::npos) {
    word = word.substr(0, word.size() - 1) + "ies";
  } else {
    word += "s";
  }
  return word + rest;
}

std::vector<std::string> Words(std::string_view phrase) {
  std::vector<Token> tokens;
  match::Tokenize(phrase, 0, &tokens);
  std::vector<std::string> out;
  for (const Token& t : tokens) out.emplace_back(phrase.substr(t.span.begin, t.span.size()));
  return out;
}

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
char FoldAscii(char c) { return IsUpper(c) ? static_cast<char>(c + 32) : c; }

}  // namespace

void CommitmentExtractor::AddWordClass(uint64_t folded_hash, uint32_t bits) {
  if ((class_count_ + 1) * 4 > class_slots_.size()) {
    std::vector<ClassSlot> old = std::move(class_slots_);
    class_slots_.assign(old.size() * 2, ClassSlot{});
    --class_shift_;
    class_count_ = 0;
    for (const ClassSlot& moved : old) {
      if (moved.bits != 0) AddWordClass(moved.hash, moved.bits);
    }
  }
  size_t slot = ClassSlotOf(folded_hash);
  while (class_slots_[slot].bits != 0 && class_slots_[slot].hash != folded_hash) {
    slot = (slot + 1) & (class_slots_.size() - 1);
  }
  if (class_slots_[slot].bits == 0) ++class_count_;
  class_filter_.Add(folded_hash);
  class_slots_[slot] = {folded_hash, class_slots_[slot].bits | bits};
}

bool CommitmentExtractor::AddPhrase(std::string_view phrase, uint32_t payload) {
  if (!lexicon_.Add(phrase, payload, false)) return false;
  std::vector<Token> tokens;
  match::Tokenize(phrase, 0, &tokens);
  AddWordClass(tokens[0].folded_hash, kLookCloser);
  return true;
}

std::unique_ptr<const CommitmentExtractor> CommitmentExtractor::Compile(
    rules::CompileContext& context) {
  auto extractor = std::make_unique<CommitmentExtractor>();
  for (const char* word : {",", ";", ":", "we"}) {
    extractor->AddWordClass(match::FoldedHash(word), kLookCloser);
  }
  static const std::map<std::string, uint32_t> kClasses = {
      {"modal", kModal},       {"hedge", kHedge},         {"have", kHave},
      {"be", kBe},             {"do", kDo},               {"negation", kNegation},
      {"adverb", kAdverb},     {"adverb_after", kAdverbAfter}, {"linking", kLinking},
      {"relative", kRelative}, {"keep_clause", kKeepClause},   {"not_actor", kNotActor},
      {"plural_determiner", kPluralDeterminer}, {"thing_head", kThingHead},
      {"verb", kVerb},         {"we_possessive", kWePossessive},
      {"plural_head", kPluralHead}};
  for (const rules::Record& record : context.Records("commitments/grammar")) {
    if (!context.CheckFields(record, {"id", "class", "words"}, {"examples", "note", "actor"})) {
      continue;
    }
    std::string id = record.GetString("id");
    if (!context.RegisterId(record, id)) continue;
    std::string word_class = record.GetString("class");
    std::vector<std::string> words = record.GetStrings("words");
    std::string actor = record.GetString("actor");
    if (!actor.empty()) {
      if (word_class != "plural_ref") {
        context.Error(record, "\"actor\" is only for class \"plural_ref\"");
        continue;
      }
      // Named references fall back to plural references where the document
      // does not have the actor.
      for (const std::string& w : words) {
        extractor->AddPhrase(w, Payload(kNamedRef, static_cast<uint32_t>(extractor->named_ref_ids_.size())));
        extractor->AddPhrase(w, Payload(kPluralRef, 0));
      }
      extractor->named_ref_ids_.push_back(actor);
      continue;
    }
    if (word_class == "plural_ref" || word_class == "we") {
      const PhraseKind kind = word_class == "we" ? kWeRef : kPluralRef;
      for (const std::string& w : words) extractor->AddPhrase(w, Payload(kind, 0));
      continue;
    }
    auto it = kClasses.find(word_class);
    if (it == kClasses.end()) {
      context.Error(record, "unknown class \"" + word_class + "\"");
      continue;
    }
    if (it->second == kModal && extractor->modal_rule_.empty()) extractor->modal_rule_ = id;
    for (const std::string& w : words) {
      std::vector<std::string> tokens = Words(w);
      if (tokens.empty()) {
        context.Error(record, "empty word");
      } else if (tokens.size() == 1) {
        extractor->AddWordClass(match::FoldedHash(tokens[0]), it->second);
      } else {
        extractor->AddPhrase(w, Payload(kGrammarPhrase, it->second));
      }
    }
  }
  if (extractor->modal_rule_.empty()) {
    context.Error("commitments/grammar", "no word of class \"modal\" (will, shall)");
  }

  for (const rules::Record& record : context.Records("commitments/triggers")) {
    if (!context.CheckFields(record, {"id", "type"},
                             {"base", "past", "ing", "object", "object_head", "next", "next_not", "passive",
                              "perfect", "examples", "counter_examples", "note"})) {
      continue;
    }
    std::string id = record.GetString("id");
    if (!context.RegisterId(record, id)) continue;
    Rule rule;
    rule.rule_id = id;
    rule.type = record.GetString("type");
    const auto* name = std::find(std::begin(kTypeNames), std::end(kTypeNames), rule.type);
    if (name == std::end(kTypeNames)) {
      context.Error(record, "unknown type \"" + rule.type + "\"");
      continue;
    }
    CompiledRule compiled;
    compiled.type = static_cast<Type>(name - std::begin(kTypeNames));
    auto add_sequences = [&](const char* field, std::vector<std::vector<std::string>>* sequences,
                             Sequences* compiled_sequences) {
      for (const std::string& n : record.GetStrings(field)) {
        sequences->push_back(Words(n));
        std::vector<uint64_t>& hashes = compiled_sequences->hashes.emplace_back();
        for (const std::string& word : sequences->back()) hashes.push_back(match::FoldedHash(word));
        compiled_sequences->first_words |= hashes.empty() ? ~uint64_t{0} : uint64_t{1} << (hashes[0] & 63);
      }
    };
    add_sequences("next", &rule.next, &compiled.next);
    add_sequences("next_not", &rule.next_not, &compiled.next_not);
    add_sequences("object_head", &rule.object_head, &compiled.object_head);
    std::string passive = record.GetString("passive");
    if (passive == "required") {
      rule.passive = Rule::Passive::kRequired;
    } else if (passive == "allowed") {
      rule.passive = Rule::Passive::kAllowed;
    } else if (!passive.empty() && passive != "forbidden") {
      context.Error(record, "\"passive\" must be forbidden, required or allowed");
    }
    rule.perfect = record.GetString("perfect");
    if (!rule.perfect.empty() && rule.perfect != "ongoing" && rule.perfect != "done" &&
        rule.perfect != "planned") {
      context.Error(record, "\"perfect\" must be a status (planned, ongoing, done)");
    }
    rule.examples = record.GetStrings("examples");
    rule.counter_examples = record.GetStrings("counter_examples");
    std::vector<std::string> objects = record.GetStrings("object");
    uint32_t index = static_cast<uint32_t>(extractor->rules_.size());
    size_t forms = 0;
    auto add = [&](const std::string& verb, Form form) {
      if (objects.empty()) {
        forms += extractor->AddPhrase(verb, Payload(kTrigger, index * 4 + form));
      } else {
        for (const std::string& object : objects) {
          forms += extractor->AddPhrase(verb + " " + object, Payload(kTrigger, index * 4 + form));
        }
      }
    };
    for (const std::string& base : record.GetStrings("base")) {
      add(base, kBase);
      add(ThirdPerson(base), kBase);
    }
    for (const std::string& past : record.GetStrings("past")) add(past, kPast);
    for (const std::string& ing : record.GetStrings("ing")) add(ing, kIng);
    if (forms == 0) context.Error(record, "a trigger needs a verb form (base, past or ing)");
    extractor->rules_.push_back(std::move(rule));
    extractor->compiled_.push_back(std::move(compiled));
  }
  return extractor;
}

// One document's analysis: candidates, clauses, and the two resolution passes.
class CommitmentExtractor::Analysis {
 public:
  Analysis(const CommitmentExtractor& rules, const Document& doc) : x_(rules), doc_(doc) {
    scratch_.Clear();
    size_t mention_count = 0;
    for (const Actor& actor : doc.actors) mention_count += actor.mentions.size();
    mentions_.reserve(mention_count);
    for (size_t a = 0; a < doc.actors.size(); ++a) {
      for (const Mention& m : doc.actors[a].mentions) mentions_.push_back({m.span, a});
      person_.push_back(doc.actors[a].type == "person");
    }
    std::sort(mentions_.begin(), mentions_.end(),
              [](const auto& l, const auto& r) { return l.span.begin < r.span.begin; });
    if (doc.sentences.empty() && !doc.text.empty()) {
      whole_text_.push_back({{0, static_cast<uint32_t>(doc.text.size())}, 0});
    }
    const std::vector<Sentence>& sentences = Sentences();
    const std::vector<Token>& tokens = doc.tokens;
    // The class pass: word classes, clause cues, the lexicon's matches (the
    // tokens are read once, not twice) and the token range of each sentence.
    // A third of a release's tokens are in a class or start a phrase, a
    // branch on that goes either way at random, so the pass is three steps
    // over shrinking lists of tokens, each list picked without a branch.
    bounds_.resize(2 * sentences.size());
    auto bound_offset = [&](size_t i) {
      return i == bounds_.size()  ? UINT32_MAX
             : i % 2 == 0         ? sentences[i / 2].span.begin
                                  : sentences[i / 2].span.end;
    };
    // 1. Every token: sentence boundaries, and the tokens the class filter passes.
    std::vector<uint32_t>& picked = scratch_.picked;
    picked.resize(tokens.size());
    size_t maybe_count = 0;
    size_t next_bound = 0;
    uint32_t next_offset = bound_offset(0);
    for (size_t t = 0; t < tokens.size(); ++t) {
      const Token& token = tokens[t];
      while (token.span.begin >= next_offset) {
        bounds_[next_bound].token = static_cast<uint32_t>(t);
        next_offset = bound_offset(++next_bound);
      }
      picked[maybe_count] = static_cast<uint32_t>(t);
      maybe_count += x_.MaybeInClass(token.folded_hash);
    }
    for (; next_bound < bounds_.size(); ++next_bound) {
      bounds_[next_bound].token = static_cast<uint32_t>(tokens.size());
    }
    // 2. Their classes; those to look at more closely stay picked.
    classes_.resize(tokens.size());
    size_t closer_count = 0;
    for (size_t i = 0; i < maybe_count; ++i) {
      const uint32_t t = picked[i];
      const uint32_t cls = x_.ClassesOf(tokens[t].folded_hash);
      classes_[t] = cls & ~kLookCloser;
      if (cls & kCue) cues_.push_back(t);
      picked[closer_count] = t;
      closer_count += (cls & kLookCloser) != 0;
    }
    // 3. Punctuation marks, "we" and the lexicon's phrases.
    matches_.reserve(tokens.size() / 8);  // about one match per 12 tokens in releases
    const uint64_t we_hash = match::FoldedHash("we");
    for (size_t i = 0; i < closer_count; ++i) {
      const uint32_t t = picked[i];
      const char c = OneChar(t);
      if (c == ',' || c == ';' || c == ':') {
        marks_.push_back(t);
        if (c == ',') classes_[t] |= kComma;
      }
      if (tokens[t].folded_hash == we_hash) we_tokens_.push_back(t);
      x_.lexicon_.FindAt(doc, t, tokens.size(), &matches_);
    }
    // The cues, marks and matches before each boundary. The pass places a
    // boundary at the first token past every earlier one: one before an
    // earlier boundary (sentences out of order) is searched for.
    size_t cue = 0, mark = 0, match = 0;
    uint32_t farthest = 0;
    for (size_t i = 0; i < bounds_.size(); ++i) {
      Bound& bound = bounds_[i];
      const uint32_t offset = bound_offset(i);
      if (offset < farthest) {
        bound.token = static_cast<uint32_t>(match::FirstTokenAtOrAfter(tokens, offset));
        bound.cue = static_cast<uint32_t>(std::lower_bound(cues_.begin(), cues_.end(), bound.token) - cues_.begin());
        bound.mark = static_cast<uint32_t>(std::lower_bound(marks_.begin(), marks_.end(), bound.token) - marks_.begin());
        bound.match = static_cast<uint32_t>(StartingAt(matches_, bound.token));
        continue;
      }
      farthest = offset;
      while (cue < cues_.size() && cues_[cue] < bound.token) ++cue;
      while (mark < marks_.size() && marks_[mark] < bound.token) ++mark;
      while (match < matches_.size() && matches_[match].first_token < bound.token) ++match;
      bound.cue = static_cast<uint32_t>(cue);
      bound.mark = static_cast<uint32_t>(mark);
      bound.match = static_cast<uint32_t>(match);
    }
    for (const DateExpr& d : doc.dates) {
      for (size_t t = match::FirstTokenAtOrAfter(doc.tokens, d.span.begin);
           t < doc.tokens.size() && doc.tokens[t].span.begin < d.span.end; ++t) {
        if (doc.tokens[t].span.end <= d.span.end) classes_[t] |= kInDate;
      }
    }
  }

  // The commitments go to `out` and, when `traces` is not null, every
  // trigger's outcome (Trace()) to `traces`.
  void Run(std::vector<Commitment>* out, std::vector<TriggerTrace>* traces);

 private:
  // Buffers reused from document to document: a document's vectors were a
  // good part of the stage's malloc and free. One set per thread serves,
  // as an Analysis lives inside one Run() or Trace() call and these never
  // nest. They keep the capacity of the largest document seen.
  struct Scratch;
  static Scratch& ThreadScratch();
  Scratch& scratch_ = ThreadScratch();

  enum class SubjectKind {
    kNone, kExplicit, kPlural, kWe, kInherit, kEvent, kUnknown, kPronoun, kPresident
  };
  // Why a trigger gave no commitment. The text (TraceOf) is only built
  // for Trace(): a string per clause cost more than reading the clause.
  enum class Reason : uint8_t {
    kNone, kHeading, kBackground, kNoSubjectBeforeVerb, kRelativeClause, kNotActor,
    kNoActorInSubject, kNoActorAfterBy, kPronoun, kReported, kStance, kAppeal, kNoSubject
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
    std::vector<size_t> actors_with;  // the resolved actors plus with_actors (second pass)
    int inherit_from = -1;  // clause index
    Span event;             // schedule: the subject phrase
    std::string_view status;
    bool negated = false, hedged = false;
    bool accepted = false;
    bool we_apposition = false;  // "We, A, B and C, agreed"
    bool modal = false;          // its verb group has will/shall/may
    bool bare_past = false;      // a past form with no auxiliary ("discussed")
    bool action_is_event = false;  // passive "X was signed by A": the action is X
  };

  // Precomputed per token: the clause reader asks several times per token.
  uint32_t Classes(size_t t) const { return classes_[t]; }
  std::string_view Text(size_t t) const { return doc_.View(doc_.tokens[t].span); }
  // match::EqualsFolded, inline: most calls end at the length.
  bool Is(size_t t, std::string_view word) const {
    const Span span = doc_.tokens[t].span;
    if (span.end - span.begin != word.size()) return false;
    const char* text = doc_.text.data() + span.begin;
    for (size_t i = 0; i < word.size(); ++i) {
      if (FoldAscii(text[i]) != FoldAscii(word[i])) return false;
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
           (doc_.tokens[t].kind == Token::Kind::kWord && IsUpper(Text(t)[0]));
  }
  static PhraseKind KindOf(const match::PhraseMatch& m) {
    return static_cast<PhraseKind>(m.payload >> kKindShift);
  }
  static uint32_t ValueOf(const match::PhraseMatch& m) {
    return m.payload & ((uint32_t{1} << kKindShift) - 1);
  }
  // The matches starting at token `t`. The clause reader asks about tokens
  // of the sentence it reads, whose few matches Run() keeps at hand.
  std::span<const match::PhraseMatch> MatchesAt(size_t t) const {
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
  bool PhraseAt(size_t t, size_t end, uint32_t bit) const {
    const size_t limit = std::min(end, t + 4);
    for (const match::PhraseMatch& m : MatchesAt(t)) {
      if (m.end_token <= limit && KindOf(m) == kGrammarPhrase && (ValueOf(m) & bit)) return true;
    }
    return false;
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
  size_t ObjectHead(const Rule& rule, const CompiledRule& compiled, size_t at, size_t end) const;
  bool NounBefore(size_t g, size_t floor) const;
  bool InMention(size_t t) const {
    uint32_t at = doc_.tokens[t].span.begin;
    auto it = std::upper_bound(mentions_.begin(), mentions_.end(), at,
                               [](uint32_t v, const MentionAt& m) { return v < m.span.begin; });
    // Mentions do not nest deeply: the few starting before `at` are checked.
    for (int n = 0; n < 4 && it != mentions_.begin(); ++n) {
      --it;
      if (it->span.begin < at && at < it->span.end) return true;
    }
    return false;
  }
  // "challenges that Japan and the United States will face": the names before
  // the verb group follow a relative pronoun.
  bool RelativeBefore(size_t g, size_t floor) const {
    size_t k = g;
    for (int n = 0; n < 12 && k > floor + 1; ++n) {
      --k;
      if (Capitalized(k) || Is(k, "the") || Is(k, "and") || Is(k, "of") || Char(k, '.') ||
          Char(k, '-') || Char(k, '\'') || (Classes(k) & kAdverb)) {
        continue;
      }
      return (Is(k, "that") || Is(k, "which") || Is(k, "who")) && IsWord(k - 1) &&
             !Capitalized(k - 1) && !(Classes(k - 1) & (kLinking | kAdverb));
    }
    return false;
  }
  // "The three National Security Advisors", "the countries": a determiner,
  // a few modifiers and a plural head, naming no actor.
  bool PluralHeadSubject(size_t b, size_t e) const {
    if (e - b < 2 || e - b > 6 || !(Classes(e - 1) & kPluralHead)) return false;
    if (!Is(b, "the") && !(Classes(b) & kPluralDeterminer)) return false;
    for (size_t t = b + 1; t + 1 < e; ++t) {
      if (!IsWord(t) && !Char(t, '-')) return false;
      if (Classes(t) & (kLinking | kRelative | kBe | kHave | kModal)) return false;
      if (Is(t, "and") || Is(t, "or")) return false;
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
    if (e - b < 2 || e - b > 5 || !Is(e - 1, "we")) return false;
    // "The endeavor we launch today": a noun phrase with a reduced relative.
    if (e - b == 2) {
      if (!(Classes(b) & kAdverb) && !Text(b).ends_with("ly") && !Is(b, "together") &&
          !Is(b, "here")) {
        return false;
      }
    } else if (!(Classes(b) & kLinking) && !Is(b, "at") && !Is(b, "through") && !Is(b, "by") &&
               !Is(b, "with") && !Is(b, "as") && !Is(b, "under") && !Is(b, "beyond")) {
      return false;
    }
    for (size_t t = b; t + 1 < e; ++t) {
      if (!IsWord(t) || (Classes(t) & (kRelative | kBe | kHave | kModal))) return false;
      if (Is(t, "whom") || Is(t, "how") || Is(t, "what") || Is(t, "if") || Is(t, "when")) {
        return false;
      }
    }
    return !HasActorIn(b, e);
  }
  std::vector<size_t> TitleParties() const;
  void ResolveSubject(Clause& c, size_t begin, size_t end);
  bool LeadSubject(Clause& c, size_t begin, size_t end);
  void FindAction(Clause& c, size_t end);
  std::vector<std::pair<size_t, size_t>>& pieces_ = scratch_.pieces;  // ResolveSubject's
  std::vector<size_t>& cuts_ = scratch_.cuts;  // FindAction's cut commas for tokens [cuts_from_, cuts_end_)
  size_t cuts_from_ = 0;
  size_t cuts_end_ = SIZE_MAX;
  std::vector<std::string> Ids(const std::vector<size_t>& actors) const;
  const std::string& RuleId(const Clause& c) const { return c.rule ? c.rule->rule_id : x_.modal_rule_; }
  TriggerTrace TraceOf(const Clause& c, int commitment) const;
  // Run()'s candidate triggers of one sentence.
  struct Candidate {
    uint32_t m0, m1;
    uint32_t payload_begin, payload_count;  // in matches_; none: modal + unlisted verb
    bool coordinated_only = false;          // a `verb` word after "and"
  };
  std::vector<Candidate>& candidates_ = scratch_.candidates;

  const CommitmentExtractor& x_;
  const Document& doc_;
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
  std::vector<MentionAt>::const_iterator FirstMentionAtOrAfter(uint32_t offset) const {
    return std::lower_bound(mentions_.begin(), mentions_.end(), offset,
                            [](const MentionAt& m, uint32_t v) { return m.span.begin < v; });
  }
  std::vector<MentionAt>& mentions_ = scratch_.mentions;  // every actor mention, by start
  std::vector<bool>& person_ = scratch_.person;         // per actor
  // Per token: word class bits, kInDate and kComma.
  static constexpr uint32_t kInDate = 1u << 31;  // inside a date expression
  static constexpr uint32_t kComma = 1u << 30;   // the token is ","
  std::vector<uint32_t>& classes_ = scratch_.classes;
  // The tokens Run()'s candidate search stops at besides the lexicon's
  // triggers: modals and hedges ("will" + a verb), and verbs after "and".
  static constexpr uint32_t kCue = kVerb | kModal | kHedge;
  std::vector<uint32_t>& cues_ = scratch_.cues;
  // The sentences Run() reads: the document's, or its whole text as one.
  std::vector<Sentence> whole_text_;
  const std::vector<Sentence>& Sentences() const {
    return whole_text_.empty() ? doc_.sentences : whole_text_;
  }
  // Where a sentence boundary falls, as the first token at or after it and
  // the numbers of cues, marks and matches before that token. Sentence i
  // starts at bounds_[2 * i] and ends at bounds_[2 * i + 1].
  struct Bound {
    uint32_t token, cue, mark, match;
  };
  std::vector<Bound>& bounds_ = scratch_.bounds;
  // The tokens that fold to "we", noted in the class pass for Run()'s
  // "We, A, B and C," instead of a second walk of every token.
  std::vector<size_t>& we_tokens_ = scratch_.we_tokens;
  // The tokens ",", ";" and ":", where subjects split and actions are cut,
  // noted in the class pass: the clause reader looked at every token for them.
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
    std::vector<uint32_t> classes, cues, picked;
    std::vector<Bound> bounds;
    std::vector<size_t> we_tokens;
    std::vector<uint32_t> marks;
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
      classes.clear();
      cues.clear();
      picked.clear();
      bounds.clear();
      we_tokens.clear();
      marks.clear();
      matches.clear();
      clauses.clear();
      topic_spans.clear();
      topic_from.clear();
      in_action.clear();
    }
  };
};

CommitmentExtractor::Analysis::Scratch& CommitmentExtractor::Analysis::ThreadScratch() {
  static thread_local Scratch scratch;
  DropIfOversized(scratch, scratch.classes);
  return scratch;
}

std::vector<size_t> CommitmentExtractor::Analysis::ActorsIn(size_t begin, size_t end,
                                                            bool parties) const {
  // Each actor once, as its first mention in the range reads.
  struct Found {
    size_t actor;
    bool principal;  // not a possessive ("Singapore's National Research Foundation")
    bool titled;     // the institution in a title ("Secretary of the X"), with `parties`
  };
  std::vector<Found> found;
  std::vector<size_t> out;
  if (begin >= end) return out;
  uint32_t from = doc_.tokens[begin].span.begin, to = doc_.tokens[end - 1].span.end;
  // The mentions come by start, so their first tokens are found walking
  // forward through [begin, end) (a mention's tokens lie inside it).
  size_t first = begin;
  for (auto it = FirstMentionAtOrAfter(from); it != mentions_.end() && it->span.begin < to; ++it) {
    if (it->span.end > to) continue;
    size_t actor = it->actor;
    if (std::any_of(found.begin(), found.end(), [&](const Found& f) { return f.actor == actor; })) {
      continue;
    }
    while (first < doc_.tokens.size() && doc_.tokens[first].span.begin < it->span.begin) ++first;
    size_t t = first;
    while (t < end && doc_.tokens[t].span.begin < it->span.end) ++t;
    bool possessive = t + 1 < end && Char(t, '\'') && Is(t + 1, "s");
    bool titled = false;
    if (parties) {
      size_t k = first;
      if (k > begin && Is(k - 1, "the")) --k;
      titled = k > begin && Is(k - 1, "of");
    }
    found.push_back({actor, !possessive, titled});
  }
  for (const Found& f : found) {
    if (person_[f.actor]) out.push_back(f.actor);
  }
  if (!out.empty() && parties) {
    // "The European Council was joined by President Biden of the United States":
    // the Council and Biden.
    for (const Found& f : found) {
      if (!f.principal || person_[f.actor] || f.titled) continue;
      bool affiliation = std::any_of(out.begin(), out.end(), [&](size_t p) {
        return doc_.actors[p].affiliation == doc_.actors[f.actor].id;
      });
      if (!affiliation) out.push_back(f.actor);
    }
    return out;
  }
  // Persons stay persons (SPEC 7): the demonym in "Japanese Minister X" is not a party.
  if (!out.empty()) return out;
  for (const Found& f : found) {
    if (f.principal) out.push_back(f.actor);
  }
  if (!out.empty()) return out;
  for (const Found& f : found) out.push_back(f.actor);
  return out;
}

// The actor stage never sees the title, so the title's actors are the
// document's actors whose name or a mention text occurs in it as whole words;
// parties as in ActorsIn: persons, plus the other actors that are neither a
// listed person's affiliation nor the institution in a title ("Secretary
// General Jens Stoltenberg of NATO"). In title order.
std::vector<size_t> CommitmentExtractor::Analysis::TitleParties() const {
  if (doc_.title.empty() || doc_.actors.empty()) return {};
  Document scratch;  // the title normalized like the text ("Leaders’" -> "Leaders'")
  normalize::Normalize(doc_.title, Format::kText, scratch);
  const std::string& title = scratch.text;
  auto is_word_char = [](char c) {
    return (c >= 'a' && c <= 'z') || IsUpper(c) || (c >= '0' && c <= '9') ||
           static_cast<unsigned char>(c) >= 0x80;
  };
  struct Hit {
    size_t at, end, actor;
  };
  std::vector<Hit> hits;
  for (size_t a = 0; a < doc_.actors.size(); ++a) {
    std::vector<std::string_view> names = {doc_.actors[a].name};
    for (const Mention& m : doc_.actors[a].mentions) names.push_back(doc_.View(m.span));
    for (std::string_view name : names) {
      if (name.empty()) continue;
      for (size_t at = title.find(name); at != std::string::npos; at = title.find(name, at + 1)) {
        size_t end = at + name.size();
        if ((at > 0 && is_word_char(title[at - 1])) ||
            (end < title.size() && is_word_char(title[end]))) {
          continue;
        }
        hits.push_back({at, end, a});
      }
    }
  }
  // Longest first at each position, so a name inside a longer one is dropped.
  std::sort(hits.begin(), hits.end(), [](const Hit& l, const Hit& r) {
    return l.at != r.at ? l.at < r.at : l.end > r.end;
  });
  // "G7 Leaders' Statement on Ukraine": what follows "on" is the subject
  // matter, unless nothing before it names a party ("Joint Statement by
  // President Biden and President von der Leyen on U.S.-EU Cooperation",
  // where the text names neither person).
  const size_t on = title.find(" on ");
  if (on != std::string::npos && !hits.empty() && hits.front().at < on) {
    hits.erase(std::remove_if(hits.begin(), hits.end(), [on](const Hit& h) { return h.at > on; }),
               hits.end());
  }
  std::vector<size_t> all, persons, titled;
  size_t covered_until = 0;
  for (const Hit& h : hits) {
    if (h.at < covered_until && h.end <= covered_until) continue;
    covered_until = std::max(covered_until, h.end);
    if (std::find(all.begin(), all.end(), h.actor) != all.end()) continue;
    all.push_back(h.actor);
    if (doc_.actors[h.actor].type == "person") persons.push_back(h.actor);
    std::string_view before = std::string_view(title).substr(0, h.at);
    if (before.ends_with("of ") || before.ends_with("of the ")) titled.push_back(h.actor);
  }
  if (persons.empty()) return all;
  for (size_t actor : all) {
    if (doc_.actors[actor].type == "person") continue;
    if (std::find(titled.begin(), titled.end(), actor) != titled.end()) continue;
    bool affiliation = std::any_of(persons.begin(), persons.end(), [&](size_t p) {
      return doc_.actors[p].affiliation == doc_.actors[actor].id;
    });
    if (!affiliation) persons.push_back(actor);
  }
  std::sort(persons.begin(), persons.end(), [&](size_t l, size_t r) {
    return std::find(all.begin(), all.end(), l) < std::find(all.begin(), all.end(), r);
  });
  return persons;
}

bool CommitmentExtractor::Analysis::SequenceAt(const std::vector<std::string>& seq,
                                                const std::vector<uint64_t>& hashes, size_t at,
                                                size_t end) const {
  if (at + seq.size() > end) return false;
  for (size_t k = 0; k < seq.size(); ++k) {
    if (doc_.tokens[at + k].folded_hash != hashes[k]) return false;
  }
  for (size_t k = 0; k < seq.size(); ++k) {
    if (!Is(at + k, seq[k])) return false;
  }
  return true;
}

bool CommitmentExtractor::Analysis::NextMatches(const std::vector<std::vector<std::string>>& seqs,
                                                const Sequences& compiled, size_t at, size_t end) const {
  if (at < end && !compiled.MayStartWith(doc_.tokens[at].folded_hash)) return false;
  for (size_t i = 0; i < seqs.size(); ++i) {
    if (SequenceAt(seqs[i], compiled.hashes[i], at, end)) return true;
  }
  return false;
}

size_t CommitmentExtractor::Analysis::ObjectHead(const Rule& rule, const CompiledRule& compiled,
                                                 size_t at, size_t end) const {
  // A few words of a noun phrase may stand between the verb and the head
  // ("reaffirmed to the Prime Minister his commitment to"); a comma, "of",
  // "and" or "that" means the head belongs to something else ("the
  // importance of their commitment").
  constexpr size_t kMaxGap = 8;
  for (size_t t = at; t < end && t <= at + kMaxGap; ++t) {
    const bool may_start = compiled.object_head.MayStartWith(doc_.tokens[t].folded_hash);
    for (size_t i = 0; may_start && i < rule.object_head.size(); ++i) {
      if (SequenceAt(rule.object_head[i], compiled.object_head.hashes[i], t, end)) {
        size_t after = t + rule.object_head[i].size();
        if (after < end && (Classes(after) & kLinking)) return after;
      }
    }
    if (!IsWord(t) && !Char(t, '\'') && !Char(t, '.') && !Char(t, '-')) return 0;
    if (Is(t, "of") || Is(t, "and") || Is(t, "or") || Is(t, "that") || Is(t, "which")) return 0;
  }
  return 0;
}

bool CommitmentExtractor::Analysis::NounBefore(size_t g, size_t floor) const {
  size_t p = g;
  while (p > floor && (Classes(p - 1) & kAdverb)) --p;
  if (p == floor) return true;  // nothing before: an imperative or a heading
  size_t q = p - 1;
  if (Capitalized(q) || !IsWord(q)) return true;
  // A plural noun ("the partners", "both countries"), not an adjective ("courageous").
  std::string_view w = Text(q);
  if (w.size() > 3 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("ous") &&
      !w.ends_with("is") && !w.ends_with("us")) {
    return true;
  }
  return w.size() <= 4 && (Covers(kWeRef, q, q + 1) || Covers(kPluralRef, q, q + 1));
}

void CommitmentExtractor::Analysis::ResolveSubject(Clause& c, size_t begin, size_t end) {
  // Comma-separated pieces of the text before the verb group, quotes and
  // dashes around them dropped.
  std::vector<std::pair<size_t, size_t>>& pieces = pieces_;
  pieces.clear();
  auto push = [&](size_t b, size_t e) {
    while (b < e && !IsWord(b)) ++b;
    while (e > b && !IsWord(e - 1) && !Char(e - 1, ')') && !Char(e - 1, '.')) --e;
    if (b < e) pieces.emplace_back(b, e);
  };
  size_t start = begin;
  for (auto mark = MarksFrom(begin); mark != marks_.end() && *mark < end; ++mark) {
    if (Comma(*mark) && InMention(*mark)) continue;  // "Joseph R. Biden, Jr."
    push(start, *mark);
    start = *mark + 1;
  }
  push(start, end);
  auto is_filler = [&](size_t b, size_t e) {
    // "today", "also", "On 13 May": adverbials between subject and verb.
    for (size_t t = b; t < e; ++t) {
      if (!(Classes(t) & kInDate) && !(Classes(t) & kAdverb) && !Is(t, "on") && !Is(t, "in")) return false;
    }
    return true;
  };
  while (!pieces.empty() && is_filler(pieces.back().first, pieces.back().second)) pieces.pop_back();
  if (pieces.empty()) {
    c.subject = SubjectKind::kNone;
    c.reason = Reason::kNoSubjectBeforeVerb;
    return;
  }
  auto [b, e] = pieces.back();
  while (e > b + 1 && (Classes(e - 1) & kAdverb)) --e;  // "They also pledged"
  if (e > b + 1 && Is(e - 1, "and") && LeadSubject(c, pieces.front().first, e - 1)) {
    // "We are united in recognizing that ... and will work to": the verb
    // shares the subject that opens the sentence.
    return;
  }
  for (size_t t = b + 1; t < e; ++t) {
    // "challenges that Japan and the United States will face": a relative clause.
    if ((Is(t, "that") || Is(t, "which") || Is(t, "who")) && IsWord(t - 1) && !Capitalized(t - 1) &&
        !(Classes(t - 1) & (kLinking | kAdverb))) {
      c.reason = Reason::kRelativeClause;
      c.reason_text = doc_.tokens[t].span;
      return;
    }
  }
  bool seen_and = false;
  if (Is(b, "and") || Is(b, "but") || Is(b, "or")) {
    seen_and = true;
    ++b;
  }
  if (b >= e) {
    c.reason = Reason::kNoSubjectBeforeVerb;
    return;
  }
  if (Classes(b) & kRelative) {
    c.reason = Reason::kRelativeClause;
    c.reason_text = doc_.tokens[b].span;
    return;
  }
  c.event = TokenSpan(b, e);
  if (size_t named = NamedRef(b, e); named != SIZE_MAX) {
    c.actors = {named};
    c.subject = SubjectKind::kExplicit;
    return;
  }
  size_t det = Is(b, "the") && b + 1 < e ? b + 1 : b;
  if (Covers(kPluralRef, b, e) ||
      (e - det <= 2 && (Classes(det) & kPluralDeterminer) && !HasActorIn(b, e))) {
    c.subject = SubjectKind::kPlural;
    return;
  }
  if (PluralHeadSubject(b, e)) {
    c.subject = SubjectKind::kPlural;
    return;
  }
  if (Covers(kWeRef, b, e) || AdverbialWe(b, e) ||
      ((Classes(b) & kWePossessive) && !HasActorIn(b, e) && NounBefore(e, b + 1))) {
    // "We", and "Our countries", "our Foreign Ministers": the signatories
    // (a plural of persons or parties; "our partnership" is a thing).
    c.subject = SubjectKind::kWe;
    return;
  }
  if (e == b + 2 && Is(b, "the") && Text(b + 1) == "President") {
    // "The President" in a White House release: the one person titled
    // President, else the US one.
    c.subject = SubjectKind::kPresident;
    return;
  }
  if (e == b + 1 && (Is(b, "it") || Is(b, "he") || Is(b, "she"))) {
    c.subject = SubjectKind::kPronoun;
    return;
  }
  auto name_like = [&](size_t pb, size_t pe) {
    for (size_t t = pb; t < pe; ++t) {
      if (!(Capitalized(t) || !IsWord(t) || Is(t, "of") || Is(t, "for") || Is(t, "the") ||
            Is(t, "and") || Is(t, "to") || Is(t, "on") || Is(t, "s"))) {
        return false;
      }
    }
    return true;
  };
  for (size_t t = b; t < e && !seen_and; ++t) seen_and = Is(t, "and");
  // "A, B, and C agreed", "X, Minister of ..., and Y, Commissioner for ..., held":
  // earlier pieces of the same list join the subject.
  size_t subject_begin = b;
  size_t chain_begin = b;
  bool has_we = false;
  for (size_t p = pieces.size() - 1; p-- > 0;) {
    auto [pb, pe] = pieces[p];
    if (Classes(pb) & kRelative) break;
    bool we = Covers(kWeRef, pb, pe);
    if (!we && !HasActorIn(pb, pe) && !name_like(pb, pe)) break;
    if (Is(pb, "and")) {
      if (seen_and) break;
      seen_and = true;
    }
    has_we = has_we || we;
    chain_begin = pb;
  }
  if (seen_and) subject_begin = chain_begin;
  c.actors = ActorsIn(subject_begin, e);
  c.we_apposition = has_we && seen_and && !c.actors.empty();
  if (!c.actors.empty()) {
    c.subject = SubjectKind::kExplicit;
    return;
  }
  if ((Classes(b) & kNotActor) || PhraseAt(b, e, kNotActor)) {
    c.reason = Reason::kNotActor;
    c.reason_text = c.event;
    c.subject = c.type == Type::kSchedule ? SubjectKind::kEvent : SubjectKind::kNone;
    return;
  }
  if (c.type == Type::kSchedule) {
    c.subject = SubjectKind::kEvent;
  } else if (name_like(b, e) && (Classes(e - 1) & kThingHead)) {
    // "the Corridor will enhance ...": a prediction about a thing.
    c.reason = Reason::kNotActor;
    c.reason_text = c.event;
  } else if (doc_.actors.empty() || name_like(b, e)) {
    // A title the actor stage did not resolve ("The Secretary-General and the
    // Chairperson"), or no actor stage at all: keep the clause, actors unknown.
    c.subject = SubjectKind::kUnknown;
  } else {
    c.reason = Reason::kNoActorInSubject;
    c.reason_text = c.event;
  }
}

bool CommitmentExtractor::Analysis::LeadSubject(Clause& c, size_t begin, size_t end) {
  size_t b = begin;
  while (b < end && !IsWord(b)) ++b;
  for (size_t len = 1; len <= 3 && b + len <= end; ++len) {
    if (Covers(kWeRef, b, b + len)) {
      c.subject = SubjectKind::kWe;
      return true;
    }
    if (Covers(kPluralRef, b, b + len)) {
      c.subject = SubjectKind::kPlural;
      return true;
    }
  }
  // A leading name ("The United States and France are ... and will").
  size_t t = b;
  while (t < end && (Capitalized(t) || Is(t, "the") || Is(t, "and") || Is(t, "of") ||
                     Char(t, '.') || Char(t, '-') || Char(t, '\''))) {
    ++t;
  }
  if (t == b || t >= end) return false;
  std::vector<size_t> actors = ActorsIn(b, t);
  if (actors.empty()) return false;
  c.actors = std::move(actors);
  c.subject = SubjectKind::kExplicit;
  c.event = TokenSpan(b, t);
  return true;
}

void CommitmentExtractor::Analysis::FindAction(Clause& c, size_t end) {
  size_t start = c.trigger_end;
  if (start < end && (Classes(start) & kLinking)) ++start;
  // Where a trailing clause cuts an action depends only on the comma, not on
  // the clause: the cuts of a sentence are found once, so a sentence with
  // many clauses stays linear (a hostile 1 MB sentence took seconds).
  if (end != cuts_end_ || start < cuts_from_) {
    cuts_.clear();
    cuts_end_ = end;
    cuts_from_ = start;
    for (auto mark = MarksFrom(start); mark != marks_.end() && *mark < end; ++mark) {
      const size_t t = *mark;
      if (!Comma(t) || t + 1 >= end) continue;
      std::string_view next = Text(t + 1);
      bool keep = (Classes(t + 1) & kKeepClause) || PhraseAt(t + 1, end, kKeepClause);
      if (keep) continue;
      // ", recognizing ...", ", which ...": not part of the action (SPEC 8a).
      // A participle opens a clause only when words follow it: ", financing,
      // manufacturing and delivery" is a list of nouns.
      bool participle = next.size() > 4 && next.ends_with("ing") && t + 2 < end && IsWord(t + 2) &&
                        !Is(t + 2, "and") && !Is(t + 2, "or");
      if (participle || (Classes(t + 1) & kRelative)) {
        cuts_.push_back(t);
      }
    }
  }
  auto cut = std::lower_bound(cuts_.begin(), cuts_.end(), start);
  size_t t = cut == cuts_.end() ? end : *cut;
  while (t > start) {
    const char w = OneChar(t - 1);
    if (w != '.' && w != ',' && w != ';' && w != ':' && w != '!' && w != '?') break;
    --t;
  }
  c.action_begin = static_cast<uint32_t>(start);
  c.action_end = static_cast<uint32_t>(std::max(start, t));
}

std::vector<std::string> CommitmentExtractor::Analysis::Ids(const std::vector<size_t>& actors) const {
  std::vector<std::string> ids;
  for (size_t a : actors) {
    if (std::find(ids.begin(), ids.end(), doc_.actors[a].id) == ids.end()) {
      ids.push_back(doc_.actors[a].id);
    }
  }
  return ids;
}

CommitmentExtractor::TriggerTrace CommitmentExtractor::Analysis::TraceOf(const Clause& c,
                                                                        int commitment) const {
  TriggerTrace trace;
  trace.trigger = c.trigger;
  trace.sentence = c.sentence_span;
  trace.rule = RuleId(c);
  trace.type = kTypeNames[static_cast<size_t>(c.type)];
  trace.commitment = commitment;
  const std::string quoted(doc_.View(c.reason_text));
  switch (c.reason) {
    case Reason::kNone: break;
    case Reason::kHeading: trace.reason = "heading (a title, not a statement)"; break;
    case Reason::kBackground:
      trace.reason = "background section (SPEC 7: not extracted there)";
      break;
    case Reason::kNoSubjectBeforeVerb: trace.reason = "no subject before the verb"; break;
    case Reason::kRelativeClause:
      trace.reason = "relative clause (\"" + quoted + " ...\"), not a main clause";
      break;
    case Reason::kNotActor: trace.reason = "the subject (\"" + quoted + "\") is not an actor"; break;
    case Reason::kNoActorInSubject:
      trace.reason = "no actor in the subject (\"" + quoted + "\")";
      break;
    case Reason::kNoActorAfterBy: trace.reason = "no actor after \"by\""; break;
    case Reason::kPronoun: trace.reason = "pronoun subject with nothing to refer to"; break;
    case Reason::kReported:
      trace.reason = "reported speech: the clause after \"that\" is read on its own";
      break;
    case Reason::kStance: trace.reason = "stance verb, not a commitment (SPEC 7)"; break;
    case Reason::kAppeal:
      trace.reason = "appeal to others (\"call on X to\"), not a commitment";
      break;
    case Reason::kNoSubject: trace.reason = "no subject"; break;
  }
  return trace;
}

void CommitmentExtractor::Analysis::Run(std::vector<Commitment>* out,
                                        std::vector<TriggerTrace>* traces) {
  const std::vector<Token>& tokens = doc_.tokens;
  const std::vector<Sentence>& sentences = Sentences();
  std::vector<TriggerTrace> background;
  clauses_.reserve(sentences.size());  // about one clause per sentence; a Clause is large to move
  for (uint32_t si = 0; si < sentences.size(); ++si) {
    const Sentence& sentence = sentences[si];
    const Bound& first = bounds_[2 * si];
    const Bound& last = bounds_[2 * si + 1];
    const size_t a = first.token;
    const size_t b = last.token;
    if (a >= b) continue;
    const Segment* segment =
        sentence.segment < doc_.segments.size() ? &doc_.segments[sentence.segment] : nullptr;
    size_t floor = a;
    if (segment && !segment->label.empty() && segment->span.begin == sentence.span.begin) {
      for (size_t t = a; t < b && t < a + 16; ++t) {
        if (Char(t, ':')) {
          floor = t + 1;
          break;
        }
      }
    }
    // Candidates: lexicon verbs and "will" + a verb the lexicon does not list.
    // The lexicon's are the leftmost-longest of the document's trigger matches
    // inside the sentence (those a FindAll over tokens [floor, b) finds); the
    // trigger payloads of one span are adjacent in matches_ (kTrigger is the
    // lowest kind, so they come first among the span's payloads).
    candidates_.clear();
    uint32_t covered_until = 0;
    const auto sentence_matches = matches_.cbegin() + first.match;
    const auto next_match = matches_.cbegin() + last.match;
    sentence_tokens_ = {a, b};
    sentence_matches_ = {sentence_matches, next_match};
    sentence_marks_ = marks_.cbegin() + first.mark;
    auto from = sentence_matches;
    while (from != next_match && from->first_token < floor) ++from;
    for (auto it = from; it != next_match; ++it) {
      if (it->end_token > b || KindOf(*it) != kTrigger) continue;
      if (!candidates_.empty() && candidates_.back().m0 == it->first_token &&
          candidates_.back().m1 == it->end_token) {
        ++candidates_.back().payload_count;
        continue;
      }
      if (it->first_token < covered_until) continue;
      candidates_.push_back({it->first_token, it->end_token,
                            static_cast<uint32_t>(it - matches_.begin()), 1});
      covered_until = it->end_token;
    }
    for (uint32_t cue = first.cue; cue < last.cue; ++cue) {
      const size_t t = cues_[cue];
      if (t < floor) continue;
      const uint32_t cls = Classes(t);
      if ((cls & kVerb) && t > floor && Is(t - 1, "and")) {
        // "will combine X and establish Y": a base verb after "and" that only
        // counts when it shares the modal of the clause before it.
        bool listed = std::any_of(candidates_.begin(), candidates_.end(),
                                  [&](const Candidate& c) { return c.m0 == t; });
        if (!listed) {
          candidates_.push_back({static_cast<uint32_t>(t), static_cast<uint32_t>(t + 1), 0, 0, true});
        }
        continue;
      }
      if (!(cls & (kModal | kHedge))) continue;
      size_t v = t + 1;
      while (v < b && (Classes(v) & (kAdverb | kNegation))) ++v;
      if (v < b && Comma(v)) {  // "will, subject to final approvals, provide"
        size_t close = v + 1;
        while (close < b && close < v + 12 && !Comma(close)) ++close;
        if (close < b && Comma(close)) v = close + 1;
        while (v < b && (Classes(v) & (kAdverb | kNegation))) ++v;
      }
      if (v >= b || doc_.tokens[v].kind != Token::Kind::kWord || !IsLower(Text(v)[0])) continue;
      if (Classes(v) & (kBe | kHave | kDo | kModal | kHedge | kLinking)) continue;
      bool listed = std::any_of(candidates_.begin(), candidates_.end(),
                                [&](const Candidate& c) { return c.m0 == v; });
      if (!listed) candidates_.push_back({static_cast<uint32_t>(v), static_cast<uint32_t>(v + 1), 0, 0});
    }
    std::sort(candidates_.begin(), candidates_.end(),
              [](const Candidate& l, const Candidate& r) { return l.m0 < r.m0; });

    int open = -1;         // the clause whose action may hold later verbs
    int report = -1;       // a reporting clause ("X announced that") just read
    size_t clause_floor = floor;
    for (const Candidate& cand : candidates_) {
      // The verb group: auxiliaries, negation and adverbs before the main verb.
      size_t g = cand.m0;
      uint32_t bits = 0;
      bool infinitive = false;
      for (size_t k = cand.m0; k > clause_floor;) {
        --k;
        uint32_t cls = Classes(k);
        if (cls & (kModal | kHedge | kHave | kBe | kDo | kNegation)) {
          bits |= cls & (kModal | kHedge | kHave | kBe | kDo | kNegation);
          g = k;
          continue;
        }
        if (cls & kAdverb) continue;
        if (Comma(k) && !(bits & (kModal | kHedge))) {
          size_t j = k;
          while (j > clause_floor + 1 && j + 12 > k && !Comma(j - 1)) --j;
          if (j > clause_floor + 1 && Comma(j - 1) && (Classes(j - 2) & (kModal | kHedge))) {
            g = j - 2;
            bits |= Classes(j - 2) & (kModal | kHedge);
            k = j - 2;
            continue;
          }
          break;
        }
        if (Is(k, "to") && !(bits & (kModal | kHedge | kHave | kDo))) infinitive = true;
        break;
      }
      if (infinitive) continue;  // "agreed to launch": a complement of another verb
      size_t e = cand.m1;
      size_t head_end = 0;  // end of an object_head phrase that joins the trigger
      bool passive_by = false;

      // The rule and type are chosen before a Clause is built: most candidates
      // end here, and a Clause is large to clear.
      const Rule* chosen_rule = nullptr;  // null for "will" + an unlisted verb
      Type type = Type::kIntend;
      bool coordinated_only = cand.coordinated_only;
      const bool has_be = bits & kBe;
      const bool modal = bits & (kModal | kHedge);
      Form form = kBase;
      const std::span<const match::PhraseMatch> payloads(
          matches_.data() + cand.payload_begin, cand.payload_count);
      if (!payloads.empty()) {
        bool chosen = false;
        // Rules with a "next" condition are the more specific reading.
        for (int pass = 0; pass < 2 && !chosen; ++pass) {
          for (const match::PhraseMatch& m : payloads) {
            const uint32_t payload = ValueOf(m);
            const Rule& rule = x_.rules_[payload / 4];
            const CompiledRule& compiled = x_.compiled_[payload / 4];
            Form f = static_cast<Form>(payload % 4);
            bool specific = !rule.next.empty() || !rule.object_head.empty();
            if ((pass == 0) != specific) continue;
            if (f == kIng && !has_be) continue;
            if (f == kPast && rule.passive == Rule::Passive::kForbidden && has_be) continue;
            if (rule.passive == Rule::Passive::kRequired && !(f == kPast && has_be)) {
              if (!(f == kBase && modal)) continue;
              if (rule.passive == Rule::Passive::kRequired) continue;
            }
            // "spoke today with": adverbs and "today" may stand between.
            if (!rule.next.empty() && !NextMatches(rule.next, compiled.next, cand.m1, b) &&
                !NextMatches(rule.next, compiled.next, SkipAdverbs(cand.m1, b), b)) {
              continue;
            }
            if (NextMatches(rule.next_not, compiled.next_not, cand.m1, b)) continue;
            if (!rule.object_head.empty()) {
              head_end = ObjectHead(rule, compiled, cand.m1, b);
              if (head_end == 0) continue;
            }
            chosen_rule = &rule;
            form = f;
            chosen = true;
            break;
          }
        }
        // "will expand and deepen ties": a verb after "and" may share the modal.
        const bool after_and = cand.m0 > floor && Is(cand.m0 - 1, "and");
        if (!chosen && (modal || after_and)) {
          // "will share Earth observation data": the modal makes it an
          // undertaking even where the object is not one the rule lists.
          for (const match::PhraseMatch& m : payloads) {
            const uint32_t payload = ValueOf(m);
            const Rule& rule = x_.rules_[payload / 4];
            if (IsCommitment(x_.compiled_[payload / 4].type) && payload % 4 == kBase &&
                rule.passive != Rule::Passive::kRequired) {
              chosen_rule = &rule;
              chosen = true;
              coordinated_only = !modal;
              break;
            }
          }
        }
        if (!chosen) continue;
        if (head_end > 0) e = head_end;
        type = x_.compiled_[chosen_rule - x_.rules_.data()].type;
        passive_by = chosen_rule->passive == Rule::Passive::kRequired && type != Type::kSchedule &&
                     cand.m1 < b && Is(cand.m1, "by");
        if (modal && !IsCommitment(type)) {
          // "will support", "may consider": an undertaking, not a stance.
          type = Type::kIntend;
          chosen_rule = nullptr;
        }
        if (form == kPast && bits == 0 && g > a) {
          // "the agreed plan", "a newly launched call": an adjective.
          std::string_view prev = Text(g - 1);
          if (match::EqualsFolded(prev, "the") || match::EqualsFolded(prev, "a") ||
              match::EqualsFolded(prev, "an") || match::EqualsFolded(prev, "their") ||
              match::EqualsFolded(prev, "its") || match::EqualsFolded(prev, "our") ||
              match::EqualsFolded(prev, "newly") || match::EqualsFolded(prev, "as")) {
            continue;
          }
        }
        if (form == kBase && bits == 0 && !coordinated_only && !NounBefore(g, clause_floor)) {
          // "their courageous work", "a free and open region": a noun or an
          // adjective, not a present-tense verb; after "and" it may still
          // share a modal ("will combine X and establish Y").
          if (!after_and) continue;
          coordinated_only = true;
        }
      }
      Clause c;
      c.rule = chosen_rule;
      c.type = type;
      if (e == cand.m1) {
        while (e < b && (Classes(e) & kAdverbAfter)) ++e;
      }
      c.group_begin = static_cast<uint32_t>(g);
      c.trigger_end = static_cast<uint32_t>(e);
      c.sentence = si;
      c.trigger = TokenSpan(g, e);
      c.sentence_span = sentence.span;
      c.modal = modal;
      c.bare_past = form == kPast && bits == 0;
      c.negated = bits & kNegation;
      c.hedged = bits & kHedge;
      if ((form == kIng && has_be) ||
          (form == kPast && (bits & kHave) && c.rule && c.rule->perfect == "ongoing")) {
        c.status = "ongoing";
      } else if (c.type == Type::kAgree || c.type == Type::kPledge || c.type == Type::kIntend ||
                 c.type == Type::kSchedule || modal || form == kBase) {
        c.status = "planned";
      } else {
        c.status = "done";
      }

      if (segment && segment->kind == SegmentKind::kHeading) {
        if (IsCommitment(c.type)) {
          c.reason = Reason::kHeading;
          if (traces) background.push_back(TraceOf(c, -1));
        }
        continue;
      }
      if (segment && segment->background) {
        if (IsCommitment(c.type)) {
          c.reason = Reason::kBackground;
          if (traces) background.push_back(TraceOf(c, -1));
        }
        continue;
      }

      // Inside the action of an earlier clause: a complement, unless a
      // coordinated clause starts here with its own finite verb.
      size_t subject_from = clause_floor;
      if (coordinated_only && (open < 0 || g >= clauses_[open].action_end)) continue;
      if (open >= 0 && g < clauses_[open].action_end) {
        Clause& prev = clauses_[open];
        size_t k = g;
        bool coordinated = false;
        size_t conj = 0;
        for (size_t back = 0; back < 7 && k > prev.trigger_end; ++back) {
          --k;
          if (Is(k, "and") || Is(k, "but")) {
            coordinated = true;
            conj = k;
            break;
          }
        }
        bool finite = (bits & (kModal | kHedge | kHave | kBe | kDo)) || form == kPast;
        bool shares_modal = false;
        if (coordinated && !finite && conj + 1 == g && form == kBase && bits == 0 && prev.modal) {
          // "will expand and deepen X": one trigger for two verbs sharing an object.
          if (conj == prev.trigger_end) {
            prev.trigger_end = static_cast<uint32_t>(e);
            prev.trigger.end = doc_.tokens[e - 1].span.end;
            FindAction(prev, b);
            continue;
          }
          // "will combine X and establish Y": its own object, so its own
          // commitment under the same modal, unless it may belong to an
          // infinitive inside the first action ("will join forces to expand
          // X and benefit Y").
          if (!prev.accepted) continue;  // "This investment will improve X and deliver Y"
          shares_modal = true;
          for (size_t t = prev.trigger_end; t < conj && shares_modal; ++t) {
            shares_modal = !Is(t, "to");
          }
          if (!shares_modal) continue;
          c.modal = true;
          c.status = "planned";
          if (!IsCommitment(c.type)) {
            c.type = Type::kIntend;
            c.rule = nullptr;
          }
        }
        if (!coordinated && c.bare_past && prev.bare_past && Comma(g - 1) &&
            IsCommitment(c.type) && IsCommitment(prev.type)) {
          // "Leaders discussed X, committed to Y, and underscored Z": a series
          // of finite verbs sharing the subject.
          coordinated = true;
          conj = g - 1;
          finite = true;
        }
        if (!coordinated || (!finite && !shares_modal)) continue;
        if (RelativeBefore(g, prev.trigger_end)) continue;
        if (conj + 1 == g) {
          c.subject = SubjectKind::kInherit;
          c.inherit_from = open;
        } else {
          subject_from = conj + 1;
        }
        size_t cut = conj;
        if (cut > prev.action_begin && Comma(cut - 1)) --cut;
        prev.action_end = static_cast<uint32_t>(std::max<size_t>(cut, prev.action_begin));
      }
      if (c.subject != SubjectKind::kInherit) ResolveSubject(c, subject_from, g);
      if (passive_by) {
        // "The agreement was signed by A and B": A and B did it; the action is
        // what they signed.
        size_t t = cand.m1 + 1;
        while (t < b && (Capitalized(t) || !IsWord(t) || Is(t, "the") || Is(t, "and") ||
                         Is(t, "of") || Is(t, "von") || Is(t, "der") || Is(t, "de"))) {
          if (Comma(t) || (Char(t, '.') && t + 1 < b && !Capitalized(t + 1))) break;
          ++t;
        }
        c.actors = ActorsIn(cand.m1 + 1, t);
        c.subject = c.actors.empty() ? SubjectKind::kNone : SubjectKind::kExplicit;
        if (c.actors.empty()) c.reason = Reason::kNoActorAfterBy;
        c.action_is_event = !c.event.empty();
      }
      if (c.subject == SubjectKind::kPronoun || (c.subject == SubjectKind::kPlural && report >= 0) ||
          (c.subject == SubjectKind::kWe && report >= 0)) {
        // "The Commission announced that it will ...": the reporter.
        if (report >= 0) {
          c.subject = SubjectKind::kInherit;
          c.inherit_from = report;
        } else {
          c.subject = SubjectKind::kNone;
          c.reason = Reason::kPronoun;
        }
      }
      report = -1;
      FindAction(c, b);
      if (c.type == Type::kReport) {
        // "announced that X will Y": X's own clause follows.
        c.reason = Reason::kReported;
        if (cand.m1 < b && Is(cand.m1, "that")) clause_floor = cand.m1 + 1;
        c.action_end = c.action_begin;
        clauses_.push_back(std::move(c));
        open = -1;
        report = static_cast<int>(clauses_.size()) - 1;
        continue;
      }
      if (c.type == Type::kStance) {
        c.reason = Reason::kStance;
      } else if (c.type == Type::kAppeal) {
        c.reason = Reason::kAppeal;
      } else if (c.subject == SubjectKind::kNone) {
        if (c.reason == Reason::kNone) c.reason = Reason::kNoSubject;
      } else {
        c.accepted = true;
        c.reason = Reason::kNone;
      }
      size_t with = SkipAdverbs(e, b);  // "met today with"
      if ((c.type == Type::kMeet || c.type == Type::kCooperate) && with < b && Is(with, "with")) {
        size_t t = with + 1;
        while (t < b && (Capitalized(t) || !IsWord(t) || Is(t, "the") || Is(t, "and") ||
                         Is(t, "of") || Is(t, "von") || Is(t, "der") || Is(t, "de"))) {
          if (Char(t, '.') && t + 1 < b && !Capitalized(t + 1)) break;
          ++t;
        }
        c.with_actors = ActorsIn(with + 1, t);
      }
      clauses_.push_back(std::move(c));
      open = static_cast<int>(clauses_.size()) - 1;
    }
  }

  sentence_tokens_ = {0, 0};

  // Second pass: principal parties, "we", plural references, in text order.
  std::vector<int> subject_count(doc_.actors.size());
  std::vector<size_t> order;
  for (const Clause& c : clauses_) {
    if (c.subject != SubjectKind::kExplicit) continue;
    for (size_t a : c.actors) {
      if (subject_count[a]++ == 0) order.push_back(a);
    }
  }
  std::vector<size_t> principal;
  int best = 0;
  for (size_t a : order) best = std::max(best, subject_count[a]);
  for (size_t a : order) {
    if (subject_count[a] == best) principal.push_back(a);
  }
  std::vector<size_t> first_sentence;
  if (!sentences.empty()) {
    first_sentence = ActorsIn(bounds_[0].token, bounds_[1].token, /*parties=*/true);
  }
  if (principal.empty()) principal = first_sentence;
  // "The two leaders" with no earlier plural commitment: a single person
  // cannot be them, the first sentence's parties can; a single group ("G7")
  // can ("Leaders reaffirmed").
  const bool lone_person = principal.size() == 1 && doc_.actors[principal[0]].type == "person";
  const std::vector<size_t>& plural_fallback =
      (principal.empty() || lone_person) && first_sentence.size() >= 2 ? first_sentence : principal;
  // "The President": the one person titled President, else the US one.
  std::vector<size_t> president;
  for (size_t a = 0; a < doc_.actors.size(); ++a) {
    if (doc_.actors[a].type == "person" && doc_.actors[a].role == "President") president.push_back(a);
  }
  if (president.size() > 1) {
    std::vector<size_t> us;
    for (size_t a : president) {
      if (doc_.actors[a].affiliation == "US") us.push_back(a);
    }
    president = us.size() == 1 ? us : std::vector<size_t>{};
  }
  // "We, President Biden, Prime Minister Albanese, and Prime Minister Kishida, ..."
  std::vector<size_t> we;
  for (const Clause& c : clauses_) {
    if (c.we_apposition) {
      we = c.actors;
      break;
    }
  }
  for (size_t t : we_tokens_) {
    if (t + 2 >= tokens.size() || !we.empty()) break;
    if (!(Text(t) == "We" && Comma(t + 1))) continue;
    size_t u = t + 2;
    while (u < tokens.size() && (Capitalized(u) || !IsWord(u) || Is(u, "the") || Is(u, "and") ||
                                 Is(u, "of") || Is(u, "for"))) {
      ++u;
    }
    we = ActorsIn(t + 2, u);
  }
  if (we.empty()) {
    for (const Clause& c : clauses_) {
      if (c.subject == SubjectKind::kExplicit && c.sentence == 0) {
        we = c.actors;
        break;
      }
    }
  }
  // SPEC 7's order: the first sentence's parties, else the title's. A first
  // sentence naming one person ("President Biden hosted ...") keeps "we"
  // that person's (rules/commitments/README.md, "we" and the title).
  if (we.empty()) we = first_sentence;
  if (we.empty()) we = TitleParties();
  if (we.empty()) we = principal;

  // Each clause's actors: a list held elsewhere (its own, "we", the principal
  // parties, an earlier clause's), copied only where "with" adds to it.
  const std::vector<size_t> no_actors;
  std::vector<const std::vector<size_t>*> resolved(clauses_.size(), &no_actors);
  int last_plural = -1;  // the nearest earlier commitment with two or more actors
  int accepted = 0;
  if (out) {
    // The output grows once: a Commitment is large to move.
    out->reserve(out->size() + static_cast<size_t>(std::count_if(
                                   clauses_.begin(), clauses_.end(), [](const Clause& c) { return c.accepted; })));
  }
  std::vector<size_t> in_sentence;  // dates of a commitment's sentence
  // Dates by start offset, for "the values of dates in the same sentence".
  std::vector<size_t> dates_by_start(doc_.dates.size());
  for (size_t d = 0; d < dates_by_start.size(); ++d) dates_by_start[d] = d;
  std::stable_sort(dates_by_start.begin(), dates_by_start.end(), [this](size_t a, size_t b) {
    return doc_.dates[a].span.begin < doc_.dates[b].span.begin;
  });
  // Per topic, its first mention at or after the last action's start: the
  // actions mostly come in text order, so the next answer is a few steps on.
  uint32_t last_action_begin = 0;
  // The topics' mention spans back to back, topic k's from topic_from[k] to
  // topic_from[k + 1]: every commitment visits every topic, and the Topic
  // and Mention objects lie far apart in memory.
  std::vector<Span>& topic_spans = scratch_.topic_spans;
  std::vector<uint32_t>& topic_from = scratch_.topic_from;
  for (const Topic& topic : doc_.topics) {
    topic_from.push_back(static_cast<uint32_t>(topic_spans.size()));
    for (const Mention& m : topic.mentions) topic_spans.push_back(m.span);
  }
  topic_from.push_back(static_cast<uint32_t>(topic_spans.size()));
  std::vector<uint32_t>& first_mention = scratch_.first_mention;  // into topic_spans
  first_mention.assign(topic_from.begin(), topic_from.end() - 1);
  std::vector<std::pair<uint32_t, uint32_t>>& in_action = scratch_.in_action;  // (first mention start, topic)
  for (size_t i = 0; i < clauses_.size(); ++i) {
    Clause& c = clauses_[i];
    switch (c.subject) {
      case SubjectKind::kExplicit: resolved[i] = &c.actors; break;
      case SubjectKind::kWe: resolved[i] = &we; break;
      case SubjectKind::kPlural:
        resolved[i] = last_plural >= 0 ? resolved[last_plural] : &plural_fallback;
        break;
      case SubjectKind::kPresident: resolved[i] = &president; break;
      case SubjectKind::kInherit:
        resolved[i] = resolved[c.inherit_from]->empty() ? &clauses_[c.inherit_from].actors
                                                        : resolved[c.inherit_from];
        break;
      case SubjectKind::kEvent: resolved[i] = &principal; break;
      default: break;
    }
    if (!c.with_actors.empty()) {
      c.actors_with = *resolved[i];
      for (size_t a : c.with_actors) {
        if (std::find(c.actors_with.begin(), c.actors_with.end(), a) == c.actors_with.end()) {
          c.actors_with.push_back(a);
        }
      }
      resolved[i] = &c.actors_with;
    }
    if (!c.accepted) {
      if (traces) traces->push_back(TraceOf(c, -1));
      continue;
    }
    if (resolved[i]->size() >= 2) last_plural = static_cast<int>(i);
    Commitment out_c;
    out_c.type = kTypeNames[static_cast<size_t>(c.type)];
    out_c.status = c.status;
    out_c.actors = Ids(*resolved[i]);
    out_c.trigger = c.trigger;
    if ((c.type == Type::kSchedule || c.action_is_event) && !c.event.empty()) {
      out_c.action = c.event;
    } else if (c.action_end > c.action_begin) {
      out_c.action = TokenSpan(c.action_begin, c.action_end);
    } else {
      out_c.action = {c.trigger.end, c.trigger.end};
    }
    // A topic's mentions are sorted and never overlap, so its first mention
    // at or after the action's start decides: a few steps on from the last
    // one, else a binary search (actions that jump back and forth stay
    // logarithmic).
    in_action.clear();
    for (uint32_t k = 0; k < doc_.topics.size(); ++k) {
      const uint32_t end = topic_from[k + 1];
      uint32_t& m = first_mention[k];
      if (out_c.action.begin < last_action_begin) m = topic_from[k];
      for (int step = 0; m < end && topic_spans[m].begin < out_c.action.begin; ++step) {
        if (step == 4) {
          m = static_cast<uint32_t>(
              std::lower_bound(topic_spans.begin() + m, topic_spans.begin() + end, out_c.action.begin,
                               [](const Span& x, uint32_t v) { return x.begin < v; }) -
              topic_spans.begin());
          break;
        }
        ++m;
      }
      if (m < end && topic_spans[m].end <= out_c.action.end) {
        in_action.emplace_back(topic_spans[m].begin, k);
      }
    }
    last_action_begin = out_c.action.begin;
    // Topics in the order the action mentions them.
    std::sort(in_action.begin(), in_action.end(),
              [](const auto& l, const auto& r) { return l.first < r.first; });
    out_c.topics.reserve(in_action.size());
    for (const auto& [at, topic] : in_action) out_c.topics.push_back(doc_.topics[topic].id);
    const Span& ss = sentences[c.sentence].span;
    auto from = std::lower_bound(dates_by_start.begin(), dates_by_start.end(), ss.begin,
                                 [this](size_t d, uint32_t value) { return doc_.dates[d].span.begin < value; });
    in_sentence.clear();
    for (auto it = from; it != dates_by_start.end() && doc_.dates[*it].span.begin < ss.end; ++it) {
      if (doc_.dates[*it].span.end <= ss.end) in_sentence.push_back(*it);
    }
    std::sort(in_sentence.begin(), in_sentence.end());  // document order
    for (size_t d : in_sentence) {
      const std::string& value = doc_.dates[d].value;
      if (std::find(out_c.dates.begin(), out_c.dates.end(), value) == out_c.dates.end()) {
        out_c.dates.push_back(value);
      }
    }
    out_c.negated = c.negated;
    out_c.hedged = c.hedged;
    out_c.rule = RuleId(c);
    const int index = accepted++;
    if (out) out->push_back(std::move(out_c));
    if (traces) traces->push_back(TraceOf(c, index));
  }
  if (traces) {
    traces->insert(traces->end(), background.begin(), background.end());
    std::stable_sort(traces->begin(), traces->end(), [](const TriggerTrace& l, const TriggerTrace& r) {
      return l.trigger.begin < r.trigger.begin;
    });
  }
}

std::vector<CommitmentExtractor::TriggerTrace> CommitmentExtractor::Trace(
    const Document& doc, std::vector<Commitment>* commitments) const {
  std::vector<TriggerTrace> traces;
  if (!doc.tokens.empty()) Analysis(*this, doc).Run(commitments, &traces);
  return traces;
}

void CommitmentExtractor::Run(Document& doc) const {
  std::vector<Commitment> found;
  if (!doc.tokens.empty()) Analysis(*this, doc).Run(&found, nullptr);
  doc.commitments = std::move(found);
}

}  // namespace communique
