// The dates family (rules/dates/, format in rules/dates/README.md): the
// lexicon of date words, the patterns and the counter-patterns (not_dates).
#ifndef COMMUNIQUE_RULES_DATE_RULES_H_
#define COMMUNIQUE_RULES_DATE_RULES_H_

#include <optional>
#include <string>
#include <vector>

#include "rules/rule_file.h"

namespace communique::rules {

struct DateLexiconRule : RuleSource {
  std::string kind;  // lowercase: the macro {KIND} of the patterns
  std::optional<int> value;
  std::string code;
  std::vector<std::string> words;
  std::vector<std::string> abbreviations;
  bool case_sensitive = false;
  bool anchor = true;  // the words open a window the patterns are run in
};

// What a pattern's match gives: templates over its capture groups.
struct DateOutputRule {
  std::string type;   // DATE, TIME, DURATION or SET
  std::string value;  // template: "{date(day,month,year)}"
  std::string mod;    // template; may be empty
  std::string span;   // a capture group that is the expression's span; "" for the match
};

struct DatePatternRule : RuleSource {
  bool counter = false;  // a not_dates record: its matches veto dates, it gives none
  std::string pattern;   // RE2 syntax with {MACRO}s of the lexicon
  std::string profile;   // "", "default" or "timeml": used in that profile only
  int priority = 0;
  std::string style;     // "", "us" or "day_first": how the document writes numeric dates
  std::vector<DateOutputRule> outputs;  // one, or two with "also"; none for a counter
};

struct DateRules {
  std::vector<DateLexiconRule> lexicon;
  std::vector<DatePatternRule> patterns;  // dates/patterns, then dates/not_dates
};

// Parses the dates family; a record with a problem is reported to `context`
// and left out.
DateRules ParseDateRules(CompileContext& context);

}  // namespace communique::rules

#endif  // COMMUNIQUE_RULES_DATE_RULES_H_
