// The topics family (rules/topics/, format in rules/topics/README.md): the
// taxonomy, and the head words of names whose words are no topic mentions.
#ifndef COMMUNIQUE_RULES_TOPIC_RULES_H_
#define COMMUNIQUE_RULES_TOPIC_RULES_H_

#include <string>
#include <vector>

#include "rules/rule_file.h"

namespace communique::rules {

// A record with "heads": words that head a name ("Council", "Minister").
struct NameHeadRule : RuleSource {
  std::vector<std::string> heads;
};

struct TopicRule : RuleSource {
  std::string topic;   // the stable id in the output ("ai")
  std::string label;
  std::string parent;  // a topic id, or ""
  std::vector<std::string> terms;      // matched ignoring case, plurals added
  std::vector<std::string> cased;      // matched as written
  std::vector<std::string> blocking;   // "not": phrases that only shield their words
  std::vector<std::string> no_plural;  // terms whose plural is no mention
};

struct TopicRules {
  std::vector<NameHeadRule> names;
  std::vector<TopicRule> topics;
};

// Parses every file under topics/ (a record with "heads" is a NameHeadRule);
// a record with a problem is reported to `context` and left out. Topic ids
// are unique and parents name a topic.
TopicRules ParseTopicRules(CompileContext& context);

}  // namespace communique::rules

#endif  // COMMUNIQUE_RULES_TOPIC_RULES_H_
