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

// The byte ranges of a text's inline Markdown markup (MarkInlineMarkdown):
// the scan stops at each byte that can begin markup, and the method for
// that byte returns the last byte the markup it found takes up.
class InlineMarkup {
 public:
  explicit InlineMarkup(std::string_view text) : text_(text), n_(static_cast<uint32_t>(text.size())) {}

  std::vector<Span> Find() {
    // The characters at which inline markup can begin. Line starts are not
    // among them: a line feed every ~70 bytes cost a stop each, for the one
    // question (is a '*' a bullet?) that a look back answers.
    static constexpr ByteSet kSignificant("\\<*_[");
    for (uint32_t i = 0; i < n_; ++i) {
      i = kSignificant.Skip(text_, i, n_);
      if (i >= n_) break;
      switch (text_[i]) {
        case '\\': i = Escape(i); break;
        case '<': i = Tag(i); break;
        case '*': case '_': i = Emphasis(i); break;
        // An image, "![alt](target)", reads "!alt" as a link reads "alt".
        default: i = Link(i); break;  // '['
      }
    }
    return Merged();
  }

 private:
  UChar32 At(uint32_t k) const { return static_cast<unsigned char>(text_[k]); }

  uint32_t Escape(uint32_t i) {
    if (i + 1 < n_ && IsAsciiPunct(At(i + 1))) {
      drops_.push_back({i, i + 1});
      return i + 1;  // the escaped character is text
    }
    return i;
  }

  uint32_t Tag(uint32_t i) {
    // Superscript ordinal suffixes are markup around markup: "29<sup>th</sup>" reads "29".
    for (std::string_view tag : {"<sup>st</sup>", "<sup>nd</sup>", "<sup>rd</sup>", "<sup>th</sup>"}) {
      if (StartsWithAscii(text_, i, tag)) {
        drops_.push_back({i, i + static_cast<uint32_t>(tag.size())});
        return i + static_cast<uint32_t>(tag.size()) - 1;
      }
    }
    // Other HTML tags: '<' + letter or '/' ... '>' on the same line, within 200 characters.
    uint32_t j = i + 1;
    if (j < n_ && ((At(j) >= 'a' && At(j) <= 'z') || (At(j) >= 'A' && At(j) <= 'Z') || At(j) == '/')) {
      uint32_t characters = 1;  // in [i, j)
      while (j < n_ && characters < 200 && At(j) != '>' && At(j) != '\n' && At(j) != '<') {
        j += Utf8Width(text_[j]);
        ++characters;
      }
      if (j < n_ && characters < 200 && At(j) == '>') {
        drops_.push_back({i, j + 1});
        return j;
      }
    }
    return i;
  }

  uint32_t Emphasis(uint32_t i) {
    const UChar32 c = At(i);
    uint32_t j = i;
    while (j < n_ && At(j) == c) ++j;
    UChar32 before = i > 0 ? At(i - 1) : ' ';
    UChar32 after = j < n_ ? At(j) : ' ';
    // A bullet: only spaces between the line's start and the '*'.
    bool bullet = c == '*' && j == i + 1 && after == ' ' && [&] {
      uint32_t k = i;
      while (k > 0 && text_[k - 1] == ' ') --k;
      return k == 0 || text_[k - 1] == '\n';
    }();
    bool intraword = IsAlnum(before) && IsAlnum(after) && c == '_';
    bool thematic_break = j - i >= 3 && (after == '\n' || j == n_);
    if (!bullet && !intraword && !thematic_break) drops_.push_back({i, j});
    return j - 1;
  }

  // [text](target): the brackets and the target are markup. The scan for
  // ']' resumes where the last one stopped, so a line of a million '['
  // stays linear; likewise the scan of a target.
  uint32_t Link(uint32_t i) {
    if (bracket_scan_end_ <= i) {
      bracket_scan_end_ = i + 1;
      while (bracket_scan_end_ < n_ && At(bracket_scan_end_) != ']' && At(bracket_scan_end_) != '\n') {
        ++bracket_scan_end_;
      }
    }
    const uint32_t close = bracket_scan_end_;
    if (close + 1 < n_ && At(close) == ']' && At(close + 1) == '(') {
      if (target_scan_end_ < close + 2) {
        target_scan_end_ = close + 2;
        while (target_scan_end_ < n_ && At(target_scan_end_) != ')' && At(target_scan_end_) != '\n' &&
               At(target_scan_end_) != ' ') {
          ++target_scan_end_;
        }
      }
      const uint32_t end = target_scan_end_;
      if (end < n_ && At(end) == ')') {
        drops_.push_back({i, i + 1});
        drops_.push_back({close, end + 1});
      }
    }
    return i;
  }

  // Link targets are marked before the text inside them is scanned, so the
  // ranges come out of order and may overlap.
  std::vector<Span> Merged() {
    std::sort(drops_.begin(), drops_.end(), [](Span a, Span b) { return a.begin < b.begin; });
    std::vector<Span> merged;
    for (Span drop : drops_) {
      if (!merged.empty() && drop.begin <= merged.back().end) {
        merged.back().end = std::max(merged.back().end, drop.end);
      } else {
        merged.push_back(drop);
      }
    }
    return merged;
  }

  std::string_view text_;
  uint32_t n_;
  std::vector<Span> drops_;
  uint32_t bracket_scan_end_ = 0;  // the ']' or '\n' found by the last scan from a '['
  uint32_t target_scan_end_ = 0;   // the ')', ' ' or '\n' found by the last scan of a link target
};

// The byte ranges of `text` (valid UTF-8) that are inline Markdown markup,
// sorted and disjoint. Block markup (headings, bullets, numbered items)
// stays: the segmenter reads it. Markup is ASCII, and an ASCII byte is never
// part of a multi-byte character, so the scan reads bytes; any byte >= 0x80
// belongs to a non-ASCII character, which counts as a letter.
std::vector<Span> MarkInlineMarkdown(std::string_view text) { return InlineMarkup(text).Find(); }

// ICU's NFKC, or nothing when ICU cannot load it (the text then stays as
// decoded, folded).
class Nfkc {
 public:
  Nfkc() {
    UErrorCode status = U_ZERO_ERROR;
    normalizer_ = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status)) normalizer_ = nullptr;
  }
  // Whether NFKC never combines `c` with what precedes it.
  bool BoundaryBefore(UChar32 c) const { return c < 0x300 || normalizer_ == nullptr || normalizer_->hasBoundaryBefore(c); }
  // Appends the NFKC form of the UTF-8 `run`, folded (Fold), to `out`.
  void AppendFolded(std::string_view run, std::string& out) const {
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(run.data(), static_cast<int32_t>(run.size())));
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString normalized = normalizer_ != nullptr ? normalizer_->normalize(text, status) : text;
    if (U_FAILURE(status)) normalized = text;
    for (int32_t k = 0; k < normalized.length();) {
      UChar32 c = normalized.char32At(k);
      k += U16_LENGTH(c);
      if (const char* folded = Fold(c)) {
        out += folded;
      } else {
        AppendUtf8(out, static_cast<char32_t>(c));
      }
    }
  }

 private:
  const icu::Normalizer2* normalizer_;
};

// 1. Decodes `bytes` into doc.original, valid UTF-8: invalid sequences
// become U+FFFD, with warnings. Returns where each character that is not
// copied ASCII begins in doc.original, so that the second pass jumps from
// one to the next instead of scanning again.
std::vector<uint32_t> DecodeWithRepair(std::string_view bytes, Document& doc) {
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
  return others;
}

// 2. Folds doc.original into doc.text: markup dropped, typographic
// characters folded, NFKC; every emitted byte remembers its source range in
// doc.offsets. The repaired original is valid UTF-8, so this pass reads it
// byte-wise and decodes without checks; `b` is a byte offset, `cp` its code
// point. `others`: DecodeWithRepair's.
class TextFolder {
 public:
  TextFolder(Format format, const std::vector<uint32_t>& others, Document& doc)
      : doc_(doc),
        text_(doc.original.data()),
        size_(static_cast<uint32_t>(doc.original.size())),
        others_(others),
        drops_(format == Format::kMarkdown ? MarkInlineMarkdown(doc.original) : std::vector<Span>()) {}

  void Run() {
    doc_.text.clear();
    doc_.text.reserve(size_);
    doc_.offsets = OffsetMap();
    while (b_ < size_) {
      while (drop_ < drops_.size() && drops_[drop_].end <= b_) ++drop_;
      const uint32_t drop_begin = drop_ < drops_.size() ? drops_[drop_].begin : size_;
      if (drop_begin <= b_) {
        for (; b_ < drops_[drop_].end; b_ += Utf8Width(text_[b_])) ++cp_;
      } else if (!CopyAsciiRun(drop_begin)) {
        FoldCharacter();
      }
    }
    doc_.offsets.Finish(doc_.original_length);
  }

 private:
  void Emit(std::string_view piece, uint32_t begin, uint32_t end) {
    if (piece.empty()) return;
    doc_.text.append(piece);
    doc_.offsets.Append(static_cast<uint32_t>(piece.size()), begin, end);
  }

  // Copies a run of printable ASCII and line feeds that no markup
  // interrupts as it is; its last character stays for the slow path when a
  // combining mark (U+0300 and up, lead byte 0xCC and up) follows. False
  // when there is no such run at b_.
  bool CopyAsciiRun(uint32_t drop_begin) {
    while (other_ < others_.size() && others_[other_] < b_) ++other_;
    uint32_t run_end = std::min(drop_begin, other_ < others_.size() ? others_[other_] : size_);
    if (run_end < size_ && run_end > b_ && static_cast<unsigned char>(text_[run_end]) >= 0xCC) --run_end;
    if (run_end <= b_) return false;
    doc_.text.append(text_ + b_, run_end - b_);
    doc_.offsets.AppendIdentity(cp_, run_end - b_);
    cp_ += run_end - b_;
    b_ = run_end;
    return true;
  }

  // The character at b_, with the marks NFKC must see with it.
  void FoldCharacter() {
    UChar32 c;
    uint32_t end = b_;
    U8_NEXT_UNSAFE(text_, end, c);
    uint32_t end_cp = cp_ + 1;
    if (c == '\r') {
      if (end >= size_ || text_[end] != '\n') Emit("\n", cp_, end_cp);  // CRLF: the LF is the line break
    } else if (const char* folded = Fold(c)) {
      Emit(folded, cp_, end_cp);
    } else {
      end = RunEnd(end, &end_cp);
      if (end_cp == cp_ + 1 && c < 0x80) {
        const char ascii = static_cast<char>(c);
        Emit(std::string_view(&ascii, 1), cp_, end_cp);
      } else {
        buffer_.clear();
        nfkc_.AppendFolded(std::string_view(text_ + b_, end - b_), buffer_);
        Emit(buffer_, cp_, end_cp);
      }
    }
    b_ = end;
    cp_ = end_cp;
  }

  // The end of the run that NFKC must see whole, a starter and what
  // combines with it, from `next`, the byte after the starter at b_; its
  // end in code points in *end_cp.
  uint32_t RunEnd(uint32_t next, uint32_t* end_cp) const {
    uint32_t end = next;
    *end_cp = cp_ + 1;
    for (size_t d = drop_; end < size_; ++*end_cp) {
      while (d < drops_.size() && drops_[d].end <= end) ++d;
      if (d < drops_.size() && drops_[d].begin <= end) break;
      uint32_t after = end;
      UChar32 mark;
      U8_NEXT_UNSAFE(text_, after, mark);
      if (Fold(mark) || nfkc_.BoundaryBefore(mark)) break;
      end = after;
    }
    return end;
  }

  Document& doc_;
  const char* text_;
  const uint32_t size_;
  const std::vector<uint32_t>& others_;
  const std::vector<Span> drops_;
  const Nfkc nfkc_;
  std::string buffer_;
  uint32_t b_ = 0;
  uint32_t cp_ = 0;
  size_t drop_ = 0;   // the first markup range that ends after b_
  size_t other_ = 0;  // the first of others_ at or after b_
};

}  // namespace

void Normalize(std::string_view bytes, Format format, Document& doc) {
  const std::vector<uint32_t> others = DecodeWithRepair(bytes, doc);
  TextFolder(format, others, doc).Run();
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
