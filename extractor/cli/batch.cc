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
  // kept for that (a chunk of one document needs none).
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

BatchStats RunBatch(InputStream& inputs, const BatchOptions& options, const ChunkProcessor& process,
                    const std::function<bool(BatchResult&)>& sink) {
  const auto started = std::chrono::steady_clock::now();
  const size_t window = static_cast<size_t>(options.jobs) * 4;  // chunks
  // A chunk still filling is handed out anyway once it has waited this long:
  // a producer writing one document now and then on a pipe gets each record
  // back promptly instead of after 16 documents.
  const auto kMaxChunkWait = std::chrono::milliseconds(20);
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<std::pair<size_t, std::vector<InputItem>>> pending;
  std::map<size_t, std::vector<BatchResult>> finished;
  std::vector<InputItem> forming;  // the chunk being read
  size_t forming_bytes = 0;
  auto forming_since = started;  // when its first item arrived
  size_t in_flight = 0;  // chunks read but not yet handed to the sink
  size_t read_count = 0;
  bool input_done = false;
  bool stopping = false;  // the run ends early: threads leave at once
  std::string reader_failure;
  // REQUIRES: mutex held.
  auto close_forming = [&] {
    if (forming.empty()) return;
    pending.emplace_back(read_count++, std::move(forming));
    forming.clear();
    forming_bytes = 0;
    ++in_flight;
    changed.notify_all();
  };
  // Ends the run early: the reader and the workers leave as soon as they
  // look (a read blocked on stdin is woken).
  auto stop = [&] {
    {
      std::lock_guard lock(mutex);
      stopping = true;
      changed.notify_all();
    }
    inputs.Cancel();
  };

  auto read_all = [&] {
    while (true) {
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return in_flight < window || stopping; });
        if (stopping) return;
      }
      std::optional<InputItem> item = inputs.Next();
      if (item && options.admit) options.admit(*item);
      std::lock_guard lock(mutex);
      if (!item || stopping) {
        close_forming();
        input_done = true;
        changed.notify_all();
        return;
      }
      const size_t bytes = item->document.bytes.size();
      if (Engine::BatchFull(forming.size(), forming_bytes, bytes)) close_forming();
      const bool first = forming.empty();
      if (first) forming_since = std::chrono::steady_clock::now();
      forming_bytes += bytes;
      forming.push_back(std::move(*item));
      if (Engine::BatchFull(forming.size(), forming_bytes, 0)) {
        close_forming();
      } else if (first) {
        changed.notify_all();  // idle workers start the chunk's clock
      }
    }
  };
  auto work = [&] {
    while (true) {
      std::pair<size_t, std::vector<InputItem>> chunk;
      {
        std::unique_lock lock(mutex);
        while (pending.empty() && !input_done && !stopping) {
          if (forming.empty()) {
            changed.wait(lock);
            continue;
          }
          const auto due = forming_since + kMaxChunkWait;
          if (std::chrono::steady_clock::now() >= due) {
            close_forming();
            break;
          }
          changed.wait_until(lock, due);
        }
        if (pending.empty() || stopping) return;
        chunk = std::move(pending.front());
        pending.pop_front();
      }
      std::vector<std::pair<std::string, size_t>> ids;  // for results should `process` throw
      for (const InputItem& item : chunk.second) ids.emplace_back(item.document.id, item.document.bytes.size());
      std::vector<BatchResult> results;
      try {
        results = process(chunk.second);
      } catch (...) {
        results.assign(ids.size(), BatchResult{});
        const std::string reason = ExceptionReason();
        for (size_t i = 0; i < ids.size(); ++i) {
          results[i].id = ids[i].first;
          results[i].input_bytes = ids[i].second;
          results[i].failed = true;
          results[i].failure = ids[i].first + ": " + reason;
          results[i].json = ErrorRecordJson(ids[i].first, results[i].failure);
        }
      }
      std::lock_guard lock(mutex);
      finished.emplace(chunk.first, std::move(results));
      changed.notify_all();
    }
  };

  BatchStats stats;
  std::thread reader;
  std::vector<std::thread> workers;
  auto join_all = [&] {
    if (reader.joinable()) reader.join();
    for (std::thread& worker : workers) worker.join();
  };
  try {
    reader = std::thread([&] {
      try {
        read_all();
      } catch (...) {  // Next() never throws; admit might (no memory)
        std::lock_guard lock(mutex);
        reader_failure = "reading the inputs: " + ExceptionReason();
        stopping = true;
        changed.notify_all();
      }
    });
    for (int w = 0; w < options.jobs; ++w) workers.emplace_back(work);
  } catch (const std::system_error& e) {
    // Out of threads (a memory limit, --jobs too high for it): go on with
    // the workers that started, or stop when none did.
    if (!reader.joinable() || workers.empty()) {
      stop();
      join_all();
      stats.fatal = std::string("cannot start a thread: ") + e.what();
      return stats;
    }
    std::fprintf(stderr, "communique: started %zu of %d worker threads (%s); going on with them\n",
                 workers.size(), options.jobs, e.what());
  }

  size_t next = 0;
  auto last_progress = started;
  while (true) {
    std::vector<BatchResult> results;
    {
      std::unique_lock lock(mutex);
      auto ready = [&] {
        return finished.count(next) > 0 || (input_done && next == read_count) || stopping;
      };
      if (!ready() && options.idle) {
        lock.unlock();
        options.idle();
        lock.lock();
      }
      changed.wait(lock, ready);
      if (finished.count(next) == 0) break;
      auto node = finished.extract(next);
      results = std::move(node.mapped());
      --in_flight;
      changed.notify_all();
    }
    ++next;
    bool go_on = true;
    for (BatchResult& result : results) {
      ++stats.documents;
      stats.bytes += result.input_bytes;
      if (result.failed || !result.write_error.empty()) ++stats.failed;
      try {
        go_on = sink(result);
      } catch (...) {
        stats.fatal = "writing the results: " + ExceptionReason();
        go_on = false;
      }
      if (!go_on) break;
    }
    if (!go_on) {
      stop();
      break;
    }
    if (options.show_progress) {
      auto now = std::chrono::steady_clock::now();
      if (now - last_progress > std::chrono::milliseconds(250)) {
        last_progress = now;
        PrintProgress(stats, std::chrono::duration<double>(now - started).count(), options.expected_bytes);
      }
    }
  }
  join_all();
  if (stats.fatal.empty() && !reader_failure.empty()) stats.fatal = reader_failure;
  if (options.show_progress) std::fprintf(stderr, "\r\033[K");
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return stats;
}

}  // namespace communique::cli
