// Segment: blocks (headings, paragraphs, list items) and sentences (SPEC 4).
//
// Blocks come from line structure. A document is "hard-wrapped" when most of
// its lines that continue into another line break in mid-sentence (e-mail,
// PDF extractions, the Markdown of whitehouse.gov): then a single newline is
// a space and only blank lines, bullets and headings start a block. Lines
// with no letter or digit ("###", "* * *") are separators, not segments.
//
// Sentences are found by rules rather than ICU's BreakIterator: the rules
// know the abbreviation lexicon of rules/segment/ (titles, "No. 5", "U.S.",
// initials) and never cross a segment. Besides abbreviations they read
// quotations and bracketed asides (single quotes told from apostrophes),
// spaced ellipsis points (three inside a sentence, four end it), inline
// enumerations that lost their line breaks ("a) x b) y", "1. x 2. y"), the
// pronoun "I", names ending in '!' and full-width full stops.
//
// Measured on eval/sbd/dev.jsonl (133 cases without the pdf option, exact
// match): ICU 72's sentence BreakIterator passes 68 (en_US) or 72
// (en_US@ss=standard); these rules pass all 133. Lines also lose HTML-ish tags
// and glued rules ("////") at their edges, and a line of digits alone is a
// page number.
#ifndef COMMUNIQUE_SEGMENT_SEGMENT_H_
#define COMMUNIQUE_SEGMENT_SEGMENT_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "communique/document.h"
#include "core/stage.h"
#include "core/string_map.h"
#include "rules/segment_rules.h"

namespace communique {

class TextMasks;

class Segmenter final : public Stage {
 public:
  // Compiles the abbreviation lexicon and the background section headings
  // under "segment/".
  static std::unique_ptr<const Segmenter> Compile(rules::CompileContext& context);

  std::string_view Name() const override { return "segment"; }
  Fields Requires() const override { return kText; }
  Fields Provides() const override { return kSegments | kSentences; }
  // Fills doc.segments and doc.sentences.
  void Run(Document& doc) const override;

  // The rules as parsed, with their examples.
  const rules::SegmentRules& rules() const { return rules_; }
  // Whether a heading opens a background section (sections.jsonl).
  bool IsBackgroundHeading(std::string_view heading) const;

 private:
  using AbbrevKind = rules::AbbreviationKind;
  struct Block {
    Span span;  // content: bullets and heading marks stripped, white space trimmed
    SegmentKind kind = SegmentKind::kParagraph;
    bool explicit_heading = false;  // a Markdown '#' heading
  };

  std::vector<Block> FindBlocks(const TextMasks& masks, std::string_view text) const;
  void SplitSentences(const Document& doc, const TextMasks& masks, const Segment& segment, uint32_t index,
                      std::vector<Sentence>* out) const;
  bool IsBoundary(std::string_view text, Span segment, size_t dot, size_t next) const;
  // Whether the terminators from `run_begin` (`single`: one character), with
  // what closes after them up to `i` (`closes_quotation`: a quotation mark),
  // end their sentence, the next one opening at `next`.
  bool EndsSentence(std::string_view text, Span segment, const std::vector<Span>& quotations,
                    uint32_t run_begin, bool single, bool closes_quotation, uint32_t i,
                    uint32_t next) const;
  // The kind of the lowercased `word`, followed by '!' when `bang`, or nullptr.
  const AbbrevKind* FindAbbreviation(std::string_view word, bool bang) const;

  // Abbreviations and openers are looked up at every candidate boundary,
  // lowercased in a buffer on the stack rather than in a std::string.
  static constexpr size_t kMaxLexiconWord = 32;
  StringMap<AbbrevKind> abbreviations_;        // lowercase, no final '.'
  size_t longest_abbreviation_ = 0;
  std::vector<std::string> sentence_openers_;  // lowercase words, sorted
  size_t longest_opener_ = 0;
  std::vector<std::string> background_headings_;  // lowercase, exact
  std::vector<std::string> background_prefixes_;  // lowercase, "about "
  rules::SegmentRules rules_;  // as parsed: their examples are checked by CheckExamples()
};

}  // namespace communique

#endif  // COMMUNIQUE_SEGMENT_SEGMENT_H_
