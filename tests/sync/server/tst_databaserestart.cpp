#include "core/hybridlogicalclock.h"
#include "core/uuidv7.h"
#include "httptestclient.h"
#include "pgtestdatabase.h"
#include "sync/server/accountservice.h"
#include "sync/server/passwordhasher.h"
#include "sync/server/syncserver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace SalesSync;
using namespace SalesSync::Server;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");
constexpr int kPushers = 4;
constexpr int kOpsPerPush = 6; // two change sets of three

} // namespace

// PostgreSQL stopped and started again while four clients push: while it is away every
// request is answered 503 with Retry-After (never a hang, never another error); afterwards the
// same pushes succeed, and every op is applied exactly once. The test runs its own PostgreSQL
// (tests/support/pgfixture.sh), since it stops it.
class TestDatabaseRestart : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void restartUnderLoadLosesNothing();

private:
    bool fixture(const QString &action);
    QByteArray makePush(int pusher, int push);

    QString m_dir;
    std::unique_ptr<Test::PgTestDatabase> m_pg;
    std::unique_ptr<SyncServer> m_server;
    quint16 m_port = 0;
    QString m_token;
    QNetworkAccessManager m_nam;
    int m_clock = 0;
};

bool TestDatabaseRestart::fixture(const QString &action)
{
    // Run with the event loop turning: the server under test lives on this thread.
    QProcess script;
    QSignalSpy finished(&script, &QProcess::finished);
    script.setProcessChannelMode(QProcess::ForwardedChannels);
    script.start(QStringLiteral(SALESSYNC_PGFIXTURE), {action, m_dir});
    return finished.wait(60000) && script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0;
}

void TestDatabaseRestart::initTestCase()
{
    QVERIFY(PasswordHasher::initialise());
    m_dir = QStringLiteral("/tmp/salessync-pg-restart-%1").arg(QCoreApplication::applicationPid());
    QVERIFY(fixture(QStringLiteral("start")));
    qputenv("SALESSYNC_TEST_PG_HOST", m_dir.toLocal8Bit());
    m_pg = std::make_unique<Test::PgTestDatabase>();
    QVERIFY2(m_pg->isValid(), qPrintable(m_pg->errorString()));
    User admin;
    admin.username = QStringLiteral("kim");
    admin.displayName = QStringLiteral("Kim Admin");
    admin.role = Role::Admin;
    QVERIFY(AccountService(m_pg->db()).createUser(admin, kPassword).ok());
    ServerConfig config;
    config.port = 0;
    config.workerThreads = kPushers;
    m_server = std::make_unique<SyncServer>(config, m_pg->db());
    const Result<quint16> port = m_server->listen();
    QVERIFY(port.ok());
    m_port = *port;
    m_token =
        Test::signIn(m_nam, m_port, QStringLiteral(R"({"username":"kim","password":"%1"})").arg(kPassword).toUtf8());
    QVERIFY(!m_token.isEmpty());
}

void TestDatabaseRestart::cleanupTestCase()
{
    m_server.reset();
    m_pg.reset();
    QVERIFY(fixture(QStringLiteral("stop")));
}

QByteArray TestDatabaseRestart::makePush(int pusher, int push)
{
    QJsonArray sets;
    for (int s = 0; s < 2; ++s) {
        QJsonArray ops;
        for (int o = 0; o < kOpsPerPush / 2; ++o) {
            ops.append(Test::regionCreateOp(QStringLiteral("D%1-%2-%3-%4").arg(pusher).arg(push).arg(s).arg(o),
                                            1700000000000 + ++m_clock, QStringLiteral("restart")));
        }
        sets.append(QJsonObject{{QStringLiteral("id"), UuidV7::generateString()}, {QStringLiteral("ops"), ops}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("device_id"), QStringLiteral("restart")},
                                     {QStringLiteral("change_sets"), sets}})
        .toJson(QJsonDocument::Compact);
}

void TestDatabaseRestart::restartUnderLoadLosesNothing()
{
    // Each pusher sends pushes one after the other until told to stop; a 503 or a lost answer
    // sends the same body again after a short pause.
    QList<QList<QByteArray>> queues(kPushers);
    int made = 0;
    bool stopping = false;
    for (int p = 0; p < kPushers; ++p) {
        queues[p] << makePush(p, made++);
    }
    int unavailable = 0;
    int withoutRetryAfter = 0;
    QStringList unexpected;
    int applied = 0;
    bool databaseAway = false;
    int unavailableWhileAway = 0;
    std::function<void(int)> next = [&](int p) {
        if (queues.at(p).isEmpty()) {
            return;
        }
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/push").arg(m_port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_token.toLatin1());
        QNetworkReply *reply = m_nam.post(request, queues.at(p).first());
        connect(reply, &QNetworkReply::finished, this, [&, p, reply] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 200) {
                for (const QJsonValue &r :
                     QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("results")).toArray()) {
                    applied += r.toObject().value(QStringLiteral("status")).toString() == u"applied" ? 1 : 0;
                }
                queues[p].removeFirst();
                if (!stopping) {
                    queues[p] << makePush(p, made++);
                }
                next(p);
                return;
            }
            if (status == 503) {
                ++unavailable;
                unavailableWhileAway += databaseAway ? 1 : 0;
                withoutRetryAfter += reply->rawHeader(QByteArrayLiteral("Retry-After")).toInt() > 0 ? 0 : 1;
            } else {
                unexpected << QStringLiteral("%1 %2").arg(status).arg(QString::fromUtf8(reply->readAll().left(200)));
            }
            QTimer::singleShot(100, this, [&, p] { next(p); });
        });
    };
    for (int p = 0; p < kPushers; ++p) {
        next(p);
    }
    QTest::qWait(300);
    QVERIFY(fixture(QStringLiteral("pause")));
    databaseAway = true;
    QTest::qWait(1500); // the pushers keep trying while the database is away
    databaseAway = false;
    QVERIFY(fixture(QStringLiteral("resume")));
    QTest::qWait(300);
    stopping = true;
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(queues.cbegin(), queues.cend(), [](const auto &q) { return q.isEmpty(); }),
                             60000);
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
    QVERIFY(unavailableWhileAway > 0);
    QCOMPARE(withoutRetryAfter, 0);
    const int ops = made * kOpsPerPush;
    QCOMPARE(applied, ops);
    // This thread's own connection died with the restart too: the first use finds it dead and
    // opens a new one, as the server's workers do.
    const auto count = [this](const QString &table) {
        qint64 n = -1;
        for (int attempt = 0; attempt < 3 && n < 0; ++attempt) {
            n = m_pg->count(table);
        }
        return n;
    };
    QCOMPARE(count(QStringLiteral("territories WHERE code LIKE 'D%'")), qint64(ops));
    QCOMPARE(count(QStringLiteral("op_results")), qint64(ops));
    qInfo("%d ops pushed through a database restart; %d answers were 503 with Retry-After", ops, unavailable);
}

QTEST_GUILESS_MAIN(TestDatabaseRestart)
#include "tst_databaserestart.moc"
