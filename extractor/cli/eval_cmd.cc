#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <optional>
#include <set>
#include <string>

#include "batch.h"
#include "commands.h"
#include "common.h"
#include "inputs.h"
#include "io.h"
#include "score_report.h"
#include "communique/serialize.h"

namespace communique::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kHelp =
    "usage: communique eval [options] DIR...\n"
    "\n"
    "Extracts every document NAME.txt / NAME.md in each DIR (with its NAME.meta.json) and scores\n"
    "it against NAME.gold.json beside it, in memory: the report of 'communique score' without\n"
    "writing predictions. A document without gold is not scored (noted on stderr); a gold file\n"
    "without its document is scored as an empty prediction.\n"
    "\n"
    "options:\n"
    "  --profile NAME         default | timeml (TempEval conventions for dates)\n"
    "  --rules DIR            lay the rule files of DIR over the embedded pack (rules/README.md)\n"
    "  --jobs N               worker threads (default: all cores)\n"
    "  --max-bytes N          the largest document read (K, M, G suffixes; default 256M)\n"
    "  --gold DIR             read NAME.gold.json from DIR instead of beside each document\n"
    "                         (gold kept apart from the texts, e.g. tests/heldout); documents\n"
    "                         without gold there are skipped quietly\n";

constexpr const char* kExitHelp =
    "\n"
    "exit status: 0 scored; 1 a --min bound was missed, or a document or gold file could not be\n"
    "read (reported on stderr); 2 usage or rule errors.\n";

// NAME.gold.json in `gold_dir`, or beside the document when it is empty.
fs::path GoldPathFor(const std::string& document_path, const std::string& gold_dir) {
  fs::path path(document_path);
  fs::path dir = gold_dir.empty() ? path.parent_path() : fs::path(gold_dir);
  return dir / (path.stem().string() + std::string(kGoldSuffix));
}

struct EvalArgs {
  std::vector<std::string> inputs;
  std::string gold_dir;  // --gold DIR; empty: gold beside each document
  RunFlags flags;
  ReportOptions report;
};

// Reads eval's options into *out. Returns an exit status when the command
// ends here (--help, a usage error).
std::optional<int> ParseEvalArgs(const std::vector<std::string>& args, EvalArgs* out) {
  constexpr unsigned kFlags = RunFlags::kRules | RunFlags::kProfile | RunFlags::kJobs | RunFlags::kReading;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      return PrintHelp("eval", std::string(kHelp) + kReportOptionsHelp + kExitHelp);
    }
    if (std::optional<int> taken = TakeReportOption("eval", args, &i, &out->report)) {
      if (*taken != kExitOk) return *taken;
    } else if (std::optional<int> run_flag = TakeRunFlag("eval", args, &i, kFlags, &out->flags)) {
      if (*run_flag != kExitOk) return *run_flag;
    } else if (arg == "--gold") {
      std::error_code ec;
      if (i + 1 >= args.size() || !fs::is_directory(args[i + 1], ec)) {
        return UsageError("eval", "--gold needs a directory");
      }
      out->gold_dir = args[++i];
    } else if (arg == "-" || (arg.size() > 1 && arg[0] == '-')) {
      return UsageError("eval", "unknown option " + arg);
    } else {
      out->inputs.push_back(arg);
    }
  }
  if (out->inputs.empty()) return UsageError("eval", "no DIR given (try --help)");
  return std::nullopt;
}

// What eval scores: the documents that have gold (only they are worth
// extracting), and the gold files whose document is missing.
struct EvalSet {
  std::vector<std::string> documents;  // in input order
  std::vector<fs::path> orphan_gold;   // sorted
};

// The documents of `expanded` with gold, into set->documents; returns their
// gold files. Gold beside the documents: each one without is a warning; a
// --gold DIR may hold gold for only some of them, so they are counted.
std::set<fs::path> SelectDocumentsWithGold(const EvalArgs& args, const std::vector<std::string>& expanded,
                                           ReportBuilder& builder, EvalSet* set) {
  std::set<fs::path> gold_with_document;
  std::error_code ec;
  size_t without_gold = 0;
  for (const std::string& path : expanded) {
    fs::path gold = GoldPathFor(path, args.gold_dir);
    if (fs::exists(gold, ec)) {
      set->documents.push_back(path);
      gold_with_document.insert(gold.lexically_normal());
    } else if (args.gold_dir.empty()) {
      builder.Warn(path + ": no " + gold.filename().string() + " beside it, not scored");
    } else {
      ++without_gold;
    }
  }
  if (without_gold > 0) {
    builder.Warn(std::to_string(without_gold) + " documents without gold in " + args.gold_dir +
                 ", not scored");
  }
  return gold_with_document;
}

// The gold files in the gold folders (--gold DIR, else each input folder)
// that are not in `gold_with_document`, into set->orphan_gold, sorted: they
// still count, as empty predictions.
void FindOrphanGold(const EvalArgs& args, const std::set<fs::path>& gold_with_document, EvalSet* set) {
  std::error_code ec;
  const std::vector<std::string> gold_dirs =
      args.gold_dir.empty() ? args.inputs : std::vector<std::string>{args.gold_dir};
  for (const std::string& input : gold_dirs) {
    if (!fs::is_directory(input, ec)) continue;
    for (fs::directory_iterator it(input, ec), end; !ec && it != end; it.increment(ec)) {
      if (GoldDocumentName(it->path().filename().string()) &&
          !gold_with_document.count(it->path().lexically_normal())) {
        set->orphan_gold.push_back(it->path());
      }
    }
  }
  std::sort(set->orphan_gold.begin(), set->orphan_gold.end());
}

// Extracts set.documents on the workers and scores each against its gold.
void ScoreExtracted(const Engine& engine, const EvalArgs& args, const EvalSet& set, ReportBuilder& builder) {
  const JsonOptions json_options;  // with rule ids, for --errors
  auto process = [&](std::vector<InputItem>& items) {
    return ProcessChunk(engine, items, [&](const Document& doc, BatchResult& result) {
      result.json = ToJson(doc, json_options);
    });
  };
  // RunBatch hands results back in input order, one per document: the i-th
  // result belongs to set.documents[i].
  size_t next = 0;
  auto sink = [&](BatchResult& result) {
    const std::string& path = set.documents[next++];
    std::optional<Annotations> gold = builder.LoadGold(GoldPathFor(path, args.gold_dir).string());
    if (!gold) return true;
    std::optional<Annotations> pred;
    if (result.failed) {
      builder.Problem(result.failure + " (scored as an empty prediction)");
    } else {
      pred = builder.Parse(result.json, path + " (extracted)");
    }
    builder.Add(fs::path(path).stem().string(), *gold, pred.value_or(Annotations{}));
    return true;
  };
  InputStream stream(set.documents, InputOverrides{}, args.flags.max_bytes);
  BatchOptions batch;
  batch.jobs = args.flags.jobs > 0 ? args.flags.jobs : DefaultJobs();
  batch.show_progress = ::isatty(STDERR_FILENO) != 0;
  BatchStats stats = RunBatch(stream, batch, process, sink);
  if (!stats.fatal.empty()) builder.Problem(stats.fatal);
}

// Scores each gold file without its document against an empty prediction.
void ScoreOrphanGold(const EvalSet& set, ReportBuilder& builder) {
  for (const fs::path& gold_path : set.orphan_gold) {
    std::optional<Annotations> gold = builder.LoadGold(gold_path.string());
    if (!gold) continue;
    builder.Warn(gold_path.string() + ": no document beside it, scored as an empty prediction");
    builder.Add(*GoldDocumentName(gold_path.filename().string()), *gold, Annotations{});
  }
}

}  // namespace

int RunEval(const std::vector<std::string>& args) {
  EvalArgs parsed;
  if (std::optional<int> exit = ParseEvalArgs(args, &parsed)) return *exit;
  std::vector<std::string> expanded;
  if (auto problem = InputStream::Expand(parsed.inputs, parsed.flags.expand, &expanded)) {
    return UsageError("eval", Printable(*problem));
  }
  ReportBuilder builder("eval", parsed.report);
  EvalSet set;
  const std::set<fs::path> gold_with_document = SelectDocumentsWithGold(parsed, expanded, builder, &set);
  FindOrphanGold(parsed, gold_with_document, &set);
  if (set.documents.empty() && set.orphan_gold.empty()) {
    return UsageError("eval", "no documents with a NAME.gold.json beside them");
  }
  std::shared_ptr<const Engine> engine = LoadEngine(parsed.flags.rules_dir, parsed.flags.profile);
  if (!engine) return kExitUsage;
  ScoreExtracted(*engine, parsed, set, builder);
  ScoreOrphanGold(set, builder);
  return builder.Finish();
}

}  // namespace communique::cli
