#include "core/rules/creditcheck.h"

#include <QLocale>

namespace SalesSync {

namespace {

Money atLeastZero(qint64 minor, const Currency &currency)
{
    return Money(std::max<qint64>(0, minor), currency);
}

} // namespace

Result<CreditHeadroom> CreditHeadroom::of(const Money &creditLimit, const Money &openBalance,
                                          const Money &pendingOrders, const Money &thisOrder)
{
    for (const Money *amount : {&openBalance, &pendingOrders, &thisOrder}) {
        if (amount->currency() != creditLimit.currency()) {
            return Error(ErrorCode::CurrencyMismatch,
                         tr("The credit limit is in %1 but an amount is in %2.")
                             .arg(creditLimit.currency().code(), amount->currency().code()));
        }
    }
    return CreditHeadroom{creditLimit, openBalance, pendingOrders, thisOrder};
}

Result<CreditHeadroom> CreditHeadroom::withOrder(const Money &order) const
{
    return of(creditLimit, openBalance, pendingOrders, order);
}

Money CreditHeadroom::committed() const
{
    return Money(openBalance.minorUnits() + pendingOrders.minorUnits() + thisOrder.minorUnits(),
                 creditLimit.currency());
}

Money CreditHeadroom::available() const
{
    return atLeastZero(creditLimit.minorUnits() - committed().minorUnits(), creditLimit.currency());
}

Money CreditHeadroom::exceededBy() const
{
    return atLeastZero(committed().minorUnits() - creditLimit.minorUnits(), creditLimit.currency());
}

QString CreditHeadroom::explanation() const
{
    const QLocale locale;
    return tr("Available credit = credit limit %1 − open balance %2 − orders not yet invoiced %3 − this order %4")
        .arg(creditLimit.format(locale), openBalance.format(locale), pendingOrders.format(locale),
             thisOrder.format(locale));
}

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
