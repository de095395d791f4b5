#include "match/tokenizer.h"

#include <algorithm>
#include <array>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/ascii.h"

namespace communique::match {
namespace {

constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHighBits = 0x80 * kOnes;
constexpr uint64_t kSeed = 0x9E3779B97F4A7C15ULL;
constexpr uint64_t kMultiplier = 0xFF51AFD7ED558CCDULL;

inline bool IsSpaceByte(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

inline unsigned char FoldAscii(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + 32) : c;
}

// 0x80 in each byte of `x` that lies in [lo, hi], 0 elsewhere. Exact per
// byte: the sums of 7-bit values never carry into the next byte.
constexpr uint64_t BytesInRange(uint64_t x, unsigned char lo, unsigned char hi) {
  const uint64_t low7 = x & (0x7F * kOnes);
  const uint64_t from_lo = low7 + (0x80 - lo) * kOnes;
  const uint64_t past_hi = low7 + (0x80 - hi - 1) * kOnes;
  return (from_lo ^ past_hi) & ~x & kHighBits;
}

// The first `length` (1 to 8) bytes at `p` as a little word, the rest zero.
// `readable` says that 8 bytes may be read at `p`.
inline uint64_t LoadChunk(const char* p, size_t length, bool readable) {
  uint64_t chunk = 0;
  if (readable) {
    std::memcpy(&chunk, p, 8);
    if (length < 8) chunk &= (uint64_t{1} << (8 * length)) - 1;
  } else {
    std::memcpy(&chunk, p, length);
  }
  return chunk;
}

// Eight bytes per multiply: the per-byte multiply chain of FNV-1a was most
// of the tokenizer's time. `folded` is a chunk with ASCII letters lowercased.
constexpr uint64_t Mix(uint64_t hash, uint64_t folded) {
  hash = (hash ^ folded) * kMultiplier;
  return hash ^ (hash >> 32);
}
constexpr uint64_t FoldAscii8(uint64_t chunk) { return chunk | (BytesInRange(chunk, 'A', 'Z') >> 2); }

// FoldAscii8 for a chunk of word bytes (digits, letters, bytes >= 0x80): a
// letter is a byte with 0x40 set and 0x80 clear.
constexpr uint64_t FoldWordBytes(uint64_t chunk) { return chunk | ((chunk & ~(chunk >> 1) & (0x40 * kOnes)) >> 1); }

// The same hash as FoldedHash for the text of a word token, text[begin,
// end), which may be read up to `readable_end`; sets *all_digits. Word bytes
// are digits, letters and bytes >= 0x80, so a letter is a byte with 0x40 set
// and 0x80 clear, and a number has neither bit anywhere: fewer operations
// than the general fold.
//
// Most words are 1 to 16 bytes long, and whether a word takes one chunk or
// two is a coin toss: a loop over the chunks mispredicted its exit at about
// every fourth word. Such words are hashed in straight-line code that mixes
// both chunks and keeps the one-chunk hash when the word is short.
inline uint64_t HashWord(const char* text, size_t begin, size_t end, size_t readable_end,
                         bool* all_digits) {
  const size_t length = end - begin;
  uint64_t hash = kSeed ^ length;
  if (length <= 16 && begin + 16 <= readable_end) {
    // kLowBytes[k]: the low k bytes of a word set.
    static constexpr std::array<uint64_t, 9> kLowBytes = [] {
      std::array<uint64_t, 9> masks{};
      for (int k = 1; k <= 8; ++k) masks[k] = ~uint64_t{0} >> (64 - 8 * k);
      return masks;
    }();
    const size_t first_length = std::min<size_t>(length, 8);
    uint64_t first, second;
    std::memcpy(&first, text + begin, 8);
    std::memcpy(&second, text + begin + 8, 8);
    first &= kLowBytes[first_length];
    second &= kLowBytes[length - first_length];
    *all_digits = ((first | second) & (0xC0 * kOnes)) == 0;
    const uint64_t one = Mix(hash, FoldWordBytes(first));
    const uint64_t two = Mix(one, FoldWordBytes(second));
    return length > 8 ? two : one;
  }
  uint64_t letter_bits = 0;
  for (size_t at = begin; at < end; at += 8) {
    const uint64_t chunk = LoadChunk(text + at, std::min<size_t>(8, end - at), at + 8 <= readable_end);
    letter_bits |= chunk & (0xC0 * kOnes);
    hash = Mix(hash, FoldWordBytes(chunk));
  }
  *all_digits = letter_bits == 0;
  return hash;
}

// FoldedHash of every one-byte token.
constexpr std::array<uint64_t, 256> kByteHashes = [] {
  std::array<uint64_t, 256> hashes{};
  for (uint64_t c = 0; c < 256; ++c) hashes[c] = Mix(kSeed ^ 1, FoldAscii8(c));
  return hashes;
}();

// Bit k set when text[at + k] is a word byte, resp. white space, for the 64
// bytes from `at`. REQUIRES: at + 64 <= text size.
struct ByteClasses {
  uint64_t word = 0;
  uint64_t space = 0;
};
inline ByteClasses Classify64(const char* text) {
  ByteClasses classes;
#if defined(__SSE2__)
  for (int block = 0; block < 4; ++block) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text + 16 * block));
    const __m128i lower = _mm_or_si128(x, _mm_set1_epi8(0x20));
    // Signed compares: bytes >= 0x80 are negative, so they fall out of both
    // ranges and come back through the sign bit.
    const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(lower, _mm_set1_epi8('a' - 1)),
                                         _mm_cmplt_epi8(lower, _mm_set1_epi8('z' + 1)));
    const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)),
                                        _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1)));
    const __m128i word = _mm_or_si128(_mm_or_si128(letter, digit), x);
    const __m128i space =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\n'))),
                     _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\t')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\r'))));
    classes.word |= static_cast<uint64_t>(static_cast<uint16_t>(_mm_movemask_epi8(word))) << (16 * block);
    classes.space |= static_cast<uint64_t>(static_cast<uint16_t>(_mm_movemask_epi8(space))) << (16 * block);
  }
#else
  for (int k = 0; k < 64; ++k) {
    classes.word |= static_cast<uint64_t>(IsWordByte(text[k])) << k;
    classes.space |= static_cast<uint64_t>(IsSpaceByte(text[k])) << k;
  }
#endif
  return classes;
}

}  // namespace

uint64_t FoldedHash(std::string_view token) {
  uint64_t hash = kSeed ^ token.size();
  for (size_t at = 0; at < token.size(); at += 8) {
    hash = Mix(hash, FoldAscii8(LoadChunk(token.data() + at, std::min<size_t>(8, token.size() - at), false)));
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

// Tokens are found 64 bytes at a time from bit masks of word and space
// bytes, so that the unpredictable branch at every word's end becomes a bit
// scan: the loop visits each token's first byte once and finds a word's end
// as the next end bit. A word still open at the end of a block is closed by
// the first end bit of a later one. The tail shorter than 64 bytes is
// classified byte by byte.
void Tokenize(std::string_view text, uint32_t base, std::vector<Token>* out) {
  const char* data = text.data();
  const size_t n = text.size();
  size_t word_begin = 0;  // of the word open at `at`, when in_word
  bool in_word = false;
  auto word = [&](size_t begin, size_t end) {
    Token token;
    bool all_digits;
    token.folded_hash = HashWord(data, begin, end, n, &all_digits);
    token.kind = all_digits ? Token::Kind::kNumber : Token::Kind::kWord;
    token.span = {static_cast<uint32_t>(base + begin), static_cast<uint32_t>(base + end)};
    out->push_back(token);
  };
  auto punct = [&](size_t at) {
    Token token;
    token.folded_hash = kByteHashes[static_cast<unsigned char>(data[at])];
    token.kind = Token::Kind::kPunct;
    token.span = {static_cast<uint32_t>(base + at), static_cast<uint32_t>(base + at + 1)};
    out->push_back(token);
  };
  size_t at = 0;
  for (; at + 64 <= n; at += 64) {
    const ByteClasses classes = Classify64(data + at);
    const uint64_t word_before = (classes.word << 1) | (in_word ? 1 : 0);
    const uint64_t starts = classes.word & ~word_before;
    const uint64_t ends = ~classes.word & word_before;
    const uint64_t puncts = ~classes.word & ~classes.space;
    if (in_word && ends != 0) word(word_begin, at + __builtin_ctzll(ends));
    for (uint64_t firsts = starts | puncts; firsts != 0; firsts &= firsts - 1) {
      const int k = __builtin_ctzll(firsts);
      const uint64_t bit = uint64_t{1} << k;
      if (puncts & bit) {
        punct(at + k);
        continue;
      }
      // (bit << 1) - 1 is every bit when k is 63: no end follows.
      const uint64_t later_ends = ends & ~((bit << 1) - 1);
      if (later_ends == 0) {
        word_begin = at + k;
      } else {
        word(at + k, at + __builtin_ctzll(later_ends));
      }
    }
    in_word = (classes.word >> 63) != 0;
  }
  for (; at < n; ++at) {
    const unsigned char c = data[at];
    const bool is_word = IsWordByte(c);
    if (in_word && !is_word) word(word_begin, at);
    if (!in_word && is_word) word_begin = at;
    if (!is_word && !IsSpaceByte(c)) punct(at);
    in_word = is_word;
  }
  if (in_word) word(word_begin, n);
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
