// The engine's stage contracts, and the public explain API.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "communique/explain.h"
#include "communique/pipeline.h"
#include "communique/serialize.h"
#include "core/stage.h"
#include "engine_stages.h"
#include "testing/test_engine.h"

namespace communique {
namespace {

using testing::DefaultStages;
using testing::RunPipeline;

TEST(Stages, EngineOrderKeepsEveryContract) {
  const std::vector<const Stage*>& order = DefaultStages().order();
  std::vector<std::string> names;
  for (const Stage* stage : order) names.emplace_back(stage->Name());
  EXPECT_EQ(names, (std::vector<std::string>{"segment", "tokenize", "dates", "actors", "topics",
                                             "commitments"}));
  EXPECT_TRUE(CheckStageOrder(order, EngineStages::kGiven).ok());
  // The commitments stage adds the parties the text does not name to the actors.
  EXPECT_EQ(order.back()->Amends(), Fields{kActors});
}

// A stage that adds to a field must come after the stage that provides it.
TEST(Stages, AmendingBeforeTheProviderIsAnError) {
  struct Amender final : Stage {
    std::string_view Name() const override { return "amender"; }
    Fields Requires() const override { return kText; }
    Fields Provides() const override { return 0; }
    Fields Amends() const override { return kActors; }
    void Run(Document&) const override {}
  } amender;
  std::vector<const Stage*> order = DefaultStages().order();
  order.insert(order.begin() + 1, &amender);
  Status status = CheckStageOrder(order, EngineStages::kGiven);
  EXPECT_NE(status.message().find("stage \"amender\" amends actors, which no earlier stage provides"),
            std::string::npos)
      << status.message();
  order.erase(order.begin() + 1);
  order.push_back(&amender);
  EXPECT_TRUE(CheckStageOrder(order, EngineStages::kGiven).ok());
}

// A stage moved before the one that fills its input is an error when the
// order is checked (Engine::Create), not empty output later.
TEST(Stages, WrongOrderIsAnError) {
  struct Case {
    size_t a, b;             // positions to swap in the engine's order
    const char* expected;    // in the message
  };
  const Case cases[] = {
      {1, 2, "stage \"dates\" requires tokens, published, which no earlier stage provides"},
      {3, 4, "stage \"topics\" requires actors, which no earlier stage provides"},
      {4, 5, "stage \"commitments\" requires topics, which no earlier stage provides"},
      {0, 1, "stage \"dates\" requires sentences"},
  };
  for (const Case& c : cases) {
    std::vector<const Stage*> order = DefaultStages().order();
    std::swap(order[c.a], order[c.b]);
    if (c.a == 0) std::swap(order[1], order[2]);  // segment after dates
    Status status = CheckStageOrder(order, EngineStages::kGiven);
    ASSERT_FALSE(status.ok()) << c.expected;
    EXPECT_NE(status.message().find(c.expected), std::string::npos) << status.message();
  }
  std::vector<const Stage*> twice = DefaultStages().order();
  twice.push_back(twice[2]);
  Status status = CheckStageOrder(twice, EngineStages::kGiven);
  EXPECT_NE(status.message().find("stage \"dates\" provides dates, which an earlier stage provides already"),
            std::string::npos)
      << status.message();
}

// Run() replaces its field: every stage run again on a finished document
// leaves it as it was (the stage benchmark relies on it).
TEST(Stages, RunReplacesItsField) {
  Document doc = RunPipeline(
      "BRUSSELS, 3 March 2026 - The EU and Japan agreed today to launch talks on artificial "
      "intelligence by 2027. President Ursula von der Leyen welcomed it.");
  const std::string before = ToJson(doc);
  ASSERT_NE(before.find("\"commitments\":[{"), std::string::npos) << before;
  for (const Stage* stage : DefaultStages().order()) {
    stage->Run(doc);
    EXPECT_EQ(ToJson(doc), before) << stage->Name();
  }
}

TEST(Explain, NearMissesComeThroughThePublicApi) {
  Document doc = RunPipeline(
      "The EU and Japan recognize the need to act. The EU and Japan agreed to launch talks.");
  Explanation why = testing::DefaultEngine().Explain(doc);
  ASSERT_EQ(why.triggers.size(), 2u);
  EXPECT_EQ(why.triggers[0].commitment, -1);
  EXPECT_NE(why.triggers[0].reason.find("stance"), std::string::npos) << why.triggers[0].reason;
  EXPECT_EQ(why.triggers[1].commitment, 0);
  EXPECT_EQ(doc.View(why.triggers[1].trigger), "agreed");
  EXPECT_EQ(doc.View(why.triggers[1].sentence), "The EU and Japan agreed to launch talks.");

  // The JSON form is the document's record plus "explain"; offsets are code points.
  const std::string record = ToJson(doc);
  const std::string json = ExplainToJson(doc, why);
  ASSERT_EQ(json.substr(0, record.size() - 1), record.substr(0, record.size() - 1));
  EXPECT_NE(json.find(",\"explain\":{\"triggers\":[{\"trigger\":{\"start\":17,\"end\":26,"
                      "\"text\":\"recognize\"},\"sentence\":{\"start\":0,\"end\":43,"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"type\":\"agree\",\"commitment\":0}"), std::string::npos) << json;
}

}  // namespace
}  // namespace communique
