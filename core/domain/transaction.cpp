#include "core/domain/transaction.h"

#include "core/domain/enumtext.h"
#include "core/domain/validation.h"

namespace SalesSync {

namespace {
constexpr std::pair<TransactionKind, const char16_t *> kKinds[] = {
    {TransactionKind::Invoice, u"invoice"},
    {TransactionKind::Payment, u"payment"},
    {TransactionKind::CreditNote, u"credit_note"},
    {TransactionKind::Refund, u"refund"},
};
constexpr std::pair<TransactionDirection, const char16_t *> kDirections[] = {
    {TransactionDirection::Forward, u"forward"},
    {TransactionDirection::Reverse, u"reverse"},
};
constexpr std::pair<PaymentMethod, const char16_t *> kMethods[] = {
    {PaymentMethod::None, u"none"},     {PaymentMethod::Cash, u"cash"},
    {PaymentMethod::Cheque, u"cheque"}, {PaymentMethod::BankTransfer, u"bank_transfer"},
    {PaymentMethod::Card, u"card"},
};
} // namespace

QString transactionKindToText(TransactionKind kind)
{
    return enumToText(kKinds, kind);
}

std::optional<TransactionKind> transactionKindFromText(QStringView text)
{
    return enumFromText(kKinds, text);
}

QStringList transactionKindTexts()
{
    return enumTexts(kKinds);
}

QString transactionDirectionToText(TransactionDirection direction)
{
    return enumToText(kDirections, direction);
}

std::optional<TransactionDirection> transactionDirectionFromText(QStringView text)
{
    return enumFromText(kDirections, text);
}

QStringList transactionDirectionTexts()
{
    return enumTexts(kDirections);
}

QString paymentMethodToText(PaymentMethod method)
{
    return enumToText(kMethods, method);
}

std::optional<PaymentMethod> paymentMethodFromText(QStringView text)
{
    return enumFromText(kMethods, text);
}

QStringList paymentMethodTexts()
{
    return enumTexts(kMethods);
}

QList<FieldError> Transaction::validate() const
{
    using namespace Validation;
    QList<FieldError> errors;
    requireId(errors, QStringLiteral("id"), id);
    requireId(errors, QStringLiteral("customerId"), customerId);
    optionalId(errors, QStringLiteral("orderId"), orderId);
    if (!amount.currency().isValid()) {
        errors << FieldError{QStringLiteral("amount"), tr("has no valid currency")};
    } else if (amount.minorUnits() <= 0) {
        errors << FieldError{QStringLiteral("amount"), tr("must be greater than zero")};
    }
    if (!occurredAt.isValid()) {
        errors << FieldError{QStringLiteral("occurredAt"), tr("is required")};
    }
    requireId(errors, QStringLiteral("recordedBy"), recordedBy);
    limitText(errors, QStringLiteral("reference"), reference, 100);
    limitText(errors, QStringLiteral("reason"), reason, 500);
    if (kind == TransactionKind::Invoice && direction == TransactionDirection::Forward && orderId.isEmpty()) {
        errors << FieldError{QStringLiteral("orderId"), tr("an invoice must be raised from an order")};
    }
    if (kind == TransactionKind::Payment && direction == TransactionDirection::Forward &&
        method == PaymentMethod::None) {
        errors << FieldError{QStringLiteral("method"),
                             tr("a payment needs a method (cash, cheque, bank transfer, card)")};
    }
    if (kind == TransactionKind::Payment && direction == TransactionDirection::Forward &&
        method == PaymentMethod::Cheque && reference.trimmed().isEmpty()) {
        errors << FieldError{QStringLiteral("reference"), tr("a cheque payment needs the cheque number")};
    }
    if (isReversal()) {
        requireId(errors, QStringLiteral("reversesId"), reversesId);
        if (reason.trimmed().isEmpty()) {
            errors << FieldError{QStringLiteral("reason"), tr("is required for a reversal")};
        }
    } else if (!reversesId.isEmpty()) {
        errors << FieldError{QStringLiteral("reversesId"), tr("only a reversal references another entry")};
    }
    return errors;
}

} // namespace SalesSync
