// The readers of outside bytes: JSON Lines records on stdin (through the
// checked line reader, with a small --max-bytes so that overlong lines are
// hit too), sidecars, documents in UTF-16/UTF-32, and the names and
// messages made from ids (file names, terminal-safe text).
#include <fcntl.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "cli/inputs.h"
#include "cli/io.h"
#include "cli/output_names.h"

namespace {

// Items of "-" read from `text` through a pipe, as from stdin.
void ReadAsStdin(const std::string& text, size_t max_bytes) {
  int fds[2];
  if (::pipe(fds) != 0) return;
  // Inputs are at most a few KB (-max_len): they fit the pipe's buffer.
  ::fcntl(fds[1], F_SETFL, O_NONBLOCK);
  const ssize_t written = ::write(fds[1], text.data(), text.size());
  ::close(fds[1]);
  if (written == static_cast<ssize_t>(text.size())) {
    communique::cli::InputStream stream({"-"}, {}, max_bytes, fds[0]);
    communique::cli::OutputNames names;
    while (std::optional<communique::cli::InputItem> item = stream.Next()) {
      std::string warning;
      const std::string name = names.Claim(item->document.id, &warning);
      if (name.size() > 255 || name.find('/') != std::string::npos) __builtin_trap();
      if (item->error) (void)communique::cli::Printable(*item->error);
    }
  }
  ::close(fds[0]);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  ReadAsStdin(text, communique::cli::kDefaultMaxBytes);
  ReadAsStdin(text, 64);

  // Terminal-safe text and repaired UTF-8 hold no control byte and parse.
  const std::string printable = communique::cli::Printable(text);
  for (unsigned char c : printable) {
    if (c < 0x20 || c == 0x7F) __builtin_trap();
  }
  if (communique::cli::ValidUtf8(communique::cli::ValidUtf8(text)) != communique::cli::ValidUtf8(text)) {
    __builtin_trap();
  }
  std::string decoded = text;
  (void)communique::cli::DecodeUnicodeText(&decoded);

  // The same bytes as a sidecar beside a document, and as the document.
  // One folder per process, removed at exit.
  static const struct TempDir {
    TempDir() : path(std::filesystem::temp_directory_path() / ("communique-fuzz-" + std::to_string(::getpid()))) {
      std::filesystem::create_directories(path);
    }
    ~TempDir() {
      std::error_code ignored;
      std::filesystem::remove_all(path, ignored);
    }
    std::filesystem::path path;
  } temp;
  const std::filesystem::path& dir = temp.path;
  std::ofstream(dir / "doc.txt", std::ios::binary) << text;
  std::ofstream(dir / "doc.meta.json", std::ios::binary) << text;
  communique::cli::InputStream stream({(dir / "doc.txt").string()}, {}, 4096);
  while (stream.Next()) {
  }
  return 0;
}
