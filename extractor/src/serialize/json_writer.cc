#include "serialize/json_writer.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace communique::serialize {
namespace {

// Bytes that cannot appear raw inside a JSON string: controls, '"' and '\\'.
// Text is valid UTF-8 by construction, so bytes >= 0x80 pass through.
constexpr std::array<bool, 256> kNeedsEscape = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 0x20; ++c) table[c] = true;
  table['"'] = true;
  table['\\'] = true;
  return table;
}();

// The longest escape of one byte: \u00XX.
constexpr size_t kMaxEscape = 6;

char* WriteEscape(char* p, unsigned char c) {
  static const char kHex[] = "0123456789abcdef";
  *p++ = '\\';
  switch (c) {
    case '"': *p++ = '"'; break;
    case '\\': *p++ = '\\'; break;
    case '\n': *p++ = 'n'; break;
    case '\r': *p++ = 'r'; break;
    case '\t': *p++ = 't'; break;
    default:
      std::memcpy(p, "u00", 3);
      p[3] = kHex[c >> 4];
      p[4] = kHex[c & 15];
      p += 5;
  }
  return p;
}

// Copies `value` to `p` with its escapes; returns the new end. REQUIRES: room
// for kMaxEscape bytes per byte of `value`. Span texts are whole sentences and
// quotes, and escapes are rare in them: with SSE2, 16 bytes are checked and
// copied at once (the copy may run ahead of the escape it stops at; the
// escape then overwrites it).
char* CopyEscaped(char* p, std::string_view value) {
  size_t i = 0;
#if defined(__SSE2__)
  while (i + 16 <= value.size()) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(value.data() + i));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(p), x);
    const __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(x, _mm_set1_epi8(0x1F)), _mm_set1_epi8(0x1F));
    const __m128i special = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
                                         _mm_cmpeq_epi8(x, _mm_set1_epi8('\\')));
    const int mask = _mm_movemask_epi8(_mm_or_si128(control, special));
    if (mask == 0) {
      i += 16;
      p += 16;
      continue;
    }
    const int clean = __builtin_ctz(static_cast<unsigned>(mask));
    p = WriteEscape(p + clean, static_cast<unsigned char>(value[i + clean]));
    i += static_cast<size_t>(clean) + 1;
  }
#endif
  for (; i < value.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(value[i]);
    if (kNeedsEscape[c]) {
      p = WriteEscape(p, c);
    } else {
      *p++ = static_cast<char>(c);
    }
  }
  return p;
}

// Copies a member's key to `p`; returns the new end. Keys are SPEC 3 names of
// at most 16 bytes: two overlapping loads and stores copy one, where a call
// to memcpy (one per member) cost more than the copy.
char* CopyKey(char* p, std::string_view key) {
  const size_t n = key.size();
  const char* k = key.data();
  if (n >= 8 && n <= 16) {
    uint64_t head, tail;
    std::memcpy(&head, k, 8);
    std::memcpy(&tail, k + n - 8, 8);
    std::memcpy(p, &head, 8);
    std::memcpy(p + n - 8, &tail, 8);
  } else if (n >= 4 && n < 8) {
    uint32_t head, tail;
    std::memcpy(&head, k, 4);
    std::memcpy(&tail, k + n - 4, 4);
    std::memcpy(p, &head, 4);
    std::memcpy(p + n - 4, &tail, 4);
  } else if (n < 4) {
    for (size_t i = 0; i < n; ++i) p[i] = k[i];
  } else {
    std::memcpy(p, k, n);
  }
  return p + n;
}

}  // namespace

char* JsonWriter::Room(size_t bytes) {
  // A separator: a comma, then when pretty a newline and two spaces per
  // level; a pending key: its quotes, colon and space.
  const size_t needed = used_ + bytes + 2 + 2 * static_cast<size_t>(depth_) + pending_key_.size() + 4;
  if (needed > out_.size()) out_.resize(std::max(needed, 2 * out_.size()));
  return out_.data() + used_;
}

char* JsonWriter::NewlineAndIndent(char* p) const {
  if (!pretty_) return p;
  *p++ = '\n';
  std::memset(p, ' ', 2 * static_cast<size_t>(depth_));
  return p + 2 * depth_;
}

char* JsonWriter::Separate(char* p) {
  if (depth_ == 0) return p;
  const uint64_t bit = uint64_t{1} << (depth_ - 1);
  if (has_items_ & bit) *p++ = ',';
  has_items_ |= bit;
  p = NewlineAndIndent(p);
  if (!pending_key_.empty()) {
    *p++ = '"';
    p = CopyKey(p, pending_key_);
    *p++ = '"';
    *p++ = ':';
    if (pretty_) *p++ = ' ';
    pending_key_ = {};
  }
  return p;
}

void JsonWriter::Open(char bracket) {
  char* p = Separate(Room(1));
  *p++ = bracket;
  Finish(p);
  ++depth_;
  has_items_ &= ~(uint64_t{1} << (depth_ - 1));
}

void JsonWriter::Close(char bracket) {
  const bool had_items = has_items_ & (uint64_t{1} << (depth_ - 1));
  --depth_;
  char* p = Room(1);
  if (had_items) p = NewlineAndIndent(p);
  *p++ = bracket;
  Finish(p);
}

void JsonWriter::String(std::string_view value) {
  // Room is asked for the worst case, six bytes per byte: a long value
  // (a 100 MB one-line document's segment) goes in slices, or the buffer
  // would grow to six times the text.
  constexpr size_t kSlice = 4096;
  char* p = Separate(Room(kMaxEscape * std::min(value.size(), kSlice) + 2));
  *p++ = '"';
  while (true) {
    const std::string_view slice = value.substr(0, kSlice);
    p = CopyEscaped(p, slice);
    value.remove_prefix(slice.size());
    if (value.empty()) break;
    Finish(p);
    p = Room(kMaxEscape * std::min(value.size(), kSlice) + 1);
  }
  *p++ = '"';
  Finish(p);
}

void JsonWriter::Int(int64_t value) {
  constexpr size_t kMaxDigits = 20;  // "-9223372036854775808"
  char* p = Separate(Room(kMaxDigits));
  Finish(std::to_chars(p, p + kMaxDigits, value).ptr);
}

void JsonWriter::Literal(std::string_view text) {
  char* p = Separate(Room(text.size()));
  std::memcpy(p, text.data(), text.size());
  Finish(p + text.size());
}

void JsonWriter::Bool(bool value) { Literal(value ? "true" : "false"); }

void JsonWriter::Null() { Literal("null"); }

}  // namespace communique::serialize
