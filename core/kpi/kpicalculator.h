#pragma once

#include "core/kpi/kpi.h"
#include "core/money.h"
#include "core/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

namespace SalesSync {

class Database;

// What a set of KPIs covers: the calendar days (local, inclusive), the agents whose visits and
// orders count, and the territories whose customers count (their ledger, their share of
// coverage and distribution). Empty lists mean everyone / every territory.
struct KpiScope {
    QDate from;
    QDate to;
    QStringList agentIds;
    QStringList territoryIds;
};

// One KPI's value with its parts, so that every figure can say what it divides, and a ratio of
// nothing (0 ÷ 0) reads as "no data", not as 0 %.
struct KpiValue {
    qint64 numerator = 0;   // a count, or the ratio's or average's numerator (seconds for times)
    qint64 denominator = 0; // the ratio's or average's denominator; 0 for counts and sums
    QList<Money> amounts;   // money KPIs: the sum per currency (for "per" KPIs, before dividing)
    QList<Money> reference; // sales against target: the target per currency

    bool hasValue() const;
    // numerator ÷ denominator (0 when there is nothing to divide by).
    double ratio() const;
    // The amount in this currency, or zero.
    Money amount(const Currency &currency) const;
    Money referenceAmount(const Currency &currency) const;
};

// Receivables by age at a day: what is not yet due, and what is overdue by 1–30, 31–60, 61–90 and
// over 90 days, per currency.
struct ReceivablesAgeing {
    enum Bucket { NotDue, Days1To30, Days31To60, Days61To90, Over90, BucketCount };
    struct Row {
        Currency currency;
        qint64 minor[BucketCount] = {};
        qint64 total() const;
    };
    QList<Row> rows; // one per currency, by code

    static QString bucketName(Bucket bucket);
};

// Numeric distribution of one product.
struct ProductDistribution {
    QString productId;
    QString name;
    QString category;
    qint64 customers = 0; // active customers who ordered it in the period
    qint64 active = 0;    // active customers in the scope
};

// Where KpiCalculator reads: the base tables themselves, or the aggregates KpiAggregates keeps
// (what the dashboard reads; the same figures, from a few thousand rows).
enum class KpiSource { BaseTables, Aggregates };

// Computes the KPIs of kpi.h exactly as the dictionary defines them, from either source: the
// base tables (visits, orders, order lines, the ledger, customers, targets), which is the
// reference, or the aggregates KpiAggregates maintains, which is what the dashboard reads. Each
// step reads the same parts from either source and folds them with the same code, and the tests
// hold the two equal. Run it off the UI thread.
class KpiCalculator final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::KpiCalculator)

public:
    // Every KPI but the per-product distribution (see distribution()) and the ageing (ageing()).
    // From the aggregates while they are being rebuilt: an error saying so.
    static Result<QHash<Kpi, KpiValue>> compute(Database &database, const KpiScope &scope,
                                                KpiSource source = KpiSource::BaseTables);
    // Aged at the scope's last day; the aggregates hold what is open now, so for a period ending
    // before today they are not used.
    static Result<ReceivablesAgeing> ageing(Database &database, const KpiScope &scope,
                                            KpiSource source = KpiSource::BaseTables);
    // Per active product that anyone ordered, the most widely distributed first.
    static Result<QList<ProductDistribution>> distribution(Database &database, const KpiScope &scope);
    // The sales the period is on course for: the sales so far at the same daily rate until the
    // period's last day. Zero before the period starts.
    static QList<Money> projection(const QList<Money> &sales, const KpiScope &scope, const QDate &today);
    // The scope's sales target for its days (see "Whose target" in docs/kpis.md), per currency.
    static Result<QList<Money>> targets(Database &database, const KpiScope &scope);

    // The order statuses that count as sales, as an SQL list: a draft is not yet an order;
    // rejected and cancelled ones never were.
    static QString salesStatusesSql();
    // Whether the source can be read now: the aggregates cannot while they are being rebuilt
    // (an error saying so).
    static Status usable(Database &database, KpiSource source);
};

} // namespace SalesSync
