#include "commands.h"

namespace communique::cli {

const std::vector<Command>& Commands() {
  static const std::vector<Command> kCommands = {
      {"extract", RunExtract}, {"score", RunScore},     {"eval", RunEval},
      {"explain", RunExplain}, {"rules", RunRules},     {"serve", RunServe},
      {"schema", RunSchema},   {"export", RunExport},   {"convert", RunConvert},
      {"render", RunRender},
  };
  return kCommands;
}

}  // namespace communique::cli
