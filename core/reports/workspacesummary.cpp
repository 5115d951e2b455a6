#include "core/reports/workspacesummary.h"

#include "core/rules/ledger.h"
#include "core/store/database.h"
#include "core/store/sqlutil.h"
#include "core/timeutil.h"

namespace SalesSync {

namespace {

Result<qint64> count(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    const Result<QVariant> v = queryValue(db, sql, values);
    if (!v) {
        return v.error();
    }
    return v->toLongLong();
}

Result<QList<Money>> amounts(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    Result<QSqlQuery> q = runQuery(db, sql, values);
    if (!q) {
        return q.error();
    }
    QList<Money> list;
    while (q.value().next()) {
        if (const std::optional<Currency> currency = Currency::fromCode(q.value().value(0).toString())) {
            list << Money(q.value().value(1).toLongLong(), *currency);
        }
    }
    return list;
}

} // namespace

Result<WorkspaceSummary> WorkspaceSummary::compute(Database &database, const QDate &today, const QString &agentId)
{
    QSqlDatabase db = database.connection();
    WorkspaceSummary s;
    const QString dayStart = toIsoUtc(today.startOfDay());
    const QString dayEnd = toIsoUtc(today.addDays(1).startOfDay());
    const QString monthAgo = toIsoUtc(today.addDays(-29).startOfDay());
    // The work figures' filter: one agent's rows, or everyone's ('' matches every agent).
    const QString byAgent = QStringLiteral(" AND (? = '' OR agent_id = ?)");
    const QString agent = agentId.isNull() ? QStringLiteral("") : agentId;

    const auto take = [](Result<qint64> r, qint64 &into) -> Status {
        if (!r) {
            return r.error();
        }
        into = *r;
        return {};
    };
    const QList<std::pair<Result<qint64>, qint64 *>> counts = {
        {count(db, QStringLiteral("SELECT count(*) FROM customers")), &s.customers},
        {count(db, QStringLiteral("SELECT count(*) FROM products WHERE active = 1")), &s.activeProducts},
        {count(db, QStringLiteral("SELECT count(*) FROM territories WHERE level = 'territory'")), &s.territories},
        {count(db, QStringLiteral("SELECT count(*) FROM agents WHERE active = 1")), &s.agents},
        {count(db, QStringLiteral("SELECT count(*) FROM visits WHERE planned_at >= ? AND planned_at < ?") + byAgent,
               {dayStart, dayEnd, agent, agent}),
         &s.visitsToday},
        {count(db,
               QStringLiteral(
                   "SELECT count(*) FROM visits WHERE planned_at >= ? AND planned_at < ? AND status = 'completed'") +
                   byAgent,
               {dayStart, dayEnd, agent, agent}),
         &s.visitsTodayCompleted},
        {count(db,
               QStringLiteral("SELECT count(*) FROM orders WHERE created_at >= ? AND status IN ('submitted', "
                              "'approved', 'fulfilled')") +
                   byAgent,
               {monthAgo, agent, agent}),
         &s.ordersLast30Days},
        {count(db, QStringLiteral("SELECT count(*) FROM outbox")), &s.pendingChanges},
    };
    for (const auto &[result, into] : counts) {
        if (const Status st = take(result, *into); !st) {
            return st.error();
        }
    }
    Result<QList<Money>> sales = amounts(
        db,
        QStringLiteral("SELECT currency, sum(net_minor) FROM orders WHERE created_at >= ? AND status IN ('submitted', "
                       "'approved', 'fulfilled')") +
            byAgent + QStringLiteral(" GROUP BY currency ORDER BY currency"),
        {monthAgo, agent, agent});
    if (!sales) {
        return sales.error();
    }
    s.salesLast30Days = *sales;
    Result<QList<Money>> open =
        amounts(db, QStringLiteral("SELECT currency, sum(%1) FROM transactions GROUP BY currency ORDER BY currency")
                        .arg(Ledger::signedAmountSql()));
    if (!open) {
        return open.error();
    }
    s.openBalance = *open;
    return s;
}

} // namespace SalesSync
