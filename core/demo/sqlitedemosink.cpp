#include "core/demo/sqlitedemosink.h"

#include "core/repositories/customerrepository.h"
#include "core/repositories/orderrepository.h"
#include "core/repositories/productrepository.h"
#include "core/repositories/territoryrepository.h"
#include "core/repositories/transactionrepository.h"
#include "core/repositories/userrepository.h"
#include "core/repositories/visitrepository.h"
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
    return m_transaction->status();
}

Status SqliteDemoSink::insert(const QString &entityName, const QString &id, const QVariantMap &values)
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

Status SqliteDemoSink::territory(const Territory &territory)
{
    return insert(QStringLiteral("territory"), territory.id, TerritoryRepository::values(territory));
}

Status SqliteDemoSink::user(const User &user)
{
    return insert(QStringLiteral("user"), user.id, UserRepository::values(user));
}

Status SqliteDemoSink::managerTerritory(const QString &id, const QString &userId, const QString &territoryId)
{
    return insert(QStringLiteral("manager_territory"), id,
                  {{QStringLiteral("user_id"), userId}, {QStringLiteral("territory_id"), territoryId}});
}

Status SqliteDemoSink::agent(const Agent &agent)
{
    return insert(QStringLiteral("agent"), agent.id, UserRepository::values(agent));
}

Status SqliteDemoSink::agentTerritory(const QString &id, const QString &agentId, const QString &territoryId)
{
    return insert(QStringLiteral("agent_territory"), id,
                  {{QStringLiteral("agent_id"), agentId}, {QStringLiteral("territory_id"), territoryId}});
}

Status SqliteDemoSink::priceList(const PriceList &list)
{
    return insert(QStringLiteral("price_list"), list.id, ProductRepository::values(list));
}

Status SqliteDemoSink::product(const Product &product)
{
    return insert(QStringLiteral("product"), product.id, ProductRepository::values(product));
}

Status SqliteDemoSink::priceListItem(const PriceListItem &item)
{
    return insert(QStringLiteral("price_list_item"), item.id, ProductRepository::values(item));
}

Status SqliteDemoSink::customer(const Customer &customer)
{
    return insert(QStringLiteral("customer"), customer.id, CustomerRepository::values(customer));
}

Status SqliteDemoSink::visit(const Visit &visit)
{
    return insert(QStringLiteral("visit"), visit.id, VisitRepository::values(visit));
}

Status SqliteDemoSink::order(const Order &order)
{
    if (const Status s = insert(QStringLiteral("order"), order.id, OrderRepository::values(order)); !s) {
        return s;
    }
    for (const OrderLine &line : order.lines) {
        if (const Status s = insert(QStringLiteral("order_line"), line.id, OrderRepository::values(order.id, line));
            !s) {
            return s;
        }
    }
    return {};
}

Status SqliteDemoSink::transaction(const Transaction &entry)
{
    return insert(QStringLiteral("transaction"), entry.id, TransactionRepository::values(entry));
}

Status SqliteDemoSink::commit()
{
    m_statements.clear();
    const Status s = m_transaction->commit();
    m_transaction.reset();
    return s;
}

} // namespace SalesSync
