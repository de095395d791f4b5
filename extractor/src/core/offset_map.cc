#include <algorithm>

#include "communique/document.h"

namespace communique {

const OffsetMap::Run& OffsetMap::RunAt(uint32_t pos) const {
  auto after = std::upper_bound(runs_.begin(), runs_.end(), pos,
                                [](uint32_t p, const Run& run) { return p < run.text_begin; });
  return *(after - 1);
}

}  // namespace communique
