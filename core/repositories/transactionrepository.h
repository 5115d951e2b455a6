#pragma once

#include "core/domain/transaction.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

namespace SalesSync {

class Database;

// The append-only customer ledger. Nothing here edits or deletes an entry; corrections are
// reversals (new entries that reference the original).
class TransactionRepository final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::TransactionRepository)

public:
    explicit TransactionRepository(Database &database);

    Result<Transaction> get(const QString &id);
    // A customer's entries in the order they occurred.
    Result<QList<Transaction>> forCustomer(const QString &customerId);
    Result<QList<Transaction>> reversalsOf(const QString &originalId);

    // Raises the invoice for an approved (or fulfilled) order, for the order's total.
    Result<Transaction> invoiceOrder(const QString &orderId, const QDateTime &at = {});
    // Records a payment, credit note or refund (forward entries other than invoices).
    Result<Transaction> record(Transaction entry);
    // Reverses all (amount empty) or part of an original entry, with a mandatory reason.
    Result<Transaction> reverse(const QString &originalId, const QString &reason, std::optional<Money> amount = {},
                                const QDateTime &at = {});

    // The stored fields of a transaction by column name, as change capture writes them.
    static QVariantMap values(const Transaction &row);

private:
    Result<Transaction> insert(Transaction entry);
    Database &m_database;
};

} // namespace SalesSync
