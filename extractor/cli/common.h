// Pieces every CLI command shares: loading an engine, atomic file output.
#ifndef COMMUNIQUE_CLI_COMMON_H_
#define COMMUNIQUE_CLI_COMMON_H_

#include <memory>
#include <string>

#include "communique/pipeline.h"

namespace communique::cli {

// Loads the rule pack (`rules_dir`, or the embedded one when empty) and
// compiles an engine. On failure prints every rule error to stderr and
// returns null.
std::shared_ptr<const Engine> LoadEngine(const std::string& rules_dir, const std::string& profile);

// Writes `content` to `path` through a temporary file and a rename, so an
// interrupted run never leaves a half-written file. Returns an error message
// or "" on success.
std::string WriteFileAtomically(const std::string& path, const std::string& content);

// A file name for document `id`: path separators and control characters
// become '_', so that an id can never escape the output directory.
std::string SafeFileName(const std::string& id);

// Prints "communique <command>: <reason>" and returns kExitUsage.
int UsageError(const std::string& command, const std::string& reason);

}  // namespace communique::cli

#endif  // COMMUNIQUE_CLI_COMMON_H_
