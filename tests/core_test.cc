// The shared helpers of extractor/src/core that every stage asks the same
// question through: what is capitalized, what the -s form of a word is
// (regular, or listed as irregular).
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "core/capitalization.h"
#include "core/english.h"

namespace communique {
namespace {

TEST(Capitalization, Table) {
  struct Case {
    std::string_view word;
    bool capitalized;
  };
  const Case cases[] = {
      {"Paris", true},       {"paris", false},      {"", false},           {"7", false},
      {"\xC3\x89" "douard", true},       // É: Latin-1
      {"\xC3\xA9" "t\xC3\xA9", false},   // é
      {"\xC3\x97", false},               // × is no letter
      {"\xC5\x9E" "ahin", true},         // Ş: Latin Extended-A
      {"\xC5\x9F" "ahin", false},        // ş
      {"\xC5\xB8", true},                // Ÿ
      {"\xE1\xBB\x8A", true},            // Ị: Vietnamese
      {"\xE1\xBB\x8B", false},           // ị
      {"\xD0\x9C" "\xD0\xBE", false},    // Cyrillic М: not a Latin letter
      {"\xC3", false},                   // a lead byte cut short
  };
  for (const Case& c : cases) {
    EXPECT_EQ(IsCapitalized(c.word), c.capitalized) << c.word;
  }
}

TEST(English, SForm) {
  struct Case {
    std::string_view word, form;
  };
  const Case cases[] = {
      {"policy", "policies"}, {"say", "says"},   {"agree", "agrees"}, {"reach", "reaches"},
      {"push", "pushes"},     {"fix", "fixes"},  {"pass", "passes"},  {"buzz", "buzzes"},
      {"y", "ys"},            {"sign", "signs"}, {"G7", "G7s"},
  };
  for (const Case& c : cases) EXPECT_EQ(RegularSForm(c.word), c.form) << c.word;
}

// The shape guesses the commitments stage makes of unlisted words (moved here from its code).
TEST(English, PluralAndIngShapes) {
  struct Case {
    const char* word;
    bool plural, ing;
  };
  const std::vector<Case> cases = {
      {"partners", true, false},   {"countries", true, false},   {"courageous", false, false},
      {"class", false, false},     {"crisis", false, false},     {"status", false, false},
      {"its", false, false},       {"recognizing", false, true}, {"financing", false, true},
      {"king", false, false},      {"beings", true, false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(LooksPlural(c.word), c.plural) << c.word;
    EXPECT_EQ(LooksIngForm(c.word), c.ing) << c.word;
  }
}

TEST(English, IrregularFormsOfAPhrasesLastWord) {
  const English english({{"crisis", "crises"}, {"go", "goes"}});
  EXPECT_EQ(english.SForm("crisis"), "crises");
  EXPECT_EQ(english.SForm("humanitarian crisis"), "humanitarian crises");
  EXPECT_EQ(english.SForm("cyber-crisis"), "cyber-crises");
  EXPECT_EQ(english.SForm("go"), "goes");
  EXPECT_EQ(english.SForm("policy"), "policies");  // not listed: the regular form
  EXPECT_EQ(english.SForm("crisis talk"), "crisis talks");  // only the last word
  EXPECT_EQ(english.SForm("undergo"), "undergos");  // whole words: "go" is no suffix rule
  EXPECT_EQ(english.IrregularSForm("climate crisis"), "climate crises");
  EXPECT_EQ(english.IrregularSForm("policy"), std::nullopt);
  EXPECT_EQ(English().SForm("crisis"), "crisises");  // no list: the regular rules only
}

}  // namespace
}  // namespace communique
