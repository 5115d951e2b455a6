#pragma once

#include <QString>

namespace SalesSync {

// Names for per-thread QSqlDatabase connections. Each Database (SQLite) or PgDatabase
// (PostgreSQL) takes a prefix of its own; each thread gets a number that is never reused while
// the process lives (unlike thread ids or QThread pointers), so a connection name never meets a
// thread it does not belong to.
QString newConnectionPrefix(const QString &kind);
QString threadConnectionName(const QString &prefix);

} // namespace SalesSync
