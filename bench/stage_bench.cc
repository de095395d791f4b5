// Per-stage throughput on real releases, in bytes of input per second.
//
//   build/bench/communique_stage_bench --benchmark_min_time=1
//
// Each stage runs on documents prepared up to the stage before it; only the
// stage itself is timed (a stage replaces its field, so reruns are alike). Results: bench/results/.
#include <benchmark/benchmark.h>

#include "bench_data.h"
#include "communique/pipeline.h"
#include "communique/serialize.h"
#include "engine_stages.h"
#include "extract/actors.h"
#include "extract/commitments.h"
#include "extract/dates.h"
#include "extract/topics.h"
#include "match/tokenizer.h"
#include "normalize/normalize.h"
#include "segment/segment.h"

namespace communique::bench {
namespace {

const Engine& BenchEngine() {
  static std::shared_ptr<const Engine> engine = [] {
    auto created = Engine::Create(RulePack::Embedded(), {});
    if (!created.ok()) std::abort();
    return *created;
  }();
  return *engine;
}

const EngineStages& BenchStages() { return EngineStages::Of(BenchEngine()); }

// Documents fully processed once, to serve as inputs of the later stages.
const std::vector<Document>& Processed() {
  static const std::vector<Document>* docs = [] {
    auto* out = new std::vector<Document>();
    for (const InputDocument& input : LoadBenchCorpus().documents) {
      out->push_back(BenchEngine().Process(input));
    }
    return out;
  }();
  return *docs;
}

template <typename Stage>
void RunStage(benchmark::State& state, Stage stage) {
  std::vector<Document> docs = Processed();
  for (auto _ : state) {
    for (Document& doc : docs) stage(doc);
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * LoadBenchCorpus().bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * docs.size()));
}

void BM_Normalize(benchmark::State& state) {
  const BenchCorpus& corpus = LoadBenchCorpus();
  for (auto _ : state) {
    for (const InputDocument& input : corpus.documents) {
      Document doc;
      normalize::Normalize(input.bytes, input.format, doc);
      benchmark::DoNotOptimize(static_cast<const std::string&>(doc.text));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
}

void BM_Segment(benchmark::State& state) {
  RunStage(state, [](Document& doc) { BenchStages().segmenter().Run(doc); });
}
void BM_Tokenize(benchmark::State& state) {
  RunStage(state, [](Document& doc) { match::TokenizeDocument(doc); });
}
void BM_Dates(benchmark::State& state) {
  RunStage(state, [](Document& doc) { BenchStages().dates().Run(doc); });
}
void BM_Actors(benchmark::State& state) {
  RunStage(state, [](Document& doc) { BenchStages().actors().Run(doc); });
}
void BM_Topics(benchmark::State& state) {
  RunStage(state, [](Document& doc) { BenchStages().topics().Run(doc); });
}
void BM_Commitments(benchmark::State& state) {
  RunStage(state, [](Document& doc) { BenchStages().commitments().Run(doc); });
}
void BM_Serialize(benchmark::State& state) {
  RunStage(state, [](Document& doc) {
    std::string json = ToJson(doc);
    benchmark::DoNotOptimize(static_cast<const std::string&>(json));
  });
}
void BM_WholePipeline(benchmark::State& state) {
  const BenchCorpus& corpus = LoadBenchCorpus();
  for (auto _ : state) {
    for (const InputDocument& input : corpus.documents) {
      std::string json = ToJson(BenchEngine().Process(input));
      benchmark::DoNotOptimize(static_cast<const std::string&>(json));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus.documents.size()));
}

// The whole pipeline over batches of `state.range(0)` documents, stage by stage.
void BM_BatchPipeline(benchmark::State& state) {
  const BenchCorpus& corpus = LoadBenchCorpus();
  const size_t batch = static_cast<size_t>(state.range(0));
  for (auto _ : state) {
    for (size_t first = 0; first < corpus.documents.size(); first += batch) {
      std::vector<InputDocument> inputs(
          corpus.documents.begin() + static_cast<std::ptrdiff_t>(first),
          corpus.documents.begin() + static_cast<std::ptrdiff_t>(std::min(first + batch, corpus.documents.size())));
      for (const Document& doc : BenchEngine().ProcessBatch(std::move(inputs))) {
        std::string json = ToJson(doc);
        benchmark::DoNotOptimize(static_cast<const std::string&>(json));
      }
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus.documents.size()));
}

BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Dates)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Actors)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Topics)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Commitments)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Serialize)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WholePipeline)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BatchPipeline)->Unit(benchmark::kMillisecond)->Arg(4)->Arg(16)->Arg(64);

}  // namespace
}  // namespace communique::bench

BENCHMARK_MAIN();
