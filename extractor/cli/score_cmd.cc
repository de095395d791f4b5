#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <string>

#include "commands.h"
#include "common.h"
#include "records.h"
#include "score_report.h"

namespace communique::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kHelp =
    "usage: communique score --gold DIR --pred DIR|FILE|- [options]\n"
    "\n"
    "Pairs every DIR/NAME.gold.json with PRED/NAME.json (a folder of records, extract -o DIR)\n"
    "or with the record whose \"id\" is NAME (a JSON Lines FILE, extract's stdout, or - for\n"
    "stdin), and scores the fields each gold file annotates (a non-empty list), micro-averaged\n"
    "over documents (SPEC section 9). A missing or unreadable prediction is reported on stderr\n"
    "and scored as empty.\n"
    "\n"
    "options:\n";

constexpr const char* kExitHelp =
    "\n"
    "exit status: 0 scored; 1 a --min bound was missed or a file was unreadable or malformed\n"
    "(reported on stderr; a missing prediction only warns); 2 usage error.\n";

// Reads the records of a JSON Lines file (or stdin) into *records by id,
// keeping those of the gold `names`. An unusable record is reported and kept
// as nullopt (scored as empty, as an unreadable NAME.json is). Returns false
// when the file cannot be opened.
bool ReadPredictionLines(const std::string& path, const std::vector<std::string>& names,
                         ReportBuilder* builder,
                         std::map<std::string, std::optional<Annotations>>* records) {
  const std::set<std::string> wanted(names.begin(), names.end());
  size_t without_gold = 0;
  std::optional<size_t> read = ReadRecords(
      {path}, std::cin,
      [&](const nlohmann::json& record, const std::string& where) {
        std::string id = StringField(record, "id");
        if (!wanted.count(id)) {
          ++without_gold;
          return;
        }
        if (records->count(id)) {
          builder->Problem(where + ": a second record with id " + id + " (ignored)");
          return;
        }
        (*records)[id] = builder->Parse(record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), where);
      },
      [&](const std::string& message) { builder->Problem(message); });
  if (!read) return false;
  if (without_gold > 0) {
    builder->Warn((path == "-" ? std::string("stdin") : path) + ": " + std::to_string(without_gold) +
                  (without_gold == 1 ? " record has" : " records have") +
                  " no NAME.gold.json for its id, not scored");
  }
  return true;
}

}  // namespace

int RunScore(const std::vector<std::string>& args) {
  std::string gold_dir, pred_dir;
  ReportOptions options;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      return PrintHelp("score", std::string(kHelp) +
                                    "  --gold DIR             the gold files NAME.gold.json\n"
                                    "  --pred DIR|FILE|-      the predictions: NAME.json files (communique extract -o DIR),\n"
                                    "                         or JSON Lines of records matched by \"id\"\n" +
                                    kReportOptionsHelp + kExitHelp);
    }
    if (std::optional<int> taken = TakeReportOption("score", args, &i, &options)) {
      if (*taken != kExitOk) return *taken;
    } else if (arg == "--gold" || arg == "--pred") {
      if (i + 1 >= args.size()) {
        return UsageError("score", arg + (arg == "--gold" ? " needs a directory" : " needs a directory or file"));
      }
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
  const bool pred_lines = pred_dir == "-" || !fs::is_directory(pred_dir, ec);
  if (pred_lines && pred_dir != "-" && !fs::is_regular_file(pred_dir, ec)) {
    return UsageError("score", pred_dir + ": not a directory or a file");
  }

  std::vector<std::string> names;
  for (fs::directory_iterator it(gold_dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string file = it->path().filename().string();
    if (std::optional<std::string> name = GoldDocumentName(file)) names.push_back(std::move(*name));
  }
  if (ec) return UsageError("score", gold_dir + ": " + ec.message());
  if (names.empty()) return UsageError("score", gold_dir + ": no *.gold.json files");
  std::sort(names.begin(), names.end());

  ReportBuilder builder("score", options);
  std::map<std::string, std::optional<Annotations>> records;
  if (pred_lines && !ReadPredictionLines(pred_dir, names, &builder, &records)) return kExitUsage;
  for (const std::string& name : names) {
    std::optional<Annotations> gold = builder.LoadGold((fs::path(gold_dir) / (name + std::string(kGoldSuffix))).string());
    if (!gold) continue;  // reported; a document without usable gold cannot be scored
    std::optional<Annotations> pred;
    if (pred_lines) {
      auto it = records.find(name);
      if (it != records.end()) {
        pred = std::move(it->second);
      } else {
        builder.Warn(pred_dir + ": no record with id " + name + ", scored as empty");
      }
    } else if (std::string pred_path = (fs::path(pred_dir) / (name + ".json")).string();
               fs::exists(pred_path, ec)) {
      pred = builder.Load(pred_path);
    } else {
      builder.Warn(pred_path + ": no prediction, scored as empty");
    }
    builder.Add(name, *gold, pred.value_or(Annotations{}));
  }
  return builder.Finish();
}

}  // namespace communique::cli
