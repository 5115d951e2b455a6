#pragma once

#include "core/kpi/kpibreakdown.h"
#include "core/kpi/kpicalculator.h"

namespace SalesSync {

// Where in the hierarchy the dashboard stands: region > area > territory > agent > customer.
struct DashboardLevel {
    QString territoryId; // a node of the tree; empty: every territory in reach
    QString agentId;     // one agent (within the territory, or all of theirs)
};

struct DashboardRequest {
    QDate from; // the period, whole local days
    QDate to;
    QDate today;       // for the run rate and the ageing
    QStringList roots; // the territories in reach (a manager's); empty: all of them
    DashboardLevel level;
};

// One row of the next level down, where a click drills to.
struct DashboardChild {
    enum class Kind { Territory, Agent, Customer };
    Kind kind = Kind::Territory;
    QString id;
    QString name;
    KpiRow figures;
};

// Everything a dashboard refresh shows, read in one go off the UI thread. A period that is not
// over yet counts up to today, and is compared with as many days of the period before and of the
// year before, so that "this month" on the 3rd is set against the 1st to the 3rd of last month.
struct DashboardFigures {
    KpiScope scope;            // the days counted: the period, up to today
    QDate periodEnd;           // the period's last day (after scope.to while the period runs)
    QList<Money> periodTarget; // the target for the whole period
    QList<Money> projection;   // the sales the period is on course for at the run rate so far
    KpiScope previousScope;    // the period before, of the same kind (the month before a month)
    KpiScope lastYearScope;    // the same days a year earlier
    QHash<Kpi, KpiValue> current;
    QHash<Kpi, KpiValue> previous;
    QHash<Kpi, KpiValue> lastYear;
    QList<KpiRow> days; // the period day by day: sparklines and the sales chart
    QList<KpiRow> previousDays;
    QList<KpiRow> lastYearDays;
    QList<KpiRow> agents;     // every agent in the scope: the leaderboard
    QList<KpiRow> categories; // sales per product category
    VisitOutcomes outcomes;
    ReceivablesAgeing ageing; // at the period's end, or today for a period not yet over
    QList<DashboardChild> children;
    QHash<QString, QString> agentNames; // agent id → name
};

class DashboardQuery final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::DashboardQuery)

public:
    static Result<DashboardFigures> load(Database &database, const DashboardRequest &request,
                                         KpiSource source = KpiSource::Aggregates);
    // The period to compare with: the previous day, ISO week, month, quarter or year when the
    // period is one; otherwise as many days just before.
    static KpiScope previousPeriod(const KpiScope &scope);
    static KpiScope sameDaysLastYear(const KpiScope &scope);
};

} // namespace SalesSync
