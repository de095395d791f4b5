// The HTTP server behind `communique serve`: one compiled Engine shared by a
// pool of workers, behind cpp-httplib.
//
//   POST /extract   a JSON document, or JSON Lines of many; answers the
//                   records `communique extract` writes for them
//   GET  /health    {"status": "ok", ...} while the server accepts work
//   GET  /version   the program's version and the rule pack it serves
//
// Limits: a body over `max_bytes`, or JSON Lines of more than
// `max_documents`, gets 413; a single JSON document that
// cannot be read gets 400 with the reason; when `jobs + queue` requests are
// already running or waiting for a worker, 503 with Retry-After. A client
// too slow to send its request or take its answer within `timeout_seconds`
// is cut off, and an idle keep-alive connection is closed after 2 s, or at
// once when another connection waits for a thread. Stop() ends
// the server gracefully: it stops accepting, and requests already read finish
// and get their answer before Serve() returns.
//
// httplib stays inside server.cc: the rest of the CLI never sees it.
#ifndef COMMUNIQUE_CLI_SERVER_H_
#define COMMUNIQUE_CLI_SERVER_H_

#include <cstddef>
#include <memory>
#include <string>

#include "communique/pipeline.h"
#include "communique/serialize.h"
#include "communique/status.h"

namespace communique::cli {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;                    // 0: any free port (Bind() says which)
  int jobs = 1;                       // engine workers
  size_t queue = 16;                  // requests that may wait beyond the `jobs` running
  // Each waiting request holds a connection thread and its body.
  static constexpr size_t kMaxQueue = 256;
  size_t max_bytes = 16 << 20;        // largest request body
  // Most documents in one JSON Lines body: each costs a few hundred bytes
  // besides its text, so a body of empty lines must not cost gigabytes.
  size_t max_documents = 10000;
  // A request must arrive whole within this of its first byte, and its
  // answer be taken within this of its first byte written.
  int timeout_seconds = 10;
  JsonOptions json;
};

class Server {
 public:
  // `version_json` is the body of GET /version.
  Server(std::shared_ptr<const Engine> engine, std::string version_json, ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the listening socket and starts the threads: `jobs` engine
  // workers and `jobs + queue + 4` connection threads. Returns the port (the
  // one chosen when options.port is 0), or why it could not bind or a thread
  // could not start (a memory or process limit).
  Result<int> Bind();
  // Serves until Stop(), then finishes the requests in flight and returns.
  // An error without a successful Bind() before it, and on a second call.
  Status Serve();
  // Asks Serve() to end. Safe from any thread, before or during Serve().
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace communique::cli

#endif  // COMMUNIQUE_CLI_SERVER_H_
