#include "match/token_index.h"

#include <algorithm>

#include "core/hash_filter.h"

namespace communique::match {

void TokenIndex::Build(const std::vector<Token>& tokens) {
  std::sort(hashes_.begin(), hashes_.end());
  hashes_.erase(std::unique(hashes_.begin(), hashes_.end()), hashes_.end());
  positions_.assign(hashes_.size(), {});
  if (hashes_.empty()) return;
  // One bit per value of a wanted hash's top 10 bits: most tokens stop here.
  // A person's forms and a release's acronyms are often dozens of words, too
  // many for a 64-bit mask (a third of the tokens went on to the search).
  HashFilter<10> filter;
  for (uint64_t h : hashes_) filter.Add(h);
  for (size_t t = 0; t < tokens.size(); ++t) {
    const uint64_t h = tokens[t].folded_hash;
    if (!filter.MayContain(h)) continue;
    auto it = std::lower_bound(hashes_.begin(), hashes_.end(), h);
    if (it != hashes_.end() && *it == h) {
      positions_[static_cast<size_t>(it - hashes_.begin())].push_back(static_cast<uint32_t>(t));
    }
  }
}

const std::vector<uint32_t>& TokenIndex::At(uint64_t folded_hash) const {
  static const std::vector<uint32_t> kNone;
  auto it = std::lower_bound(hashes_.begin(), hashes_.end(), folded_hash);
  if (it == hashes_.end() || *it != folded_hash) return kNone;
  return positions_[static_cast<size_t>(it - hashes_.begin())];
}

}  // namespace communique::match
