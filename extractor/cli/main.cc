// communique: a thin command line over the library (extract | score | eval | rules check | explain).
#include <algorithm>
#include <iostream>
#include <iterator>
#include <string>
#include <string_view>
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

// The options of any command that take a value: `--name=value` is
// `--name value` for these. A flag (the rest) given a value is an error, not
// a flag followed by an input named after the value. Every help text lists
// its options; cli_test checks these lists against them.
constexpr std::string_view kValueOptions[] = {
    "--rules", "--profile", "--jobs",  "--published", "--format", "--max-bytes",
    "--glob",  "--gold",    "--pred",  "--min",       "--from",   "--table",
    "--text",  "--host",    "--port",  "--queue",     "--timeout", "--max-documents",
};
constexpr std::string_view kFlags[] = {
    "--pretty", "--no-rule-ids", "--summary", "--recursive", "--json",
    "--per-doc", "--errors", "--near-miss", "--partial", "--help", "--version",
};

bool Contains(const auto& list, std::string_view name) {
  return std::find(std::begin(list), std::end(list), name) != std::end(list);
}

// Appends `arg` to `args`, split at its '=' when it is `--option=value` for
// an option that takes a value. Returns false (and says why) for a flag
// given a value.
bool TakeArgument(const std::string& arg, std::vector<std::string>* args) {
  const size_t equals = arg.find('=');
  if (arg.starts_with("--") && equals != std::string::npos) {
    const std::string name = arg.substr(0, equals);
    if (Contains(kValueOptions, name)) {
      args->push_back(name);
      args->push_back(arg.substr(equals + 1));
      return true;
    }
    if (Contains(kFlags, name)) {
      std::cerr << "communique: " << name << " takes no value (in '"
                << communique::cli::Printable(arg) << "')\n";
      return false;
    }
  }
  args->push_back(arg);  // an unknown --x=y is the command's to report
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) {
    if (!TakeArgument(argv[i], &args)) return communique::cli::kExitUsage;
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
