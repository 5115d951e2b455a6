#pragma once

#include <QString>
#include <QStringList>

namespace SalesSync::Sim {

struct SimOptions {
    quint64 seed = 1;
    int clients = 4; // the first is an admin; then two laptops of one agent, then other users
    int ops = 200;   // steps: local writes, sync rounds, faults
    QString workDir; // where the clients' SQLite files go (a temporary folder when empty)
    bool verbose = false;
};

struct SimReport {
    bool ok = false;
    QStringList failures; // what the final checks found, one line each
    QStringList trace;    // the steps and faults that touched what failed (all of them when verbose)
    QString summary;      // counts: steps, ops, conflicts, faults
};

// One seeded run of the convergence simulation: a PostgreSQL database with a small demo
// organisation, two sync server instances on it, K clients (each a real SyncEngine on its own
// SQLite file, behind its own fault-injecting proxy) making random changes, going offline,
// syncing, being killed in the middle of a round and reopened, while the servers restart. After a
// final quiet round the replicas and the server are checked against each other.
// Needs SALESSYNC_TEST_PG_HOST (the socket folder of a PostgreSQL server it may create databases
// on).
SimReport runSimulation(const SimOptions &options);

// The child side of a killed round: opens the client's file, runs one sync round against the
// server and dies abruptly (no destructors, no commit) after killAfter SQLite progress steps.
// Returns the exit code: 0 when the round finished before that.
int runChildRound(const QString &dbPath, const QString &serverUrl, int killAfter);

} // namespace SalesSync::Sim
