#pragma once

#include "core/result.h"
#include "core/store/entityschema.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QVariantMap>

#include <optional>
#include <utility>

namespace SalesSync::Server {

// How synced entities map onto the server's PostgreSQL tables: the same tables and columns as
// core/store/entityschema.cpp, with PostgreSQL types (bigint, double precision, boolean,
// timestamptz) and the bookkeeping columns version, deleted, field_hlc and updated_at.
// A row as the server holds it: its fields in their wire form and its bookkeeping.
struct StoredRow {
    QJsonObject fields;
    qint64 version = 0;
    bool deleted = false;
    QJsonObject fieldHlc; // field -> the hybrid logical clock of its last write
};

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

    // The SQL that renders a column as its value on the wire (inside json_build_object): times as
    // ISO 8601 UTC text with milliseconds, dates as YYYY-MM-DD, everything else as it is.
    static QString jsonValueSql(const FieldDef &field, const QString &column);

    // The placeholders of insertSql(), in bind order.
    static QStringList placeholders(const EntityDef &entity, bool withFieldHlc);
    // The INSERT statement insert() runs, with one placeholder per bound value in bind order:
    // id, the entity's fields, then field_hlc when withFieldHlc, then password_hash for users.
    static QString insertSql(const EntityDef &entity, bool withFieldHlc);
    static QVariantList insertBinds(const EntityDef &entity, const QString &id, const QVariantMap &values,
                                    const QString &fieldHlc = {});

    // Reads one row (locking it FOR UPDATE when asked), or nothing when there is none.
    static Result<std::optional<StoredRow>> load(QSqlDatabase db, const EntityDef &entity, const QString &id,
                                                 bool forUpdate);
    // Reads rows of one entity that the where clause ("reverses_id = ?") picks, in id order.
    static Result<QList<std::pair<QString, QJsonObject>>> select(QSqlDatabase db, const EntityDef &entity,
                                                                 const QString &where, const QVariantList &binds);

    // Inserts one row; the triggers log the change. fieldHlc, when given, is the JSON object of
    // each field's hybrid logical clock (pushed creates); server-side writes leave it empty.
    static Status insert(QSqlDatabase db, const EntityDef &entity, const QString &id, const QVariantMap &values,
                         const QString &fieldHlc = {});
};

} // namespace SalesSync::Server
