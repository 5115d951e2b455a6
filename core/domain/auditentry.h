#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace SalesSync {

// Who did what, when and from which device, for actions that matter after the fact:
// status changes, reversals, credit-limit overrides, check-ins outside the geofence.
struct AuditEntry {
    QString id;
    QDateTime at; // UTC
    QString userId;
    QString deviceId;
    QString action; // "order.submitted", "transaction.reversed", ...
    QString entity;
    QString rowId;
    QJsonObject details;
    qint64 serverVersion = 0;
};

} // namespace SalesSync
