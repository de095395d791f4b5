#include "core/stage.h"

#include <iterator>

namespace communique {

std::string FieldNames(Fields fields) {
  static constexpr const char* kNames[] = {"text",   "segments", "sentences",
                                           "tokens", "published", "dates",
                                           "actors", "topics",   "commitments"};
  std::string out;
  for (size_t bit = 0; bit < std::size(kNames); ++bit) {
    if (!(fields >> bit & 1)) continue;
    if (!out.empty()) out += ", ";
    out += kNames[bit];
  }
  return out;
}

Status CheckStageOrder(const std::vector<const Stage*>& stages, Fields given) {
  Fields have = given;
  for (const Stage* stage : stages) {
    if (Fields missing = stage->Requires() & ~have) {
      return Status::Internal("stage \"" + std::string(stage->Name()) + "\" requires " +
                              FieldNames(missing) + ", which no earlier stage provides");
    }
    if (Fields missing = stage->Amends() & ~have) {
      return Status::Internal("stage \"" + std::string(stage->Name()) + "\" amends " +
                              FieldNames(missing) + ", which no earlier stage provides");
    }
    if (Fields twice = stage->Provides() & have) {
      return Status::Internal("stage \"" + std::string(stage->Name()) + "\" provides " +
                              FieldNames(twice) + ", which an earlier stage provides already");
    }
    have |= stage->Provides();
  }
  return Status::Ok();
}

}  // namespace communique
