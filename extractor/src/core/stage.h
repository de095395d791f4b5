// The contract of a pipeline stage: which fields of a Document it reads and
// which it writes.
//
// The Engine runs its stages in one order over every document. Each stage
// declares what it Requires() and what it Provides(); CheckStageOrder() is
// asked once, when the Engine is created, so that a stage moved before the
// one that fills its input is an error there rather than empty output later.
// Run() computes the fields it provides from scratch: it REPLACES them (a
// stage run twice on one document gives the same document), never appends.
#ifndef COMMUNIQUE_CORE_STAGE_H_
#define COMMUNIQUE_CORE_STAGE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "communique/document.h"
#include "communique/status.h"

namespace communique {

// Fields of a Document that stages fill, as bits.
enum DocumentField : uint32_t {
  kText = 1u << 0,       // text, offsets, original (normalize: before any stage)
  kSegments = 1u << 1,   // segments
  kSentences = 1u << 2,  // sentences
  kTokens = 1u << 3,     // tokens
  kPublished = 1u << 4,  // published, published_source (given, or found in a dateline)
  kDates = 1u << 5,
  kActors = 1u << 6,
  kTopics = 1u << 7,
  kCommitments = 1u << 8,
};
using Fields = uint32_t;

// "segments, tokens": the names of the fields in `fields`, for messages.
std::string FieldNames(Fields fields);

class Stage {
 public:
  virtual ~Stage() = default;
  // A short lowercase name ("dates"), for messages and benchmarks.
  virtual std::string_view Name() const = 0;
  // The fields Run() reads.
  virtual Fields Requires() const = 0;
  // The fields Run() writes, replacing whatever they held.
  virtual Fields Provides() const = 0;
  // Fields an earlier stage provides that Run() adds to (the commitments
  // stage adds the parties the text does not name to the actors).
  virtual Fields Amends() const { return 0; }
  // REQUIRES: every field of Requires() has been filled. Never fails:
  // problems with the text become diagnostics.
  virtual void Run(Document& doc) const = 0;
};

// OK when each stage of `stages`, run in that order on a document holding
// `given`, finds every field it requires or amends, and no two stages provide
// the same field; else an Internal error naming the first stage that breaks
// this.
Status CheckStageOrder(const std::vector<const Stage*>& stages, Fields given);

}  // namespace communique

#endif  // COMMUNIQUE_CORE_STAGE_H_
