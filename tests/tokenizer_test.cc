// The tokenizer against a byte-by-byte reference: its 64-byte bit masks and
// 8-byte hashing are speed devices and must never change a token.
#include "match/tokenizer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace communique::match {
namespace {

bool IsWord(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

std::vector<Token> Reference(std::string_view text, uint32_t base) {
  std::vector<Token> out;
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = text[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      ++i;
      continue;
    }
    size_t end = i + 1;
    Token token;
    token.kind = Token::Kind::kPunct;
    if (IsWord(c)) {
      bool digits = true;
      for (end = i; end < text.size() && IsWord(text[end]); ++end) digits &= text[end] >= '0' && text[end] <= '9';
      token.kind = digits ? Token::Kind::kNumber : Token::Kind::kWord;
    }
    token.span = {static_cast<uint32_t>(base + i), static_cast<uint32_t>(base + end)};
    token.folded_hash = FoldedHash(text.substr(i, end - i));
    out.push_back(token);
    i = end;
  }
  return out;
}

void ExpectMatchesReference(std::string_view text, uint32_t base) {
  std::vector<Token> got;
  Tokenize(text, base, &got);
  const std::vector<Token> want = Reference(text, base);
  ASSERT_EQ(got.size(), want.size()) << text;
  for (size_t i = 0; i < want.size(); ++i) {
    ASSERT_EQ(got[i].span, want[i].span) << text << " #" << i;
    ASSERT_EQ(got[i].kind, want[i].kind) << text << " #" << i;
    ASSERT_EQ(got[i].folded_hash, want[i].folded_hash) << text << " #" << i;
  }
}

TEST(Tokenizer, Table) {
  struct Case {
    std::string text;
    std::vector<std::string> tokens;
  };
  const std::vector<Case> cases = {
      {"", {}},
      {"The EU's 5G plan, 2025.", {"The", "EU", "'", "s", "5G", "plan", ",", "2025", "."}},
      {"  \n\tK\xC5\x8Dno--x\r\n", {"K\xC5\x8Dno", "-", "-", "x"}},
      {std::string(70, 'a') + " " + std::string(20, '7'), {std::string(70, 'a'), std::string(20, '7')}},
  };
  for (const Case& c : cases) {
    std::vector<Token> tokens;
    Tokenize(c.text, 0, &tokens);
    std::vector<std::string> got;
    for (const Token& t : tokens) got.push_back(c.text.substr(t.span.begin, t.span.size()));
    EXPECT_EQ(got, c.tokens) << c.text;
  }
}

TEST(Tokenizer, FoldedHashIgnoresAsciiCaseOnly) {
  EXPECT_EQ(FoldedHash("European Union"), FoldedHash("EUROPEAN union"));
  EXPECT_EQ(FoldedHash("K\xC5\x8Dno"), FoldedHash("k\xC5\x8DNO"));
  EXPECT_NE(FoldedHash("eu"), FoldedHash("ue"));
  EXPECT_NE(FoldedHash("a"), FoldedHash("a "));
  EXPECT_NE(FoldedHash("12345678"), FoldedHash("123456789"));
  EXPECT_NE(FoldedHash("@"), FoldedHash("`"));  // 0x40 and 0x60: only letters fold
  EXPECT_NE(FoldedHash("["), FoldedHash("{"));
}

TEST(Tokenizer, MatchesReferenceOnRandomText) {
  std::mt19937 random(11);
  const std::string alphabet[] = {"a", "Z", "q", "0", "9", " ", "\n", "\t", "\r", ".", "'", "-",
                                  "@", "[", "`", "{", "\xC5\x8D", "\xE2\x80\x99", "Abcdefghijklmnop"};
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int pieces = random() % 80;
    for (int i = 0; i < pieces; ++i) text += alphabet[random() % std::size(alphabet)];
    ExpectMatchesReference(text, random() % 1000);
    if (HasFatalFailure()) return;
  }
}

// Words of 1 to 16 bytes are hashed without a loop when 16 bytes can be read
// from their start, and a word open at the end of a 64-byte block is closed
// in a later one: every length around the 8- and 16-byte chunk edges, words
// that fill a block or two, each at every distance from the end of the text
// and of a block.
TEST(Tokenizer, MatchesReferenceForEveryWordLength) {
  std::string letters;
  while (letters.size() < 140) letters += "Ab3\xC5\x8D" "cDEf9gHijKLmnOP0qrsTuvwXyz12";
  std::vector<size_t> lengths;
  for (size_t length = 1; length <= 24; ++length) lengths.push_back(length);
  for (size_t length : {63, 64, 65, 127, 128, 129}) lengths.push_back(length);
  for (size_t length : lengths) {
    for (const std::string& word : {letters.substr(0, length), std::string(length, '7')}) {
      for (size_t lead = 40; lead <= 90; ++lead) {
        for (const std::string& tail : {std::string(), std::string(" ."), std::string(80, ' ') + "x"}) {
          ExpectMatchesReference(std::string(lead, ' ') + word + tail, 0);
          if (HasFatalFailure()) return;
        }
      }
    }
  }
}

}  // namespace
}  // namespace communique::match
