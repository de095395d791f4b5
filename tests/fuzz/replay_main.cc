// Runs fuzz targets' inputs without libFuzzer, so that every ctest run (gcc
// or clang, with or without sanitizers) replays the seeds and the findings
// kept in tests/fuzz/seeds/: `fuzz_replay TARGET FILE_OR_DIR...`. Each target's
// LLVMFuzzerTestOneInput is compiled under its own name (tests/CMakeLists.txt).
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

extern "C" int FuzzPipelineOne(const uint8_t* data, size_t size);
extern "C" int FuzzRulesOne(const uint8_t* data, size_t size);
extern "C" int FuzzInputsOne(const uint8_t* data, size_t size);
extern "C" int FuzzScoreOne(const uint8_t* data, size_t size);

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: fuzz_replay pipeline|rules|inputs|score FILE_OR_DIR...\n");
    return 2;
  }
  const std::string_view target = argv[1];
  int (*one)(const uint8_t*, size_t) = target == "pipeline" ? FuzzPipelineOne
                                       : target == "rules"  ? FuzzRulesOne
                                       : target == "inputs" ? FuzzInputsOne
                                       : target == "score"  ? FuzzScoreOne
                                                            : nullptr;
  if (one == nullptr) {
    std::fprintf(stderr, "fuzz_replay: unknown target %s\n", argv[1]);
    return 2;
  }
  std::vector<std::filesystem::path> files;
  for (int i = 2; i < argc; ++i) {
    if (std::filesystem::is_directory(argv[i])) {
      for (const auto& entry : std::filesystem::directory_iterator(argv[i])) {
        if (entry.is_regular_file()) files.push_back(entry.path());
      }
    } else {
      files.emplace_back(argv[i]);
    }
  }
  // A misnamed or emptied seed folder would otherwise pass as "0 inputs, no crash".
  if (files.empty()) {
    std::fprintf(stderr, "fuzz_replay %s: no inputs to replay\n", argv[1]);
    return 1;
  }
  std::sort(files.begin(), files.end());
  for (const std::filesystem::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) {
      std::fprintf(stderr, "fuzz_replay: cannot read %s\n", file.c_str());
      return 1;
    }
    std::fprintf(stderr, "fuzz_replay %s: %s (%zu bytes)\n", argv[1], file.c_str(), bytes.size());
    one(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  }
  std::fprintf(stderr, "fuzz_replay %s: %zu inputs, no crash\n", argv[1], files.size());
  return 0;
}
