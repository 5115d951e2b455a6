#pragma once

#include "core/domain/transaction.h"
#include "core/money.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>

namespace SalesSync {

// Rules of the append-only customer ledger.
class Ledger final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Ledger)

public:
    // +1 when the entry raises what the customer owes, -1 when it lowers it.
    // invoice +, payment -, credit note -, refund +; a reversal has the opposite sign of its kind.
    static int sign(TransactionKind kind, TransactionDirection direction);
    static int sign(const Transaction &entry) { return sign(entry.kind, entry.direction); }

    // The same sign rule as an SQL expression over a transactions row (columns kind, direction,
    // amount_minor, qualified with the table's alias when one is given), for balances summed in
    // the database.
    static QString signedAmountSql(const QString &alias = {});

    // What the customer owes: the signed sum of the entries (positive = customer owes us).
    // Every entry must be in the given currency.
    static Result<Money> balance(const QList<Transaction> &entries, const Currency &currency);

    // How much of an original entry is still reversible after the given earlier reversals.
    static Result<Money> remainingReversible(const Transaction &original, const QList<Transaction> &reversals);

    // Checks a reversal against its original and the reversals already made of it: it must
    // reference the original, be of the same kind, customer and currency, give a reason, and
    // not exceed what remains. The original itself is never touched.
    static Status validateReversal(const Transaction &reversal, const Transaction &original,
                                   const QList<Transaction> &earlierReversals);
};

} // namespace SalesSync
