#include "rules/english_rules.h"

#include <algorithm>
#include <map>

namespace communique::rules {
namespace {

// Forms apply to whole words as the lexicons write them: lowercase letters
// only, so that a typo ("crises ") cannot hide as a form no text holds.
bool IsLowercaseWord(const std::string& word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

EnglishRules ParseEnglishRules(CompileContext& context) {
  EnglishRules out;
  std::map<std::string, std::string> base_where;  // base -> where its form is given
  for (const Record& record : context.Records("english/", /*required=*/false)) {
    FieldReader r(context, record);
    SFormRule rule;
    if (!r.CheckFields({"id", "base", "s_form"}, {"examples", "note"}) || !ReadRuleSource(r, &rule)) continue;
    rule.base = r.String("base");
    rule.s_form = r.String("s_form");
    if (!r.ok()) continue;
    if (!IsLowercaseWord(rule.base) || !IsLowercaseWord(rule.s_form)) {
      r.Error("\"base\" and \"s_form\" must be words of lowercase letters a-z");
      continue;
    }
    auto [where, inserted] = base_where.emplace(rule.base, rule.where);
    if (!inserted) {
      r.Error("\"" + rule.base + "\" already has an -s form at " + where->second);
      continue;
    }
    out.s_forms.push_back(std::move(rule));
  }
  return out;
}

}  // namespace communique::rules
