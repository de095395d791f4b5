#include "serialize/json_writer.h"

#include <array>
#include <charconv>

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

// The first position at or after `from` of a byte that needs an escape, or
// value.size(). Span texts are whole sentences and quotes, and escapes are
// rare in them: with SSE2, 16 bytes are checked at once.
size_t NextToEscape(std::string_view value, size_t from) {
#if defined(__SSE2__)
  for (; from + 16 <= value.size(); from += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(value.data() + from));
    const __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(x, _mm_set1_epi8(0x1F)), _mm_set1_epi8(0x1F));
    const __m128i special = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
                                         _mm_cmpeq_epi8(x, _mm_set1_epi8('\\')));
    if (const int mask = _mm_movemask_epi8(_mm_or_si128(control, special))) {
      return from + __builtin_ctz(mask);
    }
  }
#endif
  while (from < value.size() && !kNeedsEscape[static_cast<unsigned char>(value[from])]) ++from;
  return from;
}

}  // namespace

void JsonWriter::Newline() {
  if (!pretty_) return;
  out_ += '\n';
  out_.append(2 * has_items_.size(), ' ');
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!has_items_.empty()) {
    if (has_items_.back()) out_ += ',';
    has_items_.back() = 1;
    Newline();
  }
}

void JsonWriter::Open(char bracket) {
  BeforeValue();
  out_ += bracket;
  has_items_.push_back(0);
}

void JsonWriter::Close(char bracket) {
  bool had_items = has_items_.back();
  has_items_.pop_back();
  if (had_items) Newline();
  out_ += bracket;
}

void JsonWriter::Key(std::string_view key) {
  BeforeValue();
  out_ += '"';
  out_ += key;
  out_ += pretty_ ? "\": " : "\":";
  after_key_ = true;
}

void JsonWriter::String(std::string_view value) {
  BeforeValue();
  AppendEscaped(value);
}

void JsonWriter::Int(int64_t value) {
  BeforeValue();
  char digits[24];
  char* end = std::to_chars(digits, digits + sizeof(digits), value).ptr;
  out_.append(digits, static_cast<size_t>(end - digits));
}

void JsonWriter::Bool(bool value) {
  BeforeValue();
  out_ += value ? "true" : "false";
}

void JsonWriter::Null() {
  BeforeValue();
  out_ += "null";
}

void JsonWriter::AppendEscaped(std::string_view value) {
  static const char kHex[] = "0123456789abcdef";
  out_ += '"';
  size_t clean_from = 0;  // bytes that need no escape are appended in runs
  for (size_t i = NextToEscape(value, 0); i < value.size(); i = NextToEscape(value, i + 1)) {
    const unsigned char c = value[i];
    out_.append(value, clean_from, i - clean_from);
    clean_from = i + 1;
    switch (c) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\n': out_ += "\\n"; break;
      case '\r': out_ += "\\r"; break;
      case '\t': out_ += "\\t"; break;
      default:
        out_ += "\\u00";
        out_ += kHex[c >> 4];
        out_ += kHex[c & 15];
    }
  }
  out_.append(value, clean_from, value.size() - clean_from);
  out_ += '"';
}

}  // namespace communique::serialize
