// A set of 64-bit hashes reduced to one bit per value of their top `Bits`
// bits: a membership test that says "no" for almost every token of a
// document from one load of a table small enough to stay in the L1 cache,
// before a matcher looks at its real table. False positives are the
// caller's to weed out; there are no false negatives.
//
// The top bits are used as they are: the folded token hash ends in a
// multiply, so they are well mixed (a caller hashing something else mixes
// first, as the phrase matcher's edge keys do).
#ifndef COMMUNIQUE_CORE_HASH_FILTER_H_
#define COMMUNIQUE_CORE_HASH_FILTER_H_

#include <array>
#include <cstddef>
#include <cstdint>

namespace communique {

template <int Bits>
class HashFilter {
  static_assert(Bits >= 6 && Bits <= 24, "a filter of 64 bits to 2 MB");

 public:
  void Add(uint64_t hash) {
    const uint64_t bit = hash >> (64 - Bits);
    words_[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
  bool MayContain(uint64_t hash) const {
    const uint64_t bit = hash >> (64 - Bits);
    return (words_[bit >> 6] >> (bit & 63)) & 1;
  }

 private:
  std::array<uint64_t, (size_t{1} << Bits) / 64> words_{};
};

}  // namespace communique

#endif  // COMMUNIQUE_CORE_HASH_FILTER_H_
