#pragma once

#include "core/result.h"
#include "core/store/entityschema.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QVariantMap>

namespace SalesSync::Server {

// How synced entities map onto the server's PostgreSQL tables: the same tables and columns as
// core/store/entityschema.cpp, with PostgreSQL types (bigint, double precision, boolean,
// timestamptz) and the bookkeeping columns version, deleted, field_hlc and updated_at.
class PgRows final {
public:
    // The table of an entity on the server ("users" for "user").
    static QString table(const EntityDef &entity) { return entity.table; }
    // "?::timestamptz" and so on: the placeholder with the cast a field's value needs.
    static QString placeholder(const FieldDef &field);
    // A field value as bound for PostgreSQL, from the client's storage form (0/1 booleans,
    // ISO 8601 text times).
    static QVariant toPg(const FieldDef &field, const QVariant &value);
    // A field value read from PostgreSQL as it goes on the wire (JSON), in the client's form.
    static QJsonValue toJson(const FieldDef &field, const QVariant &value);

    // The placeholders of insertSql(), in bind order.
    static QStringList placeholders(const EntityDef &entity, bool withFieldHlc);
    // The INSERT statement insert() runs, with one placeholder per bound value in bind order:
    // id, the entity's fields, then field_hlc when withFieldHlc, then password_hash for users.
    static QString insertSql(const EntityDef &entity, bool withFieldHlc);
    static QVariantList insertBinds(const EntityDef &entity, const QString &id, const QVariantMap &values,
                                    const QString &fieldHlc = {});

    // Inserts one row; the triggers log the change. fieldHlc, when given, is the JSON object of
    // each field's hybrid logical clock (pushed creates); server-side writes leave it empty.
    static Status insert(QSqlDatabase db, const EntityDef &entity, const QString &id, const QVariantMap &values,
                         const QString &fieldHlc = {});
};

} // namespace SalesSync::Server
