// Writes tables (tables.h) into one SQLite database, through Debian's
// libsqlite3: keys, indexes and typed columns a hand-written file could not give.
#ifndef COMMUNIQUE_CLI_SQLITE_EXPORT_H_
#define COMMUNIQUE_CLI_SQLITE_EXPORT_H_

#include <string>
#include <vector>

#include "tables.h"

namespace communique::cli {

// Creates the database at `path` (replacing any file there, atomically: it is
// built beside and renamed) with one table per `tables`, their primary keys
// and indexes, in one transaction. Returns the reason on failure, else "".
std::string WriteSqlite(const std::vector<Table>& tables, const std::string& path);

}  // namespace communique::cli

#endif  // COMMUNIQUE_CLI_SQLITE_EXPORT_H_
