#include "output_names.h"

#include <cstdint>
#include <cstdio>
#include <string_view>

#include "fnv1a.h"
#include "io.h"

namespace communique::cli {
namespace {

// NAME_MAX is 255 bytes on every common file system; room is left for a
// "~N" suffix and ".json".
constexpr size_t kMaxStem = 200;

std::string AsciiLower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

}  // namespace

std::string SafeFileName(const std::string& id) {
  std::string name;
  // ValidUtf8 first: each invalid byte is then one U+FFFD, never half of
  // a sequence cut below.
  for (unsigned char c : ValidUtf8(id)) {
    const bool unsafe = c < 0x20 || c == 0x7F || std::string_view("/\\<>:\"|?*").find(static_cast<char>(c)) !=
                                                     std::string_view::npos;
    name += unsafe ? '_' : static_cast<char>(c);
  }
  if (name.empty() || name == "." || name == "..") name = "_" + name;
  if (name.size() > kMaxStem) {
    size_t cut = kMaxStem - 17;  // room for "~" and 16 hex digits
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
    char hash[18];
    std::snprintf(hash, sizeof hash, "~%016llx", static_cast<unsigned long long>(Fnv1a64(id)));
    name = name.substr(0, cut) + hash;
  }
  return name;
}

std::string OutputNames::Claim(const std::string& id, std::string* warning) {
  const std::string stem = SafeFileName(id);
  std::string name = stem + ".json";
  for (int n = 2; !taken_.insert(AsciiLower(name)).second; ++n) {
    name = stem + "~" + std::to_string(n) + ".json";
  }
  warning->clear();
  if (name != stem + ".json") {
    *warning = "id \"" + id + "\": " + stem +
               ".json is taken by an earlier document of this run (same id, or one differing only "
               "in case or in characters unsafe in file names); written to " + name;
  }
  return name;
}

}  // namespace communique::cli
