// The per-thread workspace of a stage: the vectors it fills for one
// document, kept per thread so that their capacity serves the next document
// instead of being grown anew each time (4-12% of a stage). A stage's Run()
// is not reentrant, so one workspace per thread and type suffices; several
// engines that share a thread share it, which is why it is emptied at every
// document rather than trusted to be left as the last run left it.
#ifndef COMMUNIQUE_CORE_THREAD_SCRATCH_H_
#define COMMUNIQUE_CORE_THREAD_SCRATCH_H_

#include <cstddef>

namespace communique {

// About 5 MB of text: a release is a few thousand tokens. The capacity a
// huge document leaves behind is not worth keeping.
inline constexpr size_t kScratchKeepTokens = size_t{1} << 20;

// The calling thread's Scratch, emptied for a new document. Scratch has
//   void Clear();                  empties every vector, keeping its capacity
//   size_t TokenCapacity() const;  the capacity of a vector it holds per token
// and is replaced by a fresh one when TokenCapacity() exceeds
// kScratchKeepTokens.
template <typename Scratch>
Scratch& ThreadScratch() {
  static thread_local Scratch scratch;
  if (scratch.TokenCapacity() > kScratchKeepTokens) scratch = Scratch{};
  scratch.Clear();
  return scratch;
}

}  // namespace communique

#endif  // COMMUNIQUE_CORE_THREAD_SCRATCH_H_
