#include "rules/topic_rules.h"

#include <map>

namespace communique::rules {

TopicRules ParseTopicRules(CompileContext& context) {
  TopicRules out;
  std::map<std::string, std::string> topic_where;  // topic id -> where first defined
  for (const Record& record : context.Records("topics/")) {
    FieldReader r(context, record);
    if (r.Has("heads")) {
      NameHeadRule rule;
      if (!r.CheckFields({"id", "heads"}, {"examples", "counter_examples", "note"}) || !ReadRuleSource(r, &rule)) {
        continue;
      }
      rule.heads = r.Strings("heads");
      if (r.ok()) out.names.push_back(std::move(rule));
      continue;
    }
    TopicRule rule;
    if (!r.CheckFields({"id", "topic", "label"},
                       {"parent", "terms", "cased", "not", "no_plural", "examples", "counter_examples", "note"}) ||
        !ReadRuleSource(r, &rule)) {
      continue;
    }
    rule.topic = r.String("topic");
    rule.label = r.String("label");
    rule.parent = r.String("parent");
    rule.terms = r.Strings("terms");
    rule.cased = r.Strings("cased");
    rule.blocking = r.Strings("not");
    rule.no_plural = r.Strings("no_plural");
    if (!r.ok()) continue;
    if (rule.topic.empty() || rule.label.empty()) {
      r.Error("\"topic\" and \"label\" must be non-empty strings");
      continue;
    }
    auto [where, inserted] = topic_where.emplace(rule.topic, rule.where);
    if (!inserted) {
      r.Error("topic \"" + rule.topic + "\" already defined at " + where->second);
      continue;
    }
    if (rule.terms.empty() && rule.cased.empty()) {
      r.Error("a topic needs at least one term (\"terms\" or \"cased\")");
      continue;
    }
    out.topics.push_back(std::move(rule));
  }
  for (const TopicRule& rule : out.topics) {
    if (!rule.parent.empty() && !topic_where.contains(rule.parent)) {
      context.Error(rule.where, "unknown parent topic \"" + rule.parent + "\"");
    }
  }
  return out;
}

}  // namespace communique::rules
