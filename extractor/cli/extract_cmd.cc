#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "cli/batch.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/inputs.h"
#include "communique/serialize.h"

namespace communique::cli {
namespace {

constexpr const char* kHelp =
    "usage: communique extract [options] INPUT...\n"
    "\n"
    "INPUT is a file, a directory (every *.txt and *.md in it, sorted by name), or '-' for\n"
    "JSON Lines on stdin ({\"text\": ..., \"id\"?, \"published\"?, \"format\"?} per line).\n"
    "A sidecar NAME.meta.json beside NAME.txt is read when present.\n"
    "\n"
    "options:\n"
    "  -o DIR                 write DIR/<id>.json per document (else JSON Lines on stdout)\n"
    "  --published YYYY-MM-DD reference date for relative dates (overrides sidecars)\n"
    "  --format text|markdown input format (overrides sidecars and file extensions)\n"
    "  --rules DIR            use the rule pack in DIR instead of the embedded one\n"
    "  --profile NAME         default | timeml (TempEval conventions for dates)\n"
    "  --jobs N               worker threads (default: all cores)\n"
    "  --pretty               indent the JSON\n"
    "  --no-rule-ids          leave out the \"rule\" fields\n"
    "  --summary              print a short human summary on stderr at the end\n"
    "\n"
    "exit status: 0 all documents processed, 1 some failed (their records hold the error),\n"
    "2 usage or rule errors.\n";

bool IsErrorDocument(const Document& doc, std::string* message) {
  for (const Diagnostic& d : doc.diagnostics) {
    if (d.level == Diagnostic::Level::kError) {
      *message = doc.id + ": " + d.message;
      return true;
    }
  }
  return false;
}

}  // namespace

int RunExtract(const std::vector<std::string>& args) {
  std::vector<std::string> inputs;
  std::string output_dir;
  RunFlags flags;
  JsonOptions json_options;
  bool summary = false;
  constexpr unsigned kFlags = RunFlags::kRules | RunFlags::kProfile | RunFlags::kJobs |
                              RunFlags::kOverrides;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (std::optional<int> taken = TakeRunFlag("extract", args, &i, kFlags, &flags)) {
      if (*taken != kExitOk) return *taken;
    } else if (arg == "--help" || arg == "-h") {
      std::cout << kHelp;
      return kExitOk;
    } else if (arg == "-o") {
      if (i + 1 >= args.size()) return UsageError("extract", "-o needs a directory");
      output_dir = args[++i];
    } else if (arg == "--pretty") {
      json_options.pretty = true;
    } else if (arg == "--no-rule-ids") {
      json_options.include_rules = false;
    } else if (arg == "--summary") {
      summary = true;
    } else if (arg.size() > 1 && arg[0] == '-') {
      return UsageError("extract", "unknown option " + arg);
    } else {
      inputs.push_back(arg);
    }
  }
  if (inputs.empty()) return UsageError("extract", "no INPUT given (try --help)");
  std::vector<std::string> paths;
  if (auto problem = InputStream::Expand(inputs, &paths)) return UsageError("extract", *problem);
  if (!output_dir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(output_dir, ec);
    if (ec) return UsageError("extract", output_dir + ": " + ec.message());
  }
  std::shared_ptr<const Engine> engine = LoadEngine(flags.rules_dir, flags.profile);
  if (!engine) return kExitUsage;

  const size_t expected_bytes = ExpectedInputBytes(paths);
  struct {
    std::atomic<size_t> actors{0}, dates{0}, topics{0}, commitments{0};
  } totals;  // for --summary; workers add concurrently
  InputStream stream(std::move(paths), flags.overrides, std::cin);
  auto process = [&](std::vector<InputItem>& items) {
    return ProcessChunk(*engine, items, [&](const Document& doc, BatchResult& result) {
      result.failed = IsErrorDocument(doc, &result.failure);
      result.json = ToJson(doc, json_options);
      totals.actors += doc.actors.size();
      totals.dates += doc.dates.size();
      totals.topics += doc.topics.size();
      totals.commitments += doc.commitments.size();
    });
  };
  size_t write_failures = 0;
  auto sink = [&](BatchResult& result) {
    if (result.failed) std::cerr << "communique extract: " << result.failure << "\n";
    if (output_dir.empty()) {
      std::fwrite(result.json.data(), 1, result.json.size(), stdout);
      std::fputc('\n', stdout);
      return;
    }
    std::string path = output_dir + "/" + SafeFileName(result.id) + ".json";
    std::string problem = WriteFileAtomically(path, result.json + "\n");
    if (!problem.empty()) {
      std::cerr << "communique extract: " << problem << "\n";
      ++write_failures;
    }
  };
  BatchStats stats = RunBatch(stream, flags.jobs > 0 ? flags.jobs : DefaultJobs(), process, sink, ::isatty(STDERR_FILENO) != 0,
                              expected_bytes, [] { std::fflush(stdout); });
  std::fflush(stdout);
  if (summary) {
    std::fprintf(stderr,
                 "communique extract: %zu documents (%zu failed), %.2f MB in %.2f s: %zu actors, "
                 "%zu dates, %zu topics, %zu commitments%s%s\n",
                 stats.documents, stats.failed, stats.bytes / 1e6, stats.seconds,
                 totals.actors.load(), totals.dates.load(), totals.topics.load(),
                 totals.commitments.load(), output_dir.empty() ? "" : ", written to ",
                 output_dir.c_str());
  }
  return (stats.failed > 0 || write_failures > 0) ? kExitSomeFailed : kExitOk;
}

}  // namespace communique::cli
