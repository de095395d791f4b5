// The segment family (rules/segment/): abbreviations a '.' does not end a
// sentence after, words that open a sentence, background section headings.
#ifndef COMMUNIQUE_RULES_SEGMENT_RULES_H_
#define COMMUNIQUE_RULES_SEGMENT_RULES_H_

#include <string>
#include <vector>

#include "rules/rule_file.h"

namespace communique::rules {

// How an abbreviation followed by '.' behaves at a candidate boundary.
enum class AbbreviationKind {
  kNeverFinal,          // titles and the like: "Dr. Smith", "Mr.", "e.g."
  kNumberPrefix,        // "No. 5", "Art. 3": an abbreviation only before a number
  kMaybeFinal,          // "etc.", "Inc.", "U.S.": ends a sentence before a usual sentence opener
  kFinalBeforeCapital,  // "a.m.", "p.m.": ends a sentence before any capitalized word
};

struct AbbreviationRule : RuleSource {
  std::string abbreviation;  // as written, final '.' included when written
  AbbreviationKind kind = AbbreviationKind::kNeverFinal;
};

struct OpenerRule : RuleSource {
  std::vector<std::string> words;
};

struct SectionRule : RuleSource {
  std::string heading;
  bool prefix = false;  // "About ...": the heading's start; else the whole heading
};

struct SegmentRules {
  std::vector<AbbreviationRule> abbreviations;
  std::vector<OpenerRule> openers;
  std::vector<SectionRule> sections;
};

// Parses segment/abbreviations, segment/openers and segment/sections; a
// record with a problem is reported to `context` and left out.
SegmentRules ParseSegmentRules(CompileContext& context);

}  // namespace communique::rules

#endif  // COMMUNIQUE_RULES_SEGMENT_RULES_H_
