// The C++ side of bench/python_bench.py's overhead figure (issue 18: the
// binding's per-document overhead over the C++ call stays under 10%).
//
//   build/bench/communique_python_baseline FILE.jsonl [ROUNDS]
//
// Reads the JSON Lines file the Python bench writes with the CLI's own record
// reader (so each document is the one the binding builds from the same
// fields), runs one untimed warm-up pass, then ROUNDS timed passes that do
// what one `Engine.extract_json()` call does in C++: copy the document (the
// binding copies the Python str), Engine::Process, ToJson. One line per
// pass: "pass SECONDS CPU_SECONDS" (wall clock and this thread's CPU time).
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "cli/inputs.h"
#include "communique/pipeline.h"
#include "communique/rules.h"
#include "communique/serialize.h"

namespace {

double ThreadCpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

// The length of every record written, so that no pass can be optimized away.
size_t Pass(const communique::Engine& engine, const std::vector<communique::InputDocument>& documents) {
  size_t bytes = 0;
  for (const communique::InputDocument& document : documents) {
    bytes += communique::ToJson(engine.Process(document)).size();
  }
  return bytes;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::fprintf(stderr, "usage: %s FILE.jsonl [ROUNDS]\n", argv[0]);
    return 2;
  }
  const int rounds = argc == 3 ? std::atoi(argv[2]) : 1;
  std::ifstream in(argv[1], std::ios::binary);
  std::vector<communique::InputDocument> documents;
  size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    communique::cli::InputItem item = communique::cli::ParseJsonRecord(
        line, "line-" + std::to_string(number), "line " + std::to_string(number), {});
    if (item.error) {
      std::fprintf(stderr, "%s\n", item.error->c_str());
      return 1;
    }
    documents.push_back(std::move(item.document));
  }
  if (documents.empty() || rounds < 1) {
    std::fprintf(stderr, "no documents in %s, or ROUNDS < 1\n", argv[1]);
    return 2;
  }
  auto engine = communique::Engine::Create(communique::RulePack::Embedded(), {});
  if (!engine.ok()) {
    std::fprintf(stderr, "%s\n", engine.status().ToString().c_str());
    return 1;
  }
  // Warm-up: RE2 builds its DFA states on first use, as in the Python bench.
  size_t sink = Pass(*engine.value(), documents);
  for (int r = 0; r < rounds; ++r) {
    const auto start = std::chrono::steady_clock::now();
    const double cpu = ThreadCpuSeconds();
    sink += Pass(*engine.value(), documents);
    std::printf("pass %.6f %.6f\n",
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
                ThreadCpuSeconds() - cpu);
  }
  std::fprintf(stderr, "%zu documents, %zu bytes of records\n", documents.size(), sink / (rounds + 1));
  return 0;
}
