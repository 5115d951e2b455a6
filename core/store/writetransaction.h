#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

namespace SalesSync {

// RAII write transaction: rolls back unless commit() succeeded. The outermost one on a
// connection takes the write lock at once (BEGIN IMMEDIATE), so it never fails half-way with
// SQLITE_BUSY on its first write; nested ones are savepoints, so a repository that opens its
// own transaction can be called inside a larger one and its work stays all-or-nothing with it.
class WriteTransaction final {
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    // Whether the transaction started; when not, error() says why.
    bool isActive() const { return m_active; }
    const Error &error() const { return *m_error; }
    Status status() const { return m_active ? Status() : Status(*m_error); }

    Status commit();
    void rollback();

    QSqlDatabase &database() { return m_db; }

private:
    QSqlDatabase m_db;
    QString m_savepoint; // empty for the outermost transaction
    bool m_active = false;
    std::optional<Error> m_error;
};

} // namespace SalesSync
