#include "core/rules/creditcheck.h"

namespace SalesSync {

Result<CreditCheckResult> checkCredit(const Money &openBalance, const Money &orderTotal, const Money &creditLimit)
{
    const Result<Money> exposure = openBalance.plus(orderTotal);
    if (!exposure) {
        return exposure.error();
    }
    const Result<Money> over = exposure->minus(creditLimit);
    if (!over) {
        return over.error();
    }
    const Result<Money> headroom = creditLimit.minus(openBalance);
    if (!headroom) {
        return headroom.error();
    }
    CreditCheckResult result;
    result.openBalance = openBalance;
    result.orderTotal = orderTotal;
    result.exposure = *exposure;
    result.creditLimit = creditLimit;
    result.exceededBy = over->isNegative() ? Money::zero(creditLimit.currency()) : *over;
    result.available = headroom->isNegative() ? Money::zero(creditLimit.currency()) : *headroom;
    return result;
}

} // namespace SalesSync
