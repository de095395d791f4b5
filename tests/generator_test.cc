// Provenance in every record: "generator" (library version, rule pack id and
// content hash).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "communique/pipeline.h"
#include "communique/serialize.h"
#include "testing/test_engine.h"

namespace communique {
namespace {

TEST(Generator, RecordsNameTheProgramAndRulePack) {
  InputDocument input{.id = "x", .bytes = "The EU and Japan agreed today to cooperate on AI."};
  Document doc = testing::DefaultEngine().Process(input);
  auto record = nlohmann::json::parse(ToJson(doc));
  EXPECT_EQ(record["generator"]["program"], "communique");
  EXPECT_EQ(record["generator"]["version"], testing::DefaultEngine().generator().version);
  EXPECT_EQ(record["generator"]["rules"]["id"], "default");
  EXPECT_EQ(record["generator"]["rules"]["hash"], RulePack::Embedded().ContentHash());
  // Written right after "length", before the lists.
  std::string json = ToJson(doc);
  EXPECT_LT(json.find("\"length\""), json.find("\"generator\""));
  EXPECT_LT(json.find("\"generator\""), json.find("\"segments\""));
}

TEST(Generator, HandMadeDocumentsHaveNone) {
  Document doc;
  doc.id = "hand";
  auto record = nlohmann::json::parse(ToJson(doc));
  EXPECT_FALSE(record.contains("generator"));
}

TEST(Generator, ErrorRecordsCarryIt) {
  Generator generator{"9.9.9", "mine", "fnv1a64:0000000000000001"};
  InputDocument input{.id = "a"};
  auto record = nlohmann::json::parse(ErrorRecordJson(input, "cannot read", &generator));
  EXPECT_EQ(record["generator"]["rules"]["id"], "mine");
  EXPECT_EQ(record["error"]["message"], "cannot read");
  EXPECT_FALSE(nlohmann::json::parse(ErrorRecordJson(input, "m")).contains("generator"));
}

TEST(Generator, ContentHashFollowsContentNotLocation) {
  std::vector<RuleFile> files = {{"b.jsonl", "x/b.jsonl", "{}\n"}, {"a.jsonl", "x/a.jsonl", "{\"id\":1}\n"}};
  const std::string hash = RulePack::FromFiles(files).ContentHash();
  EXPECT_EQ(hash.size(), std::string("fnv1a64:").size() + 16);
  EXPECT_EQ(hash.rfind("fnv1a64:", 0), 0u);
  std::vector<RuleFile> reordered = {files[1], files[0]};
  reordered[0].display = "elsewhere/a.jsonl";
  EXPECT_EQ(RulePack::FromFiles(reordered, "other").ContentHash(), hash);
  files[0].content = "{} \n";
  EXPECT_NE(RulePack::FromFiles(files).ContentHash(), hash);
  // A file's name is part of the pack: moving content between files changes the hash.
  std::vector<RuleFile> renamed = {{"c.jsonl", "", "{}\n"}, {"a.jsonl", "", "{\"id\":1}\n"}};
  EXPECT_NE(RulePack::FromFiles(renamed).ContentHash(), hash);
  // FNV-1a 64 of "" is its offset basis: the documented algorithm, checkable by hand.
  EXPECT_EQ(RulePack::FromFiles({}).ContentHash(), "fnv1a64:cbf29ce484222325");
}

TEST(Generator, LoadedPackIsNamedByItsDirectory) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "communique-generator-test" / "my-rules";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "x.jsonl") << "\n";
  for (const std::string& given : {dir.string(), dir.string() + "/"}) {
    auto pack = RulePack::LoadDirectory(given);
    ASSERT_TRUE(pack.ok()) << pack.status().ToString();
    EXPECT_EQ(pack->id(), "my-rules") << given;
  }
  std::filesystem::remove_all(dir.parent_path());
}

}  // namespace
}  // namespace communique
