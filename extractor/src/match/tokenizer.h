// The match stage's tokenizer and the hash every lexicon lookup uses.
#ifndef COMMUNIQUE_MATCH_TOKENIZER_H_
#define COMMUNIQUE_MATCH_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "communique/document.h"

namespace communique::match {

// Hash of `token` with ASCII letters lowercased (64 bits, eight bytes per
// multiply). Lexicon phrases and text tokens meet on this value; a hit is
// verified on the text.
uint64_t FoldedHash(std::string_view token);

// Returns true iff `a` and `b` are equal ignoring ASCII case.
bool EqualsFolded(std::string_view a, std::string_view b);

// Splits `text` into tokens (see Token in document.h), offsets relative to
// the start of `text` plus `base`.
void Tokenize(std::string_view text, uint32_t base, std::vector<Token>* out);

// Fills doc.tokens from doc.text.
void TokenizeDocument(Document& doc);

// Index of the first token whose span begins at or after `offset`.
size_t FirstTokenAtOrAfter(const std::vector<Token>& tokens, uint32_t offset);

}  // namespace communique::match

#endif  // COMMUNIQUE_MATCH_TOKENIZER_H_
