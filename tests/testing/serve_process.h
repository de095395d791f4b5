// `communique serve` as a child process on a free loopback port, for the
// serve tests and the serve benchmark. Needs COMMUNIQUE_BINARY (the path of
// the communique executable) defined.
#ifndef COMMUNIQUE_TESTS_TESTING_SERVE_PROCESS_H_
#define COMMUNIQUE_TESTS_TESTING_SERVE_PROCESS_H_

#include <fcntl.h>
#include <httplib.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <vector>

namespace communique::testing {

// `communique extract` output without the "source" member of each record (a
// file path or a stdin line: a request to the server has neither), to
// compare with the server's records.
inline std::string WithoutSourceMembers(std::string records) {
  for (size_t at; (at = records.find(",\"source\":{")) != std::string::npos;) {
    records.erase(at, records.find('}', at) + 1 - at);
  }
  return records;
}

// `communique serve --port 0 ARGS...` as a child process. The port comes
// from its "listening on" line on stderr.
class ServeProcess {
 public:
  explicit ServeProcess(std::vector<std::string> args) {
    int fds[2];
    // Close-on-exec: a server started later must not hold this one's pipe.
    if (::pipe2(fds, O_CLOEXEC) != 0) return;
    pid_ = ::fork();
    if (pid_ == 0) {
      ::dup2(fds[1], STDERR_FILENO);
      ::close(fds[0]);
      ::close(fds[1]);
      std::vector<std::string> all = {COMMUNIQUE_BINARY, "serve", "--port", "0"};
      all.insert(all.end(), args.begin(), args.end());
      std::vector<char*> argv;
      for (std::string& a : all) argv.push_back(a.data());
      argv.push_back(nullptr);
      ::execv(argv[0], argv.data());
      ::_exit(127);
    }
    ::close(fds[1]);
    stderr_fd_ = fds[0];
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    const std::string marker = "listening on http://127.0.0.1:";
    while (std::chrono::steady_clock::now() < deadline) {
      size_t at = log_.find(marker);
      if (at != std::string::npos && log_.find('\n', at) != std::string::npos) {
        port_ = std::stoi(log_.substr(at + marker.size()));
        return;
      }
      if (!ReadLog(1000)) return;
    }
  }
  ~ServeProcess() {
    if (pid_ > 0 && !exited_) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
    if (stderr_fd_ >= 0) ::close(stderr_fd_);
  }

  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  httplib::Client Client() const {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(120, 0);
    client.set_write_timeout(120, 0);
    client.set_tcp_nodelay(true);
    return client;
  }
  void Signal(int signal_number) { ::kill(pid_, signal_number); }
  // Waits for the process to end; its exit status, or -1 if it did not
  // exit normally within `seconds`.
  int Wait(int seconds) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (std::chrono::steady_clock::now() < deadline) {
      int status = 0;
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        exited_ = true;
        while (ReadLog(0)) {
        }
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
      }
      ReadLog(20);
    }
    return -1;
  }
  const std::string& log() const { return log_; }

 private:
  // Reads what stderr has (waiting up to `timeout_ms`); false at its end.
  bool ReadLog(int timeout_ms) {
    pollfd p{stderr_fd_, POLLIN, 0};
    if (::poll(&p, 1, timeout_ms) <= 0) return timeout_ms > 0;
    char buffer[4096];
    ssize_t n = ::read(stderr_fd_, buffer, sizeof buffer);
    if (n <= 0) return false;
    log_.append(buffer, static_cast<size_t>(n));
    return true;
  }

  pid_t pid_ = -1;
  int stderr_fd_ = -1;
  int port_ = 0;
  bool exited_ = false;
  std::string log_;
};

}  // namespace communique::testing

#endif  // COMMUNIQUE_TESTS_TESTING_SERVE_PROCESS_H_
