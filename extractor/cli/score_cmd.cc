#include <algorithm>
#include <filesystem>
#include <iostream>
#include <string>

#include "commands.h"
#include "common.h"
#include "score_report.h"

namespace communique::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kHelp =
    "usage: communique score --gold DIR --pred DIR [options]\n"
    "\n"
    "Pairs every DIR/NAME.gold.json with PRED/NAME.json and scores the fields each gold file\n"
    "annotates (a non-empty list), micro-averaged over documents (SPEC section 9). A missing or\n"
    "unreadable prediction is reported on stderr and scored as empty.\n"
    "\n"
    "options:\n";

constexpr const char* kExitHelp =
    "\n"
    "exit status: 0 scored; 1 a --min bound was missed or a file was unreadable or malformed\n"
    "(reported on stderr; a missing prediction only warns); 2 usage error.\n";

}  // namespace

int RunScore(const std::vector<std::string>& args) {
  std::string gold_dir, pred_dir;
  ReportOptions options;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      return PrintHelp("score", std::string(kHelp) +
                                    "  --gold DIR             the gold files NAME.gold.json\n"
                                    "  --pred DIR             the predictions NAME.json (communique extract -o DIR)\n" +
                                    kReportOptionsHelp + kExitHelp);
    }
    if (std::optional<int> taken = TakeReportOption("score", args, &i, &options)) {
      if (*taken != kExitOk) return *taken;
    } else if (arg == "--gold" || arg == "--pred") {
      if (i + 1 >= args.size()) return UsageError("score", arg + " needs a directory");
      (arg == "--gold" ? gold_dir : pred_dir) = args[++i];
    } else {
      return UsageError("score", "unknown argument " + arg + " (try --help)");
    }
  }
  if (gold_dir.empty() || pred_dir.empty()) {
    return UsageError("score", "both --gold DIR and --pred DIR are needed");
  }
  std::error_code ec;
  if (!fs::is_directory(gold_dir, ec)) return UsageError("score", gold_dir + ": not a directory");
  if (!fs::is_directory(pred_dir, ec)) return UsageError("score", pred_dir + ": not a directory");

  std::vector<std::string> names;
  for (fs::directory_iterator it(gold_dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string file = it->path().filename().string();
    if (std::optional<std::string> name = GoldDocumentName(file)) names.push_back(std::move(*name));
  }
  if (ec) return UsageError("score", gold_dir + ": " + ec.message());
  if (names.empty()) return UsageError("score", gold_dir + ": no *.gold.json files");
  std::sort(names.begin(), names.end());

  ReportBuilder builder("score", options);
  for (const std::string& name : names) {
    std::optional<Annotations> gold = builder.Load((fs::path(gold_dir) / (name + std::string(kGoldSuffix))).string());
    if (!gold) continue;  // reported; a document without usable gold cannot be scored
    std::string pred_path = (fs::path(pred_dir) / (name + ".json")).string();
    std::optional<Annotations> pred;
    if (fs::exists(pred_path, ec)) {
      pred = builder.Load(pred_path);
    } else {
      builder.Warn(pred_path + ": no prediction, scored as empty");
    }
    builder.Add(name, *gold, pred.value_or(Annotations{}));
  }
  return builder.Finish();
}

}  // namespace communique::cli
