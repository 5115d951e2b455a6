#include "core/repositories/auditrepository.h"

#include "core/repositories/repositorysupport.h"
#include "core/store/database.h"
#include "core/store/sqlutil.h"
#include "core/timeutil.h"

#include <QJsonDocument>

namespace SalesSync {

using namespace RepositorySupport;

AuditRepository::AuditRepository(Database &database)
    : m_database(database)
{}

Result<QList<AuditEntry>> AuditRepository::forRow(const QString &entity, const QString &rowId)
{
    Result<QSqlQuery> q = runQuery(m_database.connection(),
                                   QStringLiteral("SELECT id, at, user_id, device_id, action, entity, row_id, details, "
                                                  "server_version FROM audit_entries WHERE entity = ? AND row_id = ? "
                                                  "ORDER BY at, id"),
                                   {entity, rowId});
    if (!q) {
        return q.error();
    }
    QList<AuditEntry> entries;
    while (q.value().next()) {
        AuditEntry e;
        e.id = text(q.value(), 0);
        e.at = timestamp(q.value(), 1);
        e.userId = text(q.value(), 2);
        e.deviceId = text(q.value(), 3);
        e.action = text(q.value(), 4);
        e.entity = text(q.value(), 5);
        e.rowId = text(q.value(), 6);
        e.details = QJsonDocument::fromJson(text(q.value(), 7).toUtf8()).object();
        e.serverVersion = q.value().value(8).toLongLong();
        entries << e;
    }
    return entries;
}

} // namespace SalesSync
