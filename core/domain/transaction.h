#pragma once

#include "core/money.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace SalesSync {

// The ledger is append-only. An invoice raises what the customer owes, a payment and a credit
// note lower it, a refund (money paid back to the customer) raises it again. A reversal is a
// new entry of the same kind in the reverse direction that cancels part or all of an original.
enum class TransactionKind { Invoice, Payment, CreditNote, Refund };
enum class TransactionDirection { Forward, Reverse };
enum class PaymentMethod { None, Cash, Cheque, BankTransfer, Card };

QString transactionKindToText(TransactionKind kind);
std::optional<TransactionKind> transactionKindFromText(QStringView text);
QStringList transactionKindTexts(); // every value's text, in declaration order
QString transactionDirectionToText(TransactionDirection direction);
std::optional<TransactionDirection> transactionDirectionFromText(QStringView text);
QStringList transactionDirectionTexts(); // every value's text, in declaration order
QString paymentMethodToText(PaymentMethod method);
std::optional<PaymentMethod> paymentMethodFromText(QStringView text);
QStringList paymentMethodTexts(); // every value's text, in declaration order

struct Transaction {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Transaction)

public:
    QString id;
    QString customerId;
    QString orderId; // the invoiced order; optional for payments
    TransactionKind kind = TransactionKind::Payment;
    TransactionDirection direction = TransactionDirection::Forward;
    QString reversesId; // for a reversal: the original entry
    Money amount;       // always positive; the kind and direction give the sign
    PaymentMethod method = PaymentMethod::None;
    QString reference;    // cheque number, bank reference, invoice number
    QString reason;       // required for reversals
    QDateTime occurredAt; // UTC
    QString recordedBy;   // user id
    qint64 serverVersion = 0;

    bool isReversal() const { return direction == TransactionDirection::Reverse; }
    QList<FieldError> validate() const;
};

} // namespace SalesSync
