#include "core/reports/customerstatement.h"

#include "core/csv.h"
#include "core/repositories/customerrepository.h"
#include "core/repositories/transactionrepository.h"
#include "core/rules/ledger.h"
#include "core/timeutil.h"

#include <QHash>

namespace SalesSync {

Result<CustomerStatement> CustomerStatement::compute(Database &database, const QString &customerId, const QDate &from,
                                                     const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from) {
        return Error::validation(QStringLiteral("to"), tr("the period must end on or after its first day"));
    }
    CustomerStatement s;
    Result<Customer> customer = CustomerRepository(database).get(customerId);
    if (!customer) {
        return customer.error();
    }
    s.customer = *std::move(customer);
    s.from = from;
    s.to = to;
    const Result<QList<Transaction>> entries = TransactionRepository(database).forCustomer(customerId);
    if (!entries) {
        return entries.error();
    }
    const QDateTime start = QDateTime(from, QTime(0, 0)).toUTC();
    const QDateTime end = QDateTime(to.addDays(1), QTime(0, 0)).toUTC();
    const Currency &currency = s.customer.currency();
    qint64 balance = 0;
    QHash<QString, qint64> reversed; // original id -> amount reversed so far (all time)
    for (const Transaction &e : *entries) {
        if (e.isReversal()) {
            reversed[e.reversesId] += e.amount.minorUnits();
        }
    }
    for (const Transaction &e : *entries) {
        if (!(e.amount.currency() == currency)) {
            return Error(ErrorCode::CurrencyMismatch,
                         tr("The ledger of %1 holds an entry in %2, but the customer trades in %3.")
                             .arg(s.customer.name, e.amount.currency().code(), currency.code()));
        }
        const qint64 signedAmount = Ledger::sign(e) * e.amount.minorUnits();
        if (e.occurredAt >= end) {
            break;
        }
        balance += signedAmount;
        if (e.occurredAt < start) {
            continue;
        }
        Line line;
        line.entry = e;
        line.balance = Money(balance, currency);
        line.reversible = Money(e.isReversal() ? 0 : e.amount.minorUnits() - reversed.value(e.id), currency);
        s.lines << line;
    }
    s.opening = Money(balance - std::accumulate(s.lines.cbegin(), s.lines.cend(), qint64(0),
                                                [](qint64 sum, const Line &l) {
                                                    return sum + Ledger::sign(l.entry) * l.entry.amount.minorUnits();
                                                }),
                      currency);
    return s;
}

QByteArray CustomerStatement::toCsv() const
{
    QStringList rows;
    rows << QStringLiteral(
        "date,entry,direction,reference,reason,method,charge,credit,balance,currency,entry_id,reverses_id");
    rows << QStringList{toIsoUtc(QDateTime(from, QTime(0, 0)).toUTC()),
                        QStringLiteral("opening_balance"),
                        QString(),
                        QString(),
                        QString(),
                        QString(),
                        QString(),
                        QString(),
                        opening.toDecimalString(),
                        opening.currency().code(),
                        QString(),
                        QString()}
                .join(u',');
    for (const Line &l : lines) {
        const bool charge = Ledger::sign(l.entry) > 0;
        const QString amount = l.entry.amount.toDecimalString();
        rows << QStringList{toIsoUtc(l.entry.occurredAt),
                            transactionKindToText(l.entry.kind),
                            transactionDirectionToText(l.entry.direction),
                            csvField(l.entry.reference),
                            csvField(l.entry.reason),
                            l.entry.method == PaymentMethod::None ? QString() : paymentMethodToText(l.entry.method),
                            charge ? amount : QString(),
                            charge ? QString() : amount,
                            l.balance.toDecimalString(),
                            l.balance.currency().code(),
                            l.entry.id,
                            l.entry.reversesId}
                    .join(u',');
    }
    return (rows.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace SalesSync
