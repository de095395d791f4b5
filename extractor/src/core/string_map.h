// Hash containers keyed by std::string that a std::string_view can look up
// without building a std::string (C++20 heterogeneous lookup): the
// extractors query lexicons with views into the document text, per token.
#ifndef COMMUNIQUE_CORE_STRING_MAP_H_
#define COMMUNIQUE_CORE_STRING_MAP_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace communique {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

}  // namespace communique

#endif  // COMMUNIQUE_CORE_STRING_MAP_H_
