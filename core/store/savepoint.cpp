#include "core/store/savepoint.h"

#include "core/logging.h"
#include "core/store/sqlutil.h"

namespace SalesSync {

Savepoint::Savepoint(QSqlDatabase db, QString name)
    : m_db(db)
    , m_name(std::move(name))
{
    if (const Result<QSqlQuery> q = runQuery(m_db, QStringLiteral("SAVEPOINT ") + m_name); !q) {
        m_error = q.error();
        return;
    }
    m_active = true;
}

Savepoint::~Savepoint()
{
    if (m_active) {
        if (const Status s = rollback(); !s) {
            qCCritical(lcDatabase).noquote() << "cannot roll back to savepoint" << m_name << ":" << s.error().message();
        }
    }
}

Status Savepoint::status() const
{
    return m_active || !m_error ? Status() : Status(*m_error);
}

Status Savepoint::release()
{
    if (!m_active) {
        return m_error ? Status(*m_error)
                       : Status(Error(ErrorCode::Storage, QStringLiteral("savepoint %1 is not active").arg(m_name)));
    }
    m_active = false;
    const Result<QSqlQuery> q = runQuery(m_db, QStringLiteral("RELEASE SAVEPOINT ") + m_name);
    return q ? Status() : Status(q.error());
}

Status Savepoint::rollback()
{
    if (!m_active) {
        return m_error ? Status(*m_error)
                       : Status(Error(ErrorCode::Storage, QStringLiteral("savepoint %1 is not active").arg(m_name)));
    }
    m_active = false;
    if (const Result<QSqlQuery> q = runQuery(m_db, QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_name); !q) {
        return q.error();
    }
    const Result<QSqlQuery> q = runQuery(m_db, QStringLiteral("RELEASE SAVEPOINT ") + m_name);
    return q ? Status() : Status(q.error());
}

} // namespace SalesSync
