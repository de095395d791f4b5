#include "cli/inputs.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/json_depth.h"

namespace communique::cli {
namespace fs = std::filesystem;
namespace {


bool ReadWholeFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) return false;
  *out = content.str();
  return true;
}

// A directory's README documents the directory; it is not one of its
// documents (corpus/README.md is the annotation guide).
bool IsDocumentFile(const fs::path& path) {
  std::string stem = path.stem().string();
  for (char& c : stem) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (stem == "README") return false;
  return path.extension() == ".txt" || path.extension() == ".md";
}


// Applies the fields every document source shares: id, published, title, format.
std::optional<std::string> ApplyMeta(const nlohmann::json& meta, InputDocument& doc) {
  if (auto it = meta.find("id"); it != meta.end()) {
    if (!it->is_string() || it->get<std::string>().empty()) return "\"id\" must be a non-empty string";
    doc.id = it->get<std::string>();
  }
  if (auto it = meta.find("published"); it != meta.end() && !it->is_null()) {
    if (!it->is_string() || !IsValidIsoDate(it->get<std::string>())) {
      return "\"published\" must be a date YYYY-MM-DD";
    }
    doc.published = it->get<std::string>();
    doc.published_source = PublishedSource::kMeta;
  }
  if (auto it = meta.find("title"); it != meta.end() && !it->is_null()) {
    if (!it->is_string()) return "\"title\" must be a string";
    doc.title = it->get<std::string>();
  }
  if (auto it = meta.find("format"); it != meta.end() && !it->is_null()) {
    std::string format = it->is_string() ? it->get<std::string>() : "";
    if (format == "markdown") {
      doc.format = Format::kMarkdown;
    } else if (format == "text") {
      doc.format = Format::kText;
    } else {
      return "\"format\" must be \"text\" or \"markdown\"";
    }
  }
  return std::nullopt;
}

void ApplyOverrides(const InputOverrides& overrides, InputDocument& doc) {
  if (overrides.published) {
    doc.published = overrides.published;
    doc.published_source = PublishedSource::kCli;
  }
  if (overrides.format) doc.format = *overrides.format;
}

}  // namespace

bool IsValidIsoDate(const std::string& value) {
  if (value.size() != 10 || value[4] != '-' || value[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (value[i] < '0' || value[i] > '9') return false;
  }
  int year = std::stoi(value.substr(0, 4));
  int month = std::stoi(value.substr(5, 2));
  int day = std::stoi(value.substr(8, 2));
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int max_day = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= max_day;
}

std::optional<std::string> InputStream::Expand(const std::vector<std::string>& inputs,
                                               std::vector<std::string>* paths) {
  for (const std::string& input : inputs) {
    if (input == "-") {
      paths->push_back(input);
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      std::vector<std::string> found;
      for (const auto& entry : fs::directory_iterator(input, ec)) {
        if (entry.is_regular_file(ec) && IsDocumentFile(entry.path())) {
          found.push_back(entry.path().string());
        }
      }
      if (ec) return input + ": " + ec.message();
      std::sort(found.begin(), found.end());
      paths->insert(paths->end(), found.begin(), found.end());
    } else if (fs::exists(input, ec)) {
      paths->push_back(input);
    } else {
      return input + ": no such file or directory";
    }
  }
  return std::nullopt;
}

std::optional<InputItem> InputStream::Next() {
  while (true) {
    if (reading_stdin_) {
      std::string line;
      if (std::getline(stdin_, line)) {
        ++stdin_line_;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        const std::string n = std::to_string(stdin_line_);
        return ParseJsonRecord(line, "stdin-" + n, "stdin:" + n, overrides_);
      }
      reading_stdin_ = false;
    }
    if (next_path_ >= paths_.size()) return std::nullopt;
    const std::string path = paths_[next_path_++];
    if (path == "-") {
      reading_stdin_ = true;
      stdin_line_ = 0;
      continue;
    }
    return ReadFile(path);
  }
}

InputItem InputStream::ReadFile(const std::string& path) {
  InputItem item;
  fs::path file(path);
  item.document.id = file.stem().string();
  if (file.extension() == ".md") item.document.format = Format::kMarkdown;
  fs::path sidecar = file.parent_path() / (file.stem().string() + ".meta.json");
  std::error_code ec;
  if (fs::exists(sidecar, ec)) {
    std::string meta_text;
    if (!ReadWholeFile(sidecar.string(), &meta_text)) {
      item.error = sidecar.string() + ": cannot read the sidecar";
      return item;
    }
    nlohmann::json meta = FindExcessiveJsonNesting(meta_text) == std::string_view::npos
                              ? nlohmann::json::parse(meta_text, nullptr, false)
                              : nlohmann::json(nlohmann::json::value_t::discarded);
    if (meta.is_discarded() || !meta.is_object()) {
      item.error = sidecar.string() + ": not a JSON object";
      return item;
    }
    if (auto problem = ApplyMeta(meta, item.document)) {
      item.error = sidecar.string() + ": " + *problem;
      return item;
    }
  }
  ApplyOverrides(overrides_, item.document);
  if (!ReadWholeFile(path, &item.document.bytes)) {
    item.error = path + ": cannot read the file";
  }
  return item;
}

InputItem ParseJsonRecord(std::string_view json, std::string default_id, const std::string& where,
                          const InputOverrides& overrides) {
  InputItem item;
  item.document.id = std::move(default_id);
  if (FindExcessiveJsonNesting(json) != std::string_view::npos) {
    item.error = where + ": JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels";
    return item;
  }
  nlohmann::json record;
  try {
    record = nlohmann::json::parse(json.begin(), json.end());
  } catch (const nlohmann::json::exception& e) {
    // "[json.exception.parse_error.101] parse error at line 1, column 9: ...":
    // the position and the reason, without the library's tag or the bytes it
    // last read (which may be binary junk).
    std::string reason = e.what();
    reason = reason.substr(0, reason.find("; last read"));
    if (size_t tag = reason.find("] "); tag != std::string::npos) reason.erase(0, tag + 2);
    item.error = where + ": not valid JSON: " + reason;
    return item;
  }
  if (!record.is_object()) {
    item.error = where + ": a JSON Lines record must be an object";
    return item;
  }
  if (auto problem = ApplyMeta(record, item.document)) {
    item.error = where + ": " + *problem;
    return item;
  }
  auto text = record.find("text");
  if (text == record.end() || !text->is_string()) {
    item.error = where + ": missing string field \"text\"";
    return item;
  }
  item.document.bytes = text->get<std::string>();
  ApplyOverrides(overrides, item.document);
  return item;
}

}  // namespace communique::cli
