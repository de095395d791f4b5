#include "normalize/normalize.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "testing/test_engine.h"

namespace communique {
namespace {

struct NormalizeCase {
  std::string input;
  Format format;
  std::string expected_text;
};

TEST(Normalize, FoldingTable) {
  const std::vector<NormalizeCase> cases = {
      {"EU\u2019s \u201Cplan\u201D", Format::kText, "EU's \"plan\""},
      {"2025\u20132026 \u2014 yes\u2026", Format::kText, "2025-2026 - yes..."},
      {"a\u00A0b\u202Fc\u2009d", Format::kText, "a b c d"},
      {"zero\u200Bwidth soft\u00ADhyphen\uFEFF", Format::kText, "zerowidth softhyphen"},
      {"\uFB01nance \uFF21\uFF29", Format::kText, "finance AI"},  // NFKC: ligature, full width
      {"Ko\u0304no", Format::kText, "K\u014Dno"},                    // NFKC composes
      {"line\r\nbreak\rold", Format::kText, "line\nbreak\nold"},
      {std::string("nul\0byte", 8), Format::kText, "nul byte"},
      {"**Bold** and *em* and __u__", Format::kMarkdown, "Bold and em and u"},
      {"\\### end \\* star", Format::kMarkdown, "### end * star"},
      {"see [the text](https://x.org/a) now", Format::kMarkdown, "see the text now"},
      {"September 29<sup>th</sup>, 2022", Format::kMarkdown, "September 29, 2022"},
      {"a <b>tag</b> here", Format::kMarkdown, "a tag here"},
      {"* bullet stays\nsnake_case_name", Format::kMarkdown, "* bullet stays\nsnake_case_name"},
      // A '*' is a bullet after nothing but spaces on its line, at any line.
      {"a\n  * nested item\nb * c", Format::kMarkdown, "a\n  * nested item\nb  c"},
      {"**Bold** in text", Format::kText, "**Bold** in text"},  // plain text keeps asterisks
  };
  for (const NormalizeCase& c : cases) {
    Document doc;
    normalize::Normalize(c.input, c.format, doc);
    EXPECT_EQ(doc.text, c.expected_text) << c.input;
  }
}

// The offset map is monotone, within bounds, and every normalized character
// maps to original code points whose own normalization gives it back.
void CheckOffsetMap(const Document& doc, const std::string& context) {
  ASSERT_EQ(doc.offsets.size(), doc.text.size()) << context;
  ASSERT_EQ(doc.original_cp_bytes.size(), doc.original_length + 1u) << context;
  // The run-length code point offsets against a walk over the UTF-8 of the original.
  uint32_t cp = 0;
  for (uint32_t b = 0; b < doc.original.size(); ++b) {
    if ((static_cast<unsigned char>(doc.original[b]) & 0xC0) == 0x80) continue;
    ASSERT_EQ(doc.original_cp_bytes[cp++], b) << context << " code point " << cp - 1;
  }
  ASSERT_EQ(cp, doc.original_length) << context;
  ASSERT_EQ(doc.original_cp_bytes[cp], doc.original.size()) << context;
  uint32_t previous = 0;
  for (uint32_t p = 0; p <= doc.text.size(); ++p) {
    uint32_t begin = doc.offsets.OriginalBegin(p);
    ASSERT_GE(begin, previous) << context << " at " << p;
    ASSERT_LE(begin, doc.original_length) << context;
    ASSERT_LE(doc.offsets.OriginalEnd(p), doc.original_length) << context;
    if (p > 0) ASSERT_GE(doc.offsets.OriginalEnd(p), doc.offsets.OriginalBegin(p - 1)) << context;
    previous = begin;
  }
}

// The run-length OffsetMap against the obvious model: two code points per
// normalized byte. Appends mix identity runs that continue each other, ones
// that jump (deleted markup), one-byte and multi-byte expansions.
TEST(Normalize, OffsetMapMatchesPerByteModel) {
  std::mt19937 random(7);
  for (int round = 0; round < 200; ++round) {
    OffsetMap map;
    std::vector<uint32_t> begin, end;
    uint32_t cp = random() % 3;
    const int appends = random() % 40;
    for (int a = 0; a < appends; ++a) {
      const uint32_t count = 1 + random() % 4;
      cp += random() % 3 == 0 ? random() % 3 : 0;  // deleted code points
      if (random() % 2 == 0) {
        map.AppendIdentity(cp, count);
        for (uint32_t k = 0; k < count; ++k) {
          begin.push_back(cp + k);
          end.push_back(cp + k + 1);
        }
        cp += count;
      } else {
        const uint32_t width = 1 + random() % 3;
        map.Append(count, cp, cp + width);
        begin.insert(begin.end(), count, cp);
        end.insert(end.end(), count, cp + width);
        cp += width;
      }
    }
    const uint32_t length = cp + random() % 3;
    map.Finish(length);
    ASSERT_EQ(map.size(), begin.size());
    for (uint32_t p = 0; p <= begin.size() + 1; ++p) {
      const uint32_t want_begin = p < begin.size() ? begin[p] : length;
      const uint32_t want_end = p == 0 ? (begin.empty() ? 0 : begin[0]) : p <= end.size() ? end[p - 1] : length;
      ASSERT_EQ(map.OriginalBegin(p), want_begin) << "round " << round << " at " << p;
      ASSERT_EQ(map.OriginalEnd(p), want_end) << "round " << round << " at " << p;
    }
  }
}

void CheckTokenRoundTrip(const Document& doc, Format format, const std::string& context) {
  for (const Token& token : doc.tokens) {
    if (token.kind == Token::Kind::kPunct) continue;  // markup context changes punctuation
    Document again;
    normalize::Normalize(doc.OriginalText(token.span), Format::kText, again);
    std::string_view expected = doc.View(token.span);
    if (format == Format::kMarkdown && again.text != expected) continue;  // a token with markup inside
    ASSERT_EQ(again.text, expected) << context;
  }
}

TEST(Normalize, RandomBytesRoundTrip) {
  std::mt19937 random(20261127);
  const std::string alphabet[] = {"a", "Z", " ", "\n", "\xE2\x80\x99", "\xE2\x80\x94", "\xC2\xA0",
                                  "\xE2\x80\x8B", "\xC5\x8D", "o\xCC\x84", "\xFF", "\xC0\xAF",
                                  "\xED\xA0\x80", "*", "\\", "[", "]", "(", ")", "<", ">", "_",
                                  "#", "\xE2\x80\xA6", "\xEF\xAC\x81", std::string(1, '\0'), "\r"};
  int with_sentences = 0;
  for (int round = 0; round < 500; ++round) {
    std::string input;
    int pieces = random() % 60;
    // Mostly words, so that the binary guard rarely fires and the later stages run too.
    const std::string words[] = {"The ", "EU ", "agreed", ". ", "on 13 May", ", ", "- ", "Japan"};
    for (int i = 0; i < pieces; ++i) {
      input += random() % 4 == 0 ? alphabet[random() % std::size(alphabet)]
                                 : words[random() % std::size(words)];
    }
    for (Format format : {Format::kText, Format::kMarkdown}) {
      Document doc = testing::RunPipeline(input, std::nullopt, format);
      CheckOffsetMap(doc, "round " + std::to_string(round));
      if (!doc.sentences.empty()) ++with_sentences;
      for (const Sentence& s : doc.sentences) {
        ASSERT_LE(s.span.end, doc.text.size());
        ASSERT_LT(s.span.begin, s.span.end);
      }
    }
  }
  EXPECT_GT(with_sentences, 500);  // most inputs are text, not judged binary
}

TEST(Normalize, RealTextRoundTrip) {
  auto shared = testing::SharedDir();
  if (!shared) GTEST_SKIP() << "../shared is absent";
  int checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(*shared / "press/whitehouse")) {
    if (entry.path().extension() != ".txt" || ++checked > 40) continue;
    Document doc = testing::RunPipeline(testing::ReadFile(entry.path()), std::nullopt, Format::kMarkdown);
    CheckOffsetMap(doc, entry.path().string());
    CheckTokenRoundTrip(doc, Format::kMarkdown, entry.path().string());
  }
  Document seed = testing::RunPipeline(testing::ReadFile(*shared / "gold/eu-japan-dpc3-2025.txt"));
  CheckOffsetMap(seed, "seed");
  CheckTokenRoundTrip(seed, Format::kText, "seed");
}

struct RepairCase {
  std::string input;
  std::string original;  // the repaired original
  size_t warnings;
};

TEST(Normalize, RepairsInvalidUtf8) {
  const std::vector<RepairCase> cases = {
      {"ok", "ok", 0},
      {"a\xFF" "b", "a\uFFFD" "b", 1},
      {"overlong \xC0\xAF!", "overlong \uFFFD\uFFFD!", 2},
      {"surrogate \xED\xA0\x80.", "surrogate \uFFFD\uFFFD\uFFFD.", 3},
      {"cut \xE2\x80", "cut \uFFFD", 1},
      {std::string("nul\0here", 8), std::string("nul\0here", 8), 1},
  };
  for (const RepairCase& c : cases) {
    Document doc;
    normalize::Normalize(c.input, Format::kText, doc);
    EXPECT_EQ(doc.original, c.original);
    EXPECT_EQ(doc.diagnostics.size(), c.warnings) << c.input;
  }
}

TEST(Normalize, CapsRepairWarnings) {
  Document doc;
  normalize::Normalize(std::string(5000, '\xFF'), Format::kText, doc);
  EXPECT_EQ(doc.original_length, 5000u);
  EXPECT_LE(doc.diagnostics.size(), 21u);
}

TEST(Normalize, DetectsBinary) {
  EXPECT_TRUE(normalize::LooksBinary("%PDF-1.7\n..."));
  EXPECT_TRUE(normalize::LooksBinary(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
  EXPECT_TRUE(normalize::LooksBinary(std::string(100, '\0')));
  EXPECT_FALSE(normalize::LooksBinary("The EU and Japan met."));
  EXPECT_FALSE(normalize::LooksBinary(""));
  EXPECT_FALSE(normalize::LooksBinary(std::string("one stray \0 in text that is long enough", 40)));
  // More than a tenth of the characters: ASCII runs count character by character.
  EXPECT_TRUE(normalize::LooksBinary(std::string(44, 'a') + std::string(10, '\x01') + std::string(45, 'b')));
  EXPECT_FALSE(normalize::LooksBinary(std::string(45, 'a') + std::string(10, '\x01') + std::string(45, 'b')));
  EXPECT_FALSE(normalize::LooksBinary(std::string(40, 'a') + std::string(5, '\t') + std::string(5, '\x01') + std::string(39, '\n')));
  Document doc = testing::RunPipeline(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  ASSERT_FALSE(doc.diagnostics.empty());
  EXPECT_EQ(doc.diagnostics.back().level, Diagnostic::Level::kError);
}

}  // namespace
}  // namespace communique
