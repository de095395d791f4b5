// Whole-corpus runner: the real releases repeated to at least --min-mb MB,
// through the whole pipeline and the JSON writer on 1 and 2 threads sharing
// one engine, in batches as the CLI makes them (Engine::ProcessBatch over
// consecutive documents, Engine::kBatchDocuments / kBatchBytes at most).
// Reports MB/s, documents/s and peak RSS, after one untimed warm-up pass
// (reported on its own line).
//
//   build/bench/communique_corpus_bench [--min-mb 45] [--threads 1,2]
//
// The machine is shared: besides wall-clock MB/s, each run reports the CPU
// seconds it got and MB per CPU-second, and the load average before and
// after, so that a slow wall-clock figure on a loaded machine reads as such.
#include <sys/resource.h>
#include <time.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "bench_data.h"
#include "communique/pipeline.h"
#include "communique/serialize.h"

namespace {

double CpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

std::string LoadAverage() {
  double load[3] = {0, 0, 0};
  if (getloadavg(load, 3) != 3) return "unknown";
  char text[64];
  std::snprintf(text, sizeof(text), "%.2f %.2f %.2f", load[0], load[1], load[2]);
  return text;
}

struct PassResult {
  double seconds = 0;
  double cpu_seconds = 0;
  size_t json_bytes = 0;
};

// Runs the first `total_docs` documents of the corpus repeated end to end
// through the pipeline and the JSON writer on `threads` threads.
PassResult RunPass(const communique::Engine& engine, const communique::bench::BenchCorpus& corpus,
                   size_t total_docs, int threads) {
  // Batch boundaries over the repeated corpus, as the CLI's reader cuts them.
  std::vector<size_t> batch_starts;
  for (size_t i = 0, bytes = 0; i < total_docs; ++i) {
    const size_t size = corpus.documents[i % corpus.documents.size()].bytes.size();
    const bool full = !batch_starts.empty() && communique::Engine::BatchFull(i - batch_starts.back(), bytes, size);
    if (batch_starts.empty() || full) {
      batch_starts.push_back(i);
      bytes = 0;
    }
    bytes += size;
  }
  batch_starts.push_back(total_docs);
  std::atomic<size_t> next{0};
  std::atomic<size_t> json_bytes{0};
  const double cpu_started = CpuSeconds();
  const auto started = std::chrono::steady_clock::now();
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t) {
    workers.emplace_back([&] {
      size_t produced = 0;
      for (size_t b; (b = next.fetch_add(1)) + 1 < batch_starts.size();) {
        std::vector<communique::InputDocument> inputs;
        for (size_t i = batch_starts[b]; i < batch_starts[b + 1]; ++i) {
          inputs.push_back(corpus.documents[i % corpus.documents.size()]);
        }
        for (const communique::Document& doc : engine.ProcessBatch(std::move(inputs))) {
          produced += communique::ToJson(doc).size();
        }
      }
      json_bytes += produced;
    });
  }
  for (auto& worker : workers) worker.join();
  PassResult result;
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  result.cpu_seconds = CpuSeconds() - cpu_started;
  result.json_bytes = json_bytes;
  return result;
}

}  // namespace

int main(int argc, char** argv) {
  using communique::bench::LoadBenchCorpus;
  double min_mb = 45;
  std::vector<int> thread_counts = {1, 2};
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--min-mb") {
      min_mb = std::atof(argv[i + 1]);
    } else if (flag == "--threads") {
      thread_counts.clear();
      for (const char* p = argv[i + 1]; *p;) {
        thread_counts.push_back(std::atoi(p));
        while (*p && *p != ',') ++p;
        if (*p == ',') ++p;
      }
    }
  }
  const auto& corpus = LoadBenchCorpus();
  if (corpus.documents.empty()) {
    std::fprintf(stderr, "no documents in %s\n", corpus.source.c_str());
    return 1;
  }
  auto engine = communique::Engine::Create(communique::RulePack::Embedded(), {});
  if (!engine.ok()) {
    std::fprintf(stderr, "%s\n", engine.status().ToString().c_str());
    return 1;
  }
  size_t repeats = static_cast<size_t>(min_mb * 1e6 / corpus.bytes) + 1;
  size_t total_docs = repeats * corpus.documents.size();
  double total_mb = repeats * corpus.bytes / 1e6;
  std::printf("corpus: %s (%zu documents, %.2f MB), repeated %zu times: %.1f MB, %zu documents\n",
              corpus.source.c_str(), corpus.documents.size(), corpus.bytes / 1e6, repeats, total_mb,
              total_docs);
  // One untimed pass first: the first documents a process sees build RE2's
  // DFA states and fault in the engine's tables, a one-time cost per process
  // that would otherwise be charged to whichever thread count runs first.
  const PassResult warm_up = RunPass(**engine, corpus, corpus.documents.size(), 1);
  std::printf("warm-up (untimed): one pass over the corpus on 1 thread, %.2f s, %.1f MB/s\n",
              warm_up.seconds, corpus.bytes / 1e6 / warm_up.seconds);
  for (int threads : thread_counts) {
    const std::string load_before = LoadAverage();
    const PassResult pass = RunPass(**engine, corpus, total_docs, threads);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf(
        "threads=%d: %.2f s, %.1f MB/s, %.0f documents/s, %.1f MB JSON, peak RSS %.1f MB; "
        "%.2f CPU s, %.1f MB per CPU-second; load %s -> %s\n",
        threads, pass.seconds, total_mb / pass.seconds, total_docs / pass.seconds, pass.json_bytes / 1e6,
        usage.ru_maxrss / 1024.0, pass.cpu_seconds, total_mb / pass.cpu_seconds, load_before.c_str(),
        LoadAverage().c_str());
  }
  return 0;
}
