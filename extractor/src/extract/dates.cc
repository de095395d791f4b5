#include "extract/dates.h"

namespace communique {

// Placeholder until the dates extractor lands: compiles nothing, finds nothing.
std::unique_ptr<const DateExtractor> DateExtractor::Compile(rules::CompileContext&) {
  return std::make_unique<DateExtractor>();
}

void DateExtractor::Run(Document&) const {}

std::optional<std::string> DateExtractor::FindDateline(const Document&) const {
  return std::nullopt;
}

}  // namespace communique
