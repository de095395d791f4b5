// The subcommands of the communique CLI. Each lives in its own file and
// registers itself in Commands() (commands.cc).
#ifndef COMMUNIQUE_CLI_COMMANDS_H_
#define COMMUNIQUE_CLI_COMMANDS_H_

#include <string>
#include <vector>

namespace communique::cli {

// Exit statuses shared by every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeFailed = 1;  // some documents failed, or a --min bound was missed
inline constexpr int kExitUsage = 2;       // bad usage or rule errors

struct Command {
  const char* name;
  int (*run)(const std::vector<std::string>& args);
};

const std::vector<Command>& Commands();

int RunExtract(const std::vector<std::string>& args);
int RunRules(const std::vector<std::string>& args);
int RunScore(const std::vector<std::string>& args);
int RunEval(const std::vector<std::string>& args);
int RunExplain(const std::vector<std::string>& args);
int RunServe(const std::vector<std::string>& args);
int RunSchema(const std::vector<std::string>& args);
int RunExport(const std::vector<std::string>& args);
int RunConvert(const std::vector<std::string>& args);
int RunRender(const std::vector<std::string>& args);

}  // namespace communique::cli

#endif  // COMMUNIQUE_CLI_COMMANDS_H_
