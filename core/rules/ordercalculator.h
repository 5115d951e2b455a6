#pragma once

#include "core/domain/order.h"
#include "core/result.h"

#include <QCoreApplication>

namespace SalesSync {

// The one place where order amounts are computed, on the client and on the server alike.
//
//   gross = round(quantity x unit price)          quantity in thousandths of a unit
//   net   = gross - line discount                 0 <= discount <= gross
//   tax   = round(net x tax rate)                 per line, rate in basis points
//   order net = sum of line nets, order tax = sum of line taxes, total = net + tax
//
// Every rounding is half-up (halves away from zero) to the currency's minor unit, per line:
// the printed lines always add up to the printed totals. All amounts must be in the order's
// currency; a line in another currency is refused, never converted.
class OrderCalculator final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::OrderCalculator)

public:
    // Fills in each line's net and tax and the order totals. On error the order is unchanged.
    static Status calculate(Order &order);
    // One line's net and tax, in the given currency.
    static Status calculateLine(OrderLine &line, const Currency &currency, const QString &fieldPrefix = {});
};

} // namespace SalesSync
