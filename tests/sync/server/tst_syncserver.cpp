#include "core/uuidv7.h"
#include "httptestclient.h"
#include "pgtestdatabase.h"
#include "sync/server/accountservice.h"
#include "sync/server/passwordhasher.h"
#include "sync/server/syncserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace SalesSync;
using namespace SalesSync::Server;
using SalesSync::Test::errorCode;
using SalesSync::Test::Reply;
using SalesSync::Test::send;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

ServerConfig testConfig()
{
    ServerConfig config;
    config.port = 0; // any free port
    config.workerThreads = 4;
    config.maxBodyBytes = 4096;
    config.shutdownGraceSeconds = 10;
    config.accounts = AccountPolicy{3600, 3, 600};
    return config;
}

} // namespace

class TestSyncServer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void healthReadinessMetrics();
    void signInSessionSignOut();
    void handshakeChecksVersions_data();
    void handshakeChecksVersions();
    void epochIdentifiesTheDatabase();
    void badInputIsRefusedAndChangesNothing_data();
    void badInputIsRefusedAndChangesNothing();
    void throttledLoginSaysWhenToRetry();
    void pushOverHttp();
    void pullOverHttp_data();
    void pullOverHttp();
    void notReadyWithoutSchema();
    void twoInstancesShareOneDatabase();
    void reconnectsAfterTheDatabaseDroppedItsConnections();
    void shutdownStopsAccepting();
    void clientsHangingUpMidRequestDoNotCrashIt();
    void methodsAndMediaTypesAreChecked();
    void cursorsAreSignedAndPersonal();
    void shutdownAnswersRequestsInFlight();
    void pushesComeFromTheSignedInDevice();

private:
    std::unique_ptr<Test::PgTestDatabase> m_pg;
    std::unique_ptr<SyncServer> m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_nam;
};

void TestSyncServer::initTestCase()
{
    QVERIFY(PasswordHasher::initialise());
}

void TestSyncServer::init()
{
    m_pg = std::make_unique<Test::PgTestDatabase>();
    QVERIFY2(m_pg->isValid(), qPrintable(m_pg->errorString()));
    User ada;
    ada.username = QStringLiteral("ada");
    ada.displayName = QStringLiteral("Ada Admin");
    ada.role = Role::Admin;
    QVERIFY(AccountService(m_pg->db()).createUser(ada, kPassword).ok());
    m_server = std::make_unique<SyncServer>(testConfig(), m_pg->db());
    const Result<quint16> port = m_server->listen();
    QVERIFY(port.ok());
    m_port = *port;
}

void TestSyncServer::cleanup()
{
    m_server.reset();
    m_pg.reset();
}

void TestSyncServer::healthReadinessMetrics()
{
    const Reply health = send(m_nam, m_port, "GET", QStringLiteral("/healthz"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    const Reply ready = send(m_nam, m_port, "GET", QStringLiteral("/readyz"));
    QCOMPARE(ready.status, 200);
    QCOMPARE(ready.json.value(QStringLiteral("schema_version")).toInt(), PgDatabase::latestSchemaVersion());
    QCOMPARE(send(m_nam, m_port, "POST", QStringLiteral("/v1/auth/login"), "{}").status, 400);
    const Reply missing = send(m_nam, m_port, "GET", QStringLiteral("/v1/nothing-here"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(errorCode(missing), QStringLiteral("not_found"));
    const Reply metrics = send(m_nam, m_port, "GET", QStringLiteral("/metrics"));
    QCOMPARE(metrics.status, 200);
    QVERIFY(metrics.body.contains("salessync_http_requests_total{route=\"/readyz\",status=\"200\"} 1"));
    QVERIFY(metrics.body.contains("salessync_http_requests_total{route=\"/v1/auth/login\",status=\"400\"} 1"));
    QVERIFY(metrics.body.contains("salessync_http_request_duration_seconds_count{route=\"/v1/auth/login\"} 1"));
}

void TestSyncServer::signInSessionSignOut()
{
    const Reply login = send(m_nam, m_port, "POST", QStringLiteral("/v1/auth/login"),
                             R"({"username":"ada","password":"correct horse battery","device_id":"laptop-7"})");
    QCOMPARE(login.status, 200);
    const QString token = login.json.value(QStringLiteral("token")).toString();
    QCOMPARE(token.size(), 43);
    QVERIFY(
        QDateTime::fromString(login.json.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs).isValid());
    QCOMPARE(login.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("admin"));

    const Reply session = send(m_nam, m_port, "GET", QStringLiteral("/v1/auth/session"), {}, token);
    QCOMPARE(session.status, 200);
    QCOMPARE(session.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("username")).toString(),
             QStringLiteral("ada"));
    const Reply anonymous = send(m_nam, m_port, "GET", QStringLiteral("/v1/auth/session"));
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(errorCode(anonymous), QStringLiteral("unauthorized"));

    QCOMPARE(send(m_nam, m_port, "POST", QStringLiteral("/v1/auth/logout"), {}, token).status, 204);
    QCOMPARE(send(m_nam, m_port, "GET", QStringLiteral("/v1/auth/session"), {}, token).status, 401);
    QCOMPARE(send(m_nam, m_port, "POST", QStringLiteral("/v1/auth/logout"), {}, token).status, 401);
}

void TestSyncServer::handshakeChecksVersions_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("current") << QByteArray(R"({"protocol_version":1,"client_version":"0.1.0","schema_version":2})")
                             << 200 << ""
                             << "";
    QTest::newRow("too old") << QByteArray(R"({"protocol_version":0})") << 426 << "unsupported_version"
                             << "This client speaks sync protocol 0; this server speaks 1 to 1. Update SalesSync";
    QTest::newRow("too new") << QByteArray(R"({"protocol_version":7})") << 426 << "unsupported_version"
                             << "This client speaks sync protocol 7; this server speaks 1 to 1. Ask your administrator";
    QTest::newRow("fraction") << QByteArray(R"({"protocol_version":1.5})") << 400 << "bad_request"
                              << "whole number";
    QTest::newRow("string") << QByteArray(R"({"protocol_version":"1"})") << 400 << "bad_request"
                            << "must be a whole number";
    QTest::newRow("missing") << QByteArray(R"({"client_version":"0.1.0"})") << 400 << "bad_request"
                             << "missing";
}

void TestSyncServer::handshakeChecksVersions()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const Reply r = send(m_nam, m_port, "POST", QStringLiteral("/v1/handshake"), body);
    QCOMPARE(r.status, status);
    if (status == 200) {
        QCOMPARE(r.json.value(QStringLiteral("protocol_version")).toInt(), 1);
        QCOMPARE(r.json.value(QStringLiteral("min_protocol_version")).toInt(), 1);
        QVERIFY(!r.json.value(QStringLiteral("epoch")).toString().isEmpty());
        const QDateTime serverTime =
            QDateTime::fromString(r.json.value(QStringLiteral("server_time")).toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(serverTime.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    } else {
        QCOMPARE(errorCode(r), code);
        const QString text =
            r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        QVERIFY2(text.contains(message), qPrintable(text));
    }
}

void TestSyncServer::epochIdentifiesTheDatabase()
{
    const QByteArray hello = R"({"protocol_version":1})";
    const QString first = send(m_nam, m_port, "POST", QStringLiteral("/v1/handshake"), hello)
                              .json.value(QStringLiteral("epoch"))
                              .toString();
    QCOMPARE(send(m_nam, m_port, "POST", QStringLiteral("/v1/handshake"), hello)
                 .json.value(QStringLiteral("epoch"))
                 .toString(),
             first);
    Result<QSqlDatabase> db = m_pg->db().connection();
    QCOMPARE(pgValue(*db, QStringLiteral("SELECT value FROM server_meta WHERE key = 'epoch'"))->toString(), first);
    // Another database (another deployment, or one rebuilt from scratch) has another epoch.
    Test::PgTestDatabase other;
    QVERIFY(other.isValid());
    SyncServer server(testConfig(), other.db());
    const quint16 port = *server.listen();
    const QString second = send(m_nam, port, "POST", QStringLiteral("/v1/handshake"), hello)
                               .json.value(QStringLiteral("epoch"))
                               .toString();
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
}

void TestSyncServer::badInputIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("not json") << QByteArray("username=ada") << 400 << "bad_request"
                              << "";
    QTest::newRow("truncated json") << QByteArray(R"({"username":"ada",)") << 400 << "bad_request"
                                    << "";
    QTest::newRow("array") << QByteArray("[]") << 400 << "bad_request"
                           << "";
    QTest::newRow("number for username") << QByteArray(R"({"username":7,"password":"x"})") << 400 << "bad_request"
                                         << "username";
    QTest::newRow("null password") << QByteArray(R"({"username":"ada","password":null})") << 400 << "bad_request"
                                   << "password";
    QTest::newRow("missing password") << QByteArray(R"({"username":"ada"})") << 400 << "bad_request"
                                      << "password";
    QTest::newRow("unknown field") << QByteArray(R"({"username":"ada","password":"x","admin":true})") << 400
                                   << "bad_request"
                                   << "admin";
    QTest::newRow("oversized body") << QByteArray(R"({"username":"ada","password":")") + QByteArray(5000, 'x') + "\"}"
                                    << 413 << "payload_too_large"
                                    << "";
    QTest::newRow("overlong username") << QByteArray(R"({"username":")") + QByteArray(200, 'a') + R"(","password":"x"})"
                                       << 400 << "bad_request"
                                       << "username";
    QTest::newRow("sql metacharacters in username")
        << QByteArray(R"({"username":"ada'; DROP TABLE users; --","password":"x"})") << 400 << "bad_request"
        << "username";
    QTest::newRow("sql metacharacters in password")
        << QByteArray(R"({"username":"ada","password":"x' OR '1'='1"})") << 401 << "invalid_credentials"
        << "";
    QTest::newRow("odd unicode in username")
        << QByteArray("{\"username\":\"\\u202e\\u0000ad\xF0\x9F\x98\x80\",\"password\":\"x\"}") << 400 << "bad_request"
        << "username";
    QTest::newRow("NUL in password") << QByteArray(R"({"username":"ada","password":"a\u0000b"})") << 400
                                     << "bad_request"
                                     << "password";
    QTest::newRow("lone surrogate in password")
        << QByteArray("{\"username\":\"ada\",\"password\":\"\\ud800\\u202e\xF0\x9F\x98\x80\"}") << 400 << "bad_request"
        << "";
    QTest::newRow("invalid utf-8") << QByteArray("{\"username\":\"\xC3\x28\",\"password\":\"x\"}") << 400
                                   << "bad_request"
                                   << "";
}

void TestSyncServer::badInputIsRefusedAndChangesNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const qint64 users = m_pg->count(QStringLiteral("users"));
    const qint64 sessions = m_pg->count(QStringLiteral("sessions"));
    const Reply r = send(m_nam, m_port, "POST", QStringLiteral("/v1/auth/login"), body);
    QCOMPARE(r.status, status);
    QCOMPARE(errorCode(r), code);
    QVERIFY(!r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(), field);
    QCOMPARE(m_pg->count(QStringLiteral("users")), users);
    QCOMPARE(m_pg->count(QStringLiteral("sessions")), sessions);
    // Only well-formed attempts with wrong credentials leave a trace, for throttling.
    QCOMPARE(m_pg->count(QStringLiteral("login_failures")), status == 401 ? 1 : 0);
}

void TestSyncServer::pushOverHttp()
{
    const QString token = send(m_nam, m_port, "POST", QStringLiteral("/v1/auth/login"),
                               R"({"username":"ada","password":"correct horse battery"})")
                              .json.value(QStringLiteral("token"))
                              .toString();
    const QString region = UuidV7::generateString();
    const QJsonObject op{
        {QStringLiteral("op_id"), UuidV7::generateString()},
        {QStringLiteral("entity"), QStringLiteral("territory")},
        {QStringLiteral("row_id"), region},
        {QStringLiteral("op"), QStringLiteral("create")},
        {QStringLiteral("hlc"), QStringLiteral("0001763780924123-0000-laptop-7")},
        {QStringLiteral("base_version"), 0},
        {QStringLiteral("fields"),
         QJsonObject{{QStringLiteral("parent_id"), QJsonObject{{QStringLiteral("old"), QJsonValue::Null},
                                                               {QStringLiteral("new"), QJsonValue::Null}}},
                     {QStringLiteral("level"), QJsonObject{{QStringLiteral("old"), QJsonValue::Null},
                                                           {QStringLiteral("new"), QStringLiteral("region")}}},
                     {QStringLiteral("code"), QJsonObject{{QStringLiteral("old"), QJsonValue::Null},
                                                          {QStringLiteral("new"), QStringLiteral("R-1")}}},
                     {QStringLiteral("name"), QJsonObject{{QStringLiteral("old"), QJsonValue::Null},
                                                          {QStringLiteral("new"), QStringLiteral("Nord")}}}}}};
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("device_id"), QStringLiteral("laptop-7")},
                                  {QStringLiteral("change_sets"),
                                   QJsonArray{QJsonObject{{QStringLiteral("id"), UuidV7::generateString()},
                                                          {QStringLiteral("ops"), QJsonArray{op}}}}}})
            .toJson();
    QCOMPARE(send(m_nam, m_port, "POST", QStringLiteral("/v1/push"), body).status, 401);
    const Reply pushed = send(m_nam, m_port, "POST", QStringLiteral("/v1/push"), body, token);
    QCOMPARE(pushed.status, 200);
    const QJsonObject result = pushed.json.value(QStringLiteral("results")).toArray().first().toObject();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QCOMPARE(result.value(QStringLiteral("op_id")).toString(), op.value(QStringLiteral("op_id")).toString());
    QCOMPARE(m_pg->count(QStringLiteral("territories")), 1);
    // The same batch again: the same answer, nothing new.
    QCOMPARE(send(m_nam, m_port, "POST", QStringLiteral("/v1/push"), body, token).json, pushed.json);
    QCOMPARE(m_pg->count(QStringLiteral("territories")), 1);
    // Malformed: refused as a whole, naming the place.
    const Reply bad = send(m_nam, m_port, "POST", QStringLiteral("/v1/push"),
                           R"({"device_id":"laptop-7","change_sets":[{"id":"01936c8f-11aa-7bbb-8ccc-1234567890ab",)"
                           R"("ops":[{"op":"create"}]}]})",
                           token);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("change_sets[0].ops[0].op_id"));
    // A change set's id is a UUID too.
    const Reply badSet = send(m_nam, m_port, "POST", QStringLiteral("/v1/push"),
                              R"({"device_id":"laptop-7","change_sets":[{"id":"x","ops":[{"op":"create"}]}]})", token);
    QCOMPARE(badSet.status, 400);
    QCOMPARE(badSet.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("change_sets[0].id"));
    QVERIFY(send(m_nam, m_port, "GET", QStringLiteral("/metrics"))
                .body.contains("salessync_ops_total{status=\"applied\"} 1"));
}

void TestSyncServer::pullOverHttp_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("signedIn");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("from the start") << "" << true << 200 << "";
    QTest::newRow("with cursor and limit") << "?cursor=0:0&limit=1" << true << 200 << "";
    QTest::newRow("not signed in") << "" << false << 401 << "";
    QTest::newRow("garbage cursor") << "?cursor=abc" << true << 400 << "cursor";
    QTest::newRow("sql in cursor") << "?cursor=1:1;DROP%20TABLE%20users" << true << 400 << "cursor";
    QTest::newRow("limit zero") << "?limit=0" << true << 400 << "limit";
    QTest::newRow("limit too big") << "?limit=1000000" << true << 400 << "limit";
    QTest::newRow("unknown parameter") << "?since=5" << true << 400 << "since";
}

void TestSyncServer::pullOverHttp()
{
    QFETCH(QString, query);
    QFETCH(bool, signedIn);
    QFETCH(int, status);
    QFETCH(QString, field);
    const QString token = signedIn ? send(m_nam, m_port, "POST", QStringLiteral("/v1/auth/login"),
                                          R"({"username":"ada","password":"correct horse battery"})")
                                         .json.value(QStringLiteral("token"))
                                         .toString()
                                   : QString();
    const Reply r = send(m_nam, m_port, "GET", QStringLiteral("/v1/pull") + query, {}, token);
    QCOMPARE(r.status, status);
    if (status == 200) {
        // The only data so far is the admin user, and the audit trail of its creation and sign-ins.
        const QJsonArray changes = r.json.value(QStringLiteral("changes")).toArray();
        QVERIFY(!changes.isEmpty());
        for (qsizetype i = 1; i < changes.size(); ++i) {
            QCOMPARE(changes.at(i).toObject().value(QStringLiteral("entity")).toString(),
                     QStringLiteral("audit_entry"));
        }
        QCOMPARE(changes.first().toObject().value(QStringLiteral("entity")).toString(), QStringLiteral("user"));
        QCOMPARE(changes.first()
                     .toObject()
                     .value(QStringLiteral("fields"))
                     .toObject()
                     .value(QStringLiteral("username"))
                     .toString(),
                 QStringLiteral("ada"));
        QVERIFY(r.json.value(QStringLiteral("cursor")).toString().contains(u':'));
        QCOMPARE(r.json.value(QStringLiteral("has_more")).toBool(), query.contains(QStringLiteral("limit=1")));
    } else {
        QCOMPARE(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(), field);
    }
}

void TestSyncServer::throttledLoginSaysWhenToRetry()
{
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(send(m_nam, m_port, "POST", QStringLiteral("/v1/auth/login"),
                      R"({"username":"ada","password":"a wrong guess"})")
                     .status,
                 401);
    }
    const Reply r = send(m_nam, m_port, "POST", QStringLiteral("/v1/auth/login"),
                         R"({"username":"ada","password":"correct horse battery"})");
    QCOMPARE(r.status, 429);
    QCOMPARE(errorCode(r), QStringLiteral("too_many_attempts"));
    QVERIFY(r.retryAfter.toInt() > 500 && r.retryAfter.toInt() <= 600);
}

void TestSyncServer::notReadyWithoutSchema()
{
    Test::PgTestDatabase empty(false);
    QVERIFY2(empty.isValid(), qPrintable(empty.errorString()));
    SyncServer server(testConfig(), empty.db());
    const quint16 port = *server.listen();
    const Reply ready = send(m_nam, port, "GET", QStringLiteral("/readyz"));
    QCOMPARE(ready.status, 503);
    QVERIFY(ready.json.value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("salessync-server migrate")));
    QCOMPARE(send(m_nam, port, "GET", QStringLiteral("/healthz")).status, 200);
}

void TestSyncServer::twoInstancesShareOneDatabase()
{
    PgDatabase secondPool(m_pg->settings());
    SyncServer second(testConfig(), secondPool);
    const quint16 port2 = *second.listen();
    const QString token = send(m_nam, m_port, "POST", QStringLiteral("/v1/auth/login"),
                               R"({"username":"ada","password":"correct horse battery"})")
                              .json.value(QStringLiteral("token"))
                              .toString();
    QVERIFY(!token.isEmpty());
    QCOMPARE(send(m_nam, port2, "GET", QStringLiteral("/v1/auth/session"), {}, token).status, 200);
    QCOMPARE(send(m_nam, port2, "POST", QStringLiteral("/v1/auth/logout"), {}, token).status, 204);
    QCOMPARE(send(m_nam, m_port, "GET", QStringLiteral("/v1/auth/session"), {}, token).status, 401);
}

void TestSyncServer::reconnectsAfterTheDatabaseDroppedItsConnections()
{
    QCOMPARE(send(m_nam, m_port, "GET", QStringLiteral("/readyz")).status, 200);
    // A PostgreSQL restart or failover, as the server's connections see it.
    QVERIFY(m_pg->exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                                      "current_database() AND pid <> pg_backend_pid()")));
    // The request that finds its connection dead fails as unavailable (the client retries);
    // the connection is reopened for the next one.
    QList<int> statuses;
    for (int i = 0; i < 12 && (statuses.isEmpty() || statuses.last() != 200); ++i) {
        statuses << send(m_nam, m_port, "GET", QStringLiteral("/readyz")).status;
    }
    QCOMPARE(statuses.last(), 200);
    for (int status : std::as_const(statuses)) {
        QVERIFY(status == 200 || status == 503);
    }
}

void TestSyncServer::shutdownStopsAccepting()
{
    QCOMPARE(send(m_nam, m_port, "GET", QStringLiteral("/healthz")).status, 200);
    QCOMPARE(m_server->shutdown(), 0);
    QCOMPARE(m_server->inFlight(), 0);
    // A new client (no kept-alive connection to reuse) finds nobody listening.
    QNetworkAccessManager fresh;
    const Reply after = send(fresh, m_port, "GET", QStringLiteral("/healthz"));
    QCOMPARE(after.status, 0); // connection refused: nothing listens any more
}

void TestSyncServer::clientsHangingUpMidRequestDoNotCrashIt()
{
    // Found with the client engine: a client that gives up on a request (a timeout, a stop, a
    // killed app) while a worker is still answering it. Qt HttpServer 6.4 freed the connection at
    // once and then wrote the answer into it: the server crashed. Sign-ins take a while (Argon2),
    // so each of these hangs up before its answer is ready.
    const QByteArray body =
        QStringLiteral(R"({"username":"ada","password":"%1","device_id":"hang-up"})").arg(kPassword).toUtf8();
    const QByteArray request = "POST /v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                               "application/json\r\nContent-Length: " +
                               QByteArray::number(body.size()) + "\r\n\r\n" + body;
    for (int i = 0; i < 12; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write(request);
        QVERIFY(socket.waitForBytesWritten(5000));
        QTRY_VERIFY_WITH_TIMEOUT(m_server->inFlight() > 0, 5000); // the server has it
        socket.abort();
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 0, 30000);
    QTest::qWait(200); // the answers are written, into closed connections
    QCOMPARE(send(m_nam, m_port, "GET", QStringLiteral("/healthz")).status, 200);
    const Reply login = send(m_nam, m_port, "POST", QStringLiteral("/v1/auth/login"), body);
    QCOMPARE(login.status, 200);
}

// A wrong method gets 405 naming the right one in Allow; a body that is not declared JSON gets
// 415; a path that does not exist stays 404.
void TestSyncServer::methodsAndMediaTypesAreChecked()
{
    // The server runs on this thread: wait with the event loop running, never blocking it.
    const auto raw = [this](const QByteArray &head, const QByteArray &body) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        socket.write(head + "Host: 127.0.0.1\r\nConnection: close\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray answer;
        connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
        // Until the whole answer is in: its headers, then as many bytes as Content-Length says.
        const bool whole = QTest::qWaitFor(
            [&] {
                const qsizetype end = answer.indexOf("\r\n\r\n");
                if (end < 0) {
                    return false;
                }
                const QByteArray headers = answer.left(end).toLower();
                const qsizetype at = headers.indexOf("content-length: ");
                const qsizetype length =
                    at < 0 ? 0 : headers.mid(at + 16, headers.indexOf("\r\n", at) - at - 16).trimmed().toLongLong();
                return answer.size() >= end + 4 + length;
            },
            10000);
        return whole ? answer : QByteArray("incomplete: ") + answer;
    };
    const QByteArray get = raw("GET /v1/push HTTP/1.1\r\n", {});
    QVERIFY2(get.startsWith("HTTP/1.1 405"), get.constData());
    QVERIFY2(get.contains("\r\nAllow: POST\r\n") || get.contains("\r\nallow: POST\r\n"), get.constData());
    QVERIFY(get.contains("\"method_not_allowed\""));
    const QByteArray post = raw("POST /v1/pull HTTP/1.1\r\n", {});
    QVERIFY2(post.startsWith("HTTP/1.1 405"), post.constData());
    QVERIFY(post.contains("Allow: GET") || post.contains("allow: GET"));
    QVERIFY(raw("GET /v1/nothing HTTP/1.1\r\n", {}).startsWith("HTTP/1.1 404"));
    const QByteArray body = R"({"protocol_version": 1})";
    const QByteArray plain = raw("POST /v1/handshake HTTP/1.1\r\nContent-Type: text/plain\r\n", body);
    QVERIFY2(plain.startsWith("HTTP/1.1 415"), plain.constData());
    QVERIFY(plain.contains("\"unsupported_media_type\""));
    QVERIFY(raw("POST /v1/handshake HTTP/1.1\r\n", body).startsWith("HTTP/1.1 415"));
    const QByteArray json =
        raw("POST /v1/handshake HTTP/1.1\r\nContent-Type: Application/JSON; charset=utf-8\r\n", body);
    QVERIFY2(json.startsWith("HTTP/1.1 200"), json.constData());
}

// A cursor is read only when this server handed it to this user: made-up positions (past the
// log, a snapshot step), altered signatures and another user's cursor are all 400, and nothing
// is evicted on their account.
void TestSyncServer::cursorsAreSignedAndPersonal()
{
    User bea;
    bea.username = QStringLiteral("bea");
    bea.displayName = QStringLiteral("Bea Admin");
    bea.role = Role::Admin;
    QVERIFY(AccountService(m_pg->db()).createUser(bea, kPassword).ok());
    const auto tokenOf = [this](const char *name) {
        return send(m_nam, m_port, "POST", QStringLiteral("/v1/auth/login"),
                    QStringLiteral(R"({"username":"%1","password":"%2"})")
                        .arg(QLatin1StringView(name), kPassword)
                        .toUtf8())
            .json.value(QStringLiteral("token"))
            .toString();
    };
    const QString ada = tokenOf("ada");
    const QString beaToken = tokenOf("bea");
    const auto pull = [this](const QString &cursor, const QString &token) {
        return send(m_nam, m_port, "GET",
                    QStringLiteral("/v1/pull?cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor)), {},
                    token);
    };
    const Reply first = pull(QStringLiteral("0:0"), ada);
    QCOMPARE(first.status, 200);
    const QString issued = first.json.value(QStringLiteral("cursor")).toString();
    QVERIFY2(issued.contains(u'.'), qPrintable(issued)); // position.signature
    QCOMPARE(pull(issued, ada).status, 200);
    const QString position = issued.left(issued.lastIndexOf(u'.'));
    const QString signature = issued.mid(issued.lastIndexOf(u'.') + 1);
    const QStringList forged = {
        QStringLiteral("99999999:0:0"),
        QStringLiteral("S:1:0:0:"),
        position,                                    // unsigned
        QStringLiteral("99999999:0:0.") + signature, // another position, the old signature
        position + u'.' + QString(signature).replace(0, 1, signature.at(0) == u'A' ? u'B' : u'A'),
        position + QStringLiteral(".not-base64!"),
    };
    for (const QString &cursor : forged) {
        const Reply r = pull(cursor, ada);
        QVERIFY2(r.status == 400, qPrintable(cursor));
        QCOMPARE(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
                 QStringLiteral("cursor"));
    }
    // Bea may not continue from Ada's position.
    QCOMPARE(pull(issued, beaToken).status, 400);
    QCOMPARE(pull(QStringLiteral("0:0"), beaToken).status, 200);
}

// Requests the server has taken when it is told to stop all get their answer before it goes:
// here sign-ins (slow on purpose: Argon2) caught mid-way, and the server object destroyed at
// once afterwards, as salessync-server exits after shutdown().
void TestSyncServer::shutdownAnswersRequestsInFlight()
{
    const QByteArray body = QStringLiteral(R"({"username":"ada","password":"%1"})").arg(kPassword).toUtf8();
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 4; ++i) { // as many as the server has workers: all of them taken
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/auth/login").arg(m_port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        replies << m_nam.post(request, body);
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 4, 10000);
    QCOMPARE(m_server->shutdown(), 0);
    m_server.reset();
    int answered = 0;
    for (QNetworkReply *reply : std::as_const(replies)) {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            QVERIFY(finished.wait(10000));
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QVERIFY2(status == 200, qPrintable(reply->errorString()));
        ++answered;
        reply->deleteLater();
    }
    QCOMPARE(answered, 4);
}

// The device is the sign-in's: a push naming another device is refused before it is read, so
// that nobody stamps audit entries or takes op ids in another device's name.
void TestSyncServer::pushesComeFromTheSignedInDevice()
{
    const QString token =
        send(m_nam, m_port, "POST", QStringLiteral("/v1/auth/login"),
             QStringLiteral(R"({"username":"ada","password":"%1","device_id":"laptop-1"})").arg(kPassword).toUtf8())
            .json.value(QStringLiteral("token"))
            .toString();
    const auto push = [&](const char *device) {
        return send(m_nam, m_port, "POST", QStringLiteral("/v1/push"),
                    QStringLiteral(R"({"device_id":"%1","change_sets":[]})").arg(QLatin1StringView(device)).toUtf8(),
                    token);
    };
    const Reply other = push("laptop-2");
    QCOMPARE(other.status, 403);
    QCOMPARE(other.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("device_id"));
    QCOMPARE(push("laptop-1").status, 200);
}

QTEST_GUILESS_MAIN(TestSyncServer)
#include "tst_syncserver.moc"
