#include "core/money.h"

#include <QTest>

using namespace SalesSync;

class TestMoney : public QObject {
    Q_OBJECT

private slots:
    void currencies_data();
    void currencies();
    void roundHalfUp_data();
    void roundHalfUp();
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void arithmetic();
    void mixedCurrenciesAreRefused();
    void overflowIsAnError();
    void formatting_data();
    void formatting();
};

void TestMoney::currencies_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("digits");
    QTest::newRow("EUR") << "EUR" << true << 2;
    QTest::newRow("JPY") << "JPY" << true << 0;
    QTest::newRow("KWD") << "KWD" << true << 3;
    QTest::newRow("CLF") << "CLF" << true << 4;
    QTest::newRow("lower case") << "eur" << false << 0;
    QTest::newRow("unknown") << "XYZ" << false << 0;
    QTest::newRow("gold is no currency here") << "XAU" << false << 0;
    QTest::newRow("empty") << "" << false << 0;
}

void TestMoney::currencies()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QFETCH(int, digits);
    const std::optional<Currency> currency = Currency::fromCode(code);
    QCOMPARE(currency.has_value(), valid);
    if (valid) {
        QCOMPARE(currency->code(), code);
        QCOMPARE(currency->minorDigits(), digits);
    }
}

void TestMoney::roundHalfUp_data()
{
    QTest::addColumn<qint64>("num");
    QTest::addColumn<qint64>("den");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("exact") << qint64(10) << qint64(5) << qint64(2);
    QTest::newRow("below half") << qint64(14) << qint64(10) << qint64(1);
    QTest::newRow("half goes up") << qint64(15) << qint64(10) << qint64(2);
    QTest::newRow("2.5 goes to 3, not to even") << qint64(25) << qint64(10) << qint64(3);
    QTest::newRow("above half") << qint64(16) << qint64(10) << qint64(2);
    QTest::newRow("negative half away from zero") << qint64(-25) << qint64(10) << qint64(-3);
    QTest::newRow("negative below half") << qint64(-24) << qint64(10) << qint64(-2);
    QTest::newRow("19% of 1.05 = 0.1995 -> 0.20") << qint64(105 * 1900) << qint64(10000) << qint64(20);
    QTest::newRow("7% of 0.50 = 0.035 -> 0.04") << qint64(50 * 700) << qint64(10000) << qint64(4);
}

void TestMoney::roundHalfUp()
{
    QFETCH(qint64, num);
    QFETCH(qint64, den);
    QFETCH(qint64, expected);
    QCOMPARE(divideRoundHalfUp(num, den), expected);
}

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("plain") << "12.34"
                           << "EUR"
                           << "C" << qint64(1234);
    QTest::newRow("no decimals") << "12"
                                 << "EUR"
                                 << "C" << qint64(1200);
    QTest::newRow("one decimal") << "12.5"
                                 << "EUR"
                                 << "C" << qint64(1250);
    QTest::newRow("negative") << "-0.05"
                              << "EUR"
                              << "C" << qint64(-5);
    QTest::newRow("spaces") << "  7.00 "
                            << "EUR"
                            << "C" << qint64(700);
    QTest::newRow("yen has no minor unit") << "1500"
                                           << "JPY"
                                           << "C" << qint64(1500);
    QTest::newRow("dinar has three") << "1.234"
                                     << "KWD"
                                     << "C" << qint64(1234);
    QTest::newRow("english grouping") << "1,234.56"
                                      << "EUR"
                                      << "en_US" << qint64(123456);
    QTest::newRow("german") << "1.234,56"
                            << "EUR"
                            << "de_DE" << qint64(123456);
    QTest::newRow("german no grouping") << "1234,5"
                                        << "EUR"
                                        << "de_DE" << qint64(123450);
    QTest::newRow("large") << "92233720368547758.07"
                           << "EUR"
                           << "C" << qint64(9223372036854775807LL);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(qint64, minor);
    const Result<Money> money = Money::parse(text, *Currency::fromCode(currency), QLocale(locale));
    QVERIFY2(money.ok(), money.ok() ? "" : qPrintable(money.error().message()));
    QCOMPARE(money->minorUnits(), minor);
    QCOMPARE(money->currency().code(), currency);
}

void TestMoney::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("reason");
    QTest::newRow("too many decimals") << "1.234"
                                       << "EUR"
                                       << "C"
                                       << "more decimal places than EUR allows (2)";
    QTest::newRow("yen decimals") << "1.5"
                                  << "JPY"
                                  << "C"
                                  << "more decimal places than JPY allows (0)";
    QTest::newRow("letters") << "12a"
                             << "EUR"
                             << "C"
                             << "is not a number";
    QTest::newRow("empty") << ""
                           << "EUR"
                           << "C"
                           << "is empty";
    QTest::newRow("just a sign") << "-"
                                 << "EUR"
                                 << "C"
                                 << "is not a number";
    QTest::newRow("two points") << "1.2.3"
                                << "EUR"
                                << "C"
                                << "is not a number";
    QTest::newRow("english decimal typed in german") << "12.50"
                                                     << "EUR"
                                                     << "de_DE"
                                                     << "misplaced digit grouping";
    QTest::newRow("exponent") << "1e5"
                              << "EUR"
                              << "C"
                              << "is not a number";
    QTest::newRow("arabic-indic digits") << QString::fromUtf8("\u0661\u0662") << "EUR"
                                         << "C"
                                         << "is not a number";
}

void TestMoney::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(QString, reason);
    const Result<Money> money = Money::parse(text, *Currency::fromCode(currency), QLocale(locale));
    QVERIFY(!money.ok());
    QCOMPARE(money.error().code(), ErrorCode::Validation);
    QCOMPARE(money.error().fields().size(), 1);
    QCOMPARE(money.error().fields().first().field, QStringLiteral("amount"));
    QVERIFY2(money.error().message().contains(reason), qPrintable(money.error().message()));
}

void TestMoney::arithmetic()
{
    const Currency eur = Currency::eur();
    const Money a(1050, eur);
    const Money b(275, eur);
    QCOMPARE(a.plus(b)->minorUnits(), 1325);
    QCOMPARE(a.minus(b)->minorUnits(), 775);
    QCOMPARE(b.minus(a)->minorUnits(), -775);
    QCOMPARE(a.negated().minorUnits(), -1050);
    // 1.5 units x 3.33 = 4.995 -> 5.00 (half-up)
    QCOMPARE(Money(333, eur).timesQuantityMilli(1500)->minorUnits(), 500);
    // 0.333 kg x 1.00 = 0.333 -> 0.33
    QCOMPARE(Money(100, eur).timesQuantityMilli(333)->minorUnits(), 33);
    // 19 % of 10.00 = 1.90
    QCOMPARE(Money(1000, eur).timesBasisPoints(1900)->minorUnits(), 190);
    // 7 % of 0.07 = 0.0049 -> 0.00
    QCOMPARE(Money(7, eur).timesBasisPoints(700)->minorUnits(), 0);
}

void TestMoney::mixedCurrenciesAreRefused()
{
    const Money eur(100, Currency::eur());
    const Money usd(100, *Currency::fromCode(u"USD"));
    const Result<Money> sum = eur.plus(usd);
    QVERIFY(!sum.ok());
    QCOMPARE(sum.error().code(), ErrorCode::CurrencyMismatch);
    QVERIFY(sum.error().message().contains(QStringLiteral("EUR")));
    QVERIFY(sum.error().message().contains(QStringLiteral("USD")));
    QVERIFY(!eur.minus(usd).ok());
}

void TestMoney::overflowIsAnError()
{
    const Currency eur = Currency::eur();
    const Money huge(std::numeric_limits<qint64>::max() - 1, eur);
    QCOMPARE(huge.plus(Money(10, eur)).error().code(), ErrorCode::Overflow);
    QCOMPARE(Money(std::numeric_limits<qint64>::min() + 1, eur).minus(Money(10, eur)).error().code(),
             ErrorCode::Overflow);
    QCOMPARE(huge.timesQuantityMilli(2000).error().code(), ErrorCode::Overflow);
    QCOMPARE(Money::parse(u"99999999999999999999", eur).error().code(), ErrorCode::Overflow);
}

void TestMoney::formatting_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("formatted");
    const QString nbsp = QString(QChar(0x00A0));
    QTest::newRow("en") << qint64(123456) << "EUR"
                        << "en_US"
                        << "1234.56 EUR"
                        << "1,234.56" + nbsp + "EUR";
    QTest::newRow("de") << qint64(123456) << "EUR"
                        << "de_DE"
                        << "1234.56 EUR"
                        << "1.234,56" + nbsp + "EUR";
    QTest::newRow("negative cents") << qint64(-5) << "EUR"
                                    << "en_US"
                                    << "-0.05 EUR"
                                    << "-0.05" + nbsp + "EUR";
    QTest::newRow("yen") << qint64(1500) << "JPY"
                         << "en_US"
                         << "1500 JPY"
                         << "1,500" + nbsp + "JPY";
    QTest::newRow("dinar") << qint64(1005) << "KWD"
                           << "en_US"
                           << "1.005 KWD"
                           << "1.005" + nbsp + "KWD";
    QTest::newRow("min") << std::numeric_limits<qint64>::min() << "EUR"
                         << "C"
                         << "-92233720368547758.08 EUR"
                         << "-92233720368547758.08" + nbsp + "EUR";
}

void TestMoney::formatting()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(QString, plain);
    QFETCH(QString, formatted);
    const Money money(minor, *Currency::fromCode(currency));
    QCOMPARE(money.toString(), plain);
    QCOMPARE(money.format(QLocale(locale)), formatted);
    // What toDecimalString() writes, parse() reads back.
    if (minor != std::numeric_limits<qint64>::min()) {
        QCOMPARE(Money::parse(money.toDecimalString(), money.currency())->minorUnits(), minor);
    }
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
