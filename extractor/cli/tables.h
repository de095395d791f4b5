// Records as relational tables (communique export --format csv|tsv|sqlite):
// documents, commitments (one row per commitment and actor), actors,
// mentions, dates, topics; and the CSV and TSV writers.
#ifndef COMMUNIQUE_CLI_TABLES_H_
#define COMMUNIQUE_CLI_TABLES_H_

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace communique::cli {

struct Column {
  const char* name;
  bool integer = false;  // else text
};

// A cell is NULL (nullopt) when the record has no value: a missing role,
// a commitment without actors. Integers are held as their decimal text.
using Cell = std::optional<std::string>;

struct Table {
  std::string name;
  std::vector<Column> columns;
  std::vector<std::string> primary_key;  // column names; empty: none
  std::vector<std::string> indexes;      // one column each
  std::vector<std::vector<Cell>> rows;
};

// The tables, empty, in the order they are written: documents, commitments,
// actors, mentions, dates, topics.
std::vector<Table> MakeTables();

// Adds one document record's rows to every table. Error records add nothing.
void AddRecord(const nlohmann::json& record, std::vector<Table>& tables);

// RFC 4180: a header line, CRLF line ends, fields quoted when they hold a
// comma, a double quote, CR or LF (quotes doubled); NULL is an empty field.
std::string ToCsv(const Table& table);
// Tab-separated, one line per row (LF), a header line; backslash, tab, LF and
// CR inside a field are written \\, \t, \n, \r (as PostgreSQL's COPY reads
// them); NULL is an empty field.
std::string ToTsv(const Table& table);

}  // namespace communique::cli

#endif  // COMMUNIQUE_CLI_TABLES_H_
