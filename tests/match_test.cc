// PhraseMatcher and TokenIndex against brute-force references: their edge
// tables, bit filters and masks are speed devices and must never change what
// is found.
#include "match/phrase_matcher.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/flat_map.h"
#include "core/hash_filter.h"
#include "match/token_index.h"
#include "match/tokenizer.h"

namespace communique::match {
namespace {

struct Phrase {
  std::string text;
  uint32_t payload;
  bool case_sensitive;
};

Document MakeDocument(const std::string& text) {
  Document doc;
  doc.text = text;
  TokenizeDocument(doc);
  return doc;
}

// Every (start, end, payload) whose tokens equal the phrase's tokens, in
// FindAll's documented order.
std::vector<PhraseMatch> BruteForce(const Document& doc, const std::vector<Phrase>& phrases,
                                    size_t first, size_t end) {
  std::vector<PhraseMatch> out;
  for (size_t start = first; start < end; ++start) {
    std::vector<PhraseMatch> here;
    for (const Phrase& phrase : phrases) {
      std::vector<Token> tokens;
      Tokenize(phrase.text, 0, &tokens);
      if (tokens.empty() || start + tokens.size() > end) continue;
      bool same = true;
      for (size_t k = 0; k < tokens.size() && same; ++k) {
        std::string_view want = std::string_view(phrase.text).substr(tokens[k].span.begin,
                                                                     tokens[k].span.size());
        std::string_view have = doc.View(doc.tokens[start + k].span);
        same = phrase.case_sensitive ? want == have : EqualsFolded(want, have);
      }
      if (same) {
        here.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(start + tokens.size()),
                        phrase.payload});
      }
    }
    std::sort(here.begin(), here.end(), [](const PhraseMatch& a, const PhraseMatch& b) {
      if (a.end_token != b.end_token) return a.end_token > b.end_token;
      return a.payload < b.payload;
    });
    out.insert(out.end(), here.begin(), here.end());
  }
  return out;
}

// FindAt at every start of [first, end), appended in turn.
std::vector<PhraseMatch> EveryFindAt(const PhraseMatcher& matcher, const Document& doc, size_t first,
                                     size_t end) {
  std::vector<PhraseMatch> out;
  for (size_t start = first; start < end; ++start) matcher.FindAt(doc, start, end, &out);
  return out;
}

bool SameMatches(const std::vector<PhraseMatch>& a, const std::vector<PhraseMatch>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const PhraseMatch& x, const PhraseMatch& y) {
    return x.first_token == y.first_token && x.end_token == y.end_token && x.payload == y.payload;
  });
}

TEST(PhraseMatcher, Table) {
  const std::vector<Phrase> phrases = {
      {"European Union", 1, false}, {"European", 2, false},       {"the European Council", 3, false},
      {"Vice-President", 4, false}, {"EU", 5, true},              {"U.S.", 6, false},
      {"Prime Minister", 7, false}, {"Prime Minister", 8, false}, {"of", 9, false},
  };
  const std::vector<std::string> texts = {
      "The European Union and the European Council met.",
      "Vice - President Kallas and the Vice-President spoke; eu and EU differ.",
      "The U.S.-Japan talks: Prime\nMinister Ishiba, prime minister of Japan.",
      "",
      "European",
  };
  PhraseMatcher matcher;
  for (const Phrase& p : phrases) ASSERT_TRUE(matcher.Add(p.text, p.payload, p.case_sensitive));
  EXPECT_FALSE(matcher.Add("  ", 99, false));
  for (const std::string& text : texts) {
    Document doc = MakeDocument(text);
    std::vector<PhraseMatch> found;
    matcher.FindAll(doc, &found);
    EXPECT_TRUE(SameMatches(found, BruteForce(doc, phrases, 0, doc.tokens.size()))) << text;
    // Sub-ranges cut phrases at their edges.
    for (size_t first = 0; first <= doc.tokens.size(); ++first) {
      for (size_t end = first; end <= doc.tokens.size(); ++end) {
        std::vector<PhraseMatch> part;
        matcher.FindAll(doc, first, end, &part);
        EXPECT_TRUE(SameMatches(part, BruteForce(doc, phrases, first, end)))
            << text << " [" << first << ", " << end << ")";
        EXPECT_TRUE(SameMatches(EveryFindAt(matcher, doc, first, end),
                                BruteForce(doc, phrases, first, end)))
            << "FindAt: " << text << " [" << first << ", " << end << ")";
      }
    }
  }
}

// Many phrases over a small vocabulary: shared prefixes, deep tries, the edge
// table's growth and rehashing, and filter bits shared by unrelated edges.
TEST(PhraseMatcher, RandomAgainstBruteForce) {
  const std::vector<std::string> vocabulary = {"the", "of", "EU", "eu", "Japan", "and", "-",
                                               "Council", "council", ".", "data", "5G", "Data"};
  std::mt19937 random(7);
  auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(random); };
  std::vector<Phrase> phrases;
  for (uint32_t i = 0; i < 3000; ++i) {
    std::string text;
    size_t length = 1 + pick(4);
    for (size_t k = 0; k < length; ++k) text += (k ? " " : "") + vocabulary[pick(vocabulary.size())];
    phrases.push_back({text, i % 50, pick(3) == 0});
  }
  PhraseMatcher matcher;
  for (const Phrase& p : phrases) ASSERT_TRUE(matcher.Add(p.text, p.payload, p.case_sensitive));
  for (int round = 0; round < 5; ++round) {
    std::string text;
    for (int k = 0; k < 60; ++k) text += vocabulary[pick(vocabulary.size())] + (pick(4) ? " " : "\n");
    text += "unknown words at the end";
    Document doc = MakeDocument(text);
    std::vector<PhraseMatch> found;
    matcher.FindAll(doc, &found);
    ASSERT_FALSE(found.empty());
    EXPECT_TRUE(SameMatches(found, BruteForce(doc, phrases, 0, doc.tokens.size()))) << text;
    EXPECT_TRUE(SameMatches(EveryFindAt(matcher, doc, 0, doc.tokens.size()),
                            BruteForce(doc, phrases, 0, doc.tokens.size())))
        << "FindAt: " << text;
  }
}

TEST(PhraseMatcher, LeftmostLongestKeepsTiedPayloads) {
  PhraseMatcher matcher;
  matcher.Add("Prime Minister", 1, false);
  matcher.Add("Prime Minister", 2, false);
  matcher.Add("Minister", 3, false);
  matcher.Add("Prime", 4, false);
  Document doc = MakeDocument("Prime Minister Minister");
  std::vector<PhraseMatch> found;
  matcher.FindAll(doc, &found);
  std::vector<PhraseMatch> kept = PhraseMatcher::LeftmostLongest(found);
  ASSERT_EQ(kept.size(), 3u);
  EXPECT_EQ(kept[0].payload, 1u);
  EXPECT_EQ(kept[1].payload, 2u);
  EXPECT_EQ(kept[2].first_token, 2u);
  EXPECT_EQ(kept[2].payload, 3u);
}

// Every added hash is reported; any other exactly when it shares the top
// bits of an added one.
TEST(HashFilter, AgainstTopBitsSet) {
  std::mt19937_64 random(7);
  HashFilter<10> filter;
  std::vector<bool> top(1024, false);
  std::vector<uint64_t> added;
  for (int i = 0; i < 300; ++i) {
    const uint64_t h = random();
    filter.Add(h);
    top[h >> 54] = true;
    added.push_back(h);
  }
  for (uint64_t h : added) EXPECT_TRUE(filter.MayContain(h));
  for (int i = 0; i < 100000; ++i) {
    const uint64_t h = random();
    ASSERT_EQ(filter.MayContain(h), top[h >> 54]) << h;
  }
}

// FlatMap against std::unordered_map: values OR-ed in, key 0 a key like any
// other, growth from 16 slots, and a hash with only 16 distinct values so
// that long probe runs wrap around the table's end.
struct FewHashes {
  uint64_t operator()(uint64_t key) const { return (key % 16) << 60; }
};

template <typename Hash>
void CheckFlatMapAgainstReference(uint64_t seed) {
  std::mt19937_64 random(seed);
  FlatMap<uint64_t, uint32_t, Hash, 10> table;
  std::unordered_map<uint64_t, uint32_t> reference;
  std::vector<uint64_t> keys = {0};
  for (int i = 0; i < 300; ++i) keys.push_back(i % 3 == 0 ? random() % 1000 : random());
  for (int i = 0; i < 2000; ++i) {
    const uint64_t key = keys[random() % keys.size()];
    const uint32_t bit = uint32_t{1} << (random() % 32);
    table[key] |= bit;
    reference[key] |= bit;
  }
  for (const auto& [key, value] : reference) {
    EXPECT_TRUE(table.MayContain(key));
    ASSERT_EQ(table.Get(key), value) << key;
  }
  for (int i = 0; i < 20000; ++i) {
    const uint64_t key = i % 2 == 0 ? random() : random() % 2000;
    auto it = reference.find(key);
    ASSERT_EQ(table.Get(key), it == reference.end() ? 0u : it->second) << key;
  }
}

TEST(FlatMap, AgainstUnorderedMap) {
  CheckFlatMapAgainstReference<TokenHashIdentity>(11);
  CheckFlatMapAgainstReference<FewHashes>(12);
}

// TokenIndex's mask and binary search against a scan of every token: with
// more wanted words than the mask has bits, and words that share low bits.
TEST(TokenIndex, AgainstScan) {
  const std::vector<std::string> vocabulary = {"the", "EU", "eu", "Japan", "G20", "Sheinbaum",
                                               "said", ",", "5G", "von", "der", "Leyen"};
  std::mt19937 random(11);
  std::string text;
  for (int k = 0; k < 500; ++k) {
    text += vocabulary[std::uniform_int_distribution<size_t>(0, vocabulary.size() - 1)(random)] + " ";
  }
  Document doc = MakeDocument(text);
  std::vector<std::string> wanted = {"eu", "G20", "Leyen", "absent"};
  for (int k = 0; k < 1500; ++k) wanted.push_back("filler" + std::to_string(k));
  TokenIndex index;
  for (const std::string& word : wanted) index.Want(FoldedHash(word));
  index.Want(FoldedHash("G20"));  // asked twice
  index.Build(doc.tokens);
  for (const std::string& word : wanted) {
    std::vector<uint32_t> expected;
    for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
      if (doc.tokens[t].folded_hash == FoldedHash(word)) expected.push_back(t);
    }
    EXPECT_EQ(index.At(FoldedHash(word)), expected) << word;
  }
  EXPECT_EQ(index.At(FoldedHash("EU")).size(), index.At(FoldedHash("eu")).size());
  EXPECT_FALSE(index.At(FoldedHash("eu")).empty());
  EXPECT_TRUE(index.At(FoldedHash("Japan")).empty()) << "not wanted";
}

}  // namespace
}  // namespace communique::match
