#include "core/reports/auditlog.h"

#include "core/csv.h"
#include "core/store/database.h"
#include "core/store/sqlutil.h"
#include "core/timeutil.h"

#include <QJsonDocument>

#include <algorithm>

namespace SalesSync {

namespace {

// The WHERE clause for the filter, with its values in order.
std::pair<QString, QVariantList> whereClause(const AuditLog::Filter &filter)
{
    QStringList conditions{QStringLiteral("1")};
    QVariantList values;
    const auto add = [&](const QString &condition, const QVariant &value) {
        conditions << condition;
        values << value;
    };
    if (!filter.userId.isEmpty()) {
        add(QStringLiteral("e.user_id = ?"), filter.userId);
    }
    if (filter.from.isValid()) {
        add(QStringLiteral("e.at >= ?"), toIsoUtc(filter.from));
    }
    if (filter.until.isValid()) {
        add(QStringLiteral("e.at < ?"), toIsoUtc(filter.until));
    }
    if (!filter.entity.isEmpty()) {
        add(QStringLiteral("e.entity = ?"), filter.entity);
    }
    if (!filter.action.isEmpty()) {
        add(QStringLiteral("e.action = ?"), filter.action);
    }
    if (!filter.record.trimmed().isEmpty()) {
        // Ids are lower case; a pasted start of one is enough.
        QString prefix = filter.record.trimmed().toLower();
        prefix.replace(u'%', QString()).replace(u'_', QString());
        add(QStringLiteral("e.row_id LIKE ?"), QString(prefix + u'%'));
    }
    return {conditions.join(QStringLiteral(" AND ")), values};
}

} // namespace

Result<AuditLog> AuditLog::read(Database &database, const Filter &filter, int limit)
{
    const auto [where, values] = whereClause(filter);
    const Result<QVariant> total = queryValue(
        database.connection(), QStringLiteral("SELECT count(*) FROM audit_entries e WHERE %1").arg(where), values);
    if (!total) {
        return total.error();
    }
    QVariantList paged = values;
    paged << limit;
    Result<QSqlQuery> q = runQuery(
        database.connection(),
        QStringLiteral("SELECT e.id, e.at, e.user_id, e.device_id, e.action, e.entity, e.row_id, e.details, "
                       "e.server_version, coalesce(u.display_name, ''), coalesce(CASE e.entity WHEN 'customer' THEN "
                       "(SELECT name FROM customers WHERE id = e.row_id) WHEN 'user' THEN (SELECT display_name FROM "
                       "users WHERE id = e.row_id) WHEN 'territory' THEN (SELECT name FROM territories WHERE id = "
                       "e.row_id) END, ''), coalesce(CASE e.entity WHEN 'customer' THEN (SELECT currency FROM "
                       "customers WHERE id = e.row_id) WHEN 'order' THEN (SELECT currency FROM orders WHERE id = "
                       "e.row_id) END, '') FROM audit_entries e LEFT JOIN users u ON u.id = e.user_id WHERE %1 "
                       "ORDER BY e.at DESC, e.id DESC LIMIT ?")
            .arg(where),
        paged);
    if (!q) {
        return q.error();
    }
    AuditLog log;
    log.m_total = total->toLongLong();
    while (q.value().next()) {
        Row row;
        AuditEntry &e = row.entry;
        e.id = q.value().value(0).toString();
        e.at = fromIsoUtc(q.value().value(1).toString());
        e.userId = q.value().value(2).toString();
        e.deviceId = q.value().value(3).toString();
        e.action = q.value().value(4).toString();
        e.entity = q.value().value(5).toString();
        e.rowId = q.value().value(6).toString();
        e.details = QJsonDocument::fromJson(q.value().value(7).toByteArray()).object();
        e.serverVersion = q.value().value(8).toLongLong();
        row.userName = q.value().value(9).toString();
        row.recordName = q.value().value(10).toString();
        row.currency = q.value().value(11).toString();
        log.m_rows << row;
    }
    return log;
}

Result<AuditLog::Choices> AuditLog::choices(Database &database)
{
    Choices c;
    Result<QSqlQuery> q = runQuery(database.connection(),
                                   QStringLiteral("SELECT DISTINCT e.user_id, coalesce(u.display_name, e.user_id) FROM "
                                                  "audit_entries e LEFT JOIN users u ON u.id = e.user_id WHERE "
                                                  "e.user_id <> ''"));
    if (!q) {
        return q.error();
    }
    while (q.value().next()) {
        c.users.append({q.value().value(0).toString(), q.value().value(1).toString()});
    }
    std::sort(c.users.begin(), c.users.end(),
              [](const auto &a, const auto &b) { return a.second.localeAwareCompare(b.second) < 0; });
    const Result<QStringList> entities = firstColumn(
        runQuery(database.connection(), QStringLiteral("SELECT DISTINCT entity FROM audit_entries ORDER BY entity")));
    const Result<QStringList> actions = firstColumn(
        runQuery(database.connection(), QStringLiteral("SELECT DISTINCT action FROM audit_entries ORDER BY action")));
    if (!entities || !actions) {
        return entities ? actions.error() : entities.error();
    }
    c.entities = *entities;
    c.actions = *actions;
    return c;
}

QByteArray AuditLog::toCsv() const
{
    QStringList lines{QStringLiteral("at,user_id,user,device_id,action,entity,row_id,record,details,entry_id")};
    for (const Row &r : m_rows) {
        const AuditEntry &e = r.entry;
        lines << csvLine({toIsoUtc(e.at), e.userId, r.userName, e.deviceId, e.action, e.entity, e.rowId, r.recordName,
                          QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)), e.id});
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace SalesSync
