#include "core/rules/ordercalculator.h"

#include <QCoreApplication>

namespace SalesSync {

Status OrderCalculator::calculateLine(OrderLine &line, const Currency &currency, const QString &fieldPrefix)
{
    QList<FieldError> errors;
    if (!(line.unitPrice.currency() == currency)) {
        errors << FieldError{fieldPrefix + QStringLiteral("unitPrice"),
                             tr("is in %1 but the order is in %2; one order has one currency")
                                 .arg(line.unitPrice.currency().code(), currency.code())};
    }
    if (!(line.discount.currency() == currency)) {
        errors << FieldError{fieldPrefix + QStringLiteral("discount"),
                             tr("is in %1 but the order is in %2; one order has one currency")
                                 .arg(line.discount.currency().code(), currency.code())};
    }
    if (line.quantityMilli <= 0) {
        errors << FieldError{fieldPrefix + QStringLiteral("quantity"), tr("must be greater than zero")};
    }
    if (line.unitPrice.isNegative()) {
        errors << FieldError{fieldPrefix + QStringLiteral("unitPrice"), tr("must not be negative")};
    }
    if (line.discount.isNegative()) {
        errors << FieldError{fieldPrefix + QStringLiteral("discount"), tr("must not be negative")};
    }
    if (line.taxRateBasisPoints < 0 || line.taxRateBasisPoints > 10000) {
        errors << FieldError{fieldPrefix + QStringLiteral("taxRate"), tr("must be between 0 % and 100 %")};
    }
    if (!errors.isEmpty()) {
        return Error::validation(errors);
    }
    const Result<Money> gross = line.unitPrice.timesQuantityMilli(line.quantityMilli);
    if (!gross) {
        return gross.error();
    }
    if (line.discount.minorUnits() > gross->minorUnits()) {
        return Error::validation(
            fieldPrefix + QStringLiteral("discount"),
            tr("%1 is more than the line amount %2").arg(line.discount.toString(), gross->toString()));
    }
    const Result<Money> net = gross->minus(line.discount);
    if (!net) {
        return net.error();
    }
    const Result<Money> tax = net->timesBasisPoints(line.taxRateBasisPoints);
    if (!tax) {
        return tax.error();
    }
    line.net = *net;
    line.tax = *tax;
    return {};
}

Status OrderCalculator::calculate(Order &order)
{
    if (!order.currency.isValid()) {
        return Error::validation(QStringLiteral("currency"), tr("is not an ISO 4217 currency code"));
    }
    QList<OrderLine> lines = order.lines;
    Money net = Money::zero(order.currency);
    Money tax = Money::zero(order.currency);
    QList<FieldError> errors;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Status lineStatus = calculateLine(lines[i], order.currency, QStringLiteral("lines[%1].").arg(i));
        if (!lineStatus) {
            if (lineStatus.error().code() != ErrorCode::Validation) {
                return lineStatus;
            }
            errors << lineStatus.error().fields();
            continue;
        }
        const Result<Money> newNet = net.plus(lines.at(i).net);
        const Result<Money> newTax = tax.plus(lines.at(i).tax);
        if (!newNet || !newTax) {
            return newNet ? newTax.error() : newNet.error();
        }
        net = *newNet;
        tax = *newTax;
    }
    if (!errors.isEmpty()) {
        return Error::validation(errors);
    }
    const Result<Money> total = net.plus(tax);
    if (!total) {
        return total.error();
    }
    order.lines = lines;
    order.netTotal = net;
    order.taxTotal = tax;
    order.total = *total;
    return {};
}

} // namespace SalesSync
