#include "commands.h"
#include "common.h"
#include "io.h"

namespace communique::cli {

int RunRules(const std::vector<std::string>& args) {
  constexpr const char* kHelp =
      "usage: communique rules check [DIR]\n"
      "\n"
      "Validates a rule pack (DIR, or the embedded default pack): every file parses, fields\n"
      "are known, ids are unique, patterns compile and every rule's examples behave.\n"
      "Prints file:line: reason per problem; exit status 1 when there is any.\n";
  if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) return PrintHelp("rules", kHelp);
  if (args.empty() || args[0] != "check") return UsageError("rules", "expected 'rules check [DIR]'");
  if (args.size() > 2) return UsageError("rules", "too many arguments");
  if (args.size() == 2 && (args[1] == "--help" || args[1] == "-h")) return PrintHelp("rules", kHelp);
  std::string dir = args.size() == 2 ? args[1] : "";
  std::optional<RulePack> pack = LoadRulePack(dir);
  if (!pack || !CompileEngine(*pack, "default")) return kExitSomeFailed;
  const size_t files = pack->files().size();
  const std::string report = (dir.empty() ? std::string("<embedded>") : Printable(dir)) + ": " +
                             std::to_string(files) + " rule files OK\n";
  return PrintChecked("rules", report) ? kExitOk : kExitSomeFailed;
}

}  // namespace communique::cli
