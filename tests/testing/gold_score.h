// Scoring the pipeline's output against gold files in tests: through the
// scorer (ScoreDocument) and the bounds of tests/baseline.json, so that a
// test holds the engine to what `communique eval` and ctest's evals measure,
// not to a weaker copy of the scorer.
#ifndef COMMUNIQUE_TESTS_TESTING_GOLD_SCORE_H_
#define COMMUNIQUE_TESTS_TESTING_GOLD_SCORE_H_

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "communique/score.h"
#include "communique/serialize.h"
#include "testing/test_engine.h"

namespace communique::testing {

// NAME.txt of `dir` with what `communique eval` reads from NAME.meta.json:
// the published date, the title and the address (publishers and the authors
// a title names depend on them). REQUIRES: the files exist and parse.
inline InputDocument GoldInput(const std::filesystem::path& dir, const std::string& name,
                               Format format = Format::kText) {
  auto meta = nlohmann::json::parse(ReadFile(dir / (name + ".meta.json")));
  InputDocument input;
  input.id = name;
  input.bytes = ReadFile(dir / (name + ".txt"));
  input.format = format;
  if (meta.contains("published") && meta["published"].is_string()) {
    input.published = meta["published"].get<std::string>();
    input.published_source = PublishedSource::kMeta;
  }
  input.title = meta.value("title", std::string());
  input.url = meta.value("url", std::string());
  return input;
}

// Runs NAME.txt of `dir` (with its meta, as GoldInput) through the default
// engine and scores it against NAME.gold.json. REQUIRES: the files exist and parse.
inline DocumentScore ScoreGoldDocument(const std::filesystem::path& dir, const std::string& name) {
  Document doc = DefaultEngine().Process(GoldInput(dir, name));
  Result<Annotations> gold = ParseAnnotations(ReadFile(dir / (name + ".gold.json")));
  Result<Annotations> pred = ParseAnnotations(ToJson(doc));
  if (!gold.ok() || !pred.ok()) std::abort();
  return ScoreDocument(name, *gold, *pred);
}

// The bounds of tests/baseline.json under `key` ("shared-gold") for the
// metrics whose name starts with `prefix` ("topics."), as CheckBounds reads them.
inline std::vector<MinBound> BaselineBounds(const std::string& key, std::string_view prefix) {
  auto baseline = nlohmann::json::parse(ReadFile(std::filesystem::path(COMMUNIQUE_SOURCE_DIR) / "tests/baseline.json"));
  std::vector<MinBound> bounds;
  for (const auto& [name, value] : baseline.at(key).items()) {
    if (name.rfind(prefix, 0) != 0) continue;
    Result<MinBound> bound = ParseMinBound(name + "=" + value.dump());
    if (bound.ok()) bounds.push_back(*bound);
  }
  return bounds;
}

}  // namespace communique::testing

#endif  // COMMUNIQUE_TESTS_TESTING_GOLD_SCORE_H_
