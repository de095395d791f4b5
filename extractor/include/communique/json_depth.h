// A guard for JSON from outside (sidecars, JSON Lines, gold files) before it
// reaches nlohmann_json, whose destruction and iteration recurse: real
// documents nest four levels deep, anything far deeper is hostile or broken.
// Public so that every reader of outside JSON (the CLI's inputs, the scorer's
// gold files) applies the same limit.
#ifndef COMMUNIQUE_JSON_DEPTH_H_
#define COMMUNIQUE_JSON_DEPTH_H_

#include <cstddef>
#include <string_view>

namespace communique {

inline constexpr int kMaxJsonDepth = 64;

// Returns the byte offset where the nesting of arrays and objects in `text`
// first exceeds `limit`, or npos. Counts brackets outside strings without
// parsing, so it is linear and never recurses.
inline size_t FindExcessiveJsonNesting(std::string_view text, int limit = kMaxJsonDepth) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return i;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return std::string_view::npos;
}

}  // namespace communique

#endif  // COMMUNIQUE_JSON_DEPTH_H_
