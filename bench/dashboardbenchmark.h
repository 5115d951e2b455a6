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

// The manager's dashboard as it refreshes (DashboardQuery::load): this month for the whole
// company with the previous month and the same month last year to compare with, day by day, per
// agent, per category, the visits' outcomes, the receivables ageing and the regions below; and a
// drill-down to the largest territory (the same, scoped, with its agents below). Each is read
// from the maintained aggregates (KpiSource::Aggregates) next to the baseline measured in the
// same run: the same figures computed from the base tables. Medians; one line per size and case, then the rebuild time
// and the process's resident memory with the workspace open.
QList<QJsonObject> runDashboardBenchmark(const DashboardOptions &options, QString *error);

} // namespace SalesSync::Bench
