// End-to-end tests of `communique serve`: each test starts the binary on a
// free loopback port (--port 0) and talks HTTP to it. Records must equal what
// `communique extract` writes for the same documents.
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <future>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "cli/server.h"
#include "communique/pipeline.h"
#include "testing/serve_process.h"

namespace communique {
namespace {

namespace fs = std::filesystem;
using testing::ServeProcess;

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

// Runs the CLI with `args` (a shell fragment), stdin from `stdin_file`;
// returns stdout, without the "source" member the CLI adds to each record
// (a file path or a stdin line: a request to the server has neither).
std::string RunCli(const std::string& args, const std::string& stdin_file = "") {
  std::string command = std::string(COMMUNIQUE_BINARY) + " " + args + " 2>/dev/null";
  if (!stdin_file.empty()) command += " < " + stdin_file;
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return out;
  std::array<char, 65536> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), n);
  pclose(pipe);
  return testing::WithoutSourceMembers(std::move(out));
}

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// corpus/ as JSON Lines records: each text with its sidecar's fields, so
// that the record reads as `communique extract corpus/` reads the file.
struct Corpus {
  std::vector<std::string> records;  // one JSON object per document, no newline
  std::string jsonl;                 // the records, one per line
};

const Corpus& CorpusRecords() {
  static const Corpus corpus = [] {
    Corpus result;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(fs::path(COMMUNIQUE_SOURCE_DIR) / "corpus")) {
      const fs::path& path = entry.path();
      if ((path.extension() == ".txt" || path.extension() == ".md") && path.stem() != "README") {
        files.push_back(path);
      }
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
      nlohmann::json record = nlohmann::json::object();
      fs::path meta = file.parent_path() / (file.stem().string() + ".meta.json");
      if (fs::exists(meta)) record = nlohmann::json::parse(Slurp(meta));
      if (!record.contains("id")) record["id"] = file.stem().string();
      if (file.extension() == ".md" && !record.contains("format")) record["format"] = "markdown";
      record["text"] = Slurp(file);
      result.records.push_back(record.dump());
      result.jsonl += result.records.back() + "\n";
    }
    return result;
  }();
  return corpus;
}

// The number of requests the server has admitted, from GET /health.
int AdmittedRequests(const ServeProcess& server) {
  httplib::Client client = server.Client();
  auto res = client.Get("/health");
  if (!res || res->status != 200) return -1;
  return nlohmann::json::parse(res->body)["requests"].get<int>();
}

// A JSON Lines body of the corpus repeated until it holds `min_bytes`: a
// request that keeps a worker busy for a while.
std::string BigBody(size_t min_bytes) {
  std::string body;
  while (body.size() < min_bytes) body += CorpusRecords().jsonl;
  return body;
}

// Sends `body` as JSON Lines in the background, then waits until the server
// reports it admitted. Returns false if the request ended first (the machine
// was faster than the body is long).
bool StartSlowRequest(const ServeProcess& server, const std::string& body,
                      std::future<httplib::Result>* pending) {
  *pending = std::async(std::launch::async, [&server, &body] {
    httplib::Client client = server.Client();
    return client.Post("/extract", body, "application/x-ndjson");
  });
  while (pending->wait_for(std::chrono::milliseconds(0)) != std::future_status::ready) {
    if (AdmittedRequests(server) >= 1) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));  // not thousands of connections
  }
  return false;
}

// A raw TCP connection to the server, for the clients httplib will not
// play: one that sends its request a few bytes at a time, or nothing.
class RawConnection {
 public:
  explicit RawConnection(int port) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    connected_ = fd_ >= 0 && ::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  }
  ~RawConnection() {
    if (fd_ >= 0) ::close(fd_);
  }
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  bool connected() const { return connected_; }
  void Send(const std::string& text) { (void)::send(fd_, text.data(), text.size(), MSG_NOSIGNAL); }
  // Whether the server has closed the connection (after any answer it sent).
  bool Ended() {
    char buffer[4096];
    for (pollfd p{fd_, POLLIN, 0}; ::poll(&p, 1, 0) > 0;) {
      if (::recv(fd_, buffer, sizeof buffer, MSG_DONTWAIT) <= 0) return true;
    }
    return false;
  }

 private:
  int fd_;
  bool connected_ = false;
};

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// How long a test lets a client drip before it calls the server hung: a
// guard against hanging, not a bound the server must meet (the server's
// deadline is 1 s; a client cut off only by this guard was never cut off).
constexpr double kHangGuardSeconds = 60;

// How a slow client talks: what it sends first, then a piece of it every 200 ms.
struct SlowClient {
  const char* name;
  std::string start;
  std::string drip;
};

const std::vector<SlowClient>& SlowClients() {
  static const std::vector<SlowClient> clients = {
      {"headers a line at a time", "POST /extract HTTP/1.1\r\nHost: a\r\n", "X-Slow: 1\r\n"},
      {"a body a few bytes at a time",
       "POST /extract HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
       "Content-Length: 100000\r\n\r\n{\"text\": \"",
       "aaaa"},
      {"nothing after connecting", "", ""},
  };
  return clients;
}

// Regression (review of session 4): httplib's timeouts bound each read, not a
// request, so a client sending a byte every few seconds held a connection
// thread for as long as it liked. --timeout bounds the whole request.
TEST(Serve, ASlowClientIsCutOffAfterTheTimeout) {
  ServeProcess server({"--jobs", "1", "--timeout", "1"});
  ASSERT_GT(server.port(), 0) << server.log();
  for (const SlowClient& client : SlowClients()) {
    RawConnection connection(server.port());
    ASSERT_TRUE(connection.connected());
    const auto start = std::chrono::steady_clock::now();
    connection.Send(client.start);
    // The client never completes its request: without a deadline the server
    // keeps reading for as long as it drips, and only the server can end
    // the connection.
    bool ended = false;
    while (!(ended = connection.Ended()) && SecondsSince(start) < kHangGuardSeconds) {
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
      connection.Send(client.drip);
    }
    EXPECT_TRUE(ended) << client.name << ": still read after " << SecondsSince(start) << " s";
  }
  auto health = server.Client().Get("/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

TEST(Serve, SlowClientsDoNotStallTheServer) {
  // One worker and no queue: 5 connection threads, fewer than the slow clients.
  ServeProcess server({"--jobs", "1", "--queue", "0", "--timeout", "1"});
  ASSERT_GT(server.port(), 0) << server.log();
  std::vector<std::unique_ptr<RawConnection>> slow;
  for (int i = 0; i < 8; ++i) {
    const SlowClient& client = SlowClients()[static_cast<size_t>(i) % 2];
    slow.push_back(std::make_unique<RawConnection>(server.port()));
    ASSERT_TRUE(slow.back()->connected());
    slow.back()->Send(client.start);
  }
  // The slow clients drip until the request is answered: a server that let
  // them hold its threads would answer only once they stopped.
  std::atomic<bool> answered{false};
  std::atomic<bool> dripped_to_the_end{false};
  std::thread drip([&] {
    const auto start = std::chrono::steady_clock::now();
    while (!answered && SecondsSince(start) < kHangGuardSeconds) {
      for (size_t i = 0; i < slow.size(); ++i) slow[i]->Send(SlowClients()[i % 2].drip);
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    dripped_to_the_end = !answered;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  auto res = server.Client().Post("/extract", CorpusRecords().records[0], "application/json");
  answered = true;
  drip.join();
  // The slow clients are cut off after 1 s, and the request is answered
  // while they still drip.
  EXPECT_FALSE(dripped_to_the_end) << "the request was not answered while the slow clients dripped";
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
}

// The other half of --timeout: a client that takes its answer a little at a
// time. Each write makes progress, so httplib's per-write timeout never fired
// and the connection thread wrote for as long as the client read.
TEST(Serve, AClientTakingItsAnswerSlowlyIsCutOffAfterTheTimeout) {
  ServeProcess server({"--jobs", "2", "--timeout", "1"});
  ASSERT_GT(server.port(), 0) << server.log();
  const std::string body = BigBody(8 << 20);
  // A small receive buffer, set before connecting, keeps the answer in the server.
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  ASSERT_GE(fd, 0);
  const int small = 64 << 10;
  ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(server.port()));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  const std::string head = "POST /extract HTTP/1.1\r\nHost: a\r\nContent-Type: application/x-ndjson\r\n"
                           "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  std::string request = head + body;
  for (size_t sent = 0; sent < request.size();) {
    const ssize_t n = ::send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
    ASSERT_GT(n, 0);
    sent += static_cast<size_t>(n);
  }
  // Reads 64 KB every 5 ms at most: steady progress, but the answer, over
  // 16 MB, takes longer than the timeout.
  std::string answer;
  std::vector<char> buffer(64 << 10);
  const auto start = std::chrono::steady_clock::now();
  std::optional<std::chrono::steady_clock::time_point> first_byte;
  while (SecondsSince(start) < kHangGuardSeconds) {
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, 1000) <= 0) continue;
    const ssize_t n = ::recv(fd, buffer.data(), buffer.size(), 0);
    if (n <= 0) break;
    if (!first_byte) first_byte = std::chrono::steady_clock::now();
    answer.append(buffer.data(), static_cast<size_t>(n));
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ::close(fd);
  ASSERT_TRUE(first_byte) << "no answer at all";
  const size_t header_end = answer.find("\r\n\r\n");
  ASSERT_NE(header_end, std::string::npos);
  const size_t length_at = answer.find("Content-Length: ");
  ASSERT_LT(length_at, header_end);
  const size_t length = std::stoul(answer.substr(length_at + 16));
  ASSERT_GT(length, 16u << 20);
  // Cut off 1 s after the answer began: the client gets what the server had
  // written by then (the sockets' buffers hold megabytes), not the whole.
  EXPECT_LT(answer.size() - header_end - 4, length) << SecondsSince(*first_byte) << " s";
}

TEST(Serve, RecordsEqualTheCliForCorpusDocuments) {
  const Corpus& corpus = CorpusRecords();
  ASSERT_FALSE(corpus.records.empty());
  const std::string expected = RunCli("extract " + std::string(COMMUNIQUE_SOURCE_DIR) + "/corpus");
  const std::vector<std::string> expected_lines = SplitLines(expected);
  ASSERT_EQ(expected_lines.size(), corpus.records.size());

  ServeProcess server({"--jobs", "2"});
  ASSERT_GT(server.port(), 0) << server.log();
  httplib::Client client = server.Client();
  // One document per request, as application/json and without a type.
  for (size_t i = 0; i < corpus.records.size(); ++i) {
    auto res = client.Post("/extract", corpus.records[i], "application/json");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
    EXPECT_EQ(res->body, expected_lines[i] + "\n") << "document " << i;
    auto untyped = client.Post("/extract", corpus.records[i], "");
    ASSERT_TRUE(untyped);
    EXPECT_EQ(untyped->body, expected_lines[i] + "\n") << "document " << i;
  }
  // The whole corpus as one JSON Lines body, typed and detected.
  for (const char* type : {"application/x-ndjson", "text/plain"}) {
    auto res = client.Post("/extract", corpus.jsonl, type);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/x-ndjson");
    EXPECT_EQ(res->body, expected) << type;
  }
  // --no-rule-ids as in the CLI.
  ServeProcess bare({"--jobs", "1", "--no-rule-ids"});
  ASSERT_GT(bare.port(), 0) << bare.log();
  auto res = bare.Client().Post("/extract", corpus.jsonl, "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->body, RunCli("extract --no-rule-ids " + std::string(COMMUNIQUE_SOURCE_DIR) + "/corpus"));
}

TEST(Serve, JsonLinesBadLinesGetTheCliErrorRecordsInPlace) {
  const std::string body =
      "{\"id\": \"a\", \"text\": \"The EU and Japan met today.\", \"published\": \"2025-03-01\"}\n"
      "\n"
      "{\"text\": \n"
      "[1, 2]\n"
      "{\"id\": \"b\", \"published\": \"2025-02-30\", \"text\": \"x\"}\n"
      "{\"text\": \"No id here.\"}\n";
  fs::path input = fs::temp_directory_path() / ("communique-serve-" + std::to_string(::getpid()) + ".jsonl");
  std::ofstream(input, std::ios::binary) << body;
  std::vector<std::string> cli = SplitLines(RunCli("extract -", input.string()));
  fs::remove(input);
  ASSERT_EQ(cli.size(), 5u);

  ServeProcess server({"--jobs", "1"});
  ASSERT_GT(server.port(), 0) << server.log();
  auto res = server.Client().Post("/extract", body, "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  std::vector<std::string> served = SplitLines(res->body);
  ASSERT_EQ(served.size(), 5u);
  // The same records, except that the server names lines "line N", not
  // "stdin:N", and unnamed documents "line-N", not "stdin-N".
  for (size_t i = 0; i < cli.size(); ++i) {
    std::string renamed = cli[i];
    for (auto [from, to] : {std::pair{"stdin:", "line "}, std::pair{"stdin-", "line-"}}) {
      for (size_t at; (at = renamed.find(from)) != std::string::npos;) renamed.replace(at, 6, to);
    }
    EXPECT_EQ(served[i], renamed) << "line " << i;
  }
  EXPECT_NE(served[1].find("not valid JSON: parse error at line 1, column"), std::string::npos) << served[1];
}

TEST(Serve, BadBodiesGetTheRightStatusAndReason) {
  ServeProcess server({"--jobs", "1", "--max-bytes", "4096", "--max-documents", "3"});
  ASSERT_GT(server.port(), 0) << server.log();
  httplib::Client client = server.Client();
  struct Case {
    std::string body;
    std::string type;
    int status;
    std::string reason;  // a part of the error message
  };
  const std::vector<Case> cases = {
      {"{\"text\": \"unterminated", "application/json", 400, "not valid JSON: parse error at line 1, column"},
      {"{\"text\": 1", "", 400, "expected '}'"},
      {"[\"text\"]", "application/json", 400, "must be an object"},
      {"{\"id\": \"x\"}", "application/json", 400, "missing string field \"text\""},
      {"{\"text\": \"x\", \"published\": \"2025-13-01\"}", "application/json", 400, "\"published\" must be"},
      {"{\"text\": \"x\", \"format\": \"pdf\"}", "application/json", 400, "\"format\" must be"},
      {"{\"text\": \"x\", \"id\": \"\"}", "application/json", 400, "\"id\" must be"},
      {std::string(100, '[') + std::string(100, ']'), "application/json", 400, "nested deeper"},
      {"", "application/json", 400, "empty body"},
      {"{\"text\": \"a\"}{\"text\": \"b\"}", "", 400, "curl -d drops newlines"},
      {" \n ", "", 400, "empty body"},
      {"{\"text\": \"" + std::string(5000, 'a') + "\"}", "application/json", 413, "over 4096 bytes"},
      {"{\"text\": \"a\"}\n{\"text\": \"b\"}\n\n{}\n[]\n", "application/x-ndjson", 413, "more than 3 documents"},
  };
  for (const Case& c : cases) {
    auto res = client.Post("/extract", c.body, c.type.empty() ? "application/octet-stream" : c.type);
    ASSERT_TRUE(res) << c.body.substr(0, 40);
    EXPECT_EQ(res->status, c.status) << c.body.substr(0, 40);
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
    nlohmann::json error = nlohmann::json::parse(res->body, nullptr, false);
    ASSERT_TRUE(error.is_object()) << res->body;
    EXPECT_EQ(error["error"]["status"], c.status);
    EXPECT_NE(error["error"]["message"].get<std::string>().find(c.reason), std::string::npos)
        << res->body;
  }
  // The JSON Lines hint is for documents run together, not for a cut one
  // ("unexpected end of input" is no "expected end of input").
  auto truncated = client.Post("/extract", "{\"text\": 1", "application/json");
  ASSERT_TRUE(truncated);
  EXPECT_EQ(truncated->body.find("curl -d"), std::string::npos) << truncated->body;
  auto missing = client.Get("/extract");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  EXPECT_NE(missing->body.find("no such endpoint"), std::string::npos);
  // The server is still well after all of that.
  auto health = client.Get("/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(nlohmann::json::parse(health->body)["status"], "ok");
}

TEST(Serve, VersionNamesTheProgramAndTheRulePack) {
  ServeProcess embedded({"--jobs", "1"});
  ServeProcess directory({"--jobs", "1", "--rules", std::string(COMMUNIQUE_SOURCE_DIR) + "/rules"});
  ASSERT_GT(embedded.port(), 0) << embedded.log();
  ASSERT_GT(directory.port(), 0) << directory.log();
  auto a = embedded.Client().Get("/version");
  auto b = directory.Client().Get("/version");
  ASSERT_TRUE(a && b);
  nlohmann::json va = nlohmann::json::parse(a->body);
  nlohmann::json vb = nlohmann::json::parse(b->body);
  EXPECT_EQ(va["name"], "communique");
  EXPECT_EQ("communique " + va["version"].get<std::string>() + "\n", RunCli("--version"));
  EXPECT_EQ(va["rules"]["source"], "embedded");
  EXPECT_EQ(vb["rules"]["source"], "directory");
  // The embedded pack is the repository's rules/: the same files, the same digest.
  EXPECT_EQ(va["rules"]["digest"], vb["rules"]["digest"]);
  EXPECT_EQ(va["rules"]["files"], vb["rules"]["files"]);
  EXPECT_GT(va["rules"]["files"].get<int>(), 0);
  // The digest is the hash every record's generator names (one FNV-1a: the
  // server had its own, with other separators, review of session 4).
  auto record = embedded.Client().Post("/extract", R"({"text": "The EU met Japan."})", "application/json");
  ASSERT_TRUE(record);
  EXPECT_EQ(va["rules"]["digest"], nlohmann::json::parse(record->body)["generator"]["rules"]["hash"]);
}

// Regression (review of session 4): --queue took up to 100000, and a
// connection or worker thread that could not start (a memory limit) aborted
// the process. The queue is bounded, and a thread that cannot start is exit
// 1 with the reason.
TEST(Serve, ThreadsThatCannotStartAreExitOneWithAReason) {
#ifdef COMMUNIQUE_SANITIZED
  GTEST_SKIP() << "memory limits do not mix with ASan";
#endif
  const fs::path log = fs::temp_directory_path() / ("communique-serve-threads-" + std::to_string(::getpid()));
  // Each thread's stack reserves `ulimit -s`: only a few fit under -v.
  const std::string command = "ulimit -v 2500000; ulimit -s 400000; timeout 60 " + std::string(COMMUNIQUE_BINARY) +
                              " serve --port 0 --jobs 2 --queue 16 2> " + log.string();
  const int status = std::system(("sh -c '" + command + "'").c_str());
  const std::string err = Slurp(log);
  fs::remove(log);
  ASSERT_TRUE(WIFEXITED(status)) << err;
  EXPECT_EQ(WEXITSTATUS(status), 1) << err;
  EXPECT_NE(err.find("communique serve: cannot start"), std::string::npos) << err;
}

TEST(Serve, UsageErrorsExitTwo) {
  for (const char* args : {"serve --port 70000", "serve --port x", "serve --jobs 0", "serve --max-bytes 0",
                           "serve --frobnicate", "serve --rules /no/such/dir", "serve --timeout 0", "serve --max-documents 0",
                           "serve --queue 257"}) {
    // `timeout`: a wrongly accepted option would start a server that never ends.
    int status =
        std::system(("timeout 20 " + std::string(COMMUNIQUE_BINARY) + " " + args + " 2>/dev/null").c_str());
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 2) << args;
  }
}

TEST(Serve, APortInUseIsAnError) {
  // Regression: httplib's default SO_REUSEPORT let a second server bind the
  // same port and take part of the first one's connections.
  ServeProcess first({"--jobs", "1"});
  ASSERT_GT(first.port(), 0) << first.log();
  int status = std::system(("timeout 20 " + std::string(COMMUNIQUE_BINARY) + " serve --jobs 1 --port " +
                            std::to_string(first.port()) + " 2>/dev/null")
                               .c_str());
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 1) << status;
}

TEST(Serve, FullQueueGets503) {
  // One worker and no queue: a second request while the first runs is refused.
  ServeProcess server({"--jobs", "1", "--queue", "0"});
  ASSERT_GT(server.port(), 0) << server.log();
  bool observed = false;
  for (size_t bytes = 4 << 20; !observed && bytes <= (16u << 20); bytes *= 2) {
    const std::string body = BigBody(bytes);
    std::future<httplib::Result> slow;
    if (StartSlowRequest(server, body, &slow)) {
      observed = true;
      auto refused = server.Client().Post("/extract", CorpusRecords().records[0], "application/json");
      ASSERT_TRUE(refused);
      EXPECT_EQ(refused->status, 503);
      EXPECT_EQ(refused->get_header_value("Retry-After"), "1");
      EXPECT_NE(refused->body.find("busy"), std::string::npos) << refused->body;
    }
    httplib::Result done = slow.get();
    ASSERT_TRUE(done);
    EXPECT_EQ(done->status, 200);
  }
  EXPECT_TRUE(observed) << "the slow request always ended before it was seen";
  // Free again.
  auto res = server.Client().Post("/extract", CorpusRecords().records[0], "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
}

TEST(Serve, OneDocumentIsNotStuckBehindALargeRequest) {
  // One worker: the large request's chunks and the small one's take turns.
  ServeProcess server({"--jobs", "1", "--queue", "1"});
  ASSERT_GT(server.port(), 0) << server.log();
  bool observed = false;
  for (size_t bytes = 4 << 20; !observed && bytes <= (16u << 20); bytes *= 2) {
    const std::string body = BigBody(bytes);
    std::future<httplib::Result> large;
    observed = StartSlowRequest(server, body, &large);
    if (observed) {
      auto small = server.Client().Post("/extract", CorpusRecords().records[0], "application/json");
      ASSERT_TRUE(small);
      EXPECT_EQ(small->status, 200);
      // Taking turns, the small request waits for one chunk of the large
      // one, which is still admitted (running) when the small one's answer
      // is back; in arrival order it would have waited for all of them.
      EXPECT_EQ(AdmittedRequests(server), 1) << "the small request was answered after the large one";
    }
    httplib::Result done = large.get();
    ASSERT_TRUE(done);
    EXPECT_EQ(done->status, 200);
  }
  EXPECT_TRUE(observed) << "the large request always ended before it was seen";
}

TEST(Serve, SigtermFinishesTheRequestInFlight) {
  ServeProcess server({"--jobs", "1"});
  ASSERT_GT(server.port(), 0) << server.log();
  bool observed = false;
  for (size_t bytes = 4 << 20; !observed && bytes <= (16u << 20); bytes *= 2) {
    const std::string body = BigBody(bytes);
    const size_t documents = std::count(body.begin(), body.end(), '\n');
    std::future<httplib::Result> slow;
    observed = StartSlowRequest(server, body, &slow);
    if (observed) server.Signal(SIGTERM);
    httplib::Result done = slow.get();
    ASSERT_TRUE(done) << "the request in flight lost its answer";
    EXPECT_EQ(done->status, 200);
    EXPECT_EQ(static_cast<size_t>(std::count(done->body.begin(), done->body.end(), '\n')), documents);
  }
  ASSERT_TRUE(observed) << "the slow request always ended before it was seen";
  EXPECT_EQ(server.Wait(30), 0) << server.log();
  EXPECT_NE(server.log().find("stopped"), std::string::npos) << server.log();
  // Nobody listens any more.
  httplib::Client client = server.Client();
  EXPECT_FALSE(client.Get("/health"));
}

TEST(Serve, BoundedLoadLosesNothing) {
  // A fixed number of requests from a few concurrent clients: every one gets
  // its own document's record back, whole.
  const Corpus& corpus = CorpusRecords();
  const std::vector<std::string> expected =
      SplitLines(RunCli("extract " + std::string(COMMUNIQUE_SOURCE_DIR) + "/corpus"));
  ASSERT_EQ(expected.size(), corpus.records.size());
  ServeProcess server({"--jobs", "2"});
  ASSERT_GT(server.port(), 0) << server.log();
  constexpr int kClients = 4;
  constexpr int kRequests = 60;  // per client
  std::atomic<int> ok{0}, wrong{0}, failed{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < kClients; ++c) {
    clients.emplace_back([&, c] {
      httplib::Client client = server.Client();
      client.set_keep_alive(c % 2 == 0);  // both connection styles
      for (int r = 0; r < kRequests; ++r) {
        // Every fifth request carries three documents as JSON Lines.
        const size_t first = static_cast<size_t>(c * kRequests + r) % corpus.records.size();
        std::string want;
        httplib::Result res = [&] {
          if (r % 5 != 4) {
            want = expected[first] + "\n";
            return client.Post("/extract", corpus.records[first], "application/json");
          }
          std::string body;
          for (size_t k = 0; k < 3; ++k) {
            size_t i = (first + k) % corpus.records.size();
            body += corpus.records[i] + "\n";
            want += expected[i] + "\n";
          }
          return client.Post("/extract", body, "application/x-ndjson");
        }();
        if (!res || res->status != 200) {
          ++failed;
        } else if (res->body != want) {
          ++wrong;
        } else {
          ++ok;
        }
      }
    });
  }
  for (std::thread& t : clients) t.join();
  EXPECT_EQ(ok.load(), kClients * kRequests);
  EXPECT_EQ(wrong.load(), 0);
  EXPECT_EQ(failed.load(), 0);
  server.Signal(SIGTERM);
  EXPECT_EQ(server.Wait(30), 0) << server.log();
}

}  // namespace
}  // namespace communique

// Regression (review of session 5): Serve() without a successful Bind(), or a
// second time, handed httplib a null task queue.
TEST(Serve, ServeWithoutBindIsAnErrorNotACrash) {
  auto engine = communique::Engine::Create(communique::RulePack::Embedded(), {});
  ASSERT_TRUE(engine.ok());
  communique::cli::Server server(engine.value(), "{}", communique::cli::ServerOptions{});
  EXPECT_FALSE(server.Serve().ok());
}
