#include "sync/server/pgrows.h"

#include "core/store/changewriter.h"
#include "core/timeutil.h"
#include "sync/server/pgdatabase.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

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
    case FieldType::Date:
        return QStringLiteral("?::date");
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
    case FieldType::Date:
        return value.toDate().toString(Qt::ISODate);
    case FieldType::Text:
        return value.toString();
    }
    return QJsonValue::Null;
}

QString PgRows::jsonValueSql(const FieldDef &field, const QString &column)
{
    switch (field.type) {
    case FieldType::Timestamp:
        return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')").arg(column);
    case FieldType::Date:
        return QStringLiteral("to_char(%1, 'YYYY-MM-DD')").arg(column);
    case FieldType::Text:
    case FieldType::Integer:
    case FieldType::Real:
    case FieldType::Boolean:
        break;
    }
    return column;
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

Result<std::optional<StoredRow>> PgRows::load(QSqlDatabase db, const EntityDef &entity, const QString &id,
                                              bool forUpdate)
{
    Result<QSqlQuery> q =
        pgQuery(db,
                QStringLiteral("SELECT version, deleted, field_hlc::text, %1 FROM %2 WHERE id::text = ?%3")
                    .arg(entity.fieldNames().join(u','), table(entity),
                         forUpdate ? QStringLiteral(" FOR NO KEY UPDATE") : QString()),
                {id});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<StoredRow>();
    }
    StoredRow row;
    row.version = q.value().value(0).toLongLong();
    row.deleted = q.value().value(1).toBool();
    row.fieldHlc = QJsonDocument::fromJson(q.value().value(2).toString().toUtf8()).object();
    for (qsizetype i = 0; i < entity.fields.size(); ++i) {
        row.fields.insert(entity.fields.at(i).name, toJson(entity.fields.at(i), q.value().value(int(i) + 3)));
    }
    return std::optional<StoredRow>(std::move(row));
}

Result<QList<std::pair<QString, QJsonObject>>> PgRows::select(QSqlDatabase db, const EntityDef &entity,
                                                              const QString &where, const QVariantList &binds)
{
    Result<QSqlQuery> q = pgQuery(db,
                                  QStringLiteral("SELECT id::text, %1 FROM %2 WHERE %3 ORDER BY id")
                                      .arg(entity.fieldNames().join(u','), table(entity), where),
                                  binds);
    if (!q) {
        return q.error();
    }
    QList<std::pair<QString, QJsonObject>> rows;
    while (q.value().next()) {
        QJsonObject fields;
        for (qsizetype i = 0; i < entity.fields.size(); ++i) {
            fields.insert(entity.fields.at(i).name, toJson(entity.fields.at(i), q.value().value(int(i) + 1)));
        }
        rows.append({q.value().value(0).toString(), fields});
    }
    return rows;
}

} // namespace SalesSync::Server
