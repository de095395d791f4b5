#include "extract/actors.h"

namespace communique {

// Placeholder until the actors extractor lands: compiles nothing, finds nothing.
std::unique_ptr<const ActorExtractor> ActorExtractor::Compile(rules::CompileContext&) {
  return std::make_unique<ActorExtractor>();
}

void ActorExtractor::Run(Document&) const {}

}  // namespace communique
