#pragma once

#include "core/money.h"
#include "core/result.h"

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

// Checks a new order against the customer's credit limit. A limit of zero means the customer
// buys on prepayment only: any order with a positive total exceeds it. All three amounts
// must share one currency.
Result<CreditCheckResult> checkCredit(const Money &openBalance, const Money &orderTotal, const Money &creditLimit);

} // namespace SalesSync
