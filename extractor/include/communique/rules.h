// Rule packs: the data that tells communique what to find.
//
// A rule pack is a directory tree of JSON Lines files (format in
// rules/README.md). The default pack is embedded in the binary at build time
// from the repository's rules/ directory; a user can load their own copy:
//
//   auto pack = communique::RulePack::LoadDirectory("my-rules");   // reads files only
//   auto engine = communique::Engine::Create(*pack, {});           // validates + compiles
//
// or change only some files of the default pack: a folder with just those
// files, at their paths in the pack ("topics/taxonomy.jsonl" replaces the
// default taxonomy; a new path such as "topics/mine.jsonl" adds rules):
//
//   auto pack = communique::RulePack::LoadOverlay("my-changes");
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
  // Reads every *.jsonl file under `dir` (recursively; a symbolic link to a
  // file is read like the file), sorted by path. Fails when `dir` is
  // missing or unreadable or holds no rule file ("no rule files in DIR").
  static Result<RulePack> LoadDirectory(const std::string& dir);
  // The embedded pack with the files of LoadDirectory(dir) over it (Overlay).
  static Result<RulePack> LoadOverlay(const std::string& dir);
  // The default pack compiled into this binary.
  static const RulePack& Embedded();
  // Builds a pack from in-memory files (tests, fuzzing).
  static RulePack FromFiles(std::vector<RuleFile> files, std::string id = "custom");

  // What records name the pack by: "default" for the embedded pack, the
  // directory's last path component for LoadDirectory, `id` for FromFiles.
  const std::string& id() const { return id_; }
  // "fnv1a64:" and 16 hex digits: FNV-1a (64 bit) over every file in path
  // order, each as its relative path, a NUL byte, its content, a NUL byte.
  // Equal for two packs with the same files, wherever they were loaded from.
  std::string ContentHash() const;

  // This pack with `top`'s files over it: a file of `top` replaces the file
  // of the same path, and adds itself where there is none.
  RulePack Overlay(const RulePack& top) const;

  const std::vector<RuleFile>& files() const { return files_; }
  // The file at `path` (relative), or nullptr.
  const RuleFile* Find(std::string_view path) const;
  // Every file whose relative path starts with `prefix` ("dates/"), sorted.
  std::vector<const RuleFile*> FilesUnder(std::string_view prefix) const;

 private:
  std::vector<RuleFile> files_;
  std::string id_;
};

}  // namespace communique

#endif  // COMMUNIQUE_RULES_H_
