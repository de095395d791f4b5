#include "score/match.h"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace communique::score {
namespace {

std::vector<size_t> SortedByPosition(const std::vector<Interval>& spans) {
  std::vector<size_t> order(spans.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return std::tie(spans[a].start, spans[a].end, a) < std::tie(spans[b].start, spans[b].end, b);
  });
  return order;
}

uint32_t Overlap(const Interval& a, const Interval& b) {
  uint32_t start = std::max(a.start, b.start);
  uint32_t end = std::min(a.end, b.end);
  return end > start ? end - start : 0;
}

}  // namespace

std::vector<SpanPair> MatchSpans(const std::vector<Interval>& gold,
                                 const std::vector<Interval>& pred) {
  std::vector<SpanPair> pairs;
  const std::vector<size_t> gold_order = SortedByPosition(gold);
  const std::vector<size_t> pred_order = SortedByPosition(pred);
  std::vector<bool> gold_used(gold.size()), pred_used(pred.size());

  // Identical spans: a merge of the two sorted lists.
  for (size_t g = 0, p = 0; g < gold_order.size() && p < pred_order.size();) {
    const Interval& a = gold[gold_order[g]];
    const Interval& b = pred[pred_order[p]];
    if (a.start == b.start && a.end == b.end) {
      pairs.push_back({gold_order[g], pred_order[p], true});
      gold_used[gold_order[g++]] = true;
      pred_used[pred_order[p++]] = true;
    } else if (std::tie(a.start, a.end) < std::tie(b.start, b.end)) {
      ++g;
    } else {
      ++p;
    }
  }

  // Overlaps. A predicted span overlapping gold span G starts before G.end
  // and no earlier than G.start - (longest predicted span), which bounds the
  // scan without an interval tree.
  std::vector<size_t> free_pred;
  uint32_t longest = 0;
  for (size_t index : pred_order) {
    if (pred_used[index]) continue;
    free_pred.push_back(index);
    longest = std::max(longest, pred[index].end - pred[index].start);
  }
  for (size_t gi : gold_order) {
    if (gold_used[gi] || free_pred.empty()) continue;
    const Interval& g = gold[gi];
    uint32_t from = g.start > longest ? g.start - longest : 0;
    auto first = std::lower_bound(free_pred.begin(), free_pred.end(), from,
                                  [&](size_t index, uint32_t v) { return pred[index].start < v; });
    size_t best = pred.size();
    uint32_t best_overlap = 0;
    for (auto it = first; it != free_pred.end() && pred[*it].start < g.end; ++it) {
      if (pred_used[*it]) continue;
      uint32_t overlap = Overlap(g, pred[*it]);
      if (overlap > best_overlap) {
        best_overlap = overlap;
        best = *it;
      }
    }
    if (best == pred.size()) continue;
    pairs.push_back({gi, best, false});
    pred_used[best] = true;
  }
  std::sort(pairs.begin(), pairs.end(),
            [](const SpanPair& a, const SpanPair& b) { return a.gold < b.gold; });
  return pairs;
}

std::vector<std::string> Tokens(std::string_view text) {
  std::vector<std::string> tokens;
  std::string current;
  for (unsigned char c : text) {
    bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<unsigned char>(c - 'A' + 'a');
      word = true;
    }
    if (word) {
      current += static_cast<char>(c);
    } else if (!current.empty()) {
      tokens.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

double TokenF1(std::string_view gold, std::string_view pred) {
  std::vector<std::string> a = Tokens(gold);
  std::vector<std::string> b = Tokens(pred);
  if (a.empty() && b.empty()) return 1.0;
  if (a.empty() || b.empty()) return 0.0;
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  size_t common = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    int order = a[i].compare(b[j]);
    if (order == 0) {
      ++common, ++i, ++j;
    } else if (order < 0) {
      ++i;
    } else {
      ++j;
    }
  }
  if (common == 0) return 0.0;
  double precision = static_cast<double>(common) / b.size();
  double recall = static_cast<double>(common) / a.size();
  return 2 * precision * recall / (precision + recall);
}

}  // namespace communique::score
