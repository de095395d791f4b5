// SetRegex (extract/dates/set_regex.h): the part of a date pattern the dates
// stage's RE2::Set looks for. It may drop what opens a pattern, never make
// it match less: each row is a pattern, what the Set gets, and texts the
// pattern matches (which the result must match too).
#include "extract/dates/set_regex.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

namespace communique::dates {
namespace {

struct SetRegexCase {
  const char* pattern;
  const char* expected;  // == pattern: left as it is
  std::vector<const char*> texts;
};

TEST(DatesSetRegex, DropsWhatOpensAPatternWithoutMatchingLess) {
  const SetRegexCase cases[] = {
      // Leading optional words: the \b still holds before the digit.
      {R"(\b(?:(?P<approx>(?i:about|at\s+least))\s+)?(?P<num>\d+)\s+(?i:days))",
       R"(\b\d+\s+(?i:days))", {"about 3 days", "at least 10 days", "3 days"}},
      // Words before a digit ("at 15:00"), and the optional ones after them.
      {R"(\b(?i:at|by)\s+(?P<s>(?:(?i:about)\s+)?(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)))",
       R"(\b(?P<hour>[01]?\d|2[0-3]):[0-5]\d)", {"at 15:00", "by about 9:30"}},
      // ... but not before a word: "the" would leave a word as common.
      {R"(\b(?i:the)\s+(?P<mod>(?i:end|start))\s+of\s+(?P<year>\d{4}))",
       R"(\b(?i:the)\s+(?P<mod>(?i:end|start))\s+of\s+(?P<year>\d{4}))", {"the end of 2027"}},
      // After context that reads any words: where the rate begins.
      {R"(\b(?:\d[\d,.]*|million)\s+(?:[A-Za-z-]+\s+){0,3}?(?P<s>(?:a|per)\s+(?P<unit>day|year))\b)",
       R"(\b(?:a|per)\s+(?P<unit>day|year)\b)", {"$2 million a year", "700 seats of coach a day"}},
      // ... without a \b where none holds for sure (no \b to begin with).
      {R"((?:[$%]|\b\d+\b)\s*(?:[A-Za-z-]+\s+){0,3}?(?:a|per)\s+year)", R"((?:a|per)\s+year)",
       {"$2 a year", "7 seats a year"}},
      // The latest start that keeps the \b true: "[0-3]?" may be absent, but
      // dropping it would put a \b inside "13".
      {R"(\b(?:(?:Monday|Friday),?\s+)?(?P<day>[0-3]?\d)\s+(?P<month>May|June))",
       R"(\b[0-3]?\d\s+(?P<month>May|June))", {"Monday, 13 May", "13 May", "3 June"}},
      // What is left out may end in a word character ("lateMay" is no word
      // boundary): left as it is.
      {R"(\b(?:(?P<mod>(?i:early|late))[- ]?)?(?P<month>May|June)\s+\d{4})",
       R"(\b(?:(?P<mod>(?i:early|late))[- ]?)?(?P<month>May|June)\s+\d{4})", {"late May 2025", "mid-June 2025"}},
      // The rest may open on a non-word character ("the '90s"): as it is.
      {R"(\b(?:(?i:the)\s+)?(?P<decade>(?:19|20)\d0s|'\d0s))",
       R"(\b(?:(?i:the)\s+)?(?P<decade>(?:19|20)\d0s|'\d0s))", {"the '90s", "the 1990s"}},
      // No \b to begin with, an alternation at the top, flags: as it is.
      {R"((?:^|[.!?]\s+)May\s+we\b)", R"((?:^|[.!?]\s+)May\s+we\b)", {"May we"}},
      {R"(\b(?:a\s+)?week\b|\bmonth\b)", R"(\b(?:a\s+)?week\b|\bmonth\b)", {"a week"}},
      {R"(\b(?i)(?:a\s+)?week\b)", R"(\b(?i)(?:a\s+)?week\b)", {"a Week"}},
      // A class range across kinds ("A-z" holds '[' and '_') is no word
      // character for sure: as it is.
      {R"(\b(?:the\s+)?[A-z]+\s+\d)", R"(\b(?:the\s+)?[A-z]+\s+\d)", {"the x 1"}},
  };
  for (const SetRegexCase& c : cases) {
    std::string set_regex = SetRegex(c.pattern);
    EXPECT_EQ(set_regex, c.expected) << c.pattern;
    RE2 pattern(c.pattern), shortened(set_regex);
    ASSERT_TRUE(pattern.ok() && shortened.ok()) << c.pattern;
    for (const char* text : c.texts) {
      EXPECT_TRUE(RE2::PartialMatch(text, pattern)) << c.pattern << " / " << text;
      EXPECT_TRUE(RE2::PartialMatch(text, shortened)) << set_regex << " / " << text;
    }
  }
}

}  // namespace
}  // namespace communique::dates
