// The commitments stage's data components: the type table and the word
// class table (extract/commitments/types.h, word_classes.h).
#include <gtest/gtest.h>

#include "extract/commitments/types.h"
#include "extract/commitments/word_classes.h"
#include "match/tokenizer.h"

namespace communique::commitments {
namespace {

TEST(CommitmentTypes, NamesRoundTrip) {
  struct Case {
    const char* name;
    bool commitment;
  };
  const Case cases[] = {{"agree", true},     {"pledge", true}, {"intend", true},  {"launch", true},
                        {"sign", true},      {"cooperate", true}, {"review", true}, {"meet", true},
                        {"schedule", true},  {"stance", false}, {"appeal", false}, {"report", false}};
  for (const Case& c : cases) {
    const std::optional<Type> type = TypeNamed(c.name);
    ASSERT_TRUE(type) << c.name;
    EXPECT_EQ(NameOf(*type), c.name);
    EXPECT_EQ(IsCommitment(*type), c.commitment) << c.name;
  }
  EXPECT_FALSE(TypeNamed("promise"));
  EXPECT_FALSE(TypeNamed(""));
}

TEST(CommitmentWordClasses, ClassNames) {
  EXPECT_EQ(WordClassNamed("modal"), kModal);
  EXPECT_EQ(WordClassNamed("plural_head"), kPluralHead);
  EXPECT_EQ(WordClassNamed("title_topic"), kTitleTopic);
  EXPECT_FALSE(WordClassNamed("plural_ref"));  // a phrase kind, not a bit
  EXPECT_FALSE(WordClassNamed("nonsense"));
}

TEST(CommitmentWordClasses, TableKeepsEveryWordsBits) {
  // Enough words to make the table grow several times; bits of one word accumulate.
  WordClassTable table;
  std::vector<std::string> words;
  for (int i = 0; i < 300; ++i) words.push_back("word" + std::to_string(i));
  for (size_t i = 0; i < words.size(); ++i) {
    table.Add(match::FoldedHash(words[i]), uint32_t{1} << (i % 17));
  }
  table.Add(match::FoldedHash("word0"), kAdverb);
  for (size_t i = 0; i < words.size(); ++i) {
    const uint64_t hash = match::FoldedHash(words[i]);
    EXPECT_TRUE(table.MaybeIn(hash));
    uint32_t want = uint32_t{1} << (i % 17);
    if (i == 0) want |= kAdverb;
    EXPECT_EQ(table.ClassesOf(hash), want) << words[i];
  }
  EXPECT_EQ(table.ClassesOf(match::FoldedHash("absent")), 0u);
}

}  // namespace
}  // namespace communique::commitments
