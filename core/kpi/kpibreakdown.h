#pragma once

#include "core/kpi/kpicalculator.h"

namespace SalesSync {

// The figures of one group of a breakdown: an agent, a (leaf) territory, a customer or a product
// category. Visits count as in the KPI dictionary: completed visits by their check-in day,
// planned ones by their planned day.
struct KpiRow {
    QString key;            // the agent's, territory's or customer's id, or the category's name
    QList<Money> sales;     // net sales per currency
    qint64 orders = 0;      // sales orders (0 for categories: an order spans several)
    qint64 visits = 0;      // completed visits
    qint64 productive = 0;  // of them, with a sales order
    qint64 planned = 0;     // planned visits, not cancelled
    qint64 plannedDone = 0; // of them, completed

    // Net sales in a currency, or zero.
    Money salesIn(const Currency &currency) const;
};

// How a breakdown groups: the keys are ids, category names, or local days ("2026-12-03").
enum class KpiGrouping { Agent, Territory, Customer, Category, Day };

// What happened to the visits of a period: completed with an order, completed without one,
// missed, cancelled (the last two by their planned day).
struct VisitOutcomes {
    qint64 productive = 0;
    qint64 unsuccessful = 0;
    qint64 missed = 0;
    qint64 cancelled = 0;
};

// A scope's figures broken down by a grouping, for the dashboard's rankings, charts and
// drill-down tables, from either source (KpiSource) with the same folding, like KpiCalculator.
class KpiBreakdown final {
public:
    // One row per group that has anything in the period, in no particular order.
    static Result<QList<KpiRow>> rows(Database &database, const KpiScope &scope, KpiGrouping grouping,
                                      KpiSource source);
    static Result<VisitOutcomes> outcomes(Database &database, const KpiScope &scope, KpiSource source);
};

} // namespace SalesSync
