#include "match/phrase_matcher.h"

#include <algorithm>
#include <cstring>

#include "match/tokenizer.h"

namespace communique::match {

bool PhraseMatcher::Add(std::string_view phrase, uint32_t payload, bool case_sensitive) {
  std::vector<Token> tokens;
  Tokenize(phrase, 0, &tokens);
  if (tokens.empty()) return false;
  uint32_t node = 0;
  const Entry entry{static_cast<uint32_t>(token_text_.size()), static_cast<uint32_t>(tokens.size()),
                    payload, kNoEntry, case_sensitive};
  for (const Token& token : tokens) {
    const uint32_t length = token.span.size();
    token_text_.append(reinterpret_cast<const char*>(&length), sizeof length);
    token_text_.append(phrase.substr(token.span.begin, length));
    uint32_t& child = edges_[EdgeKey(node, token.folded_hash)];
    if (child == 0) {
      child = static_cast<uint32_t>(node_first_entry_.size());
      node_first_entry_.push_back(kNoEntry);
      node_last_entry_.push_back(kNoEntry);
    }
    node = child;
  }
  const uint32_t index = static_cast<uint32_t>(entries_.size());
  entries_.push_back(entry);
  if (node_last_entry_[node] == kNoEntry) {
    node_first_entry_[node] = index;
  } else {
    entries_[node_last_entry_[node]].next = index;
  }
  node_last_entry_[node] = index;
  return true;
}

namespace {

// Tokens are a few bytes long: comparing them in words here costs less
// than the call to memcmp that string_view's == makes for every confirmed
// token (overlapping loads cover every length without a byte loop).
template <typename Word>
Word Load(const char* p) {
  Word w;
  std::memcpy(&w, p, sizeof w);
  return w;
}

bool SameText(std::string_view a, std::string_view b) {
  const size_t n = a.size();
  if (n != b.size()) return false;
  const char* x = a.data();
  const char* y = b.data();
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8) {
      if (Load<uint64_t>(x + i) != Load<uint64_t>(y + i)) return false;
    }
    return Load<uint64_t>(x + n - 8) == Load<uint64_t>(y + n - 8);
  }
  if (n >= 4) return Load<uint32_t>(x) == Load<uint32_t>(y) && Load<uint32_t>(x + n - 4) == Load<uint32_t>(y + n - 4);
  return n == 0 || (x[0] == y[0] && x[n / 2] == y[n / 2] && x[n - 1] == y[n - 1]);
}

}  // namespace

bool PhraseMatcher::Confirm(const Document& doc, size_t first, const Entry& entry) const {
  const char* expected = token_text_.data() + entry.text_begin;
  for (size_t k = 0; k < entry.token_count; ++k) {
    uint32_t length;
    std::memcpy(&length, expected, sizeof length);
    expected += sizeof length;
    const std::string_view text = doc.View(doc.tokens[first + k].span);
    const std::string_view want(expected, length);
    // Most hits have the phrase's own case: one compare, no folding.
    bool same = SameText(text, want) || (!entry.case_sensitive && EqualsFolded(text, want));
    if (!same) return false;
    expected += length;
  }
  return true;
}

void PhraseMatcher::FindFrom(const Document& doc, size_t start, uint32_t node, size_t end,
                             std::vector<PhraseMatch>* out) const {
  const Token* tokens = doc.tokens.data();
  const size_t appended_from = out->size();
  for (size_t i = start;;) {
    for (uint32_t e = node_first_entry_[node]; e != kNoEntry; e = entries_[e].next) {
      const Entry& entry = entries_[e];
      if (Confirm(doc, start, entry)) {
        out->push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(i + 1), entry.payload});
      }
    }
    if (++i >= end) break;
    node = Child(node, tokens[i].folded_hash);
    if (node == 0) break;
  }
  if (out->size() - appended_from > 1) {
    std::sort(out->begin() + static_cast<std::ptrdiff_t>(appended_from), out->end(),
              [](const PhraseMatch& a, const PhraseMatch& b) {
                if (a.end_token != b.end_token) return a.end_token > b.end_token;
                return a.payload < b.payload;
              });
  }
}

void PhraseMatcher::FindAll(const Document& doc, size_t first, size_t end,
                            std::vector<PhraseMatch>* out) const {
  for (size_t start = first; start < end; ++start) {
    PrefetchText(doc, start, end);
    FindAt(doc, start, end, out);
  }
}

std::vector<PhraseMatch> PhraseMatcher::LeftmostLongest(const std::vector<PhraseMatch>& matches) {
  std::vector<PhraseMatch> kept;
  kept.reserve(matches.size());
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
