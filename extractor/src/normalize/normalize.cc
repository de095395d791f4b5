#include "normalize/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/byte_set.h"
#include "utf8_append.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace communique::normalize {
namespace {

// Caps per-document repair warnings: a binary file must not produce a
// diagnostic per byte. The remainder is summarized in one line.
constexpr int kMaxRepairWarnings = 20;

// Bytes copied unchanged in bulk: printable ASCII and the line feed (hard-
// wrapped releases break a line every ~70 bytes; a line feed on the slow path
// cost a run break, a fold lookup and an NFKC boundary check each).
inline bool IsCopiedAscii(unsigned char c) { return (c >= 0x20 && c < 0x7F) || c == '\n'; }

// The end of the run of copied ASCII starting at `from`, at most `end`.
// Releases are mostly such runs: with SSE2, 16 bytes are checked at once.
uint32_t SkipCopiedAscii(const char* data, uint32_t from, uint32_t end) {
#if defined(__SSE2__)
  for (; from + 16 <= end; from += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + from));
    // Signed compares: bytes >= 0x80 are negative and fail the first one.
    const __m128i printable = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(0x1F)),
                                            _mm_cmplt_epi8(x, _mm_set1_epi8(0x7F)));
    const __m128i copied = _mm_or_si128(printable, _mm_cmpeq_epi8(x, _mm_set1_epi8('\n')));
    if (const int stops = ~_mm_movemask_epi8(copied) & 0xFFFF) return from + __builtin_ctz(stops);
  }
#endif
  while (from < end && IsCopiedAscii(data[from])) ++from;
  return from;
}

// Bytes of the UTF-8 character whose lead byte is `lead`.
inline uint32_t Utf8Width(unsigned char lead) {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

// Typographic and invisible characters folded before NFKC. Returns the
// replacement (possibly empty: the character is dropped) or nullptr when the
// character is not folded.
const char* Fold(UChar32 c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      return "-";
    case 0x2026:
      return "...";
    case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004:
    case 0x2005: case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A:
    case 0x202F: case 0x205F: case 0x3000: case '\t': case '\v': case '\f':
      return " ";
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case 0x00AD:
      return "";
    case 0x2028: case 0x2029: case 0x0085:
      return "\n";
    default:
      break;
  }
  if (c < 0x20 && c != '\n' && c != '\r') return " ";  // NUL and other controls
  if (c == 0x7F) return " ";
  return nullptr;
}

bool IsAsciiPunct(UChar32 c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

bool IsAlnum(UChar32 c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

bool StartsWithAscii(std::string_view text, size_t i, std::string_view s) {
  if (i + s.size() > text.size()) return false;
  for (size_t k = 0; k < s.size(); ++k) {
    char c = text[i + k];
    if (c >= 'A' && c <= 'Z') c += 32;
    if (c != s[k]) return false;
  }
  return true;
}

// The byte ranges of `text` (valid UTF-8) that are inline Markdown markup,
// sorted and disjoint. Block markup (headings, bullets, numbered items)
// stays: the segmenter reads it. Markup is ASCII, and an ASCII byte is never
// part of a multi-byte character, so the scan reads bytes; any byte >= 0x80
// belongs to a non-ASCII character, which counts as a letter.
std::vector<Span> MarkInlineMarkdown(std::string_view text) {
  // The characters at which inline markup can begin. Line starts are not
  // among them: a line feed every ~70 bytes cost a stop each, for the one
  // question (is a '*' a bullet?) that a look back answers.
  static constexpr ByteSet kSignificant("\\<*_![");
  const uint32_t n = static_cast<uint32_t>(text.size());
  auto at = [text](uint32_t k) -> UChar32 { return static_cast<unsigned char>(text[k]); };
  std::vector<Span> drops;
  uint32_t bracket_scan_end = 0;  // the ']' or '\n' found by the last scan from a '['
  uint32_t target_scan_end = 0;   // the ')', ' ' or '\n' found by the last scan of a link target
  for (uint32_t i = 0; i < n; ++i) {
    i = kSignificant.Skip(text, i, n);
    if (i >= n) break;
    UChar32 c = at(i);
    if (c == '\\' && i + 1 < n && IsAsciiPunct(at(i + 1))) {
      drops.push_back({i, i + 1});
      ++i;  // the escaped character is text
      continue;
    }
    if (c == '<') {
      // Superscript ordinal suffixes are markup around markup: "29<sup>th</sup>" reads "29".
      for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
        std::string tag = "<sup>" + std::string(suffix) + "</sup>";
        if (StartsWithAscii(text, i, tag)) {
          drops.push_back({i, i + static_cast<uint32_t>(tag.size())});
          i += tag.size() - 1;
          goto next;
        }
      }
      {
        // Other HTML tags: '<' + letter or '/' ... '>' on the same line, within 200 characters.
        uint32_t j = i + 1;
        if (j < n && ((at(j) >= 'a' && at(j) <= 'z') || (at(j) >= 'A' && at(j) <= 'Z') || at(j) == '/')) {
          uint32_t characters = 1;  // in [i, j)
          while (j < n && characters < 200 && at(j) != '>' && at(j) != '\n' && at(j) != '<') {
            j += Utf8Width(text[j]);
            ++characters;
          }
          if (j < n && characters < 200 && at(j) == '>') {
            drops.push_back({i, j + 1});
            i = j;
            continue;
          }
        }
      }
      continue;
    }
    if (c == '*' || c == '_') {
      uint32_t j = i;
      while (j < n && at(j) == c) ++j;
      UChar32 before = i > 0 ? at(i - 1) : ' ';
      UChar32 after = j < n ? at(j) : ' ';
      // A bullet: only spaces between the line's start and the '*'.
      bool bullet = c == '*' && j == i + 1 && after == ' ' && [&] {
        uint32_t k = i;
        while (k > 0 && text[k - 1] == ' ') --k;
        return k == 0 || text[k - 1] == '\n';
      }();
      bool intraword = IsAlnum(before) && IsAlnum(after) && c == '_';
      bool thematic_break = j - i >= 3 && (after == '\n' || j == n);
      if (!bullet && !intraword && !thematic_break) drops.push_back({i, j});
      i = j - 1;
      continue;
    }
    if (c == '!' && i + 1 < n && at(i + 1) == '[') continue;  // images: kept as text
    if (c == '[') {
      // [text](target): the brackets and the target are markup. The scan
      // for ']' resumes where the last one stopped, so a line of a million
      // '[' stays linear.
      if (bracket_scan_end <= i) {
        bracket_scan_end = i + 1;
        while (bracket_scan_end < n && at(bracket_scan_end) != ']' && at(bracket_scan_end) != '\n') {
          ++bracket_scan_end;
        }
      }
      uint32_t close = bracket_scan_end;
      if (close + 1 < n && at(close) == ']' && at(close + 1) == '(') {
        if (target_scan_end < close + 2) {
          target_scan_end = close + 2;
          while (target_scan_end < n && at(target_scan_end) != ')' && at(target_scan_end) != '\n' &&
                 at(target_scan_end) != ' ') {
            ++target_scan_end;
          }
        }
        uint32_t end = target_scan_end;
        if (end < n && at(end) == ')') {
          drops.push_back({i, i + 1});
          drops.push_back({close, end + 1});
        }
      }
    }
  next:;
  }
  // Link targets are marked before the text inside them is scanned, so the
  // ranges come out of order and may overlap.
  std::sort(drops.begin(), drops.end(), [](Span a, Span b) { return a.begin < b.begin; });
  std::vector<Span> merged;
  for (Span drop : drops) {
    if (!merged.empty() && drop.begin <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, drop.end);
    } else {
      merged.push_back(drop);
    }
  }
  return merged;
}

}  // namespace

void Normalize(std::string_view bytes, Format format, Document& doc) {
  // 1. Decode with repair.
  doc.original.clear();
  doc.original.reserve(bytes.size());
  doc.original_cp_bytes = CodePointOffsets();
  int invalid = 0;
  int nul = 0;
  uint32_t n = 0;  // code points decoded
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const int32_t length = static_cast<int32_t>(std::min<size_t>(bytes.size(), INT32_MAX));
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) {
    doc.diagnostics.push_back({Diagnostic::Level::kError,
                               "input larger than 2 GiB: the rest was not read", std::nullopt});
  }
  // Where each character that is not copied ASCII begins in the original:
  // the second pass jumps from one to the next instead of scanning again.
  std::vector<uint32_t> others;
  for (int32_t i = 0; i < length;) {
    // The common case, a run of printable ASCII and line feeds, is copied in bulk.
    const int32_t run_end = static_cast<int32_t>(SkipCopiedAscii(bytes.data(), i, length));
    if (run_end > i) {
      doc.original.append(bytes.data() + i, run_end - i);
      doc.original_cp_bytes.Append(run_end - i, 1);
      n += run_end - i;
      i = run_end;
      continue;
    }
    UChar32 c;
    U8_NEXT(data, i, length, c);
    if (c < 0) {
      c = 0xFFFD;
      if (++invalid <= kMaxRepairWarnings) doc.Warn("invalid UTF-8 replaced by U+FFFD", n);
    } else if (c == 0) {
      if (++nul == 1) doc.Warn("NUL byte read as a space", n);
    }
    const size_t before = doc.original.size();
    others.push_back(static_cast<uint32_t>(before));
    AppendUtf8(doc.original, static_cast<char32_t>(c));
    doc.original_cp_bytes.Append(1, static_cast<uint32_t>(doc.original.size() - before));
    ++n;
  }
  if (invalid > kMaxRepairWarnings) {
    doc.Warn(std::to_string(invalid - kMaxRepairWarnings) +
             " more invalid UTF-8 sequences replaced by U+FFFD");
  }
  if (nul > 1) doc.Warn(std::to_string(nul) + " NUL bytes read as spaces in all");
  doc.original_cp_bytes.Finish();
  doc.original_length = n;

  // 2. Fold, drop markup, NFKC; every emitted byte remembers its source range.
  // The repaired original is valid UTF-8, so this pass reads it byte-wise
  // and decodes without checks; `b` is a byte offset, `cp` its code point.
  const std::string_view original = doc.original;
  const char* text = original.data();
  const uint32_t size = static_cast<uint32_t>(original.size());
  const std::vector<Span> drops = format == Format::kMarkdown ? MarkInlineMarkdown(original) : std::vector<Span>();
  UErrorCode icu_status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(icu_status);
  auto has_boundary_before = [&](UChar32 c) {
    return c < 0x300 || U_FAILURE(icu_status) || nfkc->hasBoundaryBefore(c);
  };
  doc.text.clear();
  doc.text.reserve(bytes.size());
  doc.offsets = OffsetMap();
  auto emit = [&doc](std::string_view piece, uint32_t begin, uint32_t end) {
    if (piece.empty()) return;
    doc.text.append(piece);
    doc.offsets.Append(static_cast<uint32_t>(piece.size()), begin, end);
  };
  std::string buffer;
  size_t drop = 0;   // the first markup range that ends after `b`
  size_t other = 0;  // the first of `others` at or after `b`
  uint32_t cp = 0;
  for (uint32_t b = 0; b < size;) {
    while (drop < drops.size() && drops[drop].end <= b) ++drop;
    const uint32_t drop_begin = drop < drops.size() ? drops[drop].begin : size;
    if (drop_begin <= b) {
      for (; b < drops[drop].end; b += Utf8Width(text[b])) ++cp;
      continue;
    }
    // A run of printable ASCII and line feeds that no markup interrupts is copied as it is;
    // its last character stays for the slow path when a combining mark (U+0300 and up,
    // lead byte 0xCC and up) follows.
    while (other < others.size() && others[other] < b) ++other;
    uint32_t run_end = std::min(drop_begin, other < others.size() ? others[other] : size);
    if (run_end < size && run_end > b && static_cast<unsigned char>(text[run_end]) >= 0xCC) --run_end;
    if (run_end > b) {
      doc.text.append(text + b, run_end - b);
      doc.offsets.AppendIdentity(cp, run_end - b);
      cp += run_end - b;
      b = run_end;
      continue;
    }
    UChar32 c;
    uint32_t next = b;
    U8_NEXT_UNSAFE(text, next, c);
    if (c == '\r') {
      if (next >= size || text[next] != '\n') emit("\n", cp, cp + 1);  // CRLF: the LF is the line break
      b = next;
      ++cp;
      continue;
    }
    if (const char* folded = Fold(c)) {
      emit(folded, cp, cp + 1);
      b = next;
      ++cp;
      continue;
    }
    // A run that NFKC must see whole: a starter and what combines with it.
    uint32_t end = next;
    uint32_t end_cp = cp + 1;
    for (size_t d = drop; end < size; ++end_cp) {
      while (d < drops.size() && drops[d].end <= end) ++d;
      if (d < drops.size() && drops[d].begin <= end) break;
      uint32_t after = end;
      UChar32 mark;
      U8_NEXT_UNSAFE(text, after, mark);
      if (Fold(mark) || has_boundary_before(mark)) break;
      end = after;
    }
    if (end_cp == cp + 1 && c < 0x80) {
      char ascii = static_cast<char>(c);
      emit(std::string_view(&ascii, 1), cp, cp + 1);
      b = next;
      ++cp;
      continue;
    }
    icu::UnicodeString run = icu::UnicodeString::fromUTF8(icu::StringPiece(text + b, end - b));
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString normalized = U_SUCCESS(icu_status) ? nfkc->normalize(run, status) : run;
    if (U_FAILURE(status)) normalized = run;
    buffer.clear();
    for (int32_t k = 0; k < normalized.length();) {
      UChar32 out = normalized.char32At(k);
      k += U16_LENGTH(out);
      if (const char* folded = Fold(out)) {
        buffer += folded;
      } else {
        AppendUtf8(buffer, static_cast<char32_t>(out));
      }
    }
    emit(buffer, cp, end_cp);
    b = end;
    cp = end_cp;
  }
  doc.offsets.Finish(n);
}

bool LooksBinary(std::string_view bytes) {
  for (std::string_view magic : {std::string_view("%PDF-"), std::string_view("\x89PNG"),
                                 std::string_view("PK\x03\x04"), std::string_view("\x1f\x8b"),
                                 std::string_view("\xff\xd8\xff"), std::string_view("GIF8")}) {
    if (bytes.substr(0, magic.size()) == magic) return true;
  }
  const int32_t sample = static_cast<int32_t>(std::min<size_t>(bytes.size(), 8192));
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  int32_t characters = 0, suspicious = 0;
  for (int32_t i = 0; i < sample;) {
    // Printable ASCII and line feeds, most of any text, are counted a run at a time.
    const int32_t run_end = static_cast<int32_t>(SkipCopiedAscii(bytes.data(), i, sample));
    if (run_end > i) {
      characters += run_end - i;
      i = run_end;
      continue;
    }
    UChar32 c;
    U8_NEXT(data, i, sample, c);
    ++characters;
    if (c < 0) {
      // A multi-byte character cut by the sample's end is not evidence.
      if (i < sample) ++suspicious;
    } else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
      ++suspicious;
    }
  }
  return characters > 0 && suspicious * 10 > characters;
}

}  // namespace communique::normalize
