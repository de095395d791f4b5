// Pieces every CLI command shares: loading an engine, atomic file output.
#ifndef COMMUNIQUE_CLI_COMMON_H_
#define COMMUNIQUE_CLI_COMMON_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/inputs.h"
#include "communique/pipeline.h"

namespace communique::cli {

// Loads the rule pack (`rules_dir`, or the embedded one when empty) and
// compiles an engine. On failure prints every rule error to stderr and
// returns null.
std::shared_ptr<const Engine> LoadEngine(const std::string& rules_dir, const std::string& profile);
// LoadEngine's two steps, for a command that also describes the pack (serve's
// GET /version). Each prints the reason to stderr on failure.
std::optional<RulePack> LoadRulePack(const std::string& rules_dir);
std::shared_ptr<const Engine> CompileEngine(const RulePack& pack, const std::string& profile);

// Writes `content` to `path` through a temporary file and a rename, so an
// interrupted run never leaves a half-written file. Returns an error message
// or "" on success.
std::string WriteFileAtomically(const std::string& path, const std::string& content);

// A file name for document `id`: path separators and control characters
// become '_', so that an id can never escape the output directory.
std::string SafeFileName(const std::string& id);

// The options that choose the engine and read the inputs, shared by
// extract, eval and explain.
struct RunFlags {
  enum Which : unsigned {
    kRules = 1,       // --rules DIR
    kProfile = 2,     // --profile default|timeml
    kJobs = 4,        // --jobs N, -j N
    kOverrides = 8,   // --published YYYY-MM-DD, --format text|markdown
  };
  std::string rules_dir;
  std::string profile = "default";
  int jobs = 0;  // 0: every core
  InputOverrides overrides;
};

// When args[*i] is one of the options in `which`, takes it and its value
// (advancing *i) and returns kExitOk, or prints the reason and returns
// kExitUsage for a bad value. Returns nullopt for any other argument.
std::optional<int> TakeRunFlag(const std::string& command, const std::vector<std::string>& args,
                               size_t* i, unsigned which, RunFlags* flags);

// Prints "communique <command>: <reason>" and returns kExitUsage.
int UsageError(const std::string& command, const std::string& reason);

}  // namespace communique::cli

#endif  // COMMUNIQUE_CLI_COMMON_H_
