#include <algorithm>

#include "communique/document.h"

namespace communique {

const OffsetMap::Run& OffsetMap::RunAt(uint32_t pos) const {
  auto after = std::upper_bound(runs_.begin(), runs_.end(), pos,
                                [](uint32_t p, const Run& run) { return p < run.text_begin; });
  return *(after - 1);
}

uint32_t CodePointOffsets::operator[](uint32_t cp) const {
  if (cp >= count_) return bytes_;
  auto after = std::upper_bound(runs_.begin(), runs_.end(), cp,
                                [](uint32_t c, const Run& run) { return c < run.cp_begin; });
  --after;
  return after->byte_begin + (cp - after->cp_begin) * after->width;
}

}  // namespace communique
