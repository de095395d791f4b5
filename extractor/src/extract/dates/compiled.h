// The dates stage's immutable rule set (DateExtractor::Compiled) and the
// types it is made of, shared by the stage's parts:
//   compile.cc  rules/dates/ -> Compiled (lexicon, macros, patterns, templates)
//   values.cc   a value template ("{date(day,month,year)}") -> a TIMEX3 value
//   find.cc     candidates in anchor windows, selection, Run and FindDateline
//   calendar.*  calendar arithmetic and value formatting
//   set_regex.* the part of a pattern the RE2::Set looks for
//
// How it works (rules/dates/README.md has the file formats):
//  1. Anchors: a token holding a digit or a lexicon word ("May", "today",
//     "years") opens a window of a few tokens either side; overlapping windows
//     merge. Text without anchors is never looked at by a regex.
//  2. One RE2::Set over each window says which patterns may occur in it; only
//     those run again, in full. The Set holds each pattern from its
//     distinctive part on (set_regex.h: its DFA states are the cost).
//     Counter-patterns ("Article 5", "May we") veto every candidate they
//     overlap.
//  3. Leftmost-longest selection across rules, then value templates
//     ("{date(day,month,year)}") are evaluated against the publication date.
#ifndef COMMUNIQUE_EXTRACT_DATES_COMPILED_H_
#define COMMUNIQUE_EXTRACT_DATES_COMPILED_H_

#include <re2/re2.h>
#include <re2/set.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/flat_map.h"
#include "extract/dates.h"
#include "extract/dates/calendar.h"

namespace communique::dates {

// Lexicon key of a captured word: lowercased, final '.' dropped, runs of
// spaces and hyphens folded to one space ("twenty-four" == "twenty four").
inline std::string LexKey(std::string_view s) {
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

inline bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

inline std::optional<int> ParseInt(std::string_view s) {
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
  kCount  // the number of functions: the size of Call's table of handlers
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
  // The month a narrative in another year than the reference's is set in,
  // by a date that opens its sentence ("In late August 1950, U.S. forces
  // ..."): a day-month without a year in the same or the next month belongs
  // to it ("On August 31, ..."), until a date of the reference's year.
  std::optional<CivilDate> scene;
};

}  // namespace communique::dates

namespace communique {

struct DateExtractor::Compiled {
  bool timeml = false;
  std::map<std::string, std::unordered_map<std::string, dates::LexEntry>> lexicon;  // kind -> key -> entry
  dates::WordFlags words;  // anchors, future-tense markers, past reporting verbs
  std::vector<dates::Pattern> patterns;
  std::unique_ptr<RE2::Set> set;

  const dates::LexEntry* Lookup(const std::string& kind, std::string_view text) const {
    auto k = lexicon.find(kind);
    if (k == lexicon.end()) return nullptr;
    auto e = k->second.find(dates::LexKey(text));
    return e == k->second.end() ? nullptr : &e->second;
  }

  std::optional<int> Number(std::string_view text) const;
  std::optional<int> Ordinal(std::string_view text) const;
  std::optional<int> Year(std::string_view text) const;
  std::optional<std::string> Format(const dates::Arg& arg, dates::Groups groups) const;
  std::optional<int> IntArg(const dates::Arg& arg, dates::Groups groups) const;
  std::optional<std::string> Call(const dates::Piece& piece, bool whole,
                                  dates::Groups groups,
                                  const dates::EvalContext& context) const;
  std::optional<std::string> Evaluate(const dates::Template& tmpl, dates::Groups groups,
                                      const dates::EvalContext& context) const;
};

}  // namespace communique

#endif  // COMMUNIQUE_EXTRACT_DATES_COMPILED_H_
