#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <iostream>
#include <optional>

#include "batch.h"
#include "commands.h"
#include "common.h"
#include "inputs.h"
#include "io.h"
#include "output_names.h"
#include "communique/serialize.h"

namespace communique::cli {
namespace {

constexpr const char* kHelp =
    "usage: communique extract [options] INPUT...\n"
    "\n"
    "INPUT is a file, a directory (every *.txt and *.md in it, sorted by name), or '-' for\n"
    "JSON Lines on stdin ({\"text\": ..., \"id\"?, \"published\"?, \"title\"?, \"url\"?,\n"
    "\"format\"?} per line). A sidecar NAME.meta.json beside NAME.txt is read when present\n"
    "(and is never read as a document itself).\n"
    "\n"
    "options:\n"
    "  -o DIR                 write DIR/<id>.json per document (else JSON Lines on stdout); a\n"
    "                         name taken earlier in the run gets a suffix ~2, ~3 (a warning)\n"
    "  --published YYYY-MM-DD reference date for relative dates (overrides sidecars)\n"
    "  --format text|markdown input format (overrides sidecars and file extensions)\n"
    "  --rules DIR            lay the rule files of DIR over the embedded pack (rules/README.md)\n"
    "  --profile NAME         default | timeml (TempEval conventions for dates)\n"
    "  --jobs N               worker threads (default: all cores)\n";

constexpr const char* kHelpTail =
    "  --pretty               indent the JSON\n"
    "  --no-rule-ids          leave out the \"rule\" fields\n"
    "  --summary              print a short human summary on stderr at the end\n"
    "\n"
    "exit status: 0 all documents processed, 1 some failed (their records hold the error) or\n"
    "a record could not be written, 2 usage or rule errors, or no documents in the inputs.\n";

std::string Help() {
  std::string help = kHelp;
  help += kReadingHelp;
  help += kHelpTail;
  return help;
}

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
  std::optional<std::string> output_dir;
  RunFlags flags;
  JsonOptions json_options;
  bool summary = false;
  constexpr unsigned kFlags = RunFlags::kRules | RunFlags::kProfile | RunFlags::kJobs |
                              RunFlags::kOverrides | RunFlags::kReading;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (std::optional<int> taken = TakeRunFlag("extract", args, &i, kFlags, &flags)) {
      if (*taken != kExitOk) return *taken;
    } else if (arg == "--help" || arg == "-h") {
      return PrintHelp("extract", Help());
    } else if (arg == "-o") {
      if (i + 1 >= args.size() || args[i + 1].empty()) return UsageError("extract", "-o needs a directory");
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
  if (auto problem = InputStream::Expand(inputs, flags.expand, &paths)) {
    return UsageError("extract", Printable(*problem));
  }
  if (paths.empty()) {
    return UsageError("extract", "no documents in the inputs (directories give their *.txt and *.md "
                                 "files; see --glob and --recursive)");
  }
  std::string problem;
  const std::optional<OutputDirectory> directory =
      output_dir ? OutputDirectory::Open(*output_dir, &problem) : std::nullopt;
  if (output_dir && !directory) {
    std::cerr << "communique extract: " << Printable(problem) << "\n";
    return kExitSomeFailed;
  }
  std::shared_ptr<const Engine> engine = LoadEngine(flags.rules_dir, flags.profile);
  if (!engine) return kExitUsage;

  const size_t expected_bytes = ExpectedInputBytes(paths);
  struct {
    std::atomic<size_t> actors{0}, dates{0}, topics{0}, commitments{0};
  } totals;  // for --summary; workers add concurrently
  InputStream stream(std::move(paths), flags.overrides, flags.max_bytes);
  OutputNames names;
  BatchOptions options;
  options.jobs = flags.jobs > 0 ? flags.jobs : DefaultJobs();
  options.show_progress = ::isatty(STDERR_FILENO) != 0;
  options.expected_bytes = expected_bytes;
  Output& out = Stdout();
  options.idle = [&out] { out.Flush(); };
  if (directory) {
    // Names are given on the reading thread, in input order, so that they
    // do not depend on which worker finishes first.
    options.admit = [&names](InputItem& item) {
      std::string warning;
      item.output_name = names.Claim(item.document.id, &warning);
      if (!warning.empty()) item.warnings.push_back(std::move(warning));
    };
  }
  auto process = [&](std::vector<InputItem>& items) {
    std::vector<BatchResult> results =
        ProcessChunk(*engine, items, [&](const Document& doc, BatchResult& result) {
          result.failed = IsErrorDocument(doc, &result.failure);
          result.json = ToJson(doc, json_options);
          totals.actors += doc.actors.size();
          totals.dates += doc.dates.size();
          totals.topics += doc.topics.size();
          totals.commitments += doc.commitments.size();
        });
    // Written here, on the worker, so that -o DIR scales with --jobs.
    if (directory) {
      for (BatchResult& result : results) {
        result.json += '\n';
        result.write_error = directory->WriteAtomically(result.output_name, result.json);
      }
    }
    return results;
  };
  auto sink = [&](BatchResult& result) {
    for (const std::string& warning : result.warnings) {
      std::cerr << "communique extract: warning: " << Printable(warning) << "\n";
    }
    if (result.failed) std::cerr << "communique extract: " << Printable(result.failure) << "\n";
    if (!result.write_error.empty()) {
      std::cerr << "communique extract: " << Printable(result.write_error) << "\n";
    }
    if (directory) return true;
    return out.Write(result.json) && out.Write("\n");
  };
  BatchStats stats = RunBatch(stream, options, process, sink);
  out.Flush();
  if (out.failed()) {
    std::cerr << "communique extract: stdout: " << out.error() << "; stopped after " << stats.documents
              << " documents\n";
    return kExitSomeFailed;
  }
  if (!stats.fatal.empty()) {
    std::cerr << "communique extract: " << stats.fatal << "; stopped after " << stats.documents
              << " documents\n";
    return kExitSomeFailed;
  }
  if (stats.documents == 0) {
    std::cerr << "communique extract: no documents in the inputs\n";
    return kExitUsage;
  }
  if (summary) {
    std::fprintf(stderr,
                 "communique extract: %zu documents (%zu failed), %.2f MB in %.2f s: %zu actors, "
                 "%zu dates, %zu topics, %zu commitments%s%s\n",
                 stats.documents, stats.failed, stats.bytes / 1e6, stats.seconds,
                 totals.actors.load(), totals.dates.load(), totals.topics.load(),
                 totals.commitments.load(), directory ? ", written to " : "",
                 directory ? Printable(directory->path()).c_str() : "");
  }
  return stats.failed > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace communique::cli
