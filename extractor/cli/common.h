// Pieces every CLI command shares: loading an engine, the options that
// choose it and read the inputs.
#ifndef COMMUNIQUE_CLI_COMMON_H_
#define COMMUNIQUE_CLI_COMMON_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "communique/pipeline.h"
#include "inputs.h"

namespace communique::cli {

// Loads the rule pack (`rules_dir`, or the embedded one when empty) and
// compiles an engine. On failure prints every rule error to stderr and
// returns null.
std::shared_ptr<const Engine> LoadEngine(const std::string& rules_dir, const std::string& profile);
// LoadEngine's two steps, for a command that also describes the pack (serve's
// GET /version). Each prints the reason to stderr on failure; a rule file
// that makes loading throw is such a failure, not a crash.
std::optional<RulePack> LoadRulePack(const std::string& rules_dir);
std::shared_ptr<const Engine> CompileEngine(const RulePack& pack, const std::string& profile);

// Prints `problems` on stderr, one Printable line per line.
void PrintProblemLines(const std::string& problems);

// The options that choose the engine and read the inputs, shared by
// extract, eval and explain.
struct RunFlags {
  enum Which : unsigned {
    kRules = 1,       // --rules DIR
    kProfile = 2,     // --profile default|timeml
    kJobs = 4,        // --jobs N, -j N
    kOverrides = 8,   // --published YYYY-MM-DD, --format text|markdown
    kReading = 16,    // --max-bytes N[K|M|G], --recursive, --glob PATTERN
  };
  std::string rules_dir;
  std::string profile = "default";
  int jobs = 0;  // 0: every core
  InputOverrides overrides;
  size_t max_bytes = kDefaultMaxBytes;
  ExpandOptions expand;
};

// The help lines of the kReading options.
extern const char* const kReadingHelp;

// When args[*i] is one of the options in `which`, takes it and its value
// (advancing *i) and returns kExitOk, or prints the reason and returns
// kExitUsage for a bad value. Returns nullopt for any other argument.
std::optional<int> TakeRunFlag(const std::string& command, const std::vector<std::string>& args,
                               size_t* i, unsigned which, RunFlags* flags);

// Prints "communique <command>: <reason>" and returns kExitUsage.
int UsageError(const std::string& command, const std::string& reason);

// Prints a command's help on stdout: kExitOk, or kExitSomeFailed when
// stdout fails.
int PrintHelp(const std::string& command, std::string_view help);

}  // namespace communique::cli

#endif  // COMMUNIQUE_CLI_COMMON_H_
