#include "core/rules/creditcheck.h"

#include <QTest>

using namespace SalesSync;

class TestCreditCheck : public QObject {
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void currenciesMustMatch();
};

void TestCreditCheck::check_data()
{
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<qint64>("order");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<bool>("within");
    QTest::addColumn<qint64>("exceededBy");
    QTest::addColumn<qint64>("available");
    QTest::newRow("well within") << qint64(20000) << qint64(30000) << qint64(100000) << true << qint64(0)
                                 << qint64(80000);
    QTest::newRow("exactly at the limit")
        << qint64(70000) << qint64(30000) << qint64(100000) << true << qint64(0) << qint64(30000);
    QTest::newRow("one cent over") << qint64(70000) << qint64(30001) << qint64(100000) << false << qint64(1)
                                   << qint64(30000);
    QTest::newRow("already over before the order")
        << qint64(120000) << qint64(5000) << qint64(100000) << false << qint64(25000) << qint64(0);
    QTest::newRow("prepayment customer") << qint64(0) << qint64(100) << qint64(0) << false << qint64(100) << qint64(0);
    QTest::newRow("customer in credit") << qint64(-5000) << qint64(5000) << qint64(0) << true << qint64(0)
                                        << qint64(5000);
}

void TestCreditCheck::check()
{
    QFETCH(qint64, balance);
    QFETCH(qint64, order);
    QFETCH(qint64, limit);
    QFETCH(bool, within);
    QFETCH(qint64, exceededBy);
    QFETCH(qint64, available);
    const Currency eur = Currency::eur();
    const Result<CreditCheckResult> r = checkCredit(Money(balance, eur), Money(order, eur), Money(limit, eur));
    QVERIFY(r.ok());
    QCOMPARE(r->withinLimit(), within);
    QCOMPARE(r->exceededBy.minorUnits(), exceededBy);
    QCOMPARE(r->available.minorUnits(), available);
    QCOMPARE(r->exposure.minorUnits(), balance + order);
}

void TestCreditCheck::currenciesMustMatch()
{
    const Result<CreditCheckResult> r =
        checkCredit(Money(0, Currency::eur()), Money(100, *Currency::fromCode(u"USD")), Money(1000, Currency::eur()));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code(), ErrorCode::CurrencyMismatch);
}

QTEST_GUILESS_MAIN(TestCreditCheck)
#include "tst_creditcheck.moc"
