// Nothing lost, nothing escapes (issue 16): the CLI under faults and hostile
// files. End-to-end tests run the binary through /bin/sh, some with the
// LD_PRELOAD fault shim (tests/fault/fault_shim.cc) injecting EIO, ENOSPC,
// EACCES, EROFS and short writes; unit tests cover the reading and writing
// layer (extractor/cli/io.h, inputs.h, output_names.h) directly.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <stdexcept>
#include <sstream>

#include "cli/batch.h"
#include "communique/serialize.h"
#include "cli/inputs.h"
#include "cli/io.h"
#include "cli/output_names.h"
#include "testing/test_engine.h"

namespace communique {
namespace {

namespace fs = std::filesystem;

struct ShellRun {
  int status = -1;
  std::string out;
  std::string err;
};

class CliSafetyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("communique-safety-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "in");
  }
  void TearDown() override {
    std::error_code ec;
    fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(dir_, ec);
  }
  void Write(const std::string& name, const std::string& content) {
    fs::create_directories((dir_ / "in" / name).parent_path());
    std::ofstream(dir_ / "in" / name, std::ios::binary) << content;
  }
  std::string In(const std::string& name = "") const { return (dir_ / "in" / name).string(); }
  std::string Out() const { return (dir_ / "out").string(); }

  // Runs `script` with /bin/sh in the test's directory, $BIN the CLI and
  // $SHIM the fault library; stdout and stderr are captured.
  ShellRun Sh(const std::string& script) {
    const fs::path file = dir_ / "script.sh";
    std::ofstream(file) << "BIN='" << COMMUNIQUE_BINARY << "'\nSHIM='" << COMMUNIQUE_FAULT_SHIM
                        << "'\nexport BIN SHIM\ncd '" << dir_.string() << "'\n"
                        << script << "\n";
    const std::string command = "/bin/sh " + file.string() + " > " + (dir_ / "stdout").string() +
                                " 2> " + (dir_ / "stderr").string();
    const int status = std::system(command.c_str());
    ShellRun run;
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    run.out = testing::ReadFile(dir_ / "stdout");
    run.err = testing::ReadFile(dir_ / "stderr");
    return run;
  }
  // The same with COMMUNIQUE_FAULT=`rules` and the shim preloaded.
  ShellRun Faulty(const std::string& rules, const std::string& script) {
    return Sh("export COMMUNIQUE_FAULT='" + rules + "' LD_PRELOAD=\"$SHIM\"\n" + script);
  }
  static std::vector<nlohmann::json> Lines(const std::string& out) {
    std::vector<nlohmann::json> records;
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);) records.push_back(nlohmann::json::parse(line));
    return records;
  }
  std::set<std::string> OutFiles() const {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir_ / "out")) names.insert(entry.path().filename().string());
    return names;
  }

  fs::path dir_;
};

#define SKIP_UNDER_SANITIZERS()                                                        \
  do {                                                                                  \
    if (kSanitized) GTEST_SKIP() << "LD_PRELOAD and memory limits do not mix with ASan"; \
  } while (0)
#ifdef COMMUNIQUE_SANITIZED
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif

// --- No two documents of a run write the same output ---------------------

TEST_F(CliSafetyTest, SameIdInTwoFoldersAndTwoExtensionsKeepsEveryDocument) {
  Write("dA/x.txt", "The EU met Japan.");
  Write("dA/x.md", "# Japan and Canada met.");
  Write("dB/x.txt", "Canada met Norway.");
  ShellRun run = Sh("$BIN extract --jobs 2 -o out in/dA in/dB");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(OutFiles(), (std::set<std::string>{"x.json", "x~2.json", "x~3.json"}));
  std::set<std::string> sources;
  for (const char* name : {"x.json", "x~2.json", "x~3.json"}) {
    auto record = nlohmann::json::parse(testing::ReadFile(dir_ / "out" / name));
    EXPECT_EQ(record["id"], "x");
    sources.insert(record["source"]["path"]);
  }
  EXPECT_EQ(sources, (std::set<std::string>{"in/dA/x.md", "in/dA/x.txt", "in/dB/x.txt"}));
  EXPECT_NE(run.err.find("written to x~2.json"), std::string::npos) << run.err;
  // Deterministic: the same run gives the same names for the same documents.
  fs::rename(dir_ / "out", dir_ / "first");
  Sh("$BIN extract --jobs 1 -o out in/dA in/dB");
  for (const char* name : {"x.json", "x~2.json", "x~3.json"}) {
    EXPECT_EQ(testing::ReadFile(dir_ / "out" / name), testing::ReadFile(dir_ / "first" / name)) << name;
  }
}

TEST_F(CliSafetyTest, IdsThatMapToOneFileNameOrDifferInCaseGetTheirOwnFiles) {
  Write("lines.jsonl",
        "{\"id\": \"a/b\", \"text\": \"one\"}\n"
        "{\"id\": \"a_b\", \"text\": \"two\"}\n"
        "{\"id\": \"Doc\", \"text\": \"three\"}\n"
        "{\"id\": \"doc\", \"text\": \"four\"}\n"
        "{\"id\": \"stdin-6\", \"text\": \"five\"}\n"
        "not json\n");
  ShellRun run = Sh("$BIN extract -o out - < in/lines.jsonl");
  EXPECT_EQ(run.status, 1);  // line 6
  EXPECT_EQ(OutFiles(), (std::set<std::string>{"a_b.json", "a_b~2.json", "Doc.json", "doc~2.json",
                                               "stdin-6.json", "stdin-6~2.json"}));
  auto real = nlohmann::json::parse(testing::ReadFile(dir_ / "out/stdin-6.json"));
  EXPECT_EQ(real["length"], 4);  // the real document, not the error record of line 6
  auto bad = nlohmann::json::parse(testing::ReadFile(dir_ / "out/stdin-6~2.json"));
  EXPECT_TRUE(bad.contains("error"));
  EXPECT_EQ(bad["source"]["stdin_line"], 6);
}

TEST_F(CliSafetyTest, LongIdsAndInvalidUtf8FileNamesGiveValidNamesAndJson) {
  Write("lines.jsonl", "{\"id\": \"" + std::string(245, 'a') + "\", \"text\": \"x\"}\n" +
                           "{\"id\": \"" + std::string(300, 'b') + "\", \"text\": \"y\"}\n");
  ShellRun run = Sh("$BIN extract -o out - < in/lines.jsonl");
  EXPECT_EQ(run.status, 0) << run.err;
  ASSERT_EQ(OutFiles().size(), 2u);
  for (const std::string& name : OutFiles()) {
    EXPECT_LE(name.size(), 255u);
    EXPECT_EQ(nlohmann::json::parse(testing::ReadFile(dir_ / "out" / name))["length"], 1);
  }
  Write("bad\xFFname.txt", "The EU met Japan.");
  run = Sh("$BIN extract in/bad*name.txt");
  EXPECT_EQ(run.status, 0) << run.err;
  auto records = Lines(run.out);  // parses: valid UTF-8
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0]["id"], "bad\xEF\xBF\xBDname");
}

// --- Every write and read is checked -----------------------------------------

TEST_F(CliSafetyTest, StdoutErrorsEndEveryCommandWithExitOneAndAReason) {
  fs::path corpus = fs::path(COMMUNIQUE_SOURCE_DIR) / "corpus";
  Sh("$BIN extract -o pred " + corpus.string());
  const std::vector<std::string> commands = {
      "extract " + corpus.string(),
      "score --gold " + corpus.string() + " --pred pred",
      "eval " + corpus.string(),
      "explain " + (corpus / "ca-mx-joint-statement-2025.txt").string(),
      "rules check",
      "extract --help",
  };
  for (const std::string& command : commands) {
    ShellRun full = Sh("$BIN " + command + " > /dev/full");
    EXPECT_EQ(full.status, 1) << command;
    EXPECT_NE(full.err.find("No space left on device"), std::string::npos) << command << ": " << full.err;
    ShellRun closed = Sh("$BIN " + command + " >&-");
    EXPECT_EQ(closed.status, 1) << command;
    EXPECT_NE(closed.err.find("Bad file descriptor"), std::string::npos) << command << ": " << closed.err;
  }
  // With SIGPIPE ignored, a reader that went away is EPIPE: exit 1.
  ShellRun pipe = Sh("(trap '' PIPE; $BIN extract --pretty " + corpus.string() +
                     "; echo \"status $?\" >&2) | true");
  EXPECT_NE(pipe.err.find("Broken pipe"), std::string::npos) << pipe.err;
  EXPECT_NE(pipe.err.find("status 1"), std::string::npos) << pipe.err;
}

TEST_F(CliSafetyTest, ReadErrorIsNotEndOfFile) {
  SKIP_UNDER_SANITIZERS();
  Write("a.txt", "The EU met Japan.");
  Write("b-big.txt", std::string(300000, 'x'));
  Write("c.txt", "Canada met Norway.");
  ShellRun run = Faulty("read:EIO:b-big.txt:65536", "$BIN extract --jobs 2 in");
  EXPECT_EQ(run.status, 1);
  auto records = Lines(run.out);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0]["id"], "a");
  EXPECT_TRUE(records[1].contains("error")) << records[1].dump();
  EXPECT_NE(records[1].dump().find("Input/output error"), std::string::npos);
  EXPECT_EQ(records[2]["id"], "c");
  EXPECT_NE(run.err.find("Input/output error"), std::string::npos) << run.err;

  // On stdin: the documents before the failure, then an error record, exit 1.
  std::string lines;
  for (int i = 0; i < 2000; ++i) lines += "{\"id\": \"d" + std::to_string(i) + "\", \"text\": \"The EU met Japan.\"}\n";
  Write("many.jsonl", lines);
  run = Faulty("read:EIO:fd0:40000", "$BIN extract - < in/many.jsonl");
  EXPECT_EQ(run.status, 1);
  records = Lines(run.out);
  ASSERT_FALSE(records.empty());
  EXPECT_LT(records.size(), 2000u);
  EXPECT_TRUE(records.back().contains("error"));
  EXPECT_NE(records.back()["error"]["message"].get<std::string>().find("Input/output error"), std::string::npos);
  for (size_t i = 0; i + 1 < records.size(); ++i) EXPECT_EQ(records[i]["length"], 17) << i;  // none cut short
}

TEST_F(CliSafetyTest, ReasonsOfFailedOpensAndWrites) {
  SKIP_UNDER_SANITIZERS();
  Write("a.txt", "The EU met Japan.");
  Write("b.txt", "Canada met Norway.");
  ShellRun denied = Faulty("open:EACCES:b.txt", "$BIN extract in");
  EXPECT_EQ(denied.status, 1);
  auto records = Lines(denied.out);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_NE(records[1]["error"]["message"].get<std::string>().find("Permission denied"), std::string::npos);

  // Output files: EACCES and EROFS on creating, ENOSPC on writing, EIO on rename.
  for (const auto& [rule, reason] : std::vector<std::pair<std::string, std::string>>{
           {"open:EACCES:.tmp", "Permission denied"},
           {"open:EROFS:.tmp", "Read-only file system"},
           {"write:ENOSPC:.tmp:10", "No space left on device"},
           {"rename:EIO:b.json", "Input/output error"}}) {
    fs::remove_all(dir_ / "out");
    fs::create_directories(dir_ / "out");
    ShellRun run = Faulty(rule, "$BIN extract -o out in");
    EXPECT_EQ(run.status, 1) << rule;
    EXPECT_NE(run.err.find(reason), std::string::npos) << rule << ": " << run.err;
    for (const std::string& name : OutFiles()) {
      EXPECT_EQ(name.find(".tmp"), std::string::npos) << rule << " left " << name;
      EXPECT_NO_THROW(nlohmann::json::parse(testing::ReadFile(dir_ / "out" / name))) << name;
    }
  }
  // Short writes are finished, on stdout and in files.
  ShellRun whole = Sh("$BIN extract in");
  ShellRun shortened = Faulty("short:7:fd1", "$BIN extract in");
  EXPECT_EQ(shortened.status, 0);
  EXPECT_EQ(shortened.out, whole.out);
  ShellRun files = Faulty("short:5:.tmp", "$BIN extract -o out2 in && cat out2/a.json out2/b.json");
  EXPECT_EQ(files.status, 0);
  EXPECT_EQ(files.out, whole.out);
  // A stdout that fails after some records: the run stops with a reason.
  ShellRun stopped = Faulty("write:ENOSPC:fd1:100", "$BIN extract in");
  EXPECT_EQ(stopped.status, 1);
  EXPECT_NE(stopped.err.find("stdout: No space left on device"), std::string::npos) << stopped.err;
}

TEST_F(CliSafetyTest, FullDiskOnASmallTmpfs) {
  SKIP_UNDER_SANITIZERS();
  if (Sh("mkdir -p out && unshare -m sh -c 'mount -t tmpfs -o size=64k tmpfs out'").status != 0) {
    GTEST_SKIP() << "cannot mount a tmpfs here (needs privileges)";
  }
  std::string lines;
  for (int i = 0; i < 400; ++i) {
    lines += "{\"id\": \"d" + std::to_string(i) + "\", \"text\": \"The EU met Japan today in Brussels.\"}\n";
  }
  Write("many.jsonl", lines);
  ShellRun run = Sh("unshare -m sh -c 'mount -t tmpfs -o size=64k tmpfs out && "
                    "$BIN extract --jobs 2 -o out - < in/many.jsonl; echo \"status $?\"; "
                    "for f in out/* out/.[!.]*; do [ -e \"$f\" ] && echo \"$f\"; done; "
                    "cat out/*.json > records.jsonl'");
  EXPECT_NE(run.out.find("status 1"), std::string::npos) << run.out;
  EXPECT_NE(run.err.find("No space left on device"), std::string::npos);
  EXPECT_EQ(run.out.find(".tmp"), std::string::npos) << "a temporary file was left";
  // What fitted is whole: every file written is one complete record.
  auto records = Lines(testing::ReadFile(dir_ / "records.jsonl"));
  EXPECT_FALSE(records.empty());
  for (const auto& record : records) EXPECT_EQ(record["length"], 35) << record.dump();
}

// --- Temporary files never follow a planted link ---------------------------

TEST_F(CliSafetyTest, PlantedLinksAtTemporaryNamesAreNeverFollowed) {
  Write("x.txt", "The EU met Japan.");
  Write("victim", "precious");
  fs::create_directories(dir_ / "out");
  // exec keeps the shell's pid: the links sit at the names this run would
  // use, old (x.json.tmp.PID) and new (.communique-PID-N.tmp).
  ShellRun run = Sh(
      "victim=\"$PWD/in/victim\"\n"
      "sh -c 'for n in 0 1 2 3; do ln -s \"$1\" out/.communique-$$-$n.tmp; done; "
      "ln -s \"$1\" out/x.json.tmp.$$; exec \"$2\" extract -o out in/x.txt' sh \"$victim\" \"$BIN\"");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(testing::ReadFile(dir_ / "in/victim"), "precious");
  EXPECT_EQ(nlohmann::json::parse(testing::ReadFile(dir_ / "out/x.json"))["id"], "x");
  EXPECT_FALSE(fs::is_symlink(dir_ / "out/x.json"));
}

// --- No abort ------------------------------------------------------------------

TEST_F(CliSafetyTest, OutOfMemoryOnOneDocumentIsItsErrorRecord) {
  SKIP_UNDER_SANITIZERS();
  Write("a.txt", "The EU met Japan.");
  std::string huge;
  const std::string sentence = "The EU met Japan on 3 March 2025 in Brussels. ";
  while (huge.size() < (120u << 20)) huge += sentence;
  Write("b-huge.txt", huge);
  Write("c.txt", "Canada met Norway.");
  ShellRun run = Sh("ulimit -v 1500000; $BIN extract --jobs 2 in");
  EXPECT_EQ(run.status, 1) << run.err;
  auto records = Lines(run.out);
  ASSERT_EQ(records.size(), 3u) << run.err;
  EXPECT_EQ(records[0]["id"], "a");
  EXPECT_NE(records[1]["error"]["message"].get<std::string>().find("out of memory"), std::string::npos);
  EXPECT_EQ(records[2]["id"], "c");
}

TEST_F(CliSafetyTest, ThreadsThatCannotStartDoNotLoseDocuments) {
  SKIP_UNDER_SANITIZERS();
  for (int i = 0; i < 40; ++i) Write("d" + std::to_string(100 + i) + ".txt", "The EU met Japan.");
  // Each thread's stack reserves `ulimit -s`: only a few fit under -v.
  ShellRun run = Sh("ulimit -v 2500000; ulimit -s 400000; $BIN extract --jobs 32 in");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(Lines(run.out).size(), 40u);
  EXPECT_NE(run.err.find("worker threads"), std::string::npos) << run.err;
}

TEST_F(CliSafetyTest, RulePackOfWrongTypesIsAnErrorNotACrash) {
  fs::path rules = dir_ / "rules";
  fs::copy(fs::path(COMMUNIQUE_SOURCE_DIR) / "rules", rules, fs::copy_options::recursive);
  std::string lexicon = testing::ReadFile(rules / "dates/lexicon.jsonl");
  const size_t at = lexicon.find("\"case_sensitive\": true");
  ASSERT_NE(at, std::string::npos);
  lexicon.replace(at, 22, "\"case_sensitive\": \"yes\"");
  std::ofstream(rules / "dates/lexicon.jsonl") << lexicon;
  Write("a.txt", "The EU met Japan.");
  for (const std::string& command : {"rules check " + rules.string(), "extract --rules " + rules.string() + " in"}) {
    ShellRun run = Sh("$BIN " + command);
    EXPECT_TRUE(run.status == 1 || run.status == 2) << command << ": " << run.status;
    EXPECT_FALSE(run.err.empty()) << command;
  }
}

TEST_F(CliSafetyTest, MaxBytesBoundsEveryRead) {
  Write("a.txt", "The EU met Japan.");
  Write("b.txt", std::string(5000, 'x'));
  Write("lines.jsonl", "{\"text\": \"" + std::string(5000, 'y') + "\"}\n{\"id\": \"ok\", \"text\": \"fine\"}\n");
  ShellRun run = Sh("$BIN extract --max-bytes 4K in/a.txt in/b.txt - < in/lines.jsonl");
  EXPECT_EQ(run.status, 1);
  auto records = Lines(run.out);
  ASSERT_EQ(records.size(), 4u);
  EXPECT_EQ(records[0]["id"], "a");
  EXPECT_NE(records[1]["error"]["message"].get<std::string>().find("larger than --max-bytes"), std::string::npos);
  EXPECT_NE(records[2]["error"]["message"].get<std::string>().find("longer than --max-bytes"), std::string::npos);
  EXPECT_EQ(records[3]["id"], "ok");
  // An endless device is read up to the bound, never without one.
  run = Sh("timeout 60 $BIN extract --max-bytes 1M /dev/zero");
  EXPECT_EQ(run.status, 1);
  ASSERT_EQ(Lines(run.out).size(), 1u);
  EXPECT_NE(run.out.find("larger than --max-bytes"), std::string::npos);
  EXPECT_EQ(Sh("$BIN extract --max-bytes 0 in").status, 2);
  EXPECT_NE(Sh("$BIN extract --help").out.find("--max-bytes"), std::string::npos);
}

// --- Hostile files ----------------------------------------------------------

TEST_F(CliSafetyTest, FifoOrDirectorySidecarNeverHangs) {
  Write("a.txt", "The EU met Japan.");
  Write("b.txt", "Canada met Norway.");
  ASSERT_EQ(::mkfifo((dir_ / "in/a.meta.json").c_str(), 0600), 0);
  fs::create_directories(dir_ / "in/b.meta.json");
  ShellRun run = Sh("timeout 30 $BIN extract in");
  EXPECT_EQ(run.status, 1);
  auto records = Lines(run.out);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_NE(records[0]["error"]["message"].get<std::string>().find("not a regular file"), std::string::npos);
  EXPECT_NE(records[1]["error"]["message"].get<std::string>().find("is a directory"), std::string::npos);
}

TEST_F(CliSafetyTest, Utf16AndUtf32WithAMarkAreDecoded) {
  auto utf16le = [](const std::string& ascii) {
    std::string out = "\xFF\xFE";
    for (char c : ascii) out += std::string{c, '\0'};
    return out;
  };
  auto utf32be = [](const std::string& ascii) {
    std::string out("\0\0\xFE\xFF", 4);
    for (char c : ascii) out += std::string{'\0', '\0', '\0', c};
    return out;
  };
  const std::string text = "The EU met Japan.";
  Write("a16.txt", utf16le(text));
  Write("b32.txt", utf32be(text));
  Write("c16-no-mark.txt", utf16le(text).substr(2));
  ShellRun run = Sh("$BIN extract in");
  EXPECT_EQ(run.status, 1);
  auto records = Lines(run.out);
  ASSERT_EQ(records.size(), 3u);
  for (int i : {0, 1}) {
    EXPECT_EQ(records[i]["length"], 17) << i;
    ASSERT_FALSE(records[i]["actors"].empty()) << i;
    EXPECT_EQ(records[i]["actors"][0]["mentions"][0]["text"], "EU") << i;
  }
  EXPECT_NE(records[2]["error"]["message"].get<std::string>().find("UTF-16LE"), std::string::npos)
      << records[2].dump();
}

TEST_F(CliSafetyTest, JsonLinesRejectionsSayWhy) {
  Write("lines.jsonl", "{\"text\": \"x\", \"note\": 1e999}\n{\"text\": \"x\", \"note\": \"\xFF\"}\n");
  ShellRun run = Sh("$BIN extract - < in/lines.jsonl");
  EXPECT_EQ(run.status, 1);
  auto records = Lines(run.out);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_NE(records[0]["error"]["message"].get<std::string>().find("number overflow"), std::string::npos);
  EXPECT_NE(records[1]["error"]["message"].get<std::string>().find("ill-formed UTF-8"), std::string::npos);
}

TEST_F(CliSafetyTest, PublicationDatesOutsideFourDigitYearsAreRefused) {
  Write("a.txt", "Last year the EU met Japan. Next year they meet again.");
  EXPECT_EQ(Sh("$BIN extract --published 0000-01-01 in").status, 2);
  EXPECT_EQ(Sh("$BIN extract --published 9999-12-31 in").status, 2);
  Write("a.meta.json", "{\"published\": \"9999-12-31\"}");
  ShellRun run = Sh("$BIN extract in");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.out.find("between 1000-01-01 and 8999-12-31"), std::string::npos) << run.out;
  // Without the sidecar: its 9999-12-31 is refused even under --published,
  // and the error record has no dates to check.
  fs::remove(dir_ / "in" / "a.meta.json");
  run = Sh("$BIN extract --published 1000-01-01 in/a.txt");
  // Kept in a variable: a range-for over a member of a temporary reads freed
  // memory. at(), not a const operator[], whose missing key is undefined.
  const auto records = Lines(run.out);
  ASSERT_FALSE(records.empty()) << run.err;
  ASSERT_FALSE(records.at(0).at("dates").empty()) << run.out;
  for (const auto& date : records.at(0).at("dates")) {
    EXPECT_EQ(date["value"].get<std::string>().size(), 4u) << date.dump();
  }
}

TEST_F(CliSafetyTest, ControlCharactersNeverReachTheTerminal) {
  Write("lines.jsonl", "{\"id\": \"evil\\u001b[2J\\u009b\", \"text\": 5}\n"
                       "{\"id\": \"evil\\u001b[2J\\u009b\", \"text\": \"The EU met Japan.\"}\n"
                       "{\"id\": \"evil\\u001b[2J\\u009b\", \"text\": \"x\"}\n");
  ShellRun run = Sh("$BIN extract -o out - < in/lines.jsonl");
  EXPECT_EQ(run.status, 1);
  EXPECT_FALSE(run.err.empty());
  EXPECT_EQ(run.err.find('\x1b'), std::string::npos) << run.err;
  EXPECT_EQ(run.err.find("\xC2\x9B"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("\\x1B[2J"), std::string::npos) << run.err;
}

// --- Inputs as users expect them ---------------------------------------------

TEST_F(CliSafetyTest, RecursiveWithGlob) {
  Write("top.txt", "The EU met Japan.");
  Write("sub/deeper/inner.txt", "Canada met Norway.");
  Write("sub/notes.text", "Japan met Canada.");
  Write("sub/README.md", "# not a document");
  auto ids = [&](const std::string& args) {
    std::vector<std::string> out;
    for (const auto& record : Lines(Sh("$BIN extract " + args).out)) out.push_back(record["id"]);
    return out;
  };
  EXPECT_EQ(ids("in"), (std::vector<std::string>{"top"}));
  EXPECT_EQ(ids("--recursive in"), (std::vector<std::string>{"inner", "top"}));
  EXPECT_EQ(ids("--recursive --glob '*.text' --glob '*.txt' in"),
            (std::vector<std::string>{"inner", "notes", "top"}));
  EXPECT_EQ(ids("--recursive --glob=*.text in"), (std::vector<std::string>{"notes"}));
}

TEST_F(CliSafetyTest, NoDocumentsIsExitTwoWithAMessage) {
  fs::create_directories(dir_ / "in/empty");
  Write("notes.json", "{}");
  for (const std::string& inputs : {"in/empty", "in", "- < /dev/null"}) {
    ShellRun run = Sh("$BIN extract " + inputs);
    EXPECT_EQ(run.status, 2) << inputs;
    EXPECT_NE(run.err.find("no documents"), std::string::npos) << inputs << ": " << run.err;
  }
}

TEST_F(CliSafetyTest, SidecarNamedOnTheCommandLineIsNotADocument) {
  Write("a.txt", "The EU met Japan.");
  Write("a.meta.json", "{\"id\": \"alpha\", \"published\": \"2025-05-12\"}");
  auto records = Lines(Sh("$BIN extract in/a.txt in/a.meta.json").out);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0]["id"], "alpha");
}

TEST_F(CliSafetyTest, OptionsWithEqualsVersionEverywhereAndEmptyOutputDirectory) {
  Write("a.txt", "The EU met Japan.");
  EXPECT_EQ(Sh("$BIN extract --jobs=2 --published=2025-05-12 in").status, 0);
  for (const char* command : {"--version", "extract --version", "score --version", "eval --version",
                              "explain --version", "rules --version"}) {
    ShellRun run = Sh(std::string("$BIN ") + command);
    EXPECT_EQ(run.status, 0) << command;
    EXPECT_EQ(run.out.rfind("communique ", 0), 0u) << command;
  }
  ShellRun empty = Sh("$BIN extract -o '' in");
  EXPECT_EQ(empty.status, 2);
  EXPECT_NE(empty.err.find("-o needs a directory"), std::string::npos);
}

// Regression (review of session 4): every `--x=y` was split, so that
// `--pretty=1 FILE` read "1" as an INPUT. Only the options that take a value
// split; a flag given a value is a usage error that says so.
TEST_F(CliSafetyTest, OnlyOptionsThatTakeAValueSplitAtEquals) {
  Write("a.txt", "The EU met Japan.");
  ShellRun pretty = Sh("$BIN extract --pretty=1 in/a.txt");
  EXPECT_EQ(pretty.status, 2);
  EXPECT_NE(pretty.err.find("--pretty takes no value"), std::string::npos) << pretty.err;
  EXPECT_EQ(pretty.err.find("1: "), std::string::npos) << pretty.err;
  EXPECT_EQ(Sh("$BIN extract --format=markdown --max-bytes=1M in/a.txt").status, 0);
  EXPECT_EQ(Sh("$BIN extract --no-rule-ids=yes in/a.txt").status, 2);

  // Every option of every help: one followed by a value word ("--jobs N")
  // splits, one that opens an option line and is followed by the
  // description ("  --pretty   indent") takes no value; none is left to
  // reach its command as "--name=zz".
  const std::regex value_option(R"((--[a-z][a-z-]*) [A-Za-z])");
  const std::regex flag(R"((?:^|\n)  (--[a-z][a-z-]*)  )");
  int values = 0, flags = 0;
  for (const char* command : {"extract", "score", "eval", "explain", "rules", "serve", "schema",
                              "export", "convert", "render"}) {
    const std::string help = Sh(std::string("$BIN ") + command + " --help").out;
    for (const std::regex* kind : {&value_option, &flag}) {
      for (std::sregex_iterator it(help.begin(), help.end(), *kind), end; it != end; ++it) {
        const std::string name = (*it)[1];
        SCOPED_TRACE(std::string(command) + " " + name +
                     ": a new option goes in kValueOptions or kFlags of extractor/cli/main.cc");
        // --port=zz stops serve before it could listen, whatever comes first.
        ShellRun run = Sh(std::string("$BIN ") + command + " " + name + "=zz --port=zz");
        EXPECT_EQ(run.status, 2) << run.err;
        if (kind == &value_option) {
          ++values;
          EXPECT_EQ(run.err.find(name + "=zz"), std::string::npos) << run.err;
        } else {
          ++flags;
          EXPECT_NE(run.err.find(name + " takes no value"), std::string::npos) << run.err;
        }
      }
    }
  }
  EXPECT_GT(values, 20);
  EXPECT_GT(flags, 10);
}

TEST_F(CliSafetyTest, RecordsSayWhereTheyCameFromAndCarryTitleAndUrl) {
  Write("a.txt", "The EU met Japan.");
  Write("a.meta.json", "{\"title\": \"EU-Japan summit\", \"url\": \"https://example.org/a\"}");
  Write("lines.jsonl", "\n{\"text\": \"Canada met Norway.\", \"title\": \"T\", \"url\": \"u\"}\nbad\n");
  auto records = Lines(Sh("$BIN extract --published 2025-05-12 in/a.txt - < in/lines.jsonl").out);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0]["source"], nlohmann::json({{"path", "in/a.txt"}}));
  EXPECT_EQ(records[0]["title"], "EU-Japan summit");
  EXPECT_EQ(records[0]["url"], "https://example.org/a");
  EXPECT_EQ(records[1]["source"], nlohmann::json({{"stdin_line", 2}}));
  EXPECT_EQ(records[1]["title"], "T");
  EXPECT_EQ(records[1]["url"], "u");
  EXPECT_EQ(records[2]["source"], nlohmann::json({{"stdin_line", 3}}));
  EXPECT_TRUE(records[2].contains("error"));
  // Pretty records carry them too and stay valid JSON.
  ShellRun pretty = Sh("$BIN extract --pretty in/a.txt");
  EXPECT_EQ(nlohmann::json::parse(pretty.out)["source"]["path"], "in/a.txt");
}

TEST_F(CliSafetyTest, DocumentWithoutPublicationDateGetsAWarning) {
  Write("a.txt", "The EU met Japan today.");
  auto records = Lines(Sh("$BIN extract in/a.txt").out);
  ASSERT_EQ(records.size(), 1u);
  ASSERT_FALSE(records[0]["diagnostics"].empty());
  EXPECT_EQ(records[0]["diagnostics"].back()["level"], "warning");
  EXPECT_NE(records[0]["diagnostics"].back()["message"].get<std::string>().find("no publication date"),
            std::string::npos);
  auto dated = Lines(Sh("$BIN extract --published 2025-05-12 in/a.txt").out);
  EXPECT_TRUE(dated.at(0)["diagnostics"].empty());
}

// --- The reading and writing layer, directly ----------------------------------

TEST(CliIo, ReadFileCheckedSaysWhy) {
  std::string out;
  EXPECT_EQ(cli::ReadFileChecked("/", 100, false, &out), "is a directory");
  EXPECT_EQ(cli::ReadFileChecked("/no/such/file", 100, false, &out), "cannot open: No such file or directory");
  EXPECT_EQ(cli::ReadFileChecked("/dev/null", 100, true, &out), "not a regular file (a FIFO, socket or device)");
  EXPECT_EQ(cli::ReadFileChecked("/dev/zero", 100, false, &out), "larger than --max-bytes (100 bytes)");
}

TEST(CliIo, PrintableEscapesControlsAndInvalidBytes) {
  EXPECT_EQ(cli::Printable("plain é"), "plain é");
  EXPECT_EQ(cli::Printable("a\x1b[2Jb"), "a\\x1B[2Jb");
  EXPECT_EQ(cli::Printable("\xC2\x9B"), "\\xC2\\x9B");
  EXPECT_EQ(cli::Printable("\xFF\n"), "\\xFF\\x0A");
  EXPECT_EQ(cli::ValidUtf8("a\xFF" "b\xED\xA0\x80"), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(CliIo, SafeFileNamesArePortableAndBounded) {
  EXPECT_EQ(cli::SafeFileName("a/b\\c:d*e?f\"g<h>i|j"), "a_b_c_d_e_f_g_h_i_j");
  EXPECT_EQ(cli::SafeFileName(".."), "_..");
  EXPECT_EQ(cli::SafeFileName(""), "_");
  const std::string long_id(400, 'x');
  const std::string name = cli::SafeFileName(long_id);
  EXPECT_LE(name.size(), 200u);
  EXPECT_NE(name, cli::SafeFileName(long_id + "y"));  // the hash tells them apart
  cli::OutputNames names;
  std::string warning;
  EXPECT_EQ(names.Claim("A", &warning), "A.json");
  EXPECT_TRUE(warning.empty());
  EXPECT_EQ(names.Claim("a", &warning), "a~2.json");
  EXPECT_FALSE(warning.empty());
  EXPECT_EQ(names.Claim("a~2", &warning), "a~2~2.json");
}

TEST(CliIo, DecodeUnicodeText) {
  std::string utf16be("\xFE\xFF\x00h\xD8\x3D\xDE\x00\xDC\x00", 10);  // h, U+1F600, a lone low surrogate
  EXPECT_EQ(cli::DecodeUnicodeText(&utf16be), std::nullopt);
  EXPECT_EQ(utf16be, "h\xF0\x9F\x98\x80\xEF\xBF\xBD");
  std::string plain = "plain text";
  EXPECT_EQ(cli::DecodeUnicodeText(&plain), std::nullopt);
  EXPECT_EQ(plain, "plain text");
}

TEST(CliIo, LineReaderSkipsOverlongLinesAndKeepsTheRest) {
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  const std::string input = "short\n" + std::string(50, 'x') + "\nlast";
  ASSERT_EQ(::write(fds[1], input.data(), input.size()), static_cast<ssize_t>(input.size()));
  ::close(fds[1]);
  cli::LineReader reader(fds[0], 10);
  std::string line, error;
  EXPECT_EQ(reader.Next(&line, &error), cli::LineReader::Status::kLine);
  EXPECT_EQ(line, "short");
  EXPECT_EQ(reader.Next(&line, &error), cli::LineReader::Status::kTooLong);
  EXPECT_EQ(reader.Next(&line, &error), cli::LineReader::Status::kLine);
  EXPECT_EQ(line, "last");
  EXPECT_EQ(reader.Next(&line, &error), cli::LineReader::Status::kEnd);
  ::close(fds[0]);
}

}  // namespace
}  // namespace communique

// Regression (review of session 4): when processing threw, the error record
// was written from the moved-from input: an empty id and no source.
TEST(CliBatchTest, AThrowingDocumentKeepsItsIdAndSourceInItsErrorRecord) {
  auto engine = communique::Engine::Create(communique::RulePack::Embedded(), {});
  ASSERT_TRUE(engine.ok());
  std::vector<communique::cli::InputItem> items(2);
  for (int i = 0; i < 2; ++i) {
    items[i].document.id = "doc-" + std::to_string(i);
    items[i].document.bytes = "Japan and France agreed to cooperate.";
    items[i].document.source_path = "in/doc-" + std::to_string(i) + ".txt";
    items[i].document.title = "Title " + std::to_string(i);
  }
  auto results = communique::cli::ProcessChunk(
      **engine, items, [](const communique::Document& doc, communique::cli::BatchResult& result) {
        if (doc.id == "doc-1") throw std::runtime_error("writer failed");
        result.json = communique::ToJson(doc);
      });
  ASSERT_EQ(results.size(), 2u);
  EXPECT_FALSE(results[0].failed);
  ASSERT_TRUE(results[1].failed);
  auto record = nlohmann::json::parse(results[1].json);
  EXPECT_EQ(record["id"], "doc-1");
  EXPECT_EQ(record["source"]["path"], "in/doc-1.txt");
  EXPECT_EQ(record["title"], "Title 1");
  EXPECT_NE(record["error"]["message"].get<std::string>().find("writer failed"), std::string::npos);
}

// Regression (review of session 4): a sink that ended the run (stdout
// failed) left stats.fatal empty, so that a caller saw a run cut short as a
// whole one.
TEST(CliBatchTest, ASinkThatEndsTheRunSetsFatal) {
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  std::string lines;
  for (int i = 0; i < 40; ++i) lines += "{\"text\": \"The EU met Japan.\"}\n";
  ASSERT_EQ(::write(fds[1], lines.data(), lines.size()), static_cast<ssize_t>(lines.size()));
  ::close(fds[1]);
  communique::cli::InputStream stream({"-"}, {}, communique::cli::kDefaultMaxBytes, fds[0]);
  communique::cli::BatchOptions options;
  options.jobs = 2;
  auto process = [](std::vector<communique::cli::InputItem>& items) {
    std::vector<communique::cli::BatchResult> results(items.size());
    for (size_t i = 0; i < items.size(); ++i) results[i].id = items[i].document.id;
    return results;
  };
  int delivered = 0;
  communique::cli::BatchStats stats =
      communique::cli::RunBatch(stream, options, process, [&](communique::cli::BatchResult&) { return ++delivered < 3; });
  ::close(fds[0]);
  EXPECT_EQ(stats.documents, 3u);
  EXPECT_EQ(stats.fatal, "the results could not be written");
}
