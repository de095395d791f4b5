// Reading rule files: JSON Lines records with file:line positions, and the
// context every extractor compiles against (unique ids, collected errors).
#ifndef COMMUNIQUE_RULES_RULE_FILE_H_
#define COMMUNIQUE_RULES_RULE_FILE_H_

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "communique/rules.h"

namespace communique::rules {

// One JSON object from one line of a rule file.
struct Record {
  const RuleFile* file = nullptr;
  int line = 0;
  nlohmann::json json;

  // "rules/dates/months.jsonl:12"
  std::string Where() const;
  // The string field `name`, or "" when absent.
  std::string GetString(const char* name) const;
  // The list of strings in field `name` (a single string counts as a list of one).
  std::vector<std::string> GetStrings(const char* name) const;
};

// Collects every error of a compile so that `rules check` can print them all.
class CompileContext {
 public:
  // `timeml`: the rules compile for TempEval's conventions (EngineOptions::profile).
  CompileContext(const RulePack& pack, bool timeml) : pack_(pack), timeml_(timeml) {}

  const RulePack& pack() const { return pack_; }
  bool timeml() const { return timeml_; }

  // Parses every record of every file under `prefix`. Blank lines and lines
  // starting with '#' are comments. Malformed lines are reported and skipped.
  // When `required` is true, a prefix with no file is an error too.
  std::vector<Record> Records(std::string_view prefix, bool required = true);

  void Error(const Record& record, const std::string& reason);
  void Error(const std::string& where, const std::string& reason);
  // Reports a field outside `known` (typos must not pass silently) or a
  // missing one among `required`. Returns false when it reported something.
  bool CheckFields(const Record& record, std::initializer_list<const char*> required,
                   std::initializer_list<const char*> optional);
  // Registers a rule id; reports a duplicate (with the first definition).
  bool RegisterId(const Record& record, const std::string& id);

  bool ok() const { return errors_.empty(); }
  // All errors, one per line; an OK status when there are none.
  Status ToStatus() const;

 private:
  const RulePack& pack_;
  bool timeml_;
  std::vector<std::string> errors_;
  std::map<std::string, std::string> ids_;  // id -> where it was defined
};

}  // namespace communique::rules

#endif  // COMMUNIQUE_RULES_RULE_FILE_H_
