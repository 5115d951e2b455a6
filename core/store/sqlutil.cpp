#include "core/store/sqlutil.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace SalesSync {

Error sqlError(const QSqlError &error, const QString &context)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    static const QRegularExpression constraint(
        QStringLiteral(R"((UNIQUE|NOT NULL|CHECK|FOREIGN KEY) constraint failed(?::\s*(\w+)\.(\w+))?)"));
    const QRegularExpressionMatch m = constraint.match(text);
    if (m.hasMatch()) {
        const QString kind = m.captured(1);
        const QString column = m.captured(3);
        QString reason;
        if (kind == u"UNIQUE") {
            reason = QCoreApplication::translate("SalesSync::Store", "is already used by another record");
        } else if (kind == u"NOT NULL") {
            reason = QCoreApplication::translate("SalesSync::Store", "is required");
        } else if (kind == u"FOREIGN KEY") {
            reason = QCoreApplication::translate("SalesSync::Store", "refers to a record that does not exist");
        } else {
            reason = QCoreApplication::translate("SalesSync::Store", "has a value the data file does not accept");
        }
        return Error::validation(column.isEmpty() ? kind.toLower() : column, reason);
    }
    const QString message = context.isEmpty() ? text : context + QStringLiteral(": ") + text;
    if (error.nativeErrorCode() == u"11" || error.nativeErrorCode() == u"26") { // SQLITE_CORRUPT, SQLITE_NOTADB
        return Error(ErrorCode::Corrupt, message);
    }
    return Error(ErrorCode::Storage, message);
}

Result<QSqlQuery> runQuery(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (values.isEmpty()) {
        // Unprepared: PostgreSQL cannot PREPARE every statement (SAVEPOINT, SET, DDL).
        if (!query.exec(sql)) {
            qCWarning(lcDatabase).noquote() << "failed:" << query.lastError().text() << "in" << sql.left(200);
            return sqlError(query.lastError(), sql.left(80));
        }
        return query;
    }
    if (!query.prepare(sql)) {
        qCWarning(lcDatabase).noquote() << "cannot prepare:" << query.lastError().text() << "in" << sql.left(200);
        return sqlError(query.lastError(), sql.left(80));
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        qCWarning(lcDatabase).noquote() << "failed:" << query.lastError().text() << "in" << sql.left(200);
        return sqlError(query.lastError());
    }
    return query;
}

Result<QVariant> queryValue(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> query = runQuery(db, sql, values);
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return QVariant();
    }
    return query.value().value(0);
}

Result<QStringList> firstColumn(Result<QSqlQuery> query)
{
    if (!query) {
        return query.error();
    }
    QStringList values;
    while (query.value().next()) {
        values << query.value().value(0).toString();
    }
    return values;
}

} // namespace SalesSync
