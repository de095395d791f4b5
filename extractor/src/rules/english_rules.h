// The english family (rules/english/, format in rules/english/README.md):
// the word forms English's regular rules get wrong, which the stages that
// add forms to their lexicons (topics' plurals, commitments' 3rd person)
// take from here.
#ifndef COMMUNIQUE_RULES_ENGLISH_RULES_H_
#define COMMUNIQUE_RULES_ENGLISH_RULES_H_

#include <string>
#include <vector>

#include "rules/rule_file.h"

namespace communique::rules {

// A noun's plural or a verb's 3rd person singular that the regular -s, -es,
// -ies rules do not make: "crisis" -> "crises", "go" -> "goes".
struct SFormRule : RuleSource {
  std::string base;    // one lowercase word
  std::string s_form;  // one lowercase word
};

struct EnglishRules {
  std::vector<SFormRule> s_forms;
};

// Parses every file under english/ (none is fine: the regular rules only);
// a record with a problem is reported to `context` and left out. A base has
// at most one form.
EnglishRules ParseEnglishRules(CompileContext& context);

}  // namespace communique::rules

#endif  // COMMUNIQUE_RULES_ENGLISH_RULES_H_
