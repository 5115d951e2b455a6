// The administration endpoints over real HTTP against a real server on a real PostgreSQL with a
// demo organisation: who may do what (every role on every endpoint), passwords that must be
// changed, setup codes, conflicts, sessions and the audit trail they leave.
#include "core/uuidv7.h"
#include "demoserver.h"
#include "httptestclient.h"
#include "sync/protocol/messages.h"
#include "sync/server/pgdatabase.h"
#include "sync/server/realignmentservice.h"

#include <QJsonArray>
#include <QTest>
#include <QUrl>
#include <QtConcurrent>

using namespace SalesSync;
using namespace SalesSync::Server;
using Test::errorCode;
using Test::errorField;
using Test::Reply;

namespace {

const QString kPassword = QStringLiteral("demo password 1");

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestAdminService : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void agentsReachNoAdminEndpoint();
    void managersSeeTheirSubtreeOnly();
    void initialPasswordMustBeChanged();
    void setupCodeWorksOnce();
    void managerStaysWithinTheSubtree();
    void updatesConflictInsteadOfOverwriting();
    void nobodyLocksTheAdminsOut();
    void realignmentsAreCheckedAndScheduledOnce();
    void previewNamesDevicesThatMayLoseWork();
    void resetAndRevokeEndSessions(); // after the others: it resets the demo agent's password
    void badInputNamesTheField_data();
    void badInputNamesTheField();

private:
    Reply call(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &token);
    Reply get(const QString &path, const QString &token) { return call("GET", path, {}, token); }
    Reply post(const QString &path, const QJsonObject &body, const QString &token)
    {
        return call("POST", path, body, token);
    }
    QString login(const QString &username, const QString &password = kPassword,
                  const QString &device = QStringLiteral("dev-admin-test"));
    QString value(const QString &sql);
    QJsonObject createAgent(const QString &username, const QString &territory, const QString &token,
                            Reply *reply = nullptr);

    std::unique_ptr<Test::DemoServer> m_demo;
    QNetworkAccessManager m_nam;
    quint16 m_port = 0;
    QString m_admin, m_manager, m_agent;
    User m_managerUser;
    QString m_managerTerritory, m_foreignTerritory;
};

Reply TestAdminService::call(const QByteArray &method, const QString &path, const QJsonObject &body,
                             const QString &token)
{
    return Test::send(m_nam, m_port, method, path, method == "GET" ? QByteArray() : json(body), token);
}

QString TestAdminService::login(const QString &username, const QString &password, const QString &device)
{
    const Reply r = post(QStringLiteral("/v1/auth/login"),
                         {{QStringLiteral("username"), username},
                          {QStringLiteral("password"), password},
                          {QStringLiteral("device_id"), device}},
                         {});
    return r.json.value(QStringLiteral("token")).toString();
}

QString TestAdminService::value(const QString &sql)
{
    Result<QSqlDatabase> db = m_demo->pg().db().connection();
    const Result<QVariant> v = db ? pgValue(*db, sql) : Result<QVariant>(db.error());
    return v ? v->toString() : QString();
}

QJsonObject TestAdminService::createAgent(const QString &username, const QString &territory, const QString &token,
                                          Reply *reply)
{
    const Reply r = post(QStringLiteral("/v1/admin/users/create"),
                         {{QStringLiteral("username"), username},
                          {QStringLiteral("display_name"), QString(QStringLiteral("Test ") + username)},
                          {QStringLiteral("email"), QString(username + QStringLiteral("@example.com"))},
                          {QStringLiteral("role"), QStringLiteral("agent")},
                          {QStringLiteral("employee_id"), QString(QStringLiteral("E-") + username)},
                          {QStringLiteral("phone"), QStringLiteral("+49 30 1234567")},
                          {QStringLiteral("territory_ids"), QJsonArray{territory}},
                          {QStringLiteral("password"), QStringLiteral("initial password 1")}},
                         token);
    if (reply) {
        *reply = r;
    }
    return r.json.value(QStringLiteral("account")).toObject();
}

void TestAdminService::initTestCase()
{
    DemoDataSpec spec;
    spec.customers = 60;
    spec.orderLines = 200;
    spec.products = 10;
    spec.customersPerTerritory = 15;
    m_demo = std::make_unique<Test::DemoServer>(spec, kPassword);
    QVERIFY2(m_demo->isValid(), qPrintable(m_demo->errorString()));
    m_port = quint16(m_demo->url().port());
    m_admin = login(QStringLiteral("admin"));
    m_agent = login(m_demo->agent());
    // A manager of a region with territories, a territory of theirs, and one in another region.
    m_managerUser = m_demo->pg().userWhere(
        QStringLiteral("role = 'manager' AND id::text IN (SELECT mt.user_id FROM manager_territories mt JOIN "
                       "territories a ON a.parent_id = mt.territory_id JOIN territories t ON t.parent_id = a.id)"));
    QVERIFY(!m_managerUser.id.isEmpty());
    m_manager = login(m_managerUser.username);
    QVERIFY(!m_admin.isEmpty() && !m_agent.isEmpty() && !m_manager.isEmpty());
    m_managerTerritory = value(QStringLiteral("SELECT t.id FROM territories t JOIN territories a ON a.id = t.parent_id "
                                              "JOIN manager_territories mt ON mt.territory_id = a.parent_id WHERE "
                                              "mt.user_id = '%1' ORDER BY t.id LIMIT 1")
                                   .arg(m_managerUser.id));
    const QString otherRegion = value(QStringLiteral("SELECT id FROM territories WHERE level = 'region' AND id NOT IN "
                                                     "(SELECT territory_id FROM manager_territories WHERE user_id = "
                                                     "'%1') LIMIT 1")
                                          .arg(m_managerUser.id));
    const QString area = UuidV7::generateString();
    m_foreignTerritory = UuidV7::generateString();
    QVERIFY(m_demo->pg().exec(QStringLiteral("INSERT INTO territories (id, parent_id, level, code, name) VALUES ('%1', "
                                             "'%2', 'area', 'A-FAR', 'Far area'), ('%3', '%1', 'territory', 'T-FAR', "
                                             "'Far territory')")
                                  .arg(area, otherRegion, m_foreignTerritory)));
    QVERIFY(!m_managerTerritory.isEmpty() && !otherRegion.isEmpty());
}

void TestAdminService::agentsReachNoAdminEndpoint()
{
    const QString someone = value(QStringLiteral("SELECT id::text FROM users WHERE role = 'agent' LIMIT 1"));
    const QList<std::pair<QByteArray, QString>> endpoints = {
        {"GET", QStringLiteral("/v1/admin/users")},
        {"POST", QStringLiteral("/v1/admin/users/create")},
        {"POST", QStringLiteral("/v1/admin/users/update")},
        {"POST", QStringLiteral("/v1/admin/users/password")},
        {"GET", QStringLiteral("/v1/admin/sessions?user_id=") + someone},
        {"POST", QStringLiteral("/v1/admin/sessions/revoke")},
        {"GET", QStringLiteral("/v1/admin/devices")},
    };
    const QJsonObject bodies[] = {
        {},
        {{QStringLiteral("username"), QStringLiteral("sneaky")},
         {QStringLiteral("display_name"), QStringLiteral("S")},
         {QStringLiteral("role"), QStringLiteral("agent")},
         {QStringLiteral("employee_id"), QStringLiteral("E-S")},
         {QStringLiteral("setup_code"), true}},
        {{QStringLiteral("user_id"), someone},
         {QStringLiteral("fields"),
          QJsonObject{
              {QStringLiteral("active"), QJsonObject{{QStringLiteral("old"), true}, {QStringLiteral("new"), false}}}}}},
        {{QStringLiteral("user_id"), someone}, {QStringLiteral("setup_code"), true}},
        {},
        {{QStringLiteral("session_id"), UuidV7::generateString()}},
        {},
    };
    const qint64 users = m_demo->pg().count(QStringLiteral("users"));
    for (qsizetype i = 0; i < endpoints.size(); ++i) {
        const Reply agent = call(endpoints.at(i).first, endpoints.at(i).second, bodies[i], m_agent);
        QCOMPARE(agent.status, 403);
        QCOMPARE(errorCode(agent), QStringLiteral("forbidden"));
        QCOMPARE(call(endpoints.at(i).first, endpoints.at(i).second, bodies[i], {}).status, 401);
    }
    QCOMPARE(m_demo->pg().count(QStringLiteral("users")), users);
    QCOMPARE(value(QStringLiteral("SELECT active FROM users WHERE id = '%1'").arg(someone)), QStringLiteral("true"));
}

void TestAdminService::managersSeeTheirSubtreeOnly()
{
    const Reply admin = get(QStringLiteral("/v1/admin/users"), m_admin);
    QCOMPARE(admin.status, 200);
    QCOMPARE(admin.json.value(QStringLiteral("accounts")).toArray().size(),
             m_demo->pg().count(QStringLiteral("users")));
    const Reply manager = get(QStringLiteral("/v1/admin/users"), m_manager);
    QCOMPARE(manager.status, 200);
    const QJsonArray mine = manager.json.value(QStringLiteral("accounts")).toArray();
    QVERIFY(!mine.isEmpty());
    for (const QJsonValue &account : mine) {
        const QString id = account.toObject().value(QStringLiteral("user_id")).toString();
        // Only agents, each working in the manager's area.
        QCOMPARE(value(QStringLiteral("SELECT role FROM users WHERE id = '%1'").arg(id)), QStringLiteral("agent"));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM agent_territories x JOIN agents a ON a.id = x.agent_id "
                                      "JOIN territories t ON t.id = x.territory_id JOIN territories r ON r.id = "
                                      "t.parent_id JOIN manager_territories m ON m.territory_id = r.parent_id WHERE "
                                      "a.user_id = '%1' AND m.user_id = '%2'")
                           .arg(id, m_managerUser.id))
                         .toInt() > 0,
                 true);
    }
}

void TestAdminService::initialPasswordMustBeChanged()
{
    const QJsonObject account = createAgent(QStringLiteral("new.agent"), m_managerTerritory, m_admin);
    const QString id = account.value(QStringLiteral("user_id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(account.value(QStringLiteral("must_change_password")).toBool(), true);
    // The agent record and the assignment came with the account.
    QCOMPARE(
        value(QStringLiteral("SELECT a.employee_id || ' ' || x.territory_id FROM agents a JOIN agent_territories x "
                             "ON x.agent_id = a.id WHERE a.user_id = '%1'")
                  .arg(id)),
        QStringLiteral("E-new.agent ") + m_managerTerritory);
    const Reply first = post(QStringLiteral("/v1/auth/login"),
                             {{QStringLiteral("username"), QStringLiteral("new.agent")},
                              {QStringLiteral("password"), QStringLiteral("initial password 1")}},
                             {});
    QCOMPARE(first.status, 403);
    QCOMPARE(errorCode(first), QStringLiteral("password_change_required"));
    const QJsonObject change{{QStringLiteral("username"), QStringLiteral("New.Agent ")},
                             {QStringLiteral("password"), QStringLiteral("initial password 1")},
                             {QStringLiteral("new_password"), QStringLiteral("my own secret 42")}};
    QJsonObject wrong = change;
    wrong.insert(QStringLiteral("password"), QStringLiteral("not the password"));
    QCOMPARE(errorCode(post(QStringLiteral("/v1/auth/password"), wrong, {})), QStringLiteral("invalid_credentials"));
    QCOMPARE(post(QStringLiteral("/v1/auth/password"), change, {}).status, 204);
    QVERIFY(login(QStringLiteral("new.agent"), QStringLiteral("initial password 1")).isEmpty());
    QVERIFY(!login(QStringLiteral("new.agent"), QStringLiteral("my own secret 42")).isEmpty());
    // The trail: who created the account, from which device; the failed attempt; the change.
    const QString admin = value(QStringLiteral("SELECT id::text FROM users WHERE username = 'admin'"));
    QCOMPARE(value(QStringLiteral("SELECT user_id || ' ' || device_id FROM audit_entries WHERE action = 'user.created' "
                                  "AND row_id = '%1'")
                       .arg(id)),
             admin + QStringLiteral(" dev-admin-test"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_entries WHERE row_id = '%1' AND action IN "
                                  "('user.password_change_failed', 'user.password_changed', 'user.signed_in')")
                       .arg(id)),
             QStringLiteral("3"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'agent_territory.created' AND "
                                  "user_id = '%1' AND details LIKE '%%2%'")
                       .arg(admin, m_managerTerritory)),
             QStringLiteral("1"));
}

void TestAdminService::setupCodeWorksOnce()
{
    const Reply created = post(QStringLiteral("/v1/admin/users/create"),
                               {{QStringLiteral("username"), QStringLiteral("second.manager")},
                                {QStringLiteral("display_name"), QStringLiteral("Second Manager")},
                                {QStringLiteral("role"), QStringLiteral("manager")},
                                {QStringLiteral("territory_ids"), QJsonArray{m_foreignTerritory}},
                                {QStringLiteral("setup_code"), true}},
                               m_admin);
    QCOMPARE(created.status, 200);
    const QString code = created.json.value(QStringLiteral("setup_code")).toString();
    QCOMPARE(code.size(), 14);
    QVERIFY(
        created.json.value(QStringLiteral("account")).toObject().value(QStringLiteral("setup_code_pending")).toBool());
    // The code is stored as a hash only, and is not a password.
    QVERIFY(value(QStringLiteral("SELECT encode(setup_code_hash, 'escape') FROM users WHERE username = "
                                 "'second.manager'"))
                .indexOf(code) < 0);
    QVERIFY(login(QStringLiteral("second.manager"), code).isEmpty());
    const QJsonObject use{{QStringLiteral("username"), QStringLiteral("second.manager")},
                          {QStringLiteral("setup_code"), code.toLower().remove(u'-')},
                          {QStringLiteral("new_password"), QStringLiteral("chosen at setup 7")}};
    QCOMPARE(post(QStringLiteral("/v1/auth/password"), use, {}).status, 204);
    QCOMPARE(errorCode(post(QStringLiteral("/v1/auth/password"), use, {})), QStringLiteral("invalid_credentials"));
    QVERIFY(!login(QStringLiteral("second.manager"), QStringLiteral("chosen at setup 7")).isEmpty());
}

void TestAdminService::managerStaysWithinTheSubtree()
{
    Reply r;
    const QJsonObject mine = createAgent(QStringLiteral("team.agent"), m_managerTerritory, m_manager, &r);
    QCOMPARE(r.status, 200);
    createAgent(QStringLiteral("poached.agent"), m_foreignTerritory, m_manager, &r);
    QCOMPARE(r.status, 403);
    QCOMPARE(errorField(r), QStringLiteral("territory_ids[0]"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM users WHERE username = 'poached.agent'")), QStringLiteral("0"));
    const Reply admin = post(QStringLiteral("/v1/admin/users/create"),
                             {{QStringLiteral("username"), QStringLiteral("self.made.admin")},
                              {QStringLiteral("display_name"), QStringLiteral("Admin?")},
                              {QStringLiteral("role"), QStringLiteral("admin")},
                              {QStringLiteral("setup_code"), true}},
                             m_manager);
    QCOMPARE(admin.status, 403);
    QCOMPARE(errorField(admin), QStringLiteral("role"));
    // Roles are the admins' to change; agents outside the area are out of reach.
    const QString id = mine.value(QStringLiteral("user_id")).toString();
    const auto update = [&](const QString &user, const char *field, const QJsonValue &from, const QJsonValue &to) {
        return post(QStringLiteral("/v1/admin/users/update"),
                    {{QStringLiteral("user_id"), user},
                     {QStringLiteral("fields"),
                      QJsonObject{{QString::fromLatin1(field),
                                   QJsonObject{{QStringLiteral("old"), from}, {QStringLiteral("new"), to}}}}}},
                    m_manager);
    };
    QCOMPARE(errorField(update(id, "role", QStringLiteral("agent"), QStringLiteral("manager"))),
             QStringLiteral("role"));
    const QString outsider = createAgent(QStringLiteral("far.agent"), m_foreignTerritory, m_admin)
                                 .value(QStringLiteral("user_id"))
                                 .toString();
    QVERIFY(!outsider.isEmpty());
    QCOMPARE(update(outsider, "active", true, false).status, 403);
    QCOMPARE(value(QStringLiteral("SELECT active FROM users WHERE id = '%1'").arg(outsider)), QStringLiteral("true"));
    QCOMPARE(update(id, "active", true, false).status, 200);
}

void TestAdminService::updatesConflictInsteadOfOverwriting()
{
    const QString id = createAgent(QStringLiteral("renamed.agent"), m_managerTerritory, m_admin)
                           .value(QStringLiteral("user_id"))
                           .toString();
    const auto rename = [&](const QString &from, const QString &to) {
        return post(QStringLiteral("/v1/admin/users/update"),
                    {{QStringLiteral("user_id"), id},
                     {QStringLiteral("fields"),
                      QJsonObject{{QStringLiteral("display_name"),
                                   QJsonObject{{QStringLiteral("old"), from}, {QStringLiteral("new"), to}}}}}},
                    m_admin);
    };
    const Reply first = rename(QStringLiteral("Test renamed.agent"), QStringLiteral("Renate Agent"));
    QCOMPARE(first.status, 200);
    QVERIFY(first.json.value(QStringLiteral("version")).toInteger() >= 2);
    // A second admin who still saw the old name is told, not overwritten.
    const Reply second = rename(QStringLiteral("Test renamed.agent"), QStringLiteral("Someone Else"));
    QCOMPARE(second.status, 409);
    QCOMPARE(errorCode(second), QStringLiteral("conflict"));
    QCOMPARE(errorField(second), QStringLiteral("display_name"));
    QCOMPARE(value(QStringLiteral("SELECT display_name FROM users WHERE id = '%1'").arg(id)),
             QStringLiteral("Renate Agent"));
}

void TestAdminService::nobodyLocksTheAdminsOut()
{
    const QString admin = value(QStringLiteral("SELECT id::text FROM users WHERE username = 'admin'"));
    const Reply self = post(QStringLiteral("/v1/admin/users/update"),
                            {{QStringLiteral("user_id"), admin},
                             {QStringLiteral("fields"),
                              QJsonObject{{QStringLiteral("active"), QJsonObject{{QStringLiteral("old"), true},
                                                                                 {QStringLiteral("new"), false}}}}}},
                            m_admin);
    QCOMPARE(self.status, 403);
    QCOMPARE(errorField(self), QStringLiteral("active"));
    QCOMPARE(value(QStringLiteral("SELECT active FROM users WHERE id = '%1'").arg(admin)), QStringLiteral("true"));
}

void TestAdminService::resetAndRevokeEndSessions()
{
    const QString username = m_demo->agent();
    const QString id = value(QStringLiteral("SELECT id::text FROM users WHERE username = '%1'").arg(username));
    const QString token = login(username, kPassword, QStringLiteral("laptop-7"));
    // A sync counts once the device has pulled its last page (the snapshot comes in several).
    QString cursor = QLatin1StringView(Protocol::PullRequest::kStartCursor).toString();
    for (bool more = true; more;) {
        const Reply page = get(QStringLiteral("/v1/pull?limit=10000&cursor=") + cursor, token);
        QCOMPARE(page.status, 200);
        cursor = QString::fromLatin1(QUrl::toPercentEncoding(page.json.value(QStringLiteral("cursor")).toString()));
        more = page.json.value(QStringLiteral("has_more")).toBool();
    }
    const Reply listed = get(QStringLiteral("/v1/admin/sessions?user_id=") + id, m_admin);
    QCOMPARE(listed.status, 200);
    QJsonObject session;
    for (const QJsonValue &s : listed.json.value(QStringLiteral("sessions")).toArray()) {
        if (s.toObject().value(QStringLiteral("device_id")).toString() == u"laptop-7") {
            session = s.toObject();
        }
    }
    QVERIFY(!session.isEmpty());
    bool synced = false;
    for (const QJsonValue &d : listed.json.value(QStringLiteral("devices")).toArray()) {
        synced |= d.toObject().value(QStringLiteral("device_id")).toString() == u"laptop-7" &&
                  d.toObject().contains(QStringLiteral("last_sync_at"));
    }
    QVERIFY(synced);
    QCOMPARE(post(QStringLiteral("/v1/admin/sessions/revoke"),
                  {{QStringLiteral("session_id"), session.value(QStringLiteral("id")).toString()}}, m_admin)
                 .status,
             204);
    QCOMPARE(get(QStringLiteral("/v1/auth/session"), token).status, 401);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'user.session_revoked' AND row_id "
                                  "= '%1' AND details LIKE '%laptop-7%'")
                       .arg(id)),
             QStringLiteral("1"));
    // A reset ends every other session too, and hands out a new setup code.
    const QString other = login(username);
    const Reply reset = post(QStringLiteral("/v1/admin/users/password"),
                             {{QStringLiteral("user_id"), id}, {QStringLiteral("setup_code"), true}}, m_admin);
    QCOMPARE(reset.status, 200);
    QVERIFY(!reset.json.value(QStringLiteral("setup_code")).toString().isEmpty());
    QCOMPARE(get(QStringLiteral("/v1/auth/session"), other).status, 401);
    QVERIFY(login(username).isEmpty());
}

void TestAdminService::badInputNamesTheField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("bad username") << QByteArray(R"({"username":"A B","display_name":"x","role":"agent",)"
                                                R"("employee_id":"E1","setup_code":true})")
                                  << "username";
    QTest::newRow("no display name") << QByteArray(R"({"username":"ok.name","display_name":" ","role":"agent",)"
                                                   R"("employee_id":"E2","setup_code":true})")
                                     << "display_name";
    QTest::newRow("agent without employee id")
        << QByteArray(R"({"username":"ok.name","display_name":"x","role":"agent","setup_code":true})") << "employee_id";
    QTest::newRow("short password") << QByteArray(R"({"username":"ok.name","display_name":"x","role":"manager",)"
                                                  R"("password":"short"})")
                                    << "password";
    QTest::newRow("no credential") << QByteArray(R"({"username":"ok.name","display_name":"x","role":"manager"})")
                                   << "password";
    QTest::newRow("unknown role") << QByteArray(R"({"username":"ok.name","display_name":"x","role":"boss",)"
                                                R"("setup_code":true})")
                                  << "role";
    QTest::newRow("unknown field") << QByteArray(R"({"username":"ok.name","display_name":"x","role":"manager",)"
                                                 R"("setup_code":true,"is_admin":true})")
                                   << "is_admin";
    QTest::newRow("bad e-mail") << QByteArray(R"({"username":"ok.name","display_name":"x","role":"manager",)"
                                              R"("email":"not an address","setup_code":true})")
                                << "email";
    QTest::newRow("territory of the wrong level")
        << QByteArray(R"({"username":"ok.name","display_name":"x","role":"agent","employee_id":"E3",)"
                      R"("territory_ids":["00000000-0000-7000-8000-000000000000"],"setup_code":true})")
        << "territory_ids[0]";
}

void TestAdminService::badInputNamesTheField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const qint64 users = m_demo->pg().count(QStringLiteral("users"));
    const Reply r = Test::send(m_nam, m_port, "POST", QStringLiteral("/v1/admin/users/create"), body, m_admin);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorField(r), field);
    QVERIFY(!r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(m_demo->pg().count(QStringLiteral("users")), users);
}

void TestAdminService::realignmentsAreCheckedAndScheduledOnce()
{
    const QString customer =
        value(QStringLiteral("SELECT id FROM customers WHERE territory_id = '%1' ORDER BY id LIMIT 1")
                  .arg(m_managerTerritory));
    const auto moveTo = [&](const QString &territory, const QString &token, const QDateTime &at = {}) {
        QJsonObject body{{QStringLiteral("moves"),
                          QJsonObject{{QStringLiteral("customers"),
                                       QJsonArray{QJsonObject{{QStringLiteral("customer_ids"), QJsonArray{customer}},
                                                              {QStringLiteral("territory_id"), territory}}}}}}};
        if (at.isValid()) {
            body.insert(QStringLiteral("effective_at"), at.toString(Qt::ISODateWithMs));
        }
        return post(QStringLiteral("/v1/admin/realignments/create"), body, token);
    };
    // A manager cannot move a customer out of their region; nobody moves one into an area.
    const Reply beyond = moveTo(m_foreignTerritory, m_manager);
    QCOMPARE(beyond.status, 403);
    QCOMPARE(errorField(beyond), QStringLiteral("moves.customers[0].territory_id"));
    const QString area =
        value(QStringLiteral("SELECT parent_id FROM territories WHERE id = '%1'").arg(m_managerTerritory));
    QCOMPARE(errorField(moveTo(area, m_admin)), QStringLiteral("moves.customers[0].territory_id"));
    QCOMPARE(errorField(post(QStringLiteral("/v1/admin/realignments/create"),
                             {{QStringLiteral("moves"), QJsonObject{}}}, m_admin)),
             QStringLiteral("moves.customers"));
    QCOMPARE(errorCode(moveTo(m_foreignTerritory, m_agent)), QStringLiteral("forbidden"));
    // Scheduled two seconds ahead: nothing moves until then, and then exactly once, however many
    // server instances look for due work at the same moment.
    const Reply scheduled = moveTo(m_foreignTerritory, m_admin, QDateTime::currentDateTimeUtc().addSecs(2));
    QCOMPARE(scheduled.status, 200);
    QCOMPARE(scheduled.json.value(QStringLiteral("status")).toString(), QStringLiteral("scheduled"));
    const QString id = scheduled.json.value(QStringLiteral("id")).toString();
    RealignmentService first(m_demo->pg().db());
    QCOMPARE(first.applyDue().value(), 0);
    QCOMPARE(value(QStringLiteral("SELECT territory_id FROM customers WHERE id = '%1'").arg(customer)),
             m_managerTerritory);
    QTest::qWait(2200);
    const auto instance = [&] {
        PgDatabase own(m_demo->pg().settings());
        return RealignmentService(own).applyDue().value();
    };
    QFuture<int> a = QtConcurrent::run(instance);
    QFuture<int> b = QtConcurrent::run(instance);
    // The test's own server looks for due work too (every 15 s): one of the three applies it.
    QVERIFY(a.result() + b.result() <= 1);
    QCOMPARE(value(QStringLiteral("SELECT territory_id FROM customers WHERE id = '%1'").arg(customer)),
             m_foreignTerritory);
    QCOMPARE(value(QStringLiteral("SELECT status FROM realignments WHERE id = '%1'").arg(id)),
             QStringLiteral("applied"));
    QCOMPARE(
        value(QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'realignment.applied' AND row_id = "
                             "'%1' AND device_id = 'salessync-server scheduler'")
                  .arg(id)),
        QStringLiteral("1"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'customer.territory_changed' AND "
                                  "row_id = '%1'")
                       .arg(customer)),
             QStringLiteral("1"));
    // Applied: it can no longer be cancelled; one scheduled for tomorrow can.
    QCOMPARE(post(QStringLiteral("/v1/admin/realignments/cancel"), {{QStringLiteral("id"), id}}, m_admin).status, 404);
    const Reply later = moveTo(m_managerTerritory, m_admin, QDateTime::currentDateTimeUtc().addDays(1));
    const QString laterId = later.json.value(QStringLiteral("id")).toString();
    const Reply cancelled =
        post(QStringLiteral("/v1/admin/realignments/cancel"), {{QStringLiteral("id"), laterId}}, m_admin);
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.json.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'realignment.cancelled' AND "
                                  "row_id = '%1'")
                       .arg(laterId)),
             QStringLiteral("1"));
    // The history keeps both, newest first.
    const QJsonArray history =
        get(QStringLiteral("/v1/admin/realignments"), m_admin).json.value(QStringLiteral("realignments")).toArray();
    QCOMPARE(history.size(), value(QStringLiteral("SELECT count(*) FROM realignments")).toInt());
    QCOMPARE(history.at(0).toObject().value(QStringLiteral("id")).toString(), laterId);
    QCOMPARE(history.at(1).toObject().value(QStringLiteral("id")).toString(), id);
}

void TestAdminService::previewNamesDevicesThatMayLoseWork()
{
    const QString username = m_demo->agent();
    const QString agentToken = login(username, kPassword, QStringLiteral("laptop-9"));
    const QString territory =
        value(QStringLiteral("SELECT x.territory_id FROM agent_territories x JOIN agents a ON a.id = "
                             "x.agent_id JOIN users u ON u.id::text = a.user_id WHERE u.username = "
                             "'%1' AND NOT x.deleted LIMIT 1")
                  .arg(username));
    const QString customer =
        value(QStringLiteral("SELECT id FROM customers WHERE territory_id = '%1' ORDER BY id LIMIT 1").arg(territory));
    // The laptop synced and reported an unsynced edit of that customer.
    QCOMPARE(post(QStringLiteral("/v1/device/status"),
                  {{QStringLiteral("device_id"), QStringLiteral("laptop-9")},
                   {QStringLiteral("client_version"), QStringLiteral("0.1.0")},
                   {QStringLiteral("pending_ops"), 2},
                   {QStringLiteral("pending_customer_ids"), QJsonArray{customer}}},
                  agentToken)
                 .status,
             204);
    QCOMPARE(errorField(post(
                 QStringLiteral("/v1/device/status"),
                 {{QStringLiteral("device_id"), QStringLiteral("someone-elses")}, {QStringLiteral("pending_ops"), 0}},
                 agentToken)),
             QStringLiteral("device_id"));
    const Reply preview =
        post(QStringLiteral("/v1/admin/realignments/preview"),
             {{QStringLiteral("moves"),
               QJsonObject{{QStringLiteral("customers"),
                            QJsonArray{QJsonObject{{QStringLiteral("customer_ids"), QJsonArray{customer}},
                                                   {QStringLiteral("territory_id"), m_foreignTerritory}}}}}}},
             m_admin);
    QCOMPARE(preview.status, 200);
    const QString agentId = value(QStringLiteral("SELECT id::text FROM users WHERE username = '%1'").arg(username));
    bool found = false;
    for (const QJsonValue &h : preview.json.value(QStringLiteral("holders")).toArray()) {
        if (h.toObject().value(QStringLiteral("user_id")).toString() != agentId) {
            continue;
        }
        QCOMPARE(
            h.toObject().value(QStringLiteral("leaving")).toObject().value(QStringLiteral("customer_ids")).toArray(),
            QJsonArray{customer});
        for (const QJsonValue &d : h.toObject().value(QStringLiteral("devices")).toArray()) {
            if (d.toObject().value(QStringLiteral("device_id")).toString() == u"laptop-9") {
                found = true;
                QCOMPARE(d.toObject().value(QStringLiteral("leaving_with_pending_edits")).toArray(),
                         QJsonArray{customer});
                QVERIFY(d.toObject().value(QStringLiteral("may_hold_edits")).toBool());
            }
        }
    }
    QVERIFY(found);
    // A preview changes nothing.
    QCOMPARE(value(QStringLiteral("SELECT territory_id FROM customers WHERE id = '%1'").arg(customer)), territory);
}

QTEST_MAIN(TestAdminService)
#include "tst_adminservice.moc"
