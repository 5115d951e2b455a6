#pragma once

#include "core/domain/customer.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

namespace SalesSync {

class Database;

class CustomerRepository final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::CustomerRepository)

public:
    explicit CustomerRepository(Database &database);

    Result<Customer> get(const QString &id);
    // A page of customers by name. With text, only those whose name, contact, city, phone or
    // customer number has words starting with every word of the text ("mül stutt").
    Result<QList<Customer>> search(const QString &text, int limit = 100, int offset = 0);
    Result<qint64> count(const QString &text = {});

    Result<Customer> create(Customer customer);
    Result<Customer> update(const Customer &customer);
    // Refused while visits, orders or ledger entries refer to the customer.
    Status remove(const QString &id);

    // What the customer owes now, derived from the ledger (positive = the customer owes us).
    Result<Money> openBalance(const QString &customerId);

    // The stored fields of a customer by column name, as change capture writes them.
    static QVariantMap values(const Customer &row);

private:
    Status checkReferences(const Customer &customer);
    Database &m_database;
};

} // namespace SalesSync
