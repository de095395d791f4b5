// ByteSet: the next occurrence of any of a few bytes, for scans of text that
// skip everything else (sentence stops, quotation marks, Markdown markup).
#ifndef COMMUNIQUE_CORE_BYTE_SET_H_
#define COMMUNIQUE_CORE_BYTE_SET_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace communique {

// A set of at most eight bytes. The bytes sought are tens of bytes apart in
// prose, so where SSE2 is there (every x86-64) the scan compares 16 bytes at
// a time. Meant for `static constexpr` instances.
class ByteSet {
 public:
  constexpr explicit ByteSet(std::string_view bytes) : size_(bytes.size()) {
    for (size_t k = 0; k < bytes.size(); ++k) {
      bytes_[k] = bytes[k];
      bits_[static_cast<unsigned char>(bytes[k])] = true;
    }
  }
  // The first position in [from, end) holding a byte of the set, or end.
  // REQUIRES: end <= text.size().
  uint32_t Skip(std::string_view text, uint32_t from, uint32_t end) const {
#if defined(__SSE2__)
    for (; from + 16 <= end; from += 16) {
      const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + from));
      __m128i hits = _mm_setzero_si128();
      for (size_t k = 0; k < size_; ++k) {
        hits = _mm_or_si128(hits, _mm_cmpeq_epi8(block, _mm_set1_epi8(bytes_[k])));
      }
      if (const int mask = _mm_movemask_epi8(hits)) return from + __builtin_ctz(mask);
    }
#endif
    while (from < end && !bits_[static_cast<unsigned char>(text[from])]) ++from;
    return from;
  }

 private:
  size_t size_;
  char bytes_[8] = {};
  bool bits_[256] = {};
};

}  // namespace communique

#endif  // COMMUNIQUE_CORE_BYTE_SET_H_
