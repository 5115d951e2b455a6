#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace SalesSync::Bench {

struct SyncBenchOptions {
    qint64 orderLines = 1000000; // first-sync: customers = orderLines / 10
    int samples = 12;            // delta-latency: changes timed
};

// first-sync: a throwaway PostgreSQL with the demo organisation at the given size, an
// in-process salessync-server, and a client (SyncEngine on its own thread, a fresh SQLite file)
// signed in as the admin, so that it downloads everything: server PostgreSQL -> HTTP on loopback
// -> client SQLite, end to end. Baseline, same run: the rows the client ended up with, inserted
// into a fresh file of the same schema with raw SQLite (prepared statements, one transaction,
// WAL). One JSON object.
QJsonObject runFirstSyncBenchmark(const SyncBenchOptions &options, QString *error);

// delta-latency: two laptops of one agent, each a SyncEngine on its own thread with the default
// settings (debounce, idle interval), running as they do in the app. A customer edit is
// committed on A; the time until B's file has it is one sample. Baseline, same run: the same
// edit carried by "Sync now" on A and then on B (no timers), the floor the timers add to.
QJsonObject runDeltaLatencyBenchmark(const SyncBenchOptions &options, QString *error);

} // namespace SalesSync::Bench
