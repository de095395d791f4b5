#include "score_report.h"

#include <iostream>

#include "commands.h"
#include "common.h"
#include "io.h"

namespace communique::cli {

const char* const kReportOptionsHelp =
    "  --json                 print one flat JSON object: the SPEC metric names as keys (null\n"
    "                         when not measured), plus \"<metric>.p\", \".r\", \".correct\",\n"
    "                         \".pred\", \".gold\" (F1 metrics) or \".correct\", \".pairs\" (means),\n"
    "                         \"documents\" and \"<field>.documents\"\n"
    "  --per-doc              add a block (table) or a line (JSON, before the overall line)\n"
    "                         per document\n"
    "  --errors               list every false positive (FP), false negative (FN) and\n"
    "                         attribute mismatch with its position, text and rule id\n"
    "  --min METRIC=VALUE     exit 1 when METRIC (a SPEC name, or its .p / .r, or one type:\n"
    "                         commitments.by_type.pledge.f1, .p, .r) is below VALUE;\n"
    "                         repeatable\n"
    "  --partial              gold files may annotate only some attributes: a commitment\n"
    "                         may hold only its trigger, a date only its span, an actor no\n"
    "                         mentions or role; what a gold item leaves out is not scored\n"
    "                         (\"scored\" and \"<metric>.documents\" say what was)\n";

std::optional<int> TakeReportOption(const std::string& command, const std::vector<std::string>& args,
                                    size_t* i, ReportOptions* options) {
  const std::string& arg = args[*i];
  if (arg == "--json") {
    options->json = true;
  } else if (arg == "--per-doc") {
    options->per_doc = true;
  } else if (arg == "--errors") {
    options->errors = true;
  } else if (arg == "--partial") {
    options->partial = true;
  } else if (arg == "--min") {
    if (*i + 1 >= args.size()) return UsageError(command, "--min needs METRIC=VALUE");
    Result<MinBound> bound = ParseMinBound(args[++*i]);
    if (!bound.ok()) return UsageError(command, bound.status().message());
    options->bounds.push_back(*bound);
  } else {
    return std::nullopt;
  }
  return kExitOk;
}

namespace {

std::optional<std::string> ReadChecked(const std::string& path, ReportBuilder* builder) {
  std::string content;
  if (auto problem = ReadFileChecked(path, kDefaultMaxBytes, true, &content)) {
    builder->Problem(path + ": " + *problem);
    return std::nullopt;
  }
  return content;
}

}  // namespace

std::optional<Annotations> ReportBuilder::Load(const std::string& path) {
  std::optional<std::string> content = ReadChecked(path, this);
  return content ? Parse(*content, path) : std::nullopt;
}

std::optional<Annotations> ReportBuilder::LoadGold(const std::string& path) {
  std::optional<std::string> content = ReadChecked(path, this);
  return content ? Parse(*content, path, /*gold=*/true) : std::nullopt;
}

std::optional<Annotations> ReportBuilder::Parse(const std::string& json_text,
                                                const std::string& where, bool gold) {
  Result<Annotations> parsed = ParseAnnotations(json_text, gold && options_.partial);
  if (!parsed.ok()) {
    Problem(where + ": " + parsed.status().message());
    return std::nullopt;
  }
  for (const std::string& problem : parsed->problems) Problem(where + ": " + problem);
  return std::move(parsed).value();
}

void ReportBuilder::Problem(const std::string& message) {
  Warn(message);
  ++problems_;
}

void ReportBuilder::Warn(const std::string& message) {
  std::cerr << "communique " << command_ << ": " << Printable(message) << "\n";
}

void ReportBuilder::Add(std::string name, const Annotations& gold, const Annotations& pred) {
  report_.Add(ScoreDocument(std::move(name), gold, pred, options_.errors));
}

int ReportBuilder::Finish() {
  std::string out;
  if (options_.errors) out += FormatErrors(report_, options_.json);
  if (options_.errors && !options_.json && !out.empty()) out += "\n";
  out += options_.json ? FormatJson(report_, options_.per_doc)
                       : FormatTable(report_, options_.per_doc);
  if (!PrintChecked(command_, out)) return kExitSomeFailed;
  std::vector<std::string> missed = CheckBounds(report_, options_.bounds);
  for (const std::string& line : missed) {
    std::cerr << "communique " << command_ << ": below the bound: " << line << "\n";
  }
  if (problems_ > 0) {
    std::cerr << "communique " << command_ << ": " << problems_
              << " input problem(s) reported above\n";
  }
  return (!missed.empty() || problems_ > 0) ? kExitSomeFailed : kExitOk;
}

}  // namespace communique::cli
