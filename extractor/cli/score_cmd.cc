#include "cli/commands.h"
#include "cli/common.h"

namespace communique::cli {

// Placeholder until 'score' lands: refuses to run rather than pretend.
int RunScore(const std::vector<std::string>& args) {
  return UsageError("score", "not implemented yet");
}

}  // namespace communique::cli
