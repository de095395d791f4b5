// Byte classes for the stages after normalize, which read UTF-8 text byte by
// byte. One definition each: a stage that means something else by "word"
// (RE2's \w in the dates stage's pattern reading) names it otherwise.
#ifndef COMMUNIQUE_CORE_ASCII_H_
#define COMMUNIQUE_CORE_ASCII_H_

namespace communique {

inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Returns true iff `c` is a byte of a word: an ASCII letter or digit, or any
// byte of a non-ASCII character (normalization folded non-ASCII punctuation
// and spaces into ASCII, so the characters left are letters).
inline bool IsWordByte(char c) {
  return IsAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace communique

#endif  // COMMUNIQUE_CORE_ASCII_H_
