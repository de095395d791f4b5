#include <gtest/gtest.h>

#include "communique/pipeline.h"

TEST(Engine, CompilesEmbeddedRules) {
  auto engine = communique::Engine::Create(communique::RulePack::Embedded(), {});
  ASSERT_TRUE(engine.ok()) << engine.status().ToString();
}
