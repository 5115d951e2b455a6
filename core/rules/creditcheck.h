#pragma once

#include "core/money.h"
#include "core/result.h"

#include <QCoreApplication>

namespace SalesSync {

// What to do when submitting an order would take the customer over the credit limit.
enum class CreditPolicy {
    Warn,  // submit anyway; the excess is recorded in the audit trail for the manager
    Block, // refuse to submit
};

struct CreditCheckResult {
    Money openBalance; // what the customer owes now, from the ledger
    Money orderTotal;  // the new order
    Money exposure;    // open balance + order total
    Money creditLimit;
    Money exceededBy; // exposure - limit when positive, otherwise zero
    Money available;  // limit - open balance when positive, otherwise zero

    bool withinLimit() const { return exceededBy.isZero(); }
};

// How much a customer may still buy on credit: the one figure every screen shows, labelled as
//   available = credit limit − (open balance + orders not yet invoiced + this order),
// never below zero. Orders not yet invoiced are the customer's submitted, approved and fulfilled
// orders without an invoice (OrderRepository::creditHeadroom reads them); "this order" is the one
// being written, zero everywhere else.
struct CreditHeadroom {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::CreditHeadroom)

public:
    Money creditLimit;
    Money openBalance;
    Money pendingOrders;
    Money thisOrder;

    // All four amounts in one currency, or the error that says they are not.
    static Result<CreditHeadroom> of(const Money &creditLimit, const Money &openBalance, const Money &pendingOrders,
                                     const Money &thisOrder);
    // With the order being written; an order in another currency is an error.
    Result<CreditHeadroom> withOrder(const Money &order) const;

    Money committed() const;  // open balance + orders not yet invoiced + this order
    Money available() const;  // credit limit − committed, never below zero
    Money exceededBy() const; // committed − credit limit, never below zero
    bool withinLimit() const { return exceededBy().isZero(); }

    // How the figure is made, for a tooltip next to it.
    QString explanation() const;
};

// Checks a new order against the customer's credit limit. A limit of zero means the customer
// buys on prepayment only: any order with a positive total exceeds it. All three amounts
// must share one currency.
Result<CreditCheckResult> checkCredit(const Money &openBalance, const Money &orderTotal, const Money &creditLimit);

} // namespace SalesSync
