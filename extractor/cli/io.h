// The CLI's checked input and output. Every read and write goes through
// here, on plain file descriptors, so that each failure is seen (EIO is not
// the end of a file, a short write is finished, a full disk is an error)
// and reported with its reason; and so that a fault-injection shim
// (tests/fault/) can reach every call.
#ifndef COMMUNIQUE_CLI_IO_H_
#define COMMUNIQUE_CLI_IO_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace communique::cli {

// The default of --max-bytes: the largest input document (or JSON Line)
// read; larger ones are an error record, never read whole. 256 MiB takes a
// whole book; the engine needs about 18 bytes of memory per input byte.
inline constexpr size_t kDefaultMaxBytes = size_t{256} << 20;

// strerror(err) as a string.
std::string Reason(int err);

// `text` made safe to print on a terminal and valid UTF-8: control
// characters (C0, DEL, C1) become \xNN and each invalid UTF-8 byte \xNN, so
// an id or file name can neither move the cursor nor break a reader.
std::string Printable(std::string_view text);

// `text` with each invalid UTF-8 sequence replaced by U+FFFD (ids and
// paths that go into JSON output).
std::string ValidUtf8(std::string_view text);

// Reads the whole file at `path` into *out. Fails (returning the reason,
// without the path) when it cannot be opened or read, is a directory, is
// over `max_bytes`, or, with `regular_only`, is no regular file (a FIFO or
// device: opened without blocking, so a FIFO never hangs the run). A FIFO
// or device named on purpose is read up to `max_bytes`.
std::optional<std::string> ReadFileChecked(const std::string& path, size_t max_bytes,
                                           bool regular_only, std::string* out);

// Lines of a file descriptor (stdin), read in large blocks with every read
// checked. A line over `max_bytes` is skipped whole and reported.
class LineReader {
 public:
  enum class Status { kLine, kTooLong, kEnd, kError };
  LineReader(int fd, size_t max_bytes);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // The next line without its '\n'. kTooLong: a line over max_bytes was
  // skipped (line is empty). kError: *error holds the reason; the reader is
  // at its end from then on.
  Status Next(std::string* line, std::string* error);
  // Makes a blocked or later Next() return kEnd; callable from any thread.
  void Cancel();

 private:
  // Fills buffer_ from the descriptor; false at the end or on error.
  bool Fill(std::string* error, bool* failed);

  int fd_;
  size_t max_bytes_;
  int cancel_[2] = {-1, -1};  // a pipe: written by Cancel(), polled with fd_
  std::string buffer_;
  size_t start_ = 0;  // the unread part of buffer_ begins here
  bool done_ = false;
};

// Buffered, checked output to a file descriptor (stdout). The first failure
// sticks: later writes are dropped, and error() says why.
class Output {
 public:
  explicit Output(int fd) : fd_(fd) {}
  ~Output() = default;
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  // Appends to the buffer; writes it out past 64 KB. False once failed.
  bool Write(std::string_view bytes);
  // Writes out the buffer. False once failed.
  bool Flush();
  bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }

 private:
  int fd_;
  std::string buffer_;
  std::string error_;
};

// The process's stdout.
Output& Stdout();

// Writes `text` to stdout and flushes it; on failure prints
// "communique <command>: stdout: <reason>" on stderr and returns false.
bool PrintChecked(const std::string& command, std::string_view text);

// Writes all of `bytes` to `fd`, through short writes and EINTR. Returns 0
// or the errno of the failure.
int WriteAll(int fd, std::string_view bytes);

// The output directory of `extract -o DIR`, held open so that a rename of
// DIR during the run cannot redirect the writes.
class OutputDirectory {
 public:
  // Creates DIR (and its parents) when missing and checks that a file can
  // be created in it. On failure returns nullopt and sets *error to
  // "DIR: reason".
  static std::optional<OutputDirectory> Open(const std::string& dir, std::string* error);
  ~OutputDirectory();
  OutputDirectory(OutputDirectory&& other) noexcept;
  OutputDirectory& operator=(OutputDirectory&&) = delete;

  // Writes `content` to DIR/name atomically: a new temporary file in DIR,
  // created with O_CREAT|O_EXCL|O_NOFOLLOW (never through a planted link),
  // written, closed, then renamed over `name` (which replaces a link at
  // `name` rather than following it). Returns "" or "DIR/name: reason".
  // Safe to call from several threads at once.
  std::string WriteAtomically(const std::string& name, std::string_view content) const;

  const std::string& path() const { return path_; }

 private:
  OutputDirectory(std::string path, int fd) : path_(std::move(path)), fd_(fd) {}
  std::string path_;
  int fd_;
};

}  // namespace communique::cli

#endif  // COMMUNIQUE_CLI_IO_H_
