#include "core/repositories/customerrepository.h"
#include "core/store/changewriter.h"
#include "core/store/database.h"
#include "core/store/sqlutil.h"
#include "core/store/writetransaction.h"
#include "core/uuidv7.h"
#include "testfixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace SalesSync;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on a file with a private connection, outside Database, the way another program would.
void rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-%1").arg(quintptr(&path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void newFileIsWalWithForeignKeys();
    void olderFileIsUpgradedInPlace();
    void newEntityStartsAFreshPull();
    void newerFileIsRefusedUntouched();
    void damagedFilesAreRefusedUntouched_data();
    void damagedFilesAreRefusedUntouched();
    void missingFileWithoutCreate();
    void eachThreadHasItsOwnConnection();
    void writeTransactionRollsBackUnlessCommitted();
    void nestedTransactionsAreSavepoints();
};

void TestDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDatabase::newFileIsWalWithForeignKeys()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(QStringLiteral("a/b/new.db")));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message()));
    Database &d = *db.value();
    QCOMPARE(d.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(queryValue(d.connection(), QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
    QCOMPARE(queryValue(d.connection(), QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    QCOMPARE(queryValue(d.connection(), QStringLiteral("PRAGMA user_version"))->toInt(),
             Database::latestSchemaVersion());
    QCOMPARE(queryValue(d.connection(), QStringLiteral("PRAGMA application_id"))->toLongLong(),
             Database::kApplicationId);
    QVERIFY(UuidV7::isValid(d.deviceId()));
    QVERIFY(d.upgradeBackupPath().isEmpty());
    // Foreign keys are enforced, not just declared.
    const Result<QSqlQuery> orphan = runQuery(
        d.connection(), QStringLiteral("INSERT INTO territories (id, parent_id, level, code, name, updated_at) VALUES "
                                       "('t1', 'nope', 'area', 'X', 'X', '')"));
    QVERIFY(!orphan.ok());
    QVERIFY(orphan.error().message().contains(QStringLiteral("refers to a record that does not exist")));
}

void TestDatabase::newEntityStartsAFreshPull()
{
    // A client of version 3 skipped the sales targets the server sent it: after the upgrade it
    // pulls again from a snapshot, keeping what it has (and its outbox).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.db"));
    {
        Database::OpenOptions v3;
        v3.targetVersion = 3;
        Result<std::unique_ptr<Database>> db = Database::open(path, v3);
        QVERIFY(db.ok());
        QVERIFY(db.value()->setMetaValue(QStringLiteral("sync.cursor"), QStringLiteral("1043:5120:7")).ok());
        QVERIFY(db.value()->setMetaValue(QStringLiteral("sync.epoch"), QStringLiteral("e")).ok());
    }
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY(db.ok());
    QVERIFY(db.value()->schemaVersion() >= 4);
    QCOMPARE(db.value()->metaValue(QStringLiteral("sync.cursor")).value(), QString());
    QCOMPARE(db.value()->metaValue(QStringLiteral("sync.epoch")).value(), QStringLiteral("e"));
}

void TestDatabase::olderFileIsUpgradedInPlace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    QString customerId;
    QString deviceId;
    {
        // A file as version 1 of SalesSync left it, with a customer in it.
        Database::OpenOptions v1;
        v1.targetVersion = 1;
        Result<std::unique_ptr<Database>> db = Database::open(path, v1);
        QVERIFY(db.ok());
        QCOMPARE(db.value()->schemaVersion(), 1);
        QCOMPARE(queryValue(db.value()->connection(),
                            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'customer_search'"))
                     ->toInt(),
                 0);
        deviceId = db.value()->deviceId();
        QVERIFY(runQuery(db.value()->connection(),
                         QStringLiteral("INSERT INTO territories (id, level, code, name, updated_at) VALUES "
                                        "('00000000-0000-7000-8000-000000000001', 'region', 'R', 'Region', '')"))
                    .ok());
        QVERIFY(runQuery(db.value()->connection(),
                         QStringLiteral("INSERT INTO territories (id, parent_id, level, code, name, updated_at) VALUES "
                                        "('00000000-0000-7000-8000-000000000002', "
                                        "'00000000-0000-7000-8000-000000000001', 'area', 'A', 'Area', ''), "
                                        "('00000000-0000-7000-8000-000000000003', "
                                        "'00000000-0000-7000-8000-000000000002', 'territory', 'T', 'T', '')"))
                    .ok());
        Customer c;
        c.code = QStringLiteral("C1");
        c.name = QStringLiteral("Getränke Jäger GmbH");
        c.city = QStringLiteral("Würzburg");
        c.phone = QStringLiteral("+49 931 445566");
        c.creditLimit = Money(250000, Currency::eur());
        c.territoryId = QStringLiteral("00000000-0000-7000-8000-000000000003");
        c.location = GeoPoint{49.7913, 9.9534};
        // Version 1 had no search index: write the row the way version 1's repository did.
        QVariantMap values = CustomerRepository::values(c);
        values.remove(QStringLiteral("language")); // came with version 7
        c.id = UuidV7::generateString();
        customerId = c.id;
        QStringList columns{QStringLiteral("id"), QStringLiteral("updated_at")};
        QVariantList binds{c.id, QStringLiteral("2025-01-01T00:00:00.000Z")};
        const EntityDef &entity = EntitySchema::get(QStringLiteral("customer"));
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            columns << it.key();
            binds << toStorageValue(*entity.field(it.key()), it.value());
        }
        const QString sql = QStringLiteral("INSERT INTO customers (%1) VALUES (%2)")
                                .arg(columns.join(u','), QStringList(columns.size(), QStringLiteral("?")).join(u','));
        const Result<QSqlQuery> inserted = runQuery(db.value()->connection(), sql, binds);
        QVERIFY2(inserted.ok(), inserted.ok() ? "" : qPrintable(inserted.error().message()));
    }
    Result<std::unique_ptr<Database>> upgraded = Database::open(path);
    QVERIFY2(upgraded.ok(), upgraded.ok() ? "" : qPrintable(upgraded.error().message()));
    Database &db = *upgraded.value();
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(db.deviceId(), deviceId);
    CustomerRepository customers(db);
    const Result<Customer> c = customers.get(customerId);
    QVERIFY(c.ok());
    QCOMPARE(c->name, QStringLiteral("Getränke Jäger GmbH"));
    QCOMPARE(c->creditLimit.minorUnits(), 250000);
    QCOMPARE(c->location->latitude, 49.7913);
    // Rows from before the upgrade are in the new search index.
    QCOMPARE(customers.search(QStringLiteral("getranke wurz"))->size(), 1);
    QCOMPARE(customers.search(QStringLiteral("931"))->size(), 1);
    // The pre-upgrade copy is a complete version 1 file.
    QVERIFY(QFile::exists(db.upgradeBackupPath()));
    Database::OpenOptions readOnlyCheck;
    readOnlyCheck.targetVersion = 1;
    Result<std::unique_ptr<Database>> backup = Database::open(db.upgradeBackupPath(), readOnlyCheck);
    QVERIFY(backup.ok());
    QCOMPARE(backup.value()->schemaVersion(), 1);
    QCOMPARE(queryValue(backup.value()->connection(), QStringLiteral("SELECT name FROM customers"))->toString(),
             QStringLiteral("Getränke Jäger GmbH"));
}

void TestDatabase::newerFileIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    QVERIFY(Database::open(path).ok());
    rawExec(path, {QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1),
                   QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
    const QByteArray before = fileHash(path);
    const Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code(), ErrorCode::SchemaTooNew);
    QVERIFY(db.error().message().contains(QString::number(Database::latestSchemaVersion() + 1)));
    QVERIFY(db.error().message().contains(QStringLiteral("reads up to %1").arg(Database::latestSchemaVersion())));
    QVERIFY(db.error().message().contains(path));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::damagedFilesAreRefusedUntouched_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("random bytes") << "garbage"
                                  << "damaged or is not a SalesSync data file";
    QTest::newRow("a text file") << "text"
                                 << "damaged or is not a SalesSync data file";
    QTest::newRow("another program's database") << "foreign"
                                                << "is not a SalesSync data file";
    QTest::newRow("overwritten pages") << "pages"
                                       << "damaged";
}

void TestDatabase::damagedFilesAreRefusedUntouched()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.db"));
    if (damage == u"garbage" || damage == u"text") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes;
        for (int i = 0; i < 8192; ++i) {
            bytes += damage == u"text" ? "lorem ipsum "[i % 12] : char((i * 7919) % 251);
        }
        f.write(bytes);
    } else if (damage == u"foreign") {
        rawExec(path, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                       QStringLiteral("INSERT INTO notes (body) VALUES ('mine')")});
    } else {
        {
            Test::Fixture fixture;
            QVERIFY(fixture.isValid());
            QVERIFY(runQuery(fixture.db().connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
            QVERIFY(QFile::copy(fixture.path(), path));
        }
        // Overwrite the b-tree pages after the first few with noise, keeping the header valid.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        QVERIFY(f.size() > 8 * pageSize);
        for (qint64 page = 3; page < f.size() / pageSize; page += 2) {
            f.seek(page * pageSize);
            f.write(QByteArray(int(pageSize), char(0x5A)));
        }
    }
    const QByteArray before = fileHash(path);
    const Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code(), ErrorCode::Corrupt);
    QVERIFY2(db.error().message().contains(expected), qPrintable(db.error().message()));
    QVERIFY(db.error().message().contains(path));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::missingFileWithoutCreate()
{
    QTemporaryDir dir;
    Database::OpenOptions options;
    options.create = false;
    const Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(QStringLiteral("none.db")), options);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code(), ErrorCode::NotFound);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.db"))));
}

void TestDatabase::eachThreadHasItsOwnConnection()
{
    Test::Fixture fixture;
    QVERIFY(fixture.isValid());
    const QString mainName = fixture.db().connection().connectionName();
    const auto [name, customers] =
        QtConcurrent::run([&fixture] {
            QSqlDatabase db = fixture.db().connection();
            return std::pair(db.connectionName(),
                             queryValue(db, QStringLiteral("SELECT count(*) FROM customers"))->toInt());
        }).result();
    QVERIFY(name != mainName);
    QCOMPARE(customers, 2);
    QCOMPARE(queryValue(fixture.db().connection(), QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
}

void TestDatabase::writeTransactionRollsBackUnlessCommitted()
{
    Test::Fixture fixture;
    QVERIFY(fixture.isValid());
    {
        WriteTransaction tx(fixture.db().connection());
        QVERIFY(tx.isActive());
        QVERIFY(runQuery(tx.database(), QStringLiteral("DELETE FROM meta WHERE key = 'device_id'")).ok());
    }
    QCOMPARE(fixture.db().metaValue(QStringLiteral("device_id")).value(), fixture.db().deviceId());
    {
        WriteTransaction tx(fixture.db().connection());
        QVERIFY(runQuery(tx.database(), QStringLiteral("INSERT INTO meta VALUES ('k', 'v')")).ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(fixture.db().metaValue(QStringLiteral("k")).value(), QStringLiteral("v"));
}

void TestDatabase::nestedTransactionsAreSavepoints()
{
    Test::Fixture fixture;
    QVERIFY(fixture.isValid());
    {
        WriteTransaction outer(fixture.db().connection());
        QVERIFY(runQuery(outer.database(), QStringLiteral("INSERT INTO meta VALUES ('outer', '1')")).ok());
        {
            WriteTransaction inner(fixture.db().connection());
            QVERIFY(inner.isActive());
            QVERIFY(runQuery(inner.database(), QStringLiteral("INSERT INTO meta VALUES ('inner', '1')")).ok());
            // inner rolls back on scope exit; outer's work stays.
        }
        {
            WriteTransaction kept(fixture.db().connection());
            QVERIFY(runQuery(kept.database(), QStringLiteral("INSERT INTO meta VALUES ('kept', '1')")).ok());
            QVERIFY(kept.commit().ok());
        }
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(fixture.db().metaValue(QStringLiteral("outer")).value(), QStringLiteral("1"));
    QCOMPARE(fixture.db().metaValue(QStringLiteral("inner")).value(), QString());
    QCOMPARE(fixture.db().metaValue(QStringLiteral("kept")).value(), QStringLiteral("1"));
    {
        WriteTransaction outer(fixture.db().connection());
        {
            WriteTransaction inner(fixture.db().connection());
            QVERIFY(runQuery(inner.database(), QStringLiteral("INSERT INTO meta VALUES ('lost', '1')")).ok());
            QVERIFY(inner.commit().ok());
        }
        // The outer transaction never commits: the inner commit goes with it.
    }
    QCOMPARE(fixture.db().metaValue(QStringLiteral("lost")).value(), QString());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
