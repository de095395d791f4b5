// Rule packs: the data that tells communique what to find.
//
// A rule pack is a directory tree of JSON Lines files (format in
// rules/README.md). The default pack is embedded in the binary at build time
// from the repository's rules/ directory; a user can load their own copy:
//
//   auto pack = communique::RulePack::LoadDirectory("my-rules");   // reads files only
//   auto engine = communique::Engine::Create(*pack, {});           // validates + compiles
//
// Loading only reads files; validation (fields, unique ids, patterns that
// compile, examples that match) happens when an Engine is created, and every
// error names file:line and the reason.
#ifndef COMMUNIQUE_RULES_H_
#define COMMUNIQUE_RULES_H_

#include <string>
#include <string_view>
#include <vector>

#include "communique/status.h"

namespace communique {

struct RuleFile {
  std::string path;     // relative to the pack root, '/'-separated: "dates/months.jsonl"
  std::string display;  // how error messages name the file: "rules/dates/months.jsonl"
  std::string content;
};

class RulePack {
 public:
  // Reads every *.jsonl file under `dir` (recursively), sorted by path.
  // Fails when `dir` is missing or unreadable or holds no rule file.
  static Result<RulePack> LoadDirectory(const std::string& dir);
  // The default pack compiled into this binary.
  static const RulePack& Embedded();
  // Builds a pack from in-memory files (tests, fuzzing).
  static RulePack FromFiles(std::vector<RuleFile> files);

  const std::vector<RuleFile>& files() const { return files_; }
  // The file at `path` (relative), or nullptr.
  const RuleFile* Find(std::string_view path) const;
  // Every file whose relative path starts with `prefix` ("dates/"), sorted.
  std::vector<const RuleFile*> FilesUnder(std::string_view prefix) const;

 private:
  std::vector<RuleFile> files_;
};

}  // namespace communique

#endif  // COMMUNIQUE_RULES_H_
