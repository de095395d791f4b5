#include "match/phrase_matcher.h"

#include <algorithm>

#include "match/tokenizer.h"

namespace communique::match {

bool PhraseMatcher::Add(std::string_view phrase, uint32_t payload, bool case_sensitive) {
  std::vector<Token> tokens;
  Tokenize(phrase, 0, &tokens);
  if (tokens.empty()) return false;
  uint32_t node = 0;
  Entry entry{{}, payload, case_sensitive};
  for (const Token& token : tokens) {
    entry.tokens.emplace_back(phrase.substr(token.span.begin, token.span.size()));
    auto [it, inserted] =
        edges_.emplace(EdgeKey(node, token.folded_hash), static_cast<uint32_t>(node_entries_.size()));
    if (inserted) node_entries_.emplace_back();
    node = it->second;
  }
  node_entries_[node].push_back(static_cast<uint32_t>(entries_.size()));
  entries_.push_back(std::move(entry));
  return true;
}

bool PhraseMatcher::Confirm(const Document& doc, size_t first, const Entry& entry) const {
  for (size_t k = 0; k < entry.tokens.size(); ++k) {
    std::string_view text = doc.View(doc.tokens[first + k].span);
    bool same = entry.case_sensitive ? text == entry.tokens[k] : EqualsFolded(text, entry.tokens[k]);
    if (!same) return false;
  }
  return true;
}

void PhraseMatcher::FindAll(const Document& doc, size_t first, size_t end,
                            std::vector<PhraseMatch>* out) const {
  std::vector<PhraseMatch> at_start;
  for (size_t start = first; start < end; ++start) {
    at_start.clear();
    uint32_t node = 0;
    for (size_t i = start; i < end; ++i) {
      auto it = edges_.find(EdgeKey(node, doc.tokens[i].folded_hash));
      if (it == edges_.end()) break;
      node = it->second;
      for (uint32_t entry_index : node_entries_[node]) {
        const Entry& entry = entries_[entry_index];
        if (Confirm(doc, start, entry)) {
          at_start.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(i + 1),
                              entry.payload});
        }
      }
    }
    std::sort(at_start.begin(), at_start.end(), [](const PhraseMatch& a, const PhraseMatch& b) {
      if (a.end_token != b.end_token) return a.end_token > b.end_token;
      return a.payload < b.payload;
    });
    out->insert(out->end(), at_start.begin(), at_start.end());
  }
}

std::vector<PhraseMatch> PhraseMatcher::LeftmostLongest(const std::vector<PhraseMatch>& matches) {
  std::vector<PhraseMatch> kept;
  uint32_t covered_until = 0;
  for (const PhraseMatch& match : matches) {
    if (!kept.empty() && match.first_token == kept.back().first_token &&
        match.end_token == kept.back().end_token) {
      kept.push_back(match);  // same span, another payload
      continue;
    }
    if (match.first_token < covered_until) continue;
    kept.push_back(match);
    covered_until = match.end_token;
  }
  return kept;
}

}  // namespace communique::match
