#include "core/store/database.h"
#include "core/store/localsettings.h"
#include "core/store/savepoint.h"
#include "core/store/sqlutil.h"
#include "core/store/writetransaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace SalesSync;

class TestLocalSettings : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaultsWhenNothingIsStored();
    void savedSettingsComeBack();
    void outOfRangeIsRefusedNamingTheField();
    void unusableStoredValuesFallBack();
    void savepointRollsBackUnlessReleased();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestLocalSettings::init()
{
    Result<std::unique_ptr<Database>> db = Database::open(m_dir.filePath(QStringLiteral("s.db")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
}

void TestLocalSettings::cleanup()
{
    m_db.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("s.db")));
}

void TestLocalSettings::defaultsWhenNothingIsStored()
{
    const Result<LocalSettings> s = LocalSettingsStore(*m_db).load();
    QVERIFY(s.ok());
    QCOMPARE(s->geofenceRadiusMetres, 200);
    QCOMPARE(s->positionTimeoutSeconds, 30);
    QCOMPARE(s->creditPolicy, CreditPolicy::Warn);
}

void TestLocalSettings::savedSettingsComeBack()
{
    LocalSettings wanted;
    wanted.geofenceRadiusMetres = 850;
    wanted.positionTimeoutSeconds = 90;
    wanted.creditPolicy = CreditPolicy::Block;
    QVERIFY(LocalSettingsStore(*m_db).save(wanted).ok());
    QCOMPARE(LocalSettingsStore(*m_db).load().value(), wanted);
    // Stored under the keys that older versions wrote too.
    QCOMPARE(m_db->metaValue(QStringLiteral("geofence_radius_m")).value(), QStringLiteral("850"));
    QCOMPARE(m_db->metaValue(QStringLiteral("credit_policy")).value(), QStringLiteral("block"));
}

void TestLocalSettings::outOfRangeIsRefusedNamingTheField()
{
    LocalSettings bad;
    bad.geofenceRadiusMetres = 5;
    bad.positionTimeoutSeconds = 3000;
    const Status saved = LocalSettingsStore(*m_db).save(bad);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code(), ErrorCode::Validation);
    QCOMPARE(saved.error().messageFor(QStringLiteral("geofenceRadiusMetres")),
             QStringLiteral("must be from 25 to 5000"));
    QVERIFY(saved.error().hasField(QStringLiteral("positionTimeoutSeconds")));
    // Nothing was written: all or nothing.
    QCOMPARE(m_db->metaValue(QStringLiteral("geofence_radius_m")).value(), QString());
}

void TestLocalSettings::unusableStoredValuesFallBack()
{
    QVERIFY(m_db->setMetaValue(QStringLiteral("geofence_radius_m"), QStringLiteral("a lot")).ok());
    QVERIFY(m_db->setMetaValue(QStringLiteral("position_timeout_s"), QStringLiteral("100000")).ok());
    const Result<LocalSettings> s = LocalSettingsStore(*m_db).load();
    QVERIFY(s.ok());
    QCOMPARE(s->geofenceRadiusMetres, LocalSettings::kGeofenceRadiusMetres.fallback);
    QCOMPARE(s->positionTimeoutSeconds, LocalSettings::kPositionTimeoutSeconds.fallback);
}

void TestLocalSettings::savepointRollsBackUnlessReleased()
{
    WriteTransaction tx(m_db->connection());
    QVERIFY(tx.isActive());
    {
        Savepoint kept(tx.database(), QStringLiteral("kept"));
        QVERIFY(kept.status().ok());
        QVERIFY(runQuery(tx.database(), QStringLiteral("INSERT INTO meta VALUES ('kept', '1')")).ok());
        QVERIFY(kept.release().ok());
        QVERIFY(!kept.release().ok()); // only once
    }
    {
        Savepoint dropped(tx.database(), QStringLiteral("dropped"));
        QVERIFY(runQuery(tx.database(), QStringLiteral("INSERT INTO meta VALUES ('dropped', '1')")).ok());
        // Goes out of scope unreleased: undone.
    }
    {
        Savepoint undone(tx.database(), QStringLiteral("undone"));
        QVERIFY(runQuery(tx.database(), QStringLiteral("INSERT INTO meta VALUES ('undone', '1')")).ok());
        QVERIFY(undone.rollback().ok());
    }
    QVERIFY(tx.commit().ok());
    QCOMPARE(m_db->metaValue(QStringLiteral("kept")).value(), QStringLiteral("1"));
    QCOMPARE(m_db->metaValue(QStringLiteral("dropped")).value(), QString());
    QCOMPARE(m_db->metaValue(QStringLiteral("undone")).value(), QString());
}

QTEST_GUILESS_MAIN(TestLocalSettings)
#include "tst_localsettings.moc"
