#include "segment/segment.h"

#include <algorithm>

namespace communique {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
// Bytes >= 0x80 are letters: normalization folded non-ASCII punctuation.
bool IsWordChar(char c) {
  return IsDigit(c) || IsUpper(c) || IsLower(c) || static_cast<unsigned char>(c) >= 0x80;
}
bool IsTerminator(char c) { return c == '.' || c == '!' || c == '?'; }
bool IsClosing(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (IsUpper(c)) c = static_cast<char>(c + 32);
  }
  return out;
}

Span Trim(std::string_view text, Span span) {
  while (span.begin < span.end && IsSpace(text[span.begin])) ++span.begin;
  while (span.end > span.begin && IsSpace(text[span.end - 1])) --span.end;
  return span;
}

int CountWords(std::string_view s) {
  int words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = IsSpace(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

struct Line {
  Span span;                      // trimmed content, marker included
  bool blank = false;             // only white space
  bool separator = false;         // no letter or digit ("###", "---")
  uint32_t marker_end = 0;        // content start after a bullet, number or '#' marks
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
  if (s[0] == '-' || s[0] == '*' || s[0] == '+') return spaces_after(1);
  if (s.substr(0, 3) == "\xE2\x80\xA2" || s.substr(0, 3) == "\xE2\x97\x8F") return spaces_after(3);
  size_t i = 0;
  bool parenthesized = s[0] == '(';
  if (parenthesized) ++i;
  size_t label_start = i;
  while (i < s.size() && IsDigit(s[i]) && i - label_start < 3) ++i;
  if (i == label_start) {
    // "a)" and roman "iv)" styles.
    while (i < s.size() && (s[i] == 'i' || s[i] == 'v' || s[i] == 'x') && i - label_start < 4) ++i;
    if (i == label_start && i < s.size() && IsLower(s[i])) ++i;
  }
  if (i == label_start || i >= s.size()) return 0;
  bool numeric = IsDigit(s[label_start]);
  if (parenthesized) return s[i] == ')' ? spaces_after(i + 1) : 0;
  if (s[i] == ')' || (s[i] == '.' && numeric)) return spaces_after(i + 1);
  return 0;
}

bool EndsSentence(std::string_view s) {
  size_t i = s.size();
  while (i > 0 && IsClosing(s[i - 1])) --i;
  return i > 0 && (IsTerminator(s[i - 1]) || s[i - 1] == ':' || s[i - 1] == ';');
}

size_t FirstWordLength(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && !IsSpace(s[i])) ++i;
  return i;
}

}  // namespace

std::unique_ptr<const Segmenter> Segmenter::Compile(rules::CompileContext& context) {
  auto segmenter = std::make_unique<Segmenter>();
  for (const rules::Record& record : context.Records("segment/abbreviations")) {
    if (!context.CheckFields(record, {"id", "abbreviation", "kind"}, {"examples", "note"})) continue;
    context.RegisterId(record, record.GetString("id"));
    std::string kind = record.GetString("kind");
    AbbrevKind parsed;
    if (kind == "never_final") {
      parsed = AbbrevKind::kNeverFinal;
    } else if (kind == "number_prefix") {
      parsed = AbbrevKind::kNumberPrefix;
    } else if (kind == "maybe_final") {
      parsed = AbbrevKind::kMaybeFinal;
    } else if (kind == "final_before_capital") {
      parsed = AbbrevKind::kFinalBeforeCapital;
    } else {
      context.Error(record, "\"kind\" must be never_final, number_prefix, maybe_final or final_before_capital");
      continue;
    }
    std::string abbreviation = Lower(record.GetString("abbreviation"));
    if (!abbreviation.empty() && abbreviation.back() == '.') abbreviation.pop_back();
    if (abbreviation.empty()) {
      context.Error(record, "empty \"abbreviation\"");
      continue;
    }
    segmenter->abbreviations_[abbreviation] = parsed;
  }
  for (const rules::Record& record : context.Records("segment/openers")) {
    if (!context.CheckFields(record, {"id", "words"}, {"note"})) continue;
    context.RegisterId(record, record.GetString("id"));
    for (const std::string& word : record.GetStrings("words")) {
      segmenter->sentence_openers_.push_back(Lower(word));
    }
  }
  for (const rules::Record& record : context.Records("segment/sections")) {
    if (!context.CheckFields(record, {"id", "heading", "match"}, {"examples", "note"})) continue;
    context.RegisterId(record, record.GetString("id"));
    std::string match = record.GetString("match");
    std::string heading = Lower(record.GetString("heading"));
    if (match == "exact") {
      segmenter->background_headings_.push_back(heading);
    } else if (match == "prefix") {
      segmenter->background_prefixes_.push_back(heading);
    } else {
      context.Error(record, "\"match\" must be exact or prefix");
    }
  }
  std::sort(segmenter->sentence_openers_.begin(), segmenter->sentence_openers_.end());
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

std::vector<Segmenter::Block> Segmenter::FindBlocks(std::string_view text, Format format) const {
  std::vector<Line> lines;
  for (size_t start = 0; start <= text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    Line line;
    line.span = Trim(text, {static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
    std::string_view content = text.substr(line.span.begin, line.span.size());
    line.blank = content.empty();
    // "###", "* * *", "---" separate blocks; a line of "." or "?!" is still text.
    line.separator = !line.blank && std::none_of(content.begin(), content.end(), [](char c) {
      return IsWordChar(c) || IsTerminator(c);
    });
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

  // Hard-wrap evidence: lines that run on into the next line and stop where
  // no sentence could end. The wrap width is the longest such line.
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
    if (!EndsSentence(content) && CountWords(content) >= 5) {
      ++mid_sentence;
      wrap_width = std::max(wrap_width, line.span.size());
    }
  }
  const bool hard_wrapped = mid_sentence >= 2 && mid_sentence * 2 >= continued;

  std::vector<Block> blocks;
  bool open = false;  // the last block may take the next line
  const Line* previous = nullptr;
  for (const Line& line : lines) {
    if (line.blank || line.separator) {
      open = false;
      previous = &line;
      continue;
    }
    std::string_view content = text.substr(line.marker_end, line.span.end - line.marker_end);
    bool continues = false;
    if (open && previous != nullptr && line.marker_kind == SegmentKind::kParagraph) {
      std::string_view before = text.substr(previous->span.begin, previous->span.size());
      if (hard_wrapped) {
        // A line break is real when the next word would have fit on the line.
        continues = previous->span.size() + 1 + FirstWordLength(content) > wrap_width ||
                    !EndsSentence(before);
      } else {
        // A stray line break inside a sentence; one- and two-word lines are list-like.
        continues = !EndsSentence(before) && CountWords(before) >= 3 && !content.empty() &&
                    IsLower(content[0]);
      }
    }
    if (continues) {
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
    }
    open = !blocks.back().explicit_heading;
    previous = &line;
  }
  (void)format;
  return blocks;
}

bool Segmenter::IsBoundary(std::string_view text, Span segment, size_t dot, size_t next) const {
  // `dot` is the '.' just before the closing run; `next` the first character
  // of the following word.
  char following = text[next];
  size_t word_end = dot;
  size_t word_begin = word_end;
  while (word_begin > segment.begin &&
         (IsWordChar(text[word_begin - 1]) || text[word_begin - 1] == '.')) {
    --word_begin;
  }
  while (word_begin < word_end && text[word_begin] == '.') ++word_begin;
  std::string_view word = text.substr(word_begin, word_end - word_begin);
  if (word.empty()) return true;
  std::string lower = Lower(word);
  auto it = abbreviations_.find(lower);
  // "U.S", "e.g", "a.m": dotted pieces of one or two letters ("example.com" is not one).
  bool dotted = word.find('.') != std::string_view::npos;
  for (size_t piece = 0; dotted && piece < word.size();) {
    size_t dot_at = word.find('.', piece);
    if (dot_at == std::string_view::npos) dot_at = word.size();
    if (dot_at - piece > 2) dotted = false;
    piece = dot_at + 1;
  }
  if (it == abbreviations_.end() && word.size() == 1 && IsUpper(word[0])) {
    return false;  // an initial: "Joseph R. Biden"
  }
  if (it == abbreviations_.end() && !dotted) return true;
  AbbrevKind kind = it != abbreviations_.end() ? it->second : AbbrevKind::kMaybeFinal;
  switch (kind) {
    case AbbrevKind::kNeverFinal:
      return false;
    case AbbrevKind::kNumberPrefix:
      return !IsDigit(following);
    case AbbrevKind::kFinalBeforeCapital:
      return IsUpper(following);
    case AbbrevKind::kMaybeFinal: {
      size_t end = next;
      while (end < segment.end && IsWordChar(text[end])) ++end;
      std::string opener = Lower(text.substr(next, end - next));
      return std::binary_search(sentence_openers_.begin(), sentence_openers_.end(), opener);
    }
  }
  return true;
}

void Segmenter::SplitSentences(const Document& doc, const Segment& segment, uint32_t index,
                               std::vector<Sentence>* out) const {
  std::string_view text = doc.text;
  if (segment.kind == SegmentKind::kHeading) {
    out->push_back({segment.span, index});
    return;
  }
  uint32_t start = segment.span.begin;
  uint32_t i = start;
  while (i < segment.span.end) {
    if (!IsTerminator(text[i])) {
      ++i;
      continue;
    }
    uint32_t run_begin = i;
    while (i < segment.span.end && IsTerminator(text[i])) ++i;
    uint32_t last_terminator = i - 1;
    // Closing quotes and brackets, and footnote marks like "[1]", stay with the sentence.
    while (i < segment.span.end) {
      if (IsClosing(text[i])) {
        ++i;
      } else if (text[i] == '[') {
        uint32_t j = i + 1;
        while (j < segment.span.end && IsDigit(text[j])) ++j;
        if (j > i + 1 && j < segment.span.end && text[j] == ']') {
          i = j + 1;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    // A footnote number glued to the full stop: "consultation.11 Take", "(1987).1 According".
    if (i < segment.span.end && IsDigit(text[i]) && i == last_terminator + 1 &&
        run_begin > segment.span.begin &&
        (IsWordChar(text[run_begin - 1]) && !IsDigit(text[run_begin - 1]) || text[run_begin - 1] == ')')) {
      uint32_t j = i;
      while (j < segment.span.end && (IsDigit(text[j]) || (text[j] == ' ' && j + 1 < segment.span.end &&
                                                          IsDigit(text[j + 1])))) {
        ++j;
      }
      uint32_t after = j;
      while (after < segment.span.end && IsSpace(text[after])) ++after;
      if (j - i <= 6 && j < segment.span.end && IsSpace(text[j]) && after < segment.span.end &&
          IsUpper(text[after])) {
        i = j;
      }
    }
    if (i >= segment.span.end) break;
    if (!IsSpace(text[i])) continue;  // "3.5", "U.S.-Japan", "example.com"
    uint32_t next = i;
    while (next < segment.span.end && IsSpace(text[next])) ++next;
    if (next >= segment.span.end) break;
    char following = text[next];
    // Lowercase, a spaced ellipsis (". . .") or a double dash ("voila! -- you") continue it.
    bool double_dash = following == '-' && next + 1 < segment.span.end && text[next + 1] == '-';
    if (IsLower(following) || IsTerminator(following) || double_dash) continue;
    // Inside an open double quote, "!" and "?" and "." belong to the quotation.
    if (std::count(text.begin() + start, text.begin() + i, '"') % 2 == 1) continue;
    bool single_dot = run_begin == last_terminator && text[run_begin] == '.';
    if (single_dot && !IsBoundary(text, segment.span, run_begin, next)) continue;
    Span sentence = Trim(text, {start, i});
    if (!sentence.empty()) out->push_back({sentence, index});
    start = next;
    i = next;
  }
  Span sentence = Trim(text, {start, segment.span.end});
  if (!sentence.empty()) out->push_back({sentence, index});
}

void Segmenter::Run(Document& doc) const {
  doc.segments.clear();
  doc.sentences.clear();
  std::string_view text = doc.text;
  bool in_background = false;
  for (const Block& block : FindBlocks(text, doc.format)) {
    Segment segment;
    segment.span = block.span;
    std::string_view content = text.substr(block.span.begin, block.span.size());
    if (block.kind == SegmentKind::kParagraph) {
      bool short_line = CountWords(content) <= 12 && content.find('\n') == std::string_view::npos;
      char last = content.back();
      bool punctuated = IsTerminator(last) || last == ':' || last == ';' || last == ',';
      bool starts_lower = IsLower(content[0]);
      segment.kind = short_line && !punctuated && !starts_lower ? SegmentKind::kHeading
                                                                 : SegmentKind::kParagraph;
    } else {
      segment.kind = block.kind;
    }
    if (segment.kind == SegmentKind::kListItem) {
      // "Label: text" with a short label names the item (SPEC 4).
      size_t colon = content.find(": ");
      if (colon != std::string_view::npos && colon > 0) {
        std::string_view label = content.substr(0, colon);
        bool label_like = CountWords(label) <= 8 && label.find_first_of(".!?;") == std::string_view::npos;
        if (label_like) segment.label = std::string(label);
      }
    }
    if (segment.kind == SegmentKind::kHeading) in_background = IsBackgroundHeading(content);
    segment.background = in_background;
    doc.segments.push_back(std::move(segment));
  }
  for (uint32_t index = 0; index < doc.segments.size(); ++index) {
    SplitSentences(doc, doc.segments[index], index, &doc.sentences);
  }
}

}  // namespace communique
