// Actor extraction (see SPEC.md and rules/actors/).
#ifndef COMMUNIQUE_EXTRACT_ACTORS_H_
#define COMMUNIQUE_EXTRACT_ACTORS_H_

#include <memory>

#include "communique/document.h"
#include "rules/rule_file.h"

namespace communique {

class ActorExtractor {
 public:
  // Compiles the rules under "actors/". Problems are reported to `context`
  // (file:line: reason); the result is null only when nothing could be built.
  static std::unique_ptr<const ActorExtractor> Compile(rules::CompileContext& context);

  // Adds this extractor's annotations to `doc`. REQUIRES: doc has been
  // normalized, segmented and tokenized (and earlier extractors have run).
  void Run(Document& doc) const;
};

}  // namespace communique

#endif  // COMMUNIQUE_EXTRACT_ACTORS_H_
