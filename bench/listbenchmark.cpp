#include "listbenchmark.h"

#include "core/demo/demoworkspace.h"
#include "core/repositories/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sqlutil.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>

namespace SalesSync::Bench {

namespace {

double medianMs(int repeats, const std::function<bool()> &run)
{
    QList<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!run()) {
            return -1;
        }
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

QList<QJsonObject> runListBenchmark(const ListOptions &options, QString *error)
{
    QTemporaryDir dir;
    const QString path = options.reuseFile.isEmpty() ? dir.filePath(QStringLiteral("list.db")) : options.reuseFile;
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened) {
        *error = opened.error().message();
        return {};
    }
    Database &db = **opened;
    if (options.reuseFile.isEmpty()) {
        DemoDataSpec spec;
        spec.customers = options.customers;
        spec.orderLines = options.orderLines;
        spec.customersPerTerritory = 2500;
        if (const Result<DemoDataCounts> counts = DemoWorkspace::populate(db, spec); !counts) {
            *error = counts.error().message();
            return {};
        }
    }
    CustomerRepository customers(db);
    const qint64 total = *customers.count();

    // The baseline: 200 customer rows by rowid, the cheapest read of a page there is.
    qint64 baselineRows = 0;
    const double baselineMs = medianMs(options.repeats, [&] {
        Result<QSqlQuery> q = runQuery(db.connection(),
                                       QStringLiteral("SELECT rid, id, code, name, city, phone, status FROM customers "
                                                      "WHERE rid > ? ORDER BY rid LIMIT 200"),
                                       {total / 2});
        baselineRows = 0;
        while (q && q.value().next()) {
            ++baselineRows;
        }
        return q.ok();
    });

    // The row in the middle of the name order, to continue after (not timed).
    Result<QSqlQuery> middle =
        runQuery(db.connection(),
                 QStringLiteral("SELECT rid, name, name_key FROM customers ORDER BY name_key, rid LIMIT 1 OFFSET ?"),
                 {total / 2});
    CustomerListQuery q;
    q.limit = 200;
    const QList<CustomerListRow> firstPage = *customers.list(q);
    CustomerListRow after;
    if (middle && middle.value().next()) {
        after.rid = middle.value().value(0).toLongLong();
        after.name = middle.value().value(1).toString();
        after.nameKey = middle.value().value(2).toString();
    }
    // A search as people type it: the first word of a common name.
    const QString word = firstPage.isEmpty() ? QStringLiteral("a") : firstPage.first().name.section(u' ', 0, 0).left(4);

    struct Case {
        QString name;
        std::function<Result<QList<CustomerListRow>>()> read;
    };
    const QList<Case> cases = {
        {QStringLiteral("first_page"),
         [&] {
             return customers.list(q);
         }},
        {QStringLiteral("middle_page"),
         [&] {
             CustomerListQuery m = q;
             m.after = after;
             return customers.list(m);
         }},
        {QStringLiteral("search_first_page"),
         [&] {
             CustomerListQuery s = q;
             s.text = word;
             return customers.list(s);
         }},
    };
    QList<QJsonObject> results;
    for (const Case &c : cases) {
        qint64 rows = 0;
        const double ms = medianMs(options.repeats, [&] {
            const Result<QList<CustomerListRow>> page = c.read();
            rows = page ? page->size() : -1;
            return page.ok();
        });
        if (ms < 0) {
            *error = QStringLiteral("%1 failed").arg(c.name);
            return {};
        }
        results << QJsonObject{{QStringLiteral("bench"), QStringLiteral("customer-list")},
                               {QStringLiteral("case"), c.name},
                               {QStringLiteral("customers"), double(total)},
                               {QStringLiteral("rows"), double(rows)},
                               {QStringLiteral("median_ms"), ms},
                               {QStringLiteral("baseline_rows"), double(baselineRows)},
                               {QStringLiteral("baseline_median_ms"), baselineMs},
                               {QStringLiteral("ratio"), ms / baselineMs}};
    }
    // How many match the search (the count under the list).
    const double countMs = medianMs(options.repeats, [&] { return customers.count(word).ok(); });
    results << QJsonObject{{QStringLiteral("bench"), QStringLiteral("customer-list")},
                           {QStringLiteral("case"), QStringLiteral("search_count")},
                           {QStringLiteral("customers"), double(total)},
                           {QStringLiteral("matches"), double(*customers.count(word))},
                           {QStringLiteral("median_ms"), countMs},
                           {QStringLiteral("baseline_median_ms"), baselineMs},
                           {QStringLiteral("ratio"), countMs / baselineMs}};
    return results;
}

} // namespace SalesSync::Bench
