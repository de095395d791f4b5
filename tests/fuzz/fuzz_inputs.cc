// The readers of outside JSON: JSON Lines records on stdin and sidecars.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

#include "cli/inputs.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  {
    std::istringstream stdin_stream(text);
    communique::cli::InputStream stream({"-"}, {}, stdin_stream);
    while (stream.Next()) {
    }
  }
  // The same bytes as a sidecar beside a document.
  static const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("communique-fuzz-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "doc.txt") << "The EU met Japan.";
  std::ofstream(dir / "doc.meta.json", std::ios::binary) << text;
  std::istringstream unused;
  communique::cli::InputStream stream({(dir / "doc.txt").string()}, {}, unused);
  while (stream.Next()) {
  }
  return 0;
}
