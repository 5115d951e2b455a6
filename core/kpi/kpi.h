#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace SalesSync {

// The KPIs SalesSync computes. Each has one written definition, here: the dashboard's tiles and
// "how is this computed" panel, docs/kpis.md, the benchmarks and the tests all use it, so a
// figure means the same everywhere.
enum class Kpi {
    VisitsPlanned,
    VisitsCompleted,
    CallCompliance,
    Coverage,
    StrikeRate,
    UnsuccessfulVisitRate,
    VisitsPerAgentDay,
    TimeInStore,
    WorkingTime,
    TravelTime,
    GeofenceExceptions,
    LinesPerProductiveCall,
    DropSize,
    AverageOrderValue,
    NetSales,
    SalesAgainstTarget,
    Collections,
    Receivables,
    Reversals,
    NumericDistribution,
};

// How a KPI's value reads.
enum class KpiUnit {
    Count,   // a number of things
    Percent, // a share, numerator ÷ denominator
    Average, // a number per something (visits per agent-day, lines per call)
    Minutes, // an average duration
    Money,   // an amount per currency (sums, or an amount per something)
};

struct KpiDefinition {
    Kpi kpi;
    QString key;        // stable and unique ("call_compliance"): files, settings, docs/kpis.md
    QString name;       // for people
    QString definition; // what is counted and divided, in one or two sentences, for people
    KpiUnit unit;
    bool higherIsBetter; // which way a change is good news (the colour of the arrow)
};

class Kpis final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Kpis)

public:
    // Every KPI, in the dictionary's order.
    static const QList<Kpi> &all();
    // Its definition, in the current language.
    static KpiDefinition definition(Kpi kpi);
    static std::optional<Kpi> fromKey(QStringView key);
};

} // namespace SalesSync
