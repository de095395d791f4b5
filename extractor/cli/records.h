// Reading communique/1 records back (export, render, convert): JSON Lines
// files, record folders (extract -o DIR) and the texts the records point to.
#ifndef COMMUNIQUE_CLI_RECORDS_H_
#define COMMUNIQUE_CLI_RECORDS_H_

#include <cstdint>
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace communique::cli {

// Calls `visit(record, where)` for every record of `inputs`, in order: a
// directory gives each of its *.json files (not *.meta.json), sorted by
// name, each one record (pretty or not); a *.json file is one record; any
// other file, and "-" (stdin), is JSON Lines. `where` is "file" or
// "file:line". Lines or files that are not JSON objects are reported to
// `problem` and skipped. Returns the number of problems; fails (returns
// nullopt after reporting) only when an INPUT does not exist.
std::optional<size_t> ReadRecords(
    const std::vector<std::string>& inputs, std::istream& stdin_stream,
    const std::function<void(const nlohmann::json& record, const std::string& where)>& visit,
    const std::function<void(const std::string& message)>& problem);

// A record's original text, indexed by code point so that the record's
// offsets slice it.
class OriginalText {
 public:
  // Indexes `bytes`. Returns nullopt when they are not valid UTF-8 (the
  // engine repairs such bytes, so offsets would not line up).
  static std::optional<OriginalText> FromUtf8(std::string bytes);

  const std::string& bytes() const { return bytes_; }
  size_t length() const { return offsets_.size() - 1; }  // code points
  // Byte offset of code point `cp`, clamped to the end.
  size_t ByteOffset(uint32_t cp) const { return offsets_[cp < offsets_.size() ? cp : offsets_.size() - 1]; }
  // Code points [start, end) as UTF-8.
  std::string_view Slice(uint32_t start, uint32_t end) const {
    size_t b = ByteOffset(start), e = ByteOffset(end);
    return std::string_view(bytes_).substr(b, e > b ? e - b : 0);
  }

 private:
  std::string bytes_;
  std::vector<uint32_t> offsets_;  // byte offset of each code point, then the end
};

// Finds the text behind `record`: with `text_dir`, TEXT_DIR/<id>.txt or .md
// or the file named like the record's source path; else the source path
// ("source": {"path": ...}) itself. Checks that the text's length matches the record's "length".
// Returns the reason on failure.
std::optional<std::string> LoadOriginalText(const nlohmann::json& record, const std::string& text_dir,
                                            std::optional<OriginalText>* text);

// Writes `content` to `path` through a temporary file and a rename, so that
// an interrupted run never leaves half a file. Returns the reason or "".
std::string WriteFileAtomically(const std::string& path, const std::string& content);

// A string member of `object`, or "" when absent or not a string.
std::string StringField(const nlohmann::json& object, const char* key);

}  // namespace communique::cli

#endif  // COMMUNIQUE_CLI_RECORDS_H_
