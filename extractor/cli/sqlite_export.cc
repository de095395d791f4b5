#include "sqlite_export.h"

#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <memory>

namespace communique::cli {
namespace {

std::string Quoted(const std::string& identifier) {
  std::string out = "\"";
  for (char c : identifier) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// "doc_id, actor_id" -> "\"doc_id\", \"actor_id\"" and an index name part "doc_id_actor_id".
std::string QuotedList(const std::string& columns, std::string* name_part) {
  std::string out;
  size_t begin = 0;
  while (begin <= columns.size()) {
    size_t comma = columns.find(',', begin);
    std::string column = columns.substr(begin, comma == std::string::npos ? std::string::npos : comma - begin);
    column.erase(0, column.find_first_not_of(' '));
    if (!out.empty()) {
      out += ", ";
      *name_part += '_';
    }
    out += Quoted(column);
    *name_part += column;
    if (comma == std::string::npos) break;
    begin = comma + 1;
  }
  return out;
}

std::string Schema(const Table& table) {
  std::string sql = "CREATE TABLE " + Quoted(table.name) + " (";
  for (size_t i = 0; i < table.columns.size(); ++i) {
    if (i > 0) sql += ", ";
    sql += Quoted(table.columns[i].name) + (table.columns[i].integer ? " INTEGER" : " TEXT");
    // Every row names its document; the key columns are never NULL.
    if (i == 0) sql += " NOT NULL";
  }
  if (!table.primary_key.empty()) {
    sql += ", PRIMARY KEY (";
    for (size_t i = 0; i < table.primary_key.size(); ++i) sql += (i > 0 ? ", " : "") + Quoted(table.primary_key[i]);
    sql += ")";
  }
  if (table.name != "documents") sql += ", FOREIGN KEY (\"doc_id\") REFERENCES \"documents\" (\"doc_id\")";
  sql += ");\n";
  for (const std::string& columns : table.indexes) {
    std::string name_part;
    std::string list = QuotedList(columns, &name_part);
    sql += "CREATE INDEX " + Quoted(table.name + "_" + name_part) + " ON " + Quoted(table.name) + " (" + list + ");\n";
  }
  return sql;
}

struct Closer {
  void operator()(sqlite3* db) const { sqlite3_close(db); }
  void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};

}  // namespace

std::string WriteSqlite(const std::vector<Table>& tables, const std::string& path) {
  const std::string temporary = path + ".tmp." + std::to_string(::getpid());
  std::remove(temporary.c_str());
  std::string problem;
  {
    sqlite3* raw = nullptr;
    int rc = sqlite3_open_v2(temporary.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    std::unique_ptr<sqlite3, Closer> db(raw);
    auto fail = [&](const std::string& what) {
      problem = path + ": " + what + ": " + (db ? sqlite3_errmsg(db.get()) : "out of memory");
    };
    if (rc != SQLITE_OK) {
      fail("cannot create");
    } else if (sqlite3_exec(db.get(), "PRAGMA journal_mode = OFF; BEGIN;", nullptr, nullptr, nullptr) != SQLITE_OK) {
      fail("begin");
    }
    for (const Table& table : tables) {
      if (!problem.empty()) break;
      if (sqlite3_exec(db.get(), Schema(table).c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        fail("create table " + table.name);
        break;
      }
      std::string insert = "INSERT INTO " + Quoted(table.name) + " VALUES (";
      for (size_t i = 0; i < table.columns.size(); ++i) insert += i > 0 ? ", ?" : "?";
      insert += ")";
      sqlite3_stmt* raw_statement = nullptr;
      if (sqlite3_prepare_v2(db.get(), insert.c_str(), -1, &raw_statement, nullptr) != SQLITE_OK) {
        fail("prepare " + table.name);
        break;
      }
      std::unique_ptr<sqlite3_stmt, Closer> statement(raw_statement);
      for (const std::vector<Cell>& row : table.rows) {
        for (size_t i = 0; i < row.size(); ++i) {
          const int parameter = static_cast<int>(i) + 1;
          if (!row[i]) {
            sqlite3_bind_null(statement.get(), parameter);
          } else if (table.columns[i].integer) {
            sqlite3_bind_int64(statement.get(), parameter, std::stoll(*row[i]));
          } else {
            sqlite3_bind_text(statement.get(), parameter, row[i]->data(), static_cast<int>(row[i]->size()),
                              SQLITE_TRANSIENT);
          }
        }
        if (sqlite3_step(statement.get()) != SQLITE_DONE) {
          fail("insert into " + table.name + " (document " + row[0].value_or("?") + ")");
          break;
        }
        sqlite3_reset(statement.get());
      }
    }
    if (problem.empty() && sqlite3_exec(db.get(), "COMMIT;", nullptr, nullptr, nullptr) != SQLITE_OK) fail("commit");
  }
  if (problem.empty()) {
    std::error_code ec;
    std::filesystem::rename(temporary, path, ec);
    if (ec) problem = path + ": " + ec.message();
  }
  if (!problem.empty()) std::remove(temporary.c_str());
  return problem;
}

}  // namespace communique::cli
