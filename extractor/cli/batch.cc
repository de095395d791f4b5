#include "batch.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <map>
#include <mutex>
#include <new>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "io.h"
#include "communique/serialize.h"

namespace communique::cli {

int DefaultJobs() {
  unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : static_cast<int>(cores);
}

std::string StartThreads(size_t n, const std::function<void()>& body, std::vector<std::thread>* threads) {
  try {
    threads->reserve(threads->size() + n);
    for (size_t i = 0; i < n; ++i) threads->emplace_back(body);
  } catch (const std::exception& e) {  // std::system_error; bad_alloc in reserve
    return e.what();
  }
  return "";
}

size_t ExpectedInputBytes(const std::vector<std::string>& paths) {
  size_t total = 0;
  for (const std::string& path : paths) {
    struct stat info {};
    int status = path == "-" ? ::fstat(STDIN_FILENO, &info) : ::stat(path.c_str(), &info);
    if (status == 0 && S_ISREG(info.st_mode)) total += static_cast<size_t>(info.st_size);
  }
  return total;
}

namespace {

void PrintProgress(const BatchStats& stats, double seconds, size_t expected_bytes) {
  double rate = stats.bytes / (seconds > 0 ? seconds : 1);  // bytes/s
  std::fprintf(stderr, "\r%zu documents, %.1f MB/s", stats.documents, rate / 1e6);
  if (expected_bytes > stats.bytes && rate > 0) {
    long eta = static_cast<long>((expected_bytes - stats.bytes) / rate + 0.5);
    std::fprintf(stderr, ", ETA %ld:%02ld", eta / 60, eta % 60);
  }
  std::fprintf(stderr, "\033[K");
}

// Why processing threw, for the document's error record.
std::string ExceptionReason() {
  try {
    throw;
  } catch (const std::bad_alloc&) {
    return "out of memory processing this document";
  } catch (const std::exception& e) {
    return std::string("internal error processing this document: ") + e.what();
  } catch (...) {
    return "internal error processing this document";
  }
}

// The engine takes a document's text; its item keeps what an error record
// names (id, source, title, url), should processing throw later.
void KeepProvenance(const InputDocument& moved, InputDocument* item) {
  item->id = moved.id;
  item->title = moved.title;
  item->source_path = moved.source_path;
  item->source_line = moved.source_line;
  item->url = moved.url;
}

void FailResult(const Engine& engine, const InputItem& item, const std::string& reason, BatchResult& result) {
  result.failed = true;
  result.failure = result.id + ": " + reason;
  result.json = ErrorRecordJson(item.document, result.failure, &engine.generator());
}

}  // namespace

std::vector<BatchResult> ProcessChunk(
    const Engine& engine, std::vector<InputItem>& items,
    const std::function<void(const Document&, BatchResult&)>& finish) {
  std::vector<BatchResult> results(items.size());
  std::vector<InputDocument> readable;
  std::vector<size_t> readable_items;  // readable[k] is items[readable_items[k]]
  for (size_t i = 0; i < items.size(); ++i) {
    BatchResult& result = results[i];
    result.id = items[i].document.id;
    result.input_bytes = items[i].document.bytes.size();
    result.output_name = items[i].output_name;
    result.warnings = items[i].warnings;
    if (items[i].error) {
      result.failed = true;
      result.failure = *items[i].error;
      result.json = ErrorRecordJson(items[i].document, *items[i].error, &engine.generator());
    } else {
      readable_items.push_back(i);
      readable.push_back(std::move(items[i].document));
      KeepProvenance(readable.back(), &items[i].document);
    }
  }
  // Should the batch throw, each of its documents is tried alone so that
  // only the one at fault gets an error record; a copy of the inputs is
  // kept for that (a chunk of one document needs none, and a document over
  // Engine::kBatchBytes is always alone). The copy is 0.05% of the chunk's
  // ProcessBatch (189 White House releases in chunks of 16: 0.14 ms against
  // 254 ms): too little to give ProcessBatch a second, borrowing signature.
  std::vector<InputDocument> spare;
  if (readable.size() > 1) spare = readable;
  std::vector<std::optional<Document>> docs(readable.size());
  try {
    std::vector<Document> batch = engine.ProcessBatch(std::move(readable));
    for (size_t k = 0; k < batch.size(); ++k) docs[k] = std::move(batch[k]);
  } catch (...) {
    const std::string reason = ExceptionReason();
    for (size_t k = 0; k < spare.size(); ++k) {
      try {
        docs[k] = engine.Process(std::move(spare[k]));
      } catch (...) {
        FailResult(engine, items[readable_items[k]], ExceptionReason(), results[readable_items[k]]);
      }
    }
    if (spare.empty() && !readable_items.empty()) FailResult(engine, items[readable_items[0]], reason, results[readable_items[0]]);
  }
  for (size_t k = 0; k < docs.size(); ++k) {
    if (!docs[k]) continue;
    Document& doc = *docs[k];
    const InputItem& item = items[readable_items[k]];
    BatchResult& result = results[readable_items[k]];
    try {
      for (const std::string& warning : item.warnings) doc.Warn(warning);
      finish(doc, result);
    } catch (...) {
      FailResult(engine, item, ExceptionReason(), result);
    }
  }
  return results;
}

namespace {

// One run of RunBatch: a reader thread fills chunks, worker threads process
// them, and the calling thread hands the results to the sink in input order.
// Every member below `mutex_` is guarded by it.
class BatchRun {
 public:
  BatchRun(InputStream& inputs, const BatchOptions& options, const ChunkProcessor& process,
           const std::function<bool(BatchResult&)>& sink)
      : inputs_(inputs), options_(options), process_(process), sink_(sink) {}

  BatchStats Run() {
    if (StartThreads()) DeliverInOrder();
    JoinAll();
    if (stats_.fatal.empty() && !reader_failure_.empty()) stats_.fatal = reader_failure_;
    if (options_.show_progress) std::fprintf(stderr, "\r\033[K");
    stats_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    return std::move(stats_);
  }

 private:
  using Chunk = std::pair<size_t, std::vector<InputItem>>;  // its number, its items

  // Starts the reader and the workers. Out of threads (a memory limit,
  // --jobs too high for it), the run goes on with the workers that started,
  // or stops (false, stats_.fatal says why) when none did.
  bool StartThreads() {
    std::string failure = cli::StartThreads(1, [this] { ReadAll(); }, &reader_);
    if (failure.empty()) failure = cli::StartThreads(static_cast<size_t>(options_.jobs), [this] { Work(); }, &workers_);
    if (failure.empty()) return true;
    if (reader_.empty() || workers_.empty()) {
      Stop();
      stats_.fatal = "cannot start a thread: " + failure;
      return false;
    }
    std::fprintf(stderr, "communique: started %zu of %d worker threads (%s); going on with them\n",
                 workers_.size(), options_.jobs, failure.c_str());
    return true;
  }

  void JoinAll() {
    for (std::thread& thread : reader_) thread.join();
    for (std::thread& worker : workers_) worker.join();
  }

  // Ends the run early: the reader and the workers leave as soon as they
  // look (a read blocked on stdin is woken).
  void Stop() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
      changed_.notify_all();
    }
    inputs_.Cancel();
  }

  // The reader thread: Next() never throws, but admit might (no memory).
  void ReadAll() {
    try {
      ReadChunks();
    } catch (...) {
      std::lock_guard lock(mutex_);
      reader_failure_ = "reading the inputs: " + ExceptionReason();
      stopping_ = true;
      changed_.notify_all();
    }
  }

  // Reads items into chunks (Engine::BatchFull), at most `window` chunks
  // ahead of the sink.
  void ReadChunks() {
    const size_t window = static_cast<size_t>(options_.jobs) * 4;
    while (true) {
      {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return in_flight_ < window || stopping_; });
        if (stopping_) return;
      }
      std::optional<InputItem> item = inputs_.Next();
      if (item && options_.admit) options_.admit(*item);
      std::lock_guard lock(mutex_);
      if (!item || stopping_) {
        CloseForming();
        input_done_ = true;
        changed_.notify_all();
        return;
      }
      const size_t bytes = item->document.bytes.size();
      if (Engine::BatchFull(forming_.size(), forming_bytes_, bytes)) CloseForming();
      const bool first = forming_.empty();
      if (first) forming_since_ = std::chrono::steady_clock::now();
      forming_bytes_ += bytes;
      forming_.push_back(std::move(*item));
      if (Engine::BatchFull(forming_.size(), forming_bytes_, 0)) {
        CloseForming();
      } else if (first) {
        changed_.notify_all();  // idle workers start the chunk's clock
      }
    }
  }

  // REQUIRES: mutex_ held.
  void CloseForming() {
    if (forming_.empty()) return;
    pending_.emplace_back(read_count_++, std::move(forming_));
    forming_.clear();
    forming_bytes_ = 0;
    ++in_flight_;
    changed_.notify_all();
  }

  // A worker thread: takes chunks until the input ends or the run stops.
  void Work() {
    while (std::optional<Chunk> chunk = TakeChunk()) {
      std::vector<BatchResult> results = ProcessOrFail(chunk->second);
      std::lock_guard lock(mutex_);
      finished_.emplace(chunk->first, std::move(results));
      changed_.notify_all();
    }
  }

  // The next chunk to process, or nullopt when there is none left. A chunk
  // still filling is handed out anyway once it has waited kMaxChunkWait: a
  // producer writing one document now and then on a pipe gets each record
  // back promptly instead of after 16 documents.
  std::optional<Chunk> TakeChunk() {
    constexpr auto kMaxChunkWait = std::chrono::milliseconds(20);
    std::unique_lock lock(mutex_);
    while (pending_.empty() && !input_done_ && !stopping_) {
      if (forming_.empty()) {
        changed_.wait(lock);
        continue;
      }
      const auto due = forming_since_ + kMaxChunkWait;
      if (std::chrono::steady_clock::now() >= due) {
        CloseForming();
        break;
      }
      changed_.wait_until(lock, due);
    }
    if (pending_.empty() || stopping_) return std::nullopt;
    Chunk chunk = std::move(pending_.front());
    pending_.pop_front();
    return chunk;
  }

  // `process_` over the chunk; should it throw, every item gets an error
  // record with its id.
  std::vector<BatchResult> ProcessOrFail(std::vector<InputItem>& items) {
    std::vector<std::pair<std::string, size_t>> ids;  // id and bytes of each item
    for (const InputItem& item : items) ids.emplace_back(item.document.id, item.document.bytes.size());
    try {
      return process_(items);
    } catch (...) {
      const std::string reason = ExceptionReason();
      std::vector<BatchResult> results(ids.size());
      for (size_t i = 0; i < ids.size(); ++i) {
        results[i].id = ids[i].first;
        results[i].input_bytes = ids[i].second;
        results[i].failed = true;
        results[i].failure = ids[i].first + ": " + reason;
        results[i].json = ErrorRecordJson(ids[i].first, results[i].failure);
      }
      return results;
    }
  }

  // The calling thread: hands each chunk's results to the sink in input
  // order until the input ends or the sink stops the run.
  void DeliverInOrder() {
    auto last_progress = started_;
    while (std::optional<std::vector<BatchResult>> results = NextResults()) {
      if (!Deliver(*results)) {
        Stop();
        return;
      }
      if (options_.show_progress) {
        const auto now = std::chrono::steady_clock::now();
        if (now - last_progress > std::chrono::milliseconds(250)) {
          last_progress = now;
          PrintProgress(stats_, std::chrono::duration<double>(now - started_).count(), options_.expected_bytes);
        }
      }
    }
  }

  // The results of the next chunk in input order, waiting for them (after
  // options_.idle); nullopt when there are no more.
  std::optional<std::vector<BatchResult>> NextResults() {
    std::unique_lock lock(mutex_);
    auto ready = [&] {
      return finished_.count(next_) > 0 || (input_done_ && next_ == read_count_) || stopping_;
    };
    if (!ready() && options_.idle) {
      lock.unlock();
      options_.idle();
      lock.lock();
    }
    changed_.wait(lock, ready);
    if (finished_.count(next_) == 0) return std::nullopt;
    auto node = finished_.extract(next_++);
    --in_flight_;
    changed_.notify_all();
    return std::move(node.mapped());
  }

  // Counts the results and hands them to the sink. Returns false, with
  // stats_.fatal set, when the sink ends the run.
  bool Deliver(std::vector<BatchResult>& results) {
    for (BatchResult& result : results) {
      ++stats_.documents;
      stats_.bytes += result.input_bytes;
      if (result.failed || !result.write_error.empty()) ++stats_.failed;
      try {
        if (!sink_(result)) {
          stats_.fatal = "the results could not be written";
          return false;
        }
      } catch (...) {
        stats_.fatal = "writing the results: " + ExceptionReason();
        return false;
      }
    }
    return true;
  }

  InputStream& inputs_;
  const BatchOptions& options_;
  const ChunkProcessor& process_;
  const std::function<bool(BatchResult&)>& sink_;
  const std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  BatchStats stats_;  // the calling thread's
  std::vector<std::thread> reader_;  // one thread, once started
  std::vector<std::thread> workers_;

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Chunk> pending_;  // read, not yet taken by a worker
  std::map<size_t, std::vector<BatchResult>> finished_;  // by chunk number
  std::vector<InputItem> forming_;  // the chunk being read
  size_t forming_bytes_ = 0;
  std::chrono::steady_clock::time_point forming_since_;  // when its first item arrived
  size_t in_flight_ = 0;  // chunks read but not yet handed to the sink
  size_t read_count_ = 0;  // chunks read
  size_t next_ = 0;  // the chunk the sink gets next
  bool input_done_ = false;
  bool stopping_ = false;  // the run ends early: threads leave at once
  std::string reader_failure_;
};

}  // namespace

BatchStats RunBatch(InputStream& inputs, const BatchOptions& options, const ChunkProcessor& process,
                    const std::function<bool(BatchResult&)>& sink) {
  return BatchRun(inputs, options, process, sink).Run();
}

}  // namespace communique::cli
