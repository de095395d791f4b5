#include "rules/date_rules.h"

#include <algorithm>

namespace communique::rules {
namespace {

bool IsLowercaseName(const std::string& name) {
  return !name.empty() && std::none_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

DateOutputRule ParseOutput(FieldReader& r) {
  DateOutputRule out;
  out.type = r.String("type");
  out.value = r.String("value");
  out.mod = r.String("mod");
  out.span = r.String("span");
  if (r.ok() && out.type != "DATE" && out.type != "TIME" && out.type != "DURATION" && out.type != "SET") {
    r.Error("\"type\" must be DATE, TIME, DURATION or SET");
  }
  return out;
}

}  // namespace

DateRules ParseDateRules(CompileContext& context) {
  DateRules out;
  for (const Record& record : context.Records("dates/lexicon")) {
    FieldReader r(context, record);
    DateLexiconRule rule;
    if (!r.CheckFields({"id", "kind", "words"},
                       {"value", "code", "abbreviations", "case_sensitive", "anchor", "note"}) ||
        !ReadRuleSource(r, &rule)) {
      continue;
    }
    rule.kind = r.String("kind");
    if (r.Has("value")) rule.value = r.Int("value", 0);
    rule.code = r.String("code");
    rule.words = r.Strings("words");
    rule.abbreviations = r.Strings("abbreviations");
    rule.case_sensitive = r.Bool("case_sensitive", false);
    rule.anchor = r.Bool("anchor", true);
    if (!r.ok()) continue;
    if (!IsLowercaseName(rule.kind)) {
      r.Error("\"kind\" must be a lowercase name");
      continue;
    }
    if (rule.words.empty()) r.Error("\"words\" must list at least one word");
    out.lexicon.push_back(std::move(rule));
  }
  std::vector<Record> patterns = context.Records("dates/patterns");
  std::vector<Record> counters = context.Records("dates/not_dates");
  auto parse_pattern = [&](const Record& record, bool counter) {
    FieldReader r(context, record);
    bool fields_ok =
        counter ? r.CheckFields({"id", "pattern", "examples"}, {"note", "counter_examples", "profile"})
                : r.CheckFields({"id", "pattern", "type", "value", "examples"},
                                {"mod", "span", "also", "priority", "style", "profile",
                                 "counter_examples", "note"});
    DatePatternRule rule;
    if (!fields_ok || !ReadRuleSource(r, &rule)) return;
    rule.counter = counter;
    rule.pattern = r.String("pattern");
    rule.profile = r.String("profile");
    if (!counter) {
      rule.priority = r.Int("priority", 0);
      rule.style = r.String("style");
      rule.outputs.push_back(ParseOutput(r));
      if (std::optional<FieldReader> also = r.Object("also")) {
        if (also->CheckFields({"type", "value"}, {"mod", "span"})) rule.outputs.push_back(ParseOutput(*also));
        if (!also->ok()) return;
      }
    }
    if (!r.ok()) return;
    if (!rule.profile.empty() && rule.profile != "timeml" && rule.profile != "default") {
      r.Error("\"profile\" must be \"default\" or \"timeml\"");
      return;
    }
    if (!rule.style.empty() && rule.style != "us" && rule.style != "day_first") {
      r.Error("\"style\" must be \"us\" or \"day_first\"");
      return;
    }
    out.patterns.push_back(std::move(rule));
  };
  for (const Record& record : patterns) parse_pattern(record, false);
  for (const Record& record : counters) parse_pattern(record, true);
  return out;
}

}  // namespace communique::rules
