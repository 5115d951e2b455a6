#include "dashboardbenchmark.h"

#include "core/demo/demoworkspace.h"
#include "core/kpi/dashboardquery.h"
#include "core/kpi/kpiaggregates.h"
#include "core/store/database.h"
#include "core/store/sqlutil.h"
#include "listbenchmark.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>

namespace SalesSync::Bench {

namespace {

// The process's resident set in MiB (Linux), or -1.
double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

// A refresh as the dashboard makes it: the period's KPIs with the previous period and the same
// days last year, the period day by day, the agents, the categories, the visits' outcomes, the
// ageing and the next level down.
bool refresh(Database &db, const DashboardRequest &request, KpiSource source)
{
    return DashboardQuery::load(db, request, source).ok();
}

} // namespace

QList<QJsonObject> runDashboardBenchmark(const DashboardOptions &options, QString *error)
{
    QList<QJsonObject> results;
    for (const qint64 lines : options.orderLines) {
        QTemporaryDir dir;
        const QString path = QDir(options.workspaces.isEmpty() ? dir.path() : options.workspaces)
                                 .filePath(QStringLiteral("dashboard-%1.db").arg(lines));
        const bool reuse = QFile::exists(path);
        Result<std::unique_ptr<Database>> opened = Database::open(path);
        if (!opened) {
            *error = opened.error().message();
            return {};
        }
        Database &db = **opened;
        DemoDataSpec spec;
        spec.orderLines = lines;
        spec.customers = int(std::max<qint64>(200, lines / 20)); // the demo's proportions
        if (const Result<DemoDataCounts> counts =
                reuse ? Result<DemoDataCounts>(DemoDataCounts{}) : DemoWorkspace::populate(db, spec);
            !counts) {
            *error = counts.error().message();
            return {};
        }
        const double rebuildMs = medianMs(1, [&db] { return KpiAggregates::rebuild(db).ok(); });
        const QDate today = QDate::currentDate();
        const QDate month(today.year(), today.month(), 1);
        const DashboardRequest company{month, month.addMonths(1).addDays(-1), today, {}, {}};
        const Result<QVariant> territory = queryValue(
            db.connection(), QStringLiteral("SELECT territory_id FROM customers GROUP BY 1 ORDER BY count(*) DESC"));
        DashboardRequest drill = company;
        drill.level.territoryId = territory ? territory->toString() : QString();
        for (const auto &[name, request] : {std::pair{QStringLiteral("refresh"), company},
                                            std::pair{QStringLiteral("drill_down_territory"), drill}}) {
            const double baseline =
                medianMs(std::min(5, options.repeats), [&] { return refresh(db, request, KpiSource::BaseTables); });
            const double ms = medianMs(options.repeats, [&] { return refresh(db, request, KpiSource::Aggregates); });
            if (baseline < 0 || ms < 0) {
                *error = QStringLiteral("reading the KPIs failed");
                return {};
            }
            results << QJsonObject{{QStringLiteral("benchmark"), QStringLiteral("dashboard")},
                                   {QStringLiteral("case"), name},
                                   {QStringLiteral("order_lines"), lines},
                                   {QStringLiteral("customers"), spec.customers},
                                   {QStringLiteral("median_ms"), ms},
                                   {QStringLiteral("baseline"), QStringLiteral("same KPIs from the base tables")},
                                   {QStringLiteral("baseline_median_ms"), baseline},
                                   {QStringLiteral("ratio"), ms / baseline}};
        }
        results << QJsonObject{{QStringLiteral("benchmark"), QStringLiteral("dashboard")},
                               {QStringLiteral("case"), QStringLiteral("rebuild_and_memory")},
                               {QStringLiteral("order_lines"), lines},
                               {QStringLiteral("rebuild_ms"), rebuildMs},
                               {QStringLiteral("resident_mib"), residentMiB()}};
    }
    return results;
}

} // namespace SalesSync::Bench
