#include <algorithm>

#include "communique/document.h"

namespace communique {

void OffsetMap::Finish(uint32_t original_length) { original_length_ = original_length; }

uint32_t OffsetMap::NormalizedFromOriginal(uint32_t cp) const {
  return static_cast<uint32_t>(std::lower_bound(begin_.begin(), begin_.end(), cp) - begin_.begin());
}

}  // namespace communique
