#include "sync/server/pgrows.h"

#include "core/store/changewriter.h"
#include "core/timeutil.h"
#include "sync/server/pgdatabase.h"

#include <QDateTime>

namespace SalesSync::Server {

QString PgRows::placeholder(const FieldDef &field)
{
    switch (field.type) {
    case FieldType::Timestamp:
        return QStringLiteral("?::timestamptz");
    case FieldType::Boolean:
        return QStringLiteral("?::boolean");
    case FieldType::Integer:
        return QStringLiteral("?::bigint");
    case FieldType::Real:
        return QStringLiteral("?::double precision");
    case FieldType::Text:
        return QStringLiteral("?");
    }
    return QStringLiteral("?");
}

QVariant PgRows::toPg(const FieldDef &field, const QVariant &value)
{
    const QVariant stored = toStorageValue(field, value);
    if (stored.isNull()) {
        return stored;
    }
    if (field.type == FieldType::Boolean) {
        return stored.toLongLong() != 0;
    }
    return stored;
}

QJsonValue PgRows::toJson(const FieldDef &field, const QVariant &value)
{
    if (value.isNull()) {
        return QJsonValue::Null;
    }
    switch (field.type) {
    case FieldType::Timestamp:
        return toIsoUtc(value.toDateTime());
    case FieldType::Boolean:
        return value.toBool();
    case FieldType::Integer:
        return QJsonValue(value.toLongLong());
    case FieldType::Real:
        return value.toDouble();
    case FieldType::Text:
        return value.toString();
    }
    return QJsonValue::Null;
}

QStringList PgRows::placeholders(const EntityDef &entity, bool withFieldHlc)
{
    QStringList marks{entity.name == u"user" ? QStringLiteral("?::uuid") : QStringLiteral("?")};
    for (const FieldDef &field : entity.fields) {
        marks << placeholder(field);
    }
    if (withFieldHlc) {
        marks << QStringLiteral("?::jsonb");
    }
    if (entity.name == u"user") {
        marks << QStringLiteral("?");
    }
    return marks;
}

QString PgRows::insertSql(const EntityDef &entity, bool withFieldHlc)
{
    QStringList columns{QStringLiteral("id")};
    columns << entity.fieldNames();
    if (withFieldHlc) {
        columns << QStringLiteral("field_hlc");
    }
    if (entity.name == u"user") {
        columns << QStringLiteral("password_hash");
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(table(entity), columns.join(QStringLiteral(", ")),
             placeholders(entity, withFieldHlc).join(QStringLiteral(", ")));
}

QVariantList PgRows::insertBinds(const EntityDef &entity, const QString &id, const QVariantMap &values,
                                 const QString &fieldHlc)
{
    QVariantList binds{id};
    for (const FieldDef &field : entity.fields) {
        binds << toPg(field, values.value(field.name));
    }
    if (!fieldHlc.isEmpty()) {
        binds << fieldHlc;
    }
    if (entity.name == u"user") {
        binds << values.value(QStringLiteral("password_hash"));
    }
    return binds;
}

Status PgRows::insert(QSqlDatabase db, const EntityDef &entity, const QString &id, const QVariantMap &values,
                      const QString &fieldHlc)
{
    const Result<QSqlQuery> q =
        pgQuery(db, insertSql(entity, !fieldHlc.isEmpty()), insertBinds(entity, id, values, fieldHlc));
    return q ? Status() : Status(q.error());
}

} // namespace SalesSync::Server
