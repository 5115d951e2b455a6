#include "core/kpi/kpibreakdown.h"

#include "core/kpi/kpisql.h"
#include "core/store/database.h"

#include <map>

namespace SalesSync {

using KpiSql::addAmount;
using KpiSql::run;
using KpiSql::Source;

namespace {

// The column that groups, over the base tables (visits v, orders o, customers c) and over the
// aggregates.
struct Columns {
    QString visits;  // completed visits
    QString planned; // planned visits
    QString orders;
    QString aggregates;
};

Columns columns(KpiGrouping grouping)
{
    switch (grouping) {
    case KpiGrouping::Agent:
        return {QStringLiteral("v.agent_id"), QStringLiteral("v.agent_id"), QStringLiteral("o.agent_id"),
                QStringLiteral("agent_id")};
    case KpiGrouping::Territory:
        return {QStringLiteral("c.territory_id"), QStringLiteral("c.territory_id"), QStringLiteral("c.territory_id"),
                QStringLiteral("territory_id")};
    case KpiGrouping::Customer:
        return {QStringLiteral("v.customer_id"), QStringLiteral("v.customer_id"), QStringLiteral("o.customer_id"),
                QStringLiteral("customer_id")};
    case KpiGrouping::Day:
        return {QStringLiteral("date(v.checked_in_at, 'localtime')"), QStringLiteral("date(v.planned_at, 'localtime')"),
                QStringLiteral("date(o.submitted_at, 'localtime')"), QStringLiteral("day")};
    case KpiGrouping::Category:
        break;
    }
    return {QString(), QString(), QStringLiteral("p.category"), QStringLiteral("category")};
}

// The cube, or for customers (and categories of some agents only) the facts, to read.
QString table(const QString &kind, KpiGrouping grouping, const KpiScope &scope)
{
    const bool facts =
        grouping == KpiGrouping::Customer || (grouping == KpiGrouping::Category && !scope.agentIds.isEmpty());
    return QStringLiteral("kpi_%1_%2").arg(kind, facts ? QStringLiteral("facts") : QStringLiteral("cube"));
}

Status sales(Database &db, const Source &src, const KpiScope &scope, KpiGrouping grouping,
             std::map<QString, KpiRow> &rows)
{
    const Columns c = columns(grouping);
    const bool categories = grouping == KpiGrouping::Category;
    const QString base =
        categories
            ? QStringLiteral("SELECT p.category, o.currency, 0, sum(l.net_minor) FROM orders o JOIN order_lines l ON "
                             "l.order_id = o.id JOIN products p ON p.id = l.product_id JOIN customers c ON c.id = "
                             "o.customer_id WHERE o.status IN %2 AND o.submitted_at >= ? AND o.submitted_at < ? AND "
                             "%1 GROUP BY 1, 2")
            : QStringLiteral("SELECT %3, o.currency, count(*), sum(o.net_minor) FROM orders o JOIN customers c ON "
                             "c.id = o.customer_id WHERE o.status IN %2 AND o.submitted_at >= ? AND o.submitted_at < "
                             "? AND %1 GROUP BY 1, 2");
    const QString aggregates =
        QStringLiteral("SELECT %1, currency, %2, sum(net_minor) FROM %3 WHERE day >= ? AND "
                       "day < ? AND %4 GROUP BY 1, 2")
            .arg(c.aggregates, categories ? QStringLiteral("0") : QStringLiteral("sum(orders)"),
                 table(categories ? QStringLiteral("category") : QStringLiteral("sales"), grouping, scope),
                 QStringLiteral("%1"));
    Result<QSqlQuery> q = run(db, src,
                              src.pick(QString(base)
                                           .replace(QStringLiteral("%2"), KpiCalculator::salesStatusesSql())
                                           .replace(QStringLiteral("%3"), c.orders),
                                       aggregates),
                              scope, src.aggregates() ? QStringLiteral("agent_id") : QStringLiteral("o.agent_id"));
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        KpiRow &row = rows[q->value(0).toString()];
        row.key = q->value(0).toString();
        row.orders += q->value(2).toLongLong();
        addAmount(row.sales, q->value(1).toString(), q->value(3).toLongLong());
    }
    return {};
}

Status visits(Database &db, const Source &src, const KpiScope &scope, KpiGrouping grouping,
              std::map<QString, KpiRow> &rows)
{
    const Columns c = columns(grouping);
    const QString aggregates =
        QStringLiteral("SELECT %1, sum(visits), sum(productive), sum(planned), sum(planned_done) FROM %2 WHERE day >= "
                       "? AND day < ? AND %3 GROUP BY 1")
            .arg(c.aggregates, table(QStringLiteral("visit"), grouping, scope), QStringLiteral("%1"));
    // Over the base tables, the completed visits (by check-in) and the planned ones (by plan).
    const QString completed =
        QStringLiteral("SELECT %2, count(*), sum(EXISTS (SELECT 1 FROM orders o WHERE o.visit_id = v.id AND o.status "
                       "IN %3)), 0, 0 FROM visits v JOIN customers c ON c.id = v.customer_id WHERE v.status = "
                       "'completed' AND v.checked_out_at IS NOT NULL AND v.checked_in_at >= ? AND v.checked_in_at < ? "
                       "AND %1 GROUP BY 1")
            .arg(QStringLiteral("%1"), c.visits, KpiCalculator::salesStatusesSql());
    const QString planned =
        QStringLiteral("SELECT %2, 0, 0, count(*) FILTER (WHERE v.status <> 'cancelled'), count(*) FILTER (WHERE "
                       "v.status = 'completed') FROM visits v JOIN customers c ON c.id = v.customer_id WHERE "
                       "v.planned_at >= ? AND v.planned_at < ? AND %1 GROUP BY 1")
            .arg(QStringLiteral("%1"), c.planned);
    const QStringList queries = src.aggregates() ? QStringList{aggregates} : QStringList{completed, planned};
    for (const QString &sql : queries) {
        Result<QSqlQuery> q =
            run(db, src, sql, scope, src.aggregates() ? QStringLiteral("agent_id") : QStringLiteral("v.agent_id"));
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            KpiRow &row = rows[q->value(0).toString()];
            row.key = q->value(0).toString();
            row.visits += q->value(1).toLongLong();
            row.productive += q->value(2).toLongLong();
            row.planned += q->value(3).toLongLong();
            row.plannedDone += q->value(4).toLongLong();
        }
    }
    return {};
}

} // namespace

Money KpiRow::salesIn(const Currency &currency) const
{
    for (const Money &m : sales) {
        if (m.currency() == currency) {
            return m;
        }
    }
    return Money::zero(currency);
}

Result<QList<KpiRow>> KpiBreakdown::rows(Database &database, const KpiScope &scope, KpiGrouping grouping,
                                         KpiSource source)
{
    if (const Status s = KpiCalculator::usable(database, source); !s) {
        return s.error();
    }
    const Source src{source};
    std::map<QString, KpiRow> rows;
    if (const Status s = sales(database, src, scope, grouping, rows); !s) {
        return s.error();
    }
    if (grouping != KpiGrouping::Category) {
        if (const Status s = visits(database, src, scope, grouping, rows); !s) {
            return s.error();
        }
    }
    QList<KpiRow> out;
    for (auto &[key, row] : rows) {
        out << row;
    }
    return out;
}

Result<VisitOutcomes> KpiBreakdown::outcomes(Database &database, const KpiScope &scope, KpiSource source)
{
    if (const Status s = KpiCalculator::usable(database, source); !s) {
        return s.error();
    }
    const Source src{source};
    const QString agent = src.aggregates() ? QStringLiteral("agent_id") : QStringLiteral("v.agent_id");
    // Missed and cancelled by their planned day; completed ones by their check-in day.
    Result<QSqlQuery> planned = run(
        database, src,
        src.pick(QStringLiteral("SELECT count(*) FILTER (WHERE v.status = 'missed'), count(*) FILTER (WHERE v.status = "
                                "'cancelled'), 0, 0 FROM visits v JOIN customers c ON c.id = v.customer_id WHERE "
                                "v.planned_at >= ? AND v.planned_at < ? AND %1"),
                 QStringLiteral("SELECT coalesce(sum(missed), 0), coalesce(sum(cancelled), 0), coalesce(sum(visits), "
                                "0), coalesce(sum(productive), 0) FROM kpi_visit_cube WHERE day >= ? AND day < ? AND "
                                "%1")),
        scope, agent);
    if (!planned) {
        return planned.error();
    }
    planned->next();
    VisitOutcomes out{0, 0, planned->value(0).toLongLong(), planned->value(1).toLongLong()};
    qint64 visits = planned->value(2).toLongLong();
    out.productive = planned->value(3).toLongLong();
    if (!src.aggregates()) {
        Result<QSqlQuery> done = run(
            database, src,
            QStringLiteral("SELECT count(*), coalesce(sum(EXISTS (SELECT 1 FROM orders o WHERE o.visit_id = v.id AND "
                           "o.status IN %2)), 0) FROM visits v JOIN customers c ON c.id = v.customer_id WHERE "
                           "v.status = 'completed' AND v.checked_out_at IS NOT NULL AND v.checked_in_at >= ? AND "
                           "v.checked_in_at < ? AND %1")
                .arg(QStringLiteral("%1"), KpiCalculator::salesStatusesSql()),
            scope, agent);
        if (!done) {
            return done.error();
        }
        done->next();
        visits = done->value(0).toLongLong();
        out.productive = done->value(1).toLongLong();
    }
    out.unsuccessful = visits - out.productive;
    return out;
}

} // namespace SalesSync
