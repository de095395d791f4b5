// The compiled stages behind an Engine, in the order the pipeline runs them:
// segment -> tokenize (and dateline) -> dates -> actors -> topics -> commitments.
//
// Internal: the public API is Engine (communique/pipeline.h). Tests and
// benchmarks reach a single stage here.
#ifndef COMMUNIQUE_ENGINE_STAGES_H_
#define COMMUNIQUE_ENGINE_STAGES_H_

#include <memory>
#include <vector>

#include "communique/pipeline.h"
#include "core/stage.h"
#include "rules/english_rules.h"
#include "rules/rule_file.h"

namespace communique {

class Segmenter;
class DateExtractor;
class ActorExtractor;
class TopicExtractor;
class CommitmentExtractor;

class EngineStages {
 public:
  // What a document holds before the first stage: normalize's text.
  static constexpr Fields kGiven = kText;

  // Compiles every stage's rules; problems go to `context` (file:line:
  // reason). Null only when a stage could not be built at all.
  static std::unique_ptr<const EngineStages> Compile(rules::CompileContext& context);
  // The stages of `engine`.
  static const EngineStages& Of(const Engine& engine) { return *engine.stages_; }

  ~EngineStages();
  EngineStages(const EngineStages&) = delete;
  EngineStages& operator=(const EngineStages&) = delete;

  // Every stage, in the order the pipeline runs them.
  const std::vector<const Stage*>& order() const { return order_; }

  const Segmenter& segmenter() const { return *segmenter_; }
  const DateExtractor& dates() const { return *dates_; }
  const ActorExtractor& actors() const { return *actors_; }
  const TopicExtractor& topics() const { return *topics_; }
  const CommitmentExtractor& commitments() const { return *commitments_; }
  // The irregular word forms the stages were compiled with (their examples
  // are checked by Engine::CheckExamples).
  const rules::EnglishRules& english() const { return english_; }

 private:
  EngineStages() = default;
  std::unique_ptr<const Segmenter> segmenter_;
  std::unique_ptr<const DateExtractor> dates_;
  std::unique_ptr<const ActorExtractor> actors_;
  std::unique_ptr<const TopicExtractor> topics_;
  std::unique_ptr<const CommitmentExtractor> commitments_;
  rules::EnglishRules english_;
  // The stages that wrap a function or an extractor without being one.
  std::vector<std::unique_ptr<const Stage>> adapters_;
  std::vector<const Stage*> order_;
};

}  // namespace communique

#endif  // COMMUNIQUE_ENGINE_STAGES_H_
