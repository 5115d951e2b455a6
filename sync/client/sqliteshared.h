#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace SalesSync::Sync {

// The SQLite connection behind a QSqlDatabase of Qt's SQLite driver, for the one hot path where
// Qt's per-value binding costs more than SQLite's own work: writing pulled rows. Returned only
// when the driver runs on this very SQLite library (the same source id, and the connection's VFS
// is this library's default VFS object; two copies of SQLite in one process must never share a
// connection); nullptr otherwise, and the caller stays with QtSql.
sqlite3 *sharedSqliteHandle(QSqlDatabase db);

// One prepared statement on such a connection, finalized when destroyed.
class SqliteStatement final {
public:
    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();
    Q_DISABLE_COPY_MOVE(SqliteStatement)

    bool isValid() const { return m_statement != nullptr; }
    // Binds a value in SQLite's storage form (null, integer, real or text), 1-based.
    void bind(int index, const QVariant &value);
    // Runs it to the end and resets it for the next use; context names what failed.
    Status run(const QString &context);

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace SalesSync::Sync
