#pragma once

#include "core/domain/customer.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

namespace SalesSync {

class Database;

// One line of the customer list: what the list shows, plus the keys to continue after it.
struct CustomerListRow {
    qint64 rid = 0; // the row's SQLite rowid: the tie-breaker of every sort
    QString id;
    QString code;
    QString name;
    QString city;
    QString phone;
    CustomerStatus status = CustomerStatus::Active;
    Money openBalance; // in the customer's currency, from the ledger
    Money creditLimit;
    // The name and city as they sort (accents folded, lower case; migration 6): the keyset
    // paging continues after these.
    QString nameKey;
    QString cityKey;
};

enum class CustomerSort { Name, Code, City, Phone };

struct CustomerListQuery {
    QString text; // as for search(): every word must start a word of name, contact, city, phone or code
    CustomerSort sort = CustomerSort::Name;
    bool descending = false;
    bool activeOnly = false; // leave out inactive customers (those on hold stay)
    int limit = 200;
    // Keyset paging: the rows after this one (the previous page's last row). Unlike OFFSET, the
    // 500th page costs what the first does.
    std::optional<CustomerListRow> after;
};

class CustomerRepository final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::CustomerRepository)

public:
    explicit CustomerRepository(Database &database);

    Result<Customer> get(const QString &id);
    // A page of customers by name. With text, only those whose name, contact, city, phone or
    // customer number has words starting with every word of the text ("mül stutt").
    Result<QList<Customer>> search(const QString &text, int limit = 100, int offset = 0);
    Result<qint64> count(const QString &text = {}, bool activeOnly = false);
    // A page of the customer list, sorted as asked, each row with its open balance.
    Result<QList<CustomerListRow>> list(const CustomerListQuery &query);

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
