#include "segment/segment.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>

#include "core/ascii.h"
#include "segment/text_masks.h"

namespace communique {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsTerminator(char c) { return c == '.' || c == '!' || c == '?'; }
bool IsClosing(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }

// `s` with ASCII letters lowercased, written to `buffer`: the lookups per
// candidate boundary use a stack buffer. REQUIRES: `buffer` has s.size() bytes.
std::string_view LowerInto(std::string_view s, char* buffer) {
  for (size_t k = 0; k < s.size(); ++k) buffer[k] = IsUpper(s[k]) ? static_cast<char>(s[k] + 32) : s[k];
  return std::string_view(buffer, s.size());
}

std::string Lower(std::string_view s) {
  std::string out(s.size(), '\0');
  LowerInto(s, out.data());
  return out;
}

// Called for every line and sentence; the call cost as much as the loops.
[[gnu::always_inline]] inline Span Trim(std::string_view text, Span span) {
  while (span.begin < span.end && IsSpace(text[span.begin])) ++span.begin;
  while (span.end > span.begin && IsSpace(text[span.end - 1])) --span.end;
  return span;
}

struct Line {
  Span span;                      // trimmed content, marker included
  bool blank = false;             // only white space
  bool separator = false;         // no letter or digit ("###", "---")
  uint32_t marker_end = 0;        // content start after a bullet, number or '#' marks
  uint32_t indent = 0;            // bytes of white space before the line's text
  SegmentKind marker_kind = SegmentKind::kParagraph;  // kListItem / kHeading when marked
};

// Length in bytes of a list or heading marker at the start of `s` (including
// the spaces after it), or 0. Sets *kind.
size_t MarkerLength(std::string_view s, SegmentKind* kind) {
  auto spaces_after = [&s](size_t i) -> size_t {
    if (i >= s.size() || s[i] != ' ') return 0;
    while (i < s.size() && s[i] == ' ') ++i;
    return i;
  };
  if (s.empty()) return 0;
  if (s[0] == '#') {
    size_t i = 0;
    while (i < s.size() && s[i] == '#') ++i;
    if (i <= 6) {
      if (size_t end = spaces_after(i)) {
        *kind = SegmentKind::kHeading;
        return end;
      }
    }
    return 0;
  }
  *kind = SegmentKind::kListItem;
  size_t bullet = 0;
  if (s[0] == '-' || s[0] == '*' || s[0] == '+') {
    bullet = spaces_after(1);
  } else if (s.substr(0, 3) == "\xE2\x80\xA2" || s.substr(0, 3) == "\xE2\x97\x8F") {
    bullet = spaces_after(3);
  }
  if (bullet > 0) {
    // A number after the bullet is the marker's too: "• 9. Stop smoking".
    size_t i = bullet;
    while (i < s.size() && IsAsciiDigit(s[i]) && i - bullet < 3) ++i;
    if (i > bullet && i < s.size() && (s[i] == '.' || s[i] == ')')) {
      if (size_t end = spaces_after(i + 1)) return end;
    }
    return bullet;
  }
  size_t i = 0;
  bool parenthesized = s[0] == '(';
  if (parenthesized) ++i;
  size_t label_start = i;
  while (i < s.size() && IsAsciiDigit(s[i]) && i - label_start < 3) ++i;
  if (i == label_start) {
    // "a)" and roman "iv)" styles.
    while (i < s.size() && (s[i] == 'i' || s[i] == 'v' || s[i] == 'x') && i - label_start < 4) ++i;
    if (i == label_start && i < s.size() && IsLower(s[i])) ++i;
  }
  if (i == label_start || i >= s.size()) return 0;
  bool numeric = IsAsciiDigit(s[label_start]);
  if (parenthesized) return s[i] == ')' ? spaces_after(i + 1) : 0;
  if (s[i] == '.' && i + 1 < s.size() && s[i + 1] == ')') return spaces_after(i + 2);  // "1.)", "a.)"
  if (s[i] == ')' || (s[i] == '.' && numeric)) return spaces_after(i + 1);
  // "d. Compliance Log": a lettered item; a capital must follow so that a
  // line opening on a lowercase abbreviation stays text.
  if (s[i] == '.') {
    size_t end = spaces_after(i + 1);
    if (end > 0 && end < s.size() && IsUpper(s[end])) return end;
  }
  return 0;
}

bool EndsSentence(std::string_view s) {
  size_t i = s.size();
  while (i > 0 && IsClosing(s[i - 1])) --i;
  return i > 0 && (IsTerminator(s[i - 1]) || s[i - 1] == ':' || s[i - 1] == ';');
}

// Words (runs of bytes other than white space) in `s`, but at most `limit`.
int CountWordsIn(std::string_view s, int limit) {
  int words = 0;
  for (size_t i = 0; i < s.size() && words < limit; ++i) words += !IsSpace(s[i]) && (i == 0 || IsSpace(s[i - 1]));
  return words;
}

size_t FirstWordLength(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && !IsSpace(s[i])) ++i;
  return i;
}

bool IsLetter(char c) { return IsUpper(c) || IsLower(c) || static_cast<unsigned char>(c) >= 0x80; }
bool IsDecoration(char c) {
  return c == '/' || c == '=' || c == '*' || c == '_' || c == '~' || c == '+' || c == '-';
}

// Strips what frames a line without being its text: HTML-ish tags ("<p>",
// "</em>"), escaped tags ("&lt;b&gt;") and rules of three or more repeated
// marks glued to the text ("////Header"). Only the edges are looked at, and
// a line whose edge bytes cannot be markup returns at once: its first byte
// is no '<', '&' or decoration mark, and its last no '>', ';' or decoration
// mark. REQUIRES: `span` is trimmed.
Span StripLineMarkup(std::string_view text, Span span) {
  if (span.empty()) return span;
  const char first = text[span.begin], last = text[span.end - 1];
  if (first != '<' && first != '&' && !IsDecoration(first) && last != '>' && last != ';' && !IsDecoration(last)) {
    return span;
  }
  auto tag_start = [&text](uint32_t at) {
    char c = text[at];
    return IsUpper(c) || IsLower(c) || c == '/' || c == '!';
  };
  for (bool changed = true; changed && !span.empty();) {
    changed = false;
    std::string_view s = text.substr(span.begin, span.size());
    if (s.size() > 2 && s[0] == '<' && tag_start(span.begin + 1)) {
      size_t close = s.find('>');
      if (close != std::string_view::npos && s.substr(0, close).find('<', 1) == std::string_view::npos) {
        span.begin += static_cast<uint32_t>(close + 1);
        changed = true;
      }
    } else if (s.size() > 5 && s.substr(0, 4) == "&lt;" && tag_start(span.begin + 4)) {
      size_t close = s.find("&gt;");
      if (close != std::string_view::npos) {
        span.begin += static_cast<uint32_t>(close + 4);
        changed = true;
      }
    } else if (s.size() >= 3 && IsDecoration(s[0]) && s[1] == s[0] && s[2] == s[0]) {
      size_t run = 3;
      while (run < s.size() && s[run] == s[0]) ++run;
      span.begin += static_cast<uint32_t>(run);
      changed = true;
    }
    s = text.substr(span.begin, span.size());
    if (s.size() > 2 && s.back() == '>') {
      size_t open = s.rfind('<');
      if (open != std::string_view::npos && open + 1 < s.size() && tag_start(span.begin + open + 1) &&
          s.substr(open, s.size() - open - 1).find('>') == std::string_view::npos) {
        span.end = span.begin + static_cast<uint32_t>(open);
        changed = true;
      }
    } else if (s.size() > 5 && s.substr(s.size() - 4) == "&gt;") {
      size_t open = s.rfind("&lt;");
      if (open != std::string_view::npos && open + 4 < s.size() && tag_start(span.begin + open + 4)) {
        span.end = span.begin + static_cast<uint32_t>(open);
        changed = true;
      }
    } else if (s.size() >= 3 && IsDecoration(s.back()) && s[s.size() - 2] == s.back() &&
               s[s.size() - 3] == s.back()) {
      size_t run = 3;
      while (run < s.size() && s[s.size() - 1 - run] == s.back()) ++run;
      span.end -= static_cast<uint32_t>(run);
      changed = true;
    }
    span = Trim(text, span);
  }
  return span;
}

// "III.", "Section 2.", "Part A.": a label that numbers a heading, ending in
// '.' after a number, a roman numeral or a single letter.
bool IsNumberingLabel(const TextMasks& masks, std::string_view text, Span span) {
  std::string_view s = text.substr(span.begin, span.size());
  if (s.size() < 2 || s.back() != '.' || masks.CountWords(span, 3) > 2) return false;
  s.remove_suffix(1);
  size_t begin = s.size();
  while (begin > 0 && !IsSpace(s[begin - 1])) --begin;
  std::string_view last = s.substr(begin);
  if (last.size() == 1 && IsUpper(last[0])) return true;
  return !last.empty() && (std::all_of(last.begin(), last.end(), IsAsciiDigit) ||
                           last.find_first_not_of("IVXLC") == std::string_view::npos ||
                           last.find_first_not_of("ivxlc") == std::string_view::npos);
}

// A line of one to four digits alone is a page number or a stray footnote
// number of an extraction, not text.
bool IsPageNumber(std::string_view s) {
  return !s.empty() && s.size() <= 4 && std::all_of(s.begin(), s.end(), IsAsciiDigit);
}


// Quotations and bracketed asides of the segment, each from its opening mark to just after its
// closing mark. Double quotes pair in order, except an inch mark after a
// number ('6 3/4" Crystal') when none is open. A single quote (or '`') opens
// after a space or bracket before a letter and closes after a word or
// punctuation before a non-letter, so apostrophes ("they'll", "dragon's")
// and a plural possessive with no quotation open ("the partners' plan") are
// not quotes. An unclosed mark quotes nothing.
//
// Closed brackets count too: "[16: firma? 13:28]" is one aside.
std::vector<Span> FindQuotations(const TextMasks& masks, std::string_view text, Span segment) {
  std::vector<Span> out;
  int64_t double_open = -1, single_open = -1;
  std::vector<uint32_t> brackets;
  for (uint32_t p = segment.begin; p < segment.end; ++p) {
    p = masks.Next(TextMasks::kMark, p, segment.end);
    if (p >= segment.end) break;
    char c = text[p];
    if (c == '(' || c == '[') {
      brackets.push_back(p);
      continue;
    }
    if (c == ')' || c == ']') {
      char open = c == ')' ? '(' : '[';
      while (!brackets.empty() && text[brackets.back()] != open) brackets.pop_back();
      if (!brackets.empty()) {
        out.push_back({brackets.back(), p + 1});
        brackets.pop_back();
      }
      continue;
    }
    if (c != '"' && c != '\'' && c != '`') continue;
    char before = p > segment.begin ? text[p - 1] : ' ';
    char after = p + 1 < segment.end ? text[p + 1] : ' ';
    if (c == '"') {
      if (double_open >= 0) {
        out.push_back({static_cast<uint32_t>(double_open), p + 1});
        double_open = -1;
      } else if (!(IsAsciiDigit(before) && !IsWordByte(after))) {
        double_open = p;
      }
      continue;
    }
    bool can_open = (IsSpace(before) || before == '(' || before == '[' || before == '"' ||
                     p == segment.begin) &&
                    IsLetter(after);
    bool can_close = c == '\'' && p > segment.begin &&
                     (IsWordByte(before) || IsTerminator(before) || before == ',' || before == '-') &&
                     !IsWordByte(after);
    if (single_open >= 0 && can_close) {
      out.push_back({static_cast<uint32_t>(single_open), p + 1});
      single_open = -1;
    } else if (single_open < 0 && can_open) {
      single_open = p;
    }
  }
  return out;
}

// The length of a bullet character ending at `end` ("•", "●", "⁃") that
// stands at a word start, or 0.
size_t BulletBefore(std::string_view text, uint32_t line_start, uint32_t end) {
  if (end < line_start + 3) return 0;
  std::string_view b = text.substr(end - 3, 3);
  if (b != "\xE2\x80\xA2" && b != "\xE2\x97\x8F" && b != "\xE2\x81\x83") return 0;
  return end - 3 == line_start || IsSpace(text[end - 4]) ? 3 : 0;
}

// An inline list marker: FindInlineItems reads one at each '.' or ')'.
struct InlineMarker {
  Span span;   // from a bullet before it, if any, to the word after it
  bool digit;
  int style;   // 0 ".", 1 ")", 2 ".)"
  int value;   // the number, or the letter's rank
  int roman;   // the roman numeral's value, or 0
  bool opens;  // starts a sentence
  bool run_in;
};

// The marker whose '.' or ')' is at `q`, or nullopt: a label of digits or
// lowercase letters at a word start (or after a bullet), then ".", ")" or
// ".)" and a space before a word.
std::optional<InlineMarker> MarkerAt(std::string_view text, uint32_t line_start, Span segment, uint32_t q) {
  if (q == line_start || (text[q] == ')' && text[q - 1] == '.')) return std::nullopt;
  bool digit = IsAsciiDigit(text[q - 1]);
  uint32_t p = q;
  while (p > line_start && q - p < 4 && (digit ? IsAsciiDigit(text[p - 1]) : IsLower(text[p - 1]))) --p;
  // A bullet before the marker, glued or spaced ("• 9. x • 10. y", "⁃9. x
  // ⁃10. y"), is a line start of its own and part of the marker. Its bytes
  // are not ASCII: most candidates never look for one.
  uint32_t bullet = p;
  if (p > line_start && static_cast<unsigned char>(text[p - 1]) >= 0x80) {
    bullet -= static_cast<uint32_t>(BulletBefore(text, line_start, p));
  }
  if (p == q || (p > line_start && !IsSpace(text[p - 1]) && bullet == p) || (digit && q - p > 2)) return std::nullopt;
  if (bullet == p && p > line_start + 1 && text[p - 1] == ' ' &&
      static_cast<unsigned char>(text[p - 2]) >= 0x80) {
    uint32_t k = p;
    while (k > line_start && text[k - 1] == ' ') --k;
    bullet = k - static_cast<uint32_t>(BulletBefore(text, line_start, k));
    if (bullet == k) bullet = p;
  }
  int style;
  uint32_t after;
  if (text[q] == ')') {
    style = 1, after = q + 1;
  } else if (text[q] == '.' && q + 1 < segment.end && text[q + 1] == ')') {
    style = 2, after = q + 2;
  } else if (text[q] == '.') {
    style = 0, after = q + 1;
  } else {
    return std::nullopt;
  }
  if (after + 1 >= segment.end || text[after] != ' ' || !IsWordByte(text[after + 1])) return std::nullopt;
  std::string_view label = text.substr(p, q - p);
  InlineMarker m{{bullet, after + 1}, digit, style, 0, 0, false, false};
  if (digit) {
    m.value = std::stoi(std::string(label));
  } else {
    static constexpr std::string_view kRoman[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"};
    for (int r = 0; r < 10; ++r) {
      if (label == kRoman[r]) m.roman = r + 1;
    }
    if (label.size() == 1) m.value = label[0] - 'a' + 1;
    if (m.value == 0 && m.roman == 0) return std::nullopt;
  }
  uint32_t b = bullet;
  while (b > line_start && IsSpace(text[b - 1])) --b;
  if (b == line_start || bullet < p) {
    m.opens = true;
  } else {
    uint32_t t = b;
    while (t > line_start && IsClosing(text[t - 1])) --t;
    m.opens = t > line_start && IsTerminator(text[t - 1]);
    char last = text[b - 1];
    std::string_view previous = text.substr(line_start, b - line_start);
    m.run_in = last == ',' || last == ';' || last == ':' ||
               (previous.size() >= 4 && previous.substr(previous.size() - 4) == " and") ||
               (previous.size() >= 3 && previous.substr(previous.size() - 3) == " or");
  }
  return m;
}

// Inline enumerations: a list whose line breaks were lost ("a) here it is
// b) another", "1. The first item 2. The second item"). A marker is a number
// of one or two digits, a lowercase letter or a roman numeral, then ".",
// ")" or ".)", at a word start and before a word. Markers of one style that
// count on (a, b, c; 1, 2; i, ii) make a list when the first one starts a
// sentence; a later marker after ',', ';', ':', "and" or "or" is a run-in
// enumeration inside a sentence ("agreed to a) cut costs; b) ...") and stays.
// Returns each item's marker span (a bullet before it included), except one
// before `segment.begin` (the list item's own marker, scanned from
// `line_start`).
std::vector<Span> FindInlineItems(const TextMasks& masks, std::string_view text, uint32_t line_start,
                                  Span segment) {
  std::vector<Span> out;
  std::vector<InlineMarker> chain;
  auto flush = [&]() {
    const bool list = chain.size() >= 2 && chain.front().opens;
    if (list) {
      // The list item's own bullet is before the segment; a marker after it
      // ("• 9. The first item") reaches into it.
      for (const InlineMarker& m : chain) {
        if (m.span.end > segment.begin) out.push_back({std::max(m.span.begin, segment.begin), m.span.end});
      }
    }
    chain.clear();
    return list;
  };
  for (uint32_t q = line_start; q < segment.end; ++q) {
    // Found from their '.' or ')': the label is the word just before it.
    q = masks.Next(TextMasks::kItemEnd, q, segment.end);
    if (q >= segment.end) break;
    std::optional<InlineMarker> m = MarkerAt(text, line_start, segment, q);
    if (!m) continue;
    bool follows = false;
    if (!chain.empty() && !m->run_in) {
      const InlineMarker& last = chain.back();
      follows = last.digit == m->digit && last.style == m->style &&
                ((m->value > 0 && m->value == last.value + 1) || (m->roman > 0 && m->roman == last.roman + 1));
    }
    // A marker that breaks a list's count starts the next list ("1.) x 2.) y
    // 1) x 2) y").
    if (!follows && flush() && !m->run_in) m->opens = true;
    chain.push_back(*m);
    q = m->span.end - 1;  // after the marker
  }
  flush();
  return out;
}

// The lines of `text`, each with its markup (list or heading marker,
// separator) recognized.
std::vector<Line> SplitLines(const TextMasks& masks, std::string_view text) {
  std::vector<Line> lines;
  for (size_t start = 0; start <= text.size();) {
    const size_t end = masks.Next(TextMasks::kNewline, static_cast<uint32_t>(start), static_cast<uint32_t>(text.size()));
    Line line;
    line.span = Trim(text, {static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
    line.blank = line.span.empty();
    line.indent = line.span.begin - static_cast<uint32_t>(start);
    line.span = StripLineMarkup(text, line.span);
    std::string_view content = text.substr(line.span.begin, line.span.size());
    // "###", "* * *", "---", "<div>" separate blocks; a line of "." or "?!" is still text.
    line.separator = !line.blank && (IsPageNumber(content) ||
                                     std::none_of(content.begin(), content.end(), [](char c) {
                                       return IsWordByte(c) || IsTerminator(c);
                                     }));
    line.marker_end = line.span.begin;
    if (!line.blank && !line.separator) {
      size_t marker = MarkerLength(content, &line.marker_kind);
      if (marker > 0 && marker < content.size()) {
        line.marker_end = line.span.begin + static_cast<uint32_t>(marker);
      } else {
        line.marker_kind = SegmentKind::kParagraph;
      }
    }
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

// The width a hard-wrapped text was wrapped at, or 0 when its line breaks
// are not a wrap. Evidence: lines that run on into the next line and stop
// where no sentence could end; the wrap width is the longest such line.
uint32_t HardWrapWidth(const std::vector<Line>& lines, const TextMasks& masks, std::string_view text) {
  int continued = 0, mid_sentence = 0;
  uint32_t wrap_width = 0;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const Line& line = lines[i];
    const Line& next = lines[i + 1];
    if (line.blank || line.separator || next.blank || next.separator ||
        next.marker_kind != SegmentKind::kParagraph) {
      continue;
    }
    ++continued;
    std::string_view content = text.substr(line.span.begin, line.span.size());
    if (!EndsSentence(content) && masks.CountWords(line.span, 5) >= 5) {
      ++mid_sentence;
      wrap_width = std::max(wrap_width, line.span.size());
    }
  }
  // Lines far longer than the wrap width were never wrapped: a text with
  // several of them breaks its lines by meaning, whatever its short lines do.
  int overlong = 0;
  for (const Line& line : lines) {
    if (!line.blank && !line.separator && line.span.size() > wrap_width + wrap_width / 2) ++overlong;
  }
  const bool hard_wrapped = mid_sentence >= 2 && mid_sentence * 2 >= continued && overlong * 4 <= mid_sentence;
  return hard_wrapped ? wrap_width : 0;
}

// Whether `line`, unmarked, goes on the paragraph that `previous` ends
// rather than starting a block of its own. `wrap_width`: HardWrapWidth().
bool ContinuesParagraph(const Line& previous, const Line& line, const TextMasks& masks, std::string_view text,
                        uint32_t wrap_width) {
  std::string_view content = text.substr(line.marker_end, line.span.end - line.marker_end);
  std::string_view before = text.substr(previous.span.begin, previous.span.size());
  auto letters = [](std::string_view s) {
    return !s.empty() && s.size() <= 2 && std::all_of(s.begin(), s.end(), IsLetter);
  };
  if (IsTerminator(content[0])) {
    // A full stop pushed onto the next line ("for pricing\n. Pricing")
    // ends the line before it.
    return true;
  }
  if (letters(before) && letters(content)) {
    // A word broken into lines of one or two letters ("W\nA\nRN\nI\nNG"),
    // as PDF extraction leaves vertical text.
    return true;
  }
  if (wrap_width > 0) {
    // A line break is real when the next word would have fit on the line.
    // The cheap test first: most wrapped lines end in mid-sentence.
    return !EndsSentence(before) || previous.span.size() + 1 + FirstWordLength(content) > wrap_width;
  }
  // A stray line break inside a sentence; one- and two-word lines are
  // list-like. A parenthesis may go on a line too long to be a heading.
  // Only the words after the line's last full stop count: "in the city.
  // features\ncontact manager" is a list of short items.
  if (EndsSentence(before) || content.empty() || !(IsLower(content[0]) || content[0] == '(')) return false;
  Span tail = previous.span;
  for (size_t k = before.size(); k-- > 1;) {
    if (IsTerminator(before[k - 1]) && before[k] == ' ') {
      tail.begin = previous.span.begin + static_cast<uint32_t>(k);
      break;
    }
  }
  const int words = masks.CountWords(tail, 9);
  // A space left before the line break marks a sentence that runs on.
  const bool trailing_space = previous.span.end < text.size() && text[previous.span.end] == ' ';
  return (words >= 3 || trailing_space) && (IsLower(content[0]) || words > 8 || trailing_space);
}

}  // namespace

std::unique_ptr<const Segmenter> Segmenter::Compile(rules::CompileContext& context) {
  auto segmenter = std::make_unique<Segmenter>();
  rules::SegmentRules parsed = rules::ParseSegmentRules(context);
  for (const rules::AbbreviationRule& rule : parsed.abbreviations) {
    std::string abbreviation = Lower(rule.abbreviation);
    if (!abbreviation.empty() && abbreviation.back() == '.') abbreviation.pop_back();
    // The '!' of names like "Yahoo!" is part of the key.
    if (abbreviation.empty() || abbreviation.size() > kMaxLexiconWord) {
      context.Error(rule.where, "\"abbreviation\" must have 1 to " + std::to_string(kMaxLexiconWord) + " bytes");
      continue;
    }
    segmenter->abbreviations_[abbreviation] = rule.kind;
    segmenter->longest_abbreviation_ = std::max(segmenter->longest_abbreviation_, abbreviation.size());
  }
  for (const rules::OpenerRule& rule : parsed.openers) {
    for (const std::string& word : rule.words) {
      if (word.size() > kMaxLexiconWord) {
        context.Error(rule.where, "\"words\" must have at most " + std::to_string(kMaxLexiconWord) + " bytes each");
        continue;
      }
      segmenter->sentence_openers_.push_back(Lower(word));
      segmenter->longest_opener_ = std::max(segmenter->longest_opener_, word.size());
    }
  }
  for (const rules::SectionRule& rule : parsed.sections) {
    (rule.prefix ? segmenter->background_prefixes_ : segmenter->background_headings_)
        .push_back(Lower(rule.heading));
  }
  std::sort(segmenter->sentence_openers_.begin(), segmenter->sentence_openers_.end());
  segmenter->rules_ = std::move(parsed);
  return segmenter;
}

bool Segmenter::IsBackgroundHeading(std::string_view heading) const {
  std::string lower = Lower(heading);
  while (!lower.empty() && (lower.back() == ':' || IsSpace(lower.back()))) lower.pop_back();
  if (std::find(background_headings_.begin(), background_headings_.end(), lower) !=
      background_headings_.end()) {
    return true;
  }
  return std::any_of(background_prefixes_.begin(), background_prefixes_.end(),
                     [&lower](const std::string& prefix) { return lower.rfind(prefix, 0) == 0; });
}

std::vector<Segmenter::Block> Segmenter::FindBlocks(const TextMasks& masks, std::string_view text) const {
  const std::vector<Line> lines = SplitLines(masks, text);
  const uint32_t wrap_width = HardWrapWidth(lines, masks, text);
  std::vector<Block> blocks;
  bool open = false;  // the last block may take the next line
  // Where the text of the open list item starts on its first line, or 0: a
  // line indented that far goes on the item (SPEC 4), whatever its first
  // word or the previous line's end ("between the U.S.\n    Development").
  uint32_t item_column = 0;
  const Line* previous = nullptr;
  for (const Line& line : lines) {
    if (line.blank || line.separator) {
      open = false;
      previous = &line;
      continue;
    }
    if (open && previous != nullptr && line.marker_kind == SegmentKind::kParagraph &&
        ((item_column > 0 && line.indent >= item_column) ||
         ContinuesParagraph(*previous, line, masks, text, wrap_width))) {
      blocks.back().span.end = line.span.end;
    } else {
      Block block;
      block.span = {line.marker_end, line.span.end};
      block.kind = line.marker_kind;
      block.explicit_heading = line.marker_kind == SegmentKind::kHeading;
      if (block.explicit_heading) {
        // Closing '#'s of an ATX heading are markup too.
        while (block.span.end > block.span.begin && text[block.span.end - 1] == '#') --block.span.end;
        block.span = Trim(text, block.span);
      }
      blocks.push_back(block);
      item_column = block.kind == SegmentKind::kListItem ? line.indent + (line.marker_end - line.span.begin) : 0;
    }
    open = !blocks.back().explicit_heading;
    previous = &line;
  }
  return blocks;
}

const Segmenter::AbbrevKind* Segmenter::FindAbbreviation(std::string_view word, bool bang) const {
  const size_t size = word.size() + (bang ? 1 : 0);
  if (size > longest_abbreviation_) return nullptr;
  char buffer[kMaxLexiconWord];
  LowerInto(word, buffer);
  if (bang) buffer[word.size()] = '!';
  auto it = abbreviations_.find(std::string_view(buffer, size));
  return it == abbreviations_.end() ? nullptr : &it->second;
}

bool Segmenter::IsBoundary(std::string_view text, Span segment, size_t dot, size_t next) const {
  // `dot` is the single terminator ('.' or '!') before the closing run;
  // `next` the first character of the following word, which is not lowercase.
  char following = text[next];
  size_t word_end = dot;
  size_t word_begin = word_end;
  while (word_begin > segment.begin &&
         (IsWordByte(text[word_begin - 1]) || text[word_begin - 1] == '.')) {
    --word_begin;
  }
  while (word_begin < word_end && text[word_begin] == '.') ++word_begin;
  std::string_view word = text.substr(word_begin, word_end - word_begin);
  if (word.empty()) return true;
  const AbbrevKind* found = FindAbbreviation(word, text[dot] == '!');
  if (text[dot] == '!' && found == nullptr) return true;
  // "U.S", "e.g", "a.m": dotted pieces of one or two characters with a
  // letter among them ("example.com" and "3.00" are not abbreviations).
  bool dotted = word.find('.') != std::string_view::npos &&
                std::any_of(word.begin(), word.end(), [](char c) { return IsUpper(c) || IsLower(c); });
  for (size_t piece = 0; dotted && piece < word.size();) {
    size_t dot_at = word.find('.', piece);
    if (dot_at == std::string_view::npos) dot_at = word.size();
    if (dot_at - piece > 2) dotted = false;
    piece = dot_at + 1;
  }
  if (found == nullptr && word.size() == 1 && IsUpper(word[0])) {
    // An initial ("Joseph R. Biden"), except the pronoun "I" after a word
    // that is not part of a name: "you and I. Did you".
    if (word[0] != 'I') return false;
    size_t previous = word_begin;
    while (previous > segment.begin && IsSpace(text[previous - 1])) --previous;
    size_t previous_begin = previous;
    while (previous_begin > segment.begin && IsWordByte(text[previous_begin - 1])) --previous_begin;
    return previous_begin < previous && !IsUpper(text[previous_begin]);
  }
  if (found == nullptr && !dotted) return true;
  AbbrevKind kind = found != nullptr ? *found : AbbrevKind::kMaybeFinal;
  switch (kind) {
    case AbbrevKind::kNeverFinal:
      return false;
    case AbbrevKind::kNumberPrefix:
      return !IsAsciiDigit(following);
    case AbbrevKind::kFinalBeforeCapital: {
      // A time that opens its sentence goes on: "At 5 a.m. Mr. Smith went"
      // (no sentence is a time alone).
      size_t clause = word_begin;
      while (clause > segment.begin && !(IsTerminator(text[clause - 1]) && clause < word_begin &&
                                         IsSpace(text[clause]))) {
        --clause;
      }
      if (CountWordsIn(text.substr(clause, word_end - clause), 4) <= 3) return false;
      // A time zone goes with the time: "1:06 P.M. EDT".
      size_t end = next;
      while (end < segment.end && IsUpper(text[end])) ++end;
      bool zone = end - next >= 2 && end - next <= 4 && (end == segment.end || !IsWordByte(text[end]));
      return IsUpper(following) && !zone;
    }
    case AbbrevKind::kMaybeFinal: {
      size_t end = next;
      while (end < segment.end && IsWordByte(text[end])) ++end;
      if (end - next > longest_opener_) return false;
      char buffer[kMaxLexiconWord];
      return std::binary_search(sentence_openers_.begin(), sentence_openers_.end(),
                                LowerInto(text.substr(next, end - next), buffer), std::less<>());
    }
  }
  return true;
}

namespace {

// True when `at` is inside one of the quotations.
bool Quoted(const std::vector<Span>& quotations, uint32_t at) {
  return std::any_of(quotations.begin(), quotations.end(),
                     [at](Span q) { return q.begin < at && at < q.end; });
}

// Broken-off speech ends its sentence: '... afore she comes, to--" At this'.
// The start of the next sentence when the quotation mark at `i` closes such
// speech, else 0.
uint32_t AfterBrokenOffSpeech(std::string_view text, const std::vector<Span>& quotations,
                              uint32_t start, uint32_t i, uint32_t end) {
  if (text[i] == '"' && i > start && text[i - 1] == '-' &&
      std::any_of(quotations.begin(), quotations.end(), [i](Span q) { return q.end == i + 1; })) {
    uint32_t next = i + 1;
    while (next < end && IsSpace(text[next])) ++next;
    if (next > i + 1 && next < end && IsUpper(text[next]) && !Quoted(quotations, i + 1)) return next;
  }
  return 0;
}

// A spaced ellipsis (". . .") whose first points are [run_begin, i): how
// many points it has and where its chain ends.
struct EllipsisChain {
  int points;
  uint32_t end;
};
EllipsisChain SpacedEllipsis(std::string_view text, uint32_t run_begin, uint32_t i, uint32_t end) {
  int points = static_cast<int>(i - run_begin);
  uint32_t chain_end = i;
  while (chain_end + 1 < end && text[chain_end] == ' ' && text[chain_end + 1] == '.') {
    chain_end += 1;
    while (chain_end < end && text[chain_end] == '.') {
      ++chain_end;
      ++points;
    }
  }
  return {points, chain_end};
}

// Closing quotes and brackets, and footnote marks like "[1]", stay with the
// sentence: the end of those after its terminators end at `i`. Sets
// *closes_quotation when a quotation mark is among them.
uint32_t SkipClosers(std::string_view text, uint32_t i, uint32_t end, bool* closes_quotation) {
  while (i < end) {
    if (IsClosing(text[i])) {
      *closes_quotation |= text[i] == '"' || text[i] == '\'';
      ++i;
    } else if (text[i] == '<' && i + 2 < end && text[i + 1] == '/' && IsLetter(text[i + 2])) {
      // A closing tag of inline markup: "<em>Yes.</em> <em>It is</em>!".
      uint32_t j = i + 2;
      while (j < end && IsLetter(text[j])) ++j;
      if (j >= end || text[j] != '>') break;
      i = j + 1;
    } else if (text[i] == '[') {
      uint32_t j = i + 1;
      while (j < end && IsAsciiDigit(text[j])) ++j;
      if (j > i + 1 && j < end && text[j] == ']') {
        i = j + 1;
      } else {
        break;
      }
    } else {
      break;
    }
  }
  return i;
}

// A footnote number glued to the full stop: "consultation.11 Take", "(1987).1
// According". The end of it when one follows the terminators [run_begin,
// last_terminator] at `i`, else `i`.
uint32_t SkipGluedFootnote(std::string_view text, Span segment, uint32_t i, uint32_t run_begin,
                           uint32_t last_terminator) {
  const uint32_t end = segment.end;
  if (i < end && IsAsciiDigit(text[i]) && i == last_terminator + 1 && run_begin > segment.begin &&
      ((IsWordByte(text[run_begin - 1]) && !IsAsciiDigit(text[run_begin - 1])) || text[run_begin - 1] == ')')) {
    uint32_t j = i;
    while (j < end && (IsAsciiDigit(text[j]) || (text[j] == ' ' && j + 1 < end && IsAsciiDigit(text[j + 1])))) ++j;
    uint32_t after = j;
    while (after < end && IsSpace(text[after])) ++after;
    if (j - i <= 6 && j < end && IsSpace(text[j]) && after < end && IsUpper(text[after])) i = j;
  }
  return i;
}

// A parenthesis after a quotation belongs to its sentence, as a citation
// ('[...]" (Smith 55).') or an aside ("house!' (Which was true.)"), unless
// it is narration standing between two speeches: '"... think!" (Dinah was
// the cat.) "I hope ..."'. True for that narration, opening at `next`.
bool NarrationBetweenSpeeches(std::string_view text, uint32_t next, uint32_t end) {
  size_t close = text.substr(next, end - next).find(')');
  size_t after = close == std::string_view::npos ? end : next + close + 1;
  while (after < end && IsSpace(text[after])) ++after;
  return after < end && (text[after] == '"' || text[after] == '\'' || text[after] == '`');
}

}  // namespace

bool Segmenter::EndsSentence(std::string_view text, Span segment, const std::vector<Span>& quotations,
                             uint32_t run_begin, bool single, bool closes_quotation, uint32_t i,
                             uint32_t next) const {
  const uint32_t end = segment.end;
  char following = text[next];
  // A tail of one or two words without final punctuation after a full stop
  // is a fragment of its own, lowercase or not: "in the city. features" (a
  // menu item that lost its line break).
  if (IsLower(following) && single && text[run_begin] == '.' &&
      CountWordsIn(text.substr(next, end - next), 3) <= 2 && !Quoted(quotations, i) &&
      std::none_of(text.begin() + next, text.begin() + end, IsTerminator) &&
      IsBoundary(text, segment, run_begin, next)) {
    return true;
  }
  // Lowercase, a spaced ellipsis (". . .") or a double dash ("voila! -- you") continue it.
  bool double_dash = following == '-' && next + 1 < end && text[next + 1] == '-';
  if (IsLower(following) || IsTerminator(following) || double_dash) return false;
  if (following == '(' && closes_quotation && !NarrationBetweenSpeeches(text, next, end)) return false;
  // Inside a quotation, "!" and "?" and "." belong to the quotation.
  if (Quoted(quotations, i)) return false;
  return !(single && (text[run_begin] == '.' || text[run_begin] == '!') &&
           !IsBoundary(text, segment, run_begin, next));
}

void Segmenter::SplitSentences(const Document& doc, const TextMasks& masks, const Segment& segment,
                               uint32_t index, std::vector<Sentence>* out) const {
  std::string_view text = doc.text;
  if (segment.kind == SegmentKind::kHeading) {
    out->push_back({segment.span, index});
    return;
  }
  const uint32_t end = segment.span.end;
  const std::vector<Span> quotations = FindQuotations(masks, text, segment.span);
  // A list item's own marker can open an inline enumeration ("a) x b) y").
  uint32_t line_start = segment.span.begin;
  if (segment.kind == SegmentKind::kListItem) {
    while (line_start > 0 && text[line_start - 1] != '\n') --line_start;
  }
  const std::vector<Span> items = FindInlineItems(masks, text, line_start, segment.span);
  size_t item = 0;

  uint32_t start = segment.span.begin;
  auto emit = [&](uint32_t from, uint32_t to) {
    Span sentence = Trim(text, {from, to});
    if (!sentence.empty()) out->push_back({sentence, index});
  };
  uint32_t i = start;
  while (i < end) {
    while (item < items.size() && items[item].begin < i) ++item;
    i = masks.Next(TextMasks::kStop, i, item < items.size() ? items[item].begin : end);
    if (i >= end) break;
    if (item < items.size() && items[item].begin == i) {
      // A flattened list item: "... the first item 2. The second item". Its
      // marker, as a bullet at a line start, is no part of the sentence (SPEC 4).
      emit(start, i);
      i = items[item++].end;
      start = i;
      continue;
    }
    if (uint32_t next = AfterBrokenOffSpeech(text, quotations, start, i, end); next != 0) {
      emit(start, i + 1);
      start = i = next;
      continue;
    }
    if (!IsTerminator(text[i])) {
      ++i;
      continue;
    }
    uint32_t run_begin = i;
    while (i < end && IsTerminator(text[i])) ++i;
    uint32_t last_terminator = i - 1;
    bool single = run_begin == last_terminator;
    if (text[run_begin] == '.' && i + 1 < end && text[i] == ' ' && text[i + 1] == '.') {
      // Spaced ellipsis points (". . ."): three mark an omission inside the
      // sentence; four end it. When the first point is glued to the word it
      // is the full stop, and the ellipsis opens the next sentence
      // ("compounds. . . . The practice").
      auto [points, chain_end] = SpacedEllipsis(text, run_begin, i, end);
      uint32_t next = chain_end;
      while (next < end && IsSpace(text[next])) ++next;
      bool capital_next = next < end && next > chain_end && IsUpper(text[next]);
      bool glued = run_begin > segment.span.begin && !IsSpace(text[run_begin - 1]);
      if (points >= 4 && glued && single && capital_next && !Quoted(quotations, run_begin) &&
          IsBoundary(text, segment.span, run_begin, next)) {
        emit(start, run_begin + 1);
        start = run_begin + 2;
        i = chain_end;
        continue;
      }
      i = chain_end;
      // Fewer than three points are a doubled full stop ("Assembly. . We"), not an ellipsis.
      if (points >= 3 && (points < 4 || glued)) continue;
      last_terminator = chain_end - 1;
      single = false;
    }
    bool closes_quotation = false;
    i = SkipClosers(text, i, end, &closes_quotation);
    i = SkipGluedFootnote(text, segment.span, i, run_begin, last_terminator);
    if (i >= end) break;
    uint32_t next = i;
    if (!IsSpace(text[i])) {
      // "3.5", "U.S.-Japan", "example.com" go on; a full-width full stop
      // ("period．Does", folded to '.') needs no space after it.
      if (!(IsUpper(text[i]) && i == last_terminator + 1 &&
            doc.OriginalText({last_terminator, last_terminator + 1}).size() > 1)) {
        continue;
      }
    }
    while (next < end && IsSpace(text[next])) ++next;
    if (next >= end) break;
    if (!EndsSentence(text, segment.span, quotations, run_begin, single, closes_quotation, i, next)) {
      continue;
    }
    emit(start, i);
    start = next;
    i = next;
  }
  emit(start, end);
}

void Segmenter::Run(Document& doc) const {
  doc.segments.clear();
  doc.sentences.clear();
  std::string_view text = doc.text;
  bool in_background = false;
  const TextMasks masks(text);
  for (const Block& block : FindBlocks(masks, text)) {
    Segment segment;
    segment.span = block.span;
    std::string_view content = text.substr(block.span.begin, block.span.size());
    if (block.kind == SegmentKind::kParagraph) {
      bool short_line = masks.CountWords(block.span, 13) <= 12 &&
                        masks.Next(TextMasks::kNewline, block.span.begin, block.span.end) == block.span.end;
      size_t last_at = content.size() - 1;  // before closing quotes: 'a safer world."'
      while (last_at > 0 && (content[last_at] == '"' || content[last_at] == '\'')) --last_at;
      char last = content[last_at];
      bool punctuated = IsTerminator(last) || last == ':' || last == ';' || last == ',';
      bool starts_lower = IsLower(content[0]);
      segment.kind = short_line && !punctuated && !starts_lower ? SegmentKind::kHeading
                                                                 : SegmentKind::kParagraph;
      if (segment.kind == SegmentKind::kHeading) {
        // A heading is one sentence: "They went to the store. w) hello" is
        // text, but a numbered heading ("III. Scope", "Section 2. Outcomes")
        // is a heading, its first piece being a numbering label.
        std::vector<Sentence> pieces;
        Segment paragraph = segment;
        paragraph.kind = SegmentKind::kParagraph;
        SplitSentences(doc, masks, paragraph, 0, &pieces);
        if (pieces.size() > 1 && !IsNumberingLabel(masks, text, pieces[0].span)) {
          segment.kind = SegmentKind::kParagraph;
        }
      }
    } else {
      segment.kind = block.kind;
    }
    if (segment.kind == SegmentKind::kListItem) {
      // "Label: text" with a short label names the item (SPEC 4).
      size_t colon = content.find(": ");
      if (colon != std::string_view::npos && colon > 0) {
        std::string_view label = content.substr(0, colon);
        bool label_like = masks.CountWords({block.span.begin, block.span.begin + static_cast<uint32_t>(colon)}, 9) <= 8 &&
                          label.find_first_of(".!?;") == std::string_view::npos;
        if (label_like) segment.label = std::string(label);
      }
    }
    if (segment.kind == SegmentKind::kHeading) in_background = IsBackgroundHeading(content);
    segment.background = in_background;
    doc.segments.push_back(std::move(segment));
  }
  for (uint32_t index = 0; index < doc.segments.size(); ++index) {
    SplitSentences(doc, masks, doc.segments[index], index, &doc.sentences);
  }
}

}  // namespace communique
