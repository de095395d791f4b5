// Shared helpers for tests: one engine over the embedded rules, and a way to
// run the whole pipeline on a string.
#ifndef COMMUNIQUE_TESTS_TESTING_TEST_ENGINE_H_
#define COMMUNIQUE_TESTS_TESTING_TEST_ENGINE_H_

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include "communique/pipeline.h"
#include "engine_stages.h"

namespace communique::testing {

// The engine compiled from the embedded default rules; aborts the test
// binary if they do not compile (every other test would be meaningless).
inline std::shared_ptr<const Engine> CreateOrDie(const std::string& profile) {
  EngineOptions options;
  options.profile = profile;
  auto engine = Engine::Create(RulePack::Embedded(), options);
  if (!engine.ok()) {
    std::fprintf(stderr, "the embedded rules do not compile:\n%s\n", engine.status().ToString().c_str());
    std::abort();
  }
  return *engine;
}

inline const Engine& DefaultEngine(const std::string& profile = "default") {
  static const std::shared_ptr<const Engine> kDefault = CreateOrDie("default");
  static const std::shared_ptr<const Engine> kTimeml = CreateOrDie("timeml");
  return profile == "timeml" ? *kTimeml : *kDefault;
}

// The compiled stages of DefaultEngine(profile), for tests of one stage.
inline const EngineStages& DefaultStages(const std::string& profile = "default") {
  return EngineStages::Of(DefaultEngine(profile));
}

inline Document RunPipeline(std::string text, std::optional<std::string> published = std::nullopt,
                            Format format = Format::kText, const std::string& profile = "default") {
  InputDocument input;
  input.id = "test";
  input.bytes = std::move(text);
  input.format = format;
  input.published = std::move(published);
  input.published_source = input.published ? PublishedSource::kCli : PublishedSource::kNone;
  return DefaultEngine(profile).Process(std::move(input));
}

// ../shared beside the repository, when this checkout has it.
inline std::optional<std::filesystem::path> SharedDir() {
  std::filesystem::path dir(COMMUNIQUE_SHARED_DIR);
  std::error_code ec;
  if (std::filesystem::is_directory(dir, ec)) return dir;
  return std::nullopt;
}

inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

}  // namespace communique::testing

#endif  // COMMUNIQUE_TESTS_TESTING_TEST_ENGINE_H_
