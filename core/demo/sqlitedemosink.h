#pragma once

#include "core/demo/demodatagenerator.h"

#include <QSqlQuery>

#include <map>
#include <memory>
#include <optional>

namespace SalesSync {

class Database;
class WriteTransaction;

// Writes generated data into a local store as data the server already has: server_version 1
// and no outbox records (nothing to push). One transaction for everything: a generation that
// fails or is cancelled leaves the store as it was.
class SqliteDemoSink final : public DemoDataSink {
public:
    explicit SqliteDemoSink(Database &database);
    ~SqliteDemoSink() override;

    Status begin() override;
    Status territory(const Territory &territory) override;
    Status user(const User &user) override;
    Status managerTerritory(const QString &id, const QString &userId, const QString &territoryId) override;
    Status agent(const Agent &agent) override;
    Status agentTerritory(const QString &id, const QString &agentId, const QString &territoryId) override;
    Status priceList(const PriceList &list) override;
    Status product(const Product &product) override;
    Status priceListItem(const PriceListItem &item) override;
    Status customer(const Customer &customer) override;
    Status visit(const Visit &visit) override;
    Status order(const Order &order) override;
    Status transaction(const Transaction &entry) override;
    Status commit() override;

private:
    Status insert(const QString &entityName, const QString &id, const QVariantMap &values);

    Database &m_database;
    std::unique_ptr<WriteTransaction> m_transaction;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements; // entity name -> prepared INSERT
    QString m_now;
};

} // namespace SalesSync
