#include "inputs.h"

#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <new>

#include <nlohmann/json.hpp>

#include "communique/json_depth.h"
#include "utf8_append.h"

namespace communique::cli {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kSidecarSuffix = ".meta.json";

bool IsSidecar(const std::string& file_name) {
  return file_name.size() > kSidecarSuffix.size() && file_name.ends_with(kSidecarSuffix);
}

// Whether a file found in a directory is one of its documents. A
// directory's README documents the directory (corpus/README.md is the
// annotation guide), and a sidecar belongs to its document.
bool IsDocumentFile(const fs::path& path, const ExpandOptions& options) {
  const std::string name = path.filename().string();
  std::string stem = path.stem().string();
  for (char& c : stem) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (stem == "README" || IsSidecar(name)) return false;
  if (options.globs.empty()) return path.extension() == ".txt" || path.extension() == ".md";
  return std::any_of(options.globs.begin(), options.globs.end(), [&](const std::string& glob) {
    return ::fnmatch(glob.c_str(), name.c_str(), 0) == 0;
  });
}

// nlohmann's message without its "[json.exception...] " tag and the raw
// bytes of "; last read: ..." (which may be the invalid UTF-8 at fault).
std::string JsonErrorReason(const std::string& what) {
  std::string reason = what;
  if (reason.starts_with("[json.exception.")) {
    if (size_t tag_end = reason.find("] "); tag_end != std::string::npos) reason.erase(0, tag_end + 2);
  }
  if (size_t last_read = reason.find("; last read:"); last_read != std::string::npos) {
    reason.erase(last_read);
  }
  return ValidUtf8(reason);
}

// Applies the fields every document source shares: id, published, title,
// url, format.
std::optional<std::string> ApplyMeta(const nlohmann::json& meta, InputItem& item) {
  InputDocument& doc = item.document;
  if (auto it = meta.find("id"); it != meta.end()) {
    if (!it->is_string() || it->get<std::string>().empty()) return "\"id\" must be a non-empty string";
    doc.id = it->get<std::string>();
  }
  if (auto it = meta.find("published"); it != meta.end() && !it->is_null()) {
    if (!it->is_string()) return "\"published\" must be a date YYYY-MM-DD";
    if (auto problem = PublishedDateProblem(it->get<std::string>())) return "\"published\" " + *problem;
    doc.published = it->get<std::string>();
    doc.published_source = PublishedSource::kMeta;
  }
  if (auto it = meta.find("title"); it != meta.end() && !it->is_null()) {
    if (!it->is_string()) return "\"title\" must be a string";
    doc.title = it->get<std::string>();
  }
  if (auto it = meta.find("url"); it != meta.end() && !it->is_null()) {
    if (!it->is_string()) return "\"url\" must be a string";
    doc.url = ValidUtf8(it->get<std::string>());
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

// Parses a JSON object (a sidecar or a JSON Line) into *out, or says why not.
std::optional<std::string> ParseObject(std::string_view text, nlohmann::json* out) {
  if (FindExcessiveJsonNesting(text) != std::string_view::npos) {
    return "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels";
  }
  try {
    *out = nlohmann::json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::exception& e) {
    return "not valid JSON: " + JsonErrorReason(e.what());
  }
  if (!out->is_object()) return "not a JSON object";
  return std::nullopt;
}

void ApplyOverrides(const InputOverrides& overrides, InputDocument& doc) {
  if (overrides.published) {
    doc.published = overrides.published;
    doc.published_source = PublishedSource::kCli;
  }
  if (overrides.format) doc.format = *overrides.format;
}

// The code units of `bytes` after a byte-order mark of `skip` bytes, as
// UTF-8: units of `width` (2 or 4) bytes, big- or little-endian.
std::string DecodeUnits(const std::string& bytes, size_t skip, size_t width, bool big_endian) {
  constexpr uint32_t kReplacement = 0xFFFD;
  std::string out;
  out.reserve(bytes.size());
  auto unit = [&](size_t at) {
    uint32_t value = 0;
    for (size_t k = 0; k < width; ++k) {
      const uint32_t byte = static_cast<unsigned char>(bytes[at + (big_endian ? k : width - 1 - k)]);
      value = (value << 8) | byte;
    }
    return value;
  };
  size_t at = skip;
  for (; at + width <= bytes.size(); at += width) {
    uint32_t cp = unit(at);
    if (width == 2 && cp >= 0xD800 && cp <= 0xDBFF && at + 2 * width <= bytes.size()) {
      const uint32_t low = unit(at + width);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        at += width;
      }
    }
    AppendUtf8(out, cp);  // a lone surrogate or past U+10FFFF: U+FFFD
  }
  if (at < bytes.size()) AppendUtf8(out, kReplacement);  // a truncated last unit
  return out;
}

}  // namespace



std::optional<std::string> DecodeUnicodeText(std::string* bytes) {
  const std::string& b = *bytes;
  auto starts = [&](std::string_view mark) { return std::string_view(b).starts_with(mark); };
  using namespace std::string_view_literals;
  if (starts("\xFF\xFE\0\0"sv)) {
    *bytes = DecodeUnits(b, 4, 4, false);
  } else if (starts("\0\0\xFE\xFF"sv)) {
    *bytes = DecodeUnits(b, 4, 4, true);
  } else if (starts("\xFF\xFE"sv)) {
    *bytes = DecodeUnits(b, 2, 2, false);
  } else if (starts("\xFE\xFF"sv)) {
    *bytes = DecodeUnits(b, 2, 2, true);
  } else if (b.size() >= 8 && std::memchr(b.data(), 0, std::min<size_t>(b.size(), 4096))) {
    // Without a mark: the share of zero bytes at each position modulo 4 in
    // the first 4 KB gives ASCII-range text in UTF-16 or UTF-32 away.
    const size_t sample = std::min<size_t>(b.size(), 4096) / 4 * 4;
    double zero[4] = {0, 0, 0, 0};
    for (size_t i = 0; i < sample; ++i) zero[i % 4] += b[i] == 0;
    for (double& z : zero) z /= static_cast<double>(sample / 4);
    const char* encoding = nullptr;
    if (zero[0] < 0.1 && zero[1] > 0.9 && zero[2] > 0.9 && zero[3] > 0.9) {
      encoding = "UTF-32LE";
    } else if (zero[0] > 0.9 && zero[1] > 0.9 && zero[2] > 0.9 && zero[3] < 0.1) {
      encoding = "UTF-32BE";
    } else if (zero[0] < 0.05 && zero[2] < 0.05 && zero[1] > 0.4 && zero[3] > 0.4) {
      encoding = "UTF-16LE";
    } else if (zero[1] < 0.05 && zero[3] < 0.05 && zero[0] > 0.4 && zero[2] > 0.4) {
      encoding = "UTF-16BE";
    }
    if (encoding) {
      return std::string("looks like ") + encoding +
             " text without a byte-order mark: convert it to UTF-8 (iconv -f " + encoding +
             " -t UTF-8) or add the mark";
    }
  }
  return std::nullopt;
}

std::optional<std::string> InputStream::Expand(const std::vector<std::string>& inputs,
                                               const ExpandOptions& options,
                                               std::vector<std::string>* paths) {
  for (const std::string& input : inputs) {
    if (input == "-") {
      paths->push_back(input);
      continue;
    }
    struct stat info {};
    if (::stat(input.c_str(), &info) != 0) return input + ": " + Reason(errno);
    if (!S_ISDIR(info.st_mode)) {
      // A sidecar is read with its document (a shell's dir/* names both).
      if (!IsSidecar(fs::path(input).filename().string())) paths->push_back(input);
      continue;
    }
    std::vector<std::string> found;
    std::error_code ec;
    auto take = [&](const fs::directory_entry& entry) {
      std::error_code type_ec;  // a dangling link is no document, not an error
      if (entry.is_regular_file(type_ec) && IsDocumentFile(entry.path(), options)) {
        found.push_back(entry.path().string());
      }
    };
    if (options.recursive) {
      // Links to directories are not followed: no cycles, no escape.
      for (fs::recursive_directory_iterator it(input, ec), end; !ec && it != end; it.increment(ec)) {
        take(*it);
      }
    } else {
      for (fs::directory_iterator it(input, ec), end; !ec && it != end; it.increment(ec)) take(*it);
    }
    if (ec) return input + ": " + ec.message();
    std::sort(found.begin(), found.end());
    paths->insert(paths->end(), found.begin(), found.end());
  }
  return std::nullopt;
}

InputStream::InputStream(std::vector<std::string> paths, InputOverrides overrides, size_t max_bytes,
                         int stdin_fd)
    : paths_(std::move(paths)),
      overrides_(std::move(overrides)),
      max_bytes_(max_bytes),
      stdin_(stdin_fd, max_bytes) {}

std::optional<InputItem> InputStream::Next() {
  while (true) {
    if (reading_stdin_) {
      std::string line, error;
      const LineReader::Status status = stdin_.Next(&line, &error);
      switch (status) {
        case LineReader::Status::kLine:
          ++stdin_line_;
          if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
          return ReadJsonLine(line);
        case LineReader::Status::kTooLong:
        case LineReader::Status::kError: {
          ++stdin_line_;
          InputItem item;
          item.document.id = "stdin-" + std::to_string(stdin_line_);
          item.document.source_line = stdin_line_;
          item.error = "stdin:" + std::to_string(stdin_line_) + ": " +
                       (status == LineReader::Status::kTooLong
                            ? "line longer than --max-bytes (" + std::to_string(max_bytes_) + " bytes)"
                            : error);
          return item;
        }
        case LineReader::Status::kEnd:
          reading_stdin_ = false;
          break;
      }
    }
    if (next_path_ >= paths_.size()) return std::nullopt;
    const std::string path = paths_[next_path_++];
    if (path == "-") {
      reading_stdin_ = true;
      continue;
    }
    return ReadFile(path);
  }
}

InputItem InputStream::ReadJsonLine(const std::string& line) {
  const std::string n = std::to_string(stdin_line_);
  InputItem item = ParseJsonRecord(line, "stdin-" + n, "stdin:" + n, overrides_);
  item.document.source_line = stdin_line_;
  return item;
}

InputItem InputStream::ReadFile(const std::string& path) {
  InputItem item;
  item.document.source_path = ValidUtf8(path);
  fs::path file(path);
  item.document.id = ValidUtf8(file.stem().string());
  try {
    if (file.extension() == ".md") item.document.format = Format::kMarkdown;
    fs::path sidecar = file.parent_path() / (file.stem().string() + std::string(kSidecarSuffix));
    struct stat info {};
    if (::stat(sidecar.c_str(), &info) == 0 || errno != ENOENT) {
      std::string meta_text;
      nlohmann::json meta;
      std::optional<std::string> problem = ReadFileChecked(sidecar, max_bytes_, true, &meta_text);
      if (!problem) problem = ParseObject(meta_text, &meta);
      if (!problem) problem = ApplyMeta(meta, item);
      if (problem) {
        item.error = ValidUtf8(sidecar.string()) + ": " + *problem;
        return item;
      }
    }
    ApplyOverrides(overrides_, item.document);
    std::optional<std::string> problem = ReadFileChecked(path, max_bytes_, false, &item.document.bytes);
    if (!problem) problem = DecodeUnicodeText(&item.document.bytes);
    if (problem) {
      item.error = ValidUtf8(path) + ": " + *problem;
      item.document.bytes.clear();
    }
  } catch (const std::bad_alloc&) {
    item.error = ValidUtf8(path) + ": out of memory reading it";
    item.document.bytes.clear();
  }
  return item;
}

InputItem ParseJsonRecord(std::string_view json, std::string default_id, const std::string& where,
                          const InputOverrides& overrides) {
  InputItem item;
  item.document.id = std::move(default_id);
  try {
    nlohmann::json record;
    std::optional<std::string> problem = ParseObject(json, &record);
    if (problem && *problem == "not a JSON object") problem = "a JSON Lines record must be an object";
    if (!problem) problem = ApplyMeta(record, item);
    if (problem) {
      item.error = where + ": " + *problem;
      return item;
    }
    auto text = record.find("text");
    if (text == record.end() || !text->is_string()) {
      item.error = where + ": missing string field \"text\"";
      return item;
    }
    item.document.bytes = std::move(text->get_ref<std::string&>());
    ApplyOverrides(overrides, item.document);
  } catch (const std::bad_alloc&) {
    item.error = where + ": out of memory reading it";
    item.document.bytes.clear();
  }
  return item;
}

}  // namespace communique::cli
