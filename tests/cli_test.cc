// End-to-end tests of the communique binary: exit statuses, error records,
// atomic per-document output, determinism.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "communique/pipeline.h"
#include "testing/test_engine.h"

namespace communique {
namespace {

namespace fs = std::filesystem;

struct RunResult {
  int status = -1;
  std::string out;
};

// Runs the CLI with `args` (a shell fragment); stderr is discarded.
RunResult RunCli(const std::string& args, const std::string& stdin_file = "") {
  std::string command = std::string(COMMUNIQUE_BINARY) + " " + args + " 2>/dev/null";
  if (!stdin_file.empty()) command += " < " + stdin_file;
  RunResult result;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return result;
  std::array<char, 65536> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.out.append(buffer.data(), n);
  int status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("communique-cli-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "in");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / "in" / name, std::ios::binary) << content;
  }
  std::vector<nlohmann::json> Lines(const std::string& out) {
    std::vector<nlohmann::json> records;
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);) records.push_back(nlohmann::json::parse(line));
    return records;
  }
  fs::path dir_;
};

TEST_F(CliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(RunCli("").status, 2);
  EXPECT_EQ(RunCli("frobnicate").status, 2);
  EXPECT_EQ(RunCli("extract").status, 2);
  EXPECT_EQ(RunCli("extract --published 2025-02-30 x").status, 2);
  EXPECT_EQ(RunCli("extract --jobs 0 x").status, 2);
  EXPECT_EQ(RunCli("extract /no/such/file").status, 2);
  EXPECT_EQ(RunCli("--help").status, 0);
  EXPECT_EQ(RunCli("extract --help").status, 0);
  EXPECT_EQ(RunCli("rules --help").status, 0);
}

TEST_F(CliTest, BadInputsGiveRecordsAndTheBatchGoesOn) {
  Write("a-empty.txt", "");
  Write("b-binary.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20));
  Write("c-invalid.txt", "The EU \xFF\xFE met Japan.");
  Write("d-nul.txt", std::string("The EU\0 met Japan.", 18));
  Write("e-long.txt", std::string(100 * 1024 * 1024, 'a'));  // 100 MB, no newline
  Write("f-good.txt", "The EU and Japan met today.");
  Write("g-badmeta.txt", "Text.");
  Write("g-badmeta.meta.json", "{\"published\": \"2025-13-45\"}");
  RunResult result = RunCli("extract " + (dir_ / "in").string());
  EXPECT_EQ(result.status, 1);  // the binary file and the bad sidecar failed
  auto records = Lines(result.out);
  ASSERT_EQ(records.size(), 7u);
  EXPECT_EQ(records[0]["id"], "a-empty");
  EXPECT_EQ(records[0]["length"], 0);
  EXPECT_EQ(records[1]["diagnostics"][0]["level"], "error");
  EXPECT_EQ(records[2]["diagnostics"][0]["level"], "warning");
  EXPECT_EQ(records[3]["diagnostics"][0]["level"], "warning");
  EXPECT_EQ(records[4]["length"], 100 * 1024 * 1024);
  EXPECT_EQ(records[5]["id"], "f-good");
  EXPECT_TRUE(records[6].contains("error"));
}

TEST_F(CliTest, OutputDirectoryHoldsEveryDocumentEvenFailedOnes) {
  Write("good.txt", "The EU and Japan met today.");
  Write("broken.txt", "Text.");
  Write("broken.meta.json", "{not json");
  fs::path out = dir_ / "out";
  RunResult result = RunCli("extract -o " + out.string() + " " + (dir_ / "in").string());
  EXPECT_EQ(result.status, 1);
  EXPECT_TRUE(fs::exists(out / "good.json"));
  ASSERT_TRUE(fs::exists(out / "broken.json"));
  auto broken = nlohmann::json::parse(testing::ReadFile(out / "broken.json"));
  EXPECT_EQ(broken["id"], "broken");
  EXPECT_TRUE(broken["error"].contains("message"));
  for (const auto& entry : fs::directory_iterator(out)) {
    EXPECT_EQ(entry.path().extension(), ".json") << "left a temporary file: " << entry.path();
  }
}

TEST_F(CliTest, DirectoryReadmeIsNotADocument) {
  Write("README.md", "# About this folder");
  Write("b.md", "# A release");
  Write("a.txt", "Text.");
  Write("notes.json", "{}");
  auto records = Lines(RunCli("extract " + (dir_ / "in").string()).out);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0]["id"], "a");
  EXPECT_EQ(records[1]["id"], "b");
}

TEST_F(CliTest, JsonLinesOnStdin) {
  Write("stdin.jsonl",
        "{\"id\": \"one\", \"text\": \"The EU met Japan.\", \"published\": \"2025-05-12\"}\n"
        "[1, 2, 3]\n"
        "not json at all\n" +
            std::string(1000, '[') + std::string(1000, ']') +
            "\n"
            "{\"id\": \"two\", \"text\": \"Japan met the EU.\"}\n");
  RunResult result = RunCli("extract -", (dir_ / "in" / "stdin.jsonl").string());
  EXPECT_EQ(result.status, 1);
  auto records = Lines(result.out);
  ASSERT_EQ(records.size(), 5u);
  EXPECT_EQ(records[0]["id"], "one");
  EXPECT_EQ(records[0]["published"], "2025-05-12");
  EXPECT_EQ(records[0]["published_source"], "meta");
  EXPECT_TRUE(records[1].contains("error"));
  EXPECT_TRUE(records[2].contains("error"));
  EXPECT_TRUE(records[3].contains("error"));
  EXPECT_EQ(records[4]["id"], "two");
}

// 100,000 tiny documents through the batch: one record each, in order.
TEST_F(CliTest, HundredThousandTinyDocuments) {
  std::string lines;
  for (int i = 0; i < 100000; ++i) {
    lines += "{\"id\": \"d" + std::to_string(i) + "\", \"text\": \"The EU met Japan.\"}\n";
  }
  Write("tiny.jsonl", lines);
  RunResult result = RunCli("extract --jobs 2 -", (dir_ / "in" / "tiny.jsonl").string());
  EXPECT_EQ(result.status, 0);
  size_t records = 0;
  std::istringstream out(result.out);
  for (std::string line; std::getline(out, line); ++records) {
    if (records % 9973 == 0) {
      EXPECT_EQ(nlohmann::json::parse(line)["id"], "d" + std::to_string(records));
    }
  }
  EXPECT_EQ(records, 100000u);
}

// The reader hands workers chunks (Engine::kBatchDocuments documents, cut
// early past Engine::kBatchBytes): bad lines and documents larger than a
// chunk, anywhere in the stream, keep their place in the output.
TEST_F(CliTest, ChunksKeepOrderAroundBadLinesAndLargeDocuments) {
  const std::string large(Engine::kBatchBytes + 1000, 'x');
  std::string lines;
  for (int i = 0; i < 100; ++i) {
    if (i % 7 == 3) {
      lines += "not json " + std::to_string(i) + "\n";
    } else {
      std::string text = i % 23 == 5 ? "The EU met Japan. " + large : "The EU met Japan.";
      lines += "{\"id\": \"d" + std::to_string(i) + "\", \"text\": \"" + text + "\"}\n";
    }
  }
  Write("mixed.jsonl", lines);
  for (const char* jobs : {"1", "2"}) {
    RunResult result = RunCli(std::string("extract --jobs ") + jobs + " -", (dir_ / "in" / "mixed.jsonl").string());
    EXPECT_EQ(result.status, 1);
    auto records = Lines(result.out);
    ASSERT_EQ(records.size(), 100u) << jobs;
    for (int i = 0; i < 100; ++i) {
      if (i % 7 == 3) {
        EXPECT_TRUE(records[i].contains("error")) << i;
      } else {
        EXPECT_EQ(records[i]["id"], "d" + std::to_string(i)) << jobs;
      }
    }
  }
}

// A producer that writes one JSON Line and waits for its record gets it back
// while stdin stays open. Regression: the reader held a chunk until 16
// documents (or the end of input) had arrived, so this waited forever.
TEST_F(CliTest, StreamingProducerGetsEachRecordWhileStdinStaysOpen) {
  int to_child[2];
  int from_child[2];
  ASSERT_EQ(::pipe(to_child), 0);
  ASSERT_EQ(::pipe(from_child), 0);
  const pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    ::dup2(to_child[0], STDIN_FILENO);
    ::dup2(from_child[1], STDOUT_FILENO);
    const int devnull = ::open("/dev/null", O_WRONLY);
    ::dup2(devnull, STDERR_FILENO);
    for (int fd : {to_child[0], to_child[1], from_child[0], from_child[1], devnull}) ::close(fd);
    ::execl(COMMUNIQUE_BINARY, COMMUNIQUE_BINARY, "extract", "--jobs", "2", "-", static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(to_child[0]);
  ::close(from_child[1]);
  struct Child {  // never leaves the child behind when an assertion returns early
    pid_t pid;
    int in, out;
    ~Child() {
      if (in >= 0) ::close(in);
      ::close(out);
      if (pid > 0) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, nullptr, 0);
      }
    }
  } child{pid, to_child[1], from_child[0]};

  std::string buffer;
  // The next line of the child's stdout, or nullopt after 30 s without one.
  auto read_line = [&]() -> std::optional<std::string> {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    size_t newline;
    while ((newline = buffer.find('\n')) == std::string::npos) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
          deadline - std::chrono::steady_clock::now());
      pollfd readable{child.out, POLLIN, 0};
      if (left.count() <= 0 || ::poll(&readable, 1, static_cast<int>(left.count())) <= 0) return std::nullopt;
      char chunk[4096];
      const ssize_t n = ::read(child.out, chunk, sizeof(chunk));
      if (n <= 0) return std::nullopt;
      buffer.append(chunk, static_cast<size_t>(n));
    }
    std::string line = buffer.substr(0, newline);
    buffer.erase(0, newline + 1);
    return line;
  };
  for (int i = 0; i < 3; ++i) {
    const std::string id = "s" + std::to_string(i);
    const std::string line = "{\"id\": \"" + id + "\", \"text\": \"The EU met Japan.\"}\n";
    ASSERT_EQ(::write(child.in, line.data(), line.size()), static_cast<ssize_t>(line.size()));
    std::optional<std::string> record = read_line();
    ASSERT_TRUE(record) << "no record for " << id << " while stdin stays open";
    EXPECT_EQ(nlohmann::json::parse(*record)["id"], id);
  }
  ::close(child.in);
  child.in = -1;
  EXPECT_FALSE(read_line());  // end of output once stdin closes
  int status = 0;
  ASSERT_EQ(::waitpid(child.pid, &status, 0), child.pid);
  child.pid = 0;  // reaped
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

TEST_F(CliTest, PublishedPrecedence) {
  Write("doc.txt", "The EU met Japan.");
  Write("doc.meta.json", "{\"id\": \"doc-1\", \"published\": \"2024-01-02\"}");
  auto meta = Lines(RunCli("extract " + (dir_ / "in/doc.txt").string()).out);
  ASSERT_EQ(meta.size(), 1u);
  EXPECT_EQ(meta[0]["id"], "doc-1");
  EXPECT_EQ(meta[0]["published_source"], "meta");
  auto cli = Lines(RunCli("extract --published 2025-05-12 " + (dir_ / "in/doc.txt").string()).out);
  ASSERT_EQ(cli.size(), 1u);
  EXPECT_EQ(cli[0]["published"], "2025-05-12");
  EXPECT_EQ(cli[0]["published_source"], "cli");
}

TEST_F(CliTest, OutputIsDeterministicAcrossJobCounts) {
  auto shared = testing::SharedDir();
  fs::path input = shared ? *shared / "press/whitehouse" : fs::path(COMMUNIQUE_SOURCE_DIR) / "corpus";
  RunResult one = RunCli("extract --jobs 1 " + input.string());
  RunResult two = RunCli("extract --jobs 2 " + input.string());
  RunResult again = RunCli("extract --jobs 2 " + input.string());
  EXPECT_EQ(one.status, 0);
  EXPECT_FALSE(one.out.empty());
  EXPECT_EQ(one.out, two.out);
  EXPECT_EQ(two.out, again.out);
}

TEST_F(CliTest, RulesCheckReportsFileAndLine) {
  EXPECT_EQ(RunCli("rules check").status, 0);
  fs::path rules = dir_ / "rules";
  fs::copy(fs::path(COMMUNIQUE_SOURCE_DIR) / "rules", rules, fs::copy_options::recursive);
  EXPECT_EQ(RunCli("rules check " + rules.string()).status, 0);
  std::ofstream(rules / "segment/abbreviations.jsonl", std::ios::app)
      << "{\"id\": \"abbr-dr\", \"abbreviation\": \"Dr\", \"kind\": \"never_final\"}\n"
      << "{broken\n"
      << "{\"id\": \"x\", \"abbreviation\": \"x\", \"kind\": \"never_final\", \"typo\": 1}\n";
  std::string command = std::string(COMMUNIQUE_BINARY) + " rules check " + rules.string() + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string out;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  int status = pclose(pipe);
  EXPECT_EQ(WEXITSTATUS(status), 1);
  EXPECT_NE(out.find("abbreviations.jsonl:"), std::string::npos) << out;
  EXPECT_NE(out.find("duplicate rule id \"abbr-dr\""), std::string::npos) << out;
  EXPECT_NE(out.find("not a valid JSON object"), std::string::npos) << out;
  EXPECT_NE(out.find("unknown field \"typo\""), std::string::npos) << out;
  EXPECT_EQ(RunCli("rules check " + (dir_ / "missing").string()).status, 1);
  EXPECT_EQ(RunCli("extract --rules " + rules.string() + " " + (dir_ / "in").string()).status, 2);
}

}  // namespace
}  // namespace communique
