#include "core/kpi/kpiaggregates.h"

#include "core/kpi/kpicalculator.h"
#include "core/rules/ledger.h"
#include "core/store/database.h"
#include "core/store/sqlutil.h"
#include "core/store/writetransaction.h"

#include <QLoggingCategory>
#include <QMap>
#include <QTimeZone>

namespace SalesSync {

Q_LOGGING_CATEGORY(lcKpi, "salessync.core.kpi", QtInfoMsg)

namespace {

// The condition every maintaining trigger carries: nothing is maintained while suspended.
const QString kLive = QStringLiteral("(SELECT live FROM kpi_state) = 1");

QString localDay(const QString &timestamp)
{
    return QStringLiteral("date(%1, 'localtime')").arg(timestamp);
}

// The calendar periods coverage is kept for, with the SQL giving a day's period start.
struct Period {
    QString name;
    QString start; // %1 = a day
};

const QList<Period> &periods()
{
    static const QList<Period> list = {
        {QStringLiteral("day"), QStringLiteral("%1")},
        {QStringLiteral("week"), QStringLiteral("date(%1, '-6 days', 'weekday 1')")},
        {QStringLiteral("month"), QStringLiteral("date(%1, 'start of month')")},
        {QStringLiteral("quarter"),
         QStringLiteral("date(%1, 'start of month', '-' || ((CAST(strftime('%m', %1) AS INTEGER) - 1) % 3) || "
                        "' months')")},
        {QStringLiteral("year"), QStringLiteral("date(%1, 'start of year')")},
    };
    return list;
}

// ---- Facts: one select per kind, over the base rows that pass a filter -------------------

// Visits per agent × customer × local day: a visit counts on its planned day (planned, done,
// missed, cancelled) and on its check-in day (the rest).
QString visitFactsSelect(const QString &filter, const QString &dayFilter)
{
    const QString visit =
        QStringLiteral("v.agent_id, v.customer_id, %1 AS day, %2 AS p, %3 AS i, v.status, (v.status = 'completed' "
                       "AND v.checked_out_at IS NOT NULL) AS done, %4 AS productive, CAST(round((julianday("
                       "v.checked_out_at) - julianday(v.checked_in_at)) * 86400) AS INTEGER) AS seconds, "
                       "v.checked_in_at, v.checked_out_at, (v.outside_geofence = 1 OR v.check_in_source = 'manual') "
                       "AS exception FROM visits v WHERE %5");
    const QString productive =
        QStringLiteral("EXISTS (SELECT 1 FROM orders o WHERE o.visit_id = v.id AND o.status IN %1)")
            .arg(KpiCalculator::salesStatusesSql());
    return QStringLiteral(
               "SELECT x.agent_id, x.customer_id, x.day, c.territory_id AS territory_id, c.status = 'active' AS "
               "active, sum(x.p AND x.status <> 'cancelled') AS planned, sum(x.p AND x.status = 'completed') AS "
               "planned_done, sum(x.p AND x.status = 'missed') AS missed, sum(x.p AND x.status = 'cancelled') AS "
               "cancelled, sum(x.i AND x.done) AS visits, sum(x.i AND x.done AND x.productive) AS productive, sum(CASE "
               "WHEN x.i AND x.done THEN x.seconds ELSE 0 END) AS in_store_s, min(CASE WHEN x.i AND x.done THEN "
               "x.checked_in_at END) AS first_in, max(CASE WHEN x.i AND x.done THEN x.checked_out_at END) AS "
               "last_out, sum(x.i) AS checkins, sum(x.i AND x.exception) AS exceptions, max(x.i AND x.status = "
               "'completed') AS covered FROM (SELECT %1 UNION ALL SELECT %2) x JOIN customers c ON c.id = "
               "x.customer_id WHERE %3 GROUP BY x.agent_id, x.customer_id, x.day")
        .arg(visit.arg(localDay(QStringLiteral("v.planned_at")), QStringLiteral("1"), QStringLiteral("0"),
                       QStringLiteral("0"), filter),
             visit.arg(localDay(QStringLiteral("v.checked_in_at")), QStringLiteral("0"), QStringLiteral("1"),
                       productive, filter + QStringLiteral(" AND v.checked_in_at IS NOT NULL")),
             dayFilter);
}

const QString kVisitFactColumns =
    QStringLiteral("agent_id, customer_id, day, territory_id, active, planned, planned_done, missed, cancelled, "
                   "visits, productive, in_store_s, first_in, last_out, checkins, exceptions, covered");

// Sales orders (submitted, approved, fulfilled) per agent × customer × local day of submission
// × currency; and their lines' net per product category.
QString salesFactsSelect(const QString &filter)
{
    return QStringLiteral("SELECT o.agent_id, o.customer_id, %1 AS day, o.currency, c.territory_id, count(*), "
                          "sum(o.net_minor), count(o.visit_id), sum(CASE WHEN o.visit_id IS NOT NULL THEN o.net_minor "
                          "ELSE 0 END), sum(CASE WHEN o.visit_id IS NOT NULL THEN (SELECT count(DISTINCT l.product_id) "
                          "FROM order_lines l WHERE l.order_id = o.id) ELSE 0 END) FROM orders o JOIN customers c ON "
                          "c.id = o.customer_id WHERE o.status IN %2 AND o.submitted_at IS NOT NULL AND %3 GROUP BY "
                          "1, 2, 3, 4")
        .arg(localDay(QStringLiteral("o.submitted_at")), KpiCalculator::salesStatusesSql(), filter);
}

const QString kSalesFactColumns = QStringLiteral("agent_id, customer_id, day, currency, territory_id, orders, "
                                                 "net_minor, visit_orders, visit_net_minor, visit_lines");

QString categoryFactsSelect(const QString &filter)
{
    return QStringLiteral("SELECT o.agent_id, o.customer_id, %1 AS day, o.currency, p.category, c.territory_id, "
                          "sum(l.net_minor) FROM orders o JOIN order_lines l ON l.order_id = o.id JOIN products p ON "
                          "p.id = l.product_id JOIN customers c ON c.id = o.customer_id WHERE o.status IN %2 AND "
                          "o.submitted_at IS NOT NULL AND %3 GROUP BY 1, 2, 3, 4, 5")
        .arg(localDay(QStringLiteral("o.submitted_at")), KpiCalculator::salesStatusesSql(), filter);
}

const QString kCategoryFactColumns =
    QStringLiteral("agent_id, customer_id, day, currency, category, territory_id, net_minor");

// What one ledger entry adds to its customer's day (%1 = the entry's alias).
struct LedgerMeasure {
    QString column;
    QString expression;
};

const QList<LedgerMeasure> &ledgerMeasures()
{
    static const QList<LedgerMeasure> list = {
        {QStringLiteral("payments_net"),
         QStringLiteral("(CASE WHEN %1.kind = 'payment' THEN (CASE %1.direction WHEN 'forward' THEN %1.amount_minor "
                        "ELSE -%1.amount_minor END) ELSE 0 END)")},
        {QStringLiteral("reversals"), QStringLiteral("(%1.direction = 'reverse')")},
        {QStringLiteral("reversal_minor"),
         QStringLiteral("(CASE WHEN %1.direction = 'reverse' THEN %1.amount_minor ELSE 0 END)")},
        {QStringLiteral("balance_change"), QStringLiteral("%2")},
    };
    return list;
}

QString ledgerMeasure(const LedgerMeasure &m, const QString &alias)
{
    return QString(m.expression)
        .replace(QStringLiteral("%2"), Ledger::signedAmountSql(alias))
        .replace(QStringLiteral("%1"), alias);
}

// A customer's open debits per currency: what it owes, settled against its newest debits first
// (payments settle the oldest), as the part of each day's debits still open; a credit balance
// is one row without a day.
QString openDebitsSelect(const QString &filter)
{
    const QString amount = Ledger::signedAmountSql(QStringLiteral("t"));
    return QStringLiteral(
               "SELECT customer_id, currency, day, CASE WHEN balance <= 0 THEN 0 ELSE max(0, min(debit, balance - "
               "coalesce(sum(debit) OVER (PARTITION BY customer_id, currency ORDER BY day DESC ROWS BETWEEN UNBOUNDED "
               "PRECEDING AND 1 PRECEDING), 0))) END AS open FROM (SELECT t.customer_id, t.currency, %1 AS day, "
               "sum(max(%2, 0)) AS debit, sum(sum(%2)) OVER (PARTITION BY t.customer_id, t.currency) AS balance FROM "
               "transactions t WHERE %3 GROUP BY 1, 2, 3) UNION ALL SELECT t.customer_id, t.currency, '', sum(%2) "
               "FROM transactions t WHERE %3 GROUP BY 1, 2 HAVING sum(%2) < 0")
        .arg(localDay(QStringLiteral("t.occurred_at")), amount, filter);
}

QString openDebitsInsert(const QString &filter)
{
    return QStringLiteral("INSERT INTO kpi_open_debits (customer_id, currency, debit_day, due_day, territory_id, "
                          "open_minor) SELECT d.customer_id, d.currency, d.day, CASE WHEN d.day = '' THEN '' ELSE "
                          "date(d.day, '+' || c.payment_terms_days || ' days') END, c.territory_id, d.open FROM (%1) d "
                          "JOIN customers c ON c.id = d.customer_id WHERE d.open <> 0")
        .arg(openDebitsSelect(filter));
}

// ---- Cubes: facts rolled up by the difference each fact row makes -------------------------

struct Rollup {
    QString facts;
    QString cube;
    QStringList key;                               // the cube's primary key: columns of both, or derived
    QList<std::pair<QString, QString>> measures;   // cube column, expression over a fact row (%1)
    QList<std::pair<QString, QString>> recomputed; // cube column, aggregate over its fact rows
    QHash<QString, QString> derived = {};          // a key column made from a fact row (%1)
};

// A key column's value for a fact row.
QString keyValue(const Rollup &r, const QString &column, const QString &row)
{
    return r.derived.contains(column) ? r.derived.value(column).arg(row) : row + u'.' + column;
}

// The cube row of a fact row; with a table, the fact rows of the same cube row.
QString keyMatch(const Rollup &r, const QString &row, const QString &table = {})
{
    QStringList parts;
    for (const QString &column : r.key) {
        parts << QStringLiteral("%1%2 = %3")
                     .arg(table.isEmpty() ? QString() : table + u'.', column, keyValue(r, column, row));
    }
    return parts.join(QStringLiteral(" AND "));
}

// Adds (sign 1) or takes away (-1) a fact row's part of its cube row.
QString applyRow(const Rollup &r, const QString &row, int sign)
{
    QStringList columns = r.key, values, updates{QStringLiteral("rows = rows + excluded.rows")};
    for (const QString &column : r.key) {
        values << keyValue(r, column, row);
    }
    columns << QStringLiteral("rows");
    values << QString::number(sign);
    for (const auto &[column, expression] : r.measures) {
        columns << column;
        values << QStringLiteral("%1 * (%2)").arg(sign).arg(expression.arg(row));
        updates << QStringLiteral("%1 = %1 + excluded.%1").arg(column);
    }
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5;\n")
                      .arg(r.cube, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")),
                           r.key.join(QStringLiteral(", ")), updates.join(QStringLiteral(", ")));
    if (sign < 0) {
        sql += QStringLiteral("DELETE FROM %1 WHERE %2 AND rows = 0;\n").arg(r.cube, keyMatch(r, row));
    }
    if (!r.recomputed.isEmpty()) {
        QStringList sets;
        for (const auto &[column, aggregate] : r.recomputed) {
            sets << QStringLiteral("%1 = (SELECT %2 FROM %3 WHERE %4)")
                        .arg(column, aggregate, r.facts, keyMatch(r, row, r.facts));
        }
        sql += QStringLiteral("UPDATE %1 SET %2 WHERE %3;\n")
                   .arg(r.cube, sets.join(QStringLiteral(", ")), keyMatch(r, row));
    }
    return sql;
}

QString rebuildCube(const Rollup &r)
{
    QStringList columns = r.key, values;
    for (const QString &column : r.key) {
        values << keyValue(r, column, r.facts);
    }
    const QStringList groups = values;
    columns << QStringLiteral("rows");
    values << QStringLiteral("count(*)");
    for (const auto &[column, expression] : r.measures) {
        columns << column;
        values << QStringLiteral("sum(%1)").arg(expression.arg(r.facts));
    }
    for (const auto &[column, aggregate] : r.recomputed) {
        columns << column;
        values << aggregate;
    }
    return QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %4 GROUP BY %5")
        .arg(r.cube, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")), r.facts,
             groups.join(QStringLiteral(", ")));
}

QList<Rollup> rollups()
{
    Rollup visits{QStringLiteral("kpi_visit_facts"),
                  QStringLiteral("kpi_visit_cube"),
                  {QStringLiteral("day"), QStringLiteral("territory_id"), QStringLiteral("agent_id")},
                  {},
                  {{QStringLiteral("first_in"), QStringLiteral("min(first_in)")},
                   {QStringLiteral("last_out"), QStringLiteral("max(last_out)")}}};
    for (const QString &column :
         {QStringLiteral("planned"), QStringLiteral("planned_done"), QStringLiteral("missed"),
          QStringLiteral("cancelled"), QStringLiteral("visits"), QStringLiteral("productive"),
          QStringLiteral("in_store_s"), QStringLiteral("checkins"), QStringLiteral("exceptions")}) {
        visits.measures.append({column, QStringLiteral("%1.") + column});
    }
    // Coverage counts active customers only.
    for (const Period &period : periods()) {
        visits.measures.append(
            {QStringLiteral("cov_") + period.name, QStringLiteral("%1.active * %1.c_") + period.name});
        visits.measures.append({QStringLiteral("acov_") + period.name,
                                period.name == u"day" ? QStringLiteral("%1.active * %1.covered")
                                                      : QStringLiteral("%1.active * %1.a_") + period.name});
    }
    Rollup sales{
        QStringLiteral("kpi_sales_facts"),
        QStringLiteral("kpi_sales_cube"),
        {QStringLiteral("day"), QStringLiteral("territory_id"), QStringLiteral("agent_id"), QStringLiteral("currency")},
        {},
        {}};
    for (const QString &column : {QStringLiteral("orders"), QStringLiteral("net_minor"), QStringLiteral("visit_orders"),
                                  QStringLiteral("visit_net_minor"), QStringLiteral("visit_lines")}) {
        sales.measures.append({column, QStringLiteral("%1.") + column});
    }
    Rollup categories{
        QStringLiteral("kpi_category_facts"),
        QStringLiteral("kpi_category_cube"),
        {QStringLiteral("day"), QStringLiteral("territory_id"), QStringLiteral("category"), QStringLiteral("currency")},
        {{QStringLiteral("net_minor"), QStringLiteral("%1.net_minor")}},
        {}};
    Rollup ledger{QStringLiteral("kpi_ledger_facts"),
                  QStringLiteral("kpi_ledger_cube"),
                  {QStringLiteral("day"), QStringLiteral("territory_id"), QStringLiteral("currency")},
                  {},
                  {}};
    for (const LedgerMeasure &m : ledgerMeasures()) {
        ledger.measures.append({m.column, QStringLiteral("%1.") + m.column});
    }
    Rollup ageing{QStringLiteral("kpi_open_debits"),
                  QStringLiteral("kpi_ageing_cube"),
                  {QStringLiteral("territory_id"), QStringLiteral("currency"), QStringLiteral("due_day")},
                  {{QStringLiteral("open_minor"), QStringLiteral("%1.open_minor")}},
                  {}};
    // The ledger by month, and each territory's balance now: what is owed at a day is the
    // balance less what changed after it, a few months' rows rather than the whole history.
    const QList<std::pair<QString, QString>> balance = {
        {QStringLiteral("balance_change"), QStringLiteral("%1.balance_change")}};
    Rollup months{QStringLiteral("kpi_ledger_facts"),
                  QStringLiteral("kpi_ledger_month"),
                  {QStringLiteral("month"), QStringLiteral("territory_id"), QStringLiteral("currency")},
                  balance,
                  {},
                  {{QStringLiteral("month"), QStringLiteral("substr(%1.day, 1, 7)")}}};
    Rollup balances{QStringLiteral("kpi_ledger_facts"),
                    QStringLiteral("kpi_balance"),
                    {QStringLiteral("territory_id"), QStringLiteral("currency")},
                    balance,
                    {}};
    // The company-wide views (no territory chosen) read smaller rollups: each agent's day over
    // all territories, and the open debits per due day.
    Rollup agentDays{QStringLiteral("kpi_visit_facts"),
                     QStringLiteral("kpi_agent_day"),
                     {QStringLiteral("day"), QStringLiteral("agent_id")},
                     {{QStringLiteral("visits"), QStringLiteral("%1.visits")},
                      {QStringLiteral("productive"), QStringLiteral("%1.productive")},
                      {QStringLiteral("in_store_s"), QStringLiteral("%1.in_store_s")}},
                     {{QStringLiteral("first_in"), QStringLiteral("min(first_in)")},
                      {QStringLiteral("last_out"), QStringLiteral("max(last_out)")}}};
    Rollup ageingTotal{QStringLiteral("kpi_open_debits"),
                       QStringLiteral("kpi_ageing_total"),
                       {QStringLiteral("currency"), QStringLiteral("due_day")},
                       {{QStringLiteral("open_minor"), QStringLiteral("%1.open_minor")}},
                       {}};
    return {visits, agentDays, sales, categories, ledger, months, balances, ageing, ageingTotal};
}

// ---- Coverage flags -----------------------------------------------------------------------

// Whether a visit fact row is its customer's first visited row of the period (by day, then
// agent); with byAgent, the first of that agent's rows for the customer.
QString firstOfPeriod(const Period &period, bool byAgent)
{
    const QString f = QStringLiteral("kpi_visit_facts");
    const QString start = QString(period.start).replace(QStringLiteral("%1"), f + QStringLiteral(".day"));
    if (byAgent) {
        return QStringLiteral("(%1.covered = 1 AND NOT EXISTS (SELECT 1 FROM kpi_visit_facts g WHERE g.agent_id = "
                              "%1.agent_id AND g.customer_id = %1.customer_id AND g.covered = 1 AND g.day >= %2 AND "
                              "g.day < %1.day))")
            .arg(f, start);
    }
    return QStringLiteral("(%1.covered = 1 AND NOT EXISTS (SELECT 1 FROM kpi_visit_facts g WHERE g.customer_id = "
                          "%1.customer_id AND g.covered = 1 AND g.day >= %2 AND (g.day < %1.day OR (g.day = %1.day "
                          "AND g.agent_id < %1.agent_id))))")
        .arg(f, start);
}

// After a visit fact row came or went: the flags of the other rows of its customer in the
// periods of its day.
QString refreshFlags(const QString &row)
{
    QString sql;
    for (const Period &period : periods()) {
        const QString same = QStringLiteral("%1 = %2").arg(QString(period.start).arg(QStringLiteral("day")),
                                                           QString(period.start).arg(row + QStringLiteral(".day")));
        const QString all = firstOfPeriod(period, false);
        sql += QStringLiteral("UPDATE kpi_visit_facts SET c_%1 = %2 WHERE customer_id = %3.customer_id AND %4 AND "
                              "c_%1 IS NOT %2;\n")
                   .arg(period.name, all, row, same);
        if (period.name != u"day") {
            const QString mine = firstOfPeriod(period, true);
            sql += QStringLiteral("UPDATE kpi_visit_facts SET a_%1 = %2 WHERE agent_id = %3.agent_id AND customer_id "
                                  "= %3.customer_id AND %4 AND a_%1 IS NOT %2;\n")
                       .arg(period.name, mine, row, same);
        }
    }
    return sql;
}

// The flags of every row at once, for a rebuild (%1 = the facts' alias).
QString flagColumns()
{
    QStringList columns;
    for (const Period &period : periods()) {
        const QString start = QString(period.start).arg(QStringLiteral("x.day"));
        columns << QStringLiteral("CASE WHEN x.covered = 1 THEN row_number() OVER (PARTITION BY x.customer_id, "
                                  "x.covered, %1 ORDER BY x.day, x.agent_id) = 1 ELSE 0 END")
                       .arg(start);
        if (period.name != u"day") {
            columns << QStringLiteral("CASE WHEN x.covered = 1 THEN row_number() OVER (PARTITION BY x.customer_id, "
                                      "x.agent_id, x.covered, %1 ORDER BY x.day) = 1 ELSE 0 END")
                           .arg(start);
        }
    }
    return columns.join(QStringLiteral(", "));
}

QString flagNames()
{
    QStringList names;
    for (const Period &period : periods()) {
        names << QStringLiteral("c_") + period.name;
        if (period.name != u"day") {
            names << QStringLiteral("a_") + period.name;
        }
    }
    return names.join(QStringLiteral(", "));
}

// ---- The schema -------------------------------------------------------------------------

QStringList tables()
{
    QString flags;
    for (const QString &name : flagNames().split(QStringLiteral(", "))) {
        flags += QStringLiteral(", %1 INTEGER NOT NULL DEFAULT 0").arg(name);
    }
    QString coverage;
    for (const Period &period : periods()) {
        coverage += QStringLiteral(", cov_%1 INTEGER NOT NULL, acov_%1 INTEGER NOT NULL").arg(period.name);
    }
    return {
        QStringLiteral("CREATE TABLE kpi_state (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL, "
                       "live INTEGER NOT NULL CHECK (live IN (0, 1)), timezone TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE kpi_visit_keys (agent_id TEXT NOT NULL, customer_id TEXT NOT NULL, day TEXT)"),
        QStringLiteral("CREATE TABLE kpi_sales_keys (agent_id TEXT NOT NULL, customer_id TEXT NOT NULL, day TEXT, "
                       "currency TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE kpi_debit_keys (customer_id TEXT NOT NULL, currency TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE kpi_visit_facts (agent_id TEXT NOT NULL, customer_id TEXT NOT NULL, day TEXT NOT "
                       "NULL, territory_id TEXT NOT NULL, active INTEGER NOT NULL, planned INTEGER NOT NULL, "
                       "planned_done INTEGER NOT NULL, missed INTEGER NOT NULL, cancelled INTEGER NOT NULL, visits "
                       "INTEGER NOT NULL, productive INTEGER NOT NULL, in_store_s INTEGER NOT NULL, first_in TEXT, "
                       "last_out TEXT, checkins INTEGER NOT NULL, exceptions INTEGER NOT NULL, covered INTEGER NOT "
                       "NULL%1, PRIMARY KEY (agent_id, customer_id, day)) WITHOUT ROWID")
            .arg(flags),
        QStringLiteral("CREATE INDEX kpi_visit_facts_customer ON kpi_visit_facts (customer_id, day)"),
        QStringLiteral("CREATE INDEX kpi_visit_facts_agent ON kpi_visit_facts (agent_id, day, territory_id)"),
        QStringLiteral("CREATE INDEX kpi_visit_facts_day ON kpi_visit_facts (day, territory_id)"),
        QStringLiteral("CREATE TABLE kpi_visit_cube (day TEXT NOT NULL, territory_id TEXT NOT NULL, agent_id TEXT NOT "
                       "NULL, rows INTEGER NOT NULL, planned INTEGER NOT NULL, planned_done INTEGER NOT NULL, missed "
                       "INTEGER NOT NULL, cancelled INTEGER NOT NULL, visits INTEGER NOT NULL, productive INTEGER NOT "
                       "NULL, in_store_s INTEGER NOT NULL, checkins INTEGER NOT NULL, exceptions INTEGER NOT NULL%1, "
                       "first_in TEXT, last_out TEXT, PRIMARY KEY (day, territory_id, agent_id)) WITHOUT ROWID")
            .arg(coverage),
        QStringLiteral("CREATE INDEX kpi_visit_cube_territory ON kpi_visit_cube (territory_id, day)"),
        QStringLiteral("CREATE TABLE kpi_sales_facts (agent_id TEXT NOT NULL, customer_id TEXT NOT NULL, day TEXT NOT "
                       "NULL, currency TEXT NOT NULL, territory_id TEXT NOT NULL, orders INTEGER NOT NULL, net_minor "
                       "INTEGER NOT NULL, visit_orders INTEGER NOT NULL, visit_net_minor INTEGER NOT NULL, "
                       "visit_lines INTEGER NOT NULL, PRIMARY KEY (agent_id, customer_id, day, currency)) WITHOUT "
                       "ROWID"),
        QStringLiteral("CREATE INDEX kpi_sales_facts_customer ON kpi_sales_facts (customer_id)"),
        QStringLiteral("CREATE INDEX kpi_sales_facts_agent ON kpi_sales_facts (agent_id, day)"),
        QStringLiteral("CREATE TABLE kpi_sales_cube (day TEXT NOT NULL, territory_id TEXT NOT NULL, agent_id TEXT NOT "
                       "NULL, currency TEXT NOT NULL, rows INTEGER NOT NULL, orders INTEGER NOT NULL, net_minor "
                       "INTEGER NOT NULL, visit_orders INTEGER NOT NULL, visit_net_minor INTEGER NOT NULL, "
                       "visit_lines INTEGER NOT NULL, PRIMARY KEY (day, territory_id, agent_id, currency)) WITHOUT "
                       "ROWID"),
        QStringLiteral("CREATE INDEX kpi_sales_cube_territory ON kpi_sales_cube (territory_id, day)"),
        QStringLiteral("CREATE TABLE kpi_category_facts (agent_id TEXT NOT NULL, customer_id TEXT NOT NULL, day TEXT "
                       "NOT NULL, currency TEXT NOT NULL, category TEXT NOT NULL, territory_id TEXT NOT NULL, "
                       "net_minor INTEGER NOT NULL, PRIMARY KEY (agent_id, customer_id, day, currency, category)) "
                       "WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX kpi_category_facts_customer ON kpi_category_facts (customer_id)"),
        QStringLiteral("CREATE TABLE kpi_category_cube (day TEXT NOT NULL, territory_id TEXT NOT NULL, category TEXT "
                       "NOT NULL, currency TEXT NOT NULL, rows INTEGER NOT NULL, net_minor INTEGER NOT NULL, PRIMARY "
                       "KEY (day, territory_id, category, currency)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX kpi_category_cube_territory ON kpi_category_cube (territory_id, day)"),
        QStringLiteral("CREATE TABLE kpi_ledger_facts (customer_id TEXT NOT NULL, day TEXT NOT NULL, currency TEXT NOT "
                       "NULL, territory_id TEXT NOT NULL, rows INTEGER NOT NULL, payments_net INTEGER NOT NULL, "
                       "reversals INTEGER NOT NULL, reversal_minor INTEGER NOT NULL, balance_change INTEGER NOT NULL, "
                       "PRIMARY KEY (customer_id, day, currency)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE kpi_ledger_cube (day TEXT NOT NULL, territory_id TEXT NOT NULL, currency TEXT NOT "
                       "NULL, rows INTEGER NOT NULL, payments_net INTEGER NOT NULL, reversals INTEGER NOT NULL, "
                       "reversal_minor INTEGER NOT NULL, balance_change INTEGER NOT NULL, PRIMARY KEY (day, "
                       "territory_id, currency)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE kpi_ledger_month (month TEXT NOT NULL, territory_id TEXT NOT NULL, currency "
                       "TEXT NOT NULL, rows INTEGER NOT NULL, balance_change INTEGER NOT NULL, PRIMARY KEY (month, "
                       "territory_id, currency)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE kpi_balance (territory_id TEXT NOT NULL, currency TEXT NOT NULL, rows INTEGER "
                       "NOT NULL, balance_change INTEGER NOT NULL, PRIMARY KEY (territory_id, currency)) WITHOUT "
                       "ROWID"),
        QStringLiteral("CREATE TABLE kpi_agent_day (day TEXT NOT NULL, agent_id TEXT NOT NULL, rows INTEGER NOT NULL, "
                       "visits INTEGER NOT NULL, productive INTEGER NOT NULL, in_store_s INTEGER NOT NULL, first_in "
                       "TEXT, last_out TEXT, PRIMARY KEY (day, agent_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE kpi_ageing_total (currency TEXT NOT NULL, due_day TEXT NOT NULL, rows INTEGER NOT "
                       "NULL, open_minor INTEGER NOT NULL, PRIMARY KEY (currency, due_day)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE kpi_open_debits (customer_id TEXT NOT NULL, currency TEXT NOT NULL, debit_day "
                       "TEXT NOT NULL, due_day TEXT NOT NULL, territory_id TEXT NOT NULL, open_minor INTEGER NOT "
                       "NULL, PRIMARY KEY (customer_id, currency, debit_day)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE kpi_ageing_cube (territory_id TEXT NOT NULL, currency TEXT NOT NULL, due_day "
                       "TEXT NOT NULL, rows INTEGER NOT NULL, open_minor INTEGER NOT NULL, PRIMARY KEY "
                       "(territory_id, currency, due_day)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE kpi_territory_customers (territory_id TEXT PRIMARY KEY NOT NULL, customers "
                       "INTEGER NOT NULL, active INTEGER NOT NULL) WITHOUT ROWID"),
    };
}

// The aggregates a rebuild empties, in an order that respects nothing (there are no references).
QStringList aggregateTables()
{
    return {QStringLiteral("kpi_visit_facts"),        QStringLiteral("kpi_visit_cube"),
            QStringLiteral("kpi_sales_facts"),        QStringLiteral("kpi_sales_cube"),
            QStringLiteral("kpi_category_facts"),     QStringLiteral("kpi_category_cube"),
            QStringLiteral("kpi_ledger_facts"),       QStringLiteral("kpi_ledger_cube"),
            QStringLiteral("kpi_ledger_month"),       QStringLiteral("kpi_balance"),
            QStringLiteral("kpi_agent_day"),          QStringLiteral("kpi_ageing_total"),
            QStringLiteral("kpi_open_debits"),        QStringLiteral("kpi_ageing_cube"),
            QStringLiteral("kpi_territory_customers")};
}

QString trigger(const QString &name, const QString &event, const QString &body, const QString &condition = {})
{
    return QStringLiteral("CREATE TRIGGER %1 %2 WHEN %3%4 BEGIN\n%5END")
        .arg(name, event, kLive, condition.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(condition), body);
}

// The keys a visit row counts under: its planned day, and its check-in day.
QString visitKeys(const QString &row)
{
    return QStringLiteral("SELECT %1.agent_id, %1.customer_id, %2 UNION SELECT %1.agent_id, %1.customer_id, %3 WHERE "
                          "%1.checked_in_at IS NOT NULL")
        .arg(row, localDay(row + QStringLiteral(".planned_at")), localDay(row + QStringLiteral(".checked_in_at")));
}

QString salesKey(const QString &row)
{
    return QStringLiteral("SELECT %1.agent_id, %1.customer_id, %2, %1.currency WHERE %1.submitted_at IS NOT NULL "
                          "AND %1.status IN %3")
        .arg(row, localDay(row + QStringLiteral(".submitted_at")), KpiCalculator::salesStatusesSql());
}

// The key of the visit an order was taken at (its productive flag follows the order).
QString visitOfOrder(const QString &row)
{
    return QStringLiteral("SELECT v.agent_id, v.customer_id, %1 FROM visits v WHERE v.id = %2.visit_id AND "
                          "v.checked_in_at IS NOT NULL")
        .arg(localDay(QStringLiteral("v.checked_in_at")), row);
}

QString salesKeyOfOrder(const QString &orderId)
{
    return QStringLiteral("SELECT o.agent_id, o.customer_id, %1, o.currency FROM orders o WHERE o.id = %2 AND "
                          "o.submitted_at IS NOT NULL")
        .arg(localDay(QStringLiteral("o.submitted_at")), orderId);
}

// What a ledger entry adds to (or, gone, takes from) its customer's day. A pull page may bring an
// entry before its customer: then nothing is added here, and the customer's arrival adds all its
// entries at once (customerArrives).
QString ledgerChange(const QString &row, int sign)
{
    const QString day = localDay(row + QStringLiteral(".occurred_at"));
    QString sql;
    if (sign > 0) {
        QStringList columns{QStringLiteral("customer_id"), QStringLiteral("day"), QStringLiteral("currency"),
                            QStringLiteral("territory_id"), QStringLiteral("rows")};
        QStringList values{row + QStringLiteral(".customer_id"), day, row + QStringLiteral(".currency"),
                           QStringLiteral("c.territory_id"), QStringLiteral("1")};
        QStringList updates{QStringLiteral("rows = rows + excluded.rows")};
        for (const LedgerMeasure &m : ledgerMeasures()) {
            columns << m.column;
            values << ledgerMeasure(m, row);
            updates << QStringLiteral("%1 = %1 + excluded.%1").arg(m.column);
        }
        sql = QStringLiteral("INSERT INTO kpi_ledger_facts (%1) SELECT %2 FROM customers c WHERE c.id = "
                             "%3.customer_id ON CONFLICT (customer_id, day, currency) DO UPDATE SET %4;\n")
                  .arg(columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")), row,
                       updates.join(QStringLiteral(", ")));
    } else {
        // The customer may be gone already (an eviction deletes in any order): no join.
        QStringList updates{QStringLiteral("rows = rows - 1")};
        for (const LedgerMeasure &m : ledgerMeasures()) {
            updates << QStringLiteral("%1 = %1 - %2").arg(m.column, ledgerMeasure(m, row));
        }
        const QString key =
            QStringLiteral("customer_id = %1.customer_id AND day = %2 AND currency = %1.currency").arg(row, day);
        sql = QStringLiteral("UPDATE kpi_ledger_facts SET %1 WHERE %2;\nDELETE FROM kpi_ledger_facts WHERE %2 AND rows "
                             "= 0;\n")
                  .arg(updates.join(QStringLiteral(", ")), key);
    }
    sql += QStringLiteral("INSERT INTO kpi_debit_keys VALUES (%1.customer_id, %1.currency);\n").arg(row);
    return sql;
}

// The ledger facts of the entries that pass a filter (on transactions t), from scratch.
QString ledgerFactsInsert(const QString &filter)
{
    QString columns, values;
    for (const LedgerMeasure &m : ledgerMeasures()) {
        columns += QStringLiteral(", ") + m.column;
        values += QStringLiteral(", sum(%1)").arg(ledgerMeasure(m, QStringLiteral("t")));
    }
    return QStringLiteral("INSERT INTO kpi_ledger_facts (customer_id, day, currency, territory_id, rows%1) SELECT "
                          "t.customer_id, %2, t.currency, c.territory_id, count(*)%3 FROM transactions t JOIN "
                          "customers c ON c.id = t.customer_id WHERE %4 GROUP BY 1, 2, 3")
        .arg(columns, localDay(QStringLiteral("t.occurred_at")), values, filter);
}

// A customer arriving (a pull page may bring its visits, orders and entries before it): every
// fact of its rows, computed now.
QString customerArrives()
{
    return QStringLiteral(
               "INSERT INTO kpi_visit_keys SELECT agent_id, customer_id, %1 FROM visits WHERE customer_id = "
               "NEW.id UNION SELECT agent_id, customer_id, %2 FROM visits WHERE customer_id = NEW.id AND "
               "checked_in_at IS NOT NULL;\nINSERT INTO kpi_sales_keys SELECT DISTINCT agent_id, customer_id, "
               "%3, currency FROM orders WHERE customer_id = NEW.id AND submitted_at IS NOT NULL;\n"
               "DELETE FROM kpi_ledger_facts WHERE customer_id = NEW.id;\n%4;\nINSERT INTO kpi_debit_keys "
               "SELECT DISTINCT customer_id, currency FROM transactions WHERE customer_id = NEW.id;\n")
        .arg(localDay(QStringLiteral("planned_at")), localDay(QStringLiteral("checked_in_at")),
             localDay(QStringLiteral("submitted_at")), ledgerFactsInsert(QStringLiteral("t.customer_id = NEW.id")));
}

// A customer leaving (an eviction): its facts go, whatever order its rows are deleted in.
QString customerLeaves()
{
    QString sql;
    for (const QString &table :
         {QStringLiteral("kpi_visit_facts"), QStringLiteral("kpi_sales_facts"), QStringLiteral("kpi_category_facts"),
          QStringLiteral("kpi_ledger_facts"), QStringLiteral("kpi_open_debits")}) {
        sql += QStringLiteral("DELETE FROM %1 WHERE customer_id = OLD.id;\n").arg(table);
    }
    return sql;
}

QString territoryCustomers(const QString &row, int sign)
{
    QString sql = QStringLiteral("INSERT INTO kpi_territory_customers VALUES (%1.territory_id, %2, %2 * (%1.status = "
                                 "'active')) ON CONFLICT (territory_id) DO UPDATE SET customers = customers + "
                                 "excluded.customers, active = active + excluded.active;\n")
                      .arg(row)
                      .arg(sign);
    if (sign < 0) {
        sql += QStringLiteral("DELETE FROM kpi_territory_customers WHERE territory_id = %1.territory_id AND customers "
                              "= 0;\n")
                   .arg(row);
    }
    return sql;
}

// The recomputations, each triggered by inserting its key into a keys table.
QStringList keyTriggers()
{
    const QString visitKey = QStringLiteral("agent_id = NEW.agent_id AND customer_id = NEW.customer_id AND day = "
                                            "NEW.day");
    const QString salesKeyMatch = visitKey + QStringLiteral(" AND currency = NEW.currency");
    const QString salesFilter =
        QStringLiteral("o.customer_id = NEW.customer_id AND o.agent_id = NEW.agent_id AND o.currency = NEW.currency "
                       "AND %1 = NEW.day")
            .arg(localDay(QStringLiteral("o.submitted_at")));
    return {
        trigger(
            QStringLiteral("kpi_visit_keys_recompute"), QStringLiteral("AFTER INSERT ON kpi_visit_keys"),
            QStringLiteral("DELETE FROM kpi_visit_facts WHERE %1;\nINSERT INTO kpi_visit_facts (%2) %3;\n"
                           "DELETE FROM kpi_visit_keys WHERE rowid = NEW.rowid;\n")
                .arg(visitKey, kVisitFactColumns,
                     visitFactsSelect(QStringLiteral("v.agent_id = NEW.agent_id AND v.customer_id = NEW.customer_id"),
                                      QStringLiteral("x.day = NEW.day")))),
        trigger(QStringLiteral("kpi_sales_keys_recompute"), QStringLiteral("AFTER INSERT ON kpi_sales_keys"),
                QStringLiteral("DELETE FROM kpi_sales_facts WHERE %1;\nINSERT INTO kpi_sales_facts (%2) %3;\n"
                               "DELETE FROM kpi_category_facts WHERE %1;\nINSERT INTO kpi_category_facts (%4) %5;\n"
                               "DELETE FROM kpi_sales_keys WHERE rowid = NEW.rowid;\n")
                    .arg(salesKeyMatch, kSalesFactColumns, salesFactsSelect(salesFilter), kCategoryFactColumns,
                         categoryFactsSelect(salesFilter))),
        trigger(QStringLiteral("kpi_debit_keys_recompute"), QStringLiteral("AFTER INSERT ON kpi_debit_keys"),
                QStringLiteral("DELETE FROM kpi_open_debits WHERE customer_id = NEW.customer_id AND currency = "
                               "NEW.currency;\n%1;\nDELETE FROM kpi_debit_keys WHERE rowid = NEW.rowid;\n")
                    .arg(openDebitsInsert(
                        QStringLiteral("t.customer_id = NEW.customer_id AND t.currency = NEW.currency")))),
    };
}

// What the base tables' changes set off.
QStringList baseTriggers()
{
    const QString visitColumns = QStringLiteral("agent_id, customer_id, planned_at, status, checked_in_at, "
                                                "checked_out_at, check_in_source, outside_geofence");
    const QString orderColumns =
        QStringLiteral("agent_id, customer_id, visit_id, status, currency, net_minor, submitted_at");
    return {
        trigger(QStringLiteral("kpi_visits_insert"), QStringLiteral("AFTER INSERT ON visits"),
                QStringLiteral("INSERT INTO kpi_visit_keys %1;\n").arg(visitKeys(QStringLiteral("NEW")))),
        trigger(QStringLiteral("kpi_visits_update"), QStringLiteral("AFTER UPDATE OF %1 ON visits").arg(visitColumns),
                QStringLiteral("INSERT INTO kpi_visit_keys %1 UNION %2;\n")
                    .arg(visitKeys(QStringLiteral("OLD")), visitKeys(QStringLiteral("NEW")))),
        trigger(QStringLiteral("kpi_visits_delete"), QStringLiteral("AFTER DELETE ON visits"),
                QStringLiteral("INSERT INTO kpi_visit_keys %1;\n").arg(visitKeys(QStringLiteral("OLD")))),
        trigger(QStringLiteral("kpi_orders_insert"), QStringLiteral("AFTER INSERT ON orders"),
                QStringLiteral("INSERT INTO kpi_sales_keys %1;\nINSERT INTO kpi_visit_keys %2;\n")
                    .arg(salesKey(QStringLiteral("NEW")), visitOfOrder(QStringLiteral("NEW")))),
        trigger(QStringLiteral("kpi_orders_update"), QStringLiteral("AFTER UPDATE OF %1 ON orders").arg(orderColumns),
                QStringLiteral("INSERT INTO kpi_sales_keys %1 UNION %2;\nINSERT INTO kpi_visit_keys %3 UNION %4;\n")
                    .arg(salesKey(QStringLiteral("OLD")), salesKey(QStringLiteral("NEW")),
                         visitOfOrder(QStringLiteral("OLD")), visitOfOrder(QStringLiteral("NEW")))),
        trigger(QStringLiteral("kpi_orders_delete"), QStringLiteral("AFTER DELETE ON orders"),
                QStringLiteral("INSERT INTO kpi_sales_keys %1;\nINSERT INTO kpi_visit_keys %2;\n")
                    .arg(salesKey(QStringLiteral("OLD")), visitOfOrder(QStringLiteral("OLD")))),
        trigger(
            QStringLiteral("kpi_order_lines_insert"), QStringLiteral("AFTER INSERT ON order_lines"),
            QStringLiteral("INSERT INTO kpi_sales_keys %1;\n").arg(salesKeyOfOrder(QStringLiteral("NEW.order_id")))),
        trigger(
            QStringLiteral("kpi_order_lines_update"),
            QStringLiteral("AFTER UPDATE OF order_id, product_id, net_minor ON order_lines"),
            QStringLiteral("INSERT INTO kpi_sales_keys %1 UNION %2;\n")
                .arg(salesKeyOfOrder(QStringLiteral("OLD.order_id")), salesKeyOfOrder(QStringLiteral("NEW.order_id")))),
        trigger(
            QStringLiteral("kpi_order_lines_delete"), QStringLiteral("AFTER DELETE ON order_lines"),
            QStringLiteral("INSERT INTO kpi_sales_keys %1;\n").arg(salesKeyOfOrder(QStringLiteral("OLD.order_id")))),
        trigger(QStringLiteral("kpi_products_category"), QStringLiteral("AFTER UPDATE OF category ON products"),
                QStringLiteral("INSERT INTO kpi_sales_keys SELECT DISTINCT o.agent_id, o.customer_id, %1, o.currency "
                               "FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE l.product_id = NEW.id AND "
                               "o.submitted_at IS NOT NULL;\n")
                    .arg(localDay(QStringLiteral("o.submitted_at"))),
                QStringLiteral("OLD.category IS NOT NEW.category")),
        trigger(QStringLiteral("kpi_transactions_insert"), QStringLiteral("AFTER INSERT ON transactions"),
                ledgerChange(QStringLiteral("NEW"), 1)),
        trigger(QStringLiteral("kpi_transactions_delete"), QStringLiteral("AFTER DELETE ON transactions"),
                ledgerChange(QStringLiteral("OLD"), -1)),
        trigger(QStringLiteral("kpi_customers_insert"), QStringLiteral("AFTER INSERT ON customers"),
                territoryCustomers(QStringLiteral("NEW"), 1) + customerArrives()),
        trigger(QStringLiteral("kpi_customers_delete"), QStringLiteral("AFTER DELETE ON customers"),
                territoryCustomers(QStringLiteral("OLD"), -1) + customerLeaves()),
        trigger(QStringLiteral("kpi_customers_move"),
                QStringLiteral("AFTER UPDATE OF territory_id, status ON customers"),
                territoryCustomers(QStringLiteral("OLD"), -1) + territoryCustomers(QStringLiteral("NEW"), 1) +
                    QStringLiteral(
                        "UPDATE kpi_visit_facts SET territory_id = NEW.territory_id, active = (NEW.status = "
                        "'active') WHERE customer_id = NEW.id;\nUPDATE kpi_sales_facts SET territory_id = "
                        "NEW.territory_id WHERE customer_id = NEW.id AND territory_id <> NEW.territory_id;\nUPDATE "
                        "kpi_category_facts SET territory_id = NEW.territory_id WHERE customer_id = NEW.id AND "
                        "territory_id <> NEW.territory_id;\nUPDATE kpi_ledger_facts SET territory_id = "
                        "NEW.territory_id WHERE customer_id = NEW.id AND territory_id <> NEW.territory_id;\nUPDATE "
                        "kpi_open_debits SET territory_id = NEW.territory_id WHERE customer_id = NEW.id AND "
                        "territory_id <> NEW.territory_id;\n"),
                QStringLiteral("OLD.territory_id IS NOT NEW.territory_id OR OLD.status IS NOT NEW.status")),
        trigger(QStringLiteral("kpi_customers_terms"),
                QStringLiteral("AFTER UPDATE OF payment_terms_days ON customers"),
                QStringLiteral("UPDATE kpi_open_debits SET due_day = date(debit_day, '+' || NEW.payment_terms_days || "
                               "' days') WHERE customer_id = NEW.id AND debit_day <> '';\n"),
                QStringLiteral("OLD.payment_terms_days IS NOT NEW.payment_terms_days")),
    };
}

// The facts' changes rolled into the cubes (and the visit facts' coverage flags).
// One trigger per event and facts table, doing every rollup of that table in order: the visit
// facts' coverage flags are refreshed only after each cube has the row, because the refresh
// updates fact rows and so sets off the update trigger, which takes the old row away again.
QStringList rollupTriggers()
{
    QMap<QString, QStringList> inserts, deletes, updates;
    for (const Rollup &r : rollups()) {
        inserts[r.facts] << applyRow(r, QStringLiteral("NEW"), 1);
        deletes[r.facts] << applyRow(r, QStringLiteral("OLD"), -1);
        updates[r.facts] << applyRow(r, QStringLiteral("OLD"), -1) + applyRow(r, QStringLiteral("NEW"), 1);
    }
    QStringList out;
    for (auto it = inserts.cbegin(); it != inserts.cend(); ++it) {
        const QString &facts = it.key();
        const bool flags = facts == u"kpi_visit_facts";
        out << trigger(facts + QStringLiteral("_insert"), QStringLiteral("AFTER INSERT ON ") + facts,
                       it.value().join(QString()) + (flags ? refreshFlags(QStringLiteral("NEW")) : QString()));
        out << trigger(facts + QStringLiteral("_delete"), QStringLiteral("AFTER DELETE ON ") + facts,
                       deletes.value(facts).join(QString()) +
                           (flags ? refreshFlags(QStringLiteral("OLD")) : QString()));
        out << trigger(facts + QStringLiteral("_update"), QStringLiteral("AFTER UPDATE ON ") + facts,
                       updates.value(facts).join(QString()));
    }
    return out;
}

// Every statement of a rebuild, in order, grouped into the steps progress reports.
QList<QStringList> rebuildSteps()
{
    QStringList clear;
    for (const QString &table : aggregateTables()) {
        clear << QStringLiteral("DELETE FROM %1").arg(table);
    }
    QStringList cubes;
    for (const Rollup &r : rollups()) {
        cubes << rebuildCube(r);
    }
    return {
        clear,
        {QStringLiteral("INSERT INTO kpi_visit_facts (%1, %2) SELECT x.*, %3 FROM (%4) x")
             .arg(kVisitFactColumns, flagNames(), flagColumns(),
                  visitFactsSelect(QStringLiteral("1"), QStringLiteral("1")))},
        {QStringLiteral("INSERT INTO kpi_sales_facts (%1) %2")
             .arg(kSalesFactColumns, salesFactsSelect(QStringLiteral("1"))),
         QStringLiteral("INSERT INTO kpi_category_facts (%1) %2")
             .arg(kCategoryFactColumns, categoryFactsSelect(QStringLiteral("1")))},
        {ledgerFactsInsert(QStringLiteral("1")), openDebitsInsert(QStringLiteral("1")),
         QStringLiteral("INSERT INTO kpi_territory_customers SELECT territory_id, count(*), sum(status = "
                        "'active') FROM customers GROUP BY territory_id")},
        cubes,
    };
}

Status runAll(QSqlDatabase db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        if (const Result<QSqlQuery> q = runQuery(db, statement); !q) {
            qCWarning(lcKpi) << "KPI aggregates:" << q.error().message() << statement.left(300);
            return q.error();
        }
    }
    return {};
}

Status create(QSqlDatabase db)
{
    Result<QStringList> existing =
        firstColumn(runQuery(db, QStringLiteral("SELECT type || ' IF EXISTS ' || name FROM sqlite_master WHERE name "
                                                "LIKE 'kpi\\_%' ESCAPE '\\' AND type IN ('table', 'trigger') ORDER "
                                                "BY type = 'table'")));
    if (!existing) {
        return existing.error();
    }
    QStringList statements;
    for (const QString &object : std::as_const(*existing)) {
        statements << QStringLiteral("DROP %1").arg(object);
    }
    statements << tables() << keyTriggers() << baseTriggers() << rollupTriggers();
    statements << QStringLiteral("INSERT INTO kpi_state VALUES (1, %1, 0, '')").arg(KpiAggregates::kVersion);
    return runAll(db, statements);
}

QString timeZoneId()
{
    return QString::fromUtf8(QTimeZone::systemTimeZoneId());
}

} // namespace

Status KpiAggregates::install(QSqlDatabase db)
{
    const Result<QVariant> exists =
        queryValue(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'kpi_state'"));
    if (!exists) {
        return exists.error();
    }
    const Result<QVariant> version = exists->toInt() > 0
                                         ? queryValue(db, QStringLiteral("SELECT version FROM kpi_state"))
                                         : Result<QVariant>(QVariant());
    if (!version) {
        return version.error();
    }
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    if (version->isNull() || version->toInt() != kVersion) {
        if (const Status s = create(db); !s) {
            return s;
        }
    }
    const Result<QVariant> zone = queryValue(db, QStringLiteral("SELECT timezone FROM kpi_state"));
    if (!zone) {
        return zone.error();
    }
    if (zone->toString() != timeZoneId()) {
        if (const Status s = runAll(db, {QStringLiteral("UPDATE kpi_state SET live = 0")}); !s) {
            return s;
        }
    }
    const Result<QVariant> empty = queryValue(
        db, QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM visits) AND NOT EXISTS (SELECT 1 FROM orders) AND NOT "
                           "EXISTS (SELECT 1 FROM transactions) AND NOT EXISTS (SELECT 1 FROM customers)"));
    if (!empty) {
        return empty.error();
    }
    if (empty->toBool()) {
        const QStringList statements = rebuildSteps().constFirst();
        if (const Status s = runAll(db, statements); !s) {
            return s;
        }
        if (const Result<QSqlQuery> q =
                runQuery(db, QStringLiteral("UPDATE kpi_state SET live = 1, timezone = ?"), {timeZoneId()});
            !q) {
            return q.error();
        }
    }
    return transaction.commit();
}

Result<bool> KpiAggregates::isLive(QSqlDatabase db)
{
    const Result<QVariant> live = queryValue(db, QStringLiteral("SELECT live FROM kpi_state"));
    if (!live) {
        return live.error();
    }
    return live->toInt() == 1;
}

Status KpiAggregates::suspend(QSqlDatabase db)
{
    return runAll(db, {QStringLiteral("UPDATE kpi_state SET live = 0")});
}

Status KpiAggregates::rebuild(Database &database, const Progress &progress)
{
    QSqlDatabase db = database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    const QList<QStringList> steps = rebuildSteps();
    if (const Status s = suspend(db); !s) {
        return s;
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (progress && !progress(int(i), int(steps.size()))) {
            return Error(ErrorCode::Cancelled, tr("Preparing the dashboard's figures was stopped."));
        }
        if (const Status s = runAll(db, steps.at(i)); !s) {
            return s;
        }
    }
    if (const Result<QSqlQuery> q =
            runQuery(db, QStringLiteral("UPDATE kpi_state SET live = 1, timezone = ?"), {timeZoneId()});
        !q) {
        return q.error();
    }
    if (const Status s = transaction.commit(); !s) {
        return s;
    }
    if (progress) {
        progress(int(steps.size()), int(steps.size()));
    }
    return {};
}

Result<QStringList> KpiAggregates::verify(Database &database)
{
    QSqlDatabase db = database.connection();
    QStringList snapshots;
    for (const QString &table : aggregateTables()) {
        snapshots << QStringLiteral("DROP TABLE IF EXISTS temp.before_%1").arg(table)
                  << QStringLiteral("CREATE TEMP TABLE before_%1 AS SELECT * FROM %1").arg(table);
    }
    if (const Status s = runAll(db, snapshots); !s) {
        return s.error();
    }
    if (const Status s = rebuild(database); !s) {
        return s.error();
    }
    QStringList differing;
    for (const QString &table : aggregateTables()) {
        const Result<QVariant> differs = queryValue(
            db, QStringLiteral("SELECT EXISTS (SELECT * FROM temp.before_%1 EXCEPT SELECT * FROM %1) OR EXISTS "
                               "(SELECT * FROM %1 EXCEPT SELECT * FROM temp.before_%1)")
                    .arg(table));
        if (!differs) {
            return differs.error();
        }
        if (differs->toBool()) {
            differing << table;
        }
        if (const Status s = runAll(db, {QStringLiteral("DROP TABLE temp.before_%1").arg(table)}); !s) {
            return s.error();
        }
    }
    return differing;
}

} // namespace SalesSync
