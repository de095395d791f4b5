// Reading rule files: JSON Lines records with file:line positions, typed
// reads of their fields, and the context every rule family is parsed in
// (unique ids, collected errors). Only the rules layer (extractor/src/rules/)
// sees JSON: each family's parser turns records into typed structs.
#ifndef COMMUNIQUE_RULES_RULE_FILE_H_
#define COMMUNIQUE_RULES_RULE_FILE_H_

#include <initializer_list>
#include <map>
#include <optional>
#include <set>
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
};

class CompileContext;

// Reads the fields of one record, or of an object inside one ("offices",
// "also"), with their types checked. A field of the wrong type is reported
// ("file:line: \"priority\" must be an integer"), ok() turns false and the
// read gives the default, so that one pass reports every problem of a record.
class FieldReader {
 public:
  FieldReader(CompileContext& context, const Record& record)
      : FieldReader(context, record.Where(), record.json, "") {}

  // Reports a field outside `required` and `optional` (typos must not pass
  // silently) and a missing one among `required`; false when it reported.
  bool CheckFields(std::initializer_list<const char*> required,
                   std::initializer_list<const char*> optional);
  bool Has(const char* name) const { return json_.contains(name); }

  // The string `name`; "" when absent.
  std::string String(const char* name);
  // A string or a list of strings (a string is a list of one); {} when absent.
  std::vector<std::string> Strings(const char* name);
  // true or false; `absent` when absent.
  bool Bool(const char* name, bool absent);
  // An integer; `absent` when absent.
  int Int(const char* name, int absent);
  // A readers over an object `name` (e.g. "also"); nullopt when absent or not an object.
  std::optional<FieldReader> Object(const char* name);
  // Readers over a list of objects `name` (e.g. "offices"); {} when absent or not one.
  std::vector<FieldReader> Objects(const char* name);

  const std::string& where() const { return where_; }
  // False once a field was missing, unknown or of the wrong type.
  bool ok() const { return ok_; }
  // Reports `reason` at this record and makes ok() false.
  void Error(const std::string& reason);
  CompileContext& context() const { return *context_; }

 private:
  FieldReader(CompileContext& context, std::string where, const nlohmann::json& json,
              std::string prefix)
      : context_(&context), where_(std::move(where)), json_(json), prefix_(std::move(prefix)) {}
  // The field `name` as error messages name it: "also.type".
  std::string Name(const char* name) const { return "\"" + prefix_ + name + "\""; }

  CompileContext* context_;
  std::string where_;
  const nlohmann::json& json_;
  std::string prefix_;
  bool ok_ = true;
};

// What every rule carries besides its own fields: where it is written, its
// id and the texts it must and must not act on.
struct RuleSource {
  std::string where;  // "rules/dates/patterns.jsonl:12"
  std::string id;
  std::vector<std::string> examples;
  std::vector<std::string> counter_examples;
};

// Reads what every rule carries ("id", with `id_prefix` before it, and
// "examples" and "counter_examples" when the record has them) into `source`
// and registers the id. False when the id is empty or taken (reported): the
// rule is then left out.
bool ReadRuleSource(FieldReader& r, RuleSource* source, std::string_view id_prefix = "");

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
  // Reports every file of the pack that no Records() call has read, with the
  // prefixes that were read: a file an overlay puts at a path no family
  // reads ("topic/mine.jsonl") would otherwise change nothing, silently.
  // Called once every family has been parsed.
  void ReportUnreadFiles();

  void Error(const Record& record, const std::string& reason);
  void Error(const std::string& where, const std::string& reason);
  // Registers a rule id; reports a duplicate (with the first definition).
  bool RegisterId(const Record& record, const std::string& id) { return RegisterId(record.Where(), id); }
  bool RegisterId(const std::string& where, const std::string& id);

  bool ok() const { return errors_.empty(); }
  // All errors, one per line; an OK status when there are none.
  Status ToStatus() const;

 private:
  const RulePack& pack_;
  bool timeml_;
  std::vector<std::string> errors_;
  std::map<std::string, std::string> ids_;  // id -> where it was defined
  std::set<std::string, std::less<>> prefixes_read_;
  std::set<const RuleFile*> files_read_;
};

}  // namespace communique::rules

#endif  // COMMUNIQUE_RULES_RULE_FILE_H_
