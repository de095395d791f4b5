// What "capitalized" means, for every stage that asks: a word whose first
// character is an upper-case Latin letter. Names in English releases are
// written in ASCII, Latin-1, Latin Extended-A and Vietnamese letters
// ("Édouard", "Şahin", "Nguyễn"); the stages after normalize have no ICU,
// and names in other scripts do not occur in English releases.
#ifndef COMMUNIQUE_CORE_CAPITALIZATION_H_
#define COMMUNIQUE_CORE_CAPITALIZATION_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace communique {

// The first code point of `s` (UTF-8) when it takes one to three bytes, else 0.
inline uint32_t FirstCodePoint(std::string_view s) {
  if (s.empty()) return 0;
  const unsigned char c = s[0];
  if (c < 0x80) return c;
  if ((c & 0xE0) == 0xC0 && s.size() >= 2) return ((c & 0x1F) << 6) | (s[1] & 0x3F);
  if ((c & 0xF0) == 0xE0 && s.size() >= 3) return ((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
  return 0;
}

// Returns true iff `cp` is an upper-case letter of ASCII, Latin-1, Latin
// Extended-A or Vietnamese (Latin Extended Additional, U+1EA0 to U+1EF9).
inline bool IsUpperLatin(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp < 0x138) return cp % 2 == 0;
  if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1;
  if (cp >= 0x14A && cp <= 0x177) return cp % 2 == 0;
  if (cp == 0x178) return true;
  if (cp >= 0x179 && cp <= 0x17E) return cp % 2 == 1;
  if (cp >= 0x1EA0 && cp <= 0x1EF9) return cp % 2 == 0;
  return false;
}

// Returns true iff `word` begins with an upper-case Latin letter.
inline bool IsCapitalized(std::string_view word) {
  if (!word.empty() && static_cast<unsigned char>(word[0]) < 0x80) return word[0] >= 'A' && word[0] <= 'Z';
  return IsUpperLatin(FirstCodePoint(word));
}

// `s` with its ASCII capitals lowered and every other byte kept, so that
// offsets into it are offsets into `s` ("Joint statement BY" -> "joint
// statement by").
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

}  // namespace communique

#endif  // COMMUNIQUE_CORE_CAPITALIZATION_H_
