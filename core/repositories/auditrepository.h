#pragma once

#include "core/domain/auditentry.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace SalesSync {

class Database;

// The audit trail as this computer holds it (admins receive it with their sync). The server
// writes it, for every admin action and sensitive change it applies (docs/sync-protocol.md);
// nobody edits or deletes an entry, and clients do not write any.
class AuditRepository final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::AuditRepository)

public:
    explicit AuditRepository(Database &database);

    Result<QList<AuditEntry>> forRow(const QString &entity, const QString &rowId);

private:
    Database &m_database;
};

} // namespace SalesSync
