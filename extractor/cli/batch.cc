#include "cli/batch.h"

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

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

}  // namespace

std::vector<BatchResult> ProcessChunk(
    const Engine& engine, std::vector<InputItem>& items,
    const std::function<void(const Document&, BatchResult&)>& finish) {
  std::vector<BatchResult> results(items.size());
  std::vector<InputDocument> readable;
  for (size_t i = 0; i < items.size(); ++i) {
    BatchResult& result = results[i];
    result.id = items[i].document.id;
    result.input_bytes = items[i].document.bytes.size();
    if (items[i].error) {
      result.failed = true;
      result.failure = *items[i].error;
      result.json = ErrorRecordJson(result.id, *items[i].error);
    } else {
      readable.push_back(std::move(items[i].document));
    }
  }
  std::vector<Document> docs = engine.ProcessBatch(std::move(readable));
  size_t next_doc = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!items[i].error) finish(docs[next_doc++], results[i]);
  }
  return results;
}

BatchStats RunBatch(InputStream& inputs, int jobs, const ChunkProcessor& process,
                    const std::function<void(BatchResult&)>& sink, bool show_progress,
                    size_t expected_bytes, const std::function<void()>& idle) {
  const auto started = std::chrono::steady_clock::now();
  const size_t window = static_cast<size_t>(jobs) * 4;  // chunks
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
  // REQUIRES: mutex held.
  auto close_forming = [&] {
    if (forming.empty()) return;
    pending.emplace_back(read_count++, std::move(forming));
    forming.clear();
    forming_bytes = 0;
    ++in_flight;
    changed.notify_all();
  };

  std::thread reader([&] {
    while (true) {
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return in_flight < window; });
      }
      std::optional<InputItem> item = inputs.Next();
      std::lock_guard lock(mutex);
      if (!item) {
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
  });

  std::vector<std::thread> workers;
  for (int w = 0; w < jobs; ++w) {
    workers.emplace_back([&] {
      while (true) {
        std::pair<size_t, std::vector<InputItem>> work;
        {
          std::unique_lock lock(mutex);
          while (pending.empty() && !input_done) {
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
          if (pending.empty()) return;
          work = std::move(pending.front());
          pending.pop_front();
        }
        std::vector<BatchResult> results = process(work.second);
        std::lock_guard lock(mutex);
        finished.emplace(work.first, std::move(results));
        changed.notify_all();
      }
    });
  }

  BatchStats stats;
  size_t next = 0;
  auto last_progress = started;
  while (true) {
    std::vector<BatchResult> results;
    {
      std::unique_lock lock(mutex);
      auto ready = [&] { return finished.count(next) > 0 || (input_done && next == read_count); };
      if (!ready() && idle) {
        lock.unlock();
        idle();
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
    for (BatchResult& result : results) {
      ++stats.documents;
      stats.bytes += result.input_bytes;
      if (result.failed) ++stats.failed;
      sink(result);
    }
    if (show_progress) {
      auto now = std::chrono::steady_clock::now();
      if (now - last_progress > std::chrono::milliseconds(250)) {
        last_progress = now;
        PrintProgress(stats, std::chrono::duration<double>(now - started).count(), expected_bytes);
      }
    }
  }
  reader.join();
  for (std::thread& worker : workers) worker.join();
  if (show_progress) std::fprintf(stderr, "\r\033[K");
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return stats;
}

}  // namespace communique::cli
