// The matching primitives of the scorer: one-to-one span pairing and the
// token F1 of two texts.
#ifndef COMMUNIQUE_SCORE_MATCH_H_
#define COMMUNIQUE_SCORE_MATCH_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace communique::score {

struct Interval {
  uint32_t start = 0;
  uint32_t end = 0;  // exclusive
};

struct SpanPair {
  size_t gold = 0;  // index into the gold intervals
  size_t pred = 0;  // index into the predicted intervals
  bool exact = false;
};

// Pairs gold and predicted intervals one to one: identical intervals first,
// then, for each still-free gold interval in text order, the free predicted
// interval that overlaps it most (ties: the earlier one). Overlap means at
// least one shared position, so empty intervals pair only exactly.
// Deterministic; returns the pairs sorted by gold index.
std::vector<SpanPair> MatchSpans(const std::vector<Interval>& gold,
                                 const std::vector<Interval>& pred);

// Lowercase runs of ASCII letters and digits; bytes >= 0x80 count as letters
// so that accented words stay whole.
std::vector<std::string> Tokens(std::string_view text);

// F1 of the two texts' token bags (SQuAD style). Two texts without tokens
// agree (1.0); one without tokens scores 0.
double TokenF1(std::string_view gold, std::string_view pred);

}  // namespace communique::score

#endif  // COMMUNIQUE_SCORE_MATCH_H_
