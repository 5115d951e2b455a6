#include "core/rules/ledger.h"
#include "core/uuidv7.h"

#include <QTest>

using namespace SalesSync;

Q_DECLARE_METATYPE(SalesSync::TransactionKind)
Q_DECLARE_METATYPE(SalesSync::TransactionDirection)

namespace {
const QString &customerId()
{
    static const QString id = UuidV7::generateString();
    return id;
}

Transaction entry(TransactionKind kind, qint64 amount, const QString &customer = customerId())
{
    Transaction t;
    t.id = UuidV7::generateString();
    t.customerId = customer;
    t.kind = kind;
    t.amount = Money(amount, Currency::eur());
    t.occurredAt = QDateTime::currentDateTimeUtc();
    t.recordedBy = UuidV7::generateString();
    t.method = PaymentMethod::Cash;
    if (kind == TransactionKind::Invoice) {
        t.orderId = UuidV7::generateString();
    }
    return t;
}

Transaction reversalOf(const Transaction &original, qint64 amount,
                       const QString &reason = QStringLiteral("Cheque bounced"))
{
    Transaction r = original;
    r.id = UuidV7::generateString();
    r.direction = TransactionDirection::Reverse;
    r.reversesId = original.id;
    r.amount = Money(amount, original.amount.currency());
    r.reason = reason;
    return r;
}
} // namespace

class TestLedger : public QObject {
    Q_OBJECT

private slots:
    void signs_data();
    void signs();
    void balanceIsDerivedFromEntries();
    void reversalWithinRemaining();
    void reversalRules_data();
    void reversalRules();
};

void TestLedger::signs_data()
{
    QTest::addColumn<TransactionKind>("kind");
    QTest::addColumn<TransactionDirection>("direction");
    QTest::addColumn<int>("sign");
    QTest::newRow("invoice") << TransactionKind::Invoice << TransactionDirection::Forward << 1;
    QTest::newRow("invoice reversal") << TransactionKind::Invoice << TransactionDirection::Reverse << -1;
    QTest::newRow("payment") << TransactionKind::Payment << TransactionDirection::Forward << -1;
    QTest::newRow("payment reversal") << TransactionKind::Payment << TransactionDirection::Reverse << 1;
    QTest::newRow("credit note") << TransactionKind::CreditNote << TransactionDirection::Forward << -1;
    QTest::newRow("credit note reversal") << TransactionKind::CreditNote << TransactionDirection::Reverse << 1;
    QTest::newRow("refund") << TransactionKind::Refund << TransactionDirection::Forward << 1;
    QTest::newRow("refund reversal") << TransactionKind::Refund << TransactionDirection::Reverse << -1;
}

void TestLedger::signs()
{
    QFETCH(TransactionKind, kind);
    QFETCH(TransactionDirection, direction);
    QFETCH(int, sign);
    QCOMPARE(Ledger::sign(kind, direction), sign);
}

void TestLedger::balanceIsDerivedFromEntries()
{
    const Transaction invoice = entry(TransactionKind::Invoice, 10000);
    const Transaction payment = entry(TransactionKind::Payment, 6000);
    const Transaction bounced = reversalOf(payment, 6000);
    const Transaction credit = entry(TransactionKind::CreditNote, 1000);
    const Transaction refund = entry(TransactionKind::Refund, 1000);
    // 100 owed, 60 paid, cheque bounced (+60), 10 credited, 10 refunded: 100 owed.
    QCOMPARE(Ledger::balance({invoice, payment, bounced, credit, refund}, Currency::eur())->minorUnits(), 10000);
    QCOMPARE(Ledger::balance({invoice, payment}, Currency::eur())->minorUnits(), 4000);
    QCOMPARE(Ledger::balance({}, Currency::eur())->minorUnits(), 0);
    Transaction usd = entry(TransactionKind::Payment, 1);
    usd.amount = Money(1, *Currency::fromCode(u"USD"));
    QCOMPARE(Ledger::balance({invoice, usd}, Currency::eur()).error().code(), ErrorCode::CurrencyMismatch);
}

void TestLedger::reversalWithinRemaining()
{
    const Transaction invoice = entry(TransactionKind::Invoice, 10000);
    const Transaction first = reversalOf(invoice, 3000, QStringLiteral("Price correction"));
    QVERIFY(Ledger::validateReversal(first, invoice, {}).ok());
    QCOMPARE(Ledger::remainingReversible(invoice, {first})->minorUnits(), 7000);
    const Transaction rest = reversalOf(invoice, 7000, QStringLiteral("Goods returned"));
    QVERIFY(Ledger::validateReversal(rest, invoice, {first}).ok());
    const Transaction tooMuch = reversalOf(invoice, 7001, QStringLiteral("Goods returned"));
    const Status s = Ledger::validateReversal(tooMuch, invoice, {first});
    QVERIFY(!s.ok());
    QVERIFY(s.error().hasField(QStringLiteral("amount")));
    QVERIFY2(s.error().message().contains(QStringLiteral("70.00 EUR")), qPrintable(s.error().message()));
    const Transaction afterAll = reversalOf(invoice, 1);
    QVERIFY(!Ledger::validateReversal(afterAll, invoice, {first, rest}).ok());
}

void TestLedger::reversalRules_data()
{
    QTest::addColumn<QString>("breakage");
    QTest::addColumn<QString>("field");
    QTest::newRow("no reason") << "reason"
                               << "reason";
    QTest::newRow("blank reason") << "blank"
                                  << "reason";
    QTest::newRow("other customer") << "customer"
                                    << "customerId";
    QTest::newRow("other kind") << "kind"
                                << "kind";
    QTest::newRow("other currency") << "currency"
                                    << "amount";
    QTest::newRow("not referencing the original") << "reference"
                                                  << "reversesId";
    QTest::newRow("reversing a reversal") << "chain"
                                          << "reversesId";
    QTest::newRow("zero amount") << "zero"
                                 << "amount";
}

void TestLedger::reversalRules()
{
    QFETCH(QString, breakage);
    QFETCH(QString, field);
    Transaction original = entry(TransactionKind::Payment, 5000);
    Transaction reversal = reversalOf(original, 5000);
    if (breakage == u"reason") {
        reversal.reason.clear();
    } else if (breakage == u"blank") {
        reversal.reason = QStringLiteral("   ");
    } else if (breakage == u"customer") {
        reversal.customerId = UuidV7::generateString();
    } else if (breakage == u"kind") {
        reversal.kind = TransactionKind::CreditNote;
    } else if (breakage == u"currency") {
        reversal.amount = Money(5000, *Currency::fromCode(u"CHF"));
    } else if (breakage == u"reference") {
        reversal.reversesId = UuidV7::generateString();
    } else if (breakage == u"chain") {
        original = reversalOf(entry(TransactionKind::Payment, 5000), 5000);
        reversal = reversalOf(original, 100);
    } else if (breakage == u"zero") {
        reversal.amount = Money(0, Currency::eur());
    }
    const Status s = Ledger::validateReversal(reversal, original, {});
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code(), ErrorCode::Validation);
    QVERIFY2(s.error().hasField(field), qPrintable(s.error().message()));
}

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
