// Stages keep their per-document vectors per thread, so that their capacity
// serves the next document instead of being grown anew each time (4-12% of
// a stage). The capacity left by a huge document is not worth keeping: a
// stage drops its scratch when it finds it sized for more tokens than this.
#ifndef COMMUNIQUE_CORE_THREAD_SCRATCH_H_
#define COMMUNIQUE_CORE_THREAD_SCRATCH_H_

#include <cstddef>

namespace communique {

// About 5 MB of text: a release is a few thousand tokens.
inline constexpr size_t kScratchKeepTokens = size_t{1} << 20;

// Resets `scratch` to a fresh value when `per_token` (one of its vectors
// that holds an entry per token) has grown past kScratchKeepTokens.
template <typename Scratch, typename Vector>
void DropIfOversized(Scratch& scratch, const Vector& per_token) {
  if (per_token.capacity() > kScratchKeepTokens) scratch = Scratch{};
}

}  // namespace communique

#endif  // COMMUNIQUE_CORE_THREAD_SCRATCH_H_
