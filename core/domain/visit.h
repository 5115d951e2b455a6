#pragma once

#include "core/geo.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace SalesSync {

// planned -> checked_in -> completed; planned -> cancelled | missed.
enum class VisitStatus { Planned, CheckedIn, Completed, Cancelled, Missed };

QString visitStatusToText(VisitStatus status);
std::optional<VisitStatus> visitStatusFromText(QStringView text);
QStringList visitStatusTexts(); // every value's text, in declaration order

// Where a check-in's position came from.
enum class PositionSource { Gps, Network, Manual };

QString positionSourceToText(PositionSource source);
std::optional<PositionSource> positionSourceFromText(QStringView text);
QStringList positionSourceTexts(); // every value's text, in declaration order

struct VisitCheckIn {
    QDateTime at;                     // UTC
    std::optional<GeoPoint> position; // none for a manual check-in without a fix
    double accuracyMetres = 0;
    PositionSource source = PositionSource::Gps;
    std::optional<double> distanceMetres; // from the customer, when both positions are known
    bool outsideGeofence = false;
    QString reason; // required when outside the geofence or manual
};

struct Visit {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Visit)

public:
    QString id;
    QString customerId;
    QString agentId;
    QDateTime plannedAt;      // UTC
    bool appointment = false; // the time is agreed with the customer: route suggestions keep it
    VisitStatus status = VisitStatus::Planned;
    std::optional<VisitCheckIn> checkIn;
    QDateTime checkedOutAt; // UTC
    QString outcome;
    QString notes;
    QString followUp;
    QString cancelReason;
    qint64 serverVersion = 0;

    QList<FieldError> validate() const;
};

} // namespace SalesSync
