#include "records.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "communique/json_depth.h"

namespace communique::cli {
namespace fs = std::filesystem;
namespace {

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream content;
  content << in.rdbuf();
  *out = content.str();
  return !in.bad();
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Parses one record; nullopt with `why` set when it is not a JSON object.
std::optional<nlohmann::json> ParseRecord(std::string_view text, std::string* why) {
  if (FindExcessiveJsonNesting(text) != std::string_view::npos) {
    *why = "JSON nested too deeply";
    return std::nullopt;
  }
  nlohmann::json value = nlohmann::json::parse(text, nullptr, false);
  if (value.is_discarded()) {
    *why = "not valid JSON";
    return std::nullopt;
  }
  if (!value.is_object()) {
    *why = "a record must be a JSON object";
    return std::nullopt;
  }
  return value;
}

}  // namespace

std::optional<size_t> ReadRecords(
    const std::vector<std::string>& inputs, std::istream& stdin_stream,
    const std::function<void(const nlohmann::json&, const std::string&)>& visit,
    const std::function<void(const std::string&)>& problem) {
  // Expand first, so that a missing INPUT fails before any output.
  std::vector<std::string> files;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (input == "-") {
      files.push_back(input);
    } else if (fs::is_directory(input, ec)) {
      std::vector<std::string> found;
      for (const auto& entry : fs::directory_iterator(input, ec)) {
        std::string name = entry.path().filename().string();
        if (entry.is_regular_file(ec) && EndsWith(name, ".json") && !EndsWith(name, ".meta.json")) {
          found.push_back(entry.path().string());
        }
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(input, ec)) {
      files.push_back(input);
    } else {
      problem(input + ": no such file or directory");
      return std::nullopt;
    }
  }
  size_t problems = 0;
  std::string why;
  for (const std::string& file : files) {
    if (file != "-" && EndsWith(file, ".json")) {
      std::string content;
      if (!ReadFile(file, &content)) {
        problem(file + ": cannot read");
        ++problems;
      } else if (std::optional<nlohmann::json> record = ParseRecord(content, &why)) {
        visit(*record, file);
      } else {
        problem(file + ": " + why);
        ++problems;
      }
      continue;
    }
    std::ifstream in;
    if (file != "-") {
      in.open(file, std::ios::binary);
      if (!in) {
        problem(file + ": cannot read");
        ++problems;
        continue;
      }
    }
    std::istream& lines = file == "-" ? stdin_stream : in;
    const std::string name = file == "-" ? "stdin" : file;
    std::string line;
    for (size_t number = 1; std::getline(lines, line); ++number) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      std::string where = name + ":" + std::to_string(number);
      if (std::optional<nlohmann::json> record = ParseRecord(line, &why)) {
        visit(*record, where);
      } else {
        problem(where + ": " + why);
        ++problems;
      }
    }
  }
  return problems;
}

std::optional<OriginalText> OriginalText::FromUtf8(std::string bytes) {
  OriginalText text;
  text.offsets_.reserve(bytes.size() + 1);
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  for (size_t i = 0; i < n;) {
    unsigned char c = p[i];
    size_t width = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (width == 0 || i + width > n) return std::nullopt;
    for (size_t k = 1; k < width; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return std::nullopt;
    }
    text.offsets_.push_back(static_cast<uint32_t>(i));
    i += width;
  }
  text.offsets_.push_back(static_cast<uint32_t>(n));
  text.bytes_ = std::move(bytes);
  return text;
}

std::string WriteFileAtomically(const std::string& path, const std::string& content) {
  const std::string temporary = path + ".tmp." + std::to_string(::getpid());
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
  fs::rename(temporary, path, ec);
  if (ec) {
    std::remove(temporary.c_str());
    return path + ": " + ec.message();
  }
  return "";
}

std::string StringField(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<std::string> LoadOriginalText(const nlohmann::json& record, const std::string& text_dir,
                                            std::optional<OriginalText>* text) {
  const std::string id = StringField(record, "id");
  // "source" is {"path": ...} (extract's files) or {"stdin_line": N}.
  auto source_field = record.find("source");
  const std::string source = source_field != record.end() && source_field->is_object()
                                 ? StringField(*source_field, "path")
                                 : StringField(record, "source");
  std::vector<std::string> candidates;
  if (!text_dir.empty()) {
    for (const char* extension : {".txt", ".md"}) candidates.push_back((fs::path(text_dir) / (id + extension)).string());
    if (!source.empty()) candidates.push_back((fs::path(text_dir) / fs::path(source).filename()).string());
  } else if (!source.empty()) {
    candidates.push_back(source);
  }
  if (candidates.empty()) {
    return id + ": no text (the record names no source file; give --text DIR)";
  }
  std::error_code ec;
  for (const std::string& path : candidates) {
    if (!fs::is_regular_file(path, ec)) continue;
    std::string bytes;
    if (!ReadFile(path, &bytes)) return path + ": cannot read";
    *text = OriginalText::FromUtf8(std::move(bytes));
    if (!*text) return path + ": not valid UTF-8 (offsets would not line up)";
    auto length = record.find("length");
    if (length != record.end() && length->is_number_unsigned() && length->get<size_t>() != (*text)->length()) {
      return path + ": " + std::to_string((*text)->length()) + " code points, but the record says " +
             std::to_string(length->get<size_t>()) + " (not the text it was extracted from)";
    }
    return std::nullopt;
  }
  return id + ": no text at " + candidates.front() + (candidates.size() > 1 ? " (nor beside)" : "");
}

}  // namespace communique::cli
