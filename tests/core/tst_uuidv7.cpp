#include "core/uuidv7.h"

#include <QSet>
#include <QTest>
#include <QtConcurrent>

using namespace SalesSync;

class TestUuidV7 : public QObject {
    Q_OBJECT

private slots:
    void layout();
    void monotonicAndUnique();
    void uniqueAcrossThreads();
    void timestampRoundTrip();
    void validation_data();
    void validation();
};

void TestUuidV7::layout()
{
    const QUuid id = UuidV7::generate();
    QCOMPARE(UuidV7::versionOf(id), 7);
    QCOMPARE(id.variant(), QUuid::DCE);
    const QString text = UuidV7::generateString();
    QCOMPARE(text.size(), 36);
    QCOMPARE(text, text.toLower());
    QVERIFY(!text.startsWith(u'{'));
}

void TestUuidV7::monotonicAndUnique()
{
    // Many ids within the same milliseconds: the counter keeps them in creation order.
    QString previous = UuidV7::generateString();
    QSet<QString> seen{previous};
    for (int i = 0; i < 100000; ++i) {
        const QString next = UuidV7::generateString();
        QVERIFY2(next > previous, qPrintable(previous + QStringLiteral(" !< ") + next));
        seen.insert(next);
        previous = next;
    }
    QCOMPARE(seen.size(), 100001);
}

void TestUuidV7::uniqueAcrossThreads()
{
    const QList<int> chunks(8, 20000);
    const QList<QStringList> lists = QtConcurrent::blockingMapped(chunks, [](int n) {
        QStringList ids;
        for (int i = 0; i < n; ++i) {
            ids << UuidV7::generateString();
        }
        return ids;
    });
    QSet<QString> all;
    for (const QStringList &ids : lists) {
        for (const QString &id : ids) {
            all.insert(id);
        }
    }
    QCOMPARE(all.size(), 160000);
}

void TestUuidV7::timestampRoundTrip()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QUuid id = UuidV7::generate();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    const qint64 stamp = UuidV7::timestamp(id).toMSecsSinceEpoch();
    // The counter may borrow a few milliseconds ahead under load, never go behind.
    QVERIFY(stamp >= before);
    QVERIFY(stamp <= after + 50);
    const QUuid made = UuidV7::make(1700000000123LL, 0x0ABC, 0x0123456789ABCDEFULL);
    QCOMPARE(UuidV7::timestamp(made).toMSecsSinceEpoch(), 1700000000123LL);
    QCOMPARE(UuidV7::versionOf(made), 7);
    QCOMPARE(made, UuidV7::make(1700000000123LL, 0x0ABC, 0x0123456789ABCDEFULL));
}

void TestUuidV7::validation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("generated") << UuidV7::generateString() << true;
    QTest::newRow("upper case") << UuidV7::generateString().toUpper() << false;
    QTest::newRow("braces") << u'{' + UuidV7::generateString() + u'}' << false;
    QTest::newRow("version 4") << QUuid::createUuid().toString(QUuid::WithoutBraces) << false;
    QTest::newRow("garbage") << "not-a-uuid" << false;
    QTest::newRow("empty") << "" << false;
}

void TestUuidV7::validation()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(UuidV7::isValid(text), valid);
}

QTEST_GUILESS_MAIN(TestUuidV7)
#include "tst_uuidv7.moc"
