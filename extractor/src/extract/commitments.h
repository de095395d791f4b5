// Commitment extraction (see SPEC.md and rules/commitments/).
#ifndef COMMUNIQUE_EXTRACT_COMMITMENTS_H_
#define COMMUNIQUE_EXTRACT_COMMITMENTS_H_

#include <memory>

#include "communique/document.h"
#include "rules/rule_file.h"

namespace communique {

class CommitmentExtractor {
 public:
  // Compiles the rules under "commitments/". Problems are reported to `context`
  // (file:line: reason); the result is null only when nothing could be built.
  static std::unique_ptr<const CommitmentExtractor> Compile(rules::CompileContext& context);

  // Adds this extractor's annotations to `doc`. REQUIRES: doc has been
  // normalized, segmented and tokenized (and earlier extractors have run).
  void Run(Document& doc) const;
};

}  // namespace communique

#endif  // COMMUNIQUE_EXTRACT_COMMITMENTS_H_
