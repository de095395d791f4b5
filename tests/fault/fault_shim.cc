// An LD_PRELOAD library that makes system calls fail on purpose, so that the
// test suite can check what the CLI does when the disk is full, a read
// fails or a file cannot be opened. Rules come from the environment:
//
//   COMMUNIQUE_FAULT="RULE[;RULE...]"   RULE = OP:WHAT:TARGET[:AFTER]
//
//   OP      open | read | write | rename | short
//   WHAT    an errno name (EIO, ENOSPC, EACCES, EROFS, EPIPE), or for
//           "short" the most bytes one write() may write
//   TARGET  fd0 | fd1 (stdin, stdout), or a substring of the path: a read
//           or write hits a descriptor opened on a matching path; open
//           and rename (the new name) match the path itself
//   AFTER   read and write: fail once this many bytes went through (0)
//
// Only what the CLI calls directly is intercepted (open, openat, read,
// write, rename, renameat): the CLI does its own I/O on descriptors for
// that reason. Written without the C++ library, which calls these too.
#include <dlfcn.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

namespace {

enum Op { kOpen, kRead, kWrite, kRename, kShort };

struct Rule {
  Op op;
  int value;         // errno, or the byte limit of "short"
  int fd;            // 0 or 1 for fd0/fd1, else -1
  char target[256];  // path substring when fd < 0
  long after;
};

constexpr int kMaxRules = 8;
constexpr int kMaxFds = 4096;
Rule rules[kMaxRules];
int rule_count = -1;      // -1: not parsed yet
int fd_rule[kMaxFds];     // rule index + 1 for descriptors opened on a target path
long fd_bytes[kMaxFds];   // bytes read or written through the descriptor

int ErrnoByName(const char* name) {
  static const struct {
    const char* name;
    int value;
  } kNames[] = {{"EIO", EIO}, {"ENOSPC", ENOSPC}, {"EACCES", EACCES}, {"EROFS", EROFS}, {"EPIPE", EPIPE}};
  for (const auto& entry : kNames) {
    if (strcmp(entry.name, name) == 0) return entry.value;
  }
  return atoi(name);
}

void ParseRules() {
  if (rule_count >= 0) return;
  rule_count = 0;
  const char* spec = getenv("COMMUNIQUE_FAULT");
  if (!spec) return;
  char copy[2048];
  snprintf(copy, sizeof copy, "%s", spec);
  char* save_rule = nullptr;
  for (char* text = strtok_r(copy, ";", &save_rule); text && rule_count < kMaxRules;
       text = strtok_r(nullptr, ";", &save_rule)) {
    char* fields[4] = {nullptr, nullptr, nullptr, nullptr};
    char* save_field = nullptr;
    int n = 0;
    for (char* f = strtok_r(text, ":", &save_field); f && n < 4; f = strtok_r(nullptr, ":", &save_field)) {
      fields[n++] = f;
    }
    if (n < 3) continue;
    Rule& rule = rules[rule_count];
    static const char* kOps[] = {"open", "read", "write", "rename", "short"};
    int op = -1;
    for (int k = 0; k < 5; ++k) {
      if (strcmp(fields[0], kOps[k]) == 0) op = k;
    }
    if (op < 0) continue;
    rule.op = static_cast<Op>(op);
    rule.value = rule.op == kShort ? atoi(fields[1]) : ErrnoByName(fields[1]);
    rule.fd = strcmp(fields[2], "fd0") == 0 ? 0 : strcmp(fields[2], "fd1") == 0 ? 1 : -1;
    snprintf(rule.target, sizeof rule.target, "%s", fields[2]);
    rule.after = n == 4 ? atol(fields[3]) : 0;
    ++rule_count;
  }
}

template <typename F>
F Next(const char* name) {
  return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

// The rule of operation `op` for a path, or null.
const Rule* ForPath(Op op, const char* path) {
  ParseRules();
  for (int i = 0; i < rule_count; ++i) {
    if (rules[i].fd < 0 && path && strstr(path, rules[i].target)) {
      if (rules[i].op == op) return &rules[i];
    }
  }
  return nullptr;
}

// Remembers which rules a new descriptor on `path` falls under.
void Track(int fd, const char* path) {
  if (fd < 0 || fd >= kMaxFds) return;
  fd_rule[fd] = 0;
  fd_bytes[fd] = 0;
  ParseRules();
  for (int i = 0; i < rule_count; ++i) {
    const Op op = rules[i].op;
    if (rules[i].fd < 0 && (op == kRead || op == kWrite || op == kShort) && path &&
        strstr(path, rules[i].target)) {
      fd_rule[fd] = i + 1;
    }
  }
}

const Rule* ForFd(int fd, Op op) {
  ParseRules();
  for (int i = 0; i < rule_count; ++i) {
    const bool hits = rules[i].fd == fd || (fd >= 0 && fd < kMaxFds && fd_rule[fd] == i + 1);
    if (hits && rules[i].op == op) return &rules[i];
  }
  return nullptr;
}

int OpenCommon(int dirfd, const char* path, int flags, mode_t mode, bool at) {
  if (const Rule* rule = ForPath(kOpen, path)) {
    errno = rule->value;
    return -1;
  }
  int fd;
  if (at) {
    fd = Next<int (*)(int, const char*, int, ...)>("openat")(dirfd, path, flags, mode);
  } else {
    fd = Next<int (*)(const char*, int, ...)>("open")(path, flags, mode);
  }
  Track(fd, path);
  return fd;
}

mode_t ModeOf(int flags, va_list args) {
  return (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE ? static_cast<mode_t>(va_arg(args, int)) : 0;
}

}  // namespace

extern "C" {

int open(const char* path, int flags, ...) {
  va_list args;
  va_start(args, flags);
  const mode_t mode = ModeOf(flags, args);
  va_end(args);
  return OpenCommon(AT_FDCWD, path, flags, mode, false);
}

int open64(const char* path, int flags, ...) {
  va_list args;
  va_start(args, flags);
  const mode_t mode = ModeOf(flags, args);
  va_end(args);
  return OpenCommon(AT_FDCWD, path, flags, mode, false);
}

int openat(int dirfd, const char* path, int flags, ...) {
  va_list args;
  va_start(args, flags);
  const mode_t mode = ModeOf(flags, args);
  va_end(args);
  return OpenCommon(dirfd, path, flags, mode, true);
}

int openat64(int dirfd, const char* path, int flags, ...) {
  va_list args;
  va_start(args, flags);
  const mode_t mode = ModeOf(flags, args);
  va_end(args);
  return OpenCommon(dirfd, path, flags, mode, true);
}

ssize_t read(int fd, void* data, size_t size) {
  if (const Rule* rule = ForFd(fd, kRead)) {
    const long left = rule->after - fd_bytes[fd < kMaxFds ? fd : 0];
    if (left <= 0) {
      errno = rule->value;
      return -1;
    }
    if (static_cast<long>(size) > left) size = static_cast<size_t>(left);
  }
  const ssize_t n = Next<ssize_t (*)(int, void*, size_t)>("read")(fd, data, size);
  if (n > 0 && fd >= 0 && fd < kMaxFds) fd_bytes[fd] += n;
  return n;
}

ssize_t write(int fd, const void* data, size_t size) {
  if (const Rule* rule = ForFd(fd, kShort)) {
    if (size > static_cast<size_t>(rule->value)) size = static_cast<size_t>(rule->value);
  }
  if (const Rule* rule = ForFd(fd, kWrite)) {
    const long left = rule->after - fd_bytes[fd < kMaxFds ? fd : 0];
    if (left <= 0) {
      errno = rule->value;
      return -1;
    }
    if (static_cast<long>(size) > left) size = static_cast<size_t>(left);
  }
  const ssize_t n = Next<ssize_t (*)(int, const void*, size_t)>("write")(fd, data, size);
  if (n > 0 && fd >= 0 && fd < kMaxFds) fd_bytes[fd] += n;
  return n;
}

int close(int fd) {
  if (fd >= 0 && fd < kMaxFds) fd_rule[fd] = 0;  // the number may come back for another file
  return Next<int (*)(int)>("close")(fd);
}

int rename(const char* from, const char* to) {
  if (const Rule* rule = ForPath(kRename, to)) {
    errno = rule->value;
    return -1;
  }
  return Next<int (*)(const char*, const char*)>("rename")(from, to);
}

int renameat(int from_dir, const char* from, int to_dir, const char* to) {
  if (const Rule* rule = ForPath(kRename, to)) {
    errno = rule->value;
    return -1;
  }
  return Next<int (*)(int, const char*, int, const char*)>("renameat")(from_dir, from, to_dir, to);
}

}  // extern "C"
