// communique render: extract, then write one HTML page per document to look
// at a release with its extractions (and, with --gold, the scorer's view).
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.h"
#include "common.h"
#include "output_names.h"
#include "html_view.h"
#include "inputs.h"
#include "communique/score.h"
#include "communique/serialize.h"

namespace communique::cli {
namespace {
namespace fs = std::filesystem;

constexpr const char* kHelp =
    "usage: communique render [--gold DIR] -o DIR [options] INPUT...\n"
    "\n"
    "Extracts INPUT (as extract reads it: files, folders, '-' for JSON Lines) and writes\n"
    "DIR/<id>.html per document: the text with actors, dates, topics, commitment triggers and\n"
    "actions highlighted (hover for what and which rule), the commitments in a table beside it.\n"
    "Pages are self-contained: no script, no network, no external asset.\n"
    "\n"
    "options:\n"
    "  --gold DIR             mark what the scorer finds against DIR/<id>.gold.json: missed\n"
    "                         (gold only), spurious (extracted only) and mismatched items\n"
    "  --partial              the gold files may annotate only some attributes (a commitment\n"
    "                         only its trigger): what they leave out is not marked (as in\n"
    "                         score, which does not score it then)\n"
    "  --published, --format, --rules, --profile   as for extract\n"
    "\n"
    "exit status: 0 every page written; 1 some documents or gold files failed (reported);\n"
    "2 usage or rule errors.\n";

}  // namespace

int RunRender(const std::vector<std::string>& args) {
  std::string output_dir, gold_dir;
  bool partial = false;
  std::vector<std::string> inputs;
  RunFlags flags;
  constexpr unsigned kFlags = RunFlags::kRules | RunFlags::kProfile | RunFlags::kOverrides;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (std::optional<int> taken = TakeRunFlag("render", args, &i, kFlags, &flags)) {
      if (*taken != kExitOk) return *taken;
    } else if (arg == "--help" || arg == "-h") {
      std::cout << kHelp;
      return kExitOk;
    } else if (arg == "--partial") {
      partial = true;
    } else if (arg == "-o" || arg == "--gold") {
      if (i + 1 >= args.size()) return UsageError("render", arg + " needs a directory");
      (arg == "-o" ? output_dir : gold_dir) = args[++i];
    } else if (arg.size() > 1 && arg[0] == '-') {
      return UsageError("render", "unknown option " + arg + " (try --help)");
    } else {
      inputs.push_back(arg);
    }
  }
  if (output_dir.empty()) return UsageError("render", "-o DIR is needed");
  if (inputs.empty()) return UsageError("render", "no INPUT given (try --help)");
  std::error_code ec;
  if (!gold_dir.empty() && !fs::is_directory(gold_dir, ec)) return UsageError("render", gold_dir + ": not a directory");
  std::vector<std::string> paths;
  if (auto problem = InputStream::Expand(inputs, flags.expand, &paths)) return UsageError("render", *problem);
  fs::create_directories(output_dir, ec);
  if (ec) return UsageError("render", output_dir + ": " + ec.message());
  std::shared_ptr<const Engine> engine = LoadEngine(flags.rules_dir, flags.profile);
  if (!engine) return kExitUsage;

  size_t failures = 0;
  auto fail = [&](const std::string& message) {
    std::cerr << "communique render: " << message << "\n";
    ++failures;
  };
  InputStream stream(std::move(paths), flags.overrides, flags.max_bytes);
  while (std::optional<InputItem> item = stream.Next()) {
    if (item->error) {
      fail(*item->error);
      continue;
    }
    const Document doc = engine->Process(std::move(item->document));
    const std::string json_text = ToJson(doc);
    const nlohmann::json record = nlohmann::json::parse(json_text);
    std::optional<OriginalText> text = OriginalText::FromUtf8(doc.original);  // repaired: always valid
    if (!text) {
      fail(doc.id + ": the text is not valid UTF-8");
      continue;
    }
    std::optional<DocumentScore> score;
    if (!gold_dir.empty()) {
      const std::string gold_path = (fs::path(gold_dir) / (doc.id + ".gold.json")).string();
      std::ifstream in(gold_path, std::ios::binary);
      std::ostringstream gold_text;
      gold_text << in.rdbuf();
      Result<Annotations> gold = in ? ParseAnnotations(gold_text.str(), partial) : Status::NotFound("no such file");
      Result<Annotations> pred = ParseAnnotations(json_text);
      if (!gold.ok()) {
        fail(gold_path + ": " + gold.status().message() + " (page written without differences)");
      } else if (pred.ok()) {
        // A skipped gold item would show its match as spurious: say why, as score does.
        for (const std::string& problem : gold->problems) fail(gold_path + ": " + problem);
        score = ScoreDocument(doc.id, *gold, *pred, /*collect_errors=*/true);
      }
    }
    const std::string page = RenderHtml(record, *text, score ? &score->errors : nullptr);
    const std::string path = (fs::path(output_dir) / (SafeFileName(doc.id) + ".html")).string();
    if (std::string problem = WriteFileAtomically(path, page); !problem.empty()) fail(problem);
  }
  return failures > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace communique::cli
