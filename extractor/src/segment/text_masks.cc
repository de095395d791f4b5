#include "segment/text_masks.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace communique {
namespace {

// The masks of the 64 bytes at `p`, word starts aside (they need the byte
// before): out[kind] for each kind, out[kWordStart] holding the white space.
void Classify64(const char* p, uint64_t out[TextMasks::kKinds]) {
#if defined(__SSE2__)
  // Accumulated in locals: a store to `out` might alias the text for all the
  // compiler knows, and would keep it from holding anything in registers.
  uint64_t newline_bits = 0, space_bits = 0, stop_bits = 0, mark_bits = 0, item_end_bits = 0;
  for (int block = 0; block < 4; ++block) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * block));
    auto is = [&x](char c) { return _mm_cmpeq_epi8(x, _mm_set1_epi8(c)); };
    auto bits = [block](__m128i m) {
      return static_cast<uint64_t>(static_cast<uint16_t>(_mm_movemask_epi8(m))) << (16 * block);
    };
    const __m128i newline = is('\n');
    const __m128i dot = is('.');
    const __m128i close_paren = is(')');
    const __m128i double_quote = is('"');
    newline_bits |= bits(newline);
    space_bits |= bits(_mm_or_si128(_mm_or_si128(is(' '), newline), _mm_or_si128(is('\t'), is('\r'))));
    stop_bits |= bits(_mm_or_si128(_mm_or_si128(dot, double_quote), _mm_or_si128(is('!'), is('?'))));
    mark_bits |= bits(_mm_or_si128(
        _mm_or_si128(_mm_or_si128(double_quote, is('\'')), _mm_or_si128(is('`'), is('('))),
        _mm_or_si128(close_paren, _mm_or_si128(is('['), is(']')))));
    item_end_bits |= bits(_mm_or_si128(dot, close_paren));
  }
  out[TextMasks::kNewline] = newline_bits;
  out[TextMasks::kWordStart] = space_bits;
  out[TextMasks::kStop] = stop_bits;
  out[TextMasks::kMark] = mark_bits;
  out[TextMasks::kItemEnd] = item_end_bits;
#else
  std::fill(out, out + TextMasks::kKinds, 0);
  for (int k = 0; k < 64; ++k) {
    const char c = p[k];
    const uint64_t bit = uint64_t{1} << k;
    if (c == '\n') out[TextMasks::kNewline] |= bit;
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') out[TextMasks::kWordStart] |= bit;
    if (c == '.' || c == '!' || c == '?' || c == '"') out[TextMasks::kStop] |= bit;
    if (c == '"' || c == '\'' || c == '`' || c == '(' || c == ')' || c == '[' || c == ']') {
      out[TextMasks::kMark] |= bit;
    }
    if (c == '.' || c == ')') out[TextMasks::kItemEnd] |= bit;
  }
#endif
}

}  // namespace

TextMasks::TextMasks(std::string_view text) : text_(text) {
  const size_t blocks = (text.size() + 63) / 64;
  bits_.resize(blocks * kKinds);
  bool space_before = true;  // a word at 0 starts there
  for (size_t block = 0; block < blocks; ++block) {
    const size_t at = block * 64;
    uint64_t* out = &bits_[block * kKinds];
    if (at + 64 <= text.size()) {
      Classify64(text.data() + at, out);
    } else {
      // The tail, padded with bytes of no kind; the bits they get past the
      // end are never read.
      char padded[64] = {};
      std::memcpy(padded, text.data() + at, text.size() - at);
      Classify64(padded, out);
    }
    const uint64_t space = out[kWordStart];
    out[kWordStart] = ~space & ((space << 1) | (space_before ? 1 : 0));
    space_before = (space >> 63) != 0;
  }
}

}  // namespace communique
