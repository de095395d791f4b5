// communique export: records (JSON Lines or extract -o folders) as tables
// (CSV, TSV, SQLite) or as annotation files (brat, doccano, TimeML).
#include <filesystem>
#include <iostream>
#include <optional>
#include <set>

#include "commands.h"
#include "common.h"
#include "output_names.h"
#include "records.h"
#include "sqlite_export.h"
#include "standoff.h"
#include "tables.h"

namespace communique::cli {
namespace {
namespace fs = std::filesystem;

constexpr const char* kHelp =
    "usage: communique export --format FORMAT -o OUT [options] INPUT...\n"
    "\n"
    "INPUT: JSON Lines of communique/1 records (extract's stdout), a record file NAME.json, a\n"
    "folder of them (extract -o DIR), or '-' for JSON Lines on stdin. Error records are skipped.\n"
    "\n"
    "formats:\n"
    "  csv, tsv   tables documents, commitments (one row per commitment and actor), actors,\n"
    "             mentions, dates, topics: OUT is a folder getting TABLE.csv per table, or with\n"
    "             --table NAME one file ('-': stdout). CSV is RFC 4180 (CRLF, quoted where\n"
    "             needed); TSV escapes \\\\, tab, LF, CR as \\\\ \\t \\n \\r.\n"
    "  sqlite     OUT is one SQLite database with every table (or --table NAME), keys, indexes\n"
    "  brat       OUT folder: <id>.txt + <id>.ann (standoff) per document, annotation.conf\n"
    "  doccano    OUT file: JSON Lines {\"id\", \"text\", \"label\": [[start, end, TYPE]], ...}\n"
    "  timeml     OUT folder: <id>.tml, the text with TIMEX3 elements (TempEval tools)\n"
    "\n"
    "options:\n"
    "  --table NAME   one table only (csv, tsv, sqlite)\n"
    "  --text DIR     read each document's text from DIR/<id>.txt|.md (brat, doccano, timeml);\n"
    "                 else from the record's \"source\" path\n"
    "\n"
    "exit status: 0 exported; 1 some records or texts could not be read (reported, skipped);\n"
    "2 usage error.\n";

struct Options {
  std::string format;
  std::string output;
  std::string table;
  std::string text_dir;
  std::vector<std::string> inputs;

  bool Tabular() const { return format == "csv" || format == "tsv" || format == "sqlite"; }
  // A folder of files: brat and timeml always, csv and tsv a file per table.
  bool ToFolder() const {
    return format == "brat" || format == "timeml" || ((format == "csv" || format == "tsv") && table.empty());
  }
};

int WriteOrReport(const std::string& path, const std::string& content) {
  if (path == "-") {
    std::cout << content;
    return std::cout.flush() ? 0 : 1;
  }
  std::string problem = WriteFileAtomically(path, content);
  if (problem.empty()) return 0;
  std::cerr << "communique export: " << problem << "\n";
  return 1;
}

void Report(const std::string& message) { std::cerr << "communique export: " << message << "\n"; }

// Reads export's options into *o. Returns an exit status when the command
// ends here (--help, a usage error).
std::optional<int> ParseExportArgs(const std::vector<std::string>& args, Options* o) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= args.size()) return false;
      *out = args[++i];
      return true;
    };
    if (arg == "--help" || arg == "-h") {
      std::cout << kHelp;
      return kExitOk;
    } else if (arg == "--format") {
      if (!value(&o->format)) return UsageError("export", "--format needs a value");
    } else if (arg == "-o") {
      if (!value(&o->output)) return UsageError("export", "-o needs a path");
    } else if (arg == "--table") {
      if (!value(&o->table)) return UsageError("export", "--table needs a name");
    } else if (arg == "--text") {
      if (!value(&o->text_dir)) return UsageError("export", "--text needs a directory");
    } else if (arg.size() > 1 && arg[0] == '-') {
      return UsageError("export", "unknown option " + arg + " (try --help)");
    } else {
      o->inputs.push_back(arg);
    }
  }
  const std::set<std::string> kFormats = {"csv", "tsv", "sqlite", "brat", "doccano", "timeml"};
  if (!kFormats.count(o->format)) {
    return UsageError("export", "--format must be csv, tsv, sqlite, brat, doccano or timeml");
  }
  if (o->output.empty()) return UsageError("export", "-o OUT is needed");
  if (o->inputs.empty()) return UsageError("export", "no INPUT given (try --help)");
  return std::nullopt;
}

// Every table, or the one --table names, into *tables. Returns an exit
// status for a usage error.
std::optional<int> SelectTables(const Options& o, std::vector<Table>* tables) {
  *tables = MakeTables();
  if (o.table.empty()) return std::nullopt;
  if (!o.Tabular()) return UsageError("export", "--table goes with csv, tsv or sqlite");
  std::erase_if(*tables, [&](const Table& t) { return t.name != o.table; });
  if (tables->empty()) {
    return UsageError("export", "unknown table " + o.table +
                                    " (documents, commitments, actors, mentions, dates, topics)");
  }
  return std::nullopt;
}

// One export: Visit takes the records as they are read (rows for the
// tables, or a document's annotation files written at once); Finish writes
// what needs every record (the tables, doccano's one file, brat's
// configuration) and gives the exit status.
class Export {
 public:
  Export(const Options& o, std::vector<Table> tables) : o_(o), tables_(std::move(tables)) {}

  void Visit(const nlohmann::json& record, const std::string& where) {
    if (record.contains("error")) return;  // nothing was extracted
    const std::string id = StringField(record, "id");
    if (id.empty()) {
      Fail(where + ": a record without \"id\"");
    } else if (!seen_.insert(id).second) {
      Fail(where + ": document " + id + " again; kept the first");
    } else if (o_.Tabular()) {
      AddRecord(record, tables_);
    } else {
      WriteAnnotationFiles(record, id);
    }
  }

  // Problems the reader reported (records it could not read).
  void AddProblems(size_t problems) { failures_ += problems; }

  int Finish() {
    if (o_.format == "brat") {
      failures_ += WriteOrReport((fs::path(o_.output) / "annotation.conf").string(), BratAnnotationConf()) +
                   WriteOrReport((fs::path(o_.output) / "visual.conf").string(), BratVisualConf());
    } else if (o_.format == "doccano") {
      failures_ += WriteOrReport(o_.output, doccano_);
    } else if (o_.format == "sqlite") {
      if (std::string problem = WriteSqlite(tables_, o_.output); !problem.empty()) Fail(problem);
    } else if (o_.Tabular()) {
      for (const Table& table : tables_) {
        std::string content = o_.format == "csv" ? ToCsv(table) : ToTsv(table);
        std::string path =
            o_.table.empty() ? (fs::path(o_.output) / (table.name + "." + o_.format)).string() : o_.output;
        failures_ += WriteOrReport(path, content);
      }
    }
    return failures_ > 0 ? kExitSomeFailed : kExitOk;
  }

 private:
  void Fail(const std::string& message) {
    Report(message);
    ++failures_;
  }

  // brat's, timeml's files for the record, or its doccano line.
  void WriteAnnotationFiles(const nlohmann::json& record, const std::string& id) {
    std::optional<OriginalText> text;
    if (std::optional<std::string> problem = LoadOriginalText(record, o_.text_dir, &text)) {
      Fail(*problem);
      return;
    }
    const std::string base = (fs::path(o_.output) / SafeFileName(id)).string();
    if (o_.format == "brat") {
      BratFiles files = ToBrat(record, *text);
      // brat cannot hold the record's own fields: a sidecar beside the text
      // keeps them (and makes the folder an input of extract and convert).
      nlohmann::json meta = {{"id", id}};
      for (const char* key : {"published", "title", "url"}) {
        if (!StringField(record, key).empty()) meta[key] = StringField(record, key);
      }
      failures_ += WriteOrReport(base + ".txt", files.txt) + WriteOrReport(base + ".ann", files.ann) +
                   WriteOrReport(base + ".meta.json", meta.dump(1) + "\n");
    } else if (o_.format == "timeml") {
      failures_ += WriteOrReport(base + ".tml", ToTimeMl(record, *text));
    } else {
      doccano_ += ToDoccano(record, *text) + "\n";
    }
  }

  const Options& o_;
  std::vector<Table> tables_;
  std::set<std::string> seen_;  // ids exported
  std::string doccano_;         // doccano's JSON Lines, written by Finish
  size_t failures_ = 0;
};

}  // namespace

int RunExport(const std::vector<std::string>& args) {
  Options o;
  if (std::optional<int> exit = ParseExportArgs(args, &o)) return *exit;
  std::vector<Table> tables;
  if (std::optional<int> exit = SelectTables(o, &tables)) return *exit;
  if (o.ToFolder()) {
    std::error_code ec;
    fs::create_directories(o.output, ec);
    if (ec) return UsageError("export", o.output + ": " + ec.message());
  }
  Export run(o, std::move(tables));
  std::optional<size_t> problems = ReadRecords(
      o.inputs, std::cin, [&run](const nlohmann::json& record, const std::string& where) { run.Visit(record, where); },
      Report);
  if (!problems) return kExitUsage;
  run.AddProblems(*problems);
  return run.Finish();
}

}  // namespace communique::cli
