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
// that the next token does not continue. A 16 KB bit filter over every
// (node, token) edge answers most lookups with one L1-resident load; the
// edges themselves live in one open-addressing table (power-of-two size, no
// division, no pointer chasing), probed only when the filter says maybe.
#ifndef COMMUNIQUE_MATCH_PHRASE_MATCHER_H_
#define COMMUNIQUE_MATCH_PHRASE_MATCHER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "communique/document.h"
#include "core/hash_filter.h"

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
  // One trie edge; child == 0 marks an empty slot (the root is never a child).
  struct Edge {
    uint64_t token_hash = 0;
    uint32_t node = 0;
    uint32_t child = 0;
  };

  static uint64_t Mix(uint32_t node, uint64_t token_hash) {
    return (token_hash ^ (static_cast<uint64_t>(node) * 0x9E3779B97F4A7C15ULL)) *
           0xBF58476D1CE4E5B9ULL;
  }
  // The child of `node` along `token_hash`, or 0 when there is none.
  uint32_t Child(uint32_t node, uint64_t token_hash) const {
    const uint64_t mixed = Mix(node, token_hash);
    if (!edge_filter_.MayContain(mixed)) return 0;
    for (size_t slot = mixed >> edge_shift_;; slot = (slot + 1) & edge_mask_) {
      const Edge& edge = edges_[slot];
      if (edge.child == 0) return 0;
      if (edge.token_hash == token_hash && edge.node == node) return edge.child;
    }
  }
  // FindAt past the root: `node` is the root's child along token `start`.
  void FindFrom(const Document& doc, size_t start, uint32_t node, size_t end,
                std::vector<PhraseMatch>* out) const;
  void InsertEdge(const Edge& edge);
  bool Confirm(const Document& doc, size_t first, const Entry& entry) const;

  std::vector<Edge> edges_;  // open addressing, linear probing, load <= 1/2
  size_t edge_count_ = 0;
  size_t edge_mask_ = 0;
  int edge_shift_ = 64;
  HashFilter<17> edge_filter_;  // the mixed edge keys: most (node, token) pairs have no edge
  std::vector<uint32_t> node_first_entry_ = {kNoEntry};  // node -> first entry ending there
  std::vector<uint32_t> node_last_entry_ = {kNoEntry};   // where Add appends to the chain
  std::vector<Entry> entries_;
  std::string token_text_;
};

}  // namespace communique::match

#endif  // COMMUNIQUE_MATCH_PHRASE_MATCHER_H_
