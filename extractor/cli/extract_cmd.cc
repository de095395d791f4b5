#include <unistd.h>

#include <algorithm>
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

struct ExtractArgs {
  std::vector<std::string> inputs;
  std::optional<std::string> output_dir;  // -o DIR
  RunFlags flags;
  JsonOptions json;
  bool summary = false;
};

// Reads extract's options into *out. Returns an exit status when the
// command ends here (--help, a usage error).
std::optional<int> ParseExtractArgs(const std::vector<std::string>& args, ExtractArgs* out) {
  constexpr unsigned kFlags = RunFlags::kRules | RunFlags::kProfile | RunFlags::kJobs |
                              RunFlags::kOverrides | RunFlags::kReading;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (std::optional<int> taken = TakeRunFlag("extract", args, &i, kFlags, &out->flags)) {
      if (*taken != kExitOk) return *taken;
    } else if (arg == "--help" || arg == "-h") {
      return PrintHelp("extract", Help());
    } else if (arg == "-o") {
      if (i + 1 >= args.size() || args[i + 1].empty()) return UsageError("extract", "-o needs a directory");
      out->output_dir = args[++i];
    } else if (arg == "--pretty") {
      out->json.pretty = true;
    } else if (arg == "--no-rule-ids") {
      out->json.include_rules = false;
    } else if (arg == "--summary") {
      out->summary = true;
    } else if (arg.size() > 1 && arg[0] == '-') {
      return UsageError("extract", "unknown option " + arg);
    } else {
      out->inputs.push_back(arg);
    }
  }
  if (out->inputs.empty()) return UsageError("extract", "no INPUT given (try --help)");
  return std::nullopt;
}

// The documents the inputs name, into *paths. Returns an exit status when
// there are none, or an input cannot be listed.
std::optional<int> ExpandInputs(const ExtractArgs& args, std::vector<std::string>* paths) {
  if (auto problem = InputStream::Expand(args.inputs, args.flags.expand, paths)) {
    return UsageError("extract", Printable(*problem));
  }
  if (paths->empty()) {
    return UsageError("extract", "no documents in the inputs (directories give their *.txt and *.md "
                                 "files; see --glob and --recursive)");
  }
  return std::nullopt;
}

// The batch's two ends for extract: each chunk's documents are extracted,
// serialized and (with -o DIR) written on the worker; their warnings,
// failures and (without -o) records go out on the calling thread.
class ExtractRun {
 public:
  ExtractRun(const Engine& engine, const ExtractArgs& args, const OutputDirectory* directory, Output& out)
      : engine_(engine), json_(args.json), directory_(directory), out_(out) {}

  // On a worker thread.
  std::vector<BatchResult> Process(std::vector<InputItem>& items) {
    std::vector<BatchResult> results = ProcessChunk(engine_, items, [&](const Document& doc, BatchResult& result) {
      result.failed = IsErrorDocument(doc, &result.failure);
      result.json = ToJson(doc, json_);
      // The actors written: a partnership is none (Actor::partnership).
      actors_ += static_cast<size_t>(
          std::count_if(doc.actors.begin(), doc.actors.end(), [](const Actor& a) { return !a.partnership; }));
      dates_ += doc.dates.size();
      topics_ += doc.topics.size();
      commitments_ += doc.commitments.size();
    });
    // Written here, on the worker, so that -o DIR scales with --jobs.
    if (directory_) {
      for (BatchResult& result : results) {
        result.json += '\n';
        result.write_error = directory_->WriteAtomically(result.output_name, result.json);
      }
    }
    return results;
  }

  // On the calling thread, in input order. False when stdout failed.
  bool Sink(BatchResult& result) {
    for (const std::string& warning : result.warnings) {
      std::cerr << "communique extract: warning: " << Printable(warning) << "\n";
    }
    if (result.failed) std::cerr << "communique extract: " << Printable(result.failure) << "\n";
    if (!result.write_error.empty()) {
      std::cerr << "communique extract: " << Printable(result.write_error) << "\n";
    }
    if (directory_) return true;
    return out_.Write(result.json) && out_.Write("\n");
  }

  // --summary's line on stderr.
  void PrintSummary(const BatchStats& stats) const {
    std::fprintf(stderr,
                 "communique extract: %zu documents (%zu failed), %.2f MB in %.2f s: %zu actors, "
                 "%zu dates, %zu topics, %zu commitments%s%s\n",
                 stats.documents, stats.failed, stats.bytes / 1e6, stats.seconds, actors_.load(),
                 dates_.load(), topics_.load(), commitments_.load(), directory_ ? ", written to " : "",
                 directory_ ? Printable(directory_->path()).c_str() : "");
  }

 private:
  const Engine& engine_;
  const JsonOptions json_;
  const OutputDirectory* directory_;  // null: records go to out_
  Output& out_;
  std::atomic<size_t> actors_{0}, dates_{0}, topics_{0}, commitments_{0};  // workers add concurrently
};

// When the run stopped early (stdout failed, a thread could not start) or
// read no document: its exit status, with the reason on stderr.
std::optional<int> IncompleteRun(const BatchStats& stats, Output& out) {
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
  return std::nullopt;
}

}  // namespace

int RunExtract(const std::vector<std::string>& args) {
  ExtractArgs parsed;
  if (std::optional<int> exit = ParseExtractArgs(args, &parsed)) return *exit;
  std::vector<std::string> paths;
  if (std::optional<int> exit = ExpandInputs(parsed, &paths)) return *exit;
  std::string problem;
  const std::optional<OutputDirectory> directory =
      parsed.output_dir ? OutputDirectory::Open(*parsed.output_dir, &problem) : std::nullopt;
  if (parsed.output_dir && !directory) {
    std::cerr << "communique extract: " << Printable(problem) << "\n";
    return kExitSomeFailed;
  }
  std::shared_ptr<const Engine> engine = LoadEngine(parsed.flags.rules_dir, parsed.flags.profile);
  if (!engine) return kExitUsage;

  Output& out = Stdout();
  ExtractRun run(*engine, parsed, directory ? &*directory : nullptr, out);
  BatchOptions options;
  options.jobs = parsed.flags.jobs > 0 ? parsed.flags.jobs : DefaultJobs();
  options.show_progress = ::isatty(STDERR_FILENO) != 0;
  options.expected_bytes = ExpectedInputBytes(paths);
  options.idle = [&out] { out.Flush(); };
  OutputNames names;
  if (directory) {
    // Names are given on the reading thread, in input order, so that they
    // do not depend on which worker finishes first.
    options.admit = [&names](InputItem& item) {
      std::string warning;
      item.output_name = names.Claim(item.document.id, &warning);
      if (!warning.empty()) item.warnings.push_back(std::move(warning));
    };
  }
  InputStream stream(std::move(paths), parsed.flags.overrides, parsed.flags.max_bytes);
  BatchStats stats = RunBatch(
      stream, options, [&run](std::vector<InputItem>& items) { return run.Process(items); },
      [&run](BatchResult& result) { return run.Sink(result); });
  if (std::optional<int> exit = IncompleteRun(stats, out)) return *exit;
  if (parsed.summary) run.PrintSummary(stats);
  return stats.failed > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace communique::cli
