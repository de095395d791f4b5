// FlatMap: the hash table of the lookups made for every token of every
// document (lexicon word flags, word classes, the phrase trie's edges).
//
// Most tokens are in no table, so a lookup first asks a bit filter small
// enough to stay in the L1 cache (HashFilter) and touches the table only on
// its "maybe". The table is one power-of-two array of {key, value} slots,
// probed linearly and kept at most half full: no division, no pointer to
// follow, a hit or a miss in one or two adjacent slots. Entries are never
// removed, and nothing iterates over them, so the slots' order (which the
// hash decides) can never show in the output.
#ifndef COMMUNIQUE_CORE_FLAT_MAP_H_
#define COMMUNIQUE_CORE_FLAT_MAP_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/hash_filter.h"

namespace communique {

// Key: cheap to copy and compared with ==.
// Value: an integer or the like; Value{} marks an empty slot, so a key is
//   only ever given values other than Value{} (flags, class bits, node ids).
// Hash: `uint64_t operator()(const Key&)` whose TOP bits are well mixed: the
//   filter reads them as they are (the folded token hash ends in a multiply).
// FilterBits: the filter holds 2^FilterBits bits (see HashFilter).
template <typename Key, typename Value, typename Hash, int FilterBits>
class FlatMap {
 public:
  // False for a key that has no value; true for every key that has one and
  // for a few that have none. One load of the filter.
  bool MayContain(const Key& key) const { return filter_.MayContain(Hash{}(key)); }

  // The value of `key`, or Value{} when it has none.
  Value Get(const Key& key) const {
    const uint64_t hash = Hash{}(key);
    if (!filter_.MayContain(hash)) return Value{};
    for (size_t i = SlotOf(hash);; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.value == Value{}) return Value{};
      if (slot.key == key) return slot.value;
    }
  }

  // The value of `key`, to assign or to OR into: Value{} for a key not seen
  // before, which the caller then gives a value other than Value{} (a slot
  // left at Value{} stays empty). Valid until the next call.
  Value& operator[](const Key& key) {
    if ((count_ + 1) * 2 > slots_.size()) Grow();
    const uint64_t hash = Hash{}(key);
    filter_.Add(hash);
    size_t i = SlotOf(hash);
    while (slots_[i].value != Value{} && !(slots_[i].key == key)) i = (i + 1) & mask_;
    if (slots_[i].value == Value{}) {
      slots_[i].key = key;
      ++count_;
    }
    return slots_[i].value;
  }

 private:
  struct Slot {
    Key key{};
    Value value{};
  };

  // The filter reads the hash's top bits; the slot is taken from the top
  // bits of the hash times an odd constant, so that the few keys that pass
  // the filter without a value do not all probe the cluster of the key whose
  // filter bit they share.
  size_t SlotOf(uint64_t hash) const {
    return static_cast<size_t>((hash * 0x9E3779B97F4A7C15ULL) >> shift_);
  }

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    const size_t size = old.empty() ? 16 : old.size() * 2;
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    shift_ = 64 - __builtin_ctzll(size);
    count_ = 0;
    for (const Slot& slot : old) {
      if (slot.value != Value{}) (*this)[slot.key] = slot.value;
    }
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  int shift_ = 64;
  size_t count_ = 0;
  HashFilter<FilterBits> filter_;
};

// Hash for keys that are folded token hashes (match::FoldedHash): they are
// hashes already.
struct TokenHashIdentity {
  uint64_t operator()(uint64_t folded_hash) const { return folded_hash; }
};

}  // namespace communique

#endif  // COMMUNIQUE_CORE_FLAT_MAP_H_
