#pragma once

#include "core/domain/agent.h"
#include "core/domain/customer.h"
#include "core/domain/order.h"
#include "core/domain/product.h"
#include "core/domain/territory.h"
#include "core/domain/user.h"
#include "core/store/database.h"
#include "core/uuidv7.h"

#include <QTemporaryDir>

#include <memory>

namespace SalesSync::Test {

// A fresh data file in a temporary folder with a small organisation in it: a region, an area,
// two territories, an admin, an agent with a territory, two products (19 % and 7 % tax) and two
// customers (one with coordinates in Stuttgart and a 1,000 EUR credit limit).
// Everything is written through the repositories, so the outbox holds the setup's ops;
// clearOutbox() empties it for tests that count ops.
class Fixture final {
public:
    Fixture();
    ~Fixture();

    bool isValid() const { return m_db != nullptr; }
    QString errorString() const { return m_error; }
    Database &db() { return *m_db; }
    QString path() const;
    QString dir() const { return m_dir.path(); }

    // A draft order for a customer with one line per (product, quantity in thousandths), at the
    // products' list prices, without discounts.
    Order draftOrder(const Customer &forCustomer, const QList<std::pair<Product, qint64>> &lines) const;

    void clearOutbox();
    qint64 outboxCount();
    // A whole-table count, for asserting that nothing was left behind.
    qint64 rowCount(const QString &table);

    Territory region, area, territory, otherTerritory;
    User admin, agentUser;
    Agent agent;
    Product beer, bread;
    Customer customer, farCustomer;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_error;
};

} // namespace SalesSync::Test
