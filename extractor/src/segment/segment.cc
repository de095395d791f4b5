#include "segment/segment.h"

namespace communique {

std::unique_ptr<const Segmenter> Segmenter::Compile(rules::CompileContext& context) {
  return std::make_unique<Segmenter>();
}

void Segmenter::Run(Document& doc) const {}

}  // namespace communique
