#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace SalesSync::Bench {

struct ServerOptions {
    qint64 orderLines = 100000; // first-sync size (customers = orderLines / 10)
    int clients = 50;           // concurrent pushing clients
    int opsPerClient = 200;
};

// Starts a throwaway PostgreSQL (tests/support/pgfixture.sh) and an in-process salessync-server,
// then measures, each next to a baseline on the same PostgreSQL in the same run:
//  - server_pull: a first sync of everything over HTTP on loopback (rows/s) vs COPY ... TO of
//    the same tables (psql \copy);
//  - server_push: customer creates pushed by concurrent clients over HTTP (ops/s) vs COPY ...
//    FROM of the same number of customer rows into a table of the same shape.
QList<QJsonObject> runServerBenchmark(const ServerOptions &options, QString *error);

} // namespace SalesSync::Bench
