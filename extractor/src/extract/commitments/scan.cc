// The class pass: what the clause reader asks about each token, found in
// one walk of the document.
#include <algorithm>

#include "extract/commitments/analysis.h"
#include "match/tokenizer.h"

namespace communique {

CommitmentExtractor::Analysis::Analysis(const CommitmentExtractor& rules, const Document& doc)
    : x_(rules), doc_(doc), publisher_(doc.url.empty() ? nullptr : rules.PublisherOf(doc.url)) {
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
  // 1. Every token: sentence boundaries, no class yet, and the tokens the
  // class filter passes. The classes are cleared here, in the walk, rather
  // than by a zeroing resize before it (Clear keeps their size).
  const size_t token_count = tokens.size();
  const Token* const token_at = tokens.data();
  const commitments::WordClassTable& word_classes = x_.classes_;
  classes_.resize(token_count);
  uint64_t* const class_at = classes_.data();
  std::vector<uint32_t>& picked_list = scratch_.picked;
  if (picked_list.size() < token_count) picked_list.resize(token_count);
  uint32_t* const picked = picked_list.data();
  size_t maybe_count = 0;
  size_t next_bound = 0;
  uint32_t next_offset = bound_offset(0);
  for (size_t t = 0; t < token_count; ++t) {
    const Token& token = token_at[t];
    while (token.span.begin >= next_offset) {
      bounds_[next_bound].token = static_cast<uint32_t>(t);
      next_offset = bound_offset(++next_bound);
    }
    class_at[t] = 0;
    picked[maybe_count] = static_cast<uint32_t>(t);
    maybe_count += word_classes.MaybeIn(token.folded_hash);
  }
  for (; next_bound < bounds_.size(); ++next_bound) {
    bounds_[next_bound].token = static_cast<uint32_t>(token_count);
  }
  // 2. Their classes; those to look at more closely stay picked.
  size_t closer_count = 0;
  for (size_t i = 0; i < maybe_count; ++i) {
    const uint32_t t = picked[i];
    const uint64_t cls = word_classes.ClassesOf(token_at[t].folded_hash);
    class_at[t] = cls & ~kLookCloser;
    if (cls & kCue) cues_.push_back(t);
    if (cls & kWeWord) we_tokens_.push_back(t);
    picked[closer_count] = t;
    closer_count += (cls & kLookCloser) != 0;
  }
  // 3. Punctuation marks, quotation marks and the lexicon's phrases.
  matches_.reserve(tokens.size() / 8);  // about one match per 12 tokens in releases
  for (size_t i = 0; i < closer_count; ++i) {
    const uint32_t t = picked[i];
    const char c = OneChar(t);
    if (c == ',' || c == ';' || c == ':' || (c == '-' && SpacedDash(t)) ||
        ((c == '.' || c == '?' || c == '!') && InnerStop(t))) {
      marks_.push_back(t);
      if (c == ',') classes_[t] |= kComma;
    }
    if (c == '"') quote_marks_.push_back(t);
    const size_t found = matches_.size();
    x_.lexicon_.FindAt(doc, t, tokens.size(), &matches_);
    if (matches_.size() != found) classes_[t] |= kMatchStart;
  }
  LocateBounds();
  MarkDates();
}

void CommitmentExtractor::Analysis::LocateBounds() {
  const std::vector<Sentence>& sentences = Sentences();
  const std::vector<Token>& tokens = doc_.tokens;
  auto bound_offset = [&](size_t i) {
    return i == bounds_.size()  ? UINT32_MAX
           : i % 2 == 0         ? sentences[i / 2].span.begin
                                : sentences[i / 2].span.end;
  };
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
}

void CommitmentExtractor::Analysis::MarkDates() {
  const Document& doc = doc_;
  for (const DateExpr& d : doc.dates) {
    for (size_t t = match::FirstTokenAtOrAfter(doc.tokens, d.span.begin);
         t < doc.tokens.size() && doc.tokens[t].span.begin < d.span.end; ++t) {
      // "on 5 May with": the month is no hedge.
      if (doc.tokens[t].span.end <= d.span.end) classes_[t] = (classes_[t] & ~(kModal | kHedge)) | kInDate;
    }
  }
}

}  // namespace communique
