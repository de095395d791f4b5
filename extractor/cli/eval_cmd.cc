#include "cli/commands.h"
#include "cli/common.h"

namespace communique::cli {

// Placeholder until 'eval' lands: refuses to run rather than pretend.
int RunEval(const std::vector<std::string>& args) {
  return UsageError("eval", "not implemented yet");
}

}  // namespace communique::cli
