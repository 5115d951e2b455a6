#include "core/hybridlogicalclock.h"

#include <QTest>

using namespace SalesSync;

class TestHybridLogicalClock : public QObject {
    Q_OBJECT

private slots:
    void advancesWithWallClock();
    void countsWithinOneMillisecond();
    void neverGoesBackWhenTheWallClockDoes();
    void observeMovesPastRemote();
    void textFormSortsLikeTimestamps();
    void parseRejectsGarbage_data();
    void parseRejectsGarbage();
};

void TestHybridLogicalClock::advancesWithWallClock()
{
    qint64 wall = 1000;
    HybridLogicalClock clock(QStringLiteral("a"), {}, [&] { return wall; });
    const HlcTimestamp t1 = clock.now();
    wall = 2000;
    const HlcTimestamp t2 = clock.now();
    QCOMPARE(t1.wallMs, 1000);
    QCOMPARE(t2.wallMs, 2000);
    QCOMPARE(t2.counter, 0u);
    QVERIFY(t1 < t2);
}

void TestHybridLogicalClock::countsWithinOneMillisecond()
{
    HybridLogicalClock clock(QStringLiteral("a"), {}, [] { return qint64(5000); });
    const HlcTimestamp t1 = clock.now();
    const HlcTimestamp t2 = clock.now();
    const HlcTimestamp t3 = clock.now();
    QCOMPARE(t3.wallMs, 5000);
    QCOMPARE(t3.counter, 2u);
    QVERIFY(t1 < t2 && t2 < t3);
}

void TestHybridLogicalClock::neverGoesBackWhenTheWallClockDoes()
{
    qint64 wall = 10000;
    // Restarted from the persisted last value, with a wall clock that was set back an hour.
    HybridLogicalClock clock(QStringLiteral("a"), HlcTimestamp{10000, 7, QStringLiteral("a")},
                             [&] { return wall - 3600000; });
    const HlcTimestamp t = clock.now();
    QCOMPARE(t.wallMs, 10000);
    QCOMPARE(t.counter, 8u);
}

void TestHybridLogicalClock::observeMovesPastRemote()
{
    HybridLogicalClock clock(QStringLiteral("a"), {}, [] { return qint64(1000); });
    const HlcTimestamp remote{5000, 3, QStringLiteral("b")};
    const HlcTimestamp merged = clock.observe(remote);
    QVERIFY(merged > remote);
    QCOMPARE(merged.wallMs, 5000);
    QCOMPARE(merged.counter, 4u);
    QCOMPARE(merged.node, QStringLiteral("a"));
    QVERIFY(clock.now() > merged);
    // A remote timestamp from the past changes nothing but the counter.
    const HlcTimestamp old = clock.observe(HlcTimestamp{10, 0, QStringLiteral("b")});
    QVERIFY(old > merged);
}

void TestHybridLogicalClock::textFormSortsLikeTimestamps()
{
    const QList<HlcTimestamp> stamps = {{999, 0, QStringLiteral("z")},     {1000, 0, QStringLiteral("a")},
                                        {1000, 1, QStringLiteral("a")},    {1000, 1, QStringLiteral("b")},
                                        {1000, 0x10, QStringLiteral("a")}, {1763780924123, 0, QStringLiteral("a")}};
    for (qsizetype i = 1; i < stamps.size(); ++i) {
        QVERIFY(stamps.at(i - 1) < stamps.at(i));
        QVERIFY(stamps.at(i - 1).toString() < stamps.at(i).toString());
    }
    for (const HlcTimestamp &t : stamps) {
        QCOMPARE(HlcTimestamp::parse(t.toString()), std::optional<HlcTimestamp>(t));
    }
    QCOMPARE(HlcTimestamp({1763780924123, 2, QStringLiteral("dev")}).toString(),
             QStringLiteral("0001763780924123-0002-dev"));
}

void TestHybridLogicalClock::parseRejectsGarbage_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("no node") << "0000000000001000-0000-";
    QTest::newRow("short wall") << "1000-0000-a";
    QTest::newRow("bad counter") << "0000000000001000-zzzz-a";
    QTest::newRow("letters in wall") << "00000000000010x0-0000-a";
}

void TestHybridLogicalClock::parseRejectsGarbage()
{
    QFETCH(QString, text);
    QVERIFY(!HlcTimestamp::parse(text).has_value());
}

QTEST_GUILESS_MAIN(TestHybridLogicalClock)
#include "tst_hybridlogicalclock.moc"
