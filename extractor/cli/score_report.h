// What 'score' and 'eval' share: the report options (--json, --per-doc,
// --errors, --min), reading gold and prediction files, and printing the
// report with its exit status.
#ifndef COMMUNIQUE_CLI_SCORE_REPORT_H_
#define COMMUNIQUE_CLI_SCORE_REPORT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "communique/score.h"

namespace communique::cli {

extern const char* const kReportOptionsHelp;

// Gold files are NAME.gold.json, beside the document NAME.txt or in a gold
// directory.
inline constexpr std::string_view kGoldSuffix = ".gold.json";

// NAME for a file name "NAME.gold.json" (NAME not empty), else nullopt.
inline std::optional<std::string> GoldDocumentName(std::string_view file_name) {
  if (file_name.size() <= kGoldSuffix.size() || !file_name.ends_with(kGoldSuffix)) return std::nullopt;
  return std::string(file_name.substr(0, file_name.size() - kGoldSuffix.size()));
}

struct ReportOptions {
  bool json = false;
  bool per_doc = false;
  bool errors = false;
  bool partial = false;  // gold files may leave attributes out (ParseAnnotations)
  std::vector<MinBound> bounds;
};

// Takes args[*i] (and its value) when it is a report option.
// Returns nullopt when args[*i] is not one; else the exit status of a usage
// error, or kExitOk when taken.
std::optional<int> TakeReportOption(const std::string& command, const std::vector<std::string>& args,
                                    size_t* i, ReportOptions* options);

// Collects scores, and counts input problems (each printed on stderr with
// the file name as it happens) so that they turn into exit status 1.
class ReportBuilder {
 public:
  ReportBuilder(std::string command, const ReportOptions& options)
      : command_(std::move(command)), options_(options) {}

  // Reads and parses a file; prints why on failure and returns nullopt.
  // Skipped items are printed and counted too.
  std::optional<Annotations> Load(const std::string& path);
  // The same for a gold file: with --partial, it may leave attributes out.
  std::optional<Annotations> LoadGold(const std::string& path);
  // Parses JSON text already in memory; `where` names it in messages.
  std::optional<Annotations> Parse(const std::string& json_text, const std::string& where,
                                   bool gold = false);
  // Prints "communique <command>: <message>" and counts it as a problem.
  void Problem(const std::string& message);
  // Prints the message without counting it (a missing prediction: its cost
  // is already in the scores).
  void Warn(const std::string& message);

  void Add(std::string name, const Annotations& gold, const Annotations& pred);

  // Prints the report (and errors) on stdout, the missed bounds on stderr,
  // and returns the exit status: 1 when a bound is missed or an input had a
  // problem, else 0.
  int Finish();

 private:
  std::string command_;
  const ReportOptions& options_;
  ScoreReport report_;
  size_t problems_ = 0;
};

}  // namespace communique::cli

#endif  // COMMUNIQUE_CLI_SCORE_REPORT_H_
