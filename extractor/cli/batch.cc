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

BatchStats RunBatch(InputStream& inputs, int jobs,
                    const std::function<BatchResult(InputItem&)>& process,
                    const std::function<void(BatchResult&)>& sink, bool show_progress,
                    size_t expected_bytes) {
  const auto started = std::chrono::steady_clock::now();
  const size_t window = static_cast<size_t>(jobs) * 4;
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<std::pair<size_t, InputItem>> pending;
  std::map<size_t, BatchResult> finished;
  size_t in_flight = 0;  // read but not yet handed to the sink
  size_t read_count = 0;
  bool input_done = false;

  std::thread reader([&] {
    while (true) {
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return in_flight < window; });
      }
      std::optional<InputItem> item = inputs.Next();
      std::lock_guard lock(mutex);
      if (!item) {
        input_done = true;
        changed.notify_all();
        return;
      }
      pending.emplace_back(read_count++, std::move(*item));
      ++in_flight;
      changed.notify_all();
    }
  });

  std::vector<std::thread> workers;
  for (int w = 0; w < jobs; ++w) {
    workers.emplace_back([&] {
      while (true) {
        std::pair<size_t, InputItem> work;
        {
          std::unique_lock lock(mutex);
          changed.wait(lock, [&] { return !pending.empty() || input_done; });
          if (pending.empty()) return;
          work = std::move(pending.front());
          pending.pop_front();
        }
        BatchResult result = process(work.second);
        std::lock_guard lock(mutex);
        finished.emplace(work.first, std::move(result));
        changed.notify_all();
      }
    });
  }

  BatchStats stats;
  size_t next = 0;
  auto last_progress = started;
  while (true) {
    BatchResult result;
    {
      std::unique_lock lock(mutex);
      changed.wait(lock, [&] {
        return finished.count(next) > 0 || (input_done && next == read_count);
      });
      if (finished.count(next) == 0) break;
      auto node = finished.extract(next);
      result = std::move(node.mapped());
      --in_flight;
      changed.notify_all();
    }
    ++next;
    ++stats.documents;
    stats.bytes += result.input_bytes;
    if (result.failed) ++stats.failed;
    sink(result);
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
