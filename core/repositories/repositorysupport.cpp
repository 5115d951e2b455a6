#include "core/repositories/repositorysupport.h"

#include "core/store/sqlutil.h"
#include "core/timeutil.h"

#include <QCoreApplication>
#include <QHash>

namespace SalesSync::RepositorySupport {

QString tr(const char *text)
{
    return QCoreApplication::translate("SalesSync::RepositorySupport", text);
}

Result<bool> exists(QSqlDatabase db, const QString &table, const QString &id)
{
    const Result<QVariant> found = queryValue(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id});
    if (!found) {
        return found.error();
    }
    return !found->isNull();
}

Status requireExisting(QSqlDatabase db, const QString &table, const QString &id, const QString &field,
                       const QString &message)
{
    const Result<bool> found = exists(db, table, id);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return Error::validation(field, message);
    }
    return {};
}

QString text(const QSqlQuery &query, int column)
{
    return query.value(column).toString();
}

Currency currency(const QSqlQuery &query, int column)
{
    return Currency::fromCode(query.value(column).toString()).value_or(Currency());
}

Money money(const QSqlQuery &query, int amountColumn, const Currency &currency)
{
    return Money(query.value(amountColumn).toLongLong(), currency);
}

QDateTime timestamp(const QSqlQuery &query, int column)
{
    const QVariant value = query.value(column);
    return value.isNull() ? QDateTime() : fromIsoUtc(value.toString());
}

QVariant timestampValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(toIsoUtc(time)) : QVariant();
}

} // namespace SalesSync::RepositorySupport

#include "core/store/changewriter.h"
#include "core/uuidv7.h"

namespace SalesSync::RepositorySupport {

Result<QStringList> linkedIds(QSqlDatabase db, const EntityDef &linkEntity, const QString &ownerField,
                              const QString &ownerId, const QString &targetField)
{
    Result<QSqlQuery> q = runQuery(
        db, QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY %1").arg(targetField, linkEntity.table, ownerField),
        {ownerId});
    return firstColumn(std::move(q));
}

Status replaceLinks(ChangeWriter &writer, const EntityDef &linkEntity, const QString &ownerField,
                    const QString &ownerId, const QString &targetField, const QStringList &targetIds)
{
    Result<QSqlQuery> q = runQuery(
        writer.database(),
        QStringLiteral("SELECT id, %1 FROM %2 WHERE %3 = ?").arg(targetField, linkEntity.table, ownerField), {ownerId});
    if (!q) {
        return q.error();
    }
    QHash<QString, QString> existing; // target id -> link row id
    while (q.value().next()) {
        existing.insert(q.value().value(1).toString(), q.value().value(0).toString());
    }
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        if (!targetIds.contains(it.key())) {
            if (const Status s = writer.remove(linkEntity, it.value()); !s) {
                return s;
            }
        }
    }
    for (const QString &targetId : targetIds) {
        if (existing.contains(targetId)) {
            continue;
        }
        const Status s =
            writer.insert(linkEntity, UuidV7::generateString(), {{ownerField, ownerId}, {targetField, targetId}});
        if (!s) {
            return s;
        }
    }
    return {};
}

} // namespace SalesSync::RepositorySupport
