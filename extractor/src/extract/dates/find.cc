// Finding dates: anchor windows, the patterns' candidates, leftmost-longest
// selection, values against the publication date (Run), and the dateline.
#include <algorithm>
#include <bit>
#include <cstring>
#include <string>

#include "extract/dates/compiled.h"
#include "match/tokenizer.h"

namespace communique {

using dates::CivilDate;
using dates::EvalContext;
using dates::Groups;
using dates::Output;
using dates::ParseInt;
using dates::Pattern;
using dates::WordFlags;

namespace {

constexpr int kWindowMargin = 4;  // tokens of context around an anchor

struct Candidate {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t pattern = 0;
  // The window it was found in: its groups are read in that context (\b and
  // ^ look at the window's edges).
  uint32_t window_begin = 0;
  uint32_t window_end = 0;
  // Its capture groups: a slice of one pool per document (no allocation per
  // match); empty until read.
  uint32_t groups_begin = 0;
  uint32_t groups_size = 0;

  Groups groups(const std::vector<std::string_view>& pool) const {
    return Groups(pool).subspan(groups_begin, groups_size);
  }
};

// The position of the first ASCII digit of `text` at or after `from`, or its
// size. Eight bytes at a time: the dates stage asks this of every document
// once per stretch between digits, instead of testing every word.
size_t NextDigit(std::string_view text, size_t from) {
  if constexpr (std::endian::native == std::endian::little) {
    constexpr uint64_t kOnes = 0x0101010101010101ull;
    for (; from + 8 <= text.size(); from += 8) {
      uint64_t x;
      std::memcpy(&x, text.data() + from, 8);
      x ^= kOnes * '0';  // a digit byte becomes 0..9
      // The lowest flagged byte is a digit (borrows only run upwards).
      uint64_t flags = (x - kOnes * 10) & ~x & (kOnes * 0x80);
      if (flags != 0) return from + static_cast<size_t>(std::countr_zero(flags)) / 8;
    }
  }
  for (; from < text.size(); ++from) {
    if (text[from] >= '0' && text[from] <= '9') return from;
  }
  return text.size();
}

}  // namespace

// The windows of tokens [first, end) that patterns are tried on: every anchor
// with kWindowMargin tokens either side, overlapping windows merged.
static std::vector<std::pair<size_t, size_t>> AnchorWindows(const DateExtractor::Compiled& c,
                                                            const Document& doc, size_t first,
                                                            size_t end) {
  const std::vector<Token>& tokens = doc.tokens;
  std::vector<std::pair<size_t, size_t>> windows;
  windows.reserve((end - first) / 16 + 1);  // dense statistics: one per 16 tokens
  // The first digit of the text at or after the token looked at.
  size_t digit = first < end ? NextDigit(doc.text, tokens[first].span.begin) : 0;
  const Token* token = tokens.data();
  for (size_t i = first; i < end; ++i) {
    const Token& t = token[i];
    if (digit < t.span.begin) digit = NextDigit(doc.text, t.span.begin);
    // Numbers are anchors, and words holding a digit or in the lexicon.
    // Token kinds follow no pattern a branch predictor learns: the common
    // case (not an anchor) is decided without a branch per test.
    bool number = t.kind == Token::Kind::kNumber;
    bool word = t.kind == Token::Kind::kWord;
    bool has_digit = digit < t.span.end;
    if (!(number | (word & (has_digit | c.words.MaybeAny(t.folded_hash))))) continue;
    if (!number && !has_digit && (c.words.Get(t.folded_hash) & WordFlags::kAnchor) == 0) continue;
    size_t lo = i >= first + kWindowMargin ? i - kWindowMargin : first;
    size_t hi = std::min(end, i + kWindowMargin + 1);
    if (!windows.empty() && windows.back().second >= lo) {
      windows.back().second = hi;
    } else {
      windows.push_back({lo, hi});
    }
  }
  return windows;
}

// Reads the groups of `re`'s match [b, e) of `window` into the pool, as the
// slice of `cand`; `groups` is scratch.
static void ReadGroups(const RE2& re, std::string_view window, size_t b, size_t e,
                       Candidate* cand, std::vector<re2::StringPiece>* groups,
                       std::vector<std::string_view>* pool) {
  int ngroups = re.NumberOfCapturingGroups() + 1;
  groups->assign(ngroups, re2::StringPiece());
  re.Match(window, b, e, RE2::ANCHOR_BOTH, groups->data(), ngroups);
  cand->groups_begin = static_cast<uint32_t>(pool->size());
  cand->groups_size = static_cast<uint32_t>(ngroups);
  for (const auto& g : *groups) {
    pool->push_back(g.data() ? std::string_view(g.data(), g.size()) : std::string_view());
  }
}

// Every match of every pattern in the windows: dates into `found`, the spans
// of counter-patterns into `vetoes`.
static void MatchWindows(const DateExtractor::Compiled& c, const Document& doc,
                         const std::vector<std::pair<size_t, size_t>>& windows,
                         std::vector<Candidate>* found,
                         std::vector<std::pair<uint32_t, uint32_t>>* vetoes,
                         std::vector<re2::StringPiece>* groups,
                         std::vector<std::string_view>* pool) {
  const std::vector<Token>& tokens = doc.tokens;
  std::vector<int> hits;
  for (const auto& [lo, hi] : windows) {
    uint32_t base = tokens[lo].span.begin;
    uint32_t limit = tokens[hi - 1].span.end;
    std::string_view window = std::string_view(doc.text).substr(base, limit - base);
    hits.clear();
    if (!c.set->Match(window, &hits)) continue;
    std::sort(hits.begin(), hits.end());
    // Patterns come before counter-patterns: vetoes matter only in a window
    // holding a date (windows are disjoint).
    if (c.patterns[hits.front()].counter) continue;
    for (int index : hits) {
      const Pattern& pattern = c.patterns[index];
      const RE2& re = *pattern.re;
      size_t pos = 0;
      // Bounds only: the groups cost a backtracking pass per match, and most
      // matches lose to a longer one ("2025" in "May 12, 2025").
      re2::StringPiece match;
      while (pos <= window.size() && re.Match(window, pos, window.size(), RE2::UNANCHORED, &match, 1)) {
        size_t mb = static_cast<size_t>(match.data() - window.data());
        size_t me = mb + match.size();
        uint32_t b = base + static_cast<uint32_t>(mb);
        uint32_t e = base + static_cast<uint32_t>(me);
        if (pattern.counter) {
          vetoes->push_back({b, e});
        } else if (e > b) {
          Candidate cand{b, e, static_cast<uint32_t>(index), base, limit};
          if (pattern.veto_by_group) ReadGroups(re, window, mb, me, &cand, groups, pool);
          found->push_back(cand);
        }
        pos = me > pos ? me : pos + 1;
      }
    }
  }
}

// The candidates of `found` that no counter match overlaps, appended to `out`.
static void DropVetoed(const DateExtractor::Compiled& c, const Document& doc,
                       std::vector<Candidate>* found,
                       std::vector<std::pair<uint32_t, uint32_t>>* vetoes,
                       const std::vector<std::string_view>& pool, std::vector<Candidate>* out) {
  // Counter matches sorted by start, with the running maximum of their ends:
  // the ones starting before a date's end overlap it when that maximum passes
  // its start (no pairwise loop: hostile input has hundreds of thousands).
  std::sort(vetoes->begin(), vetoes->end());
  std::vector<uint32_t> veto_reach(vetoes->size());
  for (size_t i = 0; i < vetoes->size(); ++i) {
    veto_reach[i] = std::max((*vetoes)[i].second, i ? veto_reach[i - 1] : 0u);
  }
  for (Candidate& cand : *found) {
    // A counter-pattern vetoes the date itself: the context a pattern reads
    // around its span ("$2 million" before "a year") may be a counter match.
    uint32_t begin = cand.begin, end = cand.end;
    const Pattern& pattern = c.patterns[cand.pattern];
    if (pattern.veto_by_group && !cand.groups(pool)[pattern.outputs[0].span_group].empty()) {
      std::string_view g = cand.groups(pool)[pattern.outputs[0].span_group];
      begin = static_cast<uint32_t>(g.data() - doc.text.data());
      end = begin + static_cast<uint32_t>(g.size());
    }
    size_t before_end = std::lower_bound(vetoes->begin(), vetoes->end(), std::make_pair(end, 0u)) -
                        vetoes->begin();
    bool vetoed = before_end > 0 && veto_reach[before_end - 1] > begin;
    if (!vetoed) out->push_back(std::move(cand));
  }
}

// The disjoint candidates of `candidates`, leftmost-longest and higher
// priority first among equals, in text order.
static std::vector<Candidate> SelectLeftmostLongest(const DateExtractor::Compiled& c,
                                                    std::vector<Candidate>* candidates) {
  std::sort(candidates->begin(), candidates->end(), [&](const Candidate& a, const Candidate& b) {
    if (a.end - a.begin != b.end - b.begin) return a.end - a.begin > b.end - b.begin;
    int pa = c.patterns[a.pattern].priority, pb = c.patterns[b.pattern].priority;
    if (pa != pb) return pa > pb;
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.pattern < b.pattern;
  });
  // Kept spans are disjoint: only the last one starting before a
  // candidate's end can overlap it. They are found in a map and sorted once
  // at the end; a vector kept in text order by insertion moved half of
  // itself per date (quadratic: 13.5 s for a 5 MB list of 456,000 dates).
  std::map<uint32_t, uint32_t> taken;  // begin -> end
  std::vector<Candidate> kept;
  for (const Candidate& cand : *candidates) {
    auto next = taken.lower_bound(cand.end);
    if (next != taken.begin() && std::prev(next)->second > cand.begin) continue;
    taken.emplace_hint(next, cand.begin, cand.end);
    kept.push_back(cand);
  }
  std::sort(kept.begin(), kept.end(),
            [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  return kept;
}

// Every candidate of every pattern in tokens [first, end) of the document.
static void CollectCandidates(const DateExtractor::Compiled& c, const Document& doc, size_t first,
                              size_t end, std::vector<Candidate>* out,
                              std::vector<std::string_view>* pool) {
  std::vector<re2::StringPiece> groups;
  std::vector<Candidate> found;
  std::vector<std::pair<uint32_t, uint32_t>> vetoes;
  MatchWindows(c, doc, AnchorWindows(c, doc, first, end), &found, &vetoes, &groups, pool);
  DropVetoed(c, doc, &found, &vetoes, *pool, out);
  std::vector<Candidate> kept = SelectLeftmostLongest(c, out);
  // The groups of the kept matches: the same parse an unanchored search
  // makes, as RE2 reads a match's groups on its bounds in its text.
  for (Candidate& cand : kept) {
    if (cand.groups_size != 0) continue;
    std::string_view window =
        std::string_view(doc.text).substr(cand.window_begin, cand.window_end - cand.window_begin);
    ReadGroups(*c.patterns[cand.pattern].re, window, cand.begin - cand.window_begin,
               cand.end - cand.window_begin, &cand, &groups, pool);
  }
  *out = std::move(kept);
}

// True for a span of whole quarters longer than one ("P6M", "P9M"): "the
// first nine months" moves a results story from the quarter to the year, so
// "a year earlier" after it is last year, not last year's quarter.
static bool SpansQuarters(std::string_view value) {
  if (value.size() < 3 || value.front() != 'P' || value.back() != 'M') return false;
  auto months = ParseInt(value.substr(1, value.size() - 2));
  return months && *months > 3 && *months % 3 == 0;
}

// Records a DATE or TIME value that names a calendar year ("1988", "1988-Q3"),
// month ("1988-06") or day ("1988-06-12T10:00") as what "that year", "the
// following month" refer back to.
static void NoteNamed(std::string_view value, EvalContext* context) {
  if (value.size() < 4 || !ParseInt(value.substr(0, 4))) return;
  CivilDate date{*ParseInt(value.substr(0, 4)), 1, 1};
  context->named_year = date;
  if (value.size() < 7 || value[4] != '-') return;
  auto month = ParseInt(value.substr(5, 2));
  if (!month || *month < 1 || *month > 12) return;
  date.month = *month;
  context->named_month = date;
  if (auto day = dates::ParseIsoDate(value.substr(0, 10))) context->named_day = day;
}

// "1989-Q3" -> 1989 * 4 + 2; nullopt for any other value.
static std::optional<int> QuarterIndex(std::string_view value) {
  if (value.size() != 7 || value.substr(4, 2) != "-Q" || value[6] < '1' || value[6] > '4') {
    return std::nullopt;
  }
  auto year = ParseInt(value.substr(0, 4));
  if (!year) return std::nullopt;
  return *year * 4 + (value[6] - '1');
}

// True when the date at `begin` opens its sentence: at most two words
// before it ("In late August 1950, ...", "On August 31, ...").
static bool OpensSentence(const Document& doc, uint32_t begin) {
  auto sentence = std::partition_point(doc.sentences.begin(), doc.sentences.end(),
                                       [&](const Sentence& s) { return s.span.end <= begin; });
  if (sentence == doc.sentences.end() || sentence->span.begin > begin) return false;
  std::string_view before = std::string_view(doc.text).substr(sentence->span.begin,
                                                              begin - sentence->span.begin);
  if (before.size() > 16) return false;
  return std::count(before.begin(), before.end(), ' ') <= 2;
}

// Sets or ends the narrative scene (EvalContext::scene) with a date named.
static void NoteScene(const Document& doc, const DateExpr& d, EvalContext* context) {
  if (!context->ref || d.value.size() < 4) return;
  auto year = ParseInt(d.value.substr(0, 4));
  if (!year) return;
  if (*year == context->ref->year) {
    context->scene.reset();
    return;
  }
  auto month = d.value.size() >= 7 && d.value[4] == '-' ? ParseInt(d.value.substr(5, 2)) : std::nullopt;
  if (month && *month >= 1 && *month <= 12 && OpensSentence(doc, d.span.begin)) {
    context->scene = CivilDate{*year, *month, 1};
  }
}

static bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// True when quarter `index` (year * 4 + quarter - 1) ended before the
// reference's quarter began, or with no reference. Results news discusses a
// quarter that is over: "fourth-quarter earnings will ..." in November
// is an outlook, and "a year earlier", "the latest quarter" after it still
// mean the third quarter.
static bool Ended(int index, const std::optional<CivilDate>& ref) {
  return !ref || index < ref->year * 4 + (ref->month - 1) / 3;
}

// True when the clause around [begin, end) speaks of the future ("will meet
// on Monday", "On Monday, they will sign"): decides which Monday a bare
// weekday is (TimeML practice: news report the past unless a marker says
// otherwise). Markers count from the sentence start to a few tokens after the
// date, within the sentence: in "met Monday. The king will ..." the "will" is
// another sentence's. A past reporting verb just before the date ("said
// Friday", "announced on Tuesday") makes the date the time of the report,
// whatever the reported clause says ("X will go, he said Friday").
static bool SpeaksOfFuture(const DateExtractor::Compiled& c, const Document& doc, uint32_t begin,
                           uint32_t end) {
  constexpr size_t kTokensAfter = 5;
  constexpr uint32_t kReach = 600;  // bytes before the date
  uint32_t from = begin > 120 ? begin - 120 : 0;
  uint32_t until = UINT32_MAX;
  auto sentence = std::partition_point(doc.sentences.begin(), doc.sentences.end(),
                                       [&](const Sentence& s) { return s.span.end <= begin; });
  // A sentence start within reach (a hostile 'sentence' of megabytes would
  // make this quadratic).
  if (sentence != doc.sentences.end() && sentence->span.begin <= begin) {
    from = std::max<uint32_t>(sentence->span.begin, begin > kReach ? begin - kReach : 0);
    until = sentence->span.end;
  }
  size_t first = match::FirstTokenAtOrAfter(doc.tokens, begin);
  for (size_t back = 1; back <= 2 && back <= first; ++back) {
    const Token& t = doc.tokens[first - back];
    if (c.words.Get(t.folded_hash) & WordFlags::kReport) return false;
    if (!match::EqualsFolded(doc.View(t.span), "on")) break;
  }
  size_t last = match::FirstTokenAtOrAfter(doc.tokens, end) + kTokensAfter;
  for (size_t i = match::FirstTokenAtOrAfter(doc.tokens, from);
       i < doc.tokens.size() && i < last && doc.tokens[i].span.begin < until; ++i) {
    if (c.words.Get(doc.tokens[i].folded_hash) & WordFlags::kFuture) return true;
  }
  return false;
}

void DateExtractor::Run(Document& doc) const {
  doc.dates.clear();
  if (!compiled_ || doc.tokens.empty()) return;
  const Compiled& c = *compiled_;
  std::vector<Candidate> candidates;
  std::vector<std::string_view> pool;
  CollectCandidates(c, doc, 0, doc.tokens.size(), &candidates, &pool);
  if (candidates.empty()) return;

  EvalContext context;
  if (doc.published) context.ref = dates::ParseIsoDate(*doc.published);
  // Numeric dates are day-first unless the document writes its dates the US
  // way ("May 12, 2025") more often than the European way ("12 May 2025").
  int us = 0, day_first = 0;
  for (const Candidate& cand : candidates) {
    const std::string& style = c.patterns[cand.pattern].style;
    if (style == "us") ++us;
    if (style == "day_first") ++day_first;
  }
  context.us_style = us > day_first;

  std::vector<DateExpr> made;
  for (const Candidate& cand : candidates) {
    const Pattern& pattern = c.patterns[cand.pattern];
    context.future = pattern.uses_tense && SpeaksOfFuture(c, doc, cand.begin, cand.end);
    made.clear();
    bool ok = true;
    for (const Output& out : pattern.outputs) {
      auto value = c.Evaluate(out.value, cand.groups(pool), context);
      auto mod = c.Evaluate(out.mod, cand.groups(pool), context);
      // An empty value: every call of the template was an alternative the
      // match did not take (Evaluate); there is no date to write.
      if (!value || value->empty() || !mod) {
        ok = false;
        break;
      }
      Span span{cand.begin, cand.end};
      if (out.span_group >= 0) {
        std::string_view g = cand.groups(pool)[out.span_group];
        if (g.empty()) {
          ok = false;
          break;
        }
        span.begin = static_cast<uint32_t>(g.data() - doc.text.data());
        span.end = span.begin + static_cast<uint32_t>(g.size());
      }
      std::string_view text = doc.View(span);
      // A possessive is not part of the date ("Today's" -> "Today").
      if (text.size() > 2 && text.substr(text.size() - 2) == "'s") span.end -= 2;
      // SPEC 8a: the default profile drops a leading article, except in
      // "the X of DATE" ("the end of 2027"); TimeML keeps it. "couple of"
      // is a number ("the next couple of weeks"), not such an X.
      if (!c.timeml) {
        text = doc.View(span);
        size_t of = text.find(" of ");
        size_t after = 3;  // "the", then the white space up to the next word
        while (after < text.size() && IsSpace(text[after])) ++after;
        if (after > 3 && after < text.size() && (text.starts_with("the") || text.starts_with("The")) &&
            (of == std::string_view::npos || text.substr(0, of).ends_with("couple"))) {
          span.begin += static_cast<uint32_t>(after);
        }
      }
      made.push_back({span, out.type, std::move(*value), std::move(*mod), pattern.id});
    }
    if (!ok) continue;
    for (DateExpr& d : made) {
      if (auto q = QuarterIndex(d.value); q && !pattern.anaphoric && Ended(*q, context.ref)) {
        context.last_quarter = q;
      }
      if (d.type == "DURATION" && SpansQuarters(d.value)) context.last_quarter.reset();
      if (d.type == "DATE" || d.type == "TIME") {
        NoteNamed(d.value, &context);
        NoteScene(doc, d, &context);
      }
      doc.dates.push_back(std::move(d));
    }
  }
  // Candidates come in text order; only a range's two expressions can be out
  // of it.
  auto by_begin = [](const DateExpr& a, const DateExpr& b) { return a.span.begin < b.span.begin; };
  if (!std::is_sorted(doc.dates.begin(), doc.dates.end(), by_begin)) {
    std::stable_sort(doc.dates.begin(), doc.dates.end(), by_begin);
  }
}

std::optional<std::string> DateExtractor::FindDateline(const Document& doc) const {
  if (!compiled_ || doc.tokens.empty()) return std::nullopt;
  constexpr uint32_t kDatelineReach = 400;  // bytes: a dateline opens the release
  size_t end = match::FirstTokenAtOrAfter(doc.tokens, kDatelineReach);
  std::vector<Candidate> candidates;
  std::vector<std::string_view> pool;
  CollectCandidates(*compiled_, doc, 0, end, &candidates, &pool);
  EvalContext context;
  for (const Candidate& cand : candidates) {
    const Pattern& pattern = compiled_->patterns[cand.pattern];
    auto value = compiled_->Evaluate(pattern.outputs[0].value, cand.groups(pool), context);
    if (!value || !dates::ParseIsoDate(*value)) continue;
    // The date stands after a short place prefix on its line and ends it or
    // precedes a dash: "BRUSSELS, 3 March 2026 - ...", "WASHINGTON, D.C. - May 12, 2025".
    size_t line_start = doc.text.rfind('\n', cand.begin);
    line_start = line_start == std::string::npos ? 0 : line_start + 1;
    if (cand.begin - line_start > 48) continue;
    size_t after = cand.end;
    while (after < doc.text.size() && doc.text[after] == ' ') ++after;
    if (after < doc.text.size() && doc.text[after] != '\n' && doc.text[after] != '-' &&
        doc.text[after] != '(') {
      continue;
    }
    return *value;
  }
  return std::nullopt;
}

}  // namespace communique
