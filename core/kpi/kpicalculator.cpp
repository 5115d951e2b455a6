#include "core/kpi/kpicalculator.h"

#include "core/kpi/kpiaggregates.h"
#include "core/kpi/kpisql.h"
#include "core/rules/ledger.h"
#include "core/store/database.h"
#include "core/store/sqlutil.h"
#include "core/timeutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace SalesSync {

namespace {

using KpiSql::addAmount;
using KpiSql::perCount;
using KpiSql::Query;
using KpiSql::run;
using KpiSql::scoped;
using KpiSql::Source;

using Values = QHash<Kpi, KpiValue>;

Status planned(Database &db, const Source &src, const KpiScope &scope, Values &out)
{
    const QString sql =
        src.aggregates()
            ? QStringLiteral("SELECT coalesce(sum(planned), 0), coalesce(sum(planned_done), 0) FROM kpi_visit_cube "
                             "WHERE day >= ? AND day < ? AND %1")
            : QStringLiteral("SELECT count(*) FILTER (WHERE v.status <> 'cancelled'), count(*) FILTER (WHERE "
                             "v.status = 'completed') FROM visits v JOIN customers c ON c.id = v.customer_id WHERE "
                             "v.planned_at >= ? AND v.planned_at < ? AND %1");
    Result<QSqlQuery> q =
        run(db, src, sql, scope, src.aggregates() ? QStringLiteral("agent_id") : QStringLiteral("v.agent_id"));
    if (!q) {
        return q.error();
    }
    q->next();
    out[Kpi::VisitsPlanned].numerator = q->value(0).toLongLong();
    out[Kpi::CallCompliance] = {q->value(1).toLongLong(), q->value(0).toLongLong(), {}, {}};
    return {};
}

// Completed visits of the period, per agent and local day: visits, productive ones, the time from
// the first check-in to the last check-out, and the seconds spent in stores.
Status completed(Database &db, const Source &src, const KpiScope &scope, Values &out)
{
    const QString sql =
        src.aggregates()
            ? (scope.territoryIds.isEmpty()
                   ? QStringLiteral(
                         "SELECT visits, productive, CAST(round((julianday(last_out) - julianday(first_in)) "
                         "* 86400) AS INTEGER), in_store_s FROM kpi_agent_day WHERE day >= ? AND day < ? AND "
                         "visits > 0 AND %1")
                   : QStringLiteral("SELECT sum(visits), sum(productive), CAST(round((julianday(max(last_out)) - "
                                    "julianday(min(first_in))) * 86400) AS INTEGER), sum(in_store_s) FROM "
                                    "kpi_visit_cube WHERE day >= ? AND day < ? AND %1 GROUP BY agent_id, day HAVING "
                                    "sum(visits) > 0"))
            : QStringLiteral("SELECT count(*), sum(EXISTS (SELECT 1 FROM orders o WHERE o.visit_id = v.id AND "
                             "o.status IN %2)), CAST(round((julianday(max(v.checked_out_at)) - "
                             "julianday(min(v.checked_in_at))) * 86400) AS INTEGER), sum(CAST(round((julianday("
                             "v.checked_out_at) - julianday(v.checked_in_at)) * 86400) AS INTEGER)) FROM visits v JOIN "
                             "customers c ON c.id = v.customer_id WHERE v.status = 'completed' AND v.checked_out_at IS "
                             "NOT NULL AND v.checked_in_at >= ? AND v.checked_in_at < ? AND %1 GROUP BY v.agent_id, "
                             "date(v.checked_in_at, 'localtime')")
                  .arg(QStringLiteral("%1"), KpiCalculator::salesStatusesSql());
    Result<QSqlQuery> q =
        run(db, src, sql, scope, src.aggregates() ? QStringLiteral("agent_id") : QStringLiteral("v.agent_id"));
    if (!q) {
        return q.error();
    }
    qint64 visits = 0, productive = 0, days = 0, working = 0, inStore = 0;
    while (q->next()) {
        visits += q->value(0).toLongLong();
        productive += q->value(1).toLongLong();
        working += q->value(2).toLongLong();
        inStore += q->value(3).toLongLong();
        ++days;
    }
    out[Kpi::VisitsCompleted].numerator = visits;
    out[Kpi::StrikeRate] = {productive, visits, {}, {}};
    out[Kpi::UnsuccessfulVisitRate] = {visits - productive, visits, {}, {}};
    out[Kpi::VisitsPerAgentDay] = {visits, days, {}, {}};
    out[Kpi::TimeInStore] = {inStore, visits, {}, {}};
    out[Kpi::WorkingTime] = {working, days, {}, {}};
    out[Kpi::TravelTime] = {std::max<qint64>(0, working - inStore), days, {}, {}};
    return {};
}

// The calendar period the scope's days are, when they are one whole day, ISO week, month, quarter
// or year: the aggregates keep distinct customers for those.
QString alignedPeriod(const KpiScope &scope)
{
    const QDate &from = scope.from;
    const QDate &to = scope.to;
    if (from == to) {
        return QStringLiteral("day");
    }
    if (from.dayOfWeek() == 1 && to == from.addDays(6)) {
        return QStringLiteral("week");
    }
    if (from.day() != 1 || to.addDays(1).day() != 1) {
        return {};
    }
    const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
    if (months == 1) {
        return QStringLiteral("month");
    }
    if (months == 3 && (from.month() - 1) % 3 == 0) {
        return QStringLiteral("quarter");
    }
    if (months == 12 && from.month() == 1) {
        return QStringLiteral("year");
    }
    return {};
}

QString visitedSql(const Source &src, const KpiScope &scope)
{
    if (!src.aggregates()) {
        return QStringLiteral("SELECT count(DISTINCT v.customer_id) FROM visits v JOIN customers c ON c.id = "
                              "v.customer_id WHERE v.status = 'completed' AND c.status = 'active' AND v.checked_in_at "
                              ">= ? AND v.checked_in_at < ? AND %1");
    }
    // The flags count each customer once per period, or once per period and agent.
    const QString period = alignedPeriod(scope);
    if (!period.isEmpty() && scope.agentIds.size() <= 1) {
        return QStringLiteral("SELECT coalesce(sum(%1cov_%2), 0) FROM kpi_visit_cube WHERE day >= ? AND day < ? AND "
                              "%3")
            .arg(scope.agentIds.isEmpty() ? QString() : QStringLiteral("a"), period, QStringLiteral("%1"));
    }
    return QStringLiteral("SELECT count(DISTINCT customer_id) FROM kpi_visit_facts WHERE covered = 1 AND active = 1 "
                          "AND day >= ? AND day < ? AND %1");
}

Status coverage(Database &db, const Source &src, const KpiScope &scope, Values &out)
{
    Result<QSqlQuery> visited = run(db, src, visitedSql(src, scope), scope,
                                    src.aggregates() ? QStringLiteral("agent_id") : QStringLiteral("v.agent_id"));
    Result<QSqlQuery> active =
        run(db, src,
            src.aggregates() ? QStringLiteral("SELECT coalesce(sum(active), 0) FROM kpi_territory_customers WHERE %1")
                             : QStringLiteral("SELECT count(*) FROM customers c WHERE c.status = 'active' AND %1"),
            scope, QString(), false);
    if (!visited || !active) {
        return !visited ? visited.error() : active.error();
    }
    visited->next();
    active->next();
    out[Kpi::Coverage] = {visited->value(0).toLongLong(), active->value(0).toLongLong(), {}, {}};
    return {};
}

Status geofence(Database &db, const Source &src, const KpiScope &scope, Values &out)
{
    const QString sql =
        src.aggregates()
            ? QStringLiteral("SELECT coalesce(sum(exceptions), 0), coalesce(sum(checkins), 0) FROM kpi_visit_cube "
                             "WHERE day >= ? AND day < ? AND %1")
            : QStringLiteral("SELECT count(*) FILTER (WHERE v.outside_geofence = 1 OR v.check_in_source = 'manual'), "
                             "count(*) FROM visits v JOIN customers c ON c.id = v.customer_id WHERE v.checked_in_at "
                             ">= ? AND v.checked_in_at < ? AND %1");
    Result<QSqlQuery> q =
        run(db, src, sql, scope, src.aggregates() ? QStringLiteral("agent_id") : QStringLiteral("v.agent_id"));
    if (!q) {
        return q.error();
    }
    q->next();
    out[Kpi::GeofenceExceptions] = {q->value(0).toLongLong(), q->value(1).toLongLong(), {}, {}};
    return {};
}

// Sales orders submitted in the period, per currency: all of them, and those taken at visits
// with their distinct products.
Status orders(Database &db, const Source &src, const KpiScope &scope, Values &out)
{
    const QString sql =
        src.aggregates()
            ? QStringLiteral("SELECT currency, sum(orders), sum(net_minor), sum(visit_orders), sum(visit_net_minor), "
                             "sum(visit_lines) FROM kpi_sales_cube WHERE day >= ? AND day < ? AND %1 GROUP BY "
                             "currency")
            : QStringLiteral("SELECT o.currency, count(*), sum(o.net_minor), count(o.visit_id), sum(o.net_minor) "
                             "FILTER (WHERE o.visit_id IS NOT NULL), sum((SELECT count(DISTINCT l.product_id) FROM "
                             "order_lines l WHERE l.order_id = o.id)) FILTER (WHERE o.visit_id IS NOT NULL) FROM "
                             "orders o JOIN customers c ON c.id = o.customer_id WHERE o.status IN %2 AND "
                             "o.submitted_at >= ? AND o.submitted_at < ? AND %1 GROUP BY o.currency")
                  .arg(QStringLiteral("%1"), KpiCalculator::salesStatusesSql());
    Result<QSqlQuery> q =
        run(db, src, sql, scope, src.aggregates() ? QStringLiteral("agent_id") : QStringLiteral("o.agent_id"));
    if (!q) {
        return q.error();
    }
    qint64 count = 0, atVisits = 0, lines = 0;
    QList<Money> sales, visitSales;
    std::map<QString, qint64> perCurrency;
    while (q->next()) {
        addAmount(sales, q->value(0).toString(), q->value(2).toLongLong());
        addAmount(visitSales, q->value(0).toString(), q->value(4).toLongLong());
        perCurrency[q->value(0).toString()] = q->value(1).toLongLong();
        count += q->value(1).toLongLong();
        atVisits += q->value(3).toLongLong();
        lines += q->value(5).toLongLong();
    }
    out[Kpi::NetSales] = {count, 0, sales, {}};
    QList<Money> average;
    for (const Money &m : sales) {
        average << perCount({m}, perCurrency[m.currency().code()]);
    }
    out[Kpi::AverageOrderValue] = {count, count, average, {}};
    out[Kpi::LinesPerProductiveCall] = {lines, atVisits, {}, {}};
    const qint64 productive = out.value(Kpi::StrikeRate).numerator;
    out[Kpi::DropSize] = {productive, productive, perCount(visitSales, productive), {}};
    return {};
}

// The targets of the scope for the period: a team's (no agent) targets of its territories, or,
// when the scope names agents, theirs; a target spanning other days counts for the shared days.
// Targets are few: both sources read the table itself.
Status targetsStep(Database &db, const Source &, const KpiScope &scope, Values &out)
{
    const Result<QList<Money>> target = KpiCalculator::targets(db, scope);
    if (!target) {
        return target.error();
    }
    out[Kpi::SalesAgainstTarget] = {0, 0, out.value(Kpi::NetSales).amounts, *target};
    return {};
}

} // namespace

Result<QList<Money>> KpiCalculator::targets(Database &db, const KpiScope &scope)
{
    const QString agentCondition =
        scope.agentIds.isEmpty() ? QStringLiteral("t.agent_id IS NULL") : QStringLiteral("1");
    const Query where = scoped(scope, QStringLiteral("t.agent_id"), QStringLiteral("t.territory_id"));
    Result<QSqlQuery> rows = runQuery(
        db.connection(),
        QStringLiteral("SELECT t.currency, t.amount_minor, t.period_start, t.period_end FROM sales_targets t WHERE "
                       "t.period_end >= ? AND t.period_start <= ? AND %2 AND %1")
            .arg(where.where, agentCondition),
        QVariantList{scope.from.toString(Qt::ISODate), scope.to.toString(Qt::ISODate)} << where.values);
    if (!rows) {
        return rows.error();
    }
    QList<Money> target;
    while (rows->next()) {
        const QDate start = QDate::fromString(rows->value(2).toString(), Qt::ISODate);
        const QDate end = QDate::fromString(rows->value(3).toString(), Qt::ISODate);
        const qint64 days = start.daysTo(end) + 1;
        const qint64 shared = std::max(start, scope.from).daysTo(std::min(end, scope.to)) + 1;
        const qint64 amount = rows->value(1).toLongLong();
        addAmount(target, rows->value(0).toString(), days > 0 ? (amount * shared * 2 + days) / (2 * days) : 0);
    }
    return target;
}

namespace {

// Payments net of their reversals, and reversals, per currency; a currency without any is left
// out.
Status flows(Database &db, const Source &src, const KpiScope &scope, Values &out)
{
    const QString sql =
        src.aggregates()
            ? QStringLiteral("SELECT currency, sum(payments_net), sum(reversals), sum(reversal_minor) FROM "
                             "kpi_ledger_cube WHERE day >= ? AND day < ? AND %1 GROUP BY currency")
            : QStringLiteral("SELECT t.currency, sum(CASE WHEN t.kind = 'payment' THEN (CASE t.direction WHEN "
                             "'forward' THEN t.amount_minor ELSE -t.amount_minor END) ELSE 0 END), sum(t.direction = "
                             "'reverse'), sum(CASE WHEN t.direction = 'reverse' THEN t.amount_minor ELSE 0 END) FROM "
                             "transactions t JOIN customers c ON c.id = t.customer_id WHERE t.occurred_at >= ? AND "
                             "t.occurred_at < ? AND %1 GROUP BY t.currency");
    Result<QSqlQuery> q = run(db, src, sql, scope, QString());
    if (!q) {
        return q.error();
    }
    KpiValue &collections = out[Kpi::Collections];
    KpiValue &reversals = out[Kpi::Reversals];
    while (q->next()) {
        if (q->value(1).toLongLong() != 0) {
            addAmount(collections.amounts, q->value(0).toString(), q->value(1).toLongLong());
        }
        if (q->value(2).toLongLong() > 0) {
            reversals.numerator += q->value(2).toLongLong();
            addAmount(reversals.amounts, q->value(0).toString(), q->value(3).toLongLong());
        }
    }
    return {};
}

// What is owed at the period's end, per currency (a currency that nets to nothing is left out).
// The aggregates keep the balance now: less what changed after the period, by month and by day.
Status receivables(Database &db, const Source &src, const KpiScope &scope, Values &out)
{
    const QDate after = scope.to.addDays(1);
    const Query where = scoped(scope, QString(), src.territoryColumn());
    QString sql;
    QVariantList values;
    if (src.aggregates()) {
        const QString month = after.toString(QStringLiteral("yyyy-MM"));
        sql = QStringLiteral("SELECT currency, sum(amount) FROM (SELECT currency, balance_change AS amount FROM "
                             "kpi_balance WHERE %1 UNION ALL SELECT currency, -balance_change FROM kpi_ledger_month "
                             "WHERE month > ? AND %1 UNION ALL SELECT currency, -balance_change FROM kpi_ledger_cube "
                             "WHERE day >= ? AND day < ? AND %1) GROUP BY currency")
                  .arg(where.where);
        values << where.values << month << where.values << after.toString(Qt::ISODate)
               << QDate(after.year(), after.month(), 1).addMonths(1).toString(Qt::ISODate) << where.values;
    } else {
        sql = QStringLiteral("SELECT t.currency, sum(%1) FROM transactions t JOIN customers c ON c.id = t.customer_id "
                             "WHERE t.occurred_at < ? AND %2 GROUP BY t.currency")
                  .arg(Ledger::signedAmountSql(QStringLiteral("t")), where.where);
        values << src.period(scope).at(1) << where.values;
    }
    Result<QSqlQuery> owed = runQuery(db.connection(), sql, values);
    if (!owed) {
        return owed.error();
    }
    while (owed->next()) {
        if (owed->value(1).toLongLong() != 0) {
            addAmount(out[Kpi::Receivables].amounts, owed->value(0).toString(), owed->value(1).toLongLong());
        }
    }
    return {};
}

} // namespace

bool KpiValue::hasValue() const
{
    return denominator > 0 || !amounts.isEmpty() || numerator != 0;
}

double KpiValue::ratio() const
{
    return denominator > 0 ? double(numerator) / double(denominator) : 0.0;
}

Money KpiValue::amount(const Currency &currency) const
{
    for (const Money &m : amounts) {
        if (m.currency() == currency) {
            return m;
        }
    }
    return Money::zero(currency);
}

Money KpiValue::referenceAmount(const Currency &currency) const
{
    for (const Money &m : reference) {
        if (m.currency() == currency) {
            return m;
        }
    }
    return Money::zero(currency);
}

QString KpiCalculator::salesStatusesSql()
{
    return QStringLiteral("('submitted', 'approved', 'fulfilled')");
}

Result<QHash<Kpi, KpiValue>> KpiCalculator::compute(Database &database, const KpiScope &scope, KpiSource source)
{
    if (!scope.from.isValid() || !scope.to.isValid() || scope.to < scope.from) {
        return Error::validation(QStringLiteral("period"), tr("must be a valid range of days"));
    }
    if (const Status s = usable(database, source); !s) {
        return s.error();
    }
    const Source src{source};
    Values values;
    for (const auto step : {planned, completed, coverage, geofence, orders, targetsStep, flows, receivables}) {
        if (const Status s = step(database, src, scope, values); !s) {
            return s.error();
        }
    }
    return values;
}

Status KpiCalculator::usable(Database &database, KpiSource source)
{
    if (source == KpiSource::BaseTables) {
        return {};
    }
    const Result<bool> live = KpiAggregates::isLive(database.connection());
    if (!live) {
        return live.error();
    }
    if (!*live) {
        return Error(ErrorCode::NotFound, tr("The dashboard's figures are being prepared."));
    }
    return {};
}

qint64 ReceivablesAgeing::Row::total() const
{
    qint64 sum = 0;
    for (const qint64 m : minor) {
        sum += m;
    }
    return sum;
}

QString ReceivablesAgeing::bucketName(Bucket bucket)
{
    switch (bucket) {
    case NotDue:
        return KpiCalculator::tr("Not due");
    case Days1To30:
        return KpiCalculator::tr("1–30 days");
    case Days31To60:
        return KpiCalculator::tr("31–60 days");
    case Days61To90:
        return KpiCalculator::tr("61–90 days");
    case Over90:
    case BucketCount:
        break;
    }
    return KpiCalculator::tr("Over 90 days");
}

namespace {

ReceivablesAgeing::Bucket bucketOf(qint64 daysOverdue)
{
    return daysOverdue <= 0    ? ReceivablesAgeing::NotDue
           : daysOverdue <= 30 ? ReceivablesAgeing::Days1To30
           : daysOverdue <= 60 ? ReceivablesAgeing::Days31To60
           : daysOverdue <= 90 ? ReceivablesAgeing::Days61To90
                               : ReceivablesAgeing::Over90;
}

// One customer's balance in one currency, settled against its newest debits first (so payments
// settle the oldest), each open part aged from its due date at the day given.
void ageCustomer(qint64 balance, const QList<std::pair<QDate, qint64>> &debits, int termsDays, const QDate &at,
                 qint64 (&minor)[ReceivablesAgeing::BucketCount])
{
    if (balance <= 0) {
        minor[ReceivablesAgeing::NotDue] += balance; // a credit: owed to the customer, not overdue
        return;
    }
    for (qsizetype i = debits.size() - 1; i >= 0 && balance > 0; --i) {
        const qint64 part = std::min(balance, debits.at(i).second);
        minor[bucketOf(debits.at(i).first.addDays(termsDays).daysTo(at))] += part;
        balance -= part;
    }
    minor[ReceivablesAgeing::NotDue] += balance; // more owed than debits explain: not aged
}

// The ageing the aggregates keep: each day's still open debits with their due day, aged at the day.
Result<ReceivablesAgeing> agedAggregates(Database &database, const KpiScope &scope)
{
    const Query where = scoped(scope, QString(), QStringLiteral("territory_id"));
    Result<QSqlQuery> q = runQuery(
        database.connection(),
        QStringLiteral("SELECT currency, CASE WHEN due_day = '' THEN 0 ELSE CAST(julianday(?) - julianday(due_day) AS "
                       "INTEGER) END AS overdue, sum(open_minor) FROM %1 WHERE %2 GROUP BY currency, overdue")
            .arg(scope.territoryIds.isEmpty() ? QStringLiteral("kpi_ageing_total") : QStringLiteral("kpi_ageing_cube"),
                 where.where),
        QVariantList{scope.to.toString(Qt::ISODate)} << where.values);
    if (!q) {
        return q.error();
    }
    std::map<QString, ReceivablesAgeing::Row> rows;
    while (q->next()) {
        if (const std::optional<Currency> c = Currency::fromCode(q->value(0).toString())) {
            ReceivablesAgeing::Row &row = rows[c->code()];
            row.currency = *c;
            row.minor[bucketOf(q->value(1).toLongLong())] += q->value(2).toLongLong();
        }
    }
    ReceivablesAgeing ageing;
    for (auto &[code, row] : rows) {
        ageing.rows << row;
    }
    return ageing;
}

} // namespace

Result<ReceivablesAgeing> KpiCalculator::ageing(Database &database, const KpiScope &scope, KpiSource source)
{
    if (const Status s = usable(database, source); !s) {
        return s.error();
    }
    // The aggregates hold what is open now, so they answer for today or later only.
    if (source == KpiSource::Aggregates && scope.to >= QDate::currentDate()) {
        return agedAggregates(database, scope);
    }
    const Query where = scoped(scope, QString(), QStringLiteral("c.territory_id"));
    Result<QSqlQuery> q = runQuery(
        database.connection(),
        QStringLiteral("SELECT t.customer_id, t.currency, c.payment_terms_days, %1, t.occurred_at FROM transactions t "
                       "JOIN customers c ON c.id = t.customer_id WHERE t.occurred_at < ? AND %2 ORDER BY "
                       "t.customer_id, t.currency, t.occurred_at")
            .arg(Ledger::signedAmountSql(QStringLiteral("t")), where.where),
        QVariantList{toIsoUtc(scope.to.addDays(1).startOfDay())} << where.values);
    if (!q) {
        return q.error();
    }
    std::map<QString, ReceivablesAgeing::Row> rows;
    QString customer, currency;
    int terms = 0;
    qint64 balance = 0;
    QList<std::pair<QDate, qint64>> debits;
    const auto flush = [&] {
        if (!customer.isEmpty()) {
            if (const std::optional<Currency> c = Currency::fromCode(currency)) {
                ReceivablesAgeing::Row &row = rows[currency];
                row.currency = *c;
                ageCustomer(balance, debits, terms, scope.to, row.minor);
            }
        }
        balance = 0;
        debits.clear();
    };
    while (q->next()) {
        if (q->value(0).toString() != customer || q->value(1).toString() != currency) {
            flush();
            customer = q->value(0).toString();
            currency = q->value(1).toString();
            terms = q->value(2).toInt();
        }
        const qint64 amount = q->value(3).toLongLong();
        balance += amount;
        if (amount > 0) {
            debits.append({fromIsoUtc(q->value(4).toString()).toLocalTime().date(), amount});
        }
    }
    flush();
    ReceivablesAgeing ageing;
    for (auto &[code, row] : rows) {
        ageing.rows << row;
    }
    return ageing;
}

Result<QList<ProductDistribution>> KpiCalculator::distribution(Database &database, const KpiScope &scope)
{
    const Source src{KpiSource::BaseTables};
    Result<QSqlQuery> active =
        run(database, src, QStringLiteral("SELECT count(*) FROM customers c WHERE c.status = 'active' AND %1"), scope,
            QString(), false);
    if (!active) {
        return active.error();
    }
    active->next();
    const qint64 customers = active->value(0).toLongLong();
    Result<QSqlQuery> q = run(
        database, src,
        QStringLiteral("SELECT p.id, p.name, p.category, count(DISTINCT o.customer_id) FROM order_lines l JOIN orders "
                       "o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id JOIN products p ON p.id = "
                       "l.product_id WHERE o.status IN %2 AND c.status = 'active' AND o.submitted_at >= ? AND "
                       "o.submitted_at < ? AND %1 GROUP BY p.id ORDER BY 4 DESC, p.name")
            .arg(QStringLiteral("%1"), salesStatusesSql()),
        scope, QStringLiteral("o.agent_id"));
    if (!q) {
        return q.error();
    }
    QList<ProductDistribution> out;
    while (q->next()) {
        out << ProductDistribution{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                   q->value(3).toLongLong(), customers};
    }
    return out;
}

QList<Money> KpiCalculator::projection(const QList<Money> &sales, const KpiScope &scope, const QDate &today)
{
    const qint64 days = scope.from.daysTo(scope.to) + 1;
    const qint64 elapsed = today < scope.from ? 0 : scope.from.daysTo(std::min(today, scope.to)) + 1;
    QList<Money> out;
    for (const Money &m : sales) {
        out << Money(elapsed > 0 ? (m.minorUnits() * days * 2 + elapsed) / (2 * elapsed) : 0, m.currency());
    }
    return out;
}

} // namespace SalesSync
