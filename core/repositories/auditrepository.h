#pragma once

#include "core/domain/auditentry.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace SalesSync {

class ChangeWriter;
class Database;

// The audit trail: append-only, written in the same change set as the action it records.
class AuditRepository final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::AuditRepository)

public:
    explicit AuditRepository(Database &database);

    // Appends an entry for the current actor and device through the writer of the action.
    static Status append(Database &database, ChangeWriter &writer, const QString &action, const QString &entity,
                         const QString &rowId, const QJsonObject &details = {});

    Result<QList<AuditEntry>> forRow(const QString &entity, const QString &rowId);

private:
    Database &m_database;
};

} // namespace SalesSync
