#include "core/hybridlogicalclock.h"
#include "core/uuidv7.h"
#include "httptestclient.h"
#include "pgtestdatabase.h"
#include "sync/server/accountservice.h"
#include "sync/server/passwordhasher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace SalesSync;
using namespace SalesSync::Server;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");
constexpr int kKills = 100;
constexpr int kPushers = 4;
constexpr int kSetsPerPush = 4;
constexpr int kOpsPerSet = 3;

// One push as sent: its body (sent again unchanged until answered) and, once answered, the
// results.
struct Push {
    QByteArray body;
    QJsonArray results;
    bool answered = false;
};

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

// salessync-server killed with SIGKILL a hundred times at random moments while four clients
// push change sets at it, and started again each time: every change set is in PostgreSQL whole
// or not at all after each kill; every op, pushed again until answered, is applied exactly
// once; pushing an answered push again returns its stored results unchanged.
class TestServerKill : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedHundredTimesLosesNothing();

private:
    bool startServer();
    void killServer();
    QNetworkReply *send(const Push &push);
    Push makePush();
    // Change sets with some but not all of their rows: must be none.
    QString halfApplied();

    std::unique_ptr<Test::PgTestDatabase> m_pg;
    QProcess m_server;
    quint16 m_port = 0;
    QString m_token;
    QNetworkAccessManager m_nam;
    int m_sets = 0;
    int m_clock = 0;
};

void TestServerKill::initTestCase()
{
    QVERIFY(PasswordHasher::initialise());
    m_pg = std::make_unique<Test::PgTestDatabase>();
    QVERIFY2(m_pg->isValid(), qPrintable(m_pg->errorString()));
    User admin;
    admin.username = QStringLiteral("kim");
    admin.displayName = QStringLiteral("Kim Admin");
    admin.role = Role::Admin;
    QVERIFY(AccountService(m_pg->db()).createUser(admin, kPassword).ok());
    m_server.setProgram(QStringLiteral(SALESSYNC_SERVER_BINARY));
    m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QVERIFY(startServer());
    m_token = Test::signIn(
        m_nam, m_port,
        QStringLiteral(R"({"username":"kim","password":"%1","device_id":"kill-test"})").arg(kPassword).toUtf8());
    QVERIFY(!m_token.isEmpty());
}

void TestServerKill::cleanupTestCase()
{
    killServer();
    m_pg.reset();
}

bool TestServerKill::startServer()
{
    m_port = freePort();
    const Server::DatabaseSettings &db = m_pg->settings();
    m_server.setArguments({QStringLiteral("serve"), QStringLiteral("--database-host"), db.host,
                           QStringLiteral("--database-port"), QString::number(db.port),
                           QStringLiteral("--database-name"), db.name, QStringLiteral("--database-user"), db.user,
                           QStringLiteral("--listen-port"), QString::number(m_port),
                           QStringLiteral("--http-worker-threads"), QString::number(kPushers)});
    m_server.start();
    if (!m_server.waitForStarted(10000)) {
        return false;
    }
    // Ready when /readyz answers 200.
    for (int attempt = 0; attempt < 200; ++attempt) {
        QNetworkReply *reply =
            m_nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/readyz").arg(m_port))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        const bool answered = done.wait(5000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        if (answered && status == 200) {
            return true;
        }
        QTest::qWait(25);
    }
    return false;
}

void TestServerKill::killServer()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.kill(); // SIGKILL: no shutdown, no last words
        m_server.waitForFinished(10000);
    }
}

Push TestServerKill::makePush()
{
    QJsonArray sets;
    for (int s = 0; s < kSetsPerPush; ++s) {
        const int set = ++m_sets;
        QJsonArray ops;
        for (int o = 0; o < kOpsPerSet; ++o) {
            // Each op makes a region whose code names its change set, so that a half-applied
            // set shows in one query.
            ops.append(Test::regionCreateOp(QStringLiteral("K%1-%2").arg(set).arg(o), 1700000000000 + ++m_clock,
                                            QStringLiteral("kill-test")));
        }
        sets.append(QJsonObject{{QStringLiteral("id"), UuidV7::generateString()}, {QStringLiteral("ops"), ops}});
    }
    Push push;
    push.body = QJsonDocument(QJsonObject{{QStringLiteral("device_id"), QStringLiteral("kill-test")},
                                          {QStringLiteral("change_sets"), sets}})
                    .toJson(QJsonDocument::Compact);
    return push;
}

QNetworkReply *TestServerKill::send(const Push &push)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/push").arg(m_port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_token.toLatin1());
    return m_nam.post(request, push.body);
}

QString TestServerKill::halfApplied()
{
    Result<QSqlDatabase> db = m_pg->db().connection();
    const Result<QVariant> q = pgValue(
        *db, QStringLiteral("SELECT string_agg(set || ':' || n, ', ') FROM (SELECT split_part(code, '-', 1) AS set, "
                            "count(*) AS n FROM territories WHERE code LIKE 'K%' GROUP BY 1 HAVING count(*) <> %1) s")
                 .arg(kOpsPerSet));
    return q ? q->toString() : q.error().message();
}

void TestServerKill::killedHundredTimesLosesNothing()
{
    QList<Push> pushes;
    QRandomGenerator random(20261202);
    int interrupted = 0;
    int replays = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        // The pushes not yet answered go again as they were; new ones fill up to kPushers.
        QList<qsizetype> pending;
        for (qsizetype i = 0; i < pushes.size() && pending.size() < kPushers; ++i) {
            if (!pushes.at(i).answered) {
                pending << i;
            }
        }
        while (pending.size() < kPushers) {
            pushes << makePush();
            pending << pushes.size() - 1;
        }
        QHash<QNetworkReply *, qsizetype> inFlight;
        for (const qsizetype i : std::as_const(pending)) {
            inFlight.insert(send(pushes.at(i)), i);
        }
        // An answered push sent again gets its stored results back.
        QList<qsizetype> answered;
        for (qsizetype i = 0; i < pushes.size(); ++i) {
            if (pushes.at(i).answered) {
                answered << i;
            }
        }
        const qsizetype again = answered.isEmpty() ? -1 : answered.at(random.bounded(int(answered.size())));
        QNetworkReply *replay = again >= 0 ? send(pushes.at(again)) : nullptr;
        QTest::qWait(random.bounded(0, 300)); // sometimes before, sometimes during, sometimes after
        killServer();
        for (auto it = inFlight.cbegin(); it != inFlight.cend(); ++it) {
            QNetworkReply *reply = it.key();
            if (!reply->isFinished()) {
                QSignalSpy done(reply, &QNetworkReply::finished);
                done.wait(5000);
            }
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 200) {
                Push &push = pushes[it.value()];
                push.results =
                    QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("results")).toArray();
                push.answered = true;
            } else {
                ++interrupted;
                QVERIFY2(status == 0 || status == 503, qPrintable(QString::number(status)));
            }
            reply->deleteLater();
        }
        if (replay) {
            if (!replay->isFinished()) {
                QSignalSpy done(replay, &QNetworkReply::finished);
                done.wait(5000);
            }
            if (replay->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
                QCOMPARE(QJsonDocument::fromJson(replay->readAll()).object().value(QStringLiteral("results")).toArray(),
                         pushes.at(again).results);
                ++replays;
            }
            replay->deleteLater();
        }
        const QString half = halfApplied();
        QVERIFY2(half.isEmpty(), qPrintable(QStringLiteral("after kill %1: half-applied sets %2").arg(kill).arg(half)));
        QVERIFY(startServer());
    }
    // Everything not yet answered, until it is.
    for (int round = 0; round < 5; ++round) {
        for (Push &push : pushes) {
            if (push.answered) {
                continue;
            }
            QNetworkReply *reply = send(push);
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(done.wait(30000));
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
                push.results =
                    QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("results")).toArray();
                push.answered = true;
            }
            reply->deleteLater();
        }
    }
    int ops = 0;
    for (const Push &push : std::as_const(pushes)) {
        QVERIFY(push.answered);
        for (const QJsonValue &result : push.results) {
            QCOMPARE(result.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
            ++ops;
        }
    }
    QCOMPARE(ops, int(pushes.size()) * kSetsPerPush * kOpsPerSet);
    // Each op exactly once: one row per op, one stored result per op.
    QCOMPARE(m_pg->count(QStringLiteral("territories WHERE code LIKE 'K%'")), qint64(ops));
    QCOMPARE(m_pg->count(QStringLiteral("op_results")), qint64(ops));
    QCOMPARE(halfApplied(), QString());
    qInfo("%d kills, %d pushes (%d ops), %d answers lost to a kill and sent again, %d replays compared", kKills,
          int(pushes.size()), ops, interrupted, replays);
    QVERIFY(interrupted > 0); // the kills did hit pushes in flight
}

QTEST_GUILESS_MAIN(TestServerKill)
#include "tst_serverkill.moc"
