// TokenIndex: where a few wanted words occur in a document, found in one
// pass. Callers that look for a handful of words (a person's surnames,
// acronyms defined in the text) ask for each word's folded hash; one scan
// over the tokens, filtered by a 1024-bit mask of the wanted hashes, records
// the positions. Equal texts have equal folded hashes, so a caller compares
// the text only at these positions.
#ifndef COMMUNIQUE_MATCH_TOKEN_INDEX_H_
#define COMMUNIQUE_MATCH_TOKEN_INDEX_H_

#include <cstdint>
#include <vector>

#include "communique/document.h"

namespace communique::match {

class TokenIndex {
 public:
  // Adds a folded hash to look for (see FoldedHash).
  void Want(uint64_t folded_hash) { hashes_.push_back(folded_hash); }
  // Scans `tokens` once for every wanted hash.
  void Build(const std::vector<Token>& tokens);
  // Ascending indices of the tokens with `folded_hash`; empty when none, or
  // when it was not wanted.
  const std::vector<uint32_t>& At(uint64_t folded_hash) const;

 private:
  std::vector<uint64_t> hashes_;                // sorted and unique after Build
  std::vector<std::vector<uint32_t>> positions_;  // parallel to hashes_
};

}  // namespace communique::match

#endif  // COMMUNIQUE_MATCH_TOKEN_INDEX_H_
