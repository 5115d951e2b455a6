#pragma once

#include "core/demo/demodatagenerator.h"

#include <QVariantMap>

namespace SalesSync {

// A DemoDataSink that turns each generated record into rows of synced entities (entity name,
// id, field values by column, as the repositories store them) and hands each row to
// writeRow(). The SQLite and PostgreSQL sinks differ only in how they write a row.
class RowDemoSink : public DemoDataSink {
public:
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
    Status companyProfile(const CompanyProfile &profile) override;
    Status salesTarget(const SalesTargetRow &target) override;

protected:
    virtual Status writeRow(const QString &entity, const QString &id, const QVariantMap &values) = 0;
};

} // namespace SalesSync
