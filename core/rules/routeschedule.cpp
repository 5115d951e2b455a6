#include "core/rules/routeschedule.h"

#include "core/rules/routeplanner.h"

#include <cmath>

namespace SalesSync {

int RouteSchedule::driveMinutes(const std::optional<GeoPoint> &from, const std::optional<GeoPoint> &to)
{
    if (!from || !to) {
        return kUnknownDriveMinutes;
    }
    const double km = distanceMetres(*from, *to) / 1000.0 * kRoadFactor;
    return int(std::ceil(km / kDriveKmh * 60.0));
}

QDateTime RouteSchedule::roundUp(const QDateTime &utc)
{
    const qint64 step = qint64(kRoundingMinutes) * 60;
    const qint64 seconds = utc.toSecsSinceEpoch();
    const qint64 rounded = (seconds + step - 1) / step * step;
    return QDateTime::fromSecsSinceEpoch(rounded, Qt::UTC);
}

QList<ScheduledStop> RouteSchedule::plan(const std::optional<GeoPoint> &start, const QList<ScheduleStop> &stops,
                                         const QDateTime &earliest)
{
    QList<int> flexible;
    QList<int> appointments;
    for (int i = 0; i < int(stops.size()); ++i) {
        (stops.at(i).appointment ? appointments : flexible) << i;
    }
    std::stable_sort(appointments.begin(), appointments.end(),
                     [&stops](int a, int b) { return stops.at(a).plannedAt < stops.at(b).plannedAt; });
    QList<std::optional<GeoPoint>> positions;
    for (const int i : std::as_const(flexible)) {
        positions << stops.at(i).position;
    }
    const RoutePlan route = RoutePlanner::suggest(start, positions);

    QList<ScheduledStop> planned;
    QDateTime free = earliest; // when the agent is free to drive on
    std::optional<GeoPoint> here = start;
    qsizetype nextAppointment = 0;
    const auto visit = [&](int stop, const QDateTime &at, bool late) {
        planned << ScheduledStop{stop, at, late};
        free = std::max(free, at.addSecs(qint64(kVisitMinutes) * 60));
        if (stops.at(stop).position) {
            here = stops.at(stop).position;
        }
    };
    const auto arrival = [&](int stop) {
        return roundUp(free.addSecs(qint64(driveMinutes(here, stops.at(stop).position)) * 60));
    };
    const auto keepAppointment = [&] {
        const int a = appointments.at(nextAppointment++);
        visit(a, stops.at(a).plannedAt, arrival(a) > stops.at(a).plannedAt);
    };
    for (const int index : route.order) {
        const int stop = flexible.at(index);
        // Appointments come first unless this visit, and the drive on, end before them.
        while (nextAppointment < appointments.size()) {
            const int a = appointments.at(nextAppointment);
            const QDateTime done = arrival(stop).addSecs(qint64(kVisitMinutes) * 60);
            if (done.addSecs(qint64(driveMinutes(stops.at(stop).position, stops.at(a).position)) * 60) <=
                stops.at(a).plannedAt) {
                break;
            }
            keepAppointment();
        }
        visit(stop, arrival(stop), false);
    }
    while (nextAppointment < appointments.size()) {
        keepAppointment();
    }
    return planned;
}

} // namespace SalesSync
