#pragma once

#include "core/result.h"
#include "core/store/entityschema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace SalesSync {

class Database;
class WriteTransaction;

// Change capture. Every local create, update and delete of a synced row goes through a
// ChangeWriter, which writes the row and its outbox record with the same connection inside the
// caller's WriteTransaction: both commit together or neither does. One ChangeWriter is one
// change set; its ops share a change_set_id and are applied by the server all-or-nothing.
//
// Each outbox record holds: op id (UUIDv7), change set id, entity, row id, op
// (create/update/delete), the changed fields as {"field": {"old": ..., "new": ...}}, a hybrid
// logical clock timestamp, the base version (the row's server_version when it was edited; 0 for
// rows the server has not seen) and the acting user.
class ChangeWriter final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::ChangeWriter)

public:
    ChangeWriter(Database &database, WriteTransaction &transaction);

    const QString &changeSetId() const { return m_changeSetId; }
    int opCount() const { return m_opCount; }
    QSqlDatabase database() const { return m_db; }

    // Inserts a row. values holds every field of the entity (by column name).
    Status insert(const EntityDef &entity, const QString &id, const QVariantMap &values);
    // Writes the fields in values that differ from the stored row; records nothing when
    // nothing differs. Fields not in values are left alone.
    Status update(const EntityDef &entity, const QString &id, const QVariantMap &values);
    // Deletes a row; the outbox record carries its last values (a tombstone).
    Status remove(const EntityDef &entity, const QString &id);

    // The stored fields of one row, or NotFound.
    Result<QVariantMap> load(const EntityDef &entity, const QString &id);

private:
    Status record(const EntityDef &entity, const QString &id, const QString &op, const QVariantMap &oldValues,
                  const QVariantMap &newValues, qint64 baseVersion);

    Database &m_database;
    QSqlDatabase m_db;
    QString m_changeSetId;
    int m_opCount = 0;
};

// The value as it is stored in SQLite for a field of this type: booleans as 0/1, timestamps
// as ISO 8601 UTC text, empty optional fields as NULL.
QVariant toStorageValue(const FieldDef &field, const QVariant &value);

} // namespace SalesSync
