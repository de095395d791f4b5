#include "extract/dates.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <map>
#include <span>
#include <unordered_map>

#include "core/flat_map.h"
#include "extract/dates_calendar.h"
#include "match/tokenizer.h"

// How it works (rules/dates/README.md has the file formats):
//  1. Anchors: a token holding a digit or a lexicon word ("May", "today",
//     "years") opens a window of a few tokens either side; overlapping windows
//     merge. Text without anchors is never looked at by a regex.
//  2. One RE2::Set over each window says which patterns occur in it; only those
//     run again with captures. Counter-patterns ("Article 5", "May we") veto
//     every candidate they overlap.
//  3. Leftmost-longest selection across rules, then value templates
//     ("{date(day,month,year)}") are evaluated against the publication date.

namespace communique {

namespace {

using dates::CivilDate;

constexpr int kWindowMargin = 4;  // tokens of context around an anchor

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  }
  return out;
}

// Lexicon key of a captured word: lowercased, final '.' dropped, runs of
// spaces and hyphens folded to one space ("twenty-four" == "twenty four").
std::string LexKey(std::string_view s) {
  std::string out;
  bool gap = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '-') {
      gap = !out.empty();
      continue;
    }
    if (gap) out.push_back(' ');
    gap = false;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
  while (!out.empty() && out.back() == '.') out.pop_back();
  return out;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::optional<int> ParseInt(std::string_view s) {
  if (!AllDigits(s) || s.size() > 9) return std::nullopt;
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

struct LexEntry {
  int value = 0;
  std::string code;
};

// One argument of a template function: a literal ("-1", "tense", "Y") or a
// capture group, possibly negated ("-num").
struct Arg {
  std::string literal;
  int group = -1;  // RE2 group index, or -1 for a literal
  std::string kind;
  bool negate = false;
};

// What a template piece computes, resolved when the rules are compiled.
enum class Fn : uint8_t {
  kLiteral,  // the piece's literal text
  kCapture,  // the capture in args[0], formatted by its kind
  kDate, kNumdate, kMonth, kRelmonth, kRef, kWeekday, kSeason, kQuarter, kDur, kRefyear, kClock, kMentioned, kQuarterof, kWeekend, kNthweekday, kEaster, kThen, kWeekof,
};

// A template piece: literal text, a capture placeholder ({year}) or a
// function call ({date(day,month,year)}).
struct Piece {
  std::string literal;
  Fn fn = Fn::kLiteral;
  std::vector<Arg> args;
};

struct Template {
  std::vector<Piece> pieces;
  bool empty() const { return pieces.empty(); }
};

struct Output {
  std::string type;
  Template value;
  Template mod;
  int span_group = -1;  // the capture that is the span, or -1 for the whole match
};

// Lexicon roles of a token, looked up by its folded hash for every token of
// every document.
class WordFlags {
 public:
  static constexpr uint8_t kAnchor = 1;  // opens a search window
  static constexpr uint8_t kFuture = 2;  // future-tense marker
  static constexpr uint8_t kReport = 4;  // past reporting verb

  void Add(uint64_t hash, uint8_t flags) { table_[hash] |= flags; }
  // False when `hash` has no flags; true for every word that has some and
  // a few that have none. One bit of the filter, without a branch.
  bool MaybeAny(uint64_t hash) const { return table_.MayContain(hash); }
  uint8_t Get(uint64_t hash) const { return table_.Get(hash); }

 private:
  FlatMap<uint64_t, uint8_t, TokenHashIdentity, 15> table_;
};

// The capture groups of one match; index 0 is the whole match.
using Groups = std::span<const std::string_view>;

struct Pattern {
  std::string id;
  std::unique_ptr<RE2> re;
  bool counter = false;
  int priority = 0;
  std::string style;  // "us" or "day_first": votes for the document's numeric date order
  std::vector<Output> outputs;
  bool uses_tense = false;
  bool anaphoric = false;  // reads the quarter last named: does not name one itself
  // Its span is a capture group that counter-patterns veto: the groups are
  // needed before the selection, not only for the candidates kept.
  bool veto_by_group = false;
};

// What a template needs to know about the document.
struct EvalContext {
  std::optional<CivilDate> ref;
  bool future = false;    // the sentence speaks about the future
  bool us_style = false;  // numeric dates are month-first
  // The latest quarter ("1989-Q3") named so far in the document: results
  // news compares "a year earlier" and "the year-ago period" with it.
  std::optional<int> last_quarter;  // year * 4 + quarter - 1
  // The latest date named so far whose value gives at least a year, a month
  // and a day: "that year", "the following month" count from them.
  std::optional<CivilDate> named_year, named_month, named_day;
};

}  // namespace

struct DateExtractor::Compiled {
  bool timeml = false;
  std::map<std::string, std::unordered_map<std::string, LexEntry>> lexicon;  // kind -> key -> entry
  WordFlags words;  // anchors, future-tense markers, past reporting verbs
  std::vector<Pattern> patterns;
  std::unique_ptr<RE2::Set> set;

  const LexEntry* Lookup(const std::string& kind, std::string_view text) const {
    auto k = lexicon.find(kind);
    if (k == lexicon.end()) return nullptr;
    auto e = k->second.find(LexKey(text));
    return e == k->second.end() ? nullptr : &e->second;
  }

  std::optional<int> Number(std::string_view text) const;
  std::optional<int> Ordinal(std::string_view text) const;
  std::optional<int> Year(std::string_view text) const;
  std::optional<std::string> Format(const Arg& arg, Groups groups) const;
  std::optional<int> IntArg(const Arg& arg, Groups groups) const;
  std::optional<std::string> Call(const Piece& piece, bool whole,
                                  Groups groups,
                                  const EvalContext& context) const;
  std::optional<std::string> Evaluate(const Template& tmpl, Groups groups,
                                      const EvalContext& context) const;
};

namespace {

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

// Names the capture kind after the group name without trailing digits
// ("day2" is a day).
std::string KindOf(const std::string& group) {
  size_t end = group.size();
  while (end > 0 && group[end - 1] >= '0' && group[end - 1] <= '9') --end;
  return group.substr(0, end);
}

}  // namespace

std::optional<int> DateExtractor::Compiled::Number(std::string_view text) const {
  if (auto n = ParseInt(text)) return n;
  // Number words: "twenty four" = 20 + 4, "two hundred" = 2 * 100.
  std::string key = LexKey(text);
  int total = 0, current = 0;
  bool any = false;
  size_t pos = 0;
  while (pos < key.size()) {
    size_t space = key.find(' ', pos);
    if (space == std::string::npos) space = key.size();
    std::string word = key.substr(pos, space - pos);
    pos = space + 1;
    if (word == "and") continue;
    const LexEntry* entry = Lookup("number", word);
    if (!entry) entry = Lookup("article", word);  // "a year"
    if (!entry) return std::nullopt;
    any = true;
    if (entry->value == 100) {
      current = std::max(current, 1) * 100;
    } else if (entry->value >= 1000) {
      total += std::max(current, 1) * entry->value;
      current = 0;
    } else {
      current += entry->value;
    }
  }
  if (!any) return std::nullopt;
  return total + current;
}

std::optional<int> DateExtractor::Compiled::Ordinal(std::string_view text) const {
  // "13th", "3rd", "13": digits with an optional suffix; else a word.
  size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits > 0) return ParseInt(text.substr(0, digits));
  if (const LexEntry* entry = Lookup("ordinal", text)) return entry->value;
  return Number(text);
}

std::optional<int> DateExtractor::Compiled::Year(std::string_view text) const {
  std::string_view digits = text;
  while (!digits.empty() && (digits.front() == '\'' || digits.front() == ' ')) digits.remove_prefix(1);
  if (AllDigits(digits)) {
    int n = *ParseInt(digits);
    if (digits.size() == 2) return n >= 30 ? 1900 + n : 2000 + n;
    if (digits.size() == 4) return n;
    return std::nullopt;
  }
  // Spoken years: "nineteen ninety-six" = 19 * 100 + 96, "nineteen hundred".
  std::string key = LexKey(text);
  size_t space = key.find(' ');
  if (space == std::string::npos) return std::nullopt;
  auto century = Number(key.substr(0, space));
  std::string rest = key.substr(space + 1);
  if (!century || *century < 10 || *century > 20) return std::nullopt;
  if (rest == "hundred") return *century * 100;
  auto within = Number(rest);
  if (!within || *within < 1 || *within > 99) return std::nullopt;
  return *century * 100 + *within;
}

std::optional<int> DateExtractor::Compiled::IntArg(const Arg& arg,
                                                   Groups groups) const {
  std::optional<int> n;
  if (arg.group < 0) {
    std::string_view s = arg.literal;
    bool negative = !s.empty() && s[0] == '-';
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
    n = ParseInt(s);
    if (n && negative) n = -*n;
    return n;
  }
  std::string_view text = groups[arg.group];
  // A missing "this/next/last" means the unit containing the reference.
  if (text.empty()) return arg.kind == "rel" ? std::optional<int>(0) : std::nullopt;
  if (arg.kind == "num") {
    n = Number(text);
  } else if (arg.kind == "rel") {
    if (const LexEntry* entry = Lookup("rel", text)) n = entry->value;
  } else if (arg.kind == "day" || arg.kind == "quarter" || arg.kind == "century" ||
             arg.kind == "half") {
    n = Ordinal(text);
  } else if (arg.kind == "month") {
    if (auto digits = ParseInt(text)) {
      n = digits;
    } else if (const LexEntry* entry = Lookup("month", text)) {
      n = entry->value;
    }
  } else if (arg.kind == "year") {
    n = Year(text);
  } else if (const LexEntry* entry = Lookup(arg.kind, text)) {
    n = entry->value;
  } else {
    n = ParseInt(text);
  }
  if (n && arg.negate) n = -*n;
  return n;
}

std::optional<std::string> DateExtractor::Compiled::Format(
    const Arg& arg, Groups groups) const {
  if (arg.group < 0) return arg.literal;
  std::string_view text = groups[arg.group];
  if (text.empty()) return std::nullopt;
  const std::string& kind = arg.kind;
  if (kind == "year") {
    auto year = Year(text);
    if (!year) return std::nullopt;
    return dates::FormatYear(*year);
  }
  if (kind == "month" || kind == "day" || kind == "hour" || kind == "minute") {
    auto n = IntArg(arg, groups);
    if (!n) return std::nullopt;
    if (kind == "month" && (*n < 1 || *n > 12)) return std::nullopt;
    if (kind == "day" && (*n < 1 || *n > 31)) return std::nullopt;
    if (kind == "hour" && *n > 24) return std::nullopt;
    if (kind == "minute" && *n > 59) return std::nullopt;
    return dates::TwoDigits(*n);
  }
  if (kind == "decade") {
    // "1990s" -> "199", "'90s"/"90s" -> "199", "2030s" -> "203".
    std::string digits;
    for (char c : text) {
      if (c >= '0' && c <= '9') digits.push_back(c);
    }
    if (digits.size() == 2) digits = (digits[0] >= '3' ? "19" : "20") + digits;
    if (digits.size() != 4 || digits[3] != '0') return std::nullopt;
    return digits.substr(0, 3);
  }
  if (kind == "century") {
    auto n = Ordinal(text);
    if (!n || *n < 1 || *n > 99) return std::nullopt;
    return dates::TwoDigits(*n - 1);
  }
  if (kind == "num" || kind == "quarter" || kind == "weekday" || kind == "half") {
    auto n = IntArg(arg, groups);
    if (!n) return std::nullopt;
    return std::to_string(*n);
  }
  if (const LexEntry* entry = Lookup(kind, text)) {
    return entry->code.empty() ? std::to_string(entry->value) : entry->code;
  }
  return std::nullopt;
}

namespace {

// A unit code from the lexicon ("Y", "10Y" for decades) split in factor and letter.
bool SplitUnit(std::string_view code, int* factor, std::string* letter) {
  size_t digits = 0;
  while (digits < code.size() && code[digits] >= '0' && code[digits] <= '9') ++digits;
  *factor = digits ? *ParseInt(code.substr(0, digits)) : 1;
  *letter = std::string(code.substr(digits));
  return !letter->empty();
}

bool IsTimeUnit(const std::string& letter) { return letter == "H" || letter == "MIN" || letter == "S"; }

// How far a reading `delta` units from the reference is, for choosing the
// year of "13 May": plain distance, but the side the sentence's tense points
// away from counts half as much again (news report the past): in October,
// "in March" is this March.
int64_t TenseCost(int64_t delta, bool future) {
  int64_t distance = std::llabs(delta) * 2;
  bool against = future ? delta < 0 : delta > 0;
  return against ? distance * 3 / 2 + 1 : distance;
}

// The relative value of a reference that cannot be resolved.
std::string RelativeRef(int offset) {
  return offset == 0 ? "PRESENT_REF" : offset < 0 ? "PAST_REF" : "FUTURE_REF";
}

}  // namespace

std::optional<std::string> DateExtractor::Compiled::Call(const Piece& piece, bool whole,
                                                         Groups groups,
                                                         const EvalContext& context) const {
  const Fn f = piece.fn;
  const std::vector<Arg>& a = piece.args;
  auto arg_text = [&](size_t i) -> std::string_view {
    return a[i].group >= 0 ? groups[a[i].group] : std::string_view(a[i].literal);
  };
  auto optional_year = [&](size_t i) -> std::optional<int> {
    if (i >= a.size() || arg_text(i).empty()) return std::nullopt;
    return IntArg(a[i], groups);
  };
  const std::optional<CivilDate>& ref = context.ref;

  // An optional part that did not match ("early" in "early 2027") is empty.
  if (f == Fn::kCapture) return a[0].group >= 0 && groups[a[0].group].empty() ? std::string() : Format(a[0], groups);

  if (f == Fn::kDate || f == Fn::kNumdate) {
    // date(day, month, year?) ; numdate(first, second, year): order by style.
    auto first = IntArg(a[0], groups);
    auto second = IntArg(a[1], groups);
    if (!first || !second) return std::nullopt;
    int day = *first, month = *second;
    if (f == Fn::kNumdate) {
      bool month_first = context.us_style ? *first <= 12 : (*second > 12 && *first <= 12);
      if (month_first) std::swap(day, month);
    }
    if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
    std::optional<int> year;
    if (a.size() > 2 && !arg_text(2).empty()) {
      year = IntArg(a[2], groups);
      if (!year) return std::nullopt;
    }
    if (!year) {
      if (!ref) {
        if (day > dates::DaysInMonth(2000, month)) return std::nullopt;
        return "XXXX-" + dates::TwoDigits(month) + "-" + dates::TwoDigits(day);
      }
      // The year that puts the day nearest to the reference (SPEC 5).
      int64_t ref_days = dates::DaysFromCivil(*ref);
      int64_t best = -1, best_cost = 0;
      for (int y = ref->year - 1; y <= ref->year + 1; ++y) {
        CivilDate d{y, month, day};
        if (!dates::IsValid(d)) continue;
        int64_t cost = TenseCost(dates::DaysFromCivil(d) - ref_days, context.future);
        if (best < 0 || cost < best_cost) {
          best = dates::DaysFromCivil(d);
          best_cost = cost;
        }
      }
      if (best < 0) return std::nullopt;
      return dates::FormatDay(dates::CivilFromDays(best));
    }
    CivilDate d{*year, month, day};
    if (!dates::IsValid(d)) return std::nullopt;
    return dates::FormatDay(d);
  }

  if (f == Fn::kWeekof) {
    // weekof(day, month, year?): the ISO week holding the day that date()
    // gives ("the week of 10 April" -> "2023-W15"); SPEC 8a.
    Piece day = piece;
    day.fn = Fn::kDate;
    std::optional<std::string> value = Call(day, whole, groups, context);
    if (!value) return std::nullopt;
    std::optional<CivilDate> date = dates::ParseIsoDate(*value);
    return date ? dates::FormatIsoWeek(dates::DaysFromCivil(*date)) : "XXXX-WXX";
  }

  if (f == Fn::kMonth) {
    // month(month, year?) ; without a year the nearest such month.
    auto month = IntArg(a[0], groups);
    if (!month || *month < 1 || *month > 12) return std::nullopt;
    if (auto year = optional_year(1)) return dates::FormatMonth(*year, *month);
    if (a.size() > 1 && !arg_text(1).empty()) return std::nullopt;
    if (!ref) return "XXXX-" + dates::TwoDigits(*month);
    int best_year = ref->year;
    int64_t best_cost = -1;
    for (int y = ref->year - 1; y <= ref->year + 1; ++y) {
      int64_t cost = TenseCost((y * 12 + *month) - (ref->year * 12 + ref->month), context.future);
      if (best_cost < 0 || cost < best_cost) {
        best_cost = cost;
        best_year = y;
      }
    }
    return dates::FormatMonth(best_year, *month);
  }

  if (f == Fn::kRelmonth) {
    // relmonth(month, k): "last May" (k < 0) is the latest May before the
    // reference month, "next May" the earliest after, "this May" this year's.
    auto month = IntArg(a[0], groups);
    auto k = IntArg(a[1], groups);
    if (!month || !k) return std::nullopt;
    if (!ref) return "XXXX-" + dates::TwoDigits(*month);
    int year = ref->year;
    if (*k < 0 && *month >= ref->month) --year;
    if (*k > 0 && *month <= ref->month) ++year;
    return dates::FormatMonth(year, *month);
  }

  if (f == Fn::kRef) {
    // ref(unit, k): the unit containing the reference, shifted by k units,
    // written at the unit's granularity.
    std::optional<int> k = a.size() > 1 ? IntArg(a[1], groups) : std::optional<int>(0);
    if (!k) return std::nullopt;
    std::string code;
    if (a[0].group >= 0) {
      const LexEntry* entry = Lookup("unit", groups[a[0].group]);
      if (!entry) return std::nullopt;
      code = entry->code;
    } else {
      code = a[0].literal;
    }
    int factor;
    std::string letter;
    if (!SplitUnit(code, &factor, &letter)) return std::nullopt;
    int n = *k * factor;
    if (!ref) {
      if (whole) return RelativeRef(n);
      if (letter == "Y") return "XXXX";
      if (letter == "M") return "XXXX-XX";
      if (letter == "W") return "XXXX-WXX";
      return "XXXX-XX-XX";
    }
    int64_t days = dates::DaysFromCivil(*ref);
    if (letter == "D" || IsTimeUnit(letter)) {
      if (IsTimeUnit(letter)) n = 0;
      return dates::FormatDay(dates::CivilFromDays(days + n));
    }
    if (letter == "W") return dates::FormatIsoWeek(days + 7 * n);
    if (letter == "M") {
      CivilDate d = dates::AddMonths(*ref, n);
      return dates::FormatMonth(d.year, d.month);
    }
    if (letter == "Q") {
      int index = ref->year * 4 + (ref->month - 1) / 3 + n;
      return dates::FormatYear(index / 4) + "-Q" + std::to_string(index % 4 + 1);
    }
    if (letter == "Y") {
      int year = ref->year + n;
      // "this decade" names a decade ("202"); "two decades ago" a year.
      if (factor == 10 && std::abs(*k) <= 1 && a.size() > 1 && a[1].kind == "rel") {
        return dates::FormatYear(year).substr(0, 3);  // "the last decade" -> "201"
      }
      return dates::FormatYear(year);
    }
    return std::nullopt;
  }

  if (f == Fn::kWeekday) {
    // weekday(weekday, k): k = "tense" picks the nearest such day in the past
    // (or today), or in the future when the sentence speaks of the future.
    auto weekday = IntArg(a[0], groups);
    if (!weekday || *weekday < 1 || *weekday > 7) return std::nullopt;
    if (!ref) return "XXXX-WXX-" + std::to_string(*weekday);
    int64_t days = dates::DaysFromCivil(*ref);
    int today = dates::IsoWeekday(days);
    int direction = 0;
    if (a.size() > 1 && arg_text(1) == "tense") {
      direction = context.future ? 1 : -1;
      if (*weekday == today) return dates::FormatDay(*ref);
    } else if (a.size() > 1) {
      auto k = IntArg(a[1], groups);
      if (!k) return std::nullopt;
      direction = *k;
    }
    int64_t target;
    if (direction < 0) {
      int back = (today - *weekday + 7) % 7;
      target = days - (back == 0 ? 7 : back);
    } else if (direction > 0) {
      int ahead = (*weekday - today + 7) % 7;
      target = days + (ahead == 0 ? 7 : ahead);
    } else {
      target = days - today + *weekday;  // this week's
    }
    return dates::FormatDay(dates::CivilFromDays(target));
  }

  if (f == Fn::kSeason) {
    // season(season, k | year): the season's year; "last fall" is the latest
    // fall that has begun before the reference's season.
    const LexEntry* season = a[0].group >= 0 ? Lookup("season", groups[a[0].group]) : nullptr;
    if (!season) return std::nullopt;
    if (a.size() > 1 && a[1].kind == "year") {
      auto year = IntArg(a[1], groups);
      if (!year) return std::nullopt;
      return dates::FormatYear(*year) + "-" + season->code;
    }
    auto k = a.size() > 1 ? IntArg(a[1], groups) : std::optional<int>(0);
    if (!k) return std::nullopt;
    if (!ref) return "XXXX-" + season->code;
    int current = (ref->month % 12) / 3 + 1;  // 1 winter .. 4 fall, by meteorological season
    int index = season->value;                // same numbering in the lexicon
    int year = ref->year;
    if (*k < 0 && index >= current) --year;
    if (*k > 0 && index <= current) ++year;
    return dates::FormatYear(year) + "-" + season->code;
  }

  if (f == Fn::kQuarter) {
    auto q = IntArg(a[0], groups);
    if (!q || *q < 1 || *q > 4) return std::nullopt;
    std::string year;
    if (auto y = optional_year(1)) {
      year = dates::FormatYear(*y);
    } else if (a.size() > 1 && !arg_text(1).empty()) {
      return std::nullopt;
    } else {
      year = ref ? dates::FormatYear(ref->year) : "XXXX";
    }
    return year + "-Q" + std::to_string(*q);
  }

  if (f == Fn::kDur) {
    // dur(num | X, unit): "P3Y", "P10Y" for a decade, "PT5H", "PXY" for "years".
    std::string code;
    if (a[1].group >= 0) {
      const LexEntry* entry = Lookup("unit", groups[a[1].group]);
      if (!entry) return std::nullopt;
      code = entry->code;
    } else {
      code = a[1].literal;
    }
    int factor;
    std::string letter;
    if (!SplitUnit(code, &factor, &letter)) return std::nullopt;
    std::string prefix = IsTimeUnit(letter) ? "PT" : "P";
    std::string unit = letter == "MIN" ? "M" : letter;
    bool plural = a[1].group >= 0 && !arg_text(1).empty() && (arg_text(1).back() == 's' || arg_text(1).back() == 'S');
    if (a[0].group >= 0 && arg_text(0).empty() && !plural) {
      // "every week", "the past year": one unit.
    } else if (arg_text(0) == "X" || (a[0].group >= 0 && arg_text(0).empty())) {
      if (factor == 10) unit = "DE";
      if (factor == 100) unit = "CE";
      return prefix + "X" + unit;
    }
    auto n = a[0].group >= 0 && arg_text(0).empty() ? std::optional<int>(1) : IntArg(a[0], groups);
    if (!n || *n <= 0) return std::nullopt;
    // dur(num, unit, half...): "2 1/2 years", "a minute and a half": the half
    // is written in the next smaller unit, as TimeBank does ("P2Y6M", "PT1M30S").
    bool half = false;
    for (size_t i = 2; i < a.size(); ++i) half = half || (a[i].group >= 0 && !arg_text(i).empty());
    if (half && factor == 1) {
      static const std::map<std::string, std::string> kHalf = {
          {"Y", "6M"}, {"M", "15D"}, {"W", "3DT12H"}, {"D", "T12H"}, {"H", "30M"}, {"MIN", "30S"}};
      auto it = kHalf.find(letter);
      if (it != kHalf.end()) return prefix + std::to_string(*n) + unit + it->second;
    }
    // TimeBank writes quarters as such ("P2Q"); the default profile in months.
    if (unit == "Q" && !timeml) return prefix + std::to_string(*n * 3 * factor) + "M";
    return prefix + std::to_string(*n * factor) + unit;
  }

  if (f == Fn::kClock) {
    // clock(hour, minute?, ampm?): "5 p.m." -> "17", "10:30 a.m." -> "10:30", "5 p.m." -> "17:00".
    auto hour = IntArg(a[0], groups);
    if (!hour || *hour > 24) return std::nullopt;
    std::string ampm = a.size() > 2 ? LexKey(arg_text(2)) : "";
    ampm.erase(std::remove(ampm.begin(), ampm.end(), '.'), ampm.end());
    if (ampm == "pm" && *hour < 12) *hour += 12;
    if (ampm == "am" && *hour == 12) *hour = 0;
    if (!ampm.empty() && (*hour > 24 || std::stoi(std::string(arg_text(0))) > 12)) return std::nullopt;
    std::string out = dates::TwoDigits(*hour);
    out += ":" + (a.size() > 1 && !arg_text(1).empty() ? std::string(arg_text(1)) : "00");
    return out;
  }

  if (f == Fn::kNthweekday || f == Fn::kEaster) {
    // nthweekday(n, weekday, month, from?): the n-th such weekday on or after
    // day `from` (default 1) of the month, n = -1 the last ("Thanksgiving" is
    // nthweekday(4,4,11)); easter(): Easter Sunday (Gregorian computus). The
    // year is the one nearest the reference, the tense deciding as for "13 May".
    std::optional<int> n, weekday, month, from = 1;
    if (f == Fn::kNthweekday) {
      n = IntArg(a[0], groups);
      weekday = IntArg(a[1], groups);
      month = IntArg(a[2], groups);
      if (a.size() > 3) from = IntArg(a[3], groups);
      if (!n || !weekday || !month || !from || *n == 0 || *weekday < 1 || *weekday > 7 ||
          *month < 1 || *month > 12) {
        return std::nullopt;
      }
    }
    auto in_year = [&](int y) -> std::optional<CivilDate> {
      if (f == Fn::kEaster) {
        int g = y % 19, c = y / 100, h = (c - c / 4 - (8 * c + 13) / 25 + 19 * g + 15) % 30;
        int i = h - (h / 28) * (1 - (h / 28) * (29 / (h + 1)) * ((21 - g) / 11));
        int j = (y + y / 4 + i + 2 - c + c / 4) % 7;
        int l = i - j, m = 3 + (l + 40) / 44;
        return CivilDate{y, m, l + 28 - 31 * (m / 4)};
      }
      int64_t days;
      if (*n > 0) {
        int64_t first = dates::DaysFromCivil({y, *month, *from});
        days = first + (*weekday - dates::IsoWeekday(first) + 7) % 7 + 7 * (*n - 1);
      } else {
        int64_t last = dates::DaysFromCivil({y, *month, dates::DaysInMonth(y, *month)});
        days = last - (dates::IsoWeekday(last) - *weekday + 7) % 7;
      }
      CivilDate d = dates::CivilFromDays(days);
      if (d.month != *month) return std::nullopt;
      return d;
    };
    if (!ref) return std::nullopt;
    int64_t ref_days = dates::DaysFromCivil(*ref);
    std::optional<CivilDate> best;
    int64_t best_cost = 0;
    for (int y = ref->year - 1; y <= ref->year + 1; ++y) {
      auto d = in_year(y);
      if (!d) continue;
      int64_t cost = TenseCost(dates::DaysFromCivil(*d) - ref_days, context.future);
      if (!best || cost < best_cost) {
        best = d;
        best_cost = cost;
      }
    }
    if (!best) return std::nullopt;
    return dates::FormatDay(*best);
  }

  if (f == Fn::kWeekend) {
    // weekend(k | tense): the weekend of the reference's ISO week shifted by
    // k; "tense" reads "the weekend" as the nearest one: on a weekday, in a
    // past-tense sentence, the one just gone (the previous ISO week's).
    if (!ref) return std::string("XXXX-WXX-WE");
    int64_t days = dates::DaysFromCivil(*ref);
    int k = 0;
    if (arg_text(0) == "tense") {
      k = context.future || dates::IsoWeekday(days) >= 6 ? 0 : -1;
    } else if (auto n = IntArg(a[0], groups)) {
      k = *n;
    } else {
      return std::nullopt;
    }
    return dates::FormatIsoWeek(days + 7 * k) + "-WE";
  }

  if (f == Fn::kQuarterof) {
    // quarterof(year): "the 1988 quarter" is the quarter last named, in 1988.
    auto year = IntArg(a[0], groups);
    if (!year) return std::nullopt;
    if (!context.last_quarter) return dates::FormatYear(*year);
    return dates::FormatYear(*year) + "-Q" + std::to_string(*context.last_quarter % 4 + 1);
  }

  if (f == Fn::kMentioned) {
    // mentioned(unit, k, fallback): the latest quarter named before in the
    // document shifted by k units (Y or Q); with none, ref(unit, fallback).
    // TimeML values "a year earlier" in a results story as the quarter
    // under discussion a year back ("1988-Q3"), not the bare year.
    auto k = IntArg(a[1], groups);
    if (!k || a[0].group >= 0 || (a[0].literal != "Y" && a[0].literal != "Q")) return std::nullopt;
    if (context.last_quarter && ref) {
      int index = *context.last_quarter + (a[0].literal == "Y" ? 4 : 1) * *k;
      return dates::FormatYear(index / 4) + "-Q" + std::to_string(index % 4 + 1);
    }
    Piece fallback{"", Fn::kRef, {a[0], a.size() > 2 ? a[2] : a[1]}};
    return Call(fallback, whole, groups, context);
  }

  if (f == Fn::kThen) {
    // then(unit, k): as ref(unit, k), but counted from the latest date named
    // before that is precise enough for the unit ("In March ... the following
    // month" is April); with none, from the reference.
    if (a.size() != 2) return std::nullopt;
    const LexEntry* unit = a[0].group >= 0 ? Lookup("unit", groups[a[0].group]) : nullptr;
    int factor;
    std::string letter;
    if (!SplitUnit(unit ? unit->code : a[0].literal, &factor, &letter)) return std::nullopt;
    const std::optional<CivilDate>& named = letter == "Y"                    ? context.named_year
                                            : letter == "M" || letter == "Q" ? context.named_month
                                                                             : context.named_day;
    Piece shifted{"", Fn::kRef, {a[0], a[1]}};
    if (!named) return Call(shifted, whole, groups, context);
    EvalContext from = context;
    from.ref = named;
    return Call(shifted, whole, groups, from);
  }

  if (f == Fn::kRefyear) {
    // The reference's year, or XXXX: "the third quarter" -> "2025-Q3".
    return ref ? dates::FormatYear(ref->year) : std::string("XXXX");
  }
  return std::nullopt;
}

std::optional<std::string> DateExtractor::Compiled::Evaluate(
    const Template& tmpl, Groups groups,
    const EvalContext& context) const {
  std::string out;
  bool whole = tmpl.pieces.size() == 1;
  for (const Piece& piece : tmpl.pieces) {
    if (piece.fn == Fn::kLiteral) {
      out += piece.literal;
      continue;
    }
    auto part = Call(piece, whole, groups, context);
    if (!part) return std::nullopt;
    out += *part;
  }
  return out;
}

namespace {

constexpr std::pair<std::string_view, Fn> kFunctions[] = {
    {"date", Fn::kDate},
    {"numdate", Fn::kNumdate},
    {"month", Fn::kMonth},
    {"relmonth", Fn::kRelmonth},
    {"ref", Fn::kRef},
    {"weekday", Fn::kWeekday},
    {"season", Fn::kSeason},
    {"quarter", Fn::kQuarter},
    {"dur", Fn::kDur},
    {"refyear", Fn::kRefyear},
    {"clock", Fn::kClock},
    {"mentioned", Fn::kMentioned},
    {"quarterof", Fn::kQuarterof},
    {"weekend", Fn::kWeekend},
    {"nthweekday", Fn::kNthweekday},
    {"easter", Fn::kEaster},
    {"then", Fn::kThen},
    {"weekof", Fn::kWeekof},
};

// Parses "{date(day,month,year)}-{part}" against the pattern's named groups.
bool ParseTemplate(const std::string& text, const std::map<std::string, int>& groups,
                   Template* out, std::string* error) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t open = text.find('{', pos);
    if (open == std::string::npos) {
      out->pieces.push_back({text.substr(pos), Fn::kLiteral, {}});
      break;
    }
    if (open > pos) out->pieces.push_back({text.substr(pos, open - pos), Fn::kLiteral, {}});
    size_t close = text.find('}', open);
    if (close == std::string::npos) {
      *error = "unclosed '{' in template \"" + text + "\"";
      return false;
    }
    std::string inner = text.substr(open + 1, close - open - 1);
    pos = close + 1;
    Piece piece;
    std::vector<std::string> names;
    size_t paren = inner.find('(');
    if (paren == std::string::npos) {
      piece.fn = Fn::kCapture;
      names.push_back(inner);
    } else {
      if (inner.back() != ')') {
        *error = "bad call \"" + inner + "\" in template";
        return false;
      }
      std::string_view name = std::string_view(inner).substr(0, paren);
      auto known = std::find_if(std::begin(kFunctions), std::end(kFunctions),
                                [&](const auto& entry) { return entry.first == name; });
      if (known == std::end(kFunctions)) {
        *error = "unknown template function \"" + std::string(name) + "\"";
        return false;
      }
      piece.fn = known->second;
      std::string list = inner.substr(paren + 1, inner.size() - paren - 2);
      size_t p = 0;
      while (p <= list.size() && !list.empty()) {
        size_t comma = list.find(',', p);
        if (comma == std::string::npos) comma = list.size();
        std::string name = list.substr(p, comma - p);
        name.erase(0, name.find_first_not_of(' '));
        name.erase(name.find_last_not_of(' ') + 1);
        names.push_back(name);
        p = comma + 1;
      }
    }
    for (const std::string& name : names) {
      Arg arg;
      std::string bare = !name.empty() && name[0] == '-' ? name.substr(1) : name;
      auto it = groups.find(bare);
      if (it != groups.end()) {
        arg.group = it->second;
        arg.kind = KindOf(bare);
        arg.negate = bare != name;
      } else if (piece.fn == Fn::kCapture) {
        *error = "template names a capture group the pattern does not have: \"" + name + "\"";
        return false;
      } else if (!name.empty() && (std::isalpha(static_cast<unsigned char>(name[0])) ||
                                   std::isalpha(static_cast<unsigned char>(bare[0]))) &&
                 name != "tense" && name != "X" && Upper(name) != name) {
        *error = "template names a capture group the pattern does not have: \"" + name + "\"";
        return false;
      } else {
        arg.literal = name;
      }
      piece.args.push_back(arg);
    }
    out->pieces.push_back(std::move(piece));
  }
  return true;
}

bool HasDigit(std::string_view s) {
  for (char c : s) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

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

struct MacroWords {
  std::vector<std::string> all;         // names and abbreviations (regex)
  std::vector<std::string> names_only;  // names (regex)
};

std::string AlternationOf(std::vector<std::string> alternatives) {
  std::sort(alternatives.begin(), alternatives.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  alternatives.erase(std::unique(alternatives.begin(), alternatives.end()), alternatives.end());
  std::string out = "(?:";
  for (size_t i = 0; i < alternatives.size(); ++i) {
    if (i) out += "|";
    out += alternatives[i];
  }
  return out + ")";
}

// A lexicon word as a regex: spaces match any white space (hard-wrapped
// text), case-sensitive words also match in capitals ("MAY 12, 2025").
std::vector<std::string> WordRegexes(const std::string& word, bool case_sensitive, bool abbreviation) {
  auto quote = [&](const std::string& w) {
    std::string q;
    for (char c : w) {
      if (c == ' ') {
        q += "\\s+";
      } else if (c == '-') {
        q += "[- ]?";
      } else {
        q += RE2::QuoteMeta(std::string(1, c));
      }
    }
    if (abbreviation) q += "\\.?";
    return q;
  };
  if (case_sensitive) return {quote(word), quote(Upper(word))};
  return {"(?i:" + quote(word) + ")"};
}

}  // namespace

DateExtractor::DateExtractor(std::unique_ptr<const Compiled> compiled)
    : compiled_(std::move(compiled)) {}
DateExtractor::~DateExtractor() = default;

namespace {

using Macros = std::map<std::string, MacroWords>;  // "MONTH" -> words

// The lexicon's words: their numbers and codes, the regexes of the {KIND}
// macros, and the word flags (anchors, future-tense and reporting verbs).
void CompileLexicon(const std::vector<rules::DateLexiconRule>& lexicon, DateExtractor::Compiled* compiled,
                    Macros* macros) {
  for (const rules::DateLexiconRule& rule : lexicon) {
    LexEntry entry;
    if (rule.value) entry.value = *rule.value;
    entry.code = rule.code;
    const std::string& kind = rule.kind;
    MacroWords& macro = (*macros)[Upper(kind)];
    auto add = [&](const std::string& word, bool abbreviation) {
      compiled->lexicon[kind][LexKey(word)] = entry;
      for (std::string& re : WordRegexes(word, rule.case_sensitive, abbreviation)) {
        if (!abbreviation) macro.names_only.push_back(re);
        macro.all.push_back(std::move(re));
      }
      std::vector<Token> tokens;
      match::Tokenize(word, 0, &tokens);
      if (tokens.empty()) return;
      if (kind == "future" || kind == "report") {
        compiled->words.Add(tokens.back().folded_hash, kind == "future" ? WordFlags::kFuture : WordFlags::kReport);
      } else if (rule.anchor) {
        compiled->words.Add(tokens[0].folded_hash, WordFlags::kAnchor);
      }
    };
    for (const std::string& word : rule.words) add(word, false);
    for (const std::string& word : rule.abbreviations) add(word, true);
  }
}

// `source` with its {MACRO}s expanded; a brace not followed by an upper-case
// name is regex syntax. Nullopt (and `error`) for an unknown macro.
std::optional<std::string> ExpandMacros(const std::string& source, const Macros& macros, std::string* error) {
  std::string expanded;
  for (size_t i = 0; i < source.size();) {
    if (source[i] == '{' && i + 1 < source.size() && source[i + 1] >= 'A' && source[i + 1] <= 'Z') {
      size_t close = source.find('}', i);
      std::string name = close == std::string::npos ? "" : source.substr(i + 1, close - i - 1);
      bool names_only = name.size() > 5 && name.substr(name.size() - 5) == "_NAME";
      std::string kind = names_only ? name.substr(0, name.size() - 5) : name;
      auto it = macros.find(kind);
      if (it == macros.end()) {
        *error = "unknown macro {" + name + "} (no lexicon kind \"" + Lower(kind) + "\")";
        return std::nullopt;
      }
      expanded += AlternationOf(names_only ? it->second.names_only : it->second.all);
      i = close + 1;
    } else {
      expanded.push_back(source[i++]);
    }
  }
  return expanded;
}

// A pattern's examples must match it and hold an anchor word (text is only
// searched around anchors); its counter-examples must not match in full.
void CheckPatternExamples(const rules::DatePatternRule& rule, const RE2& re, const WordFlags& words,
                          rules::CompileContext& context) {
  for (const std::string& example : rule.examples) {
    if (!RE2::PartialMatch(example, re)) {
      context.Error(rule.where, "example \"" + example + "\" does not match the pattern");
    }
    std::vector<Token> tokens;
    match::Tokenize(example, 0, &tokens);
    bool anchored = false;
    for (const Token& t : tokens) {
      std::string_view word = std::string_view(example).substr(t.span.begin, t.span.size());
      anchored = anchored || t.kind == Token::Kind::kNumber || HasDigit(word) ||
                 (t.kind == Token::Kind::kWord && (words.Get(t.folded_hash) & WordFlags::kAnchor));
    }
    if (!anchored) {
      context.Error(rule.where, "example \"" + example +
                                    "\" holds no anchor word (add one to the lexicon, kind anchor)");
    }
  }
  for (const std::string& example : rule.counter_examples) {
    if (!rule.counter && RE2::FullMatch(example, re)) {
      context.Error(rule.where, "counter-example \"" + example + "\" matches the pattern in full");
    }
  }
}

// The outputs of a date pattern: their templates parsed against the
// pattern's capture groups, and what the templates ask of the document.
bool CompileOutputs(const rules::DatePatternRule& rule, Pattern* pattern, rules::CompileContext& context) {
  const std::map<std::string, int>& groups = pattern->re->NamedCapturingGroups();
  pattern->priority = rule.priority;
  pattern->style = rule.style;
  for (const rules::DateOutputRule& output : rule.outputs) {
    Output& out = pattern->outputs.emplace_back();
    out.type = output.type;
    std::string error;
    if (!ParseTemplate(output.value, groups, &out.value, &error) ||
        !ParseTemplate(output.mod, groups, &out.mod, &error)) {
      context.Error(rule.where, error);
      return false;
    }
    if (!output.span.empty()) {
      auto it = groups.find(output.span);
      if (it == groups.end()) {
        context.Error(rule.where, "\"span\" names no capture group of the pattern: " + output.span);
        return false;
      }
      out.span_group = it->second;
    }
  }
  for (const Output& out : pattern->outputs) {
    for (const Piece& piece : out.value.pieces) {
      for (const Arg& arg : piece.args) {
        if (arg.literal == "tense" || piece.fn == Fn::kDate || piece.fn == Fn::kMonth) {
          pattern->uses_tense = true;
        }
        if (piece.fn == Fn::kMentioned || piece.fn == Fn::kQuarterof) pattern->anaphoric = true;
        if (piece.fn == Fn::kWeekend || piece.fn == Fn::kNthweekday || piece.fn == Fn::kEaster) {
          pattern->uses_tense = true;
        }
      }
    }
  }
  return true;
}

}  // namespace

std::unique_ptr<const DateExtractor> DateExtractor::Compile(rules::CompileContext& context) {
  auto compiled = std::make_unique<Compiled>();
  compiled->timeml = context.timeml();
  rules::DateRules parsed = rules::ParseDateRules(context);
  Macros macros;
  CompileLexicon(parsed.lexicon, compiled.get(), &macros);

  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(true);
  auto set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (const rules::DatePatternRule& rule : parsed.patterns) {
    std::string error;
    std::optional<std::string> expanded = ExpandMacros(rule.pattern, macros, &error);
    if (!expanded) {
      context.Error(rule.where, error);
      continue;
    }
    Pattern pattern;
    pattern.id = rule.id;
    pattern.counter = rule.counter;
    pattern.re = std::make_unique<RE2>(*expanded, options);
    if (!pattern.re->ok()) {
      context.Error(rule.where, "bad pattern: " + pattern.re->error());
      continue;
    }
    CheckPatternExamples(rule, *pattern.re, compiled->words, context);
    if (!rule.counter && !CompileOutputs(rule, &pattern, context)) continue;
    // Profile-specific rules are validated in every profile but used in one.
    if (!rule.profile.empty() && (rule.profile == "timeml") != compiled->timeml) continue;
    pattern.veto_by_group = pattern.outputs.size() == 1 && pattern.outputs[0].span_group >= 0;
    if (set->Add(*expanded, &error) < 0) {
      context.Error(rule.where, "bad pattern: " + error);
      continue;
    }
    compiled->patterns.push_back(std::move(pattern));
  }
  if (!set->Compile()) context.Error("rules/dates", "the date patterns do not compile as a set");
  compiled->set = std::move(set);
  return std::unique_ptr<const DateExtractor>(new DateExtractor(std::move(compiled)));
}


// Every candidate of every pattern in tokens [first, end) of the document.
static void CollectCandidates(const DateExtractor::Compiled& c, const Document& doc, size_t first,
                              size_t end, std::vector<Candidate>* out,
                              std::vector<std::string_view>* pool) {
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
  std::vector<int> hits;
  std::vector<re2::StringPiece> groups;
  std::vector<Candidate> found;
  std::vector<std::pair<uint32_t, uint32_t>> vetoes;
  // Reads the groups of `pattern`'s match [b, e) of `window` into the pool.
  auto read_groups = [&](const RE2& re, std::string_view window, size_t b, size_t e,
                         Candidate* cand) {
    int ngroups = re.NumberOfCapturingGroups() + 1;
    groups.assign(ngroups, re2::StringPiece());
    re.Match(window, b, e, RE2::ANCHOR_BOTH, groups.data(), ngroups);
    cand->groups_begin = static_cast<uint32_t>(pool->size());
    cand->groups_size = static_cast<uint32_t>(ngroups);
    for (const auto& g : groups) {
      pool->push_back(g.data() ? std::string_view(g.data(), g.size()) : std::string_view());
    }
  };
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
          vetoes.push_back({b, e});
        } else if (e > b) {
          Candidate cand{b, e, static_cast<uint32_t>(index), base, limit};
          if (pattern.veto_by_group) read_groups(re, window, mb, me, &cand);
          found.push_back(cand);
        }
        pos = me > pos ? me : pos + 1;
      }
    }
  }
  // Counter matches sorted by start, with the running maximum of their ends:
  // the ones starting before a date's end overlap it when that maximum passes
  // its start (no pairwise loop: hostile input has hundreds of thousands).
  std::sort(vetoes.begin(), vetoes.end());
  std::vector<uint32_t> veto_reach(vetoes.size());
  for (size_t i = 0; i < vetoes.size(); ++i) {
    veto_reach[i] = std::max(vetoes[i].second, i ? veto_reach[i - 1] : 0u);
  }
  for (Candidate& cand : found) {
    // A counter-pattern vetoes the date itself: the context a pattern reads
    // around its span ("$2 million" before "a year") may be a counter match.
    uint32_t begin = cand.begin, end = cand.end;
    const Pattern& pattern = c.patterns[cand.pattern];
    if (pattern.veto_by_group && !cand.groups(*pool)[pattern.outputs[0].span_group].empty()) {
      std::string_view g = cand.groups(*pool)[pattern.outputs[0].span_group];
      begin = static_cast<uint32_t>(g.data() - doc.text.data());
      end = begin + static_cast<uint32_t>(g.size());
    }
    size_t before_end = std::lower_bound(vetoes.begin(), vetoes.end(), std::make_pair(end, 0u)) -
                        vetoes.begin();
    bool vetoed = before_end > 0 && veto_reach[before_end - 1] > begin;
    if (!vetoed) out->push_back(std::move(cand));
  }
  // Leftmost-longest, higher priority first among equals.
  std::sort(out->begin(), out->end(), [&](const Candidate& a, const Candidate& b) {
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
  for (const Candidate& cand : *out) {
    auto next = taken.lower_bound(cand.end);
    if (next != taken.begin() && std::prev(next)->second > cand.begin) continue;
    taken.emplace_hint(next, cand.begin, cand.end);
    kept.push_back(cand);
  }
  std::sort(kept.begin(), kept.end(),
            [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  // The groups of the kept matches: the same parse an unanchored search
  // makes, as RE2 reads a match's groups on its bounds in its text.
  for (Candidate& cand : kept) {
    if (cand.groups_size != 0) continue;
    std::string_view window =
        std::string_view(doc.text).substr(cand.window_begin, cand.window_end - cand.window_begin);
    read_groups(*c.patterns[cand.pattern].re, window, cand.begin - cand.window_begin,
                cand.end - cand.window_begin, &cand);
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
      if (!value || !mod) {
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
      // "the X of DATE" ("the end of 2027"); TimeML keeps it.
      if (!c.timeml) {
        text = doc.View(span);
        if (text.size() > 4 && (text.substr(0, 4) == "the " || text.substr(0, 4) == "The ") &&
            text.find(" of ") == std::string_view::npos) {
          span.begin += 4;
        }
      }
      made.push_back({span, out.type, std::move(*value), std::move(*mod), pattern.id});
    }
    if (!ok) continue;
    for (DateExpr& d : made) {
      if (auto q = QuarterIndex(d.value); q && !pattern.anaphoric) context.last_quarter = q;
      if (d.type == "DURATION" && SpansQuarters(d.value)) context.last_quarter.reset();
      if (d.type == "DATE" || d.type == "TIME") NoteNamed(d.value, &context);
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
