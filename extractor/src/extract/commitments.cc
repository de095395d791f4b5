#include "extract/commitments.h"

namespace communique {

// Placeholder until the commitments extractor lands: compiles nothing, finds nothing.
std::unique_ptr<const CommitmentExtractor> CommitmentExtractor::Compile(rules::CompileContext&) {
  return std::make_unique<CommitmentExtractor>();
}

void CommitmentExtractor::Run(Document&) const {}

}  // namespace communique
