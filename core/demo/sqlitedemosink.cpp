#include "core/demo/sqlitedemosink.h"

#include "core/kpi/kpiaggregates.h"
#include "core/store/changewriter.h"
#include "core/store/database.h"
#include "core/store/entityschema.h"
#include "core/store/sqlutil.h"
#include "core/store/writetransaction.h"
#include "core/timeutil.h"

namespace SalesSync {

SqliteDemoSink::SqliteDemoSink(Database &database)
    : m_database(database)
{}

SqliteDemoSink::~SqliteDemoSink() = default;

Status SqliteDemoSink::begin()
{
    m_transaction = std::make_unique<WriteTransaction>(m_database.connection());
    m_now = nowIsoUtc();
    if (const Status s = m_transaction->status(); !s) {
        return s;
    }
    // Row by row maintenance of the dashboard's aggregates would slow a bulk load many times:
    // they are rebuilt once, at the end, inside the same transaction.
    return KpiAggregates::suspend(m_database.connection());
}

Status SqliteDemoSink::writeRow(const QString &entityName, const QString &id, const QVariantMap &values)
{
    const EntityDef &entity = EntitySchema::get(entityName);
    auto it = m_statements.find(entityName);
    if (it == m_statements.end()) {
        const QStringList fields = entity.fieldNames();
        const QString sql =
            QStringLiteral("INSERT INTO %1 (id, %2, server_version, updated_at) VALUES (?%3, 1, ?)")
                .arg(entity.table, fields.join(QStringLiteral(", ")), QStringLiteral(", ?").repeated(fields.size()));
        auto query = std::make_unique<QSqlQuery>(m_transaction->database());
        if (!query->prepare(sql)) {
            return sqlError(query->lastError(), sql);
        }
        it = m_statements.emplace(entityName, std::move(query)).first;
    }
    QSqlQuery &query = *it->second;
    int index = 0;
    query.bindValue(index++, id);
    for (const FieldDef &field : entity.fields) {
        query.bindValue(index++, toStorageValue(field, values.value(field.name)));
    }
    query.bindValue(index, m_now);
    if (!query.exec()) {
        return sqlError(query.lastError(), entityName);
    }
    return {};
}

Status SqliteDemoSink::commit()
{
    m_statements.clear();
    if (const Status rebuilt = KpiAggregates::rebuild(m_database); !rebuilt) {
        m_transaction.reset();
        return rebuilt;
    }
    const Status s = m_transaction->commit();
    m_transaction.reset();
    return s;
}

} // namespace SalesSync
