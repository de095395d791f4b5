// PhraseMatcher: finds many lexicon phrases in one pass over the tokens.
//
// Phrases are token sequences (tokenized like the text, so "Vice-President"
// matches "Vice-President" and "Vice - President", and a hard-wrapped
// "Prime\nMinister" matches "Prime Minister"). Lookup walks a token trie
// keyed by folded hashes; a hit is confirmed on the text, exactly for
// case-sensitive phrases and ignoring ASCII case otherwise. Immutable after
// the last Add(); FindAll may run concurrently.
//
// Speed: FindAll is called on every token of every document by several
// extractors, and most tokens start no phrase, or start one ("the", "of")
// that the next token does not continue. The edges live in a FlatMap, whose
// 16 KB bit filter answers most lookups with one L1-resident load.
#ifndef COMMUNIQUE_MATCH_PHRASE_MATCHER_H_
#define COMMUNIQUE_MATCH_PHRASE_MATCHER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "communique/document.h"
#include "core/flat_map.h"

namespace communique::match {

struct PhraseMatch {
  uint32_t first_token = 0;
  uint32_t end_token = 0;  // exclusive
  uint32_t payload = 0;    // what the caller passed to Add
};

class PhraseMatcher {
 public:
  // Adds `phrase` with the caller's `payload`. Returns false when the phrase
  // has no token. The same phrase may carry several payloads.
  bool Add(std::string_view phrase, uint32_t payload, bool case_sensitive);

  // Every match in tokens [first, end) of `doc`, all lengths at every start,
  // ordered by start token, then by length (longest first), then by payload.
  void FindAll(const Document& doc, size_t first, size_t end, std::vector<PhraseMatch>* out) const;
  // Same over every token of the document.
  void FindAll(const Document& doc, std::vector<PhraseMatch>* out) const {
    FindAll(doc, 0, doc.tokens.size(), out);
  }

  // Appends the matches starting at token `start` that end by token `end`, in
  // FindAll's order: a caller already walking every token (a word-class
  // pass) finds the phrases in the same pass instead of a second one.
  void FindAt(const Document& doc, size_t start, size_t end, std::vector<PhraseMatch>* out) const {
    const uint32_t node = Child(0, doc.tokens[start].folded_hash);
    if (node != 0) FindFrom(doc, start, node, end, out);
  }

  // A hit is confirmed on the text, which the walk over the tokens does not
  // otherwise read: a caller walking every token asks for the text a few
  // tokens ahead, so that the confirmations do not wait on memory.
  static void PrefetchText(const Document& doc, size_t start, size_t end) {
    constexpr size_t kAhead = 16;
    if (start + kAhead < end) {
      __builtin_prefetch(doc.text.data() + doc.tokens[start + kAhead].span.begin);
    }
  }

  // Keeps, among overlapping matches, the leftmost-longest; the input must be
  // ordered as FindAll orders it. Ties on the same span keep every payload.
  static std::vector<PhraseMatch> LeftmostLongest(const std::vector<PhraseMatch>& matches);

  size_t phrase_count() const { return entries_.size(); }

 private:
  // Confirming a hit is a walk of dependent loads (edge, node, entry, text):
  // each is one flat array. The phrase's tokens are kept back to back in
  // token_text_, each as a 4-byte length and its bytes; the entries ending
  // at one node form a chain through `next`.
  struct Entry {
    uint32_t text_begin;
    uint32_t token_count;
    uint32_t payload;
    uint32_t next;  // the node's next entry, or kNoEntry
    bool case_sensitive;
  };
  static constexpr uint32_t kNoEntry = 0xFFFFFFFFu;
  // One trie edge's key: the parent node and the token's folded hash, as
  // 32-bit halves so that a slot of the edge table is 16 bytes.
  struct EdgeKey {
    uint32_t node = 0;
    uint32_t hash_low = 0;
    uint32_t hash_high = 0;
    EdgeKey() = default;
    EdgeKey(uint32_t parent, uint64_t token_hash)
        : node(parent),
          hash_low(static_cast<uint32_t>(token_hash)),
          hash_high(static_cast<uint32_t>(token_hash >> 32)) {}
    bool operator==(const EdgeKey&) const = default;
  };
  struct EdgeHash {
    uint64_t operator()(const EdgeKey& key) const {
      const uint64_t token_hash = (uint64_t{key.hash_high} << 32) | key.hash_low;
      return (token_hash ^ (static_cast<uint64_t>(key.node) * 0x9E3779B97F4A7C15ULL)) *
             0xBF58476D1CE4E5B9ULL;
    }
  };

  // The child of `node` along `token_hash`, or 0 when there is none.
  uint32_t Child(uint32_t node, uint64_t token_hash) const {
    return edges_.Get(EdgeKey(node, token_hash));
  }
  // FindAt past the root: `node` is the root's child along token `start`.
  void FindFrom(const Document& doc, size_t start, uint32_t node, size_t end,
                std::vector<PhraseMatch>* out) const;
  bool Confirm(const Document& doc, size_t first, const Entry& entry) const;

  // (node, token) -> child node; the root is never a child, so 0 is no
  // edge. A 16 KB filter: most (node, token) pairs have no edge.
  FlatMap<EdgeKey, uint32_t, EdgeHash, 17> edges_;
  std::vector<uint32_t> node_first_entry_ = {kNoEntry};  // node -> first entry ending there
  std::vector<uint32_t> node_last_entry_ = {kNoEntry};   // where Add appends to the chain
  std::vector<Entry> entries_;
  std::string token_text_;
};

}  // namespace communique::match

#endif  // COMMUNIQUE_MATCH_PHRASE_MATCHER_H_
