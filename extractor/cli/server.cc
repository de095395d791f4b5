#include "server.h"

#include <httplib.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "batch.h"
#include "inputs.h"

namespace communique::cli {
namespace {

// Runs the documents of many requests on `jobs` threads sharing one engine.
// A request's documents are cut into the CLI's chunks (Engine::BatchFull),
// so that a JSON Lines body of many documents is spread over the workers
// and each chunk goes through Engine::ProcessBatch as in `extract`. Workers
// take chunks from the requests in turn, so that a one-document request is
// not stuck behind every chunk of a large one.
class ExtractPool {
 public:
  // At most `capacity` requests are admitted at once (running or waiting).
  ExtractPool(const Engine& engine, size_t capacity, JsonOptions json)
      : engine_(engine), capacity_(capacity), json_(json) {}
  // Starts `jobs` workers: "", or why one could not start.
  std::string Start(int jobs) { return StartThreads(static_cast<size_t>(jobs), [this] { Work(); }, &workers_); }
  // Finishes the chunks queued, then joins the workers.
  ~ExtractPool() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    work_ready_.notify_all();
    for (std::thread& worker : workers_) worker.join();
  }
  ExtractPool(const ExtractPool&) = delete;
  ExtractPool& operator=(const ExtractPool&) = delete;

  // The record of each item, in order (an error record for an item that
  // could not be read), or nullopt when `capacity` requests are admitted
  // already. Blocks until every chunk of the request is done.
  std::optional<std::vector<std::string>> Run(std::vector<InputItem> items) {
    if (items.empty()) return std::vector<std::string>{};
    Request request;
    request.records.resize(items.size());
    size_t chunk_bytes = 0;
    for (size_t i = 0; i < items.size(); ++i) {
      const size_t bytes = items[i].document.bytes.size();
      std::deque<Chunk>& chunks = request.chunks;
      if (chunks.empty() || Engine::BatchFull(chunks.back().items.size(), chunk_bytes, bytes)) {
        chunks.push_back(Chunk{i, {}});
        chunk_bytes = 0;
      }
      chunk_bytes += bytes;
      chunks.back().items.push_back(std::move(items[i]));
    }
    std::unique_lock lock(mutex_);
    if (admitted_ >= capacity_) return std::nullopt;
    ++admitted_;
    request.chunks_left = request.chunks.size();
    turns_.push_back(&request);
    work_ready_.notify_all();
    request.done.wait(lock, [&] { return request.chunks_left == 0; });
    --admitted_;
    return std::move(request.records);
  }

  // Requests running or waiting now.
  size_t admitted() {
    std::lock_guard lock(mutex_);
    return admitted_;
  }

 private:
  struct Chunk {
    size_t first;  // index of items[0] in the request
    std::vector<InputItem> items;
  };
  struct Request {
    std::deque<Chunk> chunks;  // not yet taken; guarded by mutex_
    std::vector<std::string> records;
    size_t chunks_left = 0;  // not yet done; guarded by mutex_
    std::condition_variable done;
  };

  void Work() {
    while (true) {
      Request* request;
      Chunk chunk;
      {
        std::unique_lock lock(mutex_);
        work_ready_.wait(lock, [&] { return stopping_ || !turns_.empty(); });
        if (turns_.empty()) return;
        request = turns_.front();
        turns_.pop_front();
        chunk = std::move(request->chunks.front());
        request->chunks.pop_front();
        if (!request->chunks.empty()) turns_.push_back(request);
      }
      std::vector<BatchResult> results =
          ProcessChunk(engine_, chunk.items,
                       [&](const Document& doc, BatchResult& result) { result.json = ToJson(doc, json_); });
      std::lock_guard lock(mutex_);
      for (size_t i = 0; i < results.size(); ++i) {
        request->records[chunk.first + i] = std::move(results[i].json);
      }
      if (--request->chunks_left == 0) request->done.notify_one();
    }
  }

  const Engine& engine_;
  const size_t capacity_;
  const JsonOptions json_;
  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::deque<Request*> turns_;  // requests with chunks not yet taken, in turn
  size_t admitted_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

// httplib's connection threads. httplib's own ThreadPool starts them in its
// constructor, inside listen, where one that cannot start (a memory or
// process limit) ends the process: the threads started before it are
// destroyed unjoined. These are started, and a failure reported, before
// httplib is given the queue.
class ConnectionThreads : public httplib::TaskQueue {
 public:
  ConnectionThreads() = default;
  ConnectionThreads(const ConnectionThreads&) = delete;
  ConnectionThreads& operator=(const ConnectionThreads&) = delete;
  ~ConnectionThreads() override { shutdown(); }

  // Starts `n` threads: "", or why one could not start.
  std::string Start(size_t n) { return StartThreads(n, [this] { Work(); }, &threads_); }

  void enqueue(std::function<void()> job) override {
    {
      std::lock_guard lock(mutex_);
      jobs_.push_back(std::move(job));
    }
    ready_.notify_one();
  }
  // Whether an accepted connection waits for a thread.
  bool HasWaiting() {
    std::lock_guard lock(mutex_);
    return !jobs_.empty();
  }
  // Runs the jobs queued, then joins the threads.
  void shutdown() override {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    ready_.notify_all();
    for (std::thread& thread : threads_) {
      if (thread.joinable()) thread.join();
    }
  }

 private:
  void Work() {
    while (true) {
      std::function<void()> job;
      {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [&] { return stopping_ || !jobs_.empty(); });
        if (jobs_.empty()) return;
        job = std::move(jobs_.front());
        jobs_.pop_front();
      }
      job();
    }
  }

  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> jobs_;  // guarded by mutex_
  bool stopping_ = false;                   // guarded by mutex_
  std::vector<std::thread> threads_;
};

// A connection's socket for httplib, with deadlines. httplib's own stream
// times out each read and write, not a request: a client that sends a byte
// every few seconds, or reads its answer a byte at a time, held a connection
// thread for as long as it liked, and a few such clients held them all. Here
// a request must arrive whole within `timeout` of its first byte, and its
// answer must be taken within `timeout` of its first byte written.
class DeadlineStream : public httplib::Stream {
 public:
  using Clock = std::chrono::steady_clock;
  DeadlineStream(int sock, Clock::duration timeout) : sock_(sock), timeout_(timeout) {}

  // A request starts: its deadline for reading runs from now.
  void StartRequest() {
    read_deadline_ = Clock::now() + timeout_;
    writing_ = false;
  }
  bool HasBuffered() const { return begin_ < end_; }

  bool is_readable() const override { return Wait(POLLIN, read_deadline_); }
  bool is_writable() const override { return Wait(POLLOUT, write_deadline_); }

  ssize_t read(char* ptr, size_t size) override {
    writing_ = false;
    if (!HasBuffered()) {
      // httplib reads a request line and headers a byte at a time: refill
      // a buffer rather than make a system call per byte.
      if (!is_readable()) return -1;
      const ssize_t n = Retry([&] { return ::recv(sock_, buffer_, sizeof buffer_, 0); });
      if (n <= 0) return n;
      begin_ = 0;
      end_ = static_cast<size_t>(n);
    }
    const size_t n = std::min(size, end_ - begin_);
    std::memcpy(ptr, buffer_ + begin_, n);
    begin_ += n;
    return static_cast<ssize_t>(n);
  }

  ssize_t write(const char* ptr, size_t size) override {
    // An answer starts at the first write after reading ("100 Continue" is
    // one, and the body is read after it).
    if (!writing_) {
      writing_ = true;
      write_deadline_ = Clock::now() + timeout_;
    }
    // Without MSG_DONTWAIT a blocking send of a large answer would wait,
    // past any deadline, until the client had taken all but the last of it;
    // httplib calls again for what was not sent.
    while (is_writable()) {
      const ssize_t n = Retry([&] { return ::send(sock_, ptr, size, MSG_NOSIGNAL | MSG_DONTWAIT); });
      if (n >= 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) return n;
    }
    return -1;
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override { Address(::getpeername, ip, port); }
  void get_local_ip_and_port(std::string& ip, int& port) const override { Address(::getsockname, ip, port); }
  socket_t socket() const override { return sock_; }

 private:
  template <typename Call>
  static ssize_t Retry(Call call) {
    ssize_t n;
    do {
      n = call();
    } while (n < 0 && errno == EINTR);
    return n;
  }

  // Whether the socket is ready for `events` before `deadline`.
  bool Wait(short events, Clock::time_point deadline) const {
    while (true) {
      const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now()).count();
      if (left <= 0) return false;
      pollfd p{sock_, events, 0};
      const int ready = ::poll(&p, 1, static_cast<int>(left));
      if (ready > 0) return (p.revents & (events | POLLHUP | POLLERR)) != 0;
      if (ready == 0 || errno != EINTR) return false;
    }
  }

  void Address(int (*name)(int, sockaddr*, socklen_t*), std::string& ip, int& port) const {
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    char host[NI_MAXHOST];
    char service[NI_MAXSERV];
    if (name(sock_, reinterpret_cast<sockaddr*>(&address), &length) == 0 &&
        ::getnameinfo(reinterpret_cast<sockaddr*>(&address), length, host, sizeof host, service,
                      sizeof service, NI_NUMERICHOST | NI_NUMERICSERV) == 0) {
      ip = host;
      port = std::atoi(service);
    }
  }

  const int sock_;
  const Clock::duration timeout_;
  Clock::time_point read_deadline_{};
  Clock::time_point write_deadline_{};
  bool writing_ = false;
  char buffer_[4096];
  size_t begin_ = 0;
  size_t end_ = 0;
};

// httplib's server with DeadlineStream for each connection. It also gives a
// connection no second request while another connection waits for a thread
// (its answer says "Connection: close"), and closes an idle keep-alive
// connection at once then: a thread serves one request of a connection while
// others wait, never a client's whole session.
class DeadlineServer : public httplib::Server {
 public:
  DeadlineServer(std::chrono::seconds timeout, std::function<bool()> others_waiting)
      : timeout_(timeout), others_waiting_(std::move(others_waiting)) {}

 private:
  // httplib's hook for one accepted connection (a private virtual there,
  // which a derived class may override).
  bool process_and_close_socket(socket_t sock) override {
    DeadlineStream stream(sock, timeout_);
    bool ok = false;
    for (size_t left = keep_alive_max_count_; left > 0 && AwaitRequest(stream); --left) {
      stream.StartRequest();
      bool closed = false;
      ok = process_request(stream, left == 1 || others_waiting_(), closed, nullptr);
      if (!ok || closed) break;
    }
    ::shutdown(sock, SHUT_RDWR);
    ::close(sock);
    return ok;
  }

  // Waits up to the keep-alive timeout for the next request's first byte;
  // false when the server stops, or another connection waits for a thread.
  bool AwaitRequest(const DeadlineStream& stream) {
    const auto deadline = DeadlineStream::Clock::now() + std::chrono::seconds(keep_alive_timeout_sec_);
    while (svr_sock_ != INVALID_SOCKET) {
      if (stream.HasBuffered()) return true;
      pollfd p{stream.socket(), POLLIN, 0};
      const int ready = ::poll(&p, 1, 50);
      if (ready > 0) return true;
      if ((ready < 0 && errno != EINTR) || others_waiting_() || DeadlineStream::Clock::now() >= deadline) {
        return false;
      }
    }
    return false;
  }

  const std::chrono::seconds timeout_;
  const std::function<bool()> others_waiting_;
};

std::string ErrorJson(int status, const std::string& message) {
  return nlohmann::json{{"error", {{"status", status}, {"message", message}}}}.dump() + "\n";
}

void Fail(httplib::Response& res, int status, const std::string& message) {
  res.status = status;
  res.set_content(ErrorJson(status, message), "application/json");
}

// "Application/X-NDJSON; charset=utf-8" -> "application/x-ndjson".
std::string MediaType(const std::string& header) {
  std::string type = header.substr(0, header.find(';'));
  type.erase(std::remove_if(type.begin(), type.end(), [](unsigned char c) { return std::isspace(c); }),
             type.end());
  for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return type;
}

bool IsJsonLinesType(const std::string& type) {
  return type == "application/x-ndjson" || type == "application/ndjson" ||
         type == "application/jsonl" || type == "application/x-jsonlines" ||
         type == "application/jsonlines";
}

bool IsBlank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// Calls `visit(line, number)` for each line of `body` that is not blank,
// numbered from 1 as the CLI numbers stdin's lines.
template <typename Visit>
void ForEachLine(std::string_view body, Visit visit) {
  size_t number = 0;
  while (!body.empty()) {
    const size_t end = std::min(body.find('\n'), body.size());
    std::string_view line = body.substr(0, end);
    body.remove_prefix(std::min(end + 1, body.size()));
    ++number;
    if (!IsBlank(line) && !visit(line, number)) return;
  }
}

// Without a Content-Type that says, a body is JSON Lines when its first line
// is a whole JSON value and another line follows: a pretty-printed document
// starts with a line such as "{", which is not.
bool LooksLikeJsonLines(std::string_view body) {
  size_t lines = 0;
  bool first_whole = false;
  ForEachLine(body, [&](std::string_view line, size_t) {
    if (++lines == 1) first_whole = nlohmann::json::accept(line);
    return lines < 2;
  });
  return lines >= 2 && first_whole;
}

std::string DefaultErrorMessage(const httplib::Request& req, int status, size_t max_bytes) {
  switch (status) {
    case 400: return "malformed HTTP request";
    case 404: return "no such endpoint: " + req.method + " " + req.path +
                     " (POST /extract, GET /health, GET /version)";
    case 413: return "the body is over " + std::to_string(max_bytes) + " bytes (--max-bytes)";
    case 414: return "the request line is too long";
    default: return "HTTP status " + std::to_string(status);
  }
}

}  // namespace

struct Server::Impl {
  Impl(std::shared_ptr<const Engine> engine_in, std::string version, ServerOptions options_in)
      : engine(std::move(engine_in)),
        version_json(std::move(version)),
        options(std::move(options_in)),
        pool(*engine, static_cast<size_t>(options.jobs) + options.queue, options.json),
        http(std::chrono::seconds(options.timeout_seconds),
             [this] { return connection_queue != nullptr && connection_queue->HasWaiting(); }) {}

  void Extract(const httplib::Request& req, httplib::Response& res);

  std::shared_ptr<const Engine> engine;
  const std::string version_json;
  const ServerOptions options;
  // Declared before `http`, so destroyed after it: the last requests in
  // flight still have workers.
  ExtractPool pool;
  // Started by Bind(), handed to httplib by listen (which deletes it).
  std::unique_ptr<ConnectionThreads> connections;
  // The same, for as long as httplib has it (from Bind() until Serve() returns).
  ConnectionThreads* connection_queue = nullptr;
  DeadlineServer http;

  std::mutex mutex;
  std::condition_variable changed;
  bool stop_requested = false;  // guarded by mutex
  bool serving_done = false;    // guarded by mutex
};

void Server::Impl::Extract(const httplib::Request& req, httplib::Response& res) {
  const std::string type = MediaType(req.get_header_value("Content-Type"));
  const bool lines = IsJsonLinesType(type) || (type != "application/json" && LooksLikeJsonLines(req.body));
  std::vector<InputItem> items;
  if (lines) {
    size_t documents = 0;
    ForEachLine(req.body, [&](std::string_view, size_t) { return ++documents <= options.max_documents; });
    if (documents > options.max_documents) {
      return Fail(res, 413,
                  "the body holds more than " + std::to_string(options.max_documents) +
                      " documents (--max-documents)");
    }
    // A bad line gets an error record in its place and the others go on, as
    // in `communique extract -`.
    ForEachLine(req.body, [&](std::string_view line, size_t number) {
      const std::string n = std::to_string(number);
      items.push_back(ParseJsonRecord(line, "line-" + n, "line " + n, InputOverrides{}));
      return true;
    });
  } else {
    if (IsBlank(req.body)) {
      return Fail(res, 400, "empty body: send a JSON document {\"text\": ...} or JSON Lines");
    }
    items.push_back(ParseJsonRecord(req.body, "document", "body", InputOverrides{}));
    if (items.front().error) {
      std::string message = *items.front().error;
      // Several documents on one line: JSON Lines sent without a type, or
      // with `curl -d`, which drops the newlines.
      if (message.find("; expected end of input") != std::string::npos) {
        message += " (several documents? send JSON Lines as application/x-ndjson; curl -d drops "
                   "newlines, --data-binary keeps them)";
      }
      return Fail(res, 400, message);
    }
  }
  std::optional<std::vector<std::string>> records = pool.Run(std::move(items));
  if (!records) {
    res.set_header("Retry-After", "1");
    return Fail(res, 503,
                "busy: " + std::to_string(options.jobs + options.queue) +
                    " requests are running or queued (--jobs " + std::to_string(options.jobs) +
                    ", --queue " + std::to_string(options.queue) + "); retry later");
  }
  size_t size = 0;
  for (const std::string& record : *records) size += record.size() + 1;
  res.body.reserve(size);
  for (const std::string& record : *records) {
    res.body += record;
    res.body += '\n';
  }
  res.set_header("Content-Type", lines ? "application/x-ndjson" : "application/json");
}

Server::Server(std::shared_ptr<const Engine> engine, std::string version_json, ServerOptions options)
    : impl_(std::make_unique<Impl>(std::move(engine), std::move(version_json), std::move(options))) {
  Impl& impl = *impl_;
  const ServerOptions& o = impl.options;
  // A connection thread per request that may be admitted, and a few more so
  // that /health answers and a request over the limit gets its 503 at once
  // instead of waiting in httplib's unbounded queue of accepted connections.
  // They are started by Bind().
  impl.http.new_task_queue = [&impl] { return impl.connections.release(); };
  // httplib's default socket options add SO_REUSEPORT, with which a second
  // server binds the same port and silently takes part of the connections.
  impl.http.set_socket_options([](socket_t sock) {
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  impl.http.set_payload_max_length(o.max_bytes);
  // Reads and writes are timed by DeadlineServer (options.timeout_seconds).
  // An idle keep-alive connection holds a connection thread: keep that short.
  impl.http.set_keep_alive_timeout(2);
  // httplib writes a response's headers and body separately: with Nagle's
  // algorithm the body waits for the client's delayed ACK (40 ms per request
  // on Linux loopback).
  impl.http.set_tcp_nodelay(true);
  impl.http.Post("/extract", [&impl](const httplib::Request& req, httplib::Response& res) {
    impl.Extract(req, res);
  });
  impl.http.Get("/health", [&impl](const httplib::Request&, httplib::Response& res) {
    nlohmann::json health = {{"status", "ok"},
                             {"workers", impl.options.jobs},
                             {"requests", impl.pool.admitted()},
                             {"capacity", impl.options.jobs + impl.options.queue}};
    res.set_content(health.dump() + "\n", "application/json");
  });
  impl.http.Get("/version", [&impl](const httplib::Request&, httplib::Response& res) {
    res.set_content(impl.version_json, "application/json");
  });
  // A client that asks before sending (Expect: 100-continue, as curl does
  // for large bodies) learns at once that its body is too large, instead of
  // sending it all to be read and thrown away.
  impl.http.set_expect_100_continue_handler([&impl](const httplib::Request& req, httplib::Response& res) {
    const std::string length = req.get_header_value("Content-Length");
    const bool digits = !length.empty() && length.find_first_not_of("0123456789") == std::string::npos;
    if (digits && (length.size() > 19 || std::stoull(length) > impl.options.max_bytes)) {
      res.status = 413;
      res.set_header("Connection", "close");
      return 413;
    }
    return 100;
  });
  // Errors httplib raises itself (404, 413, a malformed request) get the
  // same JSON body as ours; the handlers' own errors already have one.
  impl.http.set_error_handler([&impl](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    res.set_content(ErrorJson(res.status, DefaultErrorMessage(req, res.status, impl.options.max_bytes)),
                    "application/json");
  });
  impl.http.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr error) {
        std::string message = "internal error";
        try {
          std::rethrow_exception(error);
        } catch (const std::exception& e) {
          message += std::string(": ") + e.what();
        } catch (...) {
        }
        Fail(res, 500, message);
      });
}

Server::~Server() = default;

Result<int> Server::Bind() {
  const ServerOptions& o = impl_->options;
  errno = 0;
  const int port = o.port == 0 ? impl_->http.bind_to_any_port(o.host)
                               : (impl_->http.bind_to_port(o.host, o.port) ? o.port : -1);
  if (port <= 0) {
    std::string reason = errno != 0 ? std::strerror(errno) : "not an address of this machine";
    return Status::IoError("cannot listen on " + o.host + ":" + std::to_string(o.port) + ": " + reason);
  }
  if (std::string failure = impl_->pool.Start(o.jobs); !failure.empty()) {
    return Status::IoError("cannot start " + std::to_string(o.jobs) + " engine worker threads (--jobs): " + failure);
  }
  const size_t threads = static_cast<size_t>(o.jobs) + o.queue + 4;
  impl_->connections = std::make_unique<ConnectionThreads>();
  impl_->connection_queue = impl_->connections.get();
  if (std::string failure = impl_->connections->Start(threads); !failure.empty()) {
    return Status::IoError("cannot start " + std::to_string(threads) +
                           " connection threads (--jobs + --queue + 4): " + failure);
  }
  return port;
}

Status Server::Serve() {
  Impl& impl = *impl_;
  // httplib takes the connection threads once; without them (no Bind(), or a
  // second Serve()) it would be handed a null queue.
  if (!impl.connections) return Status::Internal("Serve() needs a successful Bind() before it, once");
  // httplib's stop() only acts on a server already in its accept loop, so a
  // Stop() that comes first is passed on once the loop is running.
  std::thread stopper([&impl] {
    std::unique_lock lock(impl.mutex);
    impl.changed.wait(lock, [&] { return impl.stop_requested || impl.serving_done; });
    while (!impl.serving_done) {
      if (impl.http.is_running()) {
        impl.http.stop();
        return;
      }
      impl.changed.wait_for(lock, std::chrono::milliseconds(10));
    }
  });
  // Returns once the listening socket is closed and every connection thread
  // has finished its request.
  const bool clean = impl.http.listen_after_bind();
  impl.connection_queue = nullptr;  // deleted by httplib, its threads joined
  {
    std::lock_guard lock(impl.mutex);
    impl.serving_done = true;
  }
  impl.changed.notify_all();
  stopper.join();
  return clean ? Status::Ok() : Status::IoError("the listening socket failed");
}

void Server::Stop() {
  {
    std::lock_guard lock(impl_->mutex);
    impl_->stop_requested = true;
  }
  impl_->changed.notify_all();
}

}  // namespace communique::cli
