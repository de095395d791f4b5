#include "common.h"

#include <algorithm>
#include <cctype>
#include <iostream>
#include <sstream>

#include "commands.h"
#include "io.h"

namespace communique::cli {

void PrintProblemLines(const std::string& problems) {
  std::istringstream lines(problems);
  for (std::string line; std::getline(lines, line);) std::cerr << Printable(line) << "\n";
}

// Loading and compiling are meant to report every problem as a Status;
// should a malformed rule file still throw, it is a rule error, not a crash.
std::optional<RulePack> LoadRulePack(const std::string& rules_dir) {
  if (rules_dir.empty()) return RulePack::Embedded();
  try {
    Result<RulePack> loaded = RulePack::LoadOverlay(rules_dir);
    if (!loaded.ok()) {
      PrintProblemLines("communique: " + loaded.status().message());
      return std::nullopt;
    }
    return std::move(*loaded);
  } catch (const std::exception& e) {
    PrintProblemLines("communique: " + rules_dir + ": the rule pack could not be loaded: " + e.what());
    return std::nullopt;
  }
}

std::shared_ptr<const Engine> CompileEngine(const RulePack& pack, const std::string& profile) {
  try {
    EngineOptions options;
    options.profile = profile;
    auto engine = Engine::Create(pack, options);
    if (!engine.ok()) {
      PrintProblemLines(engine.status().message());
      return nullptr;
    }
    return *engine;
  } catch (const std::exception& e) {
    PrintProblemLines(std::string("communique: the rule pack could not be compiled: ") + e.what());
    return nullptr;
  }
}

std::shared_ptr<const Engine> LoadEngine(const std::string& rules_dir, const std::string& profile) {
  if (rules_dir.empty()) return CompileEngine(RulePack::Embedded(), profile);
  std::optional<RulePack> pack = LoadRulePack(rules_dir);
  return pack ? CompileEngine(*pack, profile) : nullptr;
}

const char* const kReadingHelp =
    "  --max-bytes N          the largest document or JSON Line read (K, M, G suffixes;\n"
    "                         default 256M); larger ones get an error record\n"
    "  --recursive            search directories and their sub-directories\n"
    "  --glob PATTERN         in directories, take the files whose name matches PATTERN\n"
    "                         (shell wildcards; repeatable) instead of *.txt and *.md\n";

namespace {

// "N", "NK", "NM" or "NG" (powers of 1024) as a byte count; 0 when invalid.
size_t ParseByteCount(const std::string& text) {
  const size_t digits = std::min(text.find_first_not_of("0123456789"), text.size());
  const bool suffix = digits < text.size();
  if (digits == 0 || text.size() > digits + 1 || digits > (suffix ? 9 : 15)) return 0;
  size_t value = std::stoull(text.substr(0, digits));
  if (suffix) {
    const size_t unit = std::string_view("KMG").find(static_cast<char>(std::toupper(static_cast<unsigned char>(text[digits]))));
    if (unit == std::string_view::npos) return 0;
    value <<= 10 * (unit + 1);
  }
  return value;
}

}  // namespace

std::optional<int> TakeRunFlag(const std::string& command, const std::vector<std::string>& args,
                               size_t* i, unsigned which, RunFlags* flags) {
  const std::string& arg = args[*i];
  auto value = [&](std::string* out) {
    if (*i + 1 >= args.size()) return false;
    *out = args[++*i];
    return true;
  };
  std::string v;
  if ((which & RunFlags::kRules) && arg == "--rules") {
    if (!value(&flags->rules_dir)) return UsageError(command, "--rules needs a directory");
  } else if ((which & RunFlags::kProfile) && arg == "--profile") {
    if (!value(&v) || (v != "default" && v != "timeml")) {
      return UsageError(command, "--profile must be default or timeml");
    }
    flags->profile = v;
  } else if ((which & RunFlags::kJobs) && (arg == "--jobs" || arg == "-j")) {
    if (!value(&v) || v.empty() || v.size() > 4 ||
        v.find_first_not_of("0123456789") != std::string::npos || std::stoi(v) < 1) {
      return UsageError(command, "--jobs needs a positive number");
    }
    flags->jobs = std::stoi(v);
  } else if ((which & RunFlags::kOverrides) && arg == "--published") {
    if (!value(&v)) return UsageError(command, "--published needs a date YYYY-MM-DD");
    if (auto problem = PublishedDateProblem(v)) return UsageError(command, "--published " + *problem);
    flags->overrides.published = v;
  } else if ((which & RunFlags::kOverrides) && arg == "--format") {
    if (!value(&v) || (v != "text" && v != "markdown")) {
      return UsageError(command, "--format must be text or markdown");
    }
    flags->overrides.format = v == "markdown" ? Format::kMarkdown : Format::kText;
  } else if ((which & RunFlags::kReading) && arg == "--max-bytes") {
    if (!value(&v) || (flags->max_bytes = ParseByteCount(v)) == 0) {
      return UsageError(command, "--max-bytes needs a positive byte count (N, NK, NM or NG)");
    }
  } else if ((which & RunFlags::kReading) && arg == "--recursive") {
    flags->expand.recursive = true;
  } else if ((which & RunFlags::kReading) && arg == "--glob") {
    if (!value(&v) || v.empty()) return UsageError(command, "--glob needs a file name pattern");
    flags->expand.globs.push_back(v);
  } else {
    return std::nullopt;
  }
  return kExitOk;
}

int PrintHelp(const std::string& command, std::string_view help) {
  return PrintChecked(command, help) ? kExitOk : kExitSomeFailed;
}

int UsageError(const std::string& command, const std::string& reason) {
  std::cerr << "communique " << command << ": " << reason << "\n";
  return kExitUsage;
}

}  // namespace communique::cli
