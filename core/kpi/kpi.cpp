#include "core/kpi/kpi.h"

#include <optional>

namespace SalesSync {

const QList<Kpi> &Kpis::all()
{
    static const QList<Kpi> kpis = {
        Kpi::VisitsPlanned,      Kpi::VisitsCompleted,     Kpi::CallCompliance,
        Kpi::Coverage,           Kpi::StrikeRate,          Kpi::UnsuccessfulVisitRate,
        Kpi::VisitsPerAgentDay,  Kpi::TimeInStore,         Kpi::WorkingTime,
        Kpi::TravelTime,         Kpi::GeofenceExceptions,  Kpi::LinesPerProductiveCall,
        Kpi::DropSize,           Kpi::AverageOrderValue,   Kpi::NetSales,
        Kpi::SalesAgainstTarget, Kpi::Collections,         Kpi::Receivables,
        Kpi::Reversals,          Kpi::NumericDistribution,
    };
    return kpis;
}

namespace {

// The definitions of the order and ledger KPIs (Kpis::definition has the visits').
KpiDefinition salesDefinition(Kpi kpi)
{
    switch (kpi) {
    case Kpi::LinesPerProductiveCall:
        return {kpi,
                QStringLiteral("lines_per_productive_call"),
                Kpis::tr("Lines per productive call"),
                Kpis::tr("Distinct products per order taken at a visit (submitted, approved or fulfilled in the "
                         "period), on average."),
                KpiUnit::Average,
                true};
    case Kpi::DropSize:
        return {kpi,
                QStringLiteral("drop_size"),
                Kpis::tr("Drop size"),
                Kpis::tr("Net value of the orders taken at visits ÷ productive calls (completed visits with such an "
                         "order)."),
                KpiUnit::Money,
                true};
    case Kpi::AverageOrderValue:
        return {kpi,
                QStringLiteral("average_order_value"),
                Kpis::tr("Average order value"),
                Kpis::tr("Net sales ÷ the orders they come from."),
                KpiUnit::Money,
                true};
    case Kpi::NetSales:
        return {kpi,
                QStringLiteral("net_sales"),
                Kpis::tr("Net sales"),
                Kpis::tr("The net value (before tax) of the orders submitted in the period that are submitted, "
                         "approved or fulfilled now."),
                KpiUnit::Money,
                true};
    case Kpi::SalesAgainstTarget:
        return {kpi,
                QStringLiteral("sales_against_target"),
                Kpis::tr("Sales against target"),
                Kpis::tr("Net sales ÷ the target for the period (targets spanning other days count for the days "
                         "they share with it). The projection continues the run rate so far to the period's end."),
                KpiUnit::Percent,
                true};
    case Kpi::Collections:
        return {kpi,
                QStringLiteral("collections"),
                Kpis::tr("Collections"),
                Kpis::tr("Payments received in the period, less reversals of payments made in the period."),
                KpiUnit::Money,
                true};
    case Kpi::Receivables:
        return {
            kpi,
            QStringLiteral("receivables"),
            Kpis::tr("Receivables"),
            Kpis::tr("What customers owe at the end of the period (the ledger's balance), aged by due date: each "
                     "entry that raised it (an invoice, a refund, a reversed payment) is due its customer's payment "
                     "terms after it, and what was paid settles the oldest first."),
            KpiUnit::Money,
            false};
    case Kpi::Reversals:
        return {kpi,
                QStringLiteral("reversals"),
                Kpis::tr("Reversals"),
                Kpis::tr("Ledger entries reversed in the period: how many, and their value."),
                KpiUnit::Money,
                false};
    case Kpi::NumericDistribution:
        return {kpi,
                QStringLiteral("numeric_distribution"),
                Kpis::tr("Numeric distribution"),
                Kpis::tr("Per product: active customers who ordered it in the period (submitted, approved or "
                         "fulfilled) ÷ active customers."),
                KpiUnit::Percent,
                true};
    default:
        break;
    }
    return {kpi, QString(), QString(), QString(), KpiUnit::Count, true};
}

} // namespace

// The definitions say exactly what KpiCalculator counts; docs/kpis.md repeats them with a worked
// example each (tests/core/tst_kpicalculator.cpp computes those examples).
KpiDefinition Kpis::definition(Kpi kpi)
{
    switch (kpi) {
    case Kpi::VisitsPlanned:
        return {kpi,
                QStringLiteral("visits_planned"),
                tr("Visits planned"),
                tr("Visits planned for a day of the period, whatever became of them, except those cancelled "
                   "(a cancelled visit leaves the plan; a missed one stays in it)."),
                KpiUnit::Count,
                true};
    case Kpi::VisitsCompleted:
        return {kpi,
                QStringLiteral("visits_completed"),
                tr("Visits completed"),
                tr("Visits checked in during the period and checked out, planned or not."),
                KpiUnit::Count,
                true};
    case Kpi::CallCompliance:
        return {kpi,
                QStringLiteral("call_compliance"),
                tr("Call compliance"),
                tr("Visits planned for the period that were completed ÷ visits planned for the period."),
                KpiUnit::Percent,
                true};
    case Kpi::Coverage:
        return {kpi,
                QStringLiteral("coverage"),
                tr("Coverage"),
                tr("Active customers with at least one completed visit in the period ÷ active customers."),
                KpiUnit::Percent,
                true};
    case Kpi::StrikeRate:
        return {kpi,
                QStringLiteral("strike_rate"),
                tr("Strike rate"),
                tr("Completed visits with an order taken at them (submitted, approved or fulfilled) ÷ completed "
                   "visits."),
                KpiUnit::Percent,
                true};
    case Kpi::UnsuccessfulVisitRate:
        return {kpi,
                QStringLiteral("unsuccessful_visit_rate"),
                tr("Unsuccessful visits"),
                tr("Completed visits without such an order ÷ completed visits."),
                KpiUnit::Percent,
                false};
    case Kpi::VisitsPerAgentDay:
        return {kpi,
                QStringLiteral("visits_per_agent_day"),
                tr("Visits per agent and day"),
                tr("Completed visits ÷ agent-days worked (days on which an agent completed at least one visit)."),
                KpiUnit::Average,
                true};
    case Kpi::TimeInStore:
        return {kpi,
                QStringLiteral("time_in_store"),
                tr("Time in store"),
                tr("The average time from check-in to check-out of a completed visit."),
                KpiUnit::Minutes,
                true};
    case Kpi::WorkingTime:
        return {kpi,
                QStringLiteral("working_time"),
                tr("Working time"),
                tr("Per agent-day worked, the time from the first check-in to the last check-out; the average "
                   "over those days."),
                KpiUnit::Minutes,
                true};
    case Kpi::TravelTime:
        return {kpi,
                QStringLiteral("travel_time"),
                tr("Travel time"),
                tr("Per agent-day worked, the working time not spent in a store (between one check-out and the "
                   "next check-in); the average over those days."),
                KpiUnit::Minutes,
                false};
    case Kpi::GeofenceExceptions:
        return {kpi,
                QStringLiteral("geofence_exceptions"),
                tr("Geofence exceptions"),
                tr("Check-ins outside the customer's geofence or entered by hand ÷ check-ins in the period."),
                KpiUnit::Percent,
                false};
    default:
        return salesDefinition(kpi);
    }
    return {kpi, QString(), QString(), QString(), KpiUnit::Count, true};
}

std::optional<Kpi> Kpis::fromKey(QStringView key)
{
    for (const Kpi kpi : all()) {
        if (definition(kpi).key == key) {
            return kpi;
        }
    }
    return std::nullopt;
}

} // namespace SalesSync
