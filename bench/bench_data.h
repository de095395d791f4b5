// Real text for benchmarks: the Markdown releases of ../shared/press/whitehouse
// when present, else the project's own corpus/; the environment variable
// COMMUNIQUE_BENCH_DIR names another folder.
#ifndef COMMUNIQUE_BENCH_BENCH_DATA_H_
#define COMMUNIQUE_BENCH_BENCH_DATA_H_

#include <string>
#include <vector>

#include "communique/document.h"

namespace communique::bench {

struct BenchCorpus {
  std::string source;  // the directory read
  std::vector<InputDocument> documents;
  size_t bytes = 0;
};

// Loads every *.txt / *.md with its sidecar's published date and format.
const BenchCorpus& LoadBenchCorpus();

}  // namespace communique::bench

#endif  // COMMUNIQUE_BENCH_BENCH_DATA_H_
