#include "core/kpi/kpicalculator.h"

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

// The order statuses that count as sales (a draft is not yet an order; rejected and cancelled
// ones never were).
const QString kSales = QStringLiteral("('submitted', 'approved', 'fulfilled')");

QString jsonList(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

// The scope as SQL conditions on a row with an agent (alias a) and its customer (alias c), with
// the values to bind in the order they appear; the period's bounds come first.
struct Query {
    QString where;
    QVariantList values;
};

Query scoped(const KpiScope &scope, const QString &agentColumn)
{
    Query q{QStringLiteral("1"), {}};
    if (!agentColumn.isEmpty() && !scope.agentIds.isEmpty()) {
        q.where += QStringLiteral(" AND %1 IN (SELECT value FROM json_each(?))").arg(agentColumn);
        q.values << jsonList(scope.agentIds);
    }
    if (!scope.territoryIds.isEmpty()) {
        q.where += QStringLiteral(" AND c.territory_id IN (SELECT value FROM json_each(?))");
        q.values << jsonList(scope.territoryIds);
    }
    return q;
}

QString periodStart(const KpiScope &scope)
{
    return toIsoUtc(scope.from.startOfDay());
}

QString periodEnd(const KpiScope &scope)
{
    return toIsoUtc(scope.to.addDays(1).startOfDay());
}

Result<QSqlQuery> run(Database &db, const QString &sql, const KpiScope &scope, const QString &agentColumn,
                      bool withPeriod = true)
{
    const Query q = scoped(scope, agentColumn);
    QVariantList values;
    if (withPeriod) {
        values << periodStart(scope) << periodEnd(scope);
    }
    values << q.values;
    return runQuery(db.connection(), sql.arg(q.where), values);
}

// Adds an amount to the per-currency list (currencies the app does not know are left out).
void addAmount(QList<Money> &amounts, const QString &code, qint64 minor)
{
    const std::optional<Currency> currency = Currency::fromCode(code);
    if (!currency) {
        return;
    }
    for (Money &m : amounts) {
        if (m.currency() == *currency) {
            m = Money(m.minorUnits() + minor, *currency);
            return;
        }
    }
    amounts << Money(minor, *currency);
    std::sort(amounts.begin(), amounts.end(),
              [](const Money &a, const Money &b) { return a.currency().code() < b.currency().code(); });
}

// Each amount divided by the count, rounded half away from zero.
QList<Money> perCount(const QList<Money> &sums, qint64 count)
{
    QList<Money> out;
    for (const Money &m : sums) {
        const qint64 q = count > 0 ? (2 * m.minorUnits() + (m.minorUnits() >= 0 ? count : -count)) / (2 * count) : 0;
        out << Money(q, m.currency());
    }
    return out;
}

using Values = QHash<Kpi, KpiValue>;

Status planned(Database &db, const KpiScope &scope, Values &out)
{
    Result<QSqlQuery> q = run(db,
                              QStringLiteral("SELECT count(*) FILTER (WHERE v.status <> 'cancelled'), count(*) FILTER "
                                             "(WHERE v.status = 'completed') FROM visits v JOIN customers c ON c.id = "
                                             "v.customer_id WHERE v.planned_at >= ? AND v.planned_at < ? AND %1"),
                              scope, QStringLiteral("v.agent_id"));
    if (!q) {
        return q.error();
    }
    q->next();
    out[Kpi::VisitsPlanned].numerator = q->value(0).toLongLong();
    out[Kpi::CallCompliance] = {q->value(1).toLongLong(), q->value(0).toLongLong(), {}, {}};
    return {};
}

// Completed visits of the period, per agent and local day: visits, productive ones, the first
// check-in, the last check-out, and the seconds spent in stores.
Status completed(Database &db, const KpiScope &scope, Values &out)
{
    Result<QSqlQuery> q = run(
        db,
        QStringLiteral("SELECT count(*), sum(EXISTS (SELECT 1 FROM orders o WHERE o.visit_id = v.id AND o.status IN "
                       "%2)), CAST(round((julianday(max(v.checked_out_at)) - julianday(min(v.checked_in_at))) * "
                       "86400) AS INTEGER), sum(CAST(round((julianday(v.checked_out_at) - julianday(v.checked_in_at)) "
                       "* 86400) AS INTEGER)) FROM visits v JOIN customers c ON c.id = v.customer_id WHERE v.status = "
                       "'completed' AND v.checked_out_at IS NOT NULL AND v.checked_in_at >= ? AND v.checked_in_at < ? "
                       "AND %1 GROUP BY v.agent_id, date(v.checked_in_at, 'localtime')")
            .arg(QStringLiteral("%1"), kSales),
        scope, QStringLiteral("v.agent_id"));
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

Status coverage(Database &db, const KpiScope &scope, Values &out)
{
    Result<QSqlQuery> visited =
        run(db,
            QStringLiteral("SELECT count(DISTINCT v.customer_id) FROM visits v JOIN customers c ON c.id = "
                           "v.customer_id WHERE v.status = 'completed' AND c.status = 'active' AND v.checked_in_at >= "
                           "? AND v.checked_in_at < ? AND %1"),
            scope, QStringLiteral("v.agent_id"));
    Result<QSqlQuery> active =
        run(db, QStringLiteral("SELECT count(*) FROM customers c WHERE c.status = 'active' AND %1"), scope, QString(),
            false);
    if (!visited || !active) {
        return !visited ? visited.error() : active.error();
    }
    visited->next();
    active->next();
    out[Kpi::Coverage] = {visited->value(0).toLongLong(), active->value(0).toLongLong(), {}, {}};
    return {};
}

Status geofence(Database &db, const KpiScope &scope, Values &out)
{
    Result<QSqlQuery> q =
        run(db,
            QStringLiteral("SELECT count(*) FILTER (WHERE v.outside_geofence = 1 OR v.check_in_source "
                           "= 'manual'), count(*) FROM visits v JOIN customers c ON c.id = "
                           "v.customer_id WHERE v.checked_in_at >= ? AND v.checked_in_at < ? AND %1"),
            scope, QStringLiteral("v.agent_id"));
    if (!q) {
        return q.error();
    }
    q->next();
    out[Kpi::GeofenceExceptions] = {q->value(0).toLongLong(), q->value(1).toLongLong(), {}, {}};
    return {};
}

// Sales orders submitted in the period, per currency: all of them, and those taken at visits
// with their distinct products.
Status orders(Database &db, const KpiScope &scope, Values &out)
{
    Result<QSqlQuery> q = run(
        db,
        QStringLiteral("SELECT o.currency, count(*), sum(o.net_minor), count(o.visit_id), sum(o.net_minor) FILTER "
                       "(WHERE o.visit_id IS NOT NULL), sum((SELECT count(DISTINCT l.product_id) FROM order_lines l "
                       "WHERE l.order_id = o.id)) FILTER (WHERE o.visit_id IS NOT NULL) FROM orders o JOIN customers c "
                       "ON c.id = o.customer_id WHERE o.status IN %2 AND o.submitted_at >= ? AND o.submitted_at < ? "
                       "AND %1 GROUP BY o.currency")
            .arg(QStringLiteral("%1"), kSales),
        scope, QStringLiteral("o.agent_id"));
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
Status targets(Database &db, const KpiScope &scope, Values &out)
{
    const QString agentCondition =
        scope.agentIds.isEmpty() ? QStringLiteral("t.agent_id IS NULL") : QStringLiteral("1");
    // The period's bounds are dates here; bind them in front of the scope's values.
    const Query where = scoped(scope, QStringLiteral("t.agent_id"));
    Result<QSqlQuery> rows = runQuery(
        db.connection(),
        QStringLiteral("SELECT t.currency, t.amount_minor, t.period_start, t.period_end FROM sales_targets t JOIN "
                       "territories c ON c.id = t.territory_id WHERE t.period_end >= ? AND t.period_start <= ? AND %2 "
                       "AND %1")
            .arg(QString(where.where).replace(QStringLiteral("c.territory_id"), QStringLiteral("c.id")),
                 agentCondition),
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
    out[Kpi::SalesAgainstTarget] = {0, 0, out.value(Kpi::NetSales).amounts, target};
    return {};
}

Status ledger(Database &db, const KpiScope &scope, Values &out)
{
    Result<QSqlQuery> collected =
        run(db,
            QStringLiteral(
                "SELECT t.currency, sum(CASE t.direction WHEN 'forward' THEN t.amount_minor ELSE -t.amount_minor "
                "END) FROM transactions t JOIN customers c ON c.id = t.customer_id WHERE t.kind = 'payment' AND "
                "t.occurred_at >= ? AND t.occurred_at < ? AND %1 GROUP BY t.currency"),
            scope, QString());
    Result<QSqlQuery> reversed = run(
        db,
        QStringLiteral("SELECT t.currency, count(*), sum(t.amount_minor) FROM transactions t JOIN customers c ON "
                       "c.id = t.customer_id WHERE t.direction = 'reverse' AND t.occurred_at >= ? AND t.occurred_at "
                       "< ? AND %1 GROUP BY t.currency"),
        scope, QString());
    if (!collected || !reversed) {
        return !collected ? collected.error() : reversed.error();
    }
    KpiValue &collections = out[Kpi::Collections];
    while (collected->next()) {
        addAmount(collections.amounts, collected->value(0).toString(), collected->value(1).toLongLong());
    }
    KpiValue &reversals = out[Kpi::Reversals];
    while (reversed->next()) {
        reversals.numerator += reversed->value(1).toLongLong();
        addAmount(reversals.amounts, reversed->value(0).toString(), reversed->value(2).toLongLong());
    }
    // What is owed at the period's end.
    Result<QSqlQuery> owed =
        runQuery(db.connection(),
                 QStringLiteral("SELECT t.currency, sum(%1) FROM transactions t JOIN customers c ON "
                                "c.id = t.customer_id WHERE t.occurred_at < ? AND %2 GROUP BY "
                                "t.currency")
                     .arg(Ledger::signedAmountSql(QStringLiteral("t")), scoped(scope, QString()).where),
                 QVariantList{periodEnd(scope)} << scoped(scope, QString()).values);
    if (!owed) {
        return owed.error();
    }
    while (owed->next()) {
        addAmount(out[Kpi::Receivables].amounts, owed->value(0).toString(), owed->value(1).toLongLong());
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

Result<QHash<Kpi, KpiValue>> KpiCalculator::compute(Database &database, const KpiScope &scope)
{
    if (!scope.from.isValid() || !scope.to.isValid() || scope.to < scope.from) {
        return Error::validation(QStringLiteral("period"), tr("must be a valid range of days"));
    }
    Values values;
    for (const auto step : {planned, completed, coverage, geofence, orders, targets, ledger}) {
        if (const Status s = step(database, scope, values); !s) {
            return s.error();
        }
    }
    return values;
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

} // namespace

Result<ReceivablesAgeing> KpiCalculator::ageing(Database &database, const KpiScope &scope)
{
    const Query where = scoped(scope, QString());
    Result<QSqlQuery> q = runQuery(
        database.connection(),
        QStringLiteral("SELECT t.customer_id, t.currency, c.payment_terms_days, %1, t.occurred_at FROM transactions t "
                       "JOIN customers c ON c.id = t.customer_id WHERE t.occurred_at < ? AND %2 ORDER BY "
                       "t.customer_id, t.currency, t.occurred_at")
            .arg(Ledger::signedAmountSql(QStringLiteral("t")), where.where),
        QVariantList{periodEnd(scope)} << where.values);
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
    Result<QSqlQuery> active =
        run(database, QStringLiteral("SELECT count(*) FROM customers c WHERE c.status = 'active' AND %1"), scope,
            QString(), false);
    if (!active) {
        return active.error();
    }
    active->next();
    const qint64 customers = active->value(0).toLongLong();
    Result<QSqlQuery> q = run(
        database,
        QStringLiteral("SELECT p.id, p.name, p.category, count(DISTINCT o.customer_id) FROM order_lines l JOIN orders "
                       "o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id JOIN products p ON p.id = "
                       "l.product_id WHERE o.status IN %2 AND c.status = 'active' AND o.submitted_at >= ? AND "
                       "o.submitted_at < ? AND %1 GROUP BY p.id ORDER BY 4 DESC, p.name")
            .arg(QStringLiteral("%1"), kSales),
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
