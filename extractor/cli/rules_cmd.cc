#include "commands.h"
#include "common.h"
#include "io.h"

namespace communique::cli {

int RunRules(const std::vector<std::string>& args) {
  constexpr const char* kHelp =
      "usage: communique rules check [DIR]\n"
      "\n"
      "Validates a rule pack (the embedded default pack, with DIR's files over it when given:\n"
      "a file at the same path replaces the default one, a new path adds rules): every file\n"
      "parses, fields are known and of the right type, ids are unique, patterns compile and\n"
      "every example and counter-example of every rule behaves.\n"
      "Prints file:line: reason per problem; exit status 1 when there is any.\n";
  if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) return PrintHelp("rules", kHelp);
  if (args.empty() || args[0] != "check") return UsageError("rules", "expected 'rules check [DIR]'");
  if (args.size() > 2) return UsageError("rules", "too many arguments");
  if (args.size() == 2 && (args[1] == "--help" || args[1] == "-h")) return PrintHelp("rules", kHelp);
  std::string dir = args.size() == 2 ? args[1] : "";
  std::optional<RulePack> pack = LoadRulePack(dir);
  if (!pack) return kExitSomeFailed;
  std::shared_ptr<const Engine> engine = CompileEngine(*pack, "default");
  if (!engine) return kExitSomeFailed;
  if (Status examples = engine->CheckExamples(); !examples.ok()) {
    PrintProblemLines(examples.message());
    return kExitSomeFailed;
  }
  const size_t files = pack->files().size();
  const std::string report = (dir.empty() ? std::string("<embedded>") : Printable(dir)) + ": " +
                             std::to_string(files) + " rule files OK\n";
  return PrintChecked("rules", report) ? kExitOk : kExitSomeFailed;
}

}  // namespace communique::cli
