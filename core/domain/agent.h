#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace SalesSync {

// The field-sales side of a user with the agent role.
struct Agent {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Agent)

public:
    QString id;
    QString userId;
    QString employeeId;
    QString phone;
    bool active = true;
    QStringList territoryIds; // leaf territories the agent covers
    qint64 serverVersion = 0;

    QList<FieldError> validate() const;
};

} // namespace SalesSync
