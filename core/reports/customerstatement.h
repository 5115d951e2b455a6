#pragma once

#include "core/domain/customer.h"
#include "core/domain/transaction.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>

namespace SalesSync {

class Database;

// A customer's account over a period: the balance before it, every ledger entry in it with the
// balance after the entry, and what is left of each entry to reverse. Balances are positive when
// the customer owes.
struct CustomerStatement {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::CustomerStatement)

public:
    struct Line {
        Transaction entry;
        Money balance;    // after this entry
        Money reversible; // what a reversal may still take back (zero for reversals)
    };

    Customer customer;
    QDate from; // first day, local time
    QDate to;   // last day, local time
    Money opening;
    QList<Line> lines;

    Money closing() const { return lines.isEmpty() ? opening : lines.last().balance; }

    // Entries that occurred from the start of `from` to the end of `to` in the local time zone.
    static Result<CustomerStatement> compute(Database &database, const QString &customerId, const QDate &from,
                                             const QDate &to);

    // The statement as CSV (RFC 4180, UTF-8, comma separated, a header row): dates in ISO 8601
    // (UTC), amounts as plain decimals with a point in the customer's currency, so spreadsheets
    // and accounting tools read them in any locale. Charges raise the balance, credits lower it.
    QByteArray toCsv() const;
};

} // namespace SalesSync
