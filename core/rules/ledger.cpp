#include "core/rules/ledger.h"

#include <QCoreApplication>

namespace SalesSync {

int Ledger::sign(TransactionKind kind, TransactionDirection direction)
{
    int kindSign = 0;
    switch (kind) {
    case TransactionKind::Invoice:
    case TransactionKind::Refund:
        kindSign = 1;
        break;
    case TransactionKind::Payment:
    case TransactionKind::CreditNote:
        kindSign = -1;
        break;
    }
    return direction == TransactionDirection::Forward ? kindSign : -kindSign;
}

QString Ledger::signedAmountSql(const QString &alias)
{
    const QString t = alias.isEmpty() ? QString() : alias + u'.';
    return QStringLiteral("(%1amount_minor * (CASE WHEN %1kind IN ('invoice', 'refund') THEN 1 ELSE -1 END) * "
                          "(CASE %1direction WHEN 'forward' THEN 1 ELSE -1 END))")
        .arg(t);
}

Result<Money> Ledger::balance(const QList<Transaction> &entries, const Currency &currency)
{
    Money sum = Money::zero(currency);
    for (const Transaction &entry : entries) {
        const Money signedAmount = sign(entry) > 0 ? entry.amount : entry.amount.negated();
        const Result<Money> next = sum.plus(signedAmount);
        if (!next) {
            return next.error();
        }
        sum = *next;
    }
    return sum;
}

Result<Money> Ledger::remainingReversible(const Transaction &original, const QList<Transaction> &reversals)
{
    Money remaining = original.amount;
    for (const Transaction &reversal : reversals) {
        const Result<Money> next = remaining.minus(reversal.amount);
        if (!next) {
            return next.error();
        }
        remaining = *next;
    }
    return remaining;
}

Status Ledger::validateReversal(const Transaction &reversal, const Transaction &original,
                                const QList<Transaction> &earlierReversals)
{
    QList<FieldError> errors = reversal.validate();
    if (!errors.isEmpty()) {
        return Error::validation(errors);
    }
    if (!reversal.isReversal()) {
        return Error::validation(QStringLiteral("direction"), tr("a reversal must have the reverse direction"));
    }
    if (reversal.reversesId != original.id) {
        return Error::validation(QStringLiteral("reversesId"), tr("does not name the original entry"));
    }
    if (original.isReversal()) {
        return Error::validation(
            QStringLiteral("reversesId"),
            tr("names a reversal; a reversal cannot itself be reversed, record a new entry instead"));
    }
    if (reversal.kind != original.kind) {
        errors << FieldError{QStringLiteral("kind"), tr("must be the same kind as the original entry")};
    }
    if (reversal.customerId != original.customerId) {
        errors << FieldError{QStringLiteral("customerId"), tr("must be the original entry's customer")};
    }
    if (!(reversal.amount.currency() == original.amount.currency())) {
        errors << FieldError{QStringLiteral("amount"),
                             tr("is in %1 but the original entry is in %2")
                                 .arg(reversal.amount.currency().code(), original.amount.currency().code())};
    }
    if (!errors.isEmpty()) {
        return Error::validation(errors);
    }
    const Result<Money> remaining = remainingReversible(original, earlierReversals);
    if (!remaining) {
        return remaining.error();
    }
    if (reversal.amount.minorUnits() > remaining->minorUnits()) {
        return Error::validation(QStringLiteral("amount"),
                                 tr("%1 is more than the %2 that remains of the original entry")
                                     .arg(reversal.amount.toString(), remaining->toString()));
    }
    return {};
}

} // namespace SalesSync
