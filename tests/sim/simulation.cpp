#include "simulation.h"

#include "core/kpi/kpiaggregates.h"
#include "core/repositories/customerrepository.h"
#include "core/repositories/orderrepository.h"
#include "core/repositories/transactionrepository.h"
#include "core/repositories/visitrepository.h"
#include "core/rules/ledger.h"
#include "core/store/changewriter.h"
#include "core/store/database.h"
#include "core/store/entityschema.h"
#include "core/store/sqlutil.h"
#include "core/store/writetransaction.h"
#include "faultproxy.h"
#include "pgtestdatabase.h"
#include "sync/client/localsyncstore.h"
#include "sync/client/syncengine.h"
#include "sync/server/pgrows.h"
#include "sync/server/pullservice.h"
#include "sync/server/syncserver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cmath>
#include <map>
#include <random>
#include <sqlite3.h>
#include <unistd.h>

namespace SalesSync::Sim {

using namespace SalesSync::Sync;
using namespace SalesSync::Server;

namespace {

const QString kPassword = QStringLiteral("simulation password 1");
constexpr int kPageRows = 40; // small pages: first syncs and catch-ups take several
constexpr int kPushBatch = 12;

// The text fields the simulation edits. Every value written is a unique token, so the final
// checks can tell which edit a value came from and which edit a device had seen when it wrote.
const QList<std::pair<QString, QString>> kTokenFields = {
    {QStringLiteral("customer"), QStringLiteral("name")},
    {QStringLiteral("customer"), QStringLiteral("contact_person")},
    {QStringLiteral("customer"), QStringLiteral("phone")},
    {QStringLiteral("customer"), QStringLiteral("email")},
    {QStringLiteral("customer"), QStringLiteral("street")},
    {QStringLiteral("customer"), QStringLiteral("city")},
    {QStringLiteral("customer"), QStringLiteral("notes")},
    {QStringLiteral("visit"), QStringLiteral("notes")},
    {QStringLiteral("order"), QStringLiteral("notes")},
};

// An op one of the clients wrote, as it left the outbox.
struct KnownOp {
    int client = 0;
    QString deviceId;
    QString entity;
    QString rowId;
    QString op;
    QJsonObject fields;
    int step = 0;
};

// What the server stored for an op (op_results) and when.
struct ServerOp {
    QString status;
    QJsonObject result;
    QString at; // commit order: the transaction's timestamp, as text that sorts
};

struct Client {
    int index = 0;
    QString label;
    QString username;
    Role role = Role::Agent;
    QString userId;
    QString path;
    QString deviceId;
    QString token;
    std::unique_ptr<Database> db;
    std::unique_ptr<SyncEngine> engine;
    std::unique_ptr<FaultProxy> proxy;
    std::mt19937_64 network; // the faults of this client's requests
    bool offline = false;
    bool faults = true;
    QString lastError;
};

struct Instance {
    std::unique_ptr<PgDatabase> db;
    std::unique_ptr<SyncServer> server;
    quint16 port = 0;
    bool up = false;
};

QVariant scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    const Result<QVariant> v = queryValue(db.connection(), sql, binds);
    return v ? *v : QVariant();
}

QStringList column(Database &db, const QString &sql, const QVariantList &binds = {})
{
    const Result<QStringList> ids = firstColumn(runQuery(db.connection(), sql, binds));
    return ids ? *ids : QStringList();
}

// A value in SQLite's storage form, as text that compares equal when the values are.
QString canonical(const FieldDef &field, const QVariant &stored)
{
    if (!stored.isValid() || stored.isNull()) {
        return QStringLiteral("<null>");
    }
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Boolean:
        return QString::number(stored.toLongLong());
    case FieldType::Real:
        return QString::number(stored.toDouble(), 'g', 15);
    case FieldType::Text:
    case FieldType::Timestamp:
    case FieldType::Date:
        return stored.toString();
    }
    return stored.toString();
}

QString wireCanonical(const FieldDef &field, const QJsonValue &value)
{
    return canonical(field, toStorageValue(field, value.toVariant()));
}

QString shortId(const QString &id)
{
    return id.right(8);
}

class World {
public:
    explicit World(const SimOptions &options)
        : m_options(options)
        , m_random(options.seed)
    {}

    bool setUp(QString *error);
    void run();
    void quiet();
    void check();
    SimReport report() const;

private:
    // Steps.
    void step();
    void localWrite(Client &c);
    QString agentWrite(Client &c);
    QString adminWrite(Client &c);
    QString editToken(Client &c, const QString &entity, const QStringList &rows);
    QString createCustomer(Client &c);
    QString deleteCustomer(Client &c);
    QString planVisit(Client &c);
    QString createOrder(Client &c);
    QString changeQuantity(Client &c);
    QString submitOrder(Client &c);
    QString recordPayment(Client &c);
    QString reversePayment(Client &c);
    QString reassignCustomer(Client &c);
    void resolveConflict(Client &c);
    bool syncRound(Client &c);
    void killedRound(Client &c);
    void restartServer(int index);
    void captureOps(Client &c, const QString &what);

    // Setup.
    bool startServer(int index, QString *error);
    void updateBackends();
    bool addClient(int index, const QString &username, Role role, QString *error);
    bool open(Client &c, QString *error);

    // Whether every change in the server's log is old enough for pulls to hand out.
    bool logVisible();

    // Checks.
    void checkNothingLost(const QHash<QString, ServerOp> &server);
    void checkReplica(Client &c);
    void checkAcknowledgedWritesStand(const QHash<QString, ServerOp> &server);
    void checkConflictsRecorded(const QHash<QString, ServerOp> &server);
    void checkLedger(Client &c);
    void checkAggregates(Client &c);
    void fail(const QString &what, const QStringList &ids);
    Result<QSqlDatabase> pg() { return m_pg->db().connection(); }

    int pick(int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(m_random)); }
    bool chance(int percent) { return pick(100) < percent; }
    QString token() { return QStringLiteral("~%1.%2").arg(m_options.seed).arg(++m_tokens); }
    void trace(const QString &line) { m_trace << QStringLiteral("#%1 %2").arg(m_step).arg(line); }

    SimOptions m_options;
    std::mt19937_64 m_random;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dir;
    std::unique_ptr<Test::PgTestDatabase> m_pg;
    Instance m_servers[2];
    std::map<int, int> m_restarts; // server index -> the step it comes back up
    std::vector<std::unique_ptr<Client>> m_clients;
    QHash<QString, KnownOp> m_ops;
    QStringList m_trace;
    QStringList m_failures;
    QSet<QString> m_failureIds;
    int m_step = 0;
    int m_tokens = 0;
    int m_rounds = 0, m_failedRounds = 0, m_kills = 0, m_killedMidRound = 0, m_serverRestarts = 0, m_faultCount = 0;
};

bool World::setUp(QString *error)
{
    if (m_options.workDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_dir = m_tempDir->path();
    } else {
        m_dir = m_options.workDir;
    }
    m_pg = std::make_unique<Test::PgTestDatabase>();
    if (!m_pg->isValid()) {
        *error = m_pg->errorString();
        return false;
    }
    DemoDataSpec spec;
    spec.seed = m_options.seed;
    spec.customers = 24;
    spec.orderLines = 90;
    spec.products = 8;
    spec.customersPerTerritory = 6;
    spec.today = QDate(2026, 11, 23);
    if (const Result<DemoDataCounts> counts = m_pg->seedDemo(spec, kPassword); !counts) {
        *error = counts.error().message();
        return false;
    }
    for (int i = 0; i < 2; ++i) {
        if (!startServer(i, error)) {
            return false;
        }
    }
    // Who the clients are: an admin, two laptops of one agent, then the other agents and a
    // manager in turn.
    Result<QSqlDatabase> db = pg();
    if (!db) {
        *error = db.error().message();
        return false;
    }
    const Result<QStringList> agents = firstColumn(pgQuery(
        *db,
        QStringLiteral("SELECT u.username FROM users u JOIN agents a ON a.user_id::text = u.id::text WHERE EXISTS "
                       "(SELECT 1 FROM agent_territories t WHERE t.agent_id::text = a.id::text) ORDER BY u.username")));
    const QString admin = m_pg->userWhere(QStringLiteral("role = 'admin'")).username;
    const QString manager = m_pg->userWhere(QStringLiteral("role = 'manager'")).username;
    if (!agents || agents->size() < 2 || admin.isEmpty()) {
        *error = agents ? QStringLiteral("the demo organisation has no admin or fewer than two agents")
                        : agents.error().message();
        return false;
    }
    QList<std::pair<QString, Role>> people = {{admin, Role::Admin}, {agents->at(0), Role::Agent}};
    people << std::pair{agents->at(0), Role::Agent} << std::pair{agents->at(1), Role::Agent};
    if (!manager.isEmpty()) {
        people << std::pair{manager, Role::Manager};
    }
    for (qsizetype i = 2; i < agents->size(); ++i) {
        people << std::pair{agents->at(i), Role::Agent};
    }
    for (int i = 0; i < m_options.clients; ++i) {
        const auto &[username, role] = people.at(i % people.size());
        if (!addClient(i, username, role, error)) {
            return false;
        }
    }
    return true;
}

bool World::startServer(int index, QString *error)
{
    Instance &s = m_servers[index];
    s.server.reset();
    s.db = std::make_unique<PgDatabase>(m_pg->settings());
    ServerConfig config;
    config.port = 0;
    config.workerThreads = 2;
    config.shutdownGraceSeconds = 5;
    s.server = std::make_unique<SyncServer>(config, *s.db);
    const Result<quint16> port = s.server->listen();
    if (!port) {
        *error = port.error().message();
        return false;
    }
    s.port = *port;
    s.up = true;
    updateBackends();
    return true;
}

void World::updateBackends()
{
    // The proxies keep sending to an instance that is down, as a plain load balancer would:
    // those requests fail, and the clients back off and retry.
    for (const auto &c : m_clients) {
        c->proxy->setBackends({m_servers[0].port, m_servers[1].port});
    }
}

bool World::addClient(int index, const QString &username, Role role, QString *error)
{
    auto c = std::make_unique<Client>();
    c->index = index;
    c->username = username;
    c->role = role;
    c->label = QStringLiteral("c%1(%2 %3)").arg(index).arg(roleToText(role), username);
    c->path = m_dir + QStringLiteral("/client-%1.db").arg(index);
    c->network.seed(m_options.seed * 1000 + quint64(index));
    Client *raw = c.get();
    c->proxy = std::make_unique<FaultProxy>(
        [this, raw](const QByteArray &requestLine) {
            FaultProxy::Decision d;
            const int r = int(std::uniform_int_distribution<int>(0, 99)(raw->network));
            d.backend = int(std::uniform_int_distribution<int>(0, 1)(raw->network));
            d.cutAt = std::uniform_real_distribution<double>(0.05, 0.95)(raw->network);
            if (raw->offline) {
                d.fault = Fault::Refuse;
            } else if (raw->faults && r < 4) {
                d.fault = Fault::LoseResponse;
            } else if (raw->faults && r < 8) {
                d.fault = Fault::Repeat;
            } else if (raw->faults && r < 12) {
                d.fault = Fault::CutResponse;
            }
            if (d.fault != Fault::None && d.fault != Fault::Refuse) {
                ++m_faultCount;
                trace(QStringLiteral("%1 %2: %3")
                          .arg(raw->label, QString::fromLatin1(requestLine).section(u' ', 0, 1), faultName(d.fault)));
            }
            return d;
        },
        [this, raw](const QString &event) { trace(raw->label + u' ' + event); });
    if (!c->proxy->listen()) {
        *error = QStringLiteral("the fault proxy cannot listen");
        return false;
    }
    c->proxy->setBackends({m_servers[0].port, m_servers[1].port});
    if (!open(*c, error)) {
        return false;
    }
    c->deviceId = c->db->deviceId();
    SyncApi api(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_servers[0].port)));
    const ApiReply reply = api.login(Protocol::LoginRequest{username, kPassword, c->deviceId});
    const Result<Protocol::LoginResponse> login = Protocol::LoginResponse::fromJson(reply.json);
    if (!reply.ok() || !login) {
        *error = QStringLiteral("login of %1: %2").arg(username, reply.errorMessage());
        return false;
    }
    c->userId = login->user.id;
    c->token = login->token;
    if (const Status s = c->db->setActorUserId(c->userId); !s) {
        *error = s.error().message();
        return false;
    }
    c->engine->setToken(c->token);
    m_clients.push_back(std::move(c));
    return true;
}

bool World::open(Client &c, QString *error)
{
    c.engine.reset();
    c.db.reset();
    Result<std::unique_ptr<Database>> db = Database::open(c.path);
    if (!db) {
        *error = db.error().message();
        return false;
    }
    c.db = std::move(db).value();
    if (!c.userId.isEmpty()) {
        if (const Status s = c.db->setActorUserId(c.userId); !s) {
            *error = s.error().message();
            return false;
        }
    }
    SyncEngine::Settings settings;
    settings.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(c.proxy->port()));
    settings.pullPageRows = kPageRows;
    settings.pushBatchOps = kPushBatch;
    settings.requestTimeoutMs = 20000;
    // The simulation decides when rounds run: no timer of the engine's own may start one (it
    // would run inside another client's wait, outside the trace).
    settings.intervalMs = settings.minimumBackoffMs = settings.maximumBackoffMs = 24 * 3600 * 1000;
    c.engine = std::make_unique<SyncEngine>(*c.db, settings);
    QObject::connect(c.engine.get(), &SyncEngine::roundFinished, c.engine.get(),
                     [&c](bool ok, const QString &message) { c.lastError = ok ? QString() : message; });
    if (!c.token.isEmpty()) {
        c.engine->setToken(c.token);
    }
    return true;
}

void World::run()
{
    for (m_step = 1; m_step <= m_options.ops; ++m_step) {
        for (auto it = m_restarts.begin(); it != m_restarts.end();) {
            if (it->second <= m_step) {
                QString error;
                if (!startServer(it->first, &error)) {
                    fail(QStringLiteral("server %1 did not come back: %2").arg(it->first).arg(error), {});
                }
                trace(QStringLiteral("server %1 is up again").arg(it->first));
                it = m_restarts.erase(it);
            } else {
                ++it;
            }
        }
        step();
    }
}

void World::step()
{
    Client &c = *m_clients[size_t(pick(int(m_clients.size())))];
    const int r = pick(100);
    if (r < 48) {
        localWrite(c);
    } else if (r < 78) {
        syncRound(c);
    } else if (r < 83) {
        killedRound(c);
    } else if (r < 91) {
        c.offline = !c.offline;
        trace(c.label + (c.offline ? QStringLiteral(" goes offline") : QStringLiteral(" is back online")));
    } else if (r < 94) {
        restartServer(pick(2));
    } else {
        resolveConflict(c);
    }
}

bool World::syncRound(Client &c)
{
    bool ok = false;
    QString error;
    const QMetaObject::Connection connection =
        QObject::connect(c.engine.get(), &SyncEngine::roundFinished, [&](bool success, const QString &message) {
            ok = success;
            error = message;
        });
    c.engine->syncNow();
    QObject::disconnect(connection);
    ++m_rounds;
    if (!ok) {
        ++m_failedRounds;
    }
    trace(QStringLiteral("%1 sync round: %2")
              .arg(c.label, ok ? QStringLiteral("ok") : QStringLiteral("failed: ") + error));
    return ok;
}

void World::killedRound(Client &c)
{
    // The app dies in the middle of a sync round: a child process runs the round on the client's
    // file and kills itself after a random number of SQLite steps, in whatever statement or
    // transaction it is in. Then the app starts again from the file.
    // Log-uniform, so that kills land early in a round as often as deep in a long first sync.
    const int killAfter = int(std::exp(std::uniform_real_distribution<double>(0, std::log(200000.0))(m_random)));
    c.engine.reset();
    c.db.reset();
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SALESSYNC_SIM_TOKEN"), c.token);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QEventLoop loop;
    QObject::connect(&child, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&child, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--child-round"), c.path, QStringLiteral("http://127.0.0.1:%1").arg(c.proxy->port()),
                 QString::number(killAfter)});
    loop.exec();
    ++m_kills;
    const bool killed = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 77;
    if (killed) {
        ++m_killedMidRound;
    }
    trace(QStringLiteral("%1 killed after %2 SQLite steps: %3")
              .arg(c.label)
              .arg(killAfter)
              .arg(killed ? QStringLiteral("died mid-round")
                          : QStringLiteral("round ended first (exit %1)").arg(child.exitCode())));
    QString error;
    if (!open(c, &error)) {
        fail(QStringLiteral("%1 cannot reopen its file after the kill: %2").arg(c.label, error), {});
    }
}

void World::restartServer(int index)
{
    if (!m_servers[index].up) {
        return;
    }
    m_servers[index].server->shutdown();
    m_servers[index].server.reset();
    m_servers[index].db.reset();
    m_servers[index].up = false;
    ++m_serverRestarts;
    const int downFor = pick(6);
    m_restarts[index] = m_step + downFor;
    trace(QStringLiteral("server %1 restarts (down for %2 steps)").arg(index).arg(downFor));
}

void World::captureOps(Client &c, const QString &what)
{
    Result<QSqlQuery> q = runQuery(c.db->connection(),
                                   QStringLiteral("SELECT op_id, entity, row_id, op, fields FROM outbox ORDER BY seq"));
    QStringList added;
    while (q && q.value().next()) {
        const QString opId = q.value().value(0).toString();
        if (m_ops.contains(opId)) {
            continue;
        }
        KnownOp op;
        op.client = c.index;
        op.deviceId = c.deviceId;
        op.entity = q.value().value(1).toString();
        op.rowId = q.value().value(2).toString();
        op.op = q.value().value(3).toString();
        op.fields = QJsonDocument::fromJson(q.value().value(4).toString().toUtf8()).object();
        op.step = m_step;
        m_ops.insert(opId, op);
        added << QStringLiteral("%1 %2 %3 [op %4]").arg(op.op, op.entity, op.rowId, shortId(opId));
    }
    trace(QStringLiteral("%1 %2 -> %3")
              .arg(c.label, what, added.isEmpty() ? QStringLiteral("no op") : added.join(u", ")));
}

void World::localWrite(Client &c)
{
    const QString what = c.role == Role::Agent ? agentWrite(c) : adminWrite(c);
    if (!what.isEmpty()) {
        captureOps(c, what);
    }
}

QString World::agentWrite(Client &c)
{
    const QStringList customers = column(*c.db, QStringLiteral("SELECT id FROM customers ORDER BY code"));
    if (customers.isEmpty()) {
        return {};
    }
    switch (pick(11)) {
    case 0:
        return createCustomer(c);
    case 1:
        return deleteCustomer(c);
    case 2:
        return planVisit(c);
    case 3:
        return editToken(c, QStringLiteral("visit"),
                         column(*c.db, QStringLiteral("SELECT v.id FROM visits v JOIN customers c ON c.id = "
                                                      "v.customer_id ORDER BY c.code, v.planned_at, v.notes")));
    case 4:
        return createOrder(c);
    case 5:
        return changeQuantity(c);
    case 6:
        return submitOrder(c);
    case 7:
        return recordPayment(c);
    case 8:
        return reversePayment(c);
    case 9:
        return editToken(c, QStringLiteral("order"),
                         column(*c.db, QStringLiteral("SELECT o.id FROM orders o JOIN customers c ON c.id = "
                                                      "o.customer_id ORDER BY c.code, o.created_at, o.notes")));
    default:
        return editToken(c, QStringLiteral("customer"), customers);
    }
}

QString World::adminWrite(Client &c)
{
    const QStringList customers = column(*c.db, QStringLiteral("SELECT id FROM customers ORDER BY code"));
    if (customers.isEmpty()) {
        return {};
    }
    switch (pick(6)) {
    case 0:
        return c.role == Role::Admin ? reassignCustomer(c) : editToken(c, QStringLiteral("customer"), customers);
    case 1:
        return recordPayment(c);
    case 2:
        return reversePayment(c);
    default:
        return editToken(c, QStringLiteral("customer"), customers);
    }
}

QString World::editToken(Client &c, const QString &entity, const QStringList &rows)
{
    if (rows.isEmpty()) {
        return {};
    }
    QStringList fields;
    for (const auto &[e, f] : kTokenFields) {
        if (e == entity) {
            fields << f;
        }
    }
    // Most edits go to a few rows, so that devices meet each other's edits.
    const QString id = rows.at(chance(70) ? pick(int(std::min<qsizetype>(3, rows.size()))) : pick(int(rows.size())));
    const QString field = fields.at(chance(60) ? 0 : pick(int(fields.size())));
    const QString value = token();
    WriteTransaction tx(c.db->connection());
    ChangeWriter writer(*c.db, tx);
    const Status s = writer.update(EntitySchema::get(entity), id, {{field, value}});
    const Status committed = s ? tx.commit() : s;
    return QStringLiteral("edit %1 %2 %3 = %4%5")
        .arg(entity, id, field, value,
             committed ? QString() : QStringLiteral(" refused: ") + committed.error().message());
}

QString World::createCustomer(Client &c)
{
    const QStringList territories =
        column(*c.db,
               QStringLiteral("SELECT t.id FROM agent_territories at JOIN agents a ON a.id = at.agent_id JOIN "
                              "territories t ON t.id = at.territory_id WHERE a.user_id = ? ORDER BY t.code"),
               {c.userId});
    if (territories.isEmpty()) {
        return {};
    }
    Customer customer;
    customer.code = QStringLiteral("SIM%1-%2").arg(m_options.seed).arg(++m_tokens);
    customer.name = token();
    customer.city = token();
    customer.countryCode = QStringLiteral("DE");
    customer.creditLimit = Money(500000, Currency::eur());
    customer.territoryId = territories.at(pick(int(territories.size())));
    const Result<Customer> made = CustomerRepository(*c.db).create(customer);
    return made ? QStringLiteral("create customer %1 %2").arg(made->id, customer.code)
                : QStringLiteral("create customer refused: ") + made.error().message();
}

QString World::deleteCustomer(Client &c)
{
    // Only customers the simulation made and nothing refers to yet.
    const QStringList ids = column(*c.db, QStringLiteral("SELECT id FROM customers c WHERE code LIKE 'SIM%' AND NOT "
                                                         "EXISTS (SELECT 1 FROM visits WHERE customer_id = c.id) AND "
                                                         "NOT EXISTS (SELECT 1 FROM orders WHERE customer_id = c.id) "
                                                         "AND NOT EXISTS (SELECT 1 FROM transactions WHERE "
                                                         "customer_id = c.id) ORDER BY code"));
    if (ids.isEmpty()) {
        return {};
    }
    const QString id = ids.at(pick(int(ids.size())));
    const Status s = CustomerRepository(*c.db).remove(id);
    return QStringLiteral("delete customer %1%2")
        .arg(id, s ? QString() : QStringLiteral(" refused: ") + s.error().message());
}

QString World::planVisit(Client &c)
{
    const QString agentId =
        scalar(*c.db, QStringLiteral("SELECT id FROM agents WHERE user_id = ?"), {c.userId}).toString();
    const QStringList customers = column(*c.db, QStringLiteral("SELECT id FROM customers ORDER BY code"));
    if (agentId.isEmpty() || customers.isEmpty()) {
        return {};
    }
    Visit visit;
    visit.customerId = customers.at(pick(int(customers.size())));
    visit.agentId = agentId;
    visit.plannedAt = QDateTime(QDate(2026, 11, 24), QTime(8 + pick(9), 0), Qt::UTC);
    visit.notes = token();
    const Result<Visit> made = VisitRepository(*c.db).plan(visit);
    return made ? QStringLiteral("plan visit %1 for customer %2").arg(made->id, visit.customerId)
                : QStringLiteral("plan visit refused: ") + made.error().message();
}

QString World::createOrder(Client &c)
{
    const QString agentId =
        scalar(*c.db, QStringLiteral("SELECT id FROM agents WHERE user_id = ?"), {c.userId}).toString();
    const QStringList customers =
        column(*c.db, QStringLiteral("SELECT id FROM customers WHERE currency = 'EUR' ORDER BY code"));
    Result<QSqlQuery> products =
        runQuery(c.db->connection(),
                 QStringLiteral("SELECT id, name, unit_price_minor, tax_rate_bp FROM products WHERE currency = 'EUR' "
                                "AND active = 1 ORDER BY sku"));
    QList<OrderLine> catalogue;
    while (products && products.value().next()) {
        OrderLine line;
        line.productId = products.value().value(0).toString();
        line.description = products.value().value(1).toString();
        line.unitPrice = Money(products.value().value(2).toLongLong(), Currency::eur());
        line.discount = Money::zero(Currency::eur());
        line.taxRateBasisPoints = products.value().value(3).toInt();
        catalogue << line;
    }
    if (agentId.isEmpty() || customers.isEmpty() || catalogue.isEmpty()) {
        return {};
    }
    Order order;
    order.customerId = customers.at(pick(int(customers.size())));
    order.agentId = agentId;
    order.currency = Currency::eur();
    order.notes = token();
    const int lines = 1 + pick(3);
    for (int i = 0; i < lines; ++i) {
        OrderLine line = catalogue.at(pick(int(catalogue.size())));
        line.quantityMilli = 1000 * (1 + pick(12));
        order.lines << line;
    }
    const Result<Order> made = OrderRepository(*c.db).createDraft(order);
    return made
               ? QStringLiteral("create order %1 for customer %2 (%3 lines)").arg(made->id, order.customerId).arg(lines)
               : QStringLiteral("create order refused: ") + made.error().message();
}

QString World::changeQuantity(Client &c)
{
    const QStringList drafts = column(*c.db, QStringLiteral("SELECT o.id FROM orders o JOIN customers c ON c.id = "
                                                            "o.customer_id WHERE o.status = 'draft' ORDER BY c.code, "
                                                            "o.created_at, o.notes"));
    if (drafts.isEmpty()) {
        return {};
    }
    OrderRepository orders(*c.db);
    const Result<Order> found = orders.get(drafts.at(pick(int(drafts.size()))));
    if (!found || found->lines.isEmpty()) {
        return {};
    }
    Order order = *found;
    OrderLine &line = order.lines[pick(int(order.lines.size()))];
    line.quantityMilli = 1000 * (1 + pick(20));
    const Result<Order> saved = orders.updateDraft(order);
    return QStringLiteral("order %1 line %2 quantity = %3%4")
        .arg(order.id, line.id)
        .arg(line.quantityMilli)
        .arg(saved ? QString() : QStringLiteral(" refused: ") + saved.error().message());
}

QString World::submitOrder(Client &c)
{
    const QStringList drafts = column(*c.db, QStringLiteral("SELECT o.id FROM orders o JOIN customers c ON c.id = "
                                                            "o.customer_id WHERE o.status = 'draft' ORDER BY c.code, "
                                                            "o.created_at, o.notes"));
    if (drafts.isEmpty()) {
        return {};
    }
    const QString id = drafts.at(pick(int(drafts.size())));
    const Result<SubmitResult> submitted = OrderRepository(*c.db).submit(id, CreditPolicy::Warn);
    return QStringLiteral("submit order %1%2")
        .arg(id, submitted ? QString() : QStringLiteral(" refused: ") + submitted.error().message());
}

QString World::recordPayment(Client &c)
{
    const QStringList customers = column(*c.db, QStringLiteral("SELECT id FROM customers ORDER BY code"));
    if (customers.isEmpty()) {
        return {};
    }
    Transaction payment;
    payment.customerId = customers.at(pick(int(customers.size())));
    const QString currency =
        scalar(*c.db, QStringLiteral("SELECT currency FROM customers WHERE id = ?"), {payment.customerId}).toString();
    payment.kind = TransactionKind::Payment;
    payment.amount = Money(100 * (1 + pick(500)), Currency::fromCode(currency).value_or(Currency::eur()));
    payment.method = PaymentMethod::Cash;
    payment.reference = QStringLiteral("SIMPAY") + token();
    payment.occurredAt = QDateTime::currentDateTimeUtc();
    payment.recordedBy = c.userId;
    const Result<Transaction> made = TransactionRepository(*c.db).record(payment);
    return made ? QStringLiteral("payment %1 of %2 by customer %3")
                      .arg(made->id, QString::number(payment.amount.minorUnits()), payment.customerId)
                : QStringLiteral("payment refused: ") + made.error().message();
}

QString World::reversePayment(Client &c)
{
    const QStringList payments =
        column(*c.db, QStringLiteral("SELECT id FROM transactions WHERE kind = 'payment' AND direction = 'forward' "
                                     "ORDER BY reference, occurred_at, amount_minor"));
    if (payments.isEmpty()) {
        return {};
    }
    const QString id = payments.at(pick(int(payments.size())));
    TransactionRepository ledger(*c.db);
    const Result<Transaction> original = ledger.get(id);
    if (!original) {
        return {};
    }
    std::optional<Money> part;
    if (chance(50)) {
        part = Money(std::max<qint64>(1, original->amount.minorUnits() / (2 + pick(3))), original->amount.currency());
    }
    const Result<Transaction> made = ledger.reverse(id, QStringLiteral("simulation ") + token(), part);
    return made ? QStringLiteral("reverse %1 of payment %2").arg(QString::number(made->amount.minorUnits()), id)
                : QStringLiteral("reverse payment %1 refused: %2").arg(id, made.error().message());
}

QString World::reassignCustomer(Client &c)
{
    const QStringList territories =
        column(*c.db, QStringLiteral("SELECT DISTINCT t.id FROM territories t JOIN agent_territories at ON "
                                     "at.territory_id = t.id ORDER BY t.code"));
    const QStringList customers = column(*c.db, QStringLiteral("SELECT id FROM customers ORDER BY code"));
    if (territories.size() < 2 || customers.isEmpty()) {
        return {};
    }
    const QString id = customers.at(pick(int(customers.size())));
    const QString territory = territories.at(pick(int(territories.size())));
    CustomerRepository repository(*c.db);
    const Result<Customer> found = repository.get(id);
    if (!found) {
        return {};
    }
    Customer customer = *found;
    customer.territoryId = territory;
    const Result<Customer> saved = repository.update(customer);
    return QStringLiteral("move customer %1 to territory %2%3")
        .arg(id, territory, saved ? QString() : QStringLiteral(" refused: ") + saved.error().message());
}

void World::resolveConflict(Client &c)
{
    LocalSyncStore store(*c.db);
    const Result<QList<ConflictRecord>> open = store.conflicts(true);
    if (!open || open->isEmpty()) {
        return;
    }
    const ConflictRecord conflict = open->at(pick(int(open->size())));
    const QVariant local = scalar(
        *c.db,
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(conflict.field, EntitySchema::get(conflict.entity).table),
        {conflict.rowId});
    // "Theirs" only where the row already shows it (nothing to send): writing a value again would
    // blur which edit a value came from.
    const bool edited = chance(50) || local.toString() != conflict.theirs.toString();
    const QJsonValue value = edited ? QJsonValue(token()) : conflict.theirs;
    const Status s = store.resolveConflict(conflict.id, value);
    captureOps(c, QStringLiteral("resolve conflict on %1 %2 %3 with %4%5")
                      .arg(conflict.entity, conflict.rowId, conflict.field,
                           edited ? value.toString() : QStringLiteral("theirs"),
                           s ? QString() : QStringLiteral(" refused: ") + s.error().message()));
}

void World::quiet()
{
    m_step = m_options.ops + 1;
    trace(QStringLiteral("quiet: every client online, no faults, both servers up"));
    for (int i = 0; i < 2; ++i) {
        if (!m_servers[i].up) {
            QString error;
            if (!startServer(i, &error)) {
                fail(QStringLiteral("server %1 did not come back: %2").arg(i).arg(error), {});
            }
        }
    }
    m_restarts.clear();
    for (const auto &c : m_clients) {
        c->offline = false;
        c->faults = false;
    }
    // Rounds until every outbox is empty and every change in the server's log can be handed out,
    // then one more round each. Pulls only hand out changes older than every transaction still
    // running anywhere on the PostgreSQL server (other tests may share it): wait for those, up to
    // two minutes.
    QDeadlineTimer deadline(120000);
    bool settled = false;
    for (int pass = 0; !deadline.hasExpired(); ++pass) {
        bool pending = false;
        for (const auto &c : m_clients) {
            if (!syncRound(*c) && pass > 0) {
                fail(QStringLiteral("%1: a quiet sync round failed: %2").arg(c->label, c->lastError), {});
            }
            pending = pending || scalar(*c->db, QStringLiteral("SELECT count(*) FROM outbox")).toLongLong() > 0;
        }
        if (settled) {
            break;
        }
        settled = !pending && logVisible();
        if (!settled) {
            QThread::msleep(100);
        }
    }
    if (!settled) {
        fail(QStringLiteral("not converged after two minutes of quiet rounds"), {});
    }
    for (const auto &c : m_clients) {
        const QStringList left = column(*c->db, QStringLiteral("SELECT op_id FROM outbox"));
        if (!left.isEmpty()) {
            fail(QStringLiteral("%1: %2 ops never left the outbox").arg(c->label).arg(left.size()), left);
        }
    }
}

bool World::logVisible()
{
    Result<QSqlDatabase> db = pg();
    const Result<QVariant> visible =
        db ? queryValue(*db,
                        QStringLiteral("SELECT coalesce(pg_snapshot_xmin(pg_current_snapshot()) > max(txid), true) "
                                       "FROM change_log"))
           : Result<QVariant>(db.error());
    return visible && visible->toBool();
}

void World::fail(const QString &what, const QStringList &ids)
{
    m_failures << what;
    for (const QString &id : ids) {
        m_failureIds.insert(id);
    }
}

void World::check()
{
    QHash<QString, ServerOp> server;
    Result<QSqlDatabase> db = pg();
    if (!db) {
        fail(QStringLiteral("no connection to the server's database: ") + db.error().message(), {});
        return;
    }
    Result<QSqlQuery> q = pgQuery(*db, QStringLiteral("SELECT op_id, result::text, to_char(created_at, "
                                                      "'YYYY-MM-DD HH24:MI:SS.US') FROM op_results"));
    while (q && q.value().next()) {
        const QJsonObject result = QJsonDocument::fromJson(q.value().value(1).toString().toUtf8()).object();
        server.insert(q.value().value(0).toString(), ServerOp{result.value(QStringLiteral("status")).toString(), result,
                                                              q.value().value(2).toString()});
    }
    checkNothingLost(server);
    for (const auto &c : m_clients) {
        checkReplica(*c);
        checkLedger(*c);
        checkAggregates(*c);
    }
    checkAcknowledgedWritesStand(server);
    checkConflictsRecorded(server);
    // No original is reversed beyond its amount on the server.
    const Result<QStringList> over = firstColumn(pgQuery(
        *db, QStringLiteral("SELECT o.id::text FROM transactions o JOIN transactions r ON r.reverses_id = o.id GROUP "
                            "BY o.id, o.amount_minor HAVING sum(r.amount_minor) > o.amount_minor")));
    if (over && !over->isEmpty()) {
        fail(QStringLiteral("LEDGER: reversed beyond their amount on the server: ") + over->join(u", "), *over);
    }
}

void World::checkNothingLost(const QHash<QString, ServerOp> &server)
{
    // Every op a client wrote reached the server exactly once (op_results is keyed by op id) or
    // sits in its client's quarantine with a reason.
    QHash<int, QSet<QString>> quarantined;
    for (const auto &c : m_clients) {
        Result<QSqlQuery> q =
            runQuery(c->db->connection(), QStringLiteral("SELECT op_id, code, message FROM sync_quarantine"));
        while (q && q.value().next()) {
            quarantined[c->index].insert(q.value().value(0).toString());
            if (q.value().value(1).toString().isEmpty() || q.value().value(2).toString().isEmpty()) {
                fail(QStringLiteral("%1: quarantined op %2 has no reason").arg(c->label, q.value().value(0).toString()),
                     {q.value().value(0).toString()});
            }
        }
    }
    for (auto it = m_ops.cbegin(); it != m_ops.cend(); ++it) {
        if (!server.contains(it.key()) && !quarantined.value(it->client).contains(it.key())) {
            fail(QStringLiteral("LOST: op %1 (%2 %3 %4 from %5, step %6) neither reached the server nor is in the "
                                "quarantine")
                     .arg(it.key(), it->op, it->entity, it->rowId, m_clients[size_t(it->client)]->label)
                     .arg(it->step),
                 {it.key(), it->rowId});
        }
    }
    // Nothing arrived that no client wrote (a duplicate under a new op id).
    Result<QSqlDatabase> db = pg();
    QStringList devices;
    for (const auto &c : m_clients) {
        devices << c->deviceId;
    }
    for (auto it = server.cbegin(); it != server.cend(); ++it) {
        if (!m_ops.contains(it.key())) {
            fail(QStringLiteral("DUPLICATE: the server holds op %1 that no client wrote").arg(it.key()), {it.key()});
        }
    }
    // Payments are unique by their reference: the same payment never lands twice under two ids.
    Result<QStringList> twice = firstColumn(
        pgQuery(*db, QStringLiteral("SELECT reference FROM transactions WHERE reference LIKE 'SIMPAY%' GROUP BY "
                                    "reference HAVING count(*) > 1")));
    if (twice && !twice->isEmpty()) {
        fail(QStringLiteral("DUPLICATE: payments recorded twice: ") + twice->join(u", "), *twice);
    }
}

void World::checkReplica(Client &c)
{
    Result<QSqlDatabase> db = pg();
    User user;
    user.id = c.userId;
    user.role = c.role;
    const Result<Scope> scope = Scope::of(*db, user);
    if (!scope) {
        fail(scope.error().message(), {});
        return;
    }
    const QHash<QString, QString> customerOf = {
        {QStringLiteral("customer"), QStringLiteral("t.id")},
        {QStringLiteral("visit"), QStringLiteral("t.customer_id")},
        {QStringLiteral("order"), QStringLiteral("t.customer_id")},
        {QStringLiteral("transaction"), QStringLiteral("t.customer_id")},
        {QStringLiteral("order_line"), QStringLiteral("(SELECT customer_id FROM orders WHERE id = t.order_id)")},
    };
    QStringList territories;
    for (const QString &t : scope->territoryIds) {
        territories << u'\'' + QString(t).remove(u'\'') + u'\'';
    }
    for (const EntityDef &entity : EntitySchema::all()) {
        if (entity.name == u"audit_entry" && !scope->everything) {
            continue; // agents and managers do not get the audit trail back
        }
        QStringList fields;
        for (const FieldDef &f : entity.fields) {
            fields << (f.type == FieldType::Timestamp
                           ? QStringLiteral("to_char(t.%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
                                 .arg(f.name)
                           : QStringLiteral("t.") + f.name);
        }
        QString where = QStringLiteral("NOT t.deleted");
        if (entity.name == u"sales_target" && !scope->everything) {
            // Scoped by its own territory (the demo's targets are per territory and agent).
            where += QStringLiteral(" AND t.territory_id IN (%1)")
                         .arg(territories.isEmpty() ? QStringLiteral("NULL") : territories.join(u','));
        }
        if (customerOf.contains(entity.name) && !scope->everything) {
            where += QStringLiteral(" AND (SELECT territory_id FROM customers WHERE id = %1) IN (%2)")
                         .arg(customerOf.value(entity.name),
                              territories.isEmpty() ? QStringLiteral("NULL") : territories.join(u','));
        }
        QHash<QString, QStringList> expected;
        Result<QSqlQuery> q = pgQuery(*db, QStringLiteral("SELECT t.id::text, %1 FROM %2 t WHERE %3")
                                               .arg(fields.join(u','), PgRows::table(entity), where));
        if (!q) {
            fail(q.error().message(), {});
            return;
        }
        while (q.value().next()) {
            QStringList values;
            for (int i = 0; i < entity.fields.size(); ++i) {
                const FieldDef &f = entity.fields.at(i);
                values << canonical(f, toStorageValue(f, q.value().value(i + 1)));
            }
            expected.insert(q.value().value(0).toString(), values);
        }
        QStringList plain;
        for (const FieldDef &f : entity.fields) {
            plain << f.name;
        }
        Result<QSqlQuery> local =
            runQuery(c.db->connection(), QStringLiteral("SELECT id, %1 FROM %2").arg(plain.join(u','), entity.table));
        int reported = 0;
        while (local && local.value().next()) {
            const QString id = local.value().value(0).toString();
            const auto it = expected.constFind(id);
            if (it == expected.cend()) {
                if (reported++ < 5) {
                    fail(QStringLiteral("%1 has %2 %3 which the server does not have in its scope")
                             .arg(c.label, entity.name, id),
                         {id});
                }
                continue;
            }
            for (int i = 0; i < entity.fields.size(); ++i) {
                const FieldDef &f = entity.fields.at(i);
                const QString mine = canonical(f, local.value().value(i + 1));
                if (mine != it->at(i) && reported++ < 5) {
                    fail(QStringLiteral("%1: %2 %3 field %4 is '%5' locally but '%6' on the server")
                             .arg(c.label, entity.name, id, f.name, mine, it->at(i)),
                         {id});
                }
            }
            expected.remove(id);
        }
        for (auto it = expected.cbegin(); it != expected.cend() && reported++ < 5; ++it) {
            fail(QStringLiteral("%1 lacks %2 %3 which is in its scope on the server")
                     .arg(c.label, entity.name, it.key()),
                 {it.key()});
        }
    }
}

void World::checkAcknowledgedWritesStand(const QHash<QString, ServerOp> &server)
{
    // For every field, the last write the server took (by commit order) is the value it has now:
    // nothing the server acknowledged was lost afterwards. Derived fields are the server's own.
    struct Write {
        QString at;
        QString opId;
        QJsonValue value;
    };
    QHash<QString, QList<Write>> writes; // "entity/row/field" -> writes the server took
    QSet<QString> deletedRows;
    for (auto it = m_ops.cbegin(); it != m_ops.cend(); ++it) {
        const auto s = server.constFind(it.key());
        if (s == server.cend() || s->status == u"rejected") {
            continue;
        }
        if (it->op == u"delete") {
            deletedRows.insert(it->rowId);
            continue;
        }
        QSet<QString> notTaken;
        for (const QJsonValue &v : s->result.value(QStringLiteral("conflicts")).toArray()) {
            if (v.toObject().value(QStringLiteral("resolution")).toString() != u"mine") {
                notTaken.insert(v.toObject().value(QStringLiteral("field")).toString());
            }
        }
        const EntityDef &entity = EntitySchema::get(it->entity);
        for (auto f = it->fields.constBegin(); f != it->fields.constEnd(); ++f) {
            const FieldDef *field = entity.field(f.key());
            if (!field || field->policy == ConflictPolicy::Derived || notTaken.contains(f.key())) {
                continue;
            }
            writes[it->entity + u'/' + it->rowId + u'/' + f.key()]
                << Write{s->at, it.key(), f.value().toObject().value(QStringLiteral("new"))};
        }
    }
    Result<QSqlDatabase> db = pg();
    // Every row whose create the server took is there (perhaps deleted since, never gone).
    for (auto it = m_ops.cbegin(); it != m_ops.cend(); ++it) {
        const auto s = server.constFind(it.key());
        if (it->op != u"create" || s == server.cend() || s->status == u"rejected") {
            continue;
        }
        const Result<QVariant> n = queryValue(*db,
                                              QStringLiteral("SELECT count(*) FROM %1 WHERE id::text = ?")
                                                  .arg(PgRows::table(EntitySchema::get(it->entity))),
                                              {it->rowId});
        if (n && n->toLongLong() != 1) {
            fail(QStringLiteral("LOST WRITE: the server took the create of %1 %2 (op %3) but has no such row")
                     .arg(it->entity, it->rowId, it.key()),
                 {it->rowId, it.key()});
        }
    }
    for (auto it = writes.begin(); it != writes.end(); ++it) {
        const QStringList key = it.key().split(u'/');
        if (deletedRows.contains(key.at(1))) {
            continue;
        }
        std::sort(it->begin(), it->end(), [](const Write &a, const Write &b) { return a.at < b.at; });
        const Write &last = it->last();
        if (it->size() > 1 && it->at(it->size() - 2).at == last.at) {
            continue; // two writes in one transaction: no order to check
        }
        const EntityDef &entity = EntitySchema::get(key.at(0));
        const FieldDef &field = *entity.field(key.at(2));
        const Result<QVariant> now = queryValue(
            *db,
            QStringLiteral("SELECT %1 FROM %2 WHERE id::text = ? AND NOT deleted")
                .arg(field.type == FieldType::Timestamp
                         ? QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
                               .arg(field.name)
                         : field.name,
                     PgRows::table(entity)),
            {key.at(1)});
        if (!now || !now->isValid()) {
            continue; // deleted on the server by some other way (a whole order's lines)
        }
        const QString have = canonical(field, toStorageValue(field, *now));
        const QString wrote = wireCanonical(field, last.value);
        if (have != wrote) {
            fail(QStringLiteral("LOST WRITE: %1 %2 %3 is '%4' on the server, but the last write it took (op %5) "
                                "set '%6'")
                     .arg(key.at(0), key.at(1), key.at(2), have, last.opId, wrote),
                 {key.at(1), last.opId});
        }
    }
}

void World::checkConflictsRecorded(const QHash<QString, ServerOp> &server)
{
    // Concurrent edits: two devices wrote the same field of a row, each without having seen the
    // other's value (token values tell which edit a device had seen: the op's old value). Each
    // of the two lines of edits since they forked must appear in a recorded conflict, as the op
    // that met the other's value or as the value it met.
    struct Edit {
        QString opId;
        QString device;
        QString oldValue;
        QString newValue;
    };
    QHash<QString, QList<Edit>> edits; // "entity/row/field" -> edits the server processed
    QSet<QString> tokenFields;
    for (const auto &[e, f] : kTokenFields) {
        tokenFields.insert(e + u'/' + f);
    }
    for (auto it = m_ops.cbegin(); it != m_ops.cend(); ++it) {
        const auto s = server.constFind(it.key());
        if (it->op != u"update" || s == server.cend() || s->status == u"rejected") {
            continue;
        }
        for (auto f = it->fields.constBegin(); f != it->fields.constEnd(); ++f) {
            if (!tokenFields.contains(it->entity + u'/' + f.key())) {
                continue;
            }
            const QJsonObject change = f.value().toObject();
            edits[it->entity + u'/' + it->rowId + u'/' + f.key()]
                << Edit{it.key(), it->deviceId, change.value(QStringLiteral("old")).toString(),
                        change.value(QStringLiteral("new")).toString()};
        }
    }
    Result<QSqlDatabase> db = pg();
    for (auto it = edits.cbegin(); it != edits.cend(); ++it) {
        if (it->size() < 2) {
            continue;
        }
        const QStringList key = it.key().split(u'/');
        QSet<QString> inConflict; // op ids and values that took part in a recorded conflict
        Result<QSqlQuery> q =
            pgQuery(*db,
                    QStringLiteral("SELECT op_id, theirs_value #>> '{}' FROM conflicts WHERE entity = "
                                   "? AND row_id = ? AND field = ?"),
                    {key.at(0), key.at(1), key.at(2)});
        while (q && q.value().next()) {
            inConflict << q.value().value(0).toString() << q.value().value(1).toString();
        }
        QHash<QString, const Edit *> byValue;
        for (const Edit &e : *it) {
            byValue.insert(e.newValue, &e);
        }
        const auto chain = [&](const Edit &e) {
            QList<const Edit *> line{&e};
            while (const Edit *parent = byValue.value(line.last()->oldValue)) {
                if (line.contains(parent)) {
                    break;
                }
                line << parent;
            }
            return line;
        };
        for (int i = 0; i < it->size(); ++i) {
            for (int j = i + 1; j < it->size(); ++j) {
                const Edit &a = it->at(i);
                const Edit &b = it->at(j);
                if (a.device == b.device) {
                    continue;
                }
                if (chain(a).contains(&b) || chain(b).contains(&a)) {
                    continue; // one had seen the other
                }
                // Each line since the fork.
                const auto sinceFork = [](QList<const Edit *> line, const QList<const Edit *> &other) {
                    QList<const Edit *> own;
                    for (const Edit *e : line) {
                        if (other.contains(e)) {
                            break;
                        }
                        own << e;
                    }
                    return own;
                };
                const auto covered = [&](const QList<const Edit *> &line) {
                    return std::any_of(line.cbegin(), line.cend(), [&](const Edit *e) {
                        return inConflict.contains(e->opId) || inConflict.contains(e->newValue);
                    });
                };
                // A branch: the edits since the fork, and the edits made on top of them (a device that
                // edited twice before meeting the other's value records the conflict on the second).
                const auto branch = [&](const Edit &own, const Edit &other) {
                    const QList<const Edit *> mine = sinceFork(chain(own), chain(other));
                    QList<const Edit *> all = mine;
                    for (const Edit &e : *it) {
                        const QList<const Edit *> line = chain(e);
                        if (!line.contains(&other) && !all.contains(&e) &&
                            std::any_of(mine.cbegin(), mine.cend(), [&](const Edit *m) { return line.contains(m); })) {
                            all << &e;
                        }
                    }
                    return all;
                };
                if (!covered(branch(a, b)) || !covered(branch(b, a))) {
                    fail(QStringLiteral("UNRECORDED CONFLICT: %1 %2 %3: '%4' -> '%5' (op %6) and '%7' -> '%8' (op %9) "
                                        "were written concurrently, but no conflict records them")
                             .arg(key.at(0), key.at(1), key.at(2), a.oldValue, a.newValue, a.opId, b.oldValue,
                                  b.newValue, b.opId),
                         {key.at(1), a.opId, b.opId});
                }
            }
        }
    }
}

// The dashboard's aggregates, kept by triggers through every write, pull page, eviction and kill,
// equal a recomputation from scratch; or they are flagged stale (a first sync cut short), and
// then the dashboard refuses to read them until they are rebuilt.
void World::checkAggregates(Client &c)
{
    const Result<bool> live = KpiAggregates::isLive(c.db->connection());
    if (!live) {
        fail(QStringLiteral("KPI: %1: %2").arg(c.label, live.error().message()), {});
        return;
    }
    if (!*live) {
        return;
    }
    const Result<QStringList> differing = KpiAggregates::verify(*c.db);
    if (!differing) {
        fail(QStringLiteral("KPI: %1: %2").arg(c.label, differing.error().message()), {});
    } else if (!differing->isEmpty()) {
        fail(QStringLiteral("KPI: %1: the dashboard's aggregates differ from a recomputation in %2")
                 .arg(c.label, differing->join(u", ")),
             {});
    }
}

void World::checkLedger(Client &c)
{
    Result<QSqlDatabase> db = pg();
    // Every customer's balance on the client is the server's.
    Result<QSqlQuery> local = runQuery(
        c.db->connection(), QStringLiteral("SELECT customer_id, sum(%1) FROM transactions GROUP BY customer_id")
                                .arg(Ledger::signedAmountSql()));
    int reported = 0;
    while (local && local.value().next()) {
        const QString customer = local.value().value(0).toString();
        const Result<QVariant> there =
            queryValue(*db,
                       QStringLiteral("SELECT coalesce(sum(%1), 0) FROM transactions WHERE customer_id::text = ? AND "
                                      "NOT deleted")
                           .arg(Ledger::signedAmountSql()),
                       {customer});
        if (there && there->toLongLong() != local.value().value(1).toLongLong() && reported++ < 5) {
            fail(QStringLiteral("LEDGER: %1 has a balance of %2 for customer %3, the server %4")
                     .arg(c.label, local.value().value(1).toString(), customer, there->toString()),
                 {customer});
        }
    }
}

SimReport World::report() const
{
    SimReport r;
    r.ok = m_failures.isEmpty();
    r.failures = m_failures;
    qint64 conflicts = 0;
    if (m_pg && m_pg->isValid()) {
        conflicts = m_pg->count(QStringLiteral("conflicts"));
    }
    r.summary = QStringLiteral("seed %1: %2 clients, %3 steps, %4 ops written, %5 sync rounds (%6 failed), %7 network "
                               "faults, %8 kills (%9 mid-round), %10 server restarts, %11 conflicts recorded")
                    .arg(m_options.seed)
                    .arg(m_clients.size())
                    .arg(m_options.ops)
                    .arg(m_ops.size())
                    .arg(m_rounds)
                    .arg(m_failedRounds)
                    .arg(m_faultCount)
                    .arg(m_kills)
                    .arg(m_killedMidRound)
                    .arg(m_serverRestarts)
                    .arg(conflicts);
    if (m_options.verbose) {
        r.trace = m_trace;
        return r;
    }
    // The minimal trace: the steps that touched what failed, and the faults and restarts.
    for (const QString &line : m_trace) {
        const bool relevant = std::any_of(m_failureIds.cbegin(), m_failureIds.cend(),
                                          [&](const QString &id) { return line.contains(id); }) ||
                              line.contains(u"server ") || line.contains(u"killed");
        if (relevant) {
            r.trace << line;
        }
    }
    return r;
}

} // namespace

SimReport runSimulation(const SimOptions &options)
{
    World world(options);
    QString error;
    if (!world.setUp(&error)) {
        SimReport r;
        r.failures << QStringLiteral("setup failed: ") + error;
        return r;
    }
    world.run();
    world.quiet();
    world.check();
    return world.report();
}

namespace {

int g_killAfter = 0;

int killSwitch(void *)
{
    if (--g_killAfter <= 0) {
        _exit(77); // no destructor, no commit, no flush: as if the power went
    }
    return 0;
}

} // namespace

int runChildRound(const QString &dbPath, const QString &serverUrl, int killAfter)
{
    Result<std::unique_ptr<Database>> db = Database::open(dbPath);
    if (!db) {
        qCritical("child: %s", qPrintable(db.error().message()));
        return 2;
    }
    g_killAfter = killAfter;
    const QVariant handle = (*db)->connection().driver()->handle();
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.data());
    sqlite3_progress_handler(sqlite, 1, killSwitch, nullptr);
    SyncEngine::Settings settings;
    settings.server = QUrl(serverUrl);
    settings.pullPageRows = kPageRows;
    settings.pushBatchOps = kPushBatch;
    settings.requestTimeoutMs = 20000;
    SyncEngine engine(**db, settings);
    engine.setToken(qEnvironmentVariable("SALESSYNC_SIM_TOKEN"));
    engine.syncNow();
    return 0;
}

} // namespace SalesSync::Sim
