// Turning command-line INPUTs into documents: files with their sidecars,
// directories, and JSON Lines on stdin. Reading is lazy so a batch of any
// size streams with bounded memory; every read is checked (cli/io.h).
#ifndef COMMUNIQUE_CLI_INPUTS_H_
#define COMMUNIQUE_CLI_INPUTS_H_

#include <unistd.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io.h"
#include "communique/document.h"

namespace communique::cli {

struct InputOverrides {
  std::optional<std::string> published;  // --published
  std::optional<Format> format;          // --format
};

// How directories are searched.
struct ExpandOptions {
  bool recursive = false;          // --recursive: sub-directories too
  std::vector<std::string> globs;  // --glob: file name patterns; empty: *.txt and *.md
};

// One unit of work: a document ready for the engine, or the reason it is not.
struct InputItem {
  InputDocument document;
  std::optional<std::string> error;  // set when the document could not be read
  std::vector<std::string> warnings;  // for the record's diagnostics
  std::string output_name;           // extract -o: the file it is written to
};

// Yields documents one at a time from files, directories and "-".
class InputStream {
 public:
  // Expands directories (the files matching `options`, sorted by path;
  // README files and NAME.meta.json sidecars are never documents, a sidecar
  // named directly included). Fails with a one-line reason when an INPUT
  // cannot be read.
  static std::optional<std::string> Expand(const std::vector<std::string>& inputs,
                                           const ExpandOptions& options,
                                           std::vector<std::string>* paths);

  // `max_bytes` bounds each document and JSON Line (--max-bytes);
  // `stdin_fd` is what "-" reads.
  InputStream(std::vector<std::string> paths, InputOverrides overrides,
              size_t max_bytes = kDefaultMaxBytes, int stdin_fd = STDIN_FILENO);

  // The next document, or nullopt at the end. Never throws: a document
  // that cannot be read (even for want of memory) is an item with an error.
  std::optional<InputItem> Next();
  // Ends the stream early: a Next() blocked on stdin returns; callable
  // from any thread.
  void Cancel() { stdin_.Cancel(); }

 private:
  InputItem ReadFile(const std::string& path);
  InputItem ReadJsonLine(const std::string& line);  // line stdin_line_ of stdin

  std::vector<std::string> paths_;
  size_t next_path_ = 0;
  bool reading_stdin_ = false;
  size_t stdin_line_ = 0;
  InputOverrides overrides_;
  size_t max_bytes_;
  LineReader stdin_;
};

// Parses one JSON Lines record ({"text", "id"?, "published"?, "title"?,
// "url"?, "format"?}) into a document named `default_id` unless it has an
// "id". A record that is not valid JSON, not an object or has a bad field
// gives an item whose error is "<where>: <reason>". Shared by `extract -`
// and `serve`, so that both read a record the same way.
InputItem ParseJsonRecord(std::string_view json, std::string default_id, const std::string& where,
                          const InputOverrides& overrides);

// Decodes UTF-16 and UTF-32 text that starts with a byte-order mark to
// UTF-8 (the mark dropped, invalid units as U+FFFD). Text that looks like
// UTF-16 or UTF-32 without a mark is left as it is and the reason returned.
std::optional<std::string> DecodeUnicodeText(std::string* bytes);

}  // namespace communique::cli

#endif  // COMMUNIQUE_CLI_INPUTS_H_
