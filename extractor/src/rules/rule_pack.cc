#include <algorithm>
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "communique/rules.h"
#include "fnv1a.h"
#include "rules/embedded.h"

namespace communique {
namespace fs = std::filesystem;

namespace {

void SortByPath(std::vector<RuleFile>& files) {
  std::sort(files.begin(), files.end(),
            [](const RuleFile& a, const RuleFile& b) { return a.path < b.path; });
}

}  // namespace

Result<RulePack> RulePack::LoadDirectory(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound(dir + ": not a rule directory");
  std::vector<RuleFile> files;
  fs::recursive_directory_iterator it(dir, ec), end;
  if (ec) return Status::IoError(dir + ": " + ec.message());
  for (; it != end; it.increment(ec)) {
    if (ec) return Status::IoError(dir + ": " + ec.message());
    // is_regular_file() follows a symbolic link: a linked rule file is read like any other.
    if (!it->is_regular_file(ec) || it->path().extension() != ".jsonl") continue;
    std::ifstream in(it->path(), std::ios::binary);
    if (!in) return Status::IoError(it->path().string() + ": cannot read");
    std::ostringstream content;
    content << in.rdbuf();
    // Lexically: fs::relative() resolves symbolic links, and a linked file
    // would be filed under its target's path, outside every rule family.
    std::string relative = it->path().lexically_relative(dir).generic_string();
    files.push_back({relative, (fs::path(dir) / relative).generic_string(), content.str()});
  }
  if (files.empty()) return Status::NotFound("no rule files in " + dir + " (rule files end in .jsonl)");
  SortByPath(files);
  std::string id = fs::path(dir).lexically_normal().filename().string();
  if (id.empty()) id = fs::path(dir).lexically_normal().parent_path().filename().string();
  return FromFiles(std::move(files), id.empty() ? dir : id);
}

Result<RulePack> RulePack::LoadOverlay(const std::string& dir) {
  Result<RulePack> top = LoadDirectory(dir);
  if (!top.ok()) return top.status();
  return Embedded().Overlay(*top);
}

RulePack RulePack::Overlay(const RulePack& top) const {
  std::vector<RuleFile> files = top.files_;
  for (const RuleFile& file : files_) {
    if (top.Find(file.path) == nullptr) files.push_back(file);
  }
  return FromFiles(std::move(files));
}

const RulePack& RulePack::Embedded() {
  static const RulePack* pack = [] {
    std::vector<RuleFile> files;
    for (const rules::EmbeddedFile* f = rules::kEmbeddedRuleFiles; f->path != nullptr; ++f) {
      files.push_back({f->path, std::string("<embedded>/") + f->path, std::string(f->data, f->size)});
    }
    return new RulePack(FromFiles(std::move(files), "default"));
  }();
  return *pack;
}

RulePack RulePack::FromFiles(std::vector<RuleFile> files, std::string id) {
  SortByPath(files);
  RulePack pack;
  pack.files_ = std::move(files);
  pack.id_ = std::move(id);
  return pack;
}

std::string RulePack::ContentHash() const {
  uint64_t hash = kFnv1a64Basis;
  auto add = [&hash](std::string_view bytes) {
    hash = Fnv1a64(std::string_view("\0", 1), Fnv1a64(bytes, hash));  // the NUL after each part
  };
  for (const RuleFile& file : files_) {
    add(file.path);
    add(file.content);
  }
  char hex[32];
  std::snprintf(hex, sizeof(hex), "fnv1a64:%016" PRIx64, hash);
  return hex;
}

const RuleFile* RulePack::Find(std::string_view path) const {
  for (const RuleFile& file : files_) {
    if (file.path == path) return &file;
  }
  return nullptr;
}

std::vector<const RuleFile*> RulePack::FilesUnder(std::string_view prefix) const {
  std::vector<const RuleFile*> out;
  for (const RuleFile& file : files_) {
    if (std::string_view(file.path).substr(0, prefix.size()) == prefix) out.push_back(&file);
  }
  return out;
}

}  // namespace communique
