// A code point written as UTF-8. The library's normalization and the CLI's
// UTF-16/UTF-32 decoding share this one definition (extractor/util:
// header-only helpers, not part of the installed API).
#ifndef COMMUNIQUE_UTIL_UTF8_APPEND_H_
#define COMMUNIQUE_UTIL_UTF8_APPEND_H_

#include <string>

namespace communique {

// Appends `c` to `out` as UTF-8: one to four bytes. A surrogate or a value
// past U+10FFFF, which UTF-8 cannot hold, becomes U+FFFD.
inline void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
    return;
  }
  if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) c = 0xFFFD;
  char bytes[4];
  size_t n;
  if (c < 0x800) {
    bytes[0] = static_cast<char>(0xC0 | (c >> 6));
    n = 2;
  } else if (c < 0x10000) {
    bytes[0] = static_cast<char>(0xE0 | (c >> 12));
    n = 3;
  } else {
    bytes[0] = static_cast<char>(0xF0 | (c >> 18));
    n = 4;
  }
  for (size_t k = 1; k < n; ++k) bytes[k] = static_cast<char>(0x80 | ((c >> (6 * (n - 1 - k))) & 0x3F));
  out.append(bytes, n);
}

}  // namespace communique

#endif  // COMMUNIQUE_UTIL_UTF8_APPEND_H_
