#include "sync/server/pgdemosink.h"

#include "sync/server/pgdatabase.h"
#include "sync/server/pgrows.h"

namespace SalesSync::Server {

PgDemoSink::PgDemoSink(PgDatabase &database, QString passwordHash)
    : m_database(database)
    , m_passwordHash(std::move(passwordHash))
{}

PgDemoSink::~PgDemoSink() = default;

Status PgDemoSink::begin()
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return db.error();
    }
    m_db = *db;
    m_transaction = std::make_unique<PgTransaction>(m_db);
    return m_transaction->status();
}

Status PgDemoSink::writeRow(const QString &entity, const QString &id, const QVariantMap &values)
{
    if (entity == u"user") {
        QVariantMap withPassword = values;
        withPassword.insert(QStringLiteral("password_hash"), m_passwordHash);
        return PgRows::insert(m_db, EntitySchema::get(entity), id, withPassword);
    }
    return PgRows::insert(m_db, EntitySchema::get(entity), id, values);
}

Status PgDemoSink::commit()
{
    const Status s = m_transaction->commit();
    m_transaction.reset();
    return s;
}

} // namespace SalesSync::Server
