// PhraseMatcher: finds many lexicon phrases in one pass over the tokens.
//
// Phrases are token sequences (tokenized like the text, so "Vice-President"
// matches "Vice-President" and "Vice - President", and a hard-wrapped
// "Prime\nMinister" matches "Prime Minister"). Lookup walks a token trie
// keyed by folded hashes; a hit is confirmed on the text, exactly for
// case-sensitive phrases and ignoring ASCII case otherwise. Immutable after
// Build(); FindAll may run concurrently.
#ifndef COMMUNIQUE_MATCH_PHRASE_MATCHER_H_
#define COMMUNIQUE_MATCH_PHRASE_MATCHER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "communique/document.h"

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

  // Keeps, among overlapping matches, the leftmost-longest; the input must be
  // ordered as FindAll orders it. Ties on the same span keep every payload.
  static std::vector<PhraseMatch> LeftmostLongest(const std::vector<PhraseMatch>& matches);

  size_t phrase_count() const { return entries_.size(); }

 private:
  struct Entry {
    std::vector<std::string> tokens;  // the phrase's token texts
    uint32_t payload;
    bool case_sensitive;
  };
  static uint64_t EdgeKey(uint32_t node, uint64_t token_hash) {
    return token_hash * 0x9E3779B97F4A7C15ULL ^ node;
  }
  bool Confirm(const Document& doc, size_t first, const Entry& entry) const;

  std::unordered_map<uint64_t, uint32_t> edges_;      // (node, token hash) -> child node
  std::vector<std::vector<uint32_t>> node_entries_ = {{}};  // node -> entries ending here
  std::vector<Entry> entries_;
};

}  // namespace communique::match

#endif  // COMMUNIQUE_MATCH_PHRASE_MATCHER_H_
