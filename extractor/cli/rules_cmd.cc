#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"

namespace communique::cli {

int RunRules(const std::vector<std::string>& args) {
  constexpr const char* kHelp =
      "usage: communique rules check [DIR]\n"
      "\n"
      "Validates a rule pack (DIR, or the embedded default pack): every file parses, fields\n"
      "are known, ids are unique, patterns compile and every rule's examples behave.\n"
      "Prints file:line: reason per problem; exit status 1 when there is any.\n";
  if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
    std::cout << kHelp;
    return kExitOk;
  }
  if (args.empty() || args[0] != "check") return UsageError("rules", "expected 'rules check [DIR]'");
  if (args.size() > 2) return UsageError("rules", "too many arguments");
  if (args.size() == 2 && (args[1] == "--help" || args[1] == "-h")) {
    std::cout << kHelp;
    return kExitOk;
  }
  std::string dir = args.size() == 2 ? args[1] : "";
  Result<RulePack> pack = dir.empty() ? Result<RulePack>(RulePack::Embedded())
                                      : RulePack::LoadDirectory(dir);
  if (!pack.ok()) {
    std::cerr << pack.status().message() << "\n";
    return kExitSomeFailed;
  }
  auto engine = Engine::Create(*pack, {});
  if (!engine.ok()) {
    std::cerr << engine.status().message() << "\n";
    return kExitSomeFailed;
  }
  std::cout << (dir.empty() ? std::string("<embedded>") : dir) << ": " << pack->files().size()
            << " rule files OK\n";
  return kExitOk;
}

}  // namespace communique::cli
