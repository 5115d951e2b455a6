#pragma once

#include "core/money.h"
#include "core/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Small helpers shared by the repositories; not part of the public API of core.
namespace SalesSync::RepositorySupport {

QString tr(const char *text);

// Whether a row with this id exists in the table.
Result<bool> exists(QSqlDatabase db, const QString &table, const QString &id);

// A validation error on field, with the given message, when the referenced row does not exist.
Status requireExisting(QSqlDatabase db, const QString &table, const QString &id, const QString &field,
                       const QString &message);

// Reading typed values from a query row.
QString text(const QSqlQuery &query, int column);
Money money(const QSqlQuery &query, int amountColumn, const Currency &currency);
Currency currency(const QSqlQuery &query, int column);
QDateTime timestamp(const QSqlQuery &query, int column);

// Value for an optional timestamp field (invalid -> NULL).
QVariant timestampValue(const QDateTime &time);

} // namespace SalesSync::RepositorySupport

namespace SalesSync {
class ChangeWriter;
struct EntityDef;
} // namespace SalesSync

namespace SalesSync::RepositorySupport {

// Makes the link rows (owner -> target) of a link entity equal to targetIds: deletes the links
// no longer wanted and creates the new ones, each through the change writer.
Status replaceLinks(ChangeWriter &writer, const EntityDef &linkEntity, const QString &ownerField,
                    const QString &ownerId, const QString &targetField, const QStringList &targetIds);

// The target ids linked to an owner, sorted.
Result<QStringList> linkedIds(QSqlDatabase db, const EntityDef &linkEntity, const QString &ownerField,
                              const QString &ownerId, const QString &targetField);

} // namespace SalesSync::RepositorySupport
