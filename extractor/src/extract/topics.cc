#include "extract/topics.h"

namespace communique {

// Placeholder until the topics extractor lands: compiles nothing, finds nothing.
std::unique_ptr<const TopicExtractor> TopicExtractor::Compile(rules::CompileContext&) {
  return std::make_unique<TopicExtractor>();
}

void TopicExtractor::Run(Document&) const {}

}  // namespace communique
