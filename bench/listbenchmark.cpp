#include "listbenchmark.h"

#include "core/demo/demoworkspace.h"
#include "core/reports/auditlog.h"
#include "core/reports/customerselection.h"
#include "core/reports/territorytree.h"
#include "core/repositories/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sqlutil.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>

namespace SalesSync::Bench {

namespace {

QList<QJsonObject> adminReads(Database &db, int repeats, double baselineMs);

} // namespace

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
    results << adminReads(db, options.repeats, baselineMs);
    return results;
}

namespace {

// The administration's reads on the same file: the whole territory tree with its counts, and the
// audit log as it opens (the last 30 days, newest 5,000) and filtered to one record.
QList<QJsonObject> adminReads(Database &db, int repeats, double baselineMs)
{
    const qint64 entries =
        queryValue(db.connection(), QStringLiteral("SELECT count(*) FROM audit_entries"))->toLongLong();
    AuditLog::Filter opening;
    opening.from = QDateTime::currentDateTimeUtc().addDays(-30);
    AuditLog::Filter record;
    record.record = queryValue(db.connection(), QStringLiteral("SELECT row_id FROM audit_entries ORDER BY at "
                                                               "LIMIT 1 OFFSET (SELECT count(*) / 2 FROM "
                                                               "audit_entries)"))
                        ->toString();
    // A bulk move's selections: the busiest city, a two-digit postal prefix, 1,000 pasted numbers.
    const QString city = queryValue(db.connection(), QStringLiteral("SELECT city FROM customers GROUP BY city ORDER "
                                                                    "BY count(*) DESC LIMIT 1"))
                             ->toString();
    const QString prefix =
        queryValue(db.connection(), QStringLiteral("SELECT substr(postal_code, 1, 2) FROM customers LIMIT 1"))
            ->toString();
    const Result<QStringList> pasted = firstColumn(
        runQuery(db.connection(), QStringLiteral("SELECT code FROM customers ORDER BY random() LIMIT 1000")));
    const QStringList numbers = pasted ? *pasted : QStringList();
    const auto select = [&db](CustomerSelection::By by, const QStringList &what) {
        const Result<CustomerSelection::Match> m = CustomerSelection::find(db, by, what, {});
        return m ? qint64(m->customerIds.size()) : -1;
    };
    const QList<std::pair<QString, std::function<qint64()>>> cases = {
        {QStringLiteral("select_city"),
         [&] {
             return select(CustomerSelection::By::City, {city});
         }},
        {QStringLiteral("select_postal_prefix"),
         [&] {
             return select(CustomerSelection::By::PostalCode, {prefix});
         }},
        {QStringLiteral("select_pasted_numbers"),
         [&] {
             return select(CustomerSelection::By::Numbers, numbers);
         }},
        {QStringLiteral("territory_tree"),
         [&] {
             const Result<TerritoryTree> tree = TerritoryTree::read(db);
             return tree ? qint64(tree->nodes().size()) : -1;
         }},
        {QStringLiteral("audit_log_opening"),
         [&] {
             const Result<AuditLog> log = AuditLog::read(db, opening);
             return log ? qint64(log->rows().size()) : -1;
         }},
        {QStringLiteral("audit_log_record"),
         [&] {
             const Result<AuditLog> log = AuditLog::read(db, record);
             return log ? qint64(log->rows().size()) : -1;
         }},
    };
    QList<QJsonObject> results;
    for (const auto &[name, read] : cases) {
        qint64 rows = 0;
        const double ms = medianMs(repeats, [&] {
            rows = read();
            return rows >= 0;
        });
        results << QJsonObject{{QStringLiteral("bench"), QStringLiteral("admin-lists")},
                               {QStringLiteral("case"), name},
                               {QStringLiteral("audit_entries"), double(entries)},
                               {QStringLiteral("rows"), double(rows)},
                               {QStringLiteral("median_ms"), ms},
                               {QStringLiteral("baseline_median_ms"), baselineMs},
                               {QStringLiteral("ratio"), ms / baselineMs}};
    }
    return results;
}

} // namespace

} // namespace SalesSync::Bench
