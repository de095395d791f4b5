// The engine: a compiled rule set and the pipeline that applies it.
//
//   auto engine = communique::Engine::Create(communique::RulePack::Embedded(), {});
//   if (!engine.ok()) { /* engine.status().ToString() names file:line */ }
//   communique::InputDocument in{.id = "release-1", .bytes = text};
//   communique::Document doc = (*engine)->Process(std::move(in));
//   std::string json = communique::ToJson(doc);   // serialize.h
//   communique::Explanation why = (*engine)->Explain(doc);   // explain.h
//
// An Engine is immutable once created and safe to share between threads:
// Process() may be called concurrently on one Engine.
#ifndef COMMUNIQUE_PIPELINE_H_
#define COMMUNIQUE_PIPELINE_H_

#include <memory>
#include <string>

#include "communique/document.h"
#include "communique/explain.h"
#include "communique/rules.h"
#include "communique/status.h"

namespace communique {

struct EngineOptions {
  // "default" (SPEC) or "timeml" (TempEval conventions: vague references such
  // as "now" are dates, articles stay in spans; SPEC section 5).
  std::string profile = "default";
};

class EngineStages;  // the compiled stages (internal)

class Engine {
 public:
  // Validates and compiles every rule file of `pack`. On failure the status
  // message lists each problem as "file:line: reason", one per line.
  static Result<std::shared_ptr<const Engine>> Create(const RulePack& pack,
                                                      const EngineOptions& options);
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Runs the whole pipeline. Never fails: problems with the input (invalid
  // UTF-8, NUL bytes, binary data) become diagnostics on the Document.
  Document Process(InputDocument input) const;
  // The same for several documents, in order. Runs each stage over all of
  // them before the next stage: faster for batches of small documents (the
  // stage's rules stay in cache), at the memory of the whole batch. Batches
  // of up to kBatchDocuments documents and kBatchBytes bytes are the measured
  // sweet spot (bench/README.md).
  std::vector<Document> ProcessBatch(std::vector<InputDocument> inputs) const;
  static constexpr size_t kBatchDocuments = 16;
  static constexpr size_t kBatchBytes = 256 * 1024;
  // Whether a batch of `documents` documents and `bytes` bytes has no room
  // for a next one of `next_bytes` (0: whether it is full already). The
  // first document always fits, however large.
  static bool BatchFull(size_t documents, size_t bytes, size_t next_bytes) {
    return documents >= kBatchDocuments || (documents > 0 && bytes + next_bytes > kBatchBytes);
  }

  // Why `doc` holds what it holds beyond each item's rule id: every
  // commitment trigger that matched and what became of it (explain.h).
  // REQUIRES: `doc` was produced by Process() or ProcessBatch() of this Engine.
  Explanation Explain(const Document& doc) const;

  // Runs the examples and counter-examples of every rule of the pack through
  // this Engine, each as its rule family's README says (a taxonomy example
  // must give its topic, a trigger's must give a commitment with its rule,
  // an abbreviation's must stay one sentence, ...). OK when all behave; else
  // every one that does not, "file:line: reason" one per line. Date
  // patterns' examples are checked by Create() already. Examples are written
  // for the default profile. What `communique rules check` runs.
  Status CheckExamples() const;

  const EngineOptions& options() const { return options_; }
  // What made this engine's records: the version of the library and the rule
  // pack's id and content hash. Every Document it produces shares it.
  const Generator& generator() const { return *generator_; }

 private:
  friend class EngineStages;
  Engine();
  EngineOptions options_;
  std::shared_ptr<const Generator> generator_;
  std::unique_ptr<const EngineStages> stages_;
};

}  // namespace communique

#endif  // COMMUNIQUE_PIPELINE_H_
