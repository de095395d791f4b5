#include <vector>

#include "communique/document.h"

namespace communique {
namespace {

// Both maps find the run holding a position (a normalized byte, a code
// point) in the runs sorted by their first position. A binary search per
// lookup cost serialize a quarter of its time; instead, the run holding the
// first position of every block of 64 is recorded, and a lookup walks on
// from there past the few runs that start later in the block.
constexpr uint32_t kBlockShift = 6;

template <typename Run, typename First>
std::vector<uint32_t> IndexBlocks(const std::vector<Run>& runs, uint32_t size, First first) {
  std::vector<uint32_t> block_runs((size >> kBlockShift) + 1);
  uint32_t run = 0;
  for (uint32_t block = 0; block < block_runs.size(); ++block) {
    while (run + 1 < runs.size() && first(runs[run + 1]) <= block << kBlockShift) ++run;
    block_runs[block] = run;
  }
  return block_runs;
}

template <typename Run, typename First>
const Run& FindRun(const std::vector<Run>& runs, const std::vector<uint32_t>& block_runs,
                   uint32_t pos, First first) {
  uint32_t run = block_runs[pos >> kBlockShift];
  while (run + 1 < runs.size() && first(runs[run + 1]) <= pos) ++run;
  return runs[run];
}

}  // namespace

void OffsetMap::Finish(uint32_t original_length) {
  original_length_ = original_length;
  block_runs_ = IndexBlocks(runs_, size_, [](const Run& run) { return run.text_begin; });
}

const OffsetMap::Run& OffsetMap::RunAt(uint32_t pos) const {
  return FindRun(runs_, block_runs_, pos, [](const Run& run) { return run.text_begin; });
}

void CodePointOffsets::Finish() {
  block_runs_ = IndexBlocks(runs_, count_, [](const Run& run) { return run.cp_begin; });
}

uint32_t CodePointOffsets::operator[](uint32_t cp) const {
  if (cp >= count_) return bytes_;
  const Run& run = FindRun(runs_, block_runs_, cp, [](const Run& run) { return run.cp_begin; });
  return run.byte_begin + (cp - run.cp_begin) * run.width;
}

}  // namespace communique
