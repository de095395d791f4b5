#include "cli/commands.h"
#include "cli/common.h"

namespace communique::cli {

// Placeholder until 'explain' lands: refuses to run rather than pretend.
int RunExplain(const std::vector<std::string>& args) {
  return UsageError("explain", "not implemented yet");
}

}  // namespace communique::cli
