#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

namespace SalesSync {

// Turns a SQLite error into an Error a person can read. Constraint failures name the column
// when SQLite does ("UNIQUE constraint failed: customers.code" -> field "code").
Error sqlError(const QSqlError &error, const QString &context = {});

// Prepares, binds (positionally) and runs one statement.
Result<QSqlQuery> runQuery(QSqlDatabase db, const QString &sql, const QVariantList &values = {});

// Runs a statement that returns one value, or a null QVariant when it returns no row.
Result<QVariant> queryValue(QSqlDatabase db, const QString &sql, const QVariantList &values = {});

// The first column of every row of a query that ran (any driver), as text: id lists.
Result<QStringList> firstColumn(Result<QSqlQuery> query);

} // namespace SalesSync
