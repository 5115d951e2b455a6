#include "core/store/changewriter.h"

#include "core/store/database.h"
#include "core/store/sqlutil.h"
#include "core/store/writetransaction.h"
#include "core/timeutil.h"
#include "core/uuidv7.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

namespace SalesSync {

namespace {

QJsonValue toJson(const QVariant &value)
{
    if (value.isNull()) {
        return QJsonValue::Null;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    case QMetaType::Bool:
        return QJsonValue(value.toBool());
    default:
        return QJsonValue(value.toString());
    }
}

// Whether two stored values are the same, comparing integers as integers and reals as reals
// (SQLite hands back qlonglong where we bound int, and so on).
bool sameValue(const FieldDef &field, const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull()) {
        return a.isNull() == b.isNull();
    }
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Boolean:
        return a.toLongLong() == b.toLongLong();
    case FieldType::Real:
        return a.toDouble() == b.toDouble();
    case FieldType::Text:
    case FieldType::Timestamp:
    case FieldType::Date:
        return a.toString() == b.toString();
    }
    return false;
}

} // namespace

QVariant toStorageValue(const FieldDef &field, const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        return field.type == FieldType::Text && !field.nullable ? QVariant(QStringLiteral("")) : QVariant();
    }
    switch (field.type) {
    case FieldType::Boolean:
        return QVariant(qlonglong(value.toBool() ? 1 : 0));
    case FieldType::Integer:
        return QVariant(value.toLongLong());
    case FieldType::Real:
        return QVariant(value.toDouble());
    case FieldType::Timestamp:
        if (value.typeId() == QMetaType::QDateTime) {
            const QDateTime time = value.toDateTime();
            return time.isValid() ? QVariant(toIsoUtc(time)) : QVariant();
        }
        return value.toString().isEmpty() ? QVariant() : QVariant(value.toString());
    case FieldType::Date:
        if (value.typeId() == QMetaType::QDate) {
            return value.toDate().isValid() ? QVariant(value.toDate().toString(Qt::ISODate)) : QVariant();
        }
        return value.toString().isEmpty() ? QVariant() : QVariant(value.toString());
    case FieldType::Text: {
        const QString text = value.toString();
        if (text.isEmpty()) {
            // A null QString binds as SQL NULL: store '' for required text, NULL for optional.
            return field.nullable ? QVariant() : QVariant(QStringLiteral(""));
        }
        return QVariant(text);
    }
    }
    return value;
}

ChangeWriter::ChangeWriter(Database &database, WriteTransaction &transaction)
    : m_database(database)
    , m_db(transaction.database())
    , m_changeSetId(UuidV7::generateString())
{
    Q_ASSERT(transaction.isActive());
}

Result<QVariantMap> ChangeWriter::load(const EntityDef &entity, const QString &id)
{
    const QString sql = QStringLiteral("SELECT %1, server_version FROM %2 WHERE id = ?")
                            .arg(entity.fieldNames().join(QStringLiteral(", ")), entity.table);
    Result<QSqlQuery> q = runQuery(m_db, sql, {id});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return Error(
            ErrorCode::NotFound,
            tr("This record no longer exists; it may have been deleted meanwhile (%1 %2).").arg(entity.name, id));
    }
    QVariantMap row;
    const QSqlRecord record = q.value().record();
    for (int i = 0; i < record.count(); ++i) {
        row.insert(record.fieldName(i), q.value().value(i));
    }
    return row;
}

Status ChangeWriter::insert(const EntityDef &entity, const QString &id, const QVariantMap &values)
{
    QStringList columns{QStringLiteral("id")};
    QVariantList binds{id};
    QVariantMap newValues;
    for (const FieldDef &field : entity.fields) {
        const QVariant value = toStorageValue(field, values.value(field.name));
        columns << field.name;
        binds << value;
        newValues.insert(field.name, value);
    }
    columns << QStringLiteral("updated_at");
    binds << nowIsoUtc();
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(entity.table, columns.join(QStringLiteral(", ")),
                                 QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    if (Result<QSqlQuery> q = runQuery(m_db, sql, binds); !q) {
        return q.error();
    }
    return record(entity, id, QStringLiteral("create"), {}, newValues, 0);
}

Status ChangeWriter::update(const EntityDef &entity, const QString &id, const QVariantMap &values)
{
    Result<QVariantMap> current = load(entity, id);
    if (!current) {
        return current.error();
    }
    QStringList assignments;
    QVariantList binds;
    QVariantMap oldValues;
    QVariantMap newValues;
    for (const FieldDef &field : entity.fields) {
        if (!values.contains(field.name)) {
            continue;
        }
        const QVariant value = toStorageValue(field, values.value(field.name));
        const QVariant old = current->value(field.name);
        if (sameValue(field, old, value)) {
            continue;
        }
        assignments << field.name + QStringLiteral(" = ?");
        binds << value;
        oldValues.insert(field.name, old);
        newValues.insert(field.name, value);
    }
    if (assignments.isEmpty()) {
        return {};
    }
    assignments << QStringLiteral("updated_at = ?");
    binds << nowIsoUtc() << id;
    const QString sql =
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(entity.table, assignments.join(QStringLiteral(", ")));
    if (Result<QSqlQuery> q = runQuery(m_db, sql, binds); !q) {
        return q.error();
    }
    return record(entity, id, QStringLiteral("update"), oldValues, newValues,
                  current->value(QStringLiteral("server_version")).toLongLong());
}

Status ChangeWriter::remove(const EntityDef &entity, const QString &id)
{
    Result<QVariantMap> current = load(entity, id);
    if (!current) {
        return current.error();
    }
    if (Result<QSqlQuery> q = runQuery(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(entity.table), {id});
        !q) {
        return q.error();
    }
    QVariantMap oldValues = *current;
    const qint64 baseVersion = oldValues.take(QStringLiteral("server_version")).toLongLong();
    return record(entity, id, QStringLiteral("delete"), oldValues, {}, baseVersion);
}

Status ChangeWriter::record(const EntityDef &entity, const QString &id, const QString &op, const QVariantMap &oldValues,
                            const QVariantMap &newValues, qint64 baseVersion)
{
    QJsonObject fields;
    QStringList names = oldValues.keys();
    for (const QString &name : newValues.keys()) {
        if (!names.contains(name)) {
            names << name;
        }
    }
    for (const QString &name : std::as_const(names)) {
        fields.insert(name, QJsonObject{{QStringLiteral("old"), toJson(oldValues.value(name))},
                                        {QStringLiteral("new"), toJson(newValues.value(name))}});
    }
    const HlcTimestamp hlc = m_database.nextHlc();
    Result<QSqlQuery> q = runQuery(
        m_db,
        QStringLiteral("INSERT INTO outbox (op_id, change_set_id, entity, row_id, op, fields, hlc, base_version, "
                       "user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {UuidV7::generateString(), m_changeSetId, entity.name, id, op,
         QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)), hlc.toString(), baseVersion,
         m_database.actorUserId().isNull() ? QStringLiteral("") : m_database.actorUserId(), nowIsoUtc()});
    if (!q) {
        return q.error();
    }
    ++m_opCount;
    return m_database.saveClock(m_db);
}

} // namespace SalesSync
