#include "core/store/sqlsplitter.h"

#include <QTest>

using namespace SalesSync;

class TestSqlSplitter : public QObject {
    Q_OBJECT

private slots:
    void split_data();
    void split();
};

void TestSqlSplitter::split_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("two") << "CREATE TABLE a (x); CREATE TABLE b (y);"
                         << QStringList{"CREATE TABLE a (x)", "CREATE TABLE b (y)"};
    QTest::newRow("no trailing semicolon") << "SELECT 1" << QStringList{"SELECT 1"};
    QTest::newRow("semicolon in string") << "INSERT INTO t VALUES ('a;b'); SELECT 2;"
                                         << QStringList{"INSERT INTO t VALUES ('a;b')", "SELECT 2"};
    QTest::newRow("escaped quote") << "SELECT 'it''s; fine'; SELECT 3"
                                   << QStringList{"SELECT 'it''s; fine'", "SELECT 3"};
    QTest::newRow("line comment") << "-- a comment; with semicolon\nSELECT 1; -- trailing\n" << QStringList{"SELECT 1"};
    QTest::newRow("block comment") << "/* x; y */ SELECT 1;" << QStringList{"SELECT 1"};
    QTest::newRow("trigger body") << "CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); "
                                     "UPDATE c SET x = 1; END; SELECT 1;"
                                  << QStringList{"CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); "
                                                 "UPDATE c SET x = 1; END",
                                                 "SELECT 1"};
    QTest::newRow("trigger with case") << "CREATE TRIGGER t BEFORE UPDATE ON a BEGIN SELECT CASE WHEN 1 THEN "
                                          "RAISE(ABORT, 'no; way') END; END; SELECT 2"
                                       << QStringList{"CREATE TRIGGER t BEFORE UPDATE ON a BEGIN SELECT CASE WHEN 1 "
                                                      "THEN RAISE(ABORT, 'no; way') END; END",
                                                      "SELECT 2"};
    QTest::newRow("begin transaction is not a block")
        << "BEGIN; SELECT 1; COMMIT;" << QStringList{"BEGIN", "SELECT 1", "COMMIT"};
    QTest::newRow("quoted identifier") << "SELECT \"a;b\" FROM [x;y]; SELECT 1"
                                       << QStringList{"SELECT \"a;b\" FROM [x;y]", "SELECT 1"};
    QTest::newRow("empty statements") << ";;  ; SELECT 1;;" << QStringList{"SELECT 1"};
}

void TestSqlSplitter::split()
{
    QFETCH(QString, script);
    QFETCH(QStringList, statements);
    QStringList got = splitSqlStatements(script);
    for (QString &s : got) {
        s = s.simplified();
    }
    QCOMPARE(got, statements);
}

QTEST_GUILESS_MAIN(TestSqlSplitter)
#include "tst_sqlsplitter.moc"
