#pragma once

#include "core/money.h"
#include "core/result.h"

#include <QDate>
#include <QList>

namespace SalesSync {

class Database;

// The headline figures of a workspace, for the overview screen. Computed in a few indexed
// queries; run it off the UI thread.
struct WorkspaceSummary {
    qint64 customers = 0;
    qint64 activeProducts = 0;
    qint64 territories = 0;
    qint64 agents = 0;
    // The work figures: the agent's own when compute() is given an agent, else everyone's.
    qint64 visitsToday = 0; // planned for the day, any status
    qint64 visitsTodayCompleted = 0;
    qint64 ordersLast30Days = 0;  // submitted, approved or fulfilled
    QList<Money> salesLast30Days; // net order value, one entry per currency
    QList<Money> openBalance;     // what customers owe, one entry per currency
    qint64 pendingChanges = 0;    // outbox ops not yet synced

    // today is the local calendar day; its bounds are converted to UTC for the queries. With an
    // agentId, the visits, orders and sales are that agent's.
    static Result<WorkspaceSummary> compute(Database &database, const QDate &today, const QString &agentId = {});
};

} // namespace SalesSync
