#pragma once

#include "core/geo.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace SalesSync {

// A visit to give a time: where it is, when it is planned now, and whether that time is an
// appointment agreed with the customer (which keeps it).
struct ScheduleStop {
    std::optional<GeoPoint> position;
    QDateTime plannedAt; // UTC
    bool appointment = false;
};

struct ScheduledStop {
    int stop = 0;      // index into the stops given
    QDateTime at;      // UTC
    bool late = false; // an appointment the route reaches only after its time
};

// Times for the rest of a day's visits in a short order. The visits without an appointment
// are put in the order RoutePlanner::suggest finds from the start, and each gets the time the
// agent can be there: after the visit before it (kVisitMinutes) and the drive from it, from
// `earliest` on, rounded up to 5 minutes. Appointments keep their times: a visit is put before an
// appointment only when it and the drive on to the appointment fit before the appointment's
// time. Drives are straight-line distances made longer by kRoadFactor at kDriveKmh; to or
// from a customer without coordinates, kUnknownDriveMinutes.
class RouteSchedule final {
public:
    static constexpr int kVisitMinutes = 30;
    static constexpr double kDriveKmh = 30;
    static constexpr double kRoadFactor = 1.3;
    static constexpr int kUnknownDriveMinutes = 15;
    static constexpr int kRoundingMinutes = 5;

    // Every stop once, in visiting order, with its time.
    static QList<ScheduledStop> plan(const std::optional<GeoPoint> &start, const QList<ScheduleStop> &stops,
                                     const QDateTime &earliest);
    // Minutes to drive between two places (kUnknownDriveMinutes when either is unknown).
    static int driveMinutes(const std::optional<GeoPoint> &from, const std::optional<GeoPoint> &to);
    // The next multiple of kRoundingMinutes at or after the instant (seconds dropped).
    static QDateTime roundUp(const QDateTime &utc);
};

} // namespace SalesSync
