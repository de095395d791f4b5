// Whole-corpus runner: the real releases repeated to at least --min-mb MB,
// through the whole pipeline and the JSON writer on 1 and 2 threads sharing
// one engine. Reports MB/s, documents/s and peak RSS.
//
//   build/bench/communique_corpus_bench [--min-mb 45] [--threads 1,2]
#include <sys/resource.h>

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
  for (int threads : thread_counts) {
    std::atomic<size_t> next{0};
    std::atomic<size_t> json_bytes{0};
    auto started = std::chrono::steady_clock::now();
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
      workers.emplace_back([&] {
        size_t produced = 0;
        for (size_t i; (i = next.fetch_add(1)) < total_docs;) {
          communique::InputDocument input = corpus.documents[i % corpus.documents.size()];
          produced += communique::ToJson((*engine)->Process(std::move(input))).size();
        }
        json_bytes += produced;
      });
    }
    for (auto& worker : workers) worker.join();
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("threads=%d: %.2f s, %.1f MB/s, %.0f documents/s, %.1f MB JSON, peak RSS %.1f MB\n",
                threads, seconds, total_mb / seconds, total_docs / seconds, json_bytes / 1e6,
                usage.ru_maxrss / 1024.0);
  }
  return 0;
}
