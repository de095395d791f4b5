#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "communique/pipeline.h"
#include "communique/serialize.h"

namespace communique {
namespace {

TEST(Engine, CompilesEmbeddedRules) {
  auto engine = Engine::Create(RulePack::Embedded(), {});
  ASSERT_TRUE(engine.ok()) << engine.status().ToString();
}

// ProcessBatch runs stage by stage across documents: each document must come
// out exactly as Process makes it alone, binary and empty ones included, and
// a dateline found in one document must not leak into the next.
TEST(Engine, ProcessBatchEqualsProcessOneByOne) {
  auto engine = Engine::Create(RulePack::Embedded(), {});
  ASSERT_TRUE(engine.ok()) << engine.status().ToString();
  std::vector<InputDocument> inputs(5);
  inputs[0].id = "dateline";
  inputs[0].bytes = "BRUSSELS, 3 March 2026 - The EU and Japan agreed today to launch talks.";
  inputs[1].id = "no-date";
  inputs[1].bytes = "They will meet again next week in Tokyo.";
  inputs[2].id = "binary";
  inputs[2].bytes = std::string("\x7f" "ELF\0\0\0\x01\x02\x03", 10) + std::string(200, '\0');
  inputs[3].id = "empty";
  inputs[4].id = "markdown";
  inputs[4].format = Format::kMarkdown;
  inputs[4].published = "2025-05-13";
  inputs[4].published_source = PublishedSource::kCli;
  inputs[4].bytes = "# Joint Statement\n\n**Leaders** pledged $5 billion by 2030.\n";
  std::vector<Document> batch = (*engine)->ProcessBatch(inputs);
  ASSERT_EQ(batch.size(), inputs.size());
  for (size_t i = 0; i < inputs.size(); ++i) {
    EXPECT_EQ(ToJson(batch[i]), ToJson((*engine)->Process(inputs[i]))) << inputs[i].id;
  }
  EXPECT_TRUE((*engine)->ProcessBatch({}).empty());
}

}  // namespace
}  // namespace communique
