#include "sync/server/pgdemosink.h"

#include "sync/server/pgdatabase.h"
#include "sync/server/pgrows.h"

#include <QSqlError>

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

Status PgDemoSink::writeRow(const QString &entityName, const QString &id, const QVariantMap &values)
{
    const EntityDef &entity = EntitySchema::get(entityName);
    auto it = m_statements.find(entityName);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        if (!query->prepare(PgRows::insertSql(entity, false))) {
            return Error(ErrorCode::Storage, query->lastError().text());
        }
        it = m_statements.emplace(entityName, std::move(query)).first;
    }
    QVariantMap row = values;
    if (entityName == u"user") {
        row.insert(QStringLiteral("password_hash"), m_passwordHash);
    }
    const QVariantList binds = PgRows::insertBinds(entity, id, row);
    QSqlQuery &query = *it->second;
    for (qsizetype i = 0; i < binds.size(); ++i) {
        query.bindValue(int(i), binds.at(i));
    }
    if (!query.exec()) {
        return Error(ErrorCode::Storage, query.lastError().databaseText());
    }
    return {};
}

Status PgDemoSink::commit()
{
    m_statements.clear();
    const Status s = m_transaction->commit();
    m_transaction.reset();
    return s;
}

} // namespace SalesSync::Server
