// Runs the engine over a stream of documents on N threads, handing results
// back in input order. Documents travel in chunks of consecutive items (at
// most Engine::kBatchDocuments documents and, past the first,
// Engine::kBatchBytes bytes), so that Engine::ProcessBatch can run each
// stage over a whole chunk; a chunk that has waited 20 ms for more input is
// processed as it is, so that a slow producer on a pipe gets each record
// back promptly. Memory stays bounded: at most 4 chunks per thread are read
// ahead or held for ordering at any time.
//
// Nothing is lost: every item read gets exactly one result, whatever the
// processing throws (std::bad_alloc included); a run that cannot go on
// (no thread could start, the sink failed) says so in BatchStats::fatal.
#ifndef COMMUNIQUE_CLI_BATCH_H_
#define COMMUNIQUE_CLI_BATCH_H_

#include <cstddef>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "communique/pipeline.h"
#include "inputs.h"

namespace communique::cli {

struct BatchResult {
  std::string id;
  std::string json;          // the record: a document or an error record
  std::string output_name;   // InputItem::output_name
  bool failed = false;       // an error record, or a document with an error diagnostic
  std::string failure;       // one line for stderr when failed
  std::string write_error;   // set when the record could not be written (extract -o)
  std::vector<std::string> warnings;  // lines for stderr (InputItem::warnings)
  size_t input_bytes = 0;
};

struct BatchStats {
  size_t documents = 0;
  size_t failed = 0;  // failed results, or with a write_error
  size_t bytes = 0;
  double seconds = 0;
  std::string fatal;  // why the run stopped before its end; "" when it did not
};

// Turns a chunk of input items into one result per item, in order. Runs on
// the worker threads.
using ChunkProcessor = std::function<std::vector<BatchResult>(std::vector<InputItem>&)>;

struct BatchOptions {
  int jobs = 1;
  // A line on stderr counting documents and MB/s, with an ETA when
  // `expected_bytes` (the input size, 0 if unknown) is known.
  bool show_progress = false;
  size_t expected_bytes = 0;
  // Called on the calling thread before it waits for the next results:
  // the place to flush what the sink buffered.
  std::function<void()> idle;
  // Called on the reading thread for each item as it is read, in input
  // order: the place for what depends on the order (output names).
  std::function<void(InputItem&)> admit;
};

// `process` runs on worker threads; `sink` receives results in input order
// on the calling thread and returns false to end the run (stdout failed):
// reading stops, and stats.fatal is set.
BatchStats RunBatch(InputStream& inputs, const BatchOptions& options, const ChunkProcessor& process,
                    const std::function<bool(BatchResult&)>& sink);

// A ChunkProcessor's usual body: the readable items go through
// engine.ProcessBatch and `finish` fills each one's result from its
// document; an item that could not be read, or whose processing threw,
// becomes a failed result with an error record. Every record carries where
// it came from ("source") and the input's "title" and "url"; a document
// without a publication date gets a warning diagnostic.
std::vector<BatchResult> ProcessChunk(
    const Engine& engine, std::vector<InputItem>& items,
    const std::function<void(const Document&, BatchResult&)>& finish);

// The bytes the batch will read from `paths` (as InputStream::Expand lists
// them; "-" counts when stdin is a regular file), for the ETA. Sizes that
// cannot be known count 0: the ETA is an estimate, never an error.
size_t ExpectedInputBytes(const std::vector<std::string>& paths);

// The default number of threads: every core.
int DefaultJobs();

// Starts `n` threads running `body`, appending them to *threads. Returns ""
// when all started, else why the next one could not (a memory or process
// limit): those started keep running, and the caller joins them.
std::string StartThreads(size_t n, const std::function<void()>& body, std::vector<std::thread>* threads);

}  // namespace communique::cli

#endif  // COMMUNIQUE_CLI_BATCH_H_
