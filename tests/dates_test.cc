// Dates (SPEC 5): a table of expressions with reference dates and expected
// values (tests/data/dates_cases.jsonl), the rules' own examples, the
// dateline, rule errors, and the seed gold.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "communique/pipeline.h"
#include "communique/rules.h"
#include "testing/test_engine.h"

namespace communique {
namespace {

using testing::ReadFile;
using testing::RunPipeline;

struct DateCase {
  std::string text;
  std::optional<std::string> published;
  std::string profile;
  std::string span;  // empty: the text holds no date at all
  std::string type, value, mod;
};

std::vector<DateCase> LoadCases() {
  std::vector<DateCase> cases;
  std::istringstream in(ReadFile(std::string(COMMUNIQUE_SOURCE_DIR) + "/tests/data/dates_cases.jsonl"));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto j = nlohmann::json::parse(line);
    DateCase c;
    c.text = j.at("text");
    if (!j.at("published").is_null()) c.published = j.at("published").get<std::string>();
    c.profile = j.value("profile", "default");
    c.span = j.at("span");
    c.type = j.at("type");
    c.value = j.at("value");
    c.mod = j.at("mod");
    cases.push_back(std::move(c));
  }
  return cases;
}

std::string Describe(const Document& doc) {
  std::string out;
  for (const DateExpr& d : doc.dates) {
    out += " [" + std::string(doc.OriginalText(d.span)) + " " + d.type + " " + d.value +
           (d.mod.empty() ? "" : " " + d.mod) + " " + d.rule + "]";
  }
  return out.empty() ? " (none)" : out;
}

TEST(DatesTable, EveryCaseFindsItsExpectedDate) {
  std::vector<DateCase> cases = LoadCases();
  ASSERT_GE(cases.size(), 300u);
  int negatives = 0;
  for (const DateCase& c : cases) {
    Document doc = RunPipeline(c.text, c.published, Format::kText, c.profile);
    SCOPED_TRACE(c.text + " (published " + c.published.value_or("none") + ", " + c.profile +
                 ") ->" + Describe(doc));
    if (c.span.empty()) {
      ++negatives;
      EXPECT_TRUE(doc.dates.empty());
      continue;
    }
    const DateExpr* found = nullptr;
    for (const DateExpr& d : doc.dates) {
      if (doc.OriginalText(d.span) == c.span) found = &d;
    }
    ASSERT_NE(found, nullptr) << "no date spans \"" << c.span << "\"";
    EXPECT_EQ(found->type, c.type);
    EXPECT_EQ(found->value, c.value);
    EXPECT_EQ(found->mod, c.mod);
    EXPECT_FALSE(found->rule.empty());
  }
  EXPECT_GE(negatives, 30);
}

// Every pattern in rules/dates carries examples, and each example, run
// through the whole pipeline, yields a date from that very rule; every
// counter-pattern example yields no date at all.
TEST(DatesRules, EveryRuleHasExamplesThatMatch) {
  int checked = 0;
  for (const RuleFile* file : RulePack::Embedded().FilesUnder("dates/")) {
    bool patterns = file->path.find("dates/patterns") == 0;
    bool counters = file->path.find("dates/not_dates") == 0;
    if (!patterns && !counters) continue;
    std::istringstream in(file->content);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      auto rule = nlohmann::json::parse(line);
      std::string id = rule.at("id");
      std::string profile = rule.value("profile", "default");
      ASSERT_TRUE(rule.contains("examples")) << id;
      ASSERT_FALSE(rule.at("examples").empty()) << id;
      for (const std::string example : rule.at("examples")) {
        Document doc = RunPipeline(example, "2025-05-12", Format::kText, profile);
        SCOPED_TRACE(id + ": \"" + example + "\" ->" + Describe(doc));
        if (counters) {
          EXPECT_TRUE(doc.dates.empty());
        } else {
          bool hit = false;
          for (const DateExpr& d : doc.dates) hit = hit || d.rule == id;
          EXPECT_TRUE(hit);
        }
        ++checked;
      }
      // A pattern's counter-examples yield no date of that rule; a
      // counter-pattern's are dates it must leave alone.
      for (const std::string example : rule.value("counter_examples", nlohmann::json::array())) {
        Document doc = RunPipeline(example, "2025-05-12", Format::kText, profile);
        SCOPED_TRACE(id + ": counter-example \"" + example + "\" ->" + Describe(doc));
        if (counters) EXPECT_FALSE(doc.dates.empty());
        for (const DateExpr& d : doc.dates) EXPECT_NE(d.rule, id);
      }
    }
  }
  EXPECT_GT(checked, 100);
}

TEST(DatesDateline, FindsTheDateOfADatelineWhenNoneWasGiven) {
  struct Case {
    const char* text;
    const char* expected;  // "" for none
  };
  const Case cases[] = {
      {"BRUSSELS, 3 March 2026 - The EU and Japan met today.", "2026-03-03"},
      {"Tokyo, 12 May 2025 - The Council met.", "2025-05-12"},
      {"EU and Japan hold talks\nWASHINGTON, D.C. - May 12, 2025\nThe leaders met today.", "2025-05-12"},
      {"The partners met on 3 March 2026, and agreed to cooperate.", ""},
      {"The partners met today.", ""},
  };
  for (const Case& c : cases) {
    Document doc = RunPipeline(c.text);
    if (*c.expected) {
      ASSERT_TRUE(doc.published.has_value()) << c.text;
      EXPECT_EQ(*doc.published, c.expected) << c.text;
      EXPECT_EQ(doc.published_source, PublishedSource::kDateline);
    } else {
      EXPECT_FALSE(doc.published.has_value()) << c.text;
    }
  }
  // The dateline then anchors relative dates.
  Document doc = RunPipeline("Tokyo, 12 May 2025 - The Council met today.");
  bool today = false;
  for (const DateExpr& d : doc.dates) today = today || (d.value == "2025-05-12" && d.rule == "deictic-today");
  EXPECT_TRUE(today) << Describe(doc);
}

// A broken date rule names its file and line.
TEST(DatesRules, ErrorsNameFileAndLine) {
  const std::vector<std::pair<std::string, std::string>> broken = {
      {R"json({"id": "bad", "pattern": "(unclosed", "type": "DATE", "value": "{year}", "examples": ["x"]})json",
       "bad pattern"},
      {R"json({"id": "bad", "pattern": "\\d{4}", "type": "DATE", "value": "{nope}", "examples": ["2025"]})json",
       "capture group"},
      {R"json({"id": "bad", "pattern": "(?P<year>\\d{4})", "type": "DATE", "value": "{year}", "examples": ["none"]})json",
       "does not match"},
      {R"json({"id": "bad", "pattern": "{NOPE}", "type": "DATE", "value": "x", "examples": ["x"]})json",
       "unknown macro"},
      {R"json({"id": "bad", "pattern": "x", "type": "DATE", "value": "x", "examples": ["x"], "typo": 1})json",
       "typo"},
  };
  for (const auto& [line, reason] : broken) {
    std::vector<RuleFile> files = RulePack::Embedded().files();
    for (RuleFile& f : files) {
      if (f.path == "dates/patterns.jsonl") f.content = "# comment\n" + line + "\n";
    }
    auto engine = Engine::Create(RulePack::FromFiles(files), {});
    ASSERT_FALSE(engine.ok()) << line;
    std::string message = engine.status().ToString();
    EXPECT_NE(message.find("dates/patterns.jsonl:2"), std::string::npos) << message;
    EXPECT_NE(message.find(reason), std::string::npos) << message;
  }
}

TEST(DatesGold, SeedDocumentMatchesItsGold) {
  auto shared = testing::SharedDir();
  if (!shared) GTEST_SKIP() << "no ../shared";
  auto dir = *shared / "gold";
  auto gold = nlohmann::json::parse(ReadFile(dir / "eu-japan-dpc3-2025.gold.json"));
  Document doc = RunPipeline(ReadFile(dir / "eu-japan-dpc3-2025.txt"), gold.at("published"));
  ASSERT_EQ(doc.dates.size(), gold.at("dates").size()) << Describe(doc);
  for (size_t i = 0; i < doc.dates.size(); ++i) {
    const auto& g = gold.at("dates")[i];
    EXPECT_EQ(doc.offsets.OriginalBegin(doc.dates[i].span.begin), g.at("start").get<uint32_t>());
    EXPECT_EQ(doc.offsets.OriginalEnd(doc.dates[i].span.end), g.at("end").get<uint32_t>());
    EXPECT_EQ(doc.dates[i].type, g.at("type"));
    EXPECT_EQ(doc.dates[i].value, g.at("value"));
  }
}

}  // namespace
}  // namespace communique
