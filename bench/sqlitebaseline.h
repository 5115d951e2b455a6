#pragma once

#include <QString>

#include <sqlite3.h>
#include <string>
#include <variant>
#include <vector>

namespace SalesSync::Bench {

// The raw-SQLite baseline the benchmarks measure against: rows held in memory as SQLite's own
// values, written back with the C API.
using Value = std::variant<std::monostate, sqlite3_int64, double, std::string>;

struct Table {
    std::string name;
    std::vector<std::string> columns;
    std::vector<std::vector<Value>> rows;
};

// Reads every synced table of a data file, in insertion order, into memory.
bool readAll(const QString &path, std::vector<Table> &tables, QString *error);
// Inserts the rows into a file that already has the schema: prepared statements, one
// transaction, WAL, synchronous = NORMAL, foreign keys on.
bool insertAll(const QString &path, const std::vector<Table> &tables, QString *error);

struct Baseline {
    qint64 rows = 0;
    double seconds = 0;
};
// The baseline for the rows of a data file: reads them into memory, makes a fresh file at
// baselinePath with SalesSync's schema, and times only the raw inserts into it.
bool measureBaseline(const QString &sourcePath, const QString &baselinePath, Baseline &result, QString *error);

} // namespace SalesSync::Bench
