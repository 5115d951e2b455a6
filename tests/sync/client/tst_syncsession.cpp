#include "core/repositories/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sqlutil.h"
#include "demoserver.h"
#include "sync/client/credentialstore.h"
#include "sync/client/localsyncstore.h"
#include "sync/client/syncapi.h"
#include "sync/client/syncsession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace SalesSync;
using namespace SalesSync::Sync;
using namespace SalesSync::Server;

namespace {
const QString kPassword = QStringLiteral("session password 1");
}

// A profile's syncing as the app runs it (SyncSession): sign-in, the token kept between
// sessions, the engine on its own thread, and leaving without losing unsynced work. Real SQLite
// files, a real server on loopback, a real PostgreSQL.
class TestSyncSession : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void signInKeepsTheTokenAndSyncs();
    void wrongPasswordSaysSoAndKeepsNothing();
    void leavingPushesFirstOrRefusesToLoseWork();

private:
    std::unique_ptr<Database> openFile(const QString &name);
    SyncEngine::Settings settings() const;
    qint64 count(Database &db, const QString &sql);

    QTemporaryDir m_dir;
    std::unique_ptr<Test::DemoServer> m_demo;
    QUrl m_url;
    QString m_agent;
};

void TestSyncSession::initTestCase()
{
    DemoDataSpec spec;
    spec.customers = 40;
    spec.orderLines = 200;
    spec.products = 10;
    spec.customersPerTerritory = 20;
    spec.today = QDate(2026, 11, 23);
    m_demo = std::make_unique<Test::DemoServer>(spec, kPassword);
    QVERIFY2(m_demo->isValid(), qPrintable(m_demo->errorString()));
    m_url = m_demo->url();
    m_agent = m_demo->agent();
    QVERIFY(!m_agent.isEmpty());
}

std::unique_ptr<Database> TestSyncSession::openFile(const QString &name)
{
    Result<std::unique_ptr<Database>> db = Database::open(m_dir.filePath(name));
    return db ? std::move(db).value() : nullptr;
}

SyncEngine::Settings TestSyncSession::settings() const
{
    SyncEngine::Settings s;
    s.server = m_url;
    s.debounceMs = 100;
    return s;
}

qint64 TestSyncSession::count(Database &db, const QString &sql)
{
    const Result<QVariant> v = queryValue(db.connection(), sql);
    return v ? v->toLongLong() : -1;
}

void TestSyncSession::signInKeepsTheTokenAndSyncs()
{
    MemoryCredentialStore credentials;
    std::unique_ptr<Database> db = openFile(QStringLiteral("laptop-1.db"));
    QVERIFY(db);
    {
        SyncSession session(*db, credentials, settings());
        QSignalSpy signedIn(&session, &SyncSession::signedIn);
        session.signIn(m_agent, kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20000);
        QCOMPARE(signedIn.first().at(0).toBool(), true);
        QCOMPARE(signedIn.first().at(1).toString(), QString()); // and the token was kept
        QVERIFY(!credentials.readToken(m_url, m_agent)->isEmpty());
        // The first sync runs on the engine's thread; the status follows it here.
        QTRY_VERIFY_WITH_TIMEOUT(session.status()->lastSuccess().isValid(), 20000);
        QVERIFY(count(*db, QStringLiteral("SELECT count(*) FROM customers")) > 0);
        QCOMPARE(session.status()->state(), SyncStatus::State::Idle);
    }
    // The app starts again: no password, syncing goes on with the kept token.
    {
        SyncSession session(*db, credentials, settings());
        const Result<bool> resumed = session.resume(m_agent);
        QVERIFY(resumed.ok());
        QVERIFY(*resumed);
        const QString id = [&] {
            const Result<QVariant> v = queryValue(db->connection(), QStringLiteral("SELECT id FROM customers LIMIT 1"));
            return v ? v->toString() : QString();
        }();
        Customer c = *CustomerRepository(*db).get(id);
        c.phone = QStringLiteral("+49 40 1234 5678");
        QVERIFY(CustomerRepository(*db).update(c).ok());
        session.notifyLocalChange(); // as the UI does after every save
        QTRY_COMPARE_WITH_TIMEOUT(session.status()->pendingOps(), 0, 20000);
        Result<QSqlDatabase> pg = m_demo->pg().db().connection();
        QTRY_COMPARE_WITH_TIMEOUT(
            pgValue(*pg, QStringLiteral("SELECT phone FROM customers WHERE id = '%1'").arg(id))->toString(), c.phone,
            20000);
    }
    // Another user on the same machine and server has no token yet: sign in first.
    SyncSession other(*db, credentials, settings());
    const Result<bool> none = other.resume(QStringLiteral("someone.else"));
    QVERIFY(none.ok());
    QVERIFY(!*none);
    QVERIFY(other.status()->needsLogin());
}

void TestSyncSession::wrongPasswordSaysSoAndKeepsNothing()
{
    MemoryCredentialStore credentials;
    std::unique_ptr<Database> db = openFile(QStringLiteral("laptop-2.db"));
    SyncSession session(*db, credentials, settings());
    QSignalSpy signedIn(&session, &SyncSession::signedIn);
    session.signIn(m_agent, QStringLiteral("not the password"));
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20000);
    QCOMPARE(signedIn.first().at(0).toBool(), false);
    QVERIFY(!signedIn.first().at(1).toString().isEmpty());
    QVERIFY(credentials.readToken(m_url, m_agent)->isEmpty());
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM customers")), 0);
}

void TestSyncSession::leavingPushesFirstOrRefusesToLoseWork()
{
    MemoryCredentialStore credentials;
    std::unique_ptr<Database> db = openFile(QStringLiteral("laptop-3.db"));
    auto session = std::make_unique<SyncSession>(*db, credentials, settings());
    QSignalSpy signedIn(session.get(), &SyncSession::signedIn);
    session->signIn(m_agent, kPassword);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(session->status()->lastSuccess().isValid(), 20000);
    const QString id = [&] {
        const Result<QVariant> v = queryValue(db->connection(), QStringLiteral("SELECT id FROM customers LIMIT 1"));
        return v ? v->toString() : QString();
    }();

    // Online: leaving pushes the last edit first; then signing out ends the session everywhere.
    Customer c = *CustomerRepository(*db).get(id);
    c.notes = QStringLiteral("the last edit before signing out");
    QVERIFY(CustomerRepository(*db).update(c).ok());
    QSignalSpy ready(session.get(), &SyncSession::readyToLeave);
    session->prepareToLeave();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 20000);
    QCOMPARE(ready.first().at(0).value<PendingSummary>().pendingOps, 0);
    Result<QSqlDatabase> pg = m_demo->pg().db().connection();
    QCOMPARE(pgValue(*pg, QStringLiteral("SELECT notes FROM customers WHERE id = '%1'").arg(id))->toString(), c.notes);
    const QString token = *credentials.readToken(m_url, m_agent);
    QVERIFY(session->signOut(false).ok());
    QVERIFY(credentials.readToken(m_url, m_agent)->isEmpty());
    SyncApi api(m_url);
    api.setToken(token);
    QTRY_COMPARE_WITH_TIMEOUT(api.pull(Protocol::PullRequest{QStringLiteral("0:0"), 1}).status, 401, 20000);

    // Offline: what cannot be pushed stops the sign-out until the person decides to discard it
    // (after saving it to a file).
    const QUrl nowhere(QStringLiteral("http://127.0.0.1:1"));
    MemoryCredentialStore offlineCredentials;
    QVERIFY(offlineCredentials.writeToken(nowhere, m_agent, QStringLiteral("kept from before")).ok());
    SyncEngine::Settings unreachable = settings();
    unreachable.server = nowhere;
    session = std::make_unique<SyncSession>(*db, offlineCredentials, unreachable);
    QVERIFY(*session->resume(m_agent));
    c.notes = QStringLiteral("written where there is no network");
    QVERIFY(CustomerRepository(*db).update(c).ok());
    QSignalSpy offlineReady(session.get(), &SyncSession::readyToLeave);
    session->prepareToLeave();
    QTRY_COMPARE_WITH_TIMEOUT(offlineReady.size(), 1, 20000);
    QCOMPARE(offlineReady.first().at(0).value<PendingSummary>().pendingOps, 1);
    const Status refused = session->signOut(false);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message().contains(QStringLiteral("not yet on the server: 1")),
             qPrintable(refused.error().message()));
    QVERIFY(!offlineCredentials.readToken(nowhere, m_agent)->isEmpty()); // still signed in
    QVERIFY(LocalSyncStore(*db).exportUnsynced(m_dir.filePath(QStringLiteral("left-over.json"))).ok());
    QVERIFY(session->signOut(true).ok());
    QVERIFY(offlineCredentials.readToken(nowhere, m_agent)->isEmpty());
    QCOMPARE(LocalSyncStore(*db).summary()->pendingOps, 1); // discarding the data is a step of its own
}

QTEST_GUILESS_MAIN(TestSyncSession)
#include "tst_syncsession.moc"
