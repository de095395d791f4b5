// communique: a thin command line over the library (extract | score | eval | rules check | explain).
#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "commands.h"
#include "io.h"

namespace {

constexpr const char* kUsage =
    "usage: communique <command> [options]\n"
    "\n"
    "commands:\n"
    "  extract   extract actors, dates, topics and commitments from documents\n"
    "  score     score predictions against gold files\n"
    "  eval      extract and score directories of documents with gold beside them\n"
    "  explain   show which rule produced each extraction in a document\n"
    "  rules     validate a rule pack (rules check [DIR])\n"
    "  serve     an HTTP server: POST /extract, GET /health, GET /version\n"
    "  schema    print the JSON Schema of the records extract writes\n"
    "  export    records as CSV, TSV, SQLite, brat, doccano or TimeML\n"
    "  render    one HTML page per document with its extractions (and --gold differences)\n"
    "  convert   brat or doccano annotations back to gold files\n"
    "\n"
    "Run 'communique <command> --help' for a command's options.\n";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) {
    // --option=value is --option value, for every command.
    const std::string arg = argv[i];
    const size_t equals = arg.find('=');
    if (arg.starts_with("--") && equals != std::string::npos && equals > 2) {
      args.push_back(arg.substr(0, equals));
      args.push_back(arg.substr(equals + 1));
    } else {
      args.push_back(arg);
    }
  }
  if (args.empty()) {
    std::cerr << "communique: missing command (try --help)\n";
    return 2;
  }
  using communique::cli::PrintChecked;
  if (std::find(args.begin(), args.end(), "--version") != args.end()) {
    return PrintChecked("--version", "communique " COMMUNIQUE_VERSION "\n") ? 0 : 1;
  }
  const std::string command = args.front();
  args.erase(args.begin());
  if (command == "--help" || command == "-h" || command == "help") {
    return PrintChecked("--help", kUsage) ? 0 : 1;
  }
  for (const communique::cli::Command& c : communique::cli::Commands()) {
    if (command == c.name) return c.run(args);
  }
  std::cerr << "communique: unknown command '" << communique::cli::Printable(command)
            << "' (try --help)\n";
  return 2;
}
