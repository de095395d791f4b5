// Turning command-line INPUTs into documents: files with their sidecars,
// directories, and JSON Lines on stdin. Reading is lazy so a batch of any
// size streams with bounded memory.
#ifndef COMMUNIQUE_CLI_INPUTS_H_
#define COMMUNIQUE_CLI_INPUTS_H_

#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "communique/document.h"

namespace communique::cli {

struct InputOverrides {
  std::optional<std::string> published;  // --published
  std::optional<Format> format;          // --format
};

// One unit of work: a document ready for the engine, or the reason it is not.
struct InputItem {
  InputDocument document;
  std::optional<std::string> error;  // set when the document could not be read
};

// Yields documents one at a time from files, directories and "-".
class InputStream {
 public:
  // Expands directories (every *.txt and *.md, sorted by name). Fails with a
  // one-line reason when an INPUT does not exist.
  static std::optional<std::string> Expand(const std::vector<std::string>& inputs,
                                           std::vector<std::string>* paths);

  InputStream(std::vector<std::string> paths, InputOverrides overrides, std::istream& stdin_stream)
      : paths_(std::move(paths)), overrides_(std::move(overrides)), stdin_(stdin_stream) {}

  // The next document, or nullopt at the end.
  std::optional<InputItem> Next();

 private:
  InputItem ReadFile(const std::string& path);

  std::vector<std::string> paths_;
  size_t next_path_ = 0;
  bool reading_stdin_ = false;
  size_t stdin_line_ = 0;
  InputOverrides overrides_;
  std::istream& stdin_;
};

// Parses one JSON Lines record ({"text", "id"?, "published"?, "title"?,
// "format"?}) into a document named `default_id` unless it has an "id".
// A record that is not valid JSON, not an object or has a bad field gives an
// item whose error is "<where>: <reason>". Shared by `extract -` and `serve`,
// so that both read a record the same way.
InputItem ParseJsonRecord(std::string_view json, std::string default_id, const std::string& where,
                          const InputOverrides& overrides);

// Checks "YYYY-MM-DD" is a real calendar date.
bool IsValidIsoDate(const std::string& value);

}  // namespace communique::cli

#endif  // COMMUNIQUE_CLI_INPUTS_H_
