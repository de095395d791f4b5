// `communique serve` under a bounded load, against the CLI on the same
// documents. Starts the server (--port 0), sends a fixed number of POST
// /extract requests from a few concurrent keep-alive clients, and reports
// latency percentiles and throughput; then runs `communique extract -` over
// the same documents as one JSON Lines stream and reports its time. The
// server's records, concatenated in request order, must equal the CLI's
// (but for the CLI's "source" member, the stdin line).
//
//   build/bench/communique_serve_bench [--requests 2000] [--clients 4] [--jobs 2] [--batch 1]
//
// --batch N sends N consecutive documents per request as JSON Lines. The
// documents are the benchmark corpus (bench_data.h): ../shared/press/whitehouse
// when present, else corpus/. One untimed pass over the corpus warms the
// server first (RE2 builds its DFA states on a process's first documents).
// The machine is shared: besides wall-clock figures, the CPU seconds the
// server and the CLI used, and the load average before and after.
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "bench_data.h"
#include "testing/serve_process.h"

namespace {

using communique::testing::ServeProcess;
using Clock = std::chrono::steady_clock;

std::string LoadAverage() {
  double load[3] = {0, 0, 0};
  if (getloadavg(load, 3) != 3) return "unknown";
  char text[64];
  std::snprintf(text, sizeof(text), "%.2f %.2f %.2f", load[0], load[1], load[2]);
  return text;
}

// The JSON Lines record of a document, as `extract -` reads it.
std::string Record(const communique::InputDocument& doc) {
  nlohmann::json record = {{"id", doc.id}, {"text", doc.bytes}};
  if (doc.published) record["published"] = *doc.published;
  if (doc.format == communique::Format::kMarkdown) record["format"] = "markdown";
  return record.dump();
}

double Percentile(const std::vector<double>& sorted, double q) {
  if (sorted.empty()) return 0;
  size_t rank = static_cast<size_t>(std::ceil(q * sorted.size()));
  return sorted[std::min(sorted.size(), std::max<size_t>(rank, 1)) - 1];
}

// Runs `command` through the shell; its wall-clock seconds, or -1 if it failed.
double TimeCommand(const std::string& command) {
  const auto started = Clock::now();
  int status = std::system(command.c_str());
  const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
  return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? seconds : -1;
}

// CPU seconds (user + system) process `pid` has used so far, from /proc.
double ProcessCpuSeconds(pid_t pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  // Fields after the command name (which may hold spaces) start at ") ".
  std::istringstream fields(text.substr(text.rfind(')') + 2));
  std::string field;
  double ticks = 0;
  for (int i = 3; fields >> field && i <= 15; ++i) {
    if (i == 14 || i == 15) ticks += std::stod(field);  // utime, stime
  }
  return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

double ChildrenCpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double OwnCpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

std::string Slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

}  // namespace

int main(int argc, char** argv) {
  int requests = 2000, clients = 4, jobs = 2, batch = 1;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    const int value = std::atoi(argv[i + 1]);
    if (value < 1) {
      std::fprintf(stderr, "%s needs a positive number\n", flag.c_str());
      return 2;
    }
    if (flag == "--requests") requests = value;
    else if (flag == "--clients") clients = value;
    else if (flag == "--jobs") jobs = value;
    else if (flag == "--batch") batch = value;
    else {
      std::fprintf(stderr, "usage: %s [--requests N] [--clients N] [--jobs N] [--batch N]\n", argv[0]);
      return 2;
    }
  }
  const communique::bench::BenchCorpus& corpus = communique::bench::LoadBenchCorpus();
  if (corpus.documents.empty()) {
    std::fprintf(stderr, "no documents in %s\n", corpus.source.c_str());
    return 1;
  }
  std::vector<std::string> records;
  for (const communique::InputDocument& doc : corpus.documents) records.push_back(Record(doc));

  // Request r carries documents r*batch .. r*batch+batch-1 of the corpus repeated.
  std::vector<std::string> bodies(requests);
  size_t total_bytes = 0;
  for (int r = 0; r < requests; ++r) {
    for (int k = 0; k < batch; ++k) {
      const size_t d = (static_cast<size_t>(r) * batch + k) % records.size();
      bodies[r] += records[d] + (batch > 1 ? "\n" : "");
      total_bytes += corpus.documents[d].bytes.size();
    }
  }
  const size_t total_docs = static_cast<size_t>(requests) * batch;
  const char* type = batch > 1 ? "application/x-ndjson" : "application/json";

  std::printf("corpus: %s (%zu documents, %.2f MB)\n", corpus.source.c_str(), corpus.documents.size(),
              corpus.bytes / 1e6);
  std::printf("load: %d requests of %d document(s), %zu documents, %.2f MB, %d keep-alive clients, "
              "server --jobs %d\n",
              requests, batch, total_docs, total_bytes / 1e6, clients, jobs);
  std::printf("cores: %u, load average before: %s\n", std::thread::hardware_concurrency(),
              LoadAverage().c_str());

  // The queue holds every client's request: this measures latency, not 503s.
  ServeProcess server({"--jobs", std::to_string(jobs), "--queue", std::to_string(clients)});
  if (server.port() <= 0) {
    std::fprintf(stderr, "the server did not start:\n%s", server.log().c_str());
    return 1;
  }
  {
    httplib::Client warm = server.Client();
    const auto started = Clock::now();
    for (const std::string& record : records) warm.Post("/extract", record, "application/json");
    std::printf("warm-up: %zu documents one by one in %.3f s (untimed)\n", records.size(),
                std::chrono::duration<double>(Clock::now() - started).count());
  }

  std::vector<std::string> answers(requests);
  std::vector<double> latency_ms(requests, -1);
  std::atomic<int> next{0}, failed{0};
  const double server_cpu_started = ProcessCpuSeconds(server.pid());
  const double own_cpu_started = OwnCpuSeconds();
  const auto started = Clock::now();
  std::vector<std::thread> threads;
  for (int c = 0; c < clients; ++c) {
    threads.emplace_back([&] {
      httplib::Client client = server.Client();
      client.set_keep_alive(true);
      for (int r; (r = next.fetch_add(1)) < requests;) {
        const auto sent = Clock::now();
        auto res = client.Post("/extract", bodies[r], type);
        latency_ms[r] = std::chrono::duration<double, std::milli>(Clock::now() - sent).count();
        if (!res || res->status != 200) {
          ++failed;
          continue;
        }
        answers[r] = std::move(res->body);
      }
    });
  }
  for (std::thread& t : threads) t.join();
  const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
  const double server_cpu = ProcessCpuSeconds(server.pid()) - server_cpu_started;
  const double own_cpu = OwnCpuSeconds() - own_cpu_started;
  server.Signal(SIGTERM);
  const int server_exit = server.Wait(30);

  std::vector<double> sorted = latency_ms;
  std::sort(sorted.begin(), sorted.end());
  std::printf("server: %.3f s, %.0f requests/s, %.0f documents/s, %.1f MB/s; latency ms p50 %.2f, "
              "p90 %.2f, p99 %.2f, max %.2f; %d failed; exit %d after SIGTERM\n",
              seconds, requests / seconds, total_docs / seconds, total_bytes / 1e6 / seconds,
              Percentile(sorted, 0.50), Percentile(sorted, 0.90), Percentile(sorted, 0.99), sorted.back(),
              failed.load(), server_exit);
  std::printf("server CPU: %.3f s (%.1f MB per CPU-second); the clients' CPU: %.3f s\n", server_cpu,
              total_bytes / 1e6 / server_cpu, own_cpu);

  // The CLI over the same documents in the same order, from one JSON Lines file.
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("communique-serve-bench-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  {
    std::ofstream input(dir / "in.jsonl", std::ios::binary);
    for (const std::string& body : bodies) input << body << (batch > 1 ? "" : "\n");
  }
  const std::string cli = std::string(COMMUNIQUE_BINARY) + " extract --jobs " + std::to_string(jobs) + " - < ";
  std::ofstream(dir / "one.jsonl") << "{\"id\": \"start-up\", \"text\": \"Hello.\"}\n";
  const double startup = TimeCommand(cli + (dir / "one.jsonl").string() + " > /dev/null");
  const double cli_cpu_started = ChildrenCpuSeconds();
  const double cli_seconds = TimeCommand(cli + (dir / "in.jsonl").string() + " > " + (dir / "out.jsonl").string());
  const double cli_cpu = ChildrenCpuSeconds() - cli_cpu_started;
  std::string served;
  for (const std::string& answer : answers) served += answer;
  const bool same = served == communique::testing::WithoutSourceMembers(Slurp(dir / "out.jsonl"));
  fs::remove_all(dir);
  std::printf("cli: communique extract --jobs %d - (one JSON Lines stream): %.3f s, %.0f documents/s, "
              "%.1f MB/s (of which %.3f s starting up: rules compiled, one short document)\n",
              jobs, cli_seconds, total_docs / cli_seconds, total_bytes / 1e6 / cli_seconds, startup);
  std::printf("cli CPU: %.3f s (%.1f MB per CPU-second)\n", cli_cpu, total_bytes / 1e6 / cli_cpu);
  std::printf("records: server %s the CLI's\n", same ? "byte-identical to" : "DIFFERENT from");
  std::printf("load average after: %s\n", LoadAverage().c_str());
  return failed.load() == 0 && same && server_exit == 0 ? 0 : 1;
}
