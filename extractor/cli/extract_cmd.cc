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
  std::string output_dir, rules_dir, profile = "default";
  InputOverrides overrides;
  int jobs = DefaultJobs();
  JsonOptions json_options;
  bool summary = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= args.size()) return false;
      *out = args[++i];
      return true;
    };
    std::string v;
    if (arg == "--help" || arg == "-h") {
      std::cout << kHelp;
      return kExitOk;
    } else if (arg == "-o") {
      if (!value(&output_dir)) return UsageError("extract", "-o needs a directory");
    } else if (arg == "--published") {
      if (!value(&v) || !IsValidIsoDate(v)) {
        return UsageError("extract", "--published needs a date YYYY-MM-DD");
      }
      overrides.published = v;
    } else if (arg == "--format") {
      if (!value(&v) || (v != "text" && v != "markdown")) {
        return UsageError("extract", "--format must be text or markdown");
      }
      overrides.format = v == "markdown" ? Format::kMarkdown : Format::kText;
    } else if (arg == "--rules") {
      if (!value(&rules_dir)) return UsageError("extract", "--rules needs a directory");
    } else if (arg == "--profile") {
      if (!value(&profile) || (profile != "default" && profile != "timeml")) {
        return UsageError("extract", "--profile must be default or timeml");
      }
    } else if (arg == "--jobs" || arg == "-j") {
      if (!value(&v) || v.find_first_not_of("0123456789") != std::string::npos || v.empty() ||
          std::stoi(v.substr(0, 4)) < 1) {
        return UsageError("extract", "--jobs needs a positive number");
      }
      jobs = std::stoi(v.substr(0, 4));
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
  std::shared_ptr<const Engine> engine = LoadEngine(rules_dir, profile);
  if (!engine) return kExitUsage;

  const size_t expected_bytes = ExpectedInputBytes(paths);
  struct {
    std::atomic<size_t> actors{0}, dates{0}, topics{0}, commitments{0};
  } totals;  // for --summary; workers add concurrently
  InputStream stream(std::move(paths), overrides, std::cin);
  auto process = [&](InputItem& item) {
    BatchResult result;
    result.id = item.document.id;
    result.input_bytes = item.document.bytes.size();
    if (item.error) {
      result.failed = true;
      result.failure = *item.error;
      result.json = ErrorRecordJson(result.id, *item.error);
      return result;
    }
    Document doc = engine->Process(std::move(item.document));
    result.failed = IsErrorDocument(doc, &result.failure);
    result.json = ToJson(doc, json_options);
    totals.actors += doc.actors.size();
    totals.dates += doc.dates.size();
    totals.topics += doc.topics.size();
    totals.commitments += doc.commitments.size();
    return result;
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
  BatchStats stats = RunBatch(stream, jobs, process, sink, ::isatty(STDERR_FILENO) != 0,
                              expected_bytes);
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
