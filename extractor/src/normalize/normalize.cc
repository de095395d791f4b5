#include "normalize/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <numeric>
#include <string>
#include <vector>

namespace communique::normalize {
namespace {

// Caps per-document repair warnings: a binary file must not produce a
// diagnostic per byte. The remainder is summarized in one line.
constexpr int kMaxRepairWarnings = 20;

// Bytes copied unchanged in bulk: printable ASCII and the line feed (hard-
// wrapped releases break a line every ~70 bytes; a line feed on the slow path
// cost a run break, a fold lookup and an NFKC boundary check each).
inline bool IsCopiedAscii(UChar32 c) { return (c >= 0x20 && c < 0x7F) || c == '\n'; }

void AppendUtf8(UChar32 c, std::string& out) {
  char buffer[4];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(buffer, length, 4, c, error);
  if (error) {
    out += "\xEF\xBF\xBD";
  } else {
    out.append(buffer, length);
  }
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

bool StartsWithAscii(const std::vector<UChar32>& cps, size_t i, std::string_view s) {
  if (i + s.size() > cps.size()) return false;
  for (size_t k = 0; k < s.size(); ++k) {
    UChar32 c = cps[i + k];
    if (c >= 'A' && c <= 'Z') c += 32;
    if (c != static_cast<unsigned char>(s[k])) return false;
  }
  return true;
}

// The ASCII characters at which inline Markdown markup can begin, or that
// the marker must see (line starts).
constexpr auto kMarkdownSignificant = [] {
  std::array<bool, 128> table{};
  for (char c : std::string_view("\n\\<*_![")) table[static_cast<unsigned char>(c)] = true;
  return table;
}();

// Marks the code points that are inline Markdown markup. Block markup
// (headings, bullets, numbered items) stays: the segmenter reads it.
std::vector<uint8_t> MarkInlineMarkdown(const std::vector<UChar32>& cps) {
  const size_t n = cps.size();
  std::vector<uint8_t> drop(n, 0);
  size_t line_start = 0;
  size_t bracket_scan_end = 0;  // the ']' or '\n' found by the last scan from a '['
  size_t target_scan_end = 0;   // the ')', ' ' or '\n' found by the last scan of a link target
  for (size_t i = 0; i < n; ++i) {
    UChar32 c = cps[i];
    if (c >= 0x80 || !kMarkdownSignificant[c]) continue;  // most characters: nothing to mark
    if (c == '\n') {
      line_start = i + 1;
      continue;
    }
    if (c == '\\' && i + 1 < n && IsAsciiPunct(cps[i + 1])) {
      drop[i] = true;
      ++i;  // the escaped character is text
      continue;
    }
    if (c == '<') {
      // Superscript ordinal suffixes are markup around markup: "29<sup>th</sup>" reads "29".
      for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
        std::string tag = "<sup>" + std::string(suffix) + "</sup>";
        if (StartsWithAscii(cps, i, tag)) {
          for (size_t k = 0; k < tag.size(); ++k) drop[i + k] = true;
          i += tag.size() - 1;
          goto next;
        }
      }
      {
        // Other HTML tags: '<' + letter or '/' ... '>' on the same line.
        size_t j = i + 1;
        if (j < n && ((cps[j] >= 'a' && cps[j] <= 'z') || (cps[j] >= 'A' && cps[j] <= 'Z') ||
                      cps[j] == '/')) {
          size_t limit = std::min(n, i + 200);
          while (j < limit && cps[j] != '>' && cps[j] != '\n' && cps[j] != '<') ++j;
          if (j < limit && cps[j] == '>') {
            for (size_t k = i; k <= j; ++k) drop[k] = true;
            i = j;
            continue;
          }
        }
      }
      continue;
    }
    if (c == '*' || c == '_') {
      size_t j = i;
      while (j < n && cps[j] == c) ++j;
      UChar32 before = i > 0 ? cps[i - 1] : ' ';
      UChar32 after = j < n ? cps[j] : ' ';
      bool bullet = c == '*' && j == i + 1 && after == ' ' && [&] {
        for (size_t k = line_start; k < i; ++k) {
          if (cps[k] != ' ') return false;
        }
        return true;
      }();
      bool intraword = IsAlnum(before) && IsAlnum(after) && c == '_';
      bool thematic_break = j - i >= 3 && (after == '\n' || j == n);
      if (!bullet && !intraword && !thematic_break) {
        for (size_t k = i; k < j; ++k) drop[k] = true;
      }
      i = j - 1;
      continue;
    }
    if (c == '!' && i + 1 < n && cps[i + 1] == '[') continue;  // images: kept as text
    if (c == '[') {
      // [text](target): the brackets and the target are markup. The scan
      // for ']' resumes where the last one stopped, so a line of a million
      // '[' stays linear.
      if (bracket_scan_end <= i) {
        bracket_scan_end = i + 1;
        while (bracket_scan_end < n && cps[bracket_scan_end] != ']' && cps[bracket_scan_end] != '\n') {
          ++bracket_scan_end;
        }
      }
      size_t close = bracket_scan_end;
      if (close + 1 < n && cps[close] == ']' && cps[close + 1] == '(') {
        if (target_scan_end < close + 2) {
          target_scan_end = close + 2;
          while (target_scan_end < n && cps[target_scan_end] != ')' && cps[target_scan_end] != '\n' &&
                 cps[target_scan_end] != ' ') {
            ++target_scan_end;
          }
        }
        size_t end = target_scan_end;
        if (end < n && cps[end] == ')') {
          drop[i] = true;
          for (size_t k = close; k <= end; ++k) drop[k] = true;
        }
      }
    }
  next:;
  }
  return drop;
}

}  // namespace

void Normalize(std::string_view bytes, Format format, Document& doc) {
  // 1. Decode with repair.
  std::vector<UChar32> cps;
  cps.reserve(bytes.size());
  doc.original.clear();
  doc.original.reserve(bytes.size());
  doc.original_cp_bytes.clear();
  doc.original_cp_bytes.reserve(bytes.size() + 1);
  int invalid = 0;
  int nul = 0;
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const int32_t length = static_cast<int32_t>(std::min<size_t>(bytes.size(), INT32_MAX));
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) {
    doc.diagnostics.push_back({Diagnostic::Level::kError,
                               "input larger than 2 GiB: the rest was not read", std::nullopt});
  }
  for (int32_t i = 0; i < length;) {
    // The common case, a run of printable ASCII and line feeds, is copied in bulk.
    int32_t run_end = i;
    while (run_end < length && IsCopiedAscii(data[run_end])) ++run_end;
    if (run_end > i) {
      const uint32_t base = static_cast<uint32_t>(doc.original.size());
      const size_t old_size = doc.original_cp_bytes.size();
      doc.original_cp_bytes.resize(old_size + (run_end - i));
      std::iota(doc.original_cp_bytes.begin() + old_size, doc.original_cp_bytes.end(), base);
      doc.original.append(reinterpret_cast<const char*>(data + i), run_end - i);
      cps.insert(cps.end(), data + i, data + run_end);
      i = run_end;
      continue;
    }
    UChar32 c;
    U8_NEXT(data, i, length, c);
    if (c < 0) {
      c = 0xFFFD;
      if (++invalid <= kMaxRepairWarnings) {
        doc.Warn("invalid UTF-8 replaced by U+FFFD", static_cast<uint32_t>(cps.size()));
      }
    } else if (c == 0) {
      if (++nul == 1) doc.Warn("NUL byte read as a space", static_cast<uint32_t>(cps.size()));
    }
    doc.original_cp_bytes.push_back(static_cast<uint32_t>(doc.original.size()));
    AppendUtf8(c, doc.original);
    cps.push_back(c);
  }
  if (invalid > kMaxRepairWarnings) {
    doc.Warn(std::to_string(invalid - kMaxRepairWarnings) +
             " more invalid UTF-8 sequences replaced by U+FFFD");
  }
  if (nul > 1) doc.Warn(std::to_string(nul) + " NUL bytes read as spaces in all");
  doc.original_cp_bytes.push_back(static_cast<uint32_t>(doc.original.size()));
  const uint32_t n = static_cast<uint32_t>(cps.size());
  doc.original_length = n;

  // 2. Fold, drop markup, NFKC; every emitted byte remembers its source range.
  std::vector<uint8_t> drop;
  if (format == Format::kMarkdown) drop = MarkInlineMarkdown(cps);
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
  for (uint32_t i = 0; i < n; ++i) {
    if (!drop.empty() && drop[i]) continue;
    // A run of printable ASCII and line feeds that no markup interrupts is copied as it is;
    // its last character stays for the slow path when a combining mark follows.
    uint32_t run_end = i;
    while (run_end < n && IsCopiedAscii(cps[run_end]) && (drop.empty() || !drop[run_end])) {
      ++run_end;
    }
    if (run_end < n && run_end > i && cps[run_end] >= 0x300) --run_end;
    if (run_end > i) {
      // Copied ASCII: the repaired original holds the same bytes.
      doc.text.append(doc.original, doc.original_cp_bytes[i], run_end - i);
      doc.offsets.AppendIdentity(i, run_end - i);
      i = run_end - 1;
      continue;
    }
    UChar32 c = cps[i];
    if (c == '\r') {
      if (i + 1 < n && cps[i + 1] == '\n') continue;  // CRLF: the LF is the line break
      emit("\n", i, i + 1);
      continue;
    }
    if (const char* folded = Fold(c)) {
      emit(folded, i, i + 1);
      continue;
    }
    // A run that NFKC must see whole: a starter and what combines with it.
    uint32_t end = i + 1;
    while (end < n && (drop.empty() || !drop[end]) && !Fold(cps[end]) &&
           !has_boundary_before(cps[end])) {
      ++end;
    }
    if (end == i + 1 && c < 0x80) {
      char ascii = static_cast<char>(c);
      emit(std::string_view(&ascii, 1), i, i + 1);
      continue;
    }
    icu::UnicodeString run;
    for (uint32_t k = i; k < end; ++k) run.append(cps[k]);
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
        AppendUtf8(out, buffer);
      }
    }
    emit(buffer, i, end);
    i = end - 1;
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
