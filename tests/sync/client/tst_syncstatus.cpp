#include "sync/client/credentialstore.h"
#include "sync/client/syncstatus.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace SalesSync;
using namespace SalesSync::Sync;

namespace {

using Phase = SyncProgress::Phase;
using State = SyncStatus::State;

SyncProgress progress(Phase phase, qint64 done, qint64 total, double rate)
{
    return SyncProgress{phase, done, total, rate};
}

PendingSummary pending(qint64 ops, const QDateTime &oldest = {}, qint64 quarantined = 0, qint64 conflicts = 0)
{
    return PendingSummary{ops, oldest, quarantined, conflicts};
}

} // namespace

// SyncStatus fed through its public slots, as the engine's queued signals would: no server, no
// engine, no database. And the credential stores behind the login.
//
// No translator is installed here, so plural forms read as in the source ("2 change(s)"); the
// English plurals come from the app's translations. Numbers are formatted for the default locale,
// fixed to en_US in initTestCase.
class TestSyncStatus : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void startsOnlineIdleAndNeverSynced();
    void offlineThenSyncingThenIdle();
    void firstSyncShowsRowsAndTimeLeft();
    void errorStaysUntilASuccessfulRound();
    void authenticationRequiredUntilCleared();
    void aLaterErrorSurvivesClearNeedsLogin();
    void progressArithmetic_data();
    void progressArithmetic();
    void oldestPendingAge();
    void summaryShowsPendingCount();
    void summaryShowsItemsNeedingAttention();
    void signalsOnlyOnChange();
    void serverReplacedIsRelayed();

    void accountKey_data();
    void accountKey();
    void memoryStoreRoundTrip();
    void memoryStoreKeysByServerAndUser();
    void storesRefuseIncompleteAccounts();
    void keychainWithoutBackendExplains();
    void keychainRoundTrip();

private:
    bool m_keychain = false;
};

void TestSyncStatus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Numbers in the summary are formatted for the person's locale; fix one so "1,234" is known.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_keychain = KeychainCredentialStore::backendAvailable();
    qInfo("keychain backend available: %s", m_keychain ? "yes" : "no");
}

void TestSyncStatus::startsOnlineIdleAndNeverSynced()
{
    SyncStatus status;
    QVERIFY(status.isOnline());
    QCOMPARE(status.state(), State::Idle);
    QVERIFY(!status.lastSuccess().isValid());
    QVERIFY(status.lastError().isEmpty());
    QVERIFY(!status.needsLogin());
    QCOMPARE(status.pendingOps(), 0);
    QCOMPARE(status.percent(), -1);
    QCOMPARE(status.secondsLeft(), -1);
    QCOMPARE(status.summaryText(), QStringLiteral("Not synced yet"));
}

void TestSyncStatus::offlineThenSyncingThenIdle()
{
    SyncStatus status;
    status.onPending(pending(2, QDateTime::currentDateTimeUtc()));
    status.onOnline(false);
    QCOMPARE(status.state(), State::Offline);
    QVERIFY(!status.isOnline());
    QCOMPARE(status.summaryText(), QStringLiteral("Offline — 2 change(s) waiting"));

    status.onOnline(true);
    QCOMPARE(status.state(), State::Idle);
    status.onProgress(progress(Phase::Pushing, 0, 2, 0));
    QCOMPARE(status.state(), State::Syncing);
    QCOMPARE(status.summaryText(), QStringLiteral("Sending 2 change(s)…"));
    status.onPending(pending(0));
    status.onProgress(progress(Phase::Pulling, 250, 1000, 50));
    QCOMPARE(status.state(), State::Syncing);
    QCOMPARE(status.percent(), 25);
    QCOMPARE(status.secondsLeft(), 15);
    QCOMPARE(status.summaryText(), QStringLiteral("Syncing… 250 of 1,000 rows"));

    // The engine resets the progress, then reports the round.
    const QDateTime before = QDateTime::currentDateTimeUtc();
    status.onProgress(SyncProgress{});
    status.onRoundFinished(true, {});
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QCOMPARE(status.state(), State::Idle);
    QVERIFY(status.lastSuccess().isValid());
    QCOMPARE(status.lastSuccess().timeSpec(), Qt::UTC);
    QVERIFY(status.lastSuccess() >= before && status.lastSuccess() <= after);
    QCOMPARE(status.percent(), -1);
    QVERIFY2(status.summaryText().startsWith(QStringLiteral("Up to date — last sync ")),
             qPrintable(status.summaryText()));
}

void TestSyncStatus::firstSyncShowsRowsAndTimeLeft()
{
    SyncStatus status;
    status.onProgress(progress(Phase::FirstSync, 20000, 1000000, 5000));
    QCOMPARE(status.state(), State::FirstSync);
    QCOMPARE(status.percent(), 2);
    QCOMPARE(status.secondsLeft(), 196);
    QCOMPARE(status.summaryText(), QStringLiteral("First sync… 20,000 of 1,000,000 rows, about 4 minute(s) left"));
    // Before the first page there is no rate yet.
    status.onProgress(progress(Phase::FirstSync, 0, 1000000, 0));
    QCOMPARE(status.secondsLeft(), -1);
    QCOMPARE(status.summaryText(), QStringLiteral("First sync… 0 of 1,000,000 rows"));
}

void TestSyncStatus::errorStaysUntilASuccessfulRound()
{
    SyncStatus status;
    const QString error = QStringLiteral("The server answered with HTTP status 500.");
    status.onRoundFinished(false, error);
    QCOMPARE(status.state(), State::Error);
    QCOMPARE(status.lastError(), error);
    QCOMPARE(status.summaryText(), QStringLiteral("Sync failed: ") + error);
    QVERIFY(!status.lastSuccess().isValid());

    // A round in progress shows as syncing, but the error is not forgotten until one succeeds.
    status.onProgress(progress(Phase::Pulling, 10, -1, 100));
    QCOMPARE(status.state(), State::Syncing);
    QCOMPARE(status.lastError(), error);
    status.onProgress(SyncProgress{});
    QCOMPARE(status.state(), State::Error);

    status.onRoundFinished(true, {});
    QCOMPARE(status.state(), State::Idle);
    QVERIFY(status.lastError().isEmpty());
    QVERIFY(status.lastSuccess().isValid());

    // A failure without words still reads as one.
    status.onRoundFinished(false, {});
    QCOMPARE(status.state(), State::Error);
    QVERIFY(!status.lastError().isEmpty());
}

void TestSyncStatus::authenticationRequiredUntilCleared()
{
    SyncStatus status;
    // The engine's order on a 401: the failed round, then authenticationRequired.
    status.onRoundFinished(false, QStringLiteral("Your session has expired. Please sign in again."));
    status.onAuthenticationRequired();
    QVERIFY(status.needsLogin());
    QCOMPARE(status.state(), State::NeedsLogin);
    QCOMPARE(status.summaryText(), QStringLiteral("Please log in again to sync"));

    // Going offline and back does not make the login prompt go away.
    status.onOnline(false);
    QCOMPARE(status.state(), State::NeedsLogin);
    status.onOnline(true);
    QCOMPARE(status.state(), State::NeedsLogin);

    status.clearNeedsLogin();
    QVERIFY(!status.needsLogin());
    QVERIFY(status.lastError().isEmpty()); // it was the login's error
    QCOMPARE(status.state(), State::Idle);
}

void TestSyncStatus::aLaterErrorSurvivesClearNeedsLogin()
{
    SyncStatus status;
    status.onRoundFinished(false, QStringLiteral("Your session has expired."));
    status.onAuthenticationRequired();
    status.onRoundFinished(false, QStringLiteral("The disk is full."));
    status.clearNeedsLogin();
    QCOMPARE(status.state(), State::Error);
    QCOMPARE(status.lastError(), QStringLiteral("The disk is full."));
}

void TestSyncStatus::progressArithmetic_data()
{
    QTest::addColumn<qint64>("done");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("percent");
    QTest::addColumn<qint64>("secondsLeft");
    QTest::newRow("a quarter at 50 rows/s") << qint64(250) << qint64(1000) << 50.0 << 25 << qint64(15);
    QTest::newRow("rounds seconds up") << qint64(990) << qint64(1000) << 4.0 << 99 << qint64(3);
    QTest::newRow("rounds percent down") << qint64(1) << qint64(3) << 1.0 << 33 << qint64(2);
    QTest::newRow("done") << qint64(1000) << qint64(1000) << 10.0 << 100 << qint64(0);
    QTest::newRow("more than announced") << qint64(1100) << qint64(1000) << 10.0 << 100 << qint64(0);
    QTest::newRow("no rate yet") << qint64(0) << qint64(1000) << 0.0 << 0 << qint64(-1);
    QTest::newRow("total unknown") << qint64(500) << qint64(-1) << 50.0 << -1 << qint64(-1);
    QTest::newRow("idle") << qint64(0) << qint64(-1) << 0.0 << -1 << qint64(-1);
}

void TestSyncStatus::progressArithmetic()
{
    QFETCH(qint64, done);
    QFETCH(qint64, total);
    QFETCH(double, rate);
    SyncStatus status;
    status.onProgress(progress(Phase::FirstSync, done, total, rate));
    QTEST(status.percent(), "percent");
    QTEST(status.secondsLeft(), "secondsLeft");
}

void TestSyncStatus::oldestPendingAge()
{
    SyncStatus status;
    const QDateTime now(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    QCOMPARE(status.oldestPendingAgeSeconds(now), -1);
    status.onPending(pending(3, now.addSecs(-90)));
    QCOMPARE(status.oldestPending(), now.addSecs(-90));
    QCOMPARE(status.oldestPendingAgeSeconds(now), 90);
    QCOMPARE(status.oldestPendingAgeSeconds(now.addDays(1)), 90 + 86400);
    // A clock that ran ahead when the change was written does not make a negative age.
    status.onPending(pending(3, now.addSecs(30)));
    QCOMPARE(status.oldestPendingAgeSeconds(now), 0);
    status.onPending(pending(0));
    QVERIFY(!status.oldestPending().isValid());
    QCOMPARE(status.oldestPendingAgeSeconds(now), -1);
}

void TestSyncStatus::summaryShowsPendingCount()
{
    SyncStatus status;
    status.onPending(pending(1234, QDateTime::currentDateTimeUtc()));
    QCOMPARE(status.summaryText(), QStringLiteral("Not synced yet — 1,234 change(s) waiting"));
    status.onOnline(false);
    QCOMPARE(status.summaryText(), QStringLiteral("Offline — 1,234 change(s) waiting"));
    status.onPending(pending(1, QDateTime::currentDateTimeUtc()));
    QCOMPARE(status.summaryText(), QStringLiteral("Offline — 1 change(s) waiting"));
    status.onPending(pending(0));
    QCOMPARE(status.summaryText(), QStringLiteral("Offline"));
    status.onOnline(true);
    status.onRoundFinished(true, {});
    status.onPending(pending(5, QDateTime::currentDateTimeUtc()));
    QVERIFY2(status.summaryText().startsWith(QStringLiteral("5 change(s) waiting — last sync ")),
             qPrintable(status.summaryText()));
}

void TestSyncStatus::summaryShowsItemsNeedingAttention()
{
    SyncStatus status;
    status.onRoundFinished(true, {});
    status.onPending(pending(0, {}, 2, 1));
    QCOMPARE(status.quarantined(), 2);
    QCOMPARE(status.openConflicts(), 1);
    QVERIFY2(status.summaryText().startsWith(QStringLiteral("Up to date — last sync ")),
             qPrintable(status.summaryText()));
    QVERIFY2(status.summaryText().endsWith(QStringLiteral(" — 3 item(s) need your attention")),
             qPrintable(status.summaryText()));
}

void TestSyncStatus::signalsOnlyOnChange()
{
    SyncStatus status;
    QSignalSpy changed(&status, &SyncStatus::changed);
    QSignalSpy online(&status, &SyncStatus::onlineChanged);
    QSignalSpy state(&status, &SyncStatus::stateChanged);
    QSignalSpy progressSpy(&status, &SyncStatus::progressChanged);
    QSignalSpy pendingOps(&status, &SyncStatus::pendingOpsChanged);
    QSignalSpy oldest(&status, &SyncStatus::oldestPendingChanged);
    QSignalSpy quarantined(&status, &SyncStatus::quarantinedChanged);
    QSignalSpy lastError(&status, &SyncStatus::lastErrorChanged);
    QSignalSpy needsLogin(&status, &SyncStatus::needsLoginChanged);

    status.onOnline(true); // already online
    QCOMPARE(changed.size(), 0);
    QCOMPARE(online.size(), 0);

    status.onOnline(false);
    QCOMPARE(online.size(), 1);
    QCOMPARE(online.last().at(0).toBool(), false);
    QCOMPARE(state.size(), 1);
    QCOMPARE(state.last().at(0).value<State>(), State::Offline);
    QCOMPARE(changed.size(), 1);
    status.onOnline(false);
    QCOMPARE(online.size(), 1);
    QCOMPARE(changed.size(), 1);

    // Three properties in one summary: three specific signals, one changed().
    const QDateTime oldestAt = QDateTime::currentDateTimeUtc();
    status.onPending(pending(4, oldestAt, 1, 0));
    QCOMPARE(pendingOps.size(), 1);
    QCOMPARE(oldest.size(), 1);
    QCOMPARE(quarantined.size(), 1);
    QCOMPARE(changed.size(), 2);
    status.onPending(pending(4, oldestAt, 1, 0));
    QCOMPARE(pendingOps.size(), 1);
    QCOMPARE(changed.size(), 2);
    status.onPending(pending(5, oldestAt, 1, 0));
    QCOMPARE(pendingOps.size(), 2);
    QCOMPARE(oldest.size(), 1);
    QCOMPARE(changed.size(), 3);

    status.onOnline(true);
    QCOMPARE(state.size(), 2);
    QCOMPARE(changed.size(), 4);
    const SyncProgress page = progress(Phase::Pulling, 100, -1, 20);
    status.onProgress(page);
    QCOMPARE(progressSpy.size(), 1);
    QCOMPARE(state.size(), 3); // Idle -> Syncing
    QCOMPARE(changed.size(), 5);
    status.onProgress(page);
    QCOMPARE(progressSpy.size(), 1);
    QCOMPARE(changed.size(), 5);

    // The same error twice is one change; the progress reset before it is another.
    status.onProgress(SyncProgress{});
    QCOMPARE(changed.size(), 6);
    status.onRoundFinished(false, QStringLiteral("No answer from the server."));
    QCOMPARE(lastError.size(), 1);
    QCOMPARE(changed.size(), 7);
    status.onRoundFinished(false, QStringLiteral("No answer from the server."));
    QCOMPARE(lastError.size(), 1);
    QCOMPARE(changed.size(), 7);

    // Clearing a login prompt that is not there changes nothing.
    status.clearNeedsLogin();
    QCOMPARE(needsLogin.size(), 0);
    QCOMPARE(changed.size(), 7);
    status.onAuthenticationRequired();
    status.onAuthenticationRequired();
    QCOMPARE(needsLogin.size(), 1);
    QCOMPARE(changed.size(), 8);
}

void TestSyncStatus::serverReplacedIsRelayed()
{
    SyncStatus status;
    QSignalSpy replaced(&status, &SyncStatus::serverReplaced);
    QSignalSpy changed(&status, &SyncStatus::changed);
    status.onServerReplaced();
    QCOMPARE(replaced.size(), 1);
    QCOMPARE(changed.size(), 0);
}

void TestSyncStatus::accountKey_data()
{
    QTest::addColumn<QUrl>("server");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("key");
    QTest::newRow("host case and trailing slash") << QUrl("https://Sales.Example.com/") << "ada"
                                                  << "https://sales.example.com:443|ada";
    QTest::newRow("default port written") << QUrl("https://sales.example.com:443") << "ada"
                                          << "https://sales.example.com:443|ada";
    QTest::newRow("http") << QUrl("http://localhost") << "ada"
                          << "http://localhost:80|ada";
    QTest::newRow("port and path") << QUrl("http://10.0.0.5:8080/salessync//") << "ada"
                                   << "http://10.0.0.5:8080/salessync|ada";
    QTest::newRow("path case kept") << QUrl("https://example.com/Sales/") << "ada"
                                    << "https://example.com:443/Sales|ada";
    QTest::newRow("no user info, query or fragment")
        << QUrl("https://bob:secret@sales.example.com/api?x=1#top") << "ada"
        << "https://sales.example.com:443/api|ada";
    QTest::newRow("username as the server sees it") << QUrl("https://sales.example.com") << " Ada "
                                                    << "https://sales.example.com:443|ada";
    QTest::newRow("no host") << QUrl("sales.example.com") << "ada"
                             << "";
    QTest::newRow("no username") << QUrl("https://sales.example.com") << "  "
                                 << "";
}

void TestSyncStatus::accountKey()
{
    QFETCH(QUrl, server);
    QFETCH(QString, username);
    QTEST(CredentialStore::accountKey(server, username), "key");
}

void TestSyncStatus::memoryStoreRoundTrip()
{
    MemoryCredentialStore store;
    const QUrl server(QStringLiteral("https://sales.example.com"));
    const QString user = QStringLiteral("ada");
    QVERIFY(!store.isSecure());
    QVERIFY(!store.backendDescription().isEmpty());

    Result<QString> token = store.readToken(server, user);
    QVERIFY(token.ok());
    QVERIFY(token->isEmpty());

    QVERIFY(store.writeToken(server, user, QStringLiteral("token-1")).ok());
    token = store.readToken(server, user);
    QVERIFY(token.ok());
    QCOMPARE(*token, QStringLiteral("token-1"));

    QVERIFY(store.writeToken(server, user, QStringLiteral("token-2")).ok()); // a new sign-in replaces it
    QCOMPARE(*store.readToken(server, user), QStringLiteral("token-2"));

    QVERIFY(store.removeToken(server, user).ok());
    token = store.readToken(server, user);
    QVERIFY(token.ok());
    QVERIFY(token->isEmpty());
    QVERIFY(store.removeToken(server, user).ok()); // signing out twice is fine
}

void TestSyncStatus::memoryStoreKeysByServerAndUser()
{
    MemoryCredentialStore store;
    const QUrl production(QStringLiteral("https://sales.example.com"));
    const QUrl test(QStringLiteral("https://test.sales.example.com"));
    QVERIFY(store.writeToken(production, QStringLiteral("ada"), QStringLiteral("ada@production")).ok());
    QVERIFY(store.writeToken(production, QStringLiteral("bob"), QStringLiteral("bob@production")).ok());
    QVERIFY(store.writeToken(test, QStringLiteral("ada"), QStringLiteral("ada@test")).ok());

    // Two users on one server, one user on two servers: three tokens.
    QCOMPARE(*store.readToken(production, QStringLiteral("ada")), QStringLiteral("ada@production"));
    QCOMPARE(*store.readToken(production, QStringLiteral("bob")), QStringLiteral("bob@production"));
    QCOMPARE(*store.readToken(test, QStringLiteral("ada")), QStringLiteral("ada@test"));
    QVERIFY(store.readToken(test, QStringLiteral("bob"))->isEmpty());

    // The same server typed differently is the same account.
    QCOMPARE(*store.readToken(QUrl(QStringLiteral("https://Sales.Example.com/")), QStringLiteral("ada")),
             QStringLiteral("ada@production"));

    QVERIFY(store.removeToken(production, QStringLiteral("ada")).ok());
    QVERIFY(store.readToken(production, QStringLiteral("ada"))->isEmpty());
    QCOMPARE(*store.readToken(production, QStringLiteral("bob")), QStringLiteral("bob@production"));
    QCOMPARE(*store.readToken(test, QStringLiteral("ada")), QStringLiteral("ada@test"));
}

void TestSyncStatus::storesRefuseIncompleteAccounts()
{
    MemoryCredentialStore memory;
    KeychainCredentialStore keychain;
    const QUrl server(QStringLiteral("https://sales.example.com"));
    for (CredentialStore *store :
         {static_cast<CredentialStore *>(&memory), static_cast<CredentialStore *>(&keychain)}) {
        const Status noUser = store->writeToken(server, QString(), QStringLiteral("t"));
        QVERIFY(!noUser.ok());
        QCOMPARE(noUser.error().code(), ErrorCode::Validation);
        QVERIFY(noUser.error().hasField(QStringLiteral("username")));

        const Result<QString> noHost =
            store->readToken(QUrl(QStringLiteral("sales.example.com")), QStringLiteral("ada"));
        QVERIFY(!noHost.ok());
        QVERIFY(noHost.error().hasField(QStringLiteral("server")));

        const Status noToken = store->writeToken(server, QStringLiteral("ada"), QString());
        QVERIFY(!noToken.ok());
        QVERIFY(noToken.error().hasField(QStringLiteral("token")));
    }
}

void TestSyncStatus::keychainWithoutBackendExplains()
{
    if (m_keychain) {
        QSKIP("a keychain backend is available here; keychainRoundTrip covers it");
    }
    KeychainCredentialStore store(std::chrono::seconds(20));
    QVERIFY(store.isSecure());
    const QUrl server(QStringLiteral("https://sales.example.com"));

    const Status written = store.writeToken(server, QStringLiteral("ada"), QStringLiteral("never-stored"));
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message().contains(QStringLiteral("keychain"), Qt::CaseInsensitive),
             qPrintable(written.error().message()));
    QVERIFY2(written.error().message().contains(QStringLiteral("log in")), qPrintable(written.error().message()));
    // The token itself never appears in what a person (or a log) is shown.
    QVERIFY(!written.error().message().contains(QStringLiteral("never-stored")));

    // Reading is an error too, not "no token": the caller must know the keychain is missing.
    const Result<QString> read = store.readToken(server, QStringLiteral("ada"));
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message().contains(QStringLiteral("keychain"), Qt::CaseInsensitive),
             qPrintable(read.error().message()));
}

void TestSyncStatus::keychainRoundTrip()
{
    if (!m_keychain) {
        QSKIP(
            "no keychain backend (Secret Service, KWallet) on this machine; keychainWithoutBackendExplains covers it");
    }
    KeychainCredentialStore store;
    // A server name that cannot exist (.invalid) and a user per run, so a real keychain is never
    // touched outside this test's own entry.
    const QUrl server(QStringLiteral("https://tst-syncstatus.invalid"));
    const QString user = QStringLiteral("tst_syncstatus_%1").arg(QCoreApplication::applicationPid());
    const QString token = QStringLiteral("3q2-7wEXAMPLEtokenEXAMPLEtokenEXAMPLEtokenE");

    Result<QString> read = store.readToken(server, user);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message()));
    QVERIFY(read->isEmpty());

    const Status written = store.writeToken(server, user, token);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message()));
    read = store.readToken(server, user);
    QVERIFY(read.ok());
    QCOMPARE(*read, token);
    QCOMPARE(*store.readToken(QUrl(QStringLiteral("https://TST-SYNCSTATUS.invalid/")), user), token);

    QVERIFY(store.removeToken(server, user).ok());
    read = store.readToken(server, user);
    QVERIFY(read.ok());
    QVERIFY(read->isEmpty());
    QVERIFY(store.removeToken(server, user).ok());
}

QTEST_GUILESS_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"
