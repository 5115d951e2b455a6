#pragma once

#include "core/kpi/kpicalculator.h"

#include <QSqlQuery>
#include <QVariantList>

// What KpiCalculator and KpiBreakdown share to read their parts from either source: the period
// and scope as SQL conditions and bound values, and per-currency sums. Internal to core/kpi.
namespace SalesSync::KpiSql {

// Where the figures come from: the base tables, or the aggregates the triggers of KpiAggregates
// keep (per local day × territory × agent). Each step reads the same parts from either and folds
// them the same way, so the two can only differ by what they read.
struct Source {
    KpiSource kind;

    bool aggregates() const { return kind == KpiSource::Aggregates; }
    // The period as bound values, [start, end): UTC instants, or local days.
    QVariantList period(const KpiScope &scope) const;
    // The column a row's customer territory is in ("c.territory_id" over the base tables).
    QString territoryColumn() const;
    // The first SQL text for the base tables, the second for the aggregates.
    QString pick(const QString &base, const QString &aggregates) const
    {
        return this->aggregates() ? aggregates : base;
    }
};

// The scope as SQL conditions on a row with an agent and a territory column, with the values to
// bind in the order they appear. An empty column name leaves that part of the scope out.
struct Query {
    QString where;
    QVariantList values;
};
Query scoped(const KpiScope &scope, const QString &agentColumn, const QString &territoryColumn);

// Runs a query whose %1 is the scope's condition; the period's bounds, when it has them, are
// bound in front of the scope's values.
Result<QSqlQuery> run(Database &db, const Source &src, const QString &sql, const KpiScope &scope,
                      const QString &agentColumn, bool withPeriod = true);

// Adds an amount to the per-currency list, kept sorted by code (currencies the app does not
// know are left out).
void addAmount(QList<Money> &amounts, const QString &code, qint64 minor);
// Each amount divided by the count, rounded half away from zero.
QList<Money> perCount(const QList<Money> &sums, qint64 count);

} // namespace SalesSync::KpiSql
