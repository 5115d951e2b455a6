#include "sync/server/pgdemosink.h"

#include "sync/server/pgdatabase.h"
#include "sync/server/pgrows.h"

#include <QSqlDriver>
#include <QSqlField>

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
    m_transaction = std::make_unique<PgTransaction>(m_db, AuditActor{{}, QStringLiteral("salessync-server seed-demo")});
    return m_transaction->status();
}

Status PgDemoSink::writeRow(const QString &entityName, const QString &id, const QVariantMap &values)
{
    const EntityDef &entity = EntitySchema::get(entityName);
    QVariantMap row = values;
    if (entityName == u"user") {
        row.insert(QStringLiteral("password_hash"), m_passwordHash);
    }
    // The driver quotes and escapes each value; the cast is the one the placeholder would carry.
    const QVariantList binds = PgRows::insertBinds(entity, id, row);
    const QStringList casts = PgRows::placeholders(entity, false);
    QStringList literals;
    literals.reserve(binds.size());
    for (qsizetype i = 0; i < binds.size(); ++i) {
        QSqlField field(QString(), binds.at(i).metaType());
        field.setValue(binds.at(i));
        literals << QString(casts.at(i)).replace(u'?', m_db.driver()->formatValue(field));
    }
    m_pending[entityName] << u'(' + literals.join(QStringLiteral(", ")) + u')';
    if (++m_pendingRows >= kBatchRows) {
        return flush();
    }
    return {};
}

Status PgDemoSink::flush()
{
    for (const EntityDef &entity : EntitySchema::all()) {
        QStringList &rows = m_pending[entity.name];
        if (rows.isEmpty()) {
            continue;
        }
        const QString sql = PgRows::insertSql(entity, false).section(QStringLiteral(" VALUES "), 0, 0) +
                            QStringLiteral(" VALUES ") + rows.join(QStringLiteral(", "));
        rows.clear();
        if (const Result<QSqlQuery> q = pgQuery(m_db, sql); !q) {
            return q.error();
        }
    }
    m_pendingRows = 0;
    return {};
}

Status PgDemoSink::commit()
{
    if (const Status s = flush(); !s) {
        return s;
    }
    const Status s = m_transaction->commit();
    m_transaction.reset();
    if (!s) {
        return s;
    }
    // Fresh statistics for the planner, as after any bulk load (autovacuum would get there
    // later, competing with the first clients).
    const Result<QSqlQuery> analyzed = pgQuery(m_db, QStringLiteral("ANALYZE"));
    return analyzed ? Status() : Status(analyzed.error());
}

} // namespace SalesSync::Server
