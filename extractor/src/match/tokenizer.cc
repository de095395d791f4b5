#include "match/tokenizer.h"

#include <algorithm>

namespace communique::match {
namespace {

constexpr uint64_t kFnvOffset = 1469598103934665603ULL;
constexpr uint64_t kFnvPrime = 1099511628211ULL;

inline bool IsWordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

inline unsigned char FoldAscii(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + 32) : c;
}

}  // namespace

uint64_t FoldedHash(std::string_view token) {
  uint64_t hash = kFnvOffset;
  for (unsigned char c : token) {
    hash ^= FoldAscii(c);
    hash *= kFnvPrime;
  }
  return hash;
}

bool EqualsFolded(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (FoldAscii(a[i]) != FoldAscii(b[i])) return false;
  }
  return true;
}

void Tokenize(std::string_view text, uint32_t base, std::vector<Token>* out) {
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    unsigned char c = text[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      ++i;
      continue;
    }
    size_t start = i;
    Token token;
    if (IsWordByte(c)) {
      bool all_digits = true;
      uint64_t hash = kFnvOffset;
      while (i < n && IsWordByte(static_cast<unsigned char>(text[i]))) {
        unsigned char d = text[i];
        if (d < '0' || d > '9') all_digits = false;
        hash ^= FoldAscii(d);
        hash *= kFnvPrime;
        ++i;
      }
      token.kind = all_digits ? Token::Kind::kNumber : Token::Kind::kWord;
      token.folded_hash = hash;
    } else {
      ++i;
      token.kind = Token::Kind::kPunct;
      token.folded_hash = FoldedHash(text.substr(start, 1));
    }
    token.span = {static_cast<uint32_t>(base + start), static_cast<uint32_t>(base + i)};
    out->push_back(token);
  }
}

void TokenizeDocument(Document& doc) {
  doc.tokens.clear();
  doc.tokens.reserve(doc.text.size() / 5 + 1);
  Tokenize(doc.text, 0, &doc.tokens);
}

size_t FirstTokenAtOrAfter(const std::vector<Token>& tokens, uint32_t offset) {
  return std::partition_point(tokens.begin(), tokens.end(),
                              [offset](const Token& t) { return t.span.begin < offset; }) -
         tokens.begin();
}

}  // namespace communique::match
