// The regex the dates stage's RE2::Set looks for in place of a pattern.
//
// The Set only says which patterns may occur in a window; each one it names
// then runs in full on that window (find.cc). So the Set may look for any
// part of a pattern that every match of it holds. Its cost is in building
// its DFA states, and leading optional or common words ("about", "at least",
// "the", "at" before "15:00") start partial matches all over the text: each
// one a new combination of live patterns, a new state. SetRegex drops them,
// so the Set starts on the distinctive part (a digit, a month, a unit).
#ifndef COMMUNIQUE_EXTRACT_DATES_SET_REGEX_H_
#define COMMUNIQUE_EXTRACT_DATES_SET_REGEX_H_

#include <string>
#include <string_view>

namespace communique::dates {

// `pattern` (RE2 syntax, macros expanded) without what a match may or must
// hold before its distinctive part, or `pattern` itself when it cannot be
// shortened without matching less (see set_regex.cc):
//   \b(?:(?i:about|around)\s+)?(?P<num>\d+)\s+(?i:days)
//     -> \b(?P<num>\d+)\s+(?i:days)
//   \b(?i:at|by)\s+(?P<h>[01]?\d):\d\d  ->  \b(?P<h>[01]?\d):\d\d
// Every text the pattern matches somewhere, the result matches somewhere.
std::string SetRegex(std::string_view pattern);

}  // namespace communique::dates

#endif  // COMMUNIQUE_EXTRACT_DATES_SET_REGEX_H_
