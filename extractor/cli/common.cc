#include "cli/common.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands.h"

namespace communique::cli {

std::optional<RulePack> LoadRulePack(const std::string& rules_dir) {
  if (rules_dir.empty()) return RulePack::Embedded();
  Result<RulePack> loaded = RulePack::LoadDirectory(rules_dir);
  if (!loaded.ok()) {
    std::cerr << "communique: " << loaded.status().message() << "\n";
    return std::nullopt;
  }
  return std::move(*loaded);
}

std::shared_ptr<const Engine> CompileEngine(const RulePack& pack, const std::string& profile) {
  EngineOptions options;
  options.profile = profile;
  auto engine = Engine::Create(pack, options);
  if (!engine.ok()) {
    std::cerr << engine.status().message() << "\n";
    return nullptr;
  }
  return *engine;
}

std::shared_ptr<const Engine> LoadEngine(const std::string& rules_dir, const std::string& profile) {
  if (rules_dir.empty()) return CompileEngine(RulePack::Embedded(), profile);
  std::optional<RulePack> pack = LoadRulePack(rules_dir);
  return pack ? CompileEngine(*pack, profile) : nullptr;
}

std::string WriteFileAtomically(const std::string& path, const std::string& content) {
  std::string temporary = path + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) return temporary + ": cannot create";
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      std::remove(temporary.c_str());
      return temporary + ": write failed";
    }
  }
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) {
    std::remove(temporary.c_str());
    return path + ": " + ec.message();
  }
  return "";
}

std::string SafeFileName(const std::string& id) {
  std::string name;
  for (unsigned char c : id) name += (c == '/' || c == '\\' || c < 0x20) ? '_' : static_cast<char>(c);
  if (name.empty() || name == "." || name == "..") name = "_" + name;
  return name;
}

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
    if (!value(&v) || !IsValidIsoDate(v)) {
      return UsageError(command, "--published needs a date YYYY-MM-DD");
    }
    flags->overrides.published = v;
  } else if ((which & RunFlags::kOverrides) && arg == "--format") {
    if (!value(&v) || (v != "text" && v != "markdown")) {
      return UsageError(command, "--format must be text or markdown");
    }
    flags->overrides.format = v == "markdown" ? Format::kMarkdown : Format::kText;
  } else {
    return std::nullopt;
  }
  return kExitOk;
}

int UsageError(const std::string& command, const std::string& reason) {
  std::cerr << "communique " << command << ": " << reason << "\n";
  return kExitUsage;
}

}  // namespace communique::cli
