// communique convert: annotations from brat or doccano back to gold files,
// so that corrections made in those tools can be scored.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.h"
#include "common.h"
#include "output_names.h"
#include "records.h"
#include "standoff.h"
#include "communique/json_depth.h"

namespace communique::cli {
namespace {
namespace fs = std::filesystem;
using nlohmann::json;

constexpr const char* kHelp =
    "usage: communique convert --from brat|doccano -o DIR INPUT...\n"
    "\n"
    "Writes DIR/<id>.gold.json per document, with DIR/<id>.txt and DIR/<id>.meta.json beside\n"
    "it, so that 'communique eval DIR' or 'communique score --gold DIR' scores against them.\n"
    "\n"
    "  --from brat     INPUT: folders of <id>.txt + <id>.ann (and <id>.meta.json, as\n"
    "                  'communique export --format brat' writes them), or .ann files\n"
    "  --from doccano  INPUT: doccano JSON Lines (relation format, or \"label\" lists)\n"
    "\n"
    "What each tool's labels become: docs/annotation-formats.md.\n"
    "exit status: 0 converted; 1 some documents could not be read (reported, skipped);\n"
    "2 usage error.\n";

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream content;
  content << in.rdbuf();
  *out = content.str();
  return !in.bad();
}

json ReadMeta(const std::string& path) {
  std::string text;
  if (!ReadFile(path, &text) || FindExcessiveJsonNesting(text) != std::string_view::npos) return nullptr;
  json meta = json::parse(text, nullptr, false);
  return meta.is_object() ? meta : json(nullptr);
}

// Writes the gold file, the text and a sidecar; returns the number of failures.
int WriteSet(const std::string& dir, const std::string& id, const json& gold, const OriginalText& text) {
  const std::string base = (fs::path(dir) / SafeFileName(id)).string();
  json meta = {{"id", id}};
  for (const char* key : {"published", "title", "url"}) {
    if (gold.contains(key) && gold[key].is_string()) meta[key] = gold[key];
  }
  int failures = 0;
  for (const auto& [path, content] :
       {std::pair<std::string, std::string>{base + ".gold.json",
                                            gold.dump(1, ' ', false, json::error_handler_t::replace) + "\n"},
        {base + ".txt", text.bytes()},
        {base + ".meta.json", meta.dump(1, ' ', false, json::error_handler_t::replace) + "\n"}}) {
    if (std::string problem = WriteFileAtomically(path, content); !problem.empty()) {
      std::cerr << "communique convert: " << problem << "\n";
      ++failures;
    }
  }
  return failures;
}

void Report(const std::string& where, const std::vector<std::string>& problems) {
  for (const std::string& p : problems) std::cerr << "communique convert: " << where << ": " << p << "\n";
}

}  // namespace

int RunConvert(const std::vector<std::string>& args) {
  std::string from, output;
  std::vector<std::string> inputs;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      std::cout << kHelp;
      return kExitOk;
    } else if (arg == "--from" || arg == "-o") {
      if (i + 1 >= args.size()) return UsageError("convert", arg + " needs a value");
      (arg == "--from" ? from : output) = args[++i];
    } else if (arg.size() > 1 && arg[0] == '-') {
      return UsageError("convert", "unknown option " + arg + " (try --help)");
    } else {
      inputs.push_back(arg);
    }
  }
  if (from != "brat" && from != "doccano") return UsageError("convert", "--from must be brat or doccano");
  if (output.empty()) return UsageError("convert", "-o DIR is needed");
  if (inputs.empty()) return UsageError("convert", "no INPUT given (try --help)");
  std::error_code ec;
  fs::create_directories(output, ec);
  if (ec) return UsageError("convert", output + ": " + ec.message());

  int failures = 0;
  if (from == "brat") {
    std::vector<std::string> anns;
    for (const std::string& input : inputs) {
      if (fs::is_directory(input, ec)) {
        for (const auto& entry : fs::directory_iterator(input, ec)) {
          if (entry.path().extension() == ".ann") anns.push_back(entry.path().string());
        }
      } else if (fs::exists(input, ec)) {
        anns.push_back(input);
      } else {
        return UsageError("convert", input + ": no such file or directory");
      }
    }
    std::sort(anns.begin(), anns.end());
    for (const std::string& ann_path : anns) {
      fs::path base = fs::path(ann_path).replace_extension();
      std::string ann, bytes;
      if (!ReadFile(ann_path, &ann) || !ReadFile(base.string() + ".txt", &bytes)) {
        std::cerr << "communique convert: " << ann_path << ": cannot read it or its .txt\n";
        ++failures;
        continue;
      }
      std::optional<OriginalText> text = OriginalText::FromUtf8(std::move(bytes));
      if (!text) {
        std::cerr << "communique convert: " << base.string() << ".txt: not valid UTF-8\n";
        ++failures;
        continue;
      }
      std::vector<std::string> problems;
      std::optional<Standoff> standoff = ParseBrat(ann, *text, &problems);
      Report(ann_path, problems);
      if (!standoff) {
        ++failures;
        continue;
      }
      json meta = ReadMeta(base.string() + ".meta.json");
      std::string id = meta.is_object() && !StringField(meta, "id").empty() ? StringField(meta, "id")
                                                                           : base.filename().string();
      failures += WriteSet(output, id, ToGold(*standoff, id, *text, meta), *text);
    }
  } else {
    auto visit = [&](const json& line, const std::string& where) {
      auto text_field = line.find("text");
      std::optional<OriginalText> text;
      if (text_field != line.end() && text_field->is_string()) text = OriginalText::FromUtf8(text_field->get<std::string>());
      if (!text) {
        std::cerr << "communique convert: " << where << ": no \"text\" string\n";
        ++failures;
        return;
      }
      std::string id = line.contains("id") && line["id"].is_string() ? line["id"].get<std::string>()
                       : line.contains("id") && line["id"].is_number_integer()
                           ? std::to_string(line["id"].get<long long>())
                           : "doccano-" + where.substr(where.rfind(':') + 1);
      std::vector<std::string> problems;
      std::optional<Standoff> standoff = ParseDoccano(line, &problems);
      Report(where, problems);
      json meta = line.contains("communique") ? line["communique"] : json(nullptr);
      failures += WriteSet(output, id, ToGold(*standoff, id, *text, meta), *text);
    };
    auto problem = [&](const std::string& message) { std::cerr << "communique convert: " << message << "\n"; };
    std::optional<size_t> problems = ReadRecords(inputs, std::cin, visit, problem);
    if (!problems) return kExitUsage;
    failures += static_cast<int>(*problems);
  }
  return failures > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace communique::cli
