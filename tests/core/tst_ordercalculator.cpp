#include "core/rules/ordercalculator.h"
#include "core/uuidv7.h"

#include <QTest>

using namespace SalesSync;

namespace {
OrderLine line(qint64 quantityMilli, qint64 priceMinor, qint64 discountMinor, int taxBp, const Currency &currency)
{
    OrderLine l;
    l.id = UuidV7::generateString();
    l.productId = UuidV7::generateString();
    l.quantityMilli = quantityMilli;
    l.unitPrice = Money(priceMinor, currency);
    l.discount = Money(discountMinor, currency);
    l.taxRateBasisPoints = taxBp;
    return l;
}
} // namespace

class TestOrderCalculator : public QObject {
    Q_OBJECT

private slots:
    void lineTotals_data();
    void lineTotals();
    void orderTotalsAddUpPerLine();
    void mixedCurrenciesAreRejected();
    void badLinesNameTheField_data();
    void badLinesNameTheField();
    void failureLeavesOrderUnchanged();
};

void TestOrderCalculator::lineTotals_data()
{
    QTest::addColumn<qint64>("quantityMilli");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<qint64>("discount");
    QTest::addColumn<int>("taxBp");
    QTest::addColumn<qint64>("net");
    QTest::addColumn<qint64>("tax");
    QTest::newRow("3 x 18.99 at 19%") << qint64(3000) << qint64(1899) << qint64(0) << 1900 << qint64(5697)
                                      << qint64(1082);
    // 56.97 * 0.19 = 10.8243 -> 10.82
    QTest::newRow("discount before tax") << qint64(3000) << qint64(1899) << qint64(500) << 1900 << qint64(5197)
                                         << qint64(987); // 51.97 * 0.19 = 9.8743 -> 9.87
    QTest::newRow("half cent tax rounds up")
        << qint64(1000) << qint64(50) << qint64(0) << 700 << qint64(50) << qint64(4); // 0.035 -> 0.04
    QTest::newRow("fractional kg") << qint64(2500) << qint64(349) << qint64(0) << 700 << qint64(873)
                                   << qint64(61); // 8.725 -> 8.73; 0.6111 -> 0.61
    QTest::newRow("zero rate") << qint64(2000) << qint64(1000) << qint64(0) << 0 << qint64(2000) << qint64(0);
    QTest::newRow("full discount") << qint64(1000) << qint64(1000) << qint64(1000) << 1900 << qint64(0) << qint64(0);
    QTest::newRow("free item") << qint64(1000) << qint64(0) << qint64(0) << 1900 << qint64(0) << qint64(0);
}

void TestOrderCalculator::lineTotals()
{
    QFETCH(qint64, quantityMilli);
    QFETCH(qint64, price);
    QFETCH(qint64, discount);
    QFETCH(int, taxBp);
    QFETCH(qint64, net);
    QFETCH(qint64, tax);
    OrderLine l = line(quantityMilli, price, discount, taxBp, Currency::eur());
    const Status s = OrderCalculator::calculateLine(l, Currency::eur());
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message()));
    QCOMPARE(l.net.minorUnits(), net);
    QCOMPARE(l.tax.minorUnits(), tax);
}

void TestOrderCalculator::orderTotalsAddUpPerLine()
{
    const Currency eur = Currency::eur();
    Order order;
    order.currency = eur;
    // Three lines whose tax rounds up each: per-line rounding gives 3 x 0.04, not round(0.105) = 0.11.
    order.lines << line(1000, 50, 0, 700, eur) << line(1000, 50, 0, 700, eur) << line(1000, 50, 0, 700, eur);
    QVERIFY(OrderCalculator::calculate(order).ok());
    QCOMPARE(order.netTotal.minorUnits(), 150);
    QCOMPARE(order.taxTotal.minorUnits(), 12);
    QCOMPARE(order.total.minorUnits(), 162);
    QCOMPARE(order.total.currency().code(), QStringLiteral("EUR"));
}

void TestOrderCalculator::mixedCurrenciesAreRejected()
{
    const Currency eur = Currency::eur();
    Order order;
    order.currency = eur;
    order.lines << line(1000, 100, 0, 1900, eur) << line(1000, 100, 0, 1900, *Currency::fromCode(u"CHF"));
    const Status s = OrderCalculator::calculate(order);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code(), ErrorCode::Validation);
    QVERIFY(s.error().hasField(QStringLiteral("lines[1].unitPrice")));
    QVERIFY(s.error().messageFor(QStringLiteral("lines[1].unitPrice")).contains(QStringLiteral("CHF")));
    QVERIFY(!s.error().hasField(QStringLiteral("lines[0].unitPrice")));
}

void TestOrderCalculator::badLinesNameTheField_data()
{
    QTest::addColumn<qint64>("quantityMilli");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<qint64>("discount");
    QTest::addColumn<int>("taxBp");
    QTest::addColumn<QString>("field");
    QTest::newRow("zero quantity") << qint64(0) << qint64(100) << qint64(0) << 1900 << "lines[0].quantity";
    QTest::newRow("negative quantity") << qint64(-1000) << qint64(100) << qint64(0) << 1900 << "lines[0].quantity";
    QTest::newRow("negative price") << qint64(1000) << qint64(-1) << qint64(0) << 1900 << "lines[0].unitPrice";
    QTest::newRow("discount above amount") << qint64(1000) << qint64(100) << qint64(101) << 1900 << "lines[0].discount";
    QTest::newRow("negative discount") << qint64(1000) << qint64(100) << qint64(-1) << 1900 << "lines[0].discount";
    QTest::newRow("tax over 100%") << qint64(1000) << qint64(100) << qint64(0) << 10001 << "lines[0].taxRate";
}

void TestOrderCalculator::badLinesNameTheField()
{
    QFETCH(qint64, quantityMilli);
    QFETCH(qint64, price);
    QFETCH(qint64, discount);
    QFETCH(int, taxBp);
    QFETCH(QString, field);
    Order order;
    order.currency = Currency::eur();
    order.lines << line(quantityMilli, price, discount, taxBp, order.currency);
    const Status s = OrderCalculator::calculate(order);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().hasField(field), qPrintable(s.error().message()));
}

void TestOrderCalculator::failureLeavesOrderUnchanged()
{
    const Currency eur = Currency::eur();
    Order order;
    order.currency = eur;
    order.lines << line(1000, 100, 0, 1900, eur) << line(0, 100, 0, 1900, eur);
    order.total = Money(42, eur);
    QVERIFY(!OrderCalculator::calculate(order).ok());
    QCOMPARE(order.total.minorUnits(), 42);
    QCOMPARE(order.lines.first().net.minorUnits(), 0);
}

QTEST_GUILESS_MAIN(TestOrderCalculator)
#include "tst_ordercalculator.moc"
