// TextMasks: one bit per byte of a document's text for each kind of byte the
// segmenter looks for (line feeds, word starts, sentence stops, quotation
// marks and brackets, list marker ends), built in one pass.
//
// The segmenter used to find each kind with its own scan: a memchr per line,
// a word count per line and per block, and three scans of every paragraph
// (stops, quotation marks, inline list markers) that compared each 16 bytes
// with the same bytes again. One classification of the text, 16 bytes at a
// time, serves them all; a search is then a bit scan and a word count a
// population count.
#ifndef COMMUNIQUE_SEGMENT_TEXT_MASKS_H_
#define COMMUNIQUE_SEGMENT_TEXT_MASKS_H_

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "communique/document.h"

namespace communique {

class TextMasks {
 public:
  enum Kind : uint32_t {
    kNewline,    // '\n'
    kWordStart,  // a byte other than white space (' ', '\n', '\t', '\r') after white space or at 0
    kStop,       // '.', '!', '?', '"': where a sentence may end
    kMark,       // '"', '\'', '`', '(', ')', '[', ']': quotations and asides
    kItemEnd,    // '.', ')': the end of an inline list marker ("a)", "2.")
    kKinds,
  };

  // Classifies `text`, which must outlive the masks.
  explicit TextMasks(std::string_view text);

  // The first position in [from, end) whose byte is of `kind`, or end.
  // REQUIRES: end <= text size.
  uint32_t Next(Kind kind, uint32_t from, uint32_t end) const {
    if (from >= end) return end;
    uint32_t block = from / 64;
    uint64_t bits = Bits(kind, block) & (~uint64_t{0} << (from % 64));
    while (bits == 0) {
      if (++block * 64 >= end) return end;
      bits = Bits(kind, block);
    }
    return std::min<uint32_t>(block * 64 + __builtin_ctzll(bits), end);
  }

  // The number of words (runs of bytes other than white space) in `span`,
  // but at most `limit`. REQUIRES: span.end <= text size.
  int CountWords(Span span, int limit) const {
    if (span.empty()) return 0;
    // A word cut by the span's start counts too.
    const char first = text_[span.begin];
    int words = first != ' ' && first != '\n' && first != '\t' && first != '\r' &&
                !(Bits(kWordStart, span.begin / 64) >> (span.begin % 64) & 1);
    const uint32_t last = (span.end - 1) / 64;
    for (uint32_t block = span.begin / 64; block <= last && words < limit; ++block) {
      uint64_t bits = Bits(kWordStart, block);
      if (block == span.begin / 64) bits &= ~uint64_t{0} << (span.begin % 64);
      if (block == last) bits &= ~uint64_t{0} >> (63 - (span.end - 1) % 64);
      words += PopCount64(bits);
    }
    return std::min(words, limit);
  }

 private:
  uint64_t Bits(Kind kind, uint32_t block) const { return bits_[block * kKinds + kind]; }

  // Bits set in `x`. std::popcount is a libgcc call on x86-64 without -mpopcnt.
  static int PopCount64(uint64_t x) {
    x = x - ((x >> 1) & 0x5555555555555555ULL);
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return static_cast<int>((x * 0x0101010101010101ULL) >> 56);
  }

  std::string_view text_;
  std::vector<uint64_t> bits_;  // per 64-byte block, one word per kind
};

}  // namespace communique

#endif  // COMMUNIQUE_SEGMENT_TEXT_MASKS_H_
