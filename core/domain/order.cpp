#include "core/domain/order.h"

#include "core/domain/enumtext.h"
#include "core/domain/validation.h"

namespace SalesSync {

namespace {
constexpr std::pair<OrderStatus, const char16_t *> kStatuses[] = {
    {OrderStatus::Draft, u"draft"},         {OrderStatus::Submitted, u"submitted"},
    {OrderStatus::Approved, u"approved"},   {OrderStatus::Rejected, u"rejected"},
    {OrderStatus::Fulfilled, u"fulfilled"}, {OrderStatus::Cancelled, u"cancelled"},
};
} // namespace

QString orderStatusToText(OrderStatus status)
{
    return enumToText(kStatuses, status);
}

std::optional<OrderStatus> orderStatusFromText(QStringView text)
{
    return enumFromText(kStatuses, text);
}

QStringList orderStatusTexts()
{
    return enumTexts(kStatuses);
}

QList<FieldError> Order::validate() const
{
    using namespace Validation;
    QList<FieldError> errors;
    requireId(errors, QStringLiteral("id"), id);
    requireId(errors, QStringLiteral("customerId"), customerId);
    requireId(errors, QStringLiteral("agentId"), agentId);
    optionalId(errors, QStringLiteral("visitId"), visitId);
    requireCurrency(errors, QStringLiteral("currency"), currency);
    limitText(errors, QStringLiteral("notes"), notes, 4000);
    limitText(errors, QStringLiteral("statusReason"), statusReason, 500);
    if (status != OrderStatus::Draft && status != OrderStatus::Cancelled && lines.isEmpty()) {
        errors << FieldError{QStringLiteral("lines"), tr("an order needs at least one line")};
    }
    if ((status == OrderStatus::Rejected || status == OrderStatus::Cancelled) && statusReason.trimmed().isEmpty()) {
        errors << FieldError{QStringLiteral("statusReason"), tr("is required to reject or cancel an order")};
    }
    QSet<QString> lineIds;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const OrderLine &line = lines.at(i);
        const QString prefix = QStringLiteral("lines[%1].").arg(i);
        requireId(errors, prefix + QStringLiteral("id"), line.id);
        if (lineIds.contains(line.id)) {
            errors << FieldError{prefix + QStringLiteral("id"), tr("is used by another line")};
        }
        lineIds.insert(line.id);
        requireId(errors, prefix + QStringLiteral("productId"), line.productId);
        limitText(errors, prefix + QStringLiteral("description"), line.description, 200);
        if (line.quantityMilli <= 0) {
            errors << FieldError{prefix + QStringLiteral("quantity"), tr("must be greater than zero")};
        }
        requireNonNegative(errors, prefix + QStringLiteral("unitPrice"), line.unitPrice);
        requireNonNegative(errors, prefix + QStringLiteral("discount"), line.discount);
        requireTaxRate(errors, prefix + QStringLiteral("taxRate"), line.taxRateBasisPoints);
    }
    return errors;
}

} // namespace SalesSync
