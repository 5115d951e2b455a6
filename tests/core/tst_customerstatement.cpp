#include "core/reports/customerstatement.h"
#include "core/repositories/customerrepository.h"
#include "core/repositories/transactionrepository.h"
#include "core/store/sqlutil.h"
#include "testfixture.h"

#include <QTest>

using namespace SalesSync;

class TestCustomerStatement : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void openingRunningAndClosingBalances();
    void csvIsPlainAndQuoted();
    void badPeriodIsRefused();

private:
    // An invoice of 250.00 on Nov 2, a payment of 100.00 on Nov 10 (cheque, reference with a
    // comma), 30.00 of it reversed on Nov 12, a payment of 50.00 on Nov 20.
    void fill(Test::Fixture &f);
};

void TestCustomerStatement::initTestCase()
{
    qputenv("TZ", "UTC");
}

void TestCustomerStatement::fill(Test::Fixture &f)
{
    QVERIFY(
        runQuery(f.db().connection(),
                 QStringLiteral("INSERT INTO transactions (id, customer_id, kind, direction, amount_minor, currency, "
                                "method, reference, occurred_at, recorded_by, updated_at) VALUES (?, ?, 'invoice', "
                                "'forward', 25000, 'EUR', 'none', 'INV-1', '2026-11-02T09:00:00.000Z', ?, '')"),
                 {UuidV7::generateString(), f.customer.id, f.agentUser.id})
            .ok());
    TransactionRepository ledger(f.db());
    Transaction payment;
    payment.customerId = f.customer.id;
    payment.kind = TransactionKind::Payment;
    payment.amount = Money(10000, Currency::eur());
    payment.method = PaymentMethod::Cheque;
    payment.reference = QStringLiteral("Cheque 17, \"Bank\"");
    payment.occurredAt = QDateTime(QDate(2026, 11, 10), QTime(14, 0), Qt::UTC);
    const Result<Transaction> paid = ledger.record(payment);
    QVERIFY2(paid.ok(), qPrintable(paid.ok() ? QString() : paid.error().message()));
    QVERIFY(ledger
                .reverse(paid->id, QStringLiteral("Cheque bounced in part"), Money(3000, Currency::eur()),
                         QDateTime(QDate(2026, 11, 12), QTime(8, 0), Qt::UTC))
                .ok());
    payment.reference = QStringLiteral("Cash");
    payment.method = PaymentMethod::Cash;
    payment.amount = Money(5000, Currency::eur());
    payment.occurredAt = QDateTime(QDate(2026, 11, 20), QTime(16, 0), Qt::UTC);
    QVERIFY(ledger.record(payment).ok());
}

void TestCustomerStatement::openingRunningAndClosingBalances()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    fill(f);
    // From Nov 5: the invoice is before the period, in the opening balance.
    const Result<CustomerStatement> s =
        CustomerStatement::compute(f.db(), f.customer.id, QDate(2026, 11, 5), QDate(2026, 11, 15));
    QVERIFY(s.ok());
    QCOMPARE(s->opening, Money(25000, Currency::eur()));
    QCOMPARE(s->lines.size(), 2); // the payment and its reversal; Nov 20 is after the period
    QCOMPARE(s->lines.at(0).balance, Money(15000, Currency::eur()));
    QCOMPARE(s->lines.at(0).reversible, Money(7000, Currency::eur()));
    QCOMPARE(s->lines.at(1).balance, Money(18000, Currency::eur()));
    QVERIFY(s->lines.at(1).entry.isReversal());
    QCOMPARE(s->lines.at(1).reversible, Money(0, Currency::eur()));
    QCOMPARE(s->closing(), Money(18000, Currency::eur()));

    const Result<CustomerStatement> all =
        CustomerStatement::compute(f.db(), f.customer.id, QDate(2026, 1, 1), QDate(2026, 12, 31));
    QCOMPARE(all->opening, Money(0, Currency::eur()));
    QCOMPARE(all->lines.size(), 4);
    QCOMPARE(all->closing(), Money(13000, Currency::eur()));
    QCOMPARE(all->closing(), *CustomerRepository(f.db()).openBalance(f.customer.id));
}

void TestCustomerStatement::csvIsPlainAndQuoted()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    fill(f);
    const Result<CustomerStatement> s =
        CustomerStatement::compute(f.db(), f.customer.id, QDate(2026, 11, 5), QDate(2026, 11, 15));
    QVERIFY(s.ok());
    const QList<QByteArray> rows = s->toCsv().split('\n');
    QCOMPARE(rows.size(), 5); // header, opening, two entries, and the empty rest after the last CRLF
    QCOMPARE(rows.at(0), QByteArray("date,entry,direction,reference,reason,method,charge,credit,balance,currency,"
                                    "entry_id,reverses_id\r"));
    QCOMPARE(rows.at(1), QByteArray("2026-11-05T00:00:00.000Z,opening_balance,,,,,,,250.00,EUR,,\r"));
    QVERIFY(
        rows.at(2).startsWith("2026-11-10T14:00:00.000Z,payment,forward,\"Cheque 17, \"\"Bank\"\"\",,cheque,,100.00,"
                              "150.00,EUR,"));
    QVERIFY(rows.at(3).startsWith("2026-11-12T08:00:00.000Z,payment,reverse,,Cheque bounced in part,cheque,30.00,,"
                                  "180.00,EUR,"));
    QVERIFY(rows.at(3).endsWith(QByteArray(s->lines.at(0).entry.id.toUtf8() + "\r")));
    QCOMPARE(rows.at(4), QByteArray());
}

void TestCustomerStatement::badPeriodIsRefused()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    const Result<CustomerStatement> s =
        CustomerStatement::compute(f.db(), f.customer.id, QDate(2026, 11, 5), QDate(2026, 11, 4));
    QVERIFY(!s.ok());
    QVERIFY(s.error().hasField(QStringLiteral("to")));
    QCOMPARE(CustomerStatement::compute(f.db(), QStringLiteral("nobody"), QDate(2026, 1, 1), QDate(2026, 1, 2))
                 .error()
                 .code(),
             ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestCustomerStatement)
#include "tst_customerstatement.moc"
