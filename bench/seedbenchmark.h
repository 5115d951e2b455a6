#pragma once

#include <QJsonObject>
#include <QString>

namespace SalesSync::Bench {

struct SeedOptions {
    int customers = 100000;
    qint64 orderLines = 1000000;
    QString keepFile; // where to keep the generated data file; empty = a temporary folder
};

// Generates a demo workspace of the given size into a fresh data file and, in the same run,
// inserts exactly the same rows into a second fresh file with raw SQLite (C API, prepared
// statements, one transaction, WAL, same schema) as the baseline. Returns one JSON object.
QJsonObject runSeedBenchmark(const SeedOptions &options, QString *error);

} // namespace SalesSync::Bench
