#include <algorithm>

#include "communique/document.h"

namespace communique {

void OffsetMap::Finish(uint32_t original_length) { original_length_ = original_length; }

uint32_t OffsetMap::OriginalBegin(uint32_t pos) const {
  return pos < begin_.size() ? begin_[pos] : original_length_;
}

uint32_t OffsetMap::OriginalEnd(uint32_t pos) const {
  if (pos == 0) return begin_.empty() ? 0 : begin_[0];
  return pos <= end_.size() ? end_[pos - 1] : original_length_;
}

uint32_t OffsetMap::NormalizedFromOriginal(uint32_t cp) const {
  return static_cast<uint32_t>(std::lower_bound(begin_.begin(), begin_.end(), cp) - begin_.begin());
}

}  // namespace communique
