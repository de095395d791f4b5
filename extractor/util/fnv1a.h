// FNV-1a (64 bit): a fast, stable hash of bytes, for names and identities
// (RulePack::ContentHash, the CLI's output names), never for security. The
// library and the command line share this one definition (extractor/util:
// header-only helpers, not part of the installed API).
#ifndef COMMUNIQUE_UTIL_FNV1A_H_
#define COMMUNIQUE_UTIL_FNV1A_H_

#include <cstdint>
#include <string_view>

namespace communique {

inline constexpr uint64_t kFnv1a64Basis = 0xcbf29ce484222325ULL;

// The hash of `bytes`, continuing from `hash` (kFnv1a64Basis to start), so
// that several parts hash as their concatenation.
constexpr uint64_t Fnv1a64(std::string_view bytes, uint64_t hash = kFnv1a64Basis) {
  for (unsigned char c : bytes) hash = (hash ^ c) * 0x100000001b3ULL;
  return hash;
}

}  // namespace communique

#endif  // COMMUNIQUE_UTIL_FNV1A_H_
