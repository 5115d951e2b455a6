#pragma once

#include "core/money.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SalesSync {

// draft -> submitted -> approved | rejected; approved -> fulfilled; draft | submitted -> cancelled.
enum class OrderStatus { Draft, Submitted, Approved, Rejected, Fulfilled, Cancelled };

QString orderStatusToText(OrderStatus status);
std::optional<OrderStatus> orderStatusFromText(QStringView text);
QStringList orderStatusTexts(); // every value's text, in declaration order

struct OrderLine {
    QString id;
    int lineNo = 0;
    QString productId;
    QString description;
    qint64 quantityMilli = 0; // thousandths of the product's unit: 1500 = 1.5 kg
    Money unitPrice;          // net of tax
    Money discount;           // line discount, an amount
    int taxRateBasisPoints = 0;
    // Computed by OrderCalculator, stored so reports need not recompute them:
    Money net; // round(quantity x unit price) - discount
    Money tax; // round(net x tax rate)
    qint64 serverVersion = 0;
};

struct Order {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Order)

public:
    QString id;
    QString customerId;
    QString agentId;
    QString visitId; // empty when not taken during a visit
    OrderStatus status = OrderStatus::Draft;
    Currency currency;
    QList<OrderLine> lines;
    Money netTotal;
    Money taxTotal;
    Money total;
    QString notes;
    QString statusReason; // why it was rejected or cancelled
    QDateTime createdAt;
    QDateTime submittedAt;
    QDateTime decidedAt; // approved or rejected
    QDateTime fulfilledAt;
    QDateTime cancelledAt;
    qint64 serverVersion = 0;

    // Field rules for the header and each line ("lines[1].quantity"). Amount rules
    // (currencies, discounts, totals) are OrderCalculator's.
    QList<FieldError> validate() const;
};

} // namespace SalesSync
