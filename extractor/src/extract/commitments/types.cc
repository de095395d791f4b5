#include "extract/commitments/types.h"

#include <algorithm>
#include <iterator>

namespace communique::commitments {

std::optional<Type> TypeNamed(std::string_view name) {
  const auto* found = std::find(std::begin(kTypeNames), std::end(kTypeNames), name);
  if (found == std::end(kTypeNames)) return std::nullopt;
  return static_cast<Type>(found - std::begin(kTypeNames));
}

}  // namespace communique::commitments
