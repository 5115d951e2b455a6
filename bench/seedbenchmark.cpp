#include "seedbenchmark.h"

#include "core/demo/demoworkspace.h"
#include "core/store/database.h"
#include "core/store/entityschema.h"
#include "sqlitebaseline.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

namespace SalesSync::Bench {

QJsonObject runSeedBenchmark(const SeedOptions &options, QString *error)
{
    QTemporaryDir dir;
    const QString generatedPath =
        options.keepFile.isEmpty() ? dir.filePath(QStringLiteral("generated.db")) : options.keepFile;
    const QString baselinePath = dir.filePath(QStringLiteral("baseline.db"));

    DemoDataSpec spec;
    spec.customers = options.customers;
    spec.orderLines = options.orderLines;
    spec.customersPerTerritory = 250;

    qint64 rows = 0;
    double seconds = 0;
    {
        Result<std::unique_ptr<Database>> db = Database::open(generatedPath);
        if (!db) {
            *error = db.error().message();
            return {};
        }
        QElapsedTimer timer;
        timer.start();
        const Result<DemoDataCounts> counts = DemoWorkspace::populate(*db.value(), spec);
        seconds = double(timer.nsecsElapsed()) / 1e9;
        if (!counts) {
            *error = counts.error().message();
            return {};
        }
        rows = counts->rows();
    }

    Baseline baseline;
    if (!measureBaseline(generatedPath, baselinePath, baseline, error)) {
        return {};
    }

    const double rate = double(rows) / seconds;
    const double baselineRate = double(baseline.rows) / baseline.seconds;
    return QJsonObject{{QStringLiteral("bench"), QStringLiteral("seed")},
                       {QStringLiteral("customers"), options.customers},
                       {QStringLiteral("order_lines"), double(options.orderLines)},
                       {QStringLiteral("rows"), double(rows)},
                       {QStringLiteral("seconds"), seconds},
                       {QStringLiteral("rows_per_s"), qRound64(rate)},
                       {QStringLiteral("baseline_rows"), double(baseline.rows)},
                       {QStringLiteral("baseline_seconds"), baseline.seconds},
                       {QStringLiteral("baseline_rows_per_s"), qRound64(baselineRate)},
                       {QStringLiteral("ratio"), rate / baselineRate},
                       {QStringLiteral("file_mb"), double(QFileInfo(generatedPath).size()) / 1048576.0}};
}

} // namespace SalesSync::Bench
