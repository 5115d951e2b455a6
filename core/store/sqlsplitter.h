#pragma once

#include <QString>
#include <QStringList>

namespace SalesSync {

// Splits an SQL script into statements at top-level semicolons. Understands quoted strings
// and identifiers, -- and /* */ comments, and the BEGIN ... END body of CREATE TRIGGER, whose
// inner semicolons do not end the statement. Comments are dropped; empty statements too.
// QSqlQuery runs one statement at a time, so migration scripts go through this.
QStringList splitSqlStatements(const QString &script);

} // namespace SalesSync
