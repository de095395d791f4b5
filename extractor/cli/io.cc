#include "io.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>

namespace communique::cli {
namespace {

// The length of the valid UTF-8 sequence at text[i], or 0 when the byte
// there starts none (stray continuation, overlong form, surrogate, > U+10FFFF).
size_t Utf8SequenceLength(std::string_view text, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return 1;
  size_t length;
  unsigned char low = 0x80, high = 0xBF;  // the range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;   // overlong
    if (lead == 0xED) high = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;   // overlong
    if (lead == 0xF4) high = 0x8F;  // over U+10FFFF
  } else {
    return 0;
  }
  if (i + length > text.size() || byte(i + 1) < low || byte(i + 1) > high) return 0;
  for (size_t k = 2; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  }
  return length;
}

void AppendHexEscape(std::string& out, unsigned char c) {
  static const char kHex[] = "0123456789ABCDEF";
  out += "\\x";
  out += kHex[c >> 4];
  out += kHex[c & 15];
}

int OpenRetrying(const char* path, int flags) {
  int fd;
  do {
    fd = ::open(path, flags);
  } while (fd < 0 && errno == EINTR);
  return fd;
}

ssize_t ReadRetrying(int fd, char* data, size_t size) {
  ssize_t n;
  do {
    n = ::read(fd, data, size);
  } while (n < 0 && errno == EINTR);
  return n;
}

}  // namespace

std::string Reason(int err) { return std::strerror(err); }

std::string Printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const size_t length = Utf8SequenceLength(text, i);
    const bool c1 = length == 2 && c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0;
    if (length == 0 || c < 0x20 || c == 0x7F || c1) {
      // A C1 control is shown as its two bytes.
      for (size_t k = 0; k < (c1 ? 2 : 1); ++k) AppendHexEscape(out, static_cast<unsigned char>(text[i + k]));
      i += c1 ? 2 : 1;
    } else {
      out.append(text, i, length);
      i += length;
    }
  }
  return out;
}

std::string ValidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const size_t length = Utf8SequenceLength(text, i);
    if (length == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(text, i, length);
      i += length;
    }
  }
  return out;
}

std::optional<std::string> ReadFileChecked(const std::string& path, size_t max_bytes,
                                           bool regular_only, std::string* out) {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
  const int fd = OpenRetrying(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY |
                                                (regular_only ? O_NONBLOCK : 0));
  if (fd < 0) return "cannot open: " + Reason(errno);
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat info {};
  if (::fstat(fd, &info) != 0) return "cannot read: " + Reason(errno);
  if (S_ISDIR(info.st_mode)) return "is a directory";
  if (regular_only && !S_ISREG(info.st_mode)) return "not a regular file (a FIFO, socket or device)";
  const auto too_large = [&] {
    return "larger than --max-bytes (" + std::to_string(max_bytes) + " bytes)";
  };
  const size_t expected = S_ISREG(info.st_mode) ? static_cast<size_t>(info.st_size) : 0;
  if (expected > max_bytes) return too_large();
  std::string data;
  size_t used = 0;
  while (true) {
    // Room for the whole expected size plus one byte, so that the end is
    // seen without growing (and no more: the buffer is zero-filled); a file
    // that grows, or a pipe, doubles the buffer.
    const size_t want = used <= expected ? expected + 1 - used : std::max<size_t>(used, 64 * 1024);
    data.resize(used + std::min(want, max_bytes + 1 - used));
    const ssize_t n = ReadRetrying(fd, data.data() + used, data.size() - used);
    if (n < 0) return "read error: " + Reason(errno);
    if (n == 0) break;
    used += static_cast<size_t>(n);
    if (used > max_bytes) return too_large();
  }
  data.resize(used);
  *out = std::move(data);
  return std::nullopt;
}

LineReader::LineReader(int fd, size_t max_bytes) : fd_(fd), max_bytes_(max_bytes) {
  if (::pipe2(cancel_, O_CLOEXEC | O_NONBLOCK) != 0) cancel_[0] = cancel_[1] = -1;
}

LineReader::~LineReader() {
  for (int fd : cancel_) {
    if (fd >= 0) ::close(fd);
  }
}

void LineReader::Cancel() {
  if (cancel_[1] >= 0) {
    const char byte = 0;
    [[maybe_unused]] ssize_t ignored = ::write(cancel_[1], &byte, 1);
  }
}

bool LineReader::Fill(std::string* error, bool* failed) {
  if (done_) return false;
  if (cancel_[0] >= 0) {
    pollfd fds[2] = {{fd_, POLLIN, 0}, {cancel_[0], POLLIN, 0}};
    int ready;
    do {
      ready = ::poll(fds, 2, -1);
    } while (ready < 0 && errno == EINTR);
    if (ready > 0 && (fds[1].revents & POLLIN)) {
      done_ = true;
      return false;
    }
  }
  if (start_ > 0 && start_ * 2 >= buffer_.size()) {
    buffer_.erase(0, start_);
    start_ = 0;
  }
  constexpr size_t kBlock = 256 * 1024;
  const size_t used = buffer_.size();
  buffer_.resize(used + kBlock);
  const ssize_t n = ReadRetrying(fd_, buffer_.data() + used, kBlock);
  buffer_.resize(used + static_cast<size_t>(std::max<ssize_t>(n, 0)));
  if (n > 0) return true;
  done_ = true;
  if (n < 0) {
    *failed = true;
    *error = "read error: " + Reason(errno);
  }
  return false;
}

LineReader::Status LineReader::Next(std::string* line, std::string* error) {
  size_t scanned = start_;  // no newline in buffer_[start_, scanned)
  bool skipping = false;    // inside a line over max_bytes_
  while (true) {
    const size_t newline = buffer_.find('\n', scanned);
    if (newline != std::string::npos) {
      const size_t end = newline + 1;
      if (skipping || newline - start_ > max_bytes_) {
        start_ = end;
        line->clear();
        return Status::kTooLong;
      }
      line->assign(buffer_, start_, newline - start_);
      start_ = end;
      return Status::kLine;
    }
    scanned = buffer_.size();
    if (scanned - start_ > max_bytes_) {  // drop what is read of the long line
      skipping = true;
      buffer_.clear();
      start_ = scanned = 0;
    }
    const size_t scanned_from_start = scanned - start_;  // Fill may move the unread part
    bool failed = false;
    if (!Fill(error, &failed)) {
      if (failed) {  // what was read of the line is not all of it: drop it
        buffer_.clear();
        start_ = 0;
        return Status::kError;
      }
      if (skipping) {
        line->clear();
        return Status::kTooLong;
      }
      if (start_ == buffer_.size()) return Status::kEnd;
      line->assign(buffer_, start_, std::string::npos);  // a last line without '\n'
      start_ = buffer_.size();
      return Status::kLine;
    }
    scanned = start_ + scanned_from_start;
  }
}

int WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    if (n == 0) return EIO;  // no progress and no reason: do not spin
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return 0;
}

bool Output::Write(std::string_view bytes) {
  constexpr size_t kBuffer = 64 * 1024;
  if (failed()) return false;
  if (buffer_.size() + bytes.size() <= kBuffer) {
    buffer_.append(bytes);
    return true;
  }
  if (!Flush()) return false;
  if (bytes.size() < kBuffer) {
    buffer_.append(bytes);
    return true;
  }
  if (int err = WriteAll(fd_, bytes)) error_ = Reason(err);
  return !failed();
}

bool Output::Flush() {
  if (failed()) return false;
  if (int err = WriteAll(fd_, buffer_)) error_ = Reason(err);
  buffer_.clear();
  return !failed();
}

Output& Stdout() {
  static Output out(STDOUT_FILENO);
  return out;
}

bool PrintChecked(const std::string& command, std::string_view text) {
  Output& out = Stdout();
  if (out.Write(text) && out.Flush()) return true;
  std::cerr << "communique " << command << ": stdout: " << out.error() << "\n";
  return false;
}

std::optional<OutputDirectory> OutputDirectory::Open(const std::string& dir, std::string* error) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    *error = dir + ": " + ec.message();
    return std::nullopt;
  }
  const int fd = OpenRetrying(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) {
    *error = dir + ": " + Reason(errno);
    return std::nullopt;
  }
  OutputDirectory opened(dir, fd);
  // A directory the run cannot write to fails here, once, rather than
  // once per document.
  std::string problem = opened.WriteAtomically(".communique-probe", "");
  if (!problem.empty()) {
    *error = std::move(problem);
    return std::nullopt;
  }
  ::unlinkat(fd, ".communique-probe", 0);
  return opened;
}

OutputDirectory::OutputDirectory(OutputDirectory&& other) noexcept
    : path_(std::move(other.path_)), fd_(other.fd_) {
  other.fd_ = -1;
}

OutputDirectory::~OutputDirectory() {
  if (fd_ >= 0) ::close(fd_);
}

std::string OutputDirectory::WriteAtomically(const std::string& name, std::string_view content) const {
  static std::atomic<unsigned long> counter{0};
  static const std::string pid = std::to_string(::getpid());
  const std::string target = path_ + "/" + name;
  std::string temporary;
  int fd = -1;
  // A name taken (by a leftover or a planted file or link) is skipped:
  // O_EXCL never opens what exists and O_NOFOLLOW never follows a link.
  for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
    temporary = ".communique-" + pid + "-" + std::to_string(counter++) + ".tmp";
    do {
      fd = ::openat(fd_, temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0 && errno != EEXIST) return target + ": cannot create a file: " + Reason(errno);
  }
  if (fd < 0) return target + ": cannot create a file: " + Reason(EEXIST);
  int err = WriteAll(fd, content);
  if (::close(fd) != 0 && err == 0 && errno != EINTR) err = errno;
  if (err == 0 && ::renameat(fd_, temporary.c_str(), fd_, name.c_str()) != 0) {
    const int rename_err = errno;
    ::unlinkat(fd_, temporary.c_str(), 0);
    return target + ": cannot rename into place: " + Reason(rename_err);
  }
  if (err != 0) {
    ::unlinkat(fd_, temporary.c_str(), 0);
    return target + ": cannot write: " + Reason(err);
  }
  return "";
}

}  // namespace communique::cli
