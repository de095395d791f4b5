// Segment: blocks (headings, paragraphs, list items) and sentences (SPEC 4).
#ifndef COMMUNIQUE_SEGMENT_SEGMENT_H_
#define COMMUNIQUE_SEGMENT_SEGMENT_H_

#include <memory>
#include <string>
#include <unordered_set>

#include "communique/document.h"
#include "rules/rule_file.h"

namespace communique {

class Segmenter {
 public:
  // Compiles the abbreviation lexicon and section headings under "segment/".
  static std::unique_ptr<const Segmenter> Compile(rules::CompileContext& context);

  // Fills doc.segments and doc.sentences. REQUIRES: doc is normalized.
  void Run(Document& doc) const;

 private:
  friend struct SegmenterAccess;
  std::unordered_set<std::string> abbreviations_;          // lowercase, without the final '.'
  std::unordered_set<std::string> sentence_initial_abbrs_;  // abbreviations that may end a sentence
  std::unordered_set<std::string> background_headings_;   // lowercase heading texts
  std::unordered_set<std::string> background_prefixes_;   // lowercase first words ("about")
};

}  // namespace communique

#endif  // COMMUNIQUE_SEGMENT_SEGMENT_H_
