#pragma once

#include "core/domain/visit.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QVariantMap>

#include <functional>

namespace SalesSync {

class Database;

// What the agent's device knows at check-in time.
struct CheckInInput {
    QDateTime at; // UTC
    std::optional<GeoPoint> position;
    double accuracyMetres = 0;
    PositionSource source = PositionSource::Gps;
    QString reason; // needed when outside the geofence or manual
};

class VisitRepository final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::VisitRepository)

public:
    explicit VisitRepository(Database &database);

    Result<Visit> get(const QString &id);
    // An agent's visits planned in [from, to), by planned time.
    Result<QList<Visit>> forAgent(const QString &agentId, const QDateTime &from, const QDateTime &to);
    Result<QList<Visit>> forCustomer(const QString &customerId);

    Result<Visit> plan(Visit visit);
    // A new time; with `appointment`, also whether the time is agreed with the customer.
    Result<Visit> reschedule(const QString &id, const QDateTime &plannedAt,
                             std::optional<bool> appointment = std::nullopt);
    // Several reschedules at once (a new route order): all of them, or none when one is refused.
    Status rescheduleAll(const QList<std::pair<QString, QDateTime>> &plannedTimes);
    // Records position and time and checks the geofence (the radius is
    // LocalSettings::geofenceRadiusMetres). Outside it, the distance is recorded, a reason is required,
    // and the visit is flagged for manager review in the audit trail.
    Result<Visit> checkIn(const QString &id, const CheckInInput &input);
    // Keeps what the agent typed during a checked-in visit, before check-out.
    Result<Visit> saveNotes(const QString &id, const QString &outcome, const QString &notes, const QString &followUp);
    Result<Visit> checkOut(const QString &id, const QDateTime &at, const QString &outcome, const QString &notes,
                           const QString &followUp);
    Result<Visit> cancel(const QString &id, const QString &reason);
    Result<Visit> markMissed(const QString &id);

    // The geofence radius in metres from the local settings (LocalSettings).
    Result<double> geofenceRadiusMetres();

    // The stored fields of a visit by column name, as change capture writes them.
    static QVariantMap values(const Visit &row);

private:
    Result<Visit> transition(const QString &id, VisitStatus to, const std::function<void(Visit &)> &change);
    Database &m_database;
};

} // namespace SalesSync
