#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <cstdlib>
#include <cstdio>
#include <iostream>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "batch.h"
#include "commands.h"
#include "common.h"
#include "server.h"

namespace communique::cli {
namespace {

constexpr const char* kHelp =
    "usage: communique serve [options]\n"
    "\n"
    "An HTTP server over one compiled engine:\n"
    "  POST /extract  a JSON document {\"text\", \"id\"?, \"published\"?, \"title\"?, \"format\"?},\n"
    "                 or JSON Lines of many (Content-Type application/x-ndjson, or detected);\n"
    "                 answers the records 'communique extract' writes\n"
    "  GET /health    {\"status\": \"ok\", ...}\n"
    "  GET /version   the program's version and its rule pack\n"
    "\n"
    "options:\n"
    "  --host ADDR       address to listen on (default 127.0.0.1; anything else is reachable\n"
    "                    from other machines, with no authentication)\n"
    "  --port N          port (default 8080; 0: any free port, printed on stderr)\n"
    "  --jobs N          engine worker threads (default: all cores)\n"
    "  --queue N         requests that may wait for a worker; more get 503 (default 16,\n"
    "                    at most 256: each holds a connection thread and its body)\n"
    "  --max-bytes N     largest request body; larger get 413 (default 16777216)\n"
    "  --max-documents N most documents in one JSON Lines body; more get 413 (default 10000)\n"
    "  --timeout S       seconds a request may take to arrive, and its answer to be taken;\n"
    "                    a slower client is cut off (default 10)\n"
    "  --rules DIR       lay the rule files of DIR over the embedded pack (rules/README.md)\n"
    "  --profile NAME    default | timeml (TempEval conventions for dates)\n"
    "  --no-rule-ids     leave out the \"rule\" fields\n"
    "\n"
    "SIGTERM or SIGINT stops it: requests in flight finish first.\n"
    "exit status: 0 stopped by a signal, 1 could not listen or start its threads, 2 usage or\n"
    "rule errors.\n";

// Parses a decimal number in [min, max].
bool ParseNumber(const std::string& text, uint64_t min, uint64_t max, uint64_t* out) {
  if (text.empty() || text.size() > 19 || text.find_first_not_of("0123456789") != std::string::npos) {
    return false;
  }
  *out = std::stoull(text);
  return *out >= min && *out <= max;
}

std::string VersionJson(const RulePack& pack, const RunFlags& flags) {
  nlohmann::json version = {
      {"name", "communique"},
      {"version", COMMUNIQUE_VERSION},
      {"profile", flags.profile},
      {"rules",
       {{"source", flags.rules_dir.empty() ? "embedded" : "directory"},
        {"files", pack.files().size()},
        // The hash every record's generator.rules carries.
        {"digest", pack.ContentHash()}}}};
  return version.dump() + "\n";
}

// Reads serve's options into *flags and *options. Returns an exit status
// when the command ends here (--help, a usage error).
std::optional<int> ParseServeArgs(const std::vector<std::string>& args, RunFlags* flags,
                                  ServerOptions* options) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    const bool has_value = i + 1 < args.size();
    uint64_t n = 0;
    if (std::optional<int> taken =
            TakeRunFlag("serve", args, &i, RunFlags::kRules | RunFlags::kProfile | RunFlags::kJobs, flags)) {
      if (*taken != kExitOk) return *taken;
    } else if (arg == "--help" || arg == "-h") {
      return PrintHelp("serve", kHelp);
    } else if (arg == "--host") {
      if (!has_value || args[i + 1].empty()) return UsageError("serve", "--host needs an address");
      options->host = args[++i];
    } else if (arg == "--port") {
      if (!has_value || !ParseNumber(args[++i], 0, 65535, &n)) {
        return UsageError("serve", "--port needs a number from 0 to 65535");
      }
      options->port = static_cast<int>(n);
    } else if (arg == "--queue") {
      if (!has_value || !ParseNumber(args[++i], 0, ServerOptions::kMaxQueue, &n)) {
        return UsageError("serve", "--queue needs a number from 0 to " + std::to_string(ServerOptions::kMaxQueue));
      }
      options->queue = n;
    } else if (arg == "--max-bytes") {
      if (!has_value || !ParseNumber(args[++i], 1, uint64_t{1} << 40, &n)) {
        return UsageError("serve", "--max-bytes needs a positive number of bytes");
      }
      options->max_bytes = n;
    } else if (arg == "--max-documents") {
      if (!has_value || !ParseNumber(args[++i], 1, 100000000, &n)) {
        return UsageError("serve", "--max-documents needs a positive number");
      }
      options->max_documents = n;
    } else if (arg == "--timeout") {
      if (!has_value || !ParseNumber(args[++i], 1, 3600, &n)) {
        return UsageError("serve", "--timeout needs a number of seconds from 1 to 3600");
      }
      options->timeout_seconds = static_cast<int>(n);
    } else if (arg == "--no-rule-ids") {
      options->json.include_rules = false;
    } else {
      return UsageError("serve", "unknown argument " + arg + " (try --help)");
    }
  }
  options->jobs = flags->jobs > 0 ? flags->jobs : DefaultJobs();
  return std::nullopt;
}

// Says where the server listens, and warns when that is beyond this machine.
void AnnounceListening(const ServerOptions& options, int port) {
  if (options.host != "127.0.0.1" && options.host != "localhost" && options.host != "::1") {
    std::cerr << "communique serve: warning: listening on " << options.host
              << ", reachable from other machines; there is no authentication\n";
  }
  // An IPv6 address goes in brackets in a URL.
  const std::string url_host = options.host.find(':') == std::string::npos ? options.host : "[" + options.host + "]";
  std::fprintf(stderr,
               "communique serve: listening on http://%s:%d (%d workers, queue %zu, max body %zu "
               "bytes)\n",
               url_host.c_str(), port, options.jobs, options.queue, options.max_bytes);
  std::fflush(stderr);
}

// Serves until SIGTERM or SIGINT: the first stops the server gracefully; a
// second one, while the requests in flight finish, ends the process at once.
// The signals are taken by one thread through sigwait(), not by a handler:
// stopping the server is no work for a signal handler. REQUIRES: the
// signals are blocked in every thread (before any started).
int ServeUntilSignalled(Server& server, const sigset_t& stop_signals) {
  std::atomic<bool> finished{false};
  std::vector<std::thread> signals;
  const std::string failure = StartThreads(1, [&] {
    for (int received = 0;; ++received) {
      int signal_number = 0;
      sigwait(&stop_signals, &signal_number);
      if (finished) return;
      if (received > 0) std::_Exit(kExitSomeFailed);
      std::cerr << "communique serve: stopping; requests in flight finish first (signal again to "
                   "quit now)\n";
      server.Stop();
    }
  }, &signals);
  if (!failure.empty()) {
    std::cerr << "communique serve: cannot start the signal thread: " << failure << "\n";
    return kExitSomeFailed;
  }
  Status served = server.Serve();
  finished = true;
  pthread_kill(signals[0].native_handle(), SIGTERM);  // wakes the thread to see `finished`
  signals[0].join();
  if (!served.ok()) {
    std::cerr << "communique serve: " << served.message() << "\n";
    return kExitSomeFailed;
  }
  std::cerr << "communique serve: stopped\n";
  return kExitOk;
}

}  // namespace

int RunServe(const std::vector<std::string>& args) {
  RunFlags flags;
  ServerOptions options;
  if (std::optional<int> exit = ParseServeArgs(args, &flags, &options)) return *exit;

  std::optional<RulePack> pack = LoadRulePack(flags.rules_dir);
  if (!pack) return kExitUsage;
  std::shared_ptr<const Engine> engine = CompileEngine(*pack, flags.profile);
  if (!engine) return kExitUsage;
  std::string version_json = VersionJson(*pack, flags);
  pack.reset();

  // Blocked before any thread starts, so that every thread inherits the mask
  // (ServeUntilSignalled takes them).
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  // A client that hangs up early must not kill the server on our next write.
  ::signal(SIGPIPE, SIG_IGN);

  Server server(std::move(engine), std::move(version_json), options);
  Result<int> port = server.Bind();
  if (!port.ok()) {
    std::cerr << "communique serve: " << port.status().message() << "\n";
    return kExitSomeFailed;
  }
  AnnounceListening(options, *port);
  return ServeUntilSignalled(server, stop_signals);
}

}  // namespace communique::cli
