// Topic extraction (see SPEC.md and rules/topics/).
#ifndef COMMUNIQUE_EXTRACT_TOPICS_H_
#define COMMUNIQUE_EXTRACT_TOPICS_H_

#include <memory>

#include "communique/document.h"
#include "rules/rule_file.h"

namespace communique {

class TopicExtractor {
 public:
  // Compiles the rules under "topics/". Problems are reported to `context`
  // (file:line: reason); the result is null only when nothing could be built.
  static std::unique_ptr<const TopicExtractor> Compile(rules::CompileContext& context);

  // Adds this extractor's annotations to `doc`. REQUIRES: doc has been
  // normalized, segmented and tokenized (and earlier extractors have run).
  void Run(Document& doc) const;
};

}  // namespace communique

#endif  // COMMUNIQUE_EXTRACT_TOPICS_H_
