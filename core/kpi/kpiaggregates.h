#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace SalesSync {

class Database;

// The aggregates the dashboard reads, kept in the data file next to the rows they sum and always
// consistent with them: SQLite triggers on visits, orders, order lines, transactions, customers
// and products update them inside the same transaction as each local write and each applied
// pull page.
//
// Two levels. Facts hold one row per agent × customer × local day (visits, sales, sales per
// category) or customer × local day × currency (the ledger), recomputed from the base rows of
// that key whenever one of them changes; a customer's open debits are recomputed the same way.
// Cubes roll the facts up per local day × territory × agent (× currency, × category), changed
// by the difference each fact row makes, so that a dashboard reads a few thousand rows at most.
// Coverage (distinct customers visited) cannot be summed over days: each fact row carries flags
// saying whether it is its customer's first visited row of its day, ISO week, month, quarter and
// year (of any agent, and of its agent), and the cubes sum those.
//
// Days are local calendar days (SQLite's 'localtime', the same zone Qt uses): when the
// computer's time zone changes, or the rules here change (kVersion), the aggregates are marked
// stale and must be rebuilt. A bulk load (a first sync, the demo generator) suspends them and
// rebuilds once at the end, which is much faster than row by row.
class KpiAggregates final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::KpiAggregates)

public:
    // Bump whenever the tables, the triggers or the rules behind them change.
    static constexpr int kVersion = 5;

    // Creates the tables and triggers when missing or made by another version (then stale), and
    // marks them stale when the time zone changed. A file without visits, orders or ledger
    // entries is rebuilt at once (instantly). Called by Database when it opens a file.
    static Status install(QSqlDatabase db);

    // Whether the aggregates are maintained and may be read.
    static Result<bool> isLive(QSqlDatabase db);
    // Stops maintaining them (before a bulk load); rebuild() resumes.
    static Status suspend(QSqlDatabase db);

    // Called between steps with the steps done and their number; return false to stop (the
    // aggregates then stay stale).
    using Progress = std::function<bool(int done, int steps)>;
    // Recomputes every aggregate from the base rows in one transaction and makes them live.
    static Status rebuild(Database &database, const Progress &progress = {});

    // Recomputes every aggregate from scratch and names the tables whose maintained content
    // differed (empty when all were right). For tests and the simulator; leaves them rebuilt.
    static Result<QStringList> verify(Database &database);
};

} // namespace SalesSync
