// Runs the engine over a stream of documents on N threads, handing results
// back in input order. Documents travel in chunks of consecutive items (at
// most Engine::kBatchDocuments documents and, past the first,
// Engine::kBatchBytes bytes), so that Engine::ProcessBatch can run each
// stage over a whole chunk; a chunk that has waited 20 ms for more input is
// processed as it is, so that a slow producer on a pipe gets each record
// back promptly. Memory stays bounded: at most 4 chunks per thread are read
// ahead or held for ordering at any time.
#ifndef COMMUNIQUE_CLI_BATCH_H_
#define COMMUNIQUE_CLI_BATCH_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "cli/inputs.h"
#include "communique/pipeline.h"

namespace communique::cli {

struct BatchResult {
  std::string id;
  std::string json;          // the record: a document or an error record
  bool failed = false;       // an error record, or a document with an error diagnostic
  std::string failure;       // one line for stderr when failed
  size_t input_bytes = 0;
};

struct BatchStats {
  size_t documents = 0;
  size_t failed = 0;
  size_t bytes = 0;
  double seconds = 0;
};

// Turns a chunk of input items into one result per item, in order.
using ChunkProcessor = std::function<std::vector<BatchResult>(std::vector<InputItem>&)>;

// `process` runs on worker threads; `sink` receives results in input order
// (on the calling thread), and `idle` (if set) is called there before it
// waits for the next results: the place to flush what the sink buffered. With
// `show_progress`, a line on stderr counts documents and MB/s, and gives an
// ETA when `expected_bytes` (the input size, 0 if unknown) is known.
BatchStats RunBatch(InputStream& inputs, int jobs, const ChunkProcessor& process,
                    const std::function<void(BatchResult&)>& sink, bool show_progress,
                    size_t expected_bytes = 0, const std::function<void()>& idle = {});

// A ChunkProcessor's usual body: the readable items go through
// engine.ProcessBatch and `finish` fills each one's result from its document;
// an item that could not be read becomes a failed result with an error
// record. Every result carries the item's id and input size.
std::vector<BatchResult> ProcessChunk(
    const Engine& engine, std::vector<InputItem>& items,
    const std::function<void(const Document&, BatchResult&)>& finish);

// The bytes the batch will read from `paths` (as InputStream::Expand lists
// them; "-" counts when stdin is a regular file), for the ETA. Sizes that
// cannot be known count 0: the ETA is an estimate, never an error.
size_t ExpectedInputBytes(const std::vector<std::string>& paths);

// The default number of threads: every core.
int DefaultJobs();

}  // namespace communique::cli

#endif  // COMMUNIQUE_CLI_BATCH_H_
