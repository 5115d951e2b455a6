#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace SalesSync::Bench {

struct DashboardOptions {
    QList<qint64> orderLines = {10000, 100000, 1000000}; // one generated workspace per size
    int repeats = 25;                                    // aggregates; the baseline runs 5 times
    QString workspaces; // keep the generated files here (dashboard-<lines>.db) and reuse them
};

// The manager's dashboard as it refreshes: this month's KPIs for the whole company with the
// previous month and the same month last year to compare with, and the receivables ageing; and
// a drill-down to one territory (the same four reads, scoped). Each is read from the maintained
// aggregates (KpiSource::Aggregates) next to the baseline measured in the same run: the same KPIs
// computed from the base tables. Medians; one line per size and case, then the rebuild time and
// the process's resident memory with the workspace open.
QList<QJsonObject> runDashboardBenchmark(const DashboardOptions &options, QString *error);

} // namespace SalesSync::Bench
