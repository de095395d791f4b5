// The rules layer: typed reads with file:line errors, rule packs from
// folders (symbolic links, overlays), and every rule's examples run by
// Engine::CheckExamples (what `communique rules check` runs).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "communique/pipeline.h"
#include "testing/test_engine.h"

namespace communique {
namespace {
namespace fs = std::filesystem;

// The embedded pack with `line` appended to the file at `path`.
RulePack WithLine(const std::string& path, const std::string& line) {
  std::vector<RuleFile> files = RulePack::Embedded().files();
  for (RuleFile& file : files) {
    if (file.path == path) file.content += "\n" + line + "\n";
  }
  return RulePack::FromFiles(std::move(files));
}

// "<embedded>/dates/lexicon.jsonl:107": where WithLine's line lands.
std::string WhereAppended(const std::string& path) {
  const RuleFile* file = RulePack::Embedded().Find(path);
  int lines = static_cast<int>(std::count(file->content.begin(), file->content.end(), '\n'));
  bool ends_with_newline = !file->content.empty() && file->content.back() == '\n';
  return "<embedded>/" + path + ":" + std::to_string(lines + (ends_with_newline ? 2 : 1));
}

struct RuleCase {
  const char* path;
  std::string line;
  std::string expected;  // after "file:line: "
};

// Every wrong type or value is a file:line error, never an exception
// (nlohmann's type_error crashed `priority: "high"` and `case_sensitive: "yes"`).
TEST(Rules, WrongTypesAndValuesAreFileLineErrors) {
  const std::vector<RuleCase> cases = {
      {"dates/patterns.jsonl",
       R"({"id": "x-high", "pattern": "\\d{4}", "type": "DATE", "value": "{year}", "priority": "high", "examples": ["2025"]})",
       "\"priority\" must be an integer"},
      {"dates/lexicon.jsonl", R"({"id": "x-yes", "kind": "anchor", "words": ["foo"], "case_sensitive": "yes"})",
       "\"case_sensitive\" must be true or false"},
      {"dates/lexicon.jsonl", R"({"id": "x-value", "kind": "month", "words": ["foo"], "value": "3"})",
       "\"value\" must be an integer"},
      {"dates/patterns.jsonl",
       R"({"id": "x-also", "pattern": "\\d{4}", "type": "DATE", "value": "{year}", "also": {"type": 1, "value": "x"}, "examples": ["2025"]})",
       "\"also.type\" must be a string"},
      {"dates/patterns.jsonl",
       R"({"id": "x-style", "pattern": "\\d{4}", "type": "DATE", "value": "{year}", "style": "iso", "examples": ["2025"]})",
       "\"style\" must be \"us\" or \"day_first\""},
      {"segment/sections.jsonl", R"({"id": "x-match", "heading": "Annex", "match": "maybe"})",
       "\"match\" must be exact or prefix"},
      {"segment/abbreviations.jsonl", R"({"id": "x-abbr", "abbreviation": ["Dr"], "kind": "never_final"})",
       "\"abbreviation\" must be a string"},
      {"actors/countries.jsonl", R"({"id": "XX", "type": "country", "name": "X", "aliases": 5})",
       "\"aliases\" must be a string or a list of strings"},
      {"actors/office_holders.jsonl",
       R"({"id": "x-y", "name": "X Y", "names": ["X Y"], "surnames": ["Y"], "offices": [{"role": 1, "affiliation": "JP", "from": "2020-01-01"}]})",
       "\"offices[0].role\" must be a string"},
      {"actors/office_holders.jsonl",
       R"({"id": "x-z", "name": "X Z", "names": ["X Z"], "surnames": ["Z"], "offices": "PM"})",
       "\"offices\" must be a list of objects"},
      {"actors/patterns.jsonl", R"({"id": "x-kind", "kind": "guess"})", "unknown kind \"guess\""},
      {"topics/taxonomy.jsonl", R"({"id": "x-topic", "topic": "x", "label": "X", "terms": [1]})",
       "\"terms\" must be a string or a list of strings"},
      {"commitments/triggers.jsonl", R"({"id": "x-trigger", "type": "agree", "base": {"agree": 1}})",
       "\"base\" must be a string or a list of strings"},
      {"commitments/grammar.jsonl", R"({"id": "x-grammar", "class": "modal", "words": "will", "actor": 3})",
       "\"actor\" must be a string"},
      {"english/s_forms.jsonl", R"({"id": "x-form", "base": "cactus", "s_form": ["cacti"]})",
       "\"s_form\" must be a string"},
      {"english/s_forms.jsonl", R"({"id": "x-form", "base": "cactus", "plural": "cacti"})",
       "unknown field \"plural\""},
      {"english/s_forms.jsonl", R"({"id": "x-form", "base": "Cactus", "s_form": "cacti"})",
       "\"base\" and \"s_form\" must be words of lowercase letters a-z"},
      {"english/s_forms.jsonl", R"({"id": "x-form", "base": "crisis", "s_form": "crisises"})",
       "\"crisis\" already has an -s form at <embedded>/english/s_forms.jsonl:"},
  };
  for (const RuleCase& c : cases) {
    SCOPED_TRACE(c.line);
    auto engine = Engine::Create(WithLine(c.path, c.line), {});
    ASSERT_FALSE(engine.ok());
    EXPECT_NE(engine.status().message().find(WhereAppended(c.path) + ": " + c.expected), std::string::npos)
        << engine.status().message();
  }
}

TEST(Rules, EmbeddedExamplesBehave) {
  Status status = testing::DefaultEngine().CheckExamples();
  EXPECT_TRUE(status.ok()) << status.message();
}

// An example that cannot fire is an error with its file and line, in every family.
TEST(Rules, ExampleThatCannotFireIsAnError) {
  const std::vector<RuleCase> cases = {
      {"segment/abbreviations.jsonl",
       R"({"id": "x-abbr", "abbreviation": "Xyz.", "kind": "never_final", "examples": ["It ended. Then more."]})",
       "example \"It ended. Then more.\" is not one sentence"},
      {"segment/sections.jsonl", R"({"id": "x-section", "heading": "Annex", "match": "exact", "examples": ["Appendix"]})",
       "example \"Appendix\" opens no background section"},
      {"actors/countries.jsonl",
       R"({"id": "XQ", "type": "country", "name": "Xq", "aliases": ["Xqland"], "examples": ["Yqland"]})",
       "example \"Yqland\" does not find XQ"},
      {"actors/titles.jsonl", R"({"id": "x-title", "title": "Grand Vizier", "examples": ["the vizier"]})",
       "example \"the vizier\" gives no person with the role \"Grand Vizier\""},
      {"topics/taxonomy.jsonl",
       R"({"id": "x-topic", "topic": "x_topic", "label": "X", "terms": ["zebra crossing"], "examples": ["They met."]})",
       "example \"They met.\" does not give the topic x_topic"},
      {"topics/taxonomy.jsonl",
       R"({"id": "x-topic2", "topic": "x_topic2", "label": "X", "terms": ["zebra"], "counter_examples": ["A zebra."]})",
       "example \"A zebra.\" gives the topic x_topic2"},
      {"commitments/triggers.jsonl",
       R"({"id": "x-trigger", "type": "agree", "base": ["concur"], "past": ["concurred"], "examples": ["They met."]})",
       "example \"They met.\" does not fire x-trigger"},
      {"english/s_forms.jsonl", R"({"id": "x-form", "base": "cactus", "s_form": "cacti", "examples": ["Two cactuses."]})",
       "example \"Two cactuses.\" does not use \"cacti\""},
  };
  for (const RuleCase& c : cases) {
    SCOPED_TRACE(c.line);
    auto engine = Engine::Create(WithLine(c.path, c.line), {});
    ASSERT_TRUE(engine.ok()) << engine.status().message();
    Status status = (*engine)->CheckExamples();
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.message().find(WhereAppended(c.path) + ": " + c.expected), std::string::npos)
        << status.message();
  }
}

// A user adds a plural by editing data: the topics' lexicon takes the listed
// form for a term's last word (which the regular rules would not make: a
// term ending in s gets no plural), and the default list's forms apply too.
TEST(Rules, IrregularFormsAreData) {
  std::vector<RuleFile> files = RulePack::Embedded().files();
  for (RuleFile& file : files) {
    if (file.path == "english/s_forms.jsonl") {
      file.content += R"({"id": "x-form", "base": "cactus", "s_form": "cacti", "examples": ["Two cacti."]})" "\n";
    }
    if (file.path == "topics/taxonomy.jsonl") {
      file.content += R"({"id": "x-topic", "topic": "x_topic", "label": "X", "terms": ["desert cactus"]})" "\n";
    }
  }
  auto engine = Engine::Create(RulePack::FromFiles(std::move(files)), {});
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  EXPECT_TRUE((*engine)->CheckExamples().ok());
  auto topics_of = [&](const std::string& text) {
    InputDocument input;
    input.bytes = text;
    std::vector<std::string> ids;
    for (const Topic& topic : (*engine)->Process(std::move(input)).topics) ids.push_back(topic.id);
    return ids;
  };
  EXPECT_EQ(topics_of("They planted desert cacti."), std::vector<std::string>{"x_topic"});
  EXPECT_EQ(topics_of("They planted desert cactuses."), std::vector<std::string>{});
  const std::vector<std::string> crises = topics_of("They discussed climate crises.");
  EXPECT_NE(std::find(crises.begin(), crises.end(), "climate"), crises.end());
}

class RuleFolderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("communique-rules-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                                        "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const fs::path& path, const std::string& content) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
  }
  fs::path dir_;
};

// A rule file that is a symbolic link is read like the file (it used to be
// counted but filed under its target's path, so no family read it).
TEST_F(RuleFolderTest, SymlinkedRuleFileIsRead) {
  Write(dir_ / "elsewhere/mine.jsonl",
        R"({"id": "x-sym", "topic": "zebras", "label": "Zebras", "terms": ["zebra"]})" "\n");
  fs::create_directories(dir_ / "pack/topics");
  fs::create_symlink(dir_ / "elsewhere/mine.jsonl", dir_ / "pack/topics/mine.jsonl");
  Result<RulePack> pack = RulePack::LoadOverlay((dir_ / "pack").string());
  ASSERT_TRUE(pack.ok()) << pack.status().message();
  ASSERT_NE(pack->Find("topics/mine.jsonl"), nullptr);
  auto engine = Engine::Create(*pack, {});
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  InputDocument input;
  input.bytes = "A zebra crossed.";
  Document doc = (*engine)->Process(std::move(input));
  ASSERT_EQ(doc.topics.size(), 1u);
  EXPECT_EQ(doc.topics[0].id, "zebras");
}

// An overlay holds only the files that change: a file at a default path
// replaces it, a new one adds rules, the rest is the default pack.
TEST_F(RuleFolderTest, OverlayReplacesAndAdds) {
  Write(dir_ / "topics/taxonomy.jsonl",
        R"({"id": "x-only", "topic": "zebras", "label": "Zebras", "terms": ["zebra"], "examples": ["A zebra."]})" "\n");
  Write(dir_ / "topics/more.jsonl", R"({"id": "x-more", "topic": "lions", "label": "Lions", "terms": ["lion"]})" "\n");
  Result<RulePack> pack = RulePack::LoadOverlay(dir_.string());
  ASSERT_TRUE(pack.ok()) << pack.status().message();
  EXPECT_EQ(pack->files().size(), RulePack::Embedded().files().size() + 1);
  auto engine = Engine::Create(*pack, {});
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  EXPECT_TRUE((*engine)->CheckExamples().ok()) << (*engine)->CheckExamples().message();
  InputDocument input;
  input.bytes = "Japan and the EU discussed a zebra, a lion and artificial intelligence.";
  Document doc = (*engine)->Process(std::move(input));
  std::vector<std::string> topics;
  for (const Topic& t : doc.topics) topics.push_back(t.id);
  EXPECT_EQ(topics, (std::vector<std::string>{"lions", "zebras"}));  // "ai" was replaced
  EXPECT_EQ(doc.actors.size(), 2u);  // the default actors stay
}

// A file at a path that no family reads ("topic/" for "topics/", a dates
// file whose name starts with no default file's) is an error naming it: it
// used to be counted among the pack's files and change nothing.
TEST_F(RuleFolderTest, OverlayFileNoFamilyReadsIsAnError) {
  const std::string topic = R"({"id": "x-t", "topic": "zebras", "label": "Zebras", "terms": ["zebra"]})" "\n";
  Write(dir_ / "topic/mine.jsonl", topic);
  Write(dir_ / "dates/mine.jsonl", "# no rules yet\n");
  Write(dir_ / "topics/mine.jsonl", topic);  // read: every file under topics/
  Result<RulePack> pack = RulePack::LoadOverlay(dir_.string());
  ASSERT_TRUE(pack.ok()) << pack.status().message();
  auto engine = Engine::Create(*pack, {});
  ASSERT_FALSE(engine.ok());
  const std::string& message = engine.status().message();
  for (const char* path : {"topic/mine.jsonl", "dates/mine.jsonl"}) {
    EXPECT_NE(message.find((dir_ / path).generic_string() + ": no rule family reads a file at this path"),
              std::string::npos)
        << message;
  }
  EXPECT_EQ(message.find("topics/mine.jsonl"), std::string::npos) << message;
  EXPECT_NE(message.find("dates/patterns, "), std::string::npos) << message;
}

TEST_F(RuleFolderTest, FolderWithoutRuleFilesIsOneClearError) {
  Write(dir_ / "notes.txt", "not a rule file");
  for (auto load : {&RulePack::LoadDirectory, &RulePack::LoadOverlay}) {
    Result<RulePack> pack = load(dir_.string());
    ASSERT_FALSE(pack.ok());
    EXPECT_EQ(pack.status().message().find("no rule files in " + dir_.string()), 0u) << pack.status().message();
  }
}

}  // namespace
}  // namespace communique
