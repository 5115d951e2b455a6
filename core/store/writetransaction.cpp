#include "core/store/writetransaction.h"

#include "core/logging.h"
#include "core/store/sqlutil.h"

#include <QHash>
#include <QLoggingCategory>

namespace SalesSync {

namespace {

// Nesting depth per connection, per thread: a connection belongs to one thread.
int &depthFor(const QString &connectionName)
{
    thread_local QHash<QString, int> depths;
    return depths[connectionName];
}

} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(db)
{
    int &depth = depthFor(m_db.connectionName());
    QString sql;
    if (depth == 0) {
        sql = QStringLiteral("BEGIN IMMEDIATE");
    } else {
        m_savepoint = QStringLiteral("sp%1").arg(depth);
        sql = QStringLiteral("SAVEPOINT ") + m_savepoint;
    }
    Result<QSqlQuery> q = runQuery(m_db, sql);
    if (!q) {
        m_error = q.error();
        return;
    }
    m_active = true;
    ++depth;
}

WriteTransaction::~WriteTransaction()
{
    if (m_active) {
        rollback();
    }
}

Status WriteTransaction::commit()
{
    if (!m_active) {
        return m_error ? Status(*m_error) : Status(Error(ErrorCode::Storage, QStringLiteral("transaction not active")));
    }
    const QString sql = m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint;
    Result<QSqlQuery> q = runQuery(m_db, sql);
    if (!q) {
        // A failed COMMIT leaves the transaction open; undo it so the connection is usable.
        rollback();
        return q.error();
    }
    m_active = false;
    --depthFor(m_db.connectionName());
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_active) {
        return;
    }
    const QStringList statements = m_savepoint.isEmpty() ? QStringList{QStringLiteral("ROLLBACK")}
                                                         : QStringList{QStringLiteral("ROLLBACK TO ") + m_savepoint,
                                                                       QStringLiteral("RELEASE ") + m_savepoint};
    for (const QString &sql : statements) {
        // Nothing to return from here (a destructor calls it); SQLite rolls back by itself when
        // the connection closes.
        if (const Result<QSqlQuery> q = runQuery(m_db, sql); !q) {
            qCCritical(lcDatabase).noquote() << sql << "failed:" << q.error().message();
        }
    }
    m_active = false;
    --depthFor(m_db.connectionName());
}

} // namespace SalesSync
