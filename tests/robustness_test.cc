// Hostile and degenerate input through the whole pipeline: nothing crashes,
// nothing is dropped, and the work stays bounded (ctest's timeout catches a
// hang; the measured worst cases are in tests/fuzz/README.md).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "communique/serialize.h"
#include "core/thread_scratch.h"
#include "testing/test_engine.h"

namespace communique {
namespace {

using testing::RunPipeline;

std::string Repeat(const std::string& piece, size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (size_t i = 0; i < times; ++i) out += piece;
  return out;
}

// Every span of the output lies inside the document, and the JSON parses.
void ExpectSaneOutput(const Document& doc) {
  auto json = nlohmann::json::parse(ToJson(doc), nullptr, false);
  ASSERT_FALSE(json.is_discarded());
  const int64_t length = json["length"];
  std::function<void(const nlohmann::json&)> visit = [&](const nlohmann::json& value) {
    if (value.is_object()) {
      if (value.contains("start") && value.contains("end")) {
        ASSERT_LE(value["start"].get<int64_t>(), value["end"].get<int64_t>());
        ASSERT_LE(value["end"].get<int64_t>(), length);
      }
      for (const auto& item : value.items()) visit(item.value());
    } else if (value.is_array()) {
      for (const auto& item : value) visit(item);
    }
  };
  visit(json);
}

struct HostileCase {
  const char* name;
  std::string text;
  Format format;
};

TEST(Robustness, HostileDocuments) {
  const std::vector<HostileCase> cases = {
      {"empty", "", Format::kText},
      {"white space only", " \n\t\n   \n", Format::kText},
      {"May x 2 MB", Repeat("May ", 500000), Format::kText},
      {"dashes x 1 MB", std::string(1 << 20, '-'), Format::kText},
      {"100,000 bullet lines", Repeat("- item\n", 100000), Format::kMarkdown},
      {"one 1 MB line of words", Repeat("the EU and Japan agreed ", 44000), Format::kText},
      {"deep emphasis", Repeat("*", 100000) + "x" + Repeat("_", 100000), Format::kMarkdown},
      {"unclosed links", Repeat("[a](", 50000), Format::kMarkdown},
      {"unclosed tags", Repeat("<sup", 50000), Format::kMarkdown},
      {"numbers", Repeat("12.05.2025 13/05/2025 2025-05-13 ", 20000), Format::kText},
      // Dates of unequal lengths: the selection meets them out of text order
      // (a vector kept sorted by insertion was quadratic here: 13.5 s for 5 MB).
      {"mixed dates", Repeat("May 3, 2025 2024 12 June 2023 March 2021 Monday 1999 ", 25000), Format::kText},
      {"titles without names", Repeat("Prime Minister President Minister ", 30000), Format::kText},
      {"quotes", Repeat("\"'\" ", 100000), Format::kText},
      // One sentence of many quotations saying "we": their speakers were read from the
      // sentence's start each time (46 s for 20,000 of them; ctest's timeout for these).
      {"quoted we", "Japan and Canada met and " + Repeat("Joly said, \"we will act\" and ", 80000) + ".",
       Format::kText},
      {"combining marks", "e" + Repeat("\xCC\x81", 100000), Format::kText},
  };
  for (const HostileCase& c : cases) {
    SCOPED_TRACE(c.name);
    Document doc = RunPipeline(c.text, "2025-05-12", c.format);
    ExpectSaneOutput(doc);
  }
}

TEST(Robustness, ManyTinyDocuments) {
  // 100,000 tiny documents through one engine: each gets its own record.
  size_t records = 0;
  for (int i = 0; i < 100000; ++i) {
    Document doc = RunPipeline(i % 2 ? "EU." : "", "2025-05-12");
    records += !ToJson(doc).empty();
  }
  EXPECT_EQ(records, 100000u);
}

}  // namespace
}  // namespace communique

namespace communique {
namespace {

// Hostile rules: a pack with one extra line appended to one file must fail
// to compile with file:line and a reason, never crash.
struct HostileRuleCase {
  const char* file;
  std::string line;
  const char* expected;  // part of the error message
};

TEST(Robustness, HostileRules) {
  const std::vector<HostileRuleCase> cases = {
      {"dates/patterns.jsonl",
       R"json({"id": "x-rejected", "pattern": "(unclosed", "type": "DATE", "value": "2025", "examples": ["2025"]})json",
       "patterns.jsonl:"},
      // Nested counted repetitions beyond RE2's limit of 1000.
      {"dates/patterns.jsonl",
       R"json({"id": "x-repeat", "pattern": "((((a{100}){100}){100}){100})", "type": "DATE", "value": "2025", "examples": ["2025"]})json",
       "invalid repetition size"},
      // Parses, but its program exceeds RE2's memory budget (forty optional
      // runs of 1000 Unicode letters).
      {"dates/patterns.jsonl",
       R"json({"id": "x-too-big", "pattern": "2025)json" + Repeat("(?:\\\\pL{1000})?", 40) +
           R"json(", "type": "DATE", "value": "2025", "examples": ["2025"]})json",
       "pattern too large"},
      {"segment/abbreviations.jsonl", R"json({"id": "abbr-dr", "abbreviation": "Dr", "kind": "never_final"})json",
       "duplicate rule id"},
      {"segment/abbreviations.jsonl", std::string(100000, '{'), "not a valid JSON object"},
      {"segment/sections.jsonl", "[1, 2]", "must be a JSON object"},
      // The segmenter folds candidate words into a 32-byte buffer.
      {"segment/abbreviations.jsonl",
       R"json({"id": "abbr-long", "abbreviation": ")json" + std::string(33, 'x') + R"json(", "kind": "never_final"})json",
       "must have 1 to 32 bytes"},
      {"segment/openers.jsonl", R"json({"id": "openers-long", "words": [")json" + std::string(33, 'x') + R"json("]})json",
       "at most 32 bytes"},
  };
  for (const HostileRuleCase& c : cases) {
    SCOPED_TRACE(c.line.substr(0, 60));
    std::vector<RuleFile> files = RulePack::Embedded().files();
    bool found = false;
    for (RuleFile& file : files) {
      if (file.path != c.file) continue;
      file.content += "\n" + c.line + "\n";
      found = true;
    }
    ASSERT_TRUE(found) << c.file;
    auto engine = Engine::Create(RulePack::FromFiles(std::move(files)), {});
    ASSERT_FALSE(engine.ok());
    EXPECT_NE(engine.status().message().find(c.expected), std::string::npos)
        << engine.status().message();
  }
}

// The per-thread scratch of a stage is dropped once a huge document has
// sized it, and kept otherwise (its capacity is what makes it worth having).
TEST(Robustness, ThreadScratchDropsOnlyOversizedCapacity) {
  struct Scratch {
    std::vector<uint32_t> per_token;
    std::vector<int> other;
    void Clear() { other.clear(); }
    size_t TokenCapacity() const { return per_token.capacity(); }
  };
  Scratch& scratch = ThreadScratch<Scratch>();
  scratch.per_token.reserve(kScratchKeepTokens);
  scratch.other.assign(100, 1);
  EXPECT_EQ(&ThreadScratch<Scratch>(), &scratch);  // one per thread
  EXPECT_EQ(scratch.per_token.capacity(), kScratchKeepTokens);
  EXPECT_TRUE(scratch.other.empty());  // cleared, capacity kept
  EXPECT_GE(scratch.other.capacity(), 100u);
  scratch.per_token.reserve(kScratchKeepTokens + 1);
  ThreadScratch<Scratch>();
  EXPECT_EQ(scratch.per_token.capacity(), 0u);
  EXPECT_EQ(scratch.other.capacity(), 0u);
}

TEST(Robustness, MissingRuleFamily) {
  std::vector<RuleFile> files;
  for (const RuleFile& file : RulePack::Embedded().files()) {
    if (file.path.rfind("topics/", 0) != 0) files.push_back(file);
  }
  auto engine = Engine::Create(RulePack::FromFiles(std::move(files)), {});
  ASSERT_FALSE(engine.ok());
  EXPECT_NE(engine.status().message().find("topics/"), std::string::npos) << engine.status().message();
}

}  // namespace
}  // namespace communique
