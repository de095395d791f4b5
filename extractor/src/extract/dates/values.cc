// Value templates -> TIMEX3 values: the capture kinds (numbers, ordinals,
// years, lexicon codes) and the template functions, against the document's
// reference date and what it named before (EvalContext).
#include <algorithm>
#include <array>
#include <string>

#include "extract/dates/compiled.h"

namespace communique {

using dates::AllDigits;
using dates::Arg;
using dates::CivilDate;
using dates::EvalContext;
using dates::Fn;
using dates::Groups;
using dates::LexEntry;
using dates::LexKey;
using dates::ParseInt;
using dates::Piece;
using dates::Template;

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
  // Spoken years: "two thousand and twenty-five" (a number from 1000 on),
  // "nineteen ninety-six" = 19 * 100 + 96, "nineteen hundred".
  if (auto n = Number(text); n && *n >= 1000 && *n <= 2999) return n;
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

// One call of a template function: the piece, the captures of its match and
// what the document tells about dates. Each function is one handler below;
// Call picks it from a table indexed by the function, built at compile time.
struct Invocation {
  using Handler = std::optional<std::string> (Invocation::*)() const;

  const DateExtractor::Compiled& rules;
  const Piece& piece;
  const std::vector<Arg>& a;  // piece.args
  bool whole;                 // the piece is the whole template
  Groups groups;
  const EvalContext& context;
  const std::optional<CivilDate>& ref;  // context.ref

  std::string_view arg_text(size_t i) const {
    return a[i].group >= 0 ? groups[a[i].group] : std::string_view(a[i].literal);
  }
  std::optional<int> optional_year(size_t i) const {
    if (i >= a.size() || arg_text(i).empty()) return std::nullopt;
    return IntArg(a[i], groups);
  }
  std::optional<int> IntArg(const Arg& arg, Groups g) const { return rules.IntArg(arg, g); }
  const LexEntry* Lookup(const std::string& kind, std::string_view text) const {
    return rules.Lookup(kind, text);
  }
  // A unit argument split in factor and letter: its capture's lexicon code
  // as `kind` ("decades" -> "10Y"), or its literal; false when neither reads.
  bool UnitArg(const Arg& arg, const std::string& kind, int* factor, std::string* letter) const {
    std::string_view code = arg.literal;
    if (arg.group >= 0) {
      const LexEntry* entry = Lookup(kind, groups[arg.group]);
      if (!entry) return false;
      code = entry->code;
    }
    return SplitUnit(code, factor, letter);
  }
  // Another function evaluated for this one (weekof is date's week, ...).
  std::optional<std::string> Call(const Piece& other, const EvalContext& in) const {
    return rules.Call(other, whole, groups, in);
  }

  std::optional<std::string> Capture() const;
  std::optional<std::string> Date() const;
  std::optional<std::string> Weekof() const;
  std::optional<std::string> Month() const;
  std::optional<std::string> Relmonth() const;
  std::optional<std::string> Ref() const;
  std::optional<std::string> Weekday() const;
  std::optional<std::string> Season() const;
  std::optional<std::string> Quarter() const;
  std::optional<std::string> Dur() const;
  std::optional<std::string> Clock() const;
  std::optional<std::string> NthweekdayOrEaster() const;
  std::optional<std::string> Weekend() const;
  std::optional<std::string> Quarterof() const;
  std::optional<std::string> Mentioned() const;
  std::optional<std::string> Then() const;
  std::optional<std::string> Refyear() const;
  std::optional<std::string> Nothing() const { return std::nullopt; }
};

std::optional<std::string> Invocation::Capture() const {
  // An optional part that did not match ("early" in "early 2027") is empty.
  return a[0].group >= 0 && groups[a[0].group].empty() ? std::string() : rules.Format(a[0], groups);
}

std::optional<std::string> Invocation::Date() const {
  // date(day, month, year?) ; numdate(first, second, year): order by style.
  auto first = IntArg(a[0], groups);
  auto second = IntArg(a[1], groups);
  if (!first || !second) return std::nullopt;
  int day = *first, month = *second;
  if (piece.fn == Fn::kNumdate) {
    bool month_first = context.us_style ? *first <= 12 : (*second > 12 && *first <= 12);
    if (month_first) std::swap(day, month);
  }
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  std::optional<int> year;
  if (a.size() > 2 && !arg_text(2).empty()) {
    year = IntArg(a[2], groups);
    if (!year) return std::nullopt;
  }
  // A narrative set in another year goes on in it (EvalContext::scene); a
  // clause about the future has left the story ("In March 2024 they signed
  // it. On April 3, the leaders will meet again": next April 3).
  const std::optional<CivilDate>& scene = context.scene;
  if (!year && scene && !context.future && (month == scene->month || month == scene->month % 12 + 1)) {
    year = scene->year + (month < scene->month);
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

std::optional<std::string> Invocation::Weekof() const {
  // weekof(day, month, year?): the ISO week holding the day that date()
  // gives ("the week of 10 April" -> "2023-W15"); SPEC 8a.
  Piece day = piece;
  day.fn = Fn::kDate;
  std::optional<std::string> value = Call(day, context);
  if (!value) return std::nullopt;
  std::optional<CivilDate> date = dates::ParseIsoDate(*value);
  return date ? dates::FormatIsoWeek(dates::DaysFromCivil(*date)) : "XXXX-WXX";
}

std::optional<std::string> Invocation::Month() const {
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

std::optional<std::string> Invocation::Relmonth() const {
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

std::optional<std::string> Invocation::Ref() const {
  // ref(unit, k): the unit containing the reference, shifted by k units,
  // written at the unit's granularity.
  std::optional<int> k = a.size() > 1 ? IntArg(a[1], groups) : std::optional<int>(0);
  if (!k) return std::nullopt;
  int factor;
  std::string letter;
  if (!UnitArg(a[0], "unit", &factor, &letter)) return std::nullopt;
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
    // "this decade" names a decade ("202"), "this century" a century ("20");
    // "two decades ago" a year.
    if ((factor == 10 || factor == 100) && std::abs(*k) <= 1 && a.size() > 1 &&
        a[1].kind == "rel") {
      // "the last decade" -> "201", "the next century" -> "21"
      return dates::FormatYear(year).substr(0, factor == 10 ? 3 : 2);
    }
    return dates::FormatYear(year);
  }
  return std::nullopt;
}

std::optional<std::string> Invocation::Weekday() const {
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

std::optional<std::string> Invocation::Season() const {
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

std::optional<std::string> Invocation::Quarter() const {
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

std::optional<std::string> Invocation::Dur() const {
  // dur(num | X, unit): "P3Y", "P10Y" for a decade, "PT5H", "PXY" for "years".
  // The unit's group is read by its kind: unit, or fraction ("half an hour").
  int factor;
  std::string letter;
  if (!UnitArg(a[1], a[1].kind, &factor, &letter)) return std::nullopt;
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
  if (unit == "Q" && !rules.timeml) return prefix + std::to_string(*n * 3 * factor) + "M";
  return prefix + std::to_string(*n * factor) + unit;
}

std::optional<std::string> Invocation::Clock() const {
  // clock(hour, minute?, ampm?): "5 p.m." -> "17", "10:30 a.m." -> "10:30", "5 p.m." -> "17:00".
  auto hour = IntArg(a[0], groups);
  if (!hour || *hour > 24) return std::nullopt;
  std::string ampm = a.size() > 2 ? LexKey(arg_text(2)) : "";
  ampm.erase(std::remove(ampm.begin(), ampm.end(), '.'), ampm.end());
  // "4 in the morning", "5 in the afternoon": the part of day says which half.
  if (const LexEntry* part = Lookup("part", ampm)) ampm = part->code == "MO" ? "am" : "pm";
  if (ampm == "pm" && *hour < 12) *hour += 12;
  if (ampm == "am" && *hour == 12) *hour = 0;
  if (!ampm.empty() && (*hour > 24 || std::stoi(std::string(arg_text(0))) > 12)) return std::nullopt;
  std::string out = dates::TwoDigits(*hour);
  out += ":" + (a.size() > 1 && !arg_text(1).empty() ? std::string(arg_text(1)) : "00");
  return out;
}

std::optional<std::string> Invocation::NthweekdayOrEaster() const {
  // nthweekday(n, weekday, month, from?): the n-th such weekday on or after
  // day `from` (default 1) of the month, n = -1 the last ("Thanksgiving" is
  // nthweekday(4,4,11)); easter(): Easter Sunday (Gregorian computus). The
  // year is the one nearest the reference, the tense deciding as for "13 May".
  std::optional<int> n, weekday, month, from = 1;
  if (piece.fn == Fn::kNthweekday) {
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
    if (piece.fn == Fn::kEaster) {
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

std::optional<std::string> Invocation::Weekend() const {
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

std::optional<std::string> Invocation::Quarterof() const {
  // quarterof(year): "the 1988 quarter" is the quarter last named, in 1988.
  auto year = IntArg(a[0], groups);
  if (!year) return std::nullopt;
  if (!context.last_quarter) return dates::FormatYear(*year);
  return dates::FormatYear(*year) + "-Q" + std::to_string(*context.last_quarter % 4 + 1);
}

std::optional<std::string> Invocation::Mentioned() const {
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
  return Call(fallback, context);
}

std::optional<std::string> Invocation::Then() const {
  // then(unit, k): as ref(unit, k), but counted from the latest date named
  // before that is precise enough for the unit ("In March ... the following
  // month" is April); with none, from the reference.
  if (a.size() != 2) return std::nullopt;
  int factor;
  std::string letter;
  if (!UnitArg(a[0], "unit", &factor, &letter)) return std::nullopt;
  const std::optional<CivilDate>& named = letter == "Y"                    ? context.named_year
                                          : letter == "M" || letter == "Q" ? context.named_month
                                                                           : context.named_day;
  Piece shifted{"", Fn::kRef, {a[0], a[1]}};
  if (!named) return Call(shifted, context);
  EvalContext from = context;
  from.ref = named;
  return Call(shifted, from);
}

std::optional<std::string> Invocation::Refyear() const {
  // The reference's year, or XXXX: "the third quarter" -> "2025-Q3".
  return ref ? dates::FormatYear(ref->year) : std::string("XXXX");
}

}  // namespace

std::optional<std::string> DateExtractor::Compiled::Call(const Piece& piece, bool whole,
                                                         Groups groups,
                                                         const EvalContext& context) const {
  using Handler = Invocation::Handler;
  static constexpr auto kHandlers = [] {
    std::array<Handler, static_cast<size_t>(Fn::kCount)> table{};
    auto set = [&](Fn f, Handler h) { table[static_cast<size_t>(f)] = h; };
    set(Fn::kLiteral, &Invocation::Nothing);  // Evaluate writes literals itself
    set(Fn::kCapture, &Invocation::Capture);
    set(Fn::kDate, &Invocation::Date);
    set(Fn::kNumdate, &Invocation::Date);
    set(Fn::kWeekof, &Invocation::Weekof);
    set(Fn::kMonth, &Invocation::Month);
    set(Fn::kRelmonth, &Invocation::Relmonth);
    set(Fn::kRef, &Invocation::Ref);
    set(Fn::kWeekday, &Invocation::Weekday);
    set(Fn::kSeason, &Invocation::Season);
    set(Fn::kQuarter, &Invocation::Quarter);
    set(Fn::kDur, &Invocation::Dur);
    set(Fn::kClock, &Invocation::Clock);
    set(Fn::kNthweekday, &Invocation::NthweekdayOrEaster);
    set(Fn::kEaster, &Invocation::NthweekdayOrEaster);
    set(Fn::kWeekend, &Invocation::Weekend);
    set(Fn::kQuarterof, &Invocation::Quarterof);
    set(Fn::kMentioned, &Invocation::Mentioned);
    set(Fn::kThen, &Invocation::Then);
    set(Fn::kRefyear, &Invocation::Refyear);
    return table;
  }();
  static_assert(std::ranges::none_of(kHandlers, [](Handler h) { return h == nullptr; }),
                "every template function needs a handler");
  const Invocation call{*this, piece, piece.args, whole, groups, context, context.ref};
  return (call.*kHandlers[static_cast<size_t>(piece.fn)])();
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
    // A call whose captures all did not match is an alternative the
    // pattern did not take ("{date(day,month)}{date(day2,month2)}" for
    // either order): it adds nothing.
    bool untaken = std::ranges::any_of(piece.args, [](const Arg& a) { return a.group >= 0; }) &&
                   std::ranges::all_of(piece.args, [&](const Arg& a) {
                     return a.group < 0 || groups[a.group].empty();
                   });
    if (untaken) continue;
    auto part = Call(piece, whole, groups, context);
    if (!part) return std::nullopt;
    out += *part;
  }
  return out;
}

}  // namespace communique
