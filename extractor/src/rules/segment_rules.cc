#include "rules/segment_rules.h"

namespace communique::rules {

SegmentRules ParseSegmentRules(CompileContext& context) {
  SegmentRules out;
  for (const Record& record : context.Records("segment/abbreviations")) {
    FieldReader r(context, record);
    AbbreviationRule rule;
    if (!r.CheckFields({"id", "abbreviation", "kind"}, {"examples", "note"}) || !ReadRuleSource(r, &rule)) {
      continue;
    }
    const std::string kind = r.String("kind");
    rule.abbreviation = r.String("abbreviation");
    if (!r.ok()) continue;
    if (kind == "never_final") {
      rule.kind = AbbreviationKind::kNeverFinal;
    } else if (kind == "number_prefix") {
      rule.kind = AbbreviationKind::kNumberPrefix;
    } else if (kind == "maybe_final") {
      rule.kind = AbbreviationKind::kMaybeFinal;
    } else if (kind == "final_before_capital") {
      rule.kind = AbbreviationKind::kFinalBeforeCapital;
    } else {
      r.Error("\"kind\" must be never_final, number_prefix, maybe_final or final_before_capital");
      continue;
    }
    out.abbreviations.push_back(std::move(rule));
  }
  for (const Record& record : context.Records("segment/openers")) {
    FieldReader r(context, record);
    OpenerRule rule;
    if (!r.CheckFields({"id", "words"}, {"note"}) || !ReadRuleSource(r, &rule)) continue;
    rule.words = r.Strings("words");
    if (r.ok()) out.openers.push_back(std::move(rule));
  }
  for (const Record& record : context.Records("segment/sections")) {
    FieldReader r(context, record);
    SectionRule rule;
    if (!r.CheckFields({"id", "heading", "match"}, {"examples", "note"}) || !ReadRuleSource(r, &rule)) continue;
    rule.heading = r.String("heading");
    const std::string match = r.String("match");
    if (!r.ok()) continue;
    if (match != "exact" && match != "prefix") {
      r.Error("\"match\" must be exact or prefix");
      continue;
    }
    rule.prefix = match == "prefix";
    out.sections.push_back(std::move(rule));
  }
  return out;
}

}  // namespace communique::rules
