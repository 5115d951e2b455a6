#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace SalesSync {

// RAII savepoint inside a transaction that is already open, on SQLite and PostgreSQL alike (both
// speak SAVEPOINT, ROLLBACK TO and RELEASE). Work done after it is undone when the savepoint goes
// out of scope without release(): rolled back to the savepoint, which is then released, so the
// enclosing transaction goes on as if nothing had happened. On PostgreSQL this is also how a
// transaction recovers from a failed statement. Every statement's result is checked; a failure
// in the destructor, where nothing can be returned, is logged under lcDatabase.
class Savepoint final {
public:
    Savepoint(QSqlDatabase db, QString name);
    ~Savepoint();
    Q_DISABLE_COPY_MOVE(Savepoint)

    // Whether the savepoint was set; when not, the error says why.
    Status status() const;
    // Keeps the work done since the savepoint (as part of the enclosing transaction).
    Status release();
    // Undoes the work done since the savepoint and ends it.
    Status rollback();

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_active = false;
    std::optional<Error> m_error;
};

} // namespace SalesSync
