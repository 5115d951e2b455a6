#include "core/kpi/kpiaggregates.h"
#include "core/kpi/kpicalculator.h"
#include "core/repositories/customerrepository.h"
#include "core/repositories/transactionrepository.h"
#include "core/rules/ledger.h"
#include "core/store/changewriter.h"
#include "core/store/database.h"
#include "core/store/sqlutil.h"
#include "core/store/writetransaction.h"
#include "demoserver.h"
#include "faultproxy.h"
#include "sync/client/localsyncstore.h"
#include "sync/client/rejectiontext.h"
#include "sync/client/syncengine.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <functional>

using namespace SalesSync;
using namespace SalesSync::Sync;
using namespace SalesSync::Server;

namespace {

// Signs in through the protocol's messages; an empty response (and a warning) when it fails.
Protocol::LoginResponse signIn(SyncApi &api, const QString &username, const QString &password, const QString &device)
{
    const ApiReply reply = api.login(Protocol::LoginRequest{username, password, device});
    const Result<Protocol::LoginResponse> login = Protocol::LoginResponse::fromJson(reply.json);
    if (!reply.ok() || !login) {
        qWarning() << "sign-in failed:" << reply.errorMessage();
        return {};
    }
    return *login;
}

const QString kPassword = QStringLiteral("demo password 1");

// One laptop: its own SQLite file and engine, signed in as a user of the server.
struct Client {
    std::unique_ptr<Database> db;
    std::unique_ptr<SyncEngine> engine;
    std::unique_ptr<LocalSyncStore> store;
    QString userId;

    // One synchronous round (the engine's slot, called on this thread).
    bool sync()
    {
        QSignalSpy finished(engine.get(), &SyncEngine::roundFinished);
        engine->syncNow();
        return !finished.isEmpty() && finished.last().at(0).toBool();
    }
    // Syncs until done() holds, for up to 20 s. Other tests on the same PostgreSQL server may
    // hold a transaction open, which delays (never loses) what a pull hands out.
    bool syncUntil(const std::function<bool()> &done)
    {
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired()) {
            if (sync() && done()) {
                return true;
            }
            QThread::msleep(50);
        }
        return false;
    }
    // An edit through change capture alone, past the repositories' rules (which the server
    // applies again).
    bool edit(const QString &entity, const QString &id, const QVariantMap &values)
    {
        WriteTransaction tx(db->connection());
        ChangeWriter writer(*db, tx);
        return writer.update(EntitySchema::get(entity), id, values).ok() && tx.commit().ok();
    }
    QVariant value(const QString &sql)
    {
        const Result<QVariant> v = queryValue(db->connection(), sql);
        return v ? *v : QVariant();
    }
};

// A SyncEngine on a thread of its own, as the app runs it. Stopped (a round in progress
// unwinds first) and destroyed on that thread at the end.
struct ThreadedEngine {
    QThread thread;
    SyncEngine *engine;

    ThreadedEngine(Database &db, const SyncEngine::Settings &settings)
        : engine(new SyncEngine(db, settings))
    {
        engine->moveToThread(&thread);
        thread.start();
    }
    ~ThreadedEngine()
    {
        QEventLoop loop;
        QObject::connect(engine, &SyncEngine::stopped, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        QMetaObject::invokeMethod(engine, &SyncEngine::stop);
        loop.exec();
        QMetaObject::invokeMethod(
            engine, [e = engine] { delete e; }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }
};

} // namespace

class TestSyncEngine : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void firstSyncThenChangesTravelBetweenLaptops();
    void pulledChangeKeepsPendingLocalEdit();
    void rejectedOpIsQuarantinedAndUndone();
    void agentsCannotChangeMasterData();
    void expiredTokenAsksForLoginAndKeepsWork();
    void brokenAnswersChangeNothing();
    void engineOnItsOwnThreadSyncsLocalChanges();
    void unsyncedWorkCanBeExportedBeforeLeaving();
    void quarantinedOpCanBeRetried();
    void refusedCreateTakesItsDependentsAlong();
    void manualConflictsAreResolvedPerField();
    void interruptedFirstSyncResumesWhileWorkGoesOn();
    void roundsRetryAndFollowTheNetwork();
    void refusedCursorStartsThePullAgain();
    void realignmentArrivesAsPreviewed();

private:
    Client client(const QString &username, const QUrl &url = {});
    QString serverValue(const QString &sql);

    QTemporaryDir m_dir;
    std::unique_ptr<Test::DemoServer> m_demo;
    QUrl m_url;
    QString m_agent; // username of the agent both laptops belong to
};

void TestSyncEngine::initTestCase()
{
    DemoDataSpec spec;
    spec.customers = 60;
    spec.orderLines = 600;
    spec.products = 20;
    spec.customersPerTerritory = 20;
    spec.today = QDate(2026, 11, 23);
    m_demo = std::make_unique<Test::DemoServer>(spec, kPassword);
    QVERIFY2(m_demo->isValid(), qPrintable(m_demo->errorString()));
    m_url = m_demo->url();
    m_agent = m_demo->agent();
    QVERIFY(!m_agent.isEmpty());
}

Client TestSyncEngine::client(const QString &username, const QUrl &url)
{
    static int n = 0;
    Client c;
    Result<std::unique_ptr<Database>> db = Database::open(m_dir.filePath(QStringLiteral("laptop-%1.db").arg(++n)));
    if (!db) {
        qWarning() << db.error().message();
        return c;
    }
    c.db = std::move(db).value();
    SyncEngine::Settings settings;
    settings.server = url.isEmpty() ? m_url : url;
    settings.pullPageRows = 200; // several pages, also in the snapshot
    c.engine = std::make_unique<SyncEngine>(*c.db, settings);
    c.store = std::make_unique<LocalSyncStore>(*c.db);
    SyncApi api(m_url);
    const Protocol::LoginResponse login = signIn(api, username, kPassword, c.db->deviceId());
    if (login.token.isEmpty()) {
        return c;
    }
    c.userId = login.user.id;
    if (const Status s = c.db->setActorUserId(c.userId); !s) {
        qWarning() << s.error().message();
        return c;
    }
    c.engine->setToken(login.token);
    return c;
}

QString TestSyncEngine::serverValue(const QString &sql)
{
    Result<QSqlDatabase> db = m_demo->pg().db().connection();
    const Result<QVariant> v = pgValue(*db, sql);
    return v ? v->toString() : QString();
}

void TestSyncEngine::firstSyncThenChangesTravelBetweenLaptops()
{
    Client a = client(m_agent);
    Client b = client(m_agent);
    QVERIFY(a.db && b.db);
    QSignalSpy progress(a.engine.get(), &SyncEngine::progressChanged);
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    // The agent's scope, exactly: every customer of their territories with its history.
    const QString mine = QStringLiteral("SELECT c.id FROM customers c JOIN agent_territories at ON at.territory_id = "
                                        "c.territory_id JOIN agents g ON g.id = at.agent_id WHERE g.user_id = '%1'")
                             .arg(a.userId);
    const QString customers = serverValue(QStringLiteral("SELECT count(*) FROM (%1) x").arg(mine));
    QVERIFY(customers.toInt() > 0);
    QCOMPARE(a.value(QStringLiteral("SELECT count(*) FROM customers")).toString(), customers);
    QCOMPARE(a.value(QStringLiteral("SELECT count(*) FROM order_lines")).toString(),
             serverValue(QStringLiteral("SELECT count(*) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE "
                                        "o.customer_id IN (%1)")
                             .arg(mine)));
    QCOMPARE(a.value(QStringLiteral("SELECT count(*) FROM products")).toString(),
             serverValue(QStringLiteral("SELECT count(*) FROM products")));
    // Progress was reported against the snapshot's announced size.
    bool sawFirstSync = false;
    for (const QList<QVariant> &signal : std::as_const(progress)) {
        const SyncProgress p = signal.at(0).value<SyncProgress>();
        if (p.phase == SyncProgress::Phase::FirstSync) {
            sawFirstSync = true;
            QVERIFY(p.rowsTotal > 0);
            QVERIFY(p.rowsDone <= p.rowsTotal);
        }
    }
    QVERIFY(sawFirstSync);
    // The snapshot suspended the dashboard's aggregates; the round ended by rebuilding them, with
    // progress, and they agree with the pulled rows. Later pull pages keep them (below).
    QVERIFY(std::any_of(progress.cbegin(), progress.cend(), [](const QList<QVariant> &signal) {
        return signal.at(0).value<SyncProgress>().phase == SyncProgress::Phase::PreparingFigures;
    }));
    QCOMPARE(*KpiAggregates::isLive(a.db->connection()), true);
    QCOMPARE(a.value(QStringLiteral("SELECT sum(orders) FROM kpi_sales_cube")).toString(),
             a.value(QStringLiteral("SELECT count(*) FROM orders WHERE status IN %1 AND submitted_at IS NOT NULL")
                         .arg(KpiCalculator::salesStatusesSql()))
                 .toString());

    // Laptop A records a new customer offline; after A and then B sync, B has it, field for field.
    CustomerRepository repoA(*a.db);
    Customer c;
    c.code = QStringLiteral("SYNC-1");
    c.name = QStringLiteral("Weinhaus Ölmühle & Söhne");
    c.city = QStringLiteral("Würzburg");
    c.countryCode = QStringLiteral("DE");
    c.location = GeoPoint{49.7913, 9.9534};
    c.creditLimit = Money(0, *Currency::fromCode(QStringLiteral("EUR"))); // an agent sets no credit limit
    c.territoryId = a.value(QStringLiteral("SELECT territory_id FROM customers LIMIT 1")).toString();
    c.notes = QStringLiteral("Zufahrt über den Hof; 'quotes' \"and\" ; DROP TABLE customers; --");
    const Result<Customer> created = repoA.create(c);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message()));
    QCOMPARE(a.store->summary()->pendingOps, 1);
    QVERIFY(a.sync());
    QCOMPARE(a.store->summary()->pendingOps, 0);
    QCOMPARE(serverValue(QStringLiteral("SELECT notes FROM customers WHERE id = '%1'").arg(created->id)), c.notes);
    QVERIFY(b.syncUntil([&] { return CustomerRepository(*b.db).get(created->id).ok(); }));
    const Result<Customer> onB = CustomerRepository(*b.db).get(created->id);
    QVERIFY(onB.ok());
    QCOMPARE(onB->name, c.name);
    QCOMPARE(onB->notes, c.notes);
    QCOMPARE(onB->location->latitude, 49.7913);
    QCOMPARE(onB->creditLimit.minorUnits(), 0);
    QCOMPARE(onB->serverVersion, 1);
    // B edits it; A gets the edit.
    Customer edited = *onB;
    edited.phone = QStringLiteral("+49 931 12345");
    QVERIFY(CustomerRepository(*b.db).update(edited).ok());
    QVERIFY(b.sync());
    QVERIFY(a.syncUntil([&] { return repoA.get(created->id)->phone == u"+49 931 12345"; }));
    for (Database *db : {a.db.get(), b.db.get()}) {
        const Result<QStringList> differing = KpiAggregates::verify(*db);
        QVERIFY(differing.ok());
        QVERIFY2(differing->isEmpty(), qPrintable(differing->join(u' ')));
    }
}

void TestSyncEngine::pulledChangeKeepsPendingLocalEdit()
{
    Client a = client(m_agent);
    Client b = client(m_agent);
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    const QString id = a.value(QStringLiteral("SELECT id FROM customers ORDER BY id LIMIT 1")).toString();
    // A edits the notes and has not synced; B edits the phone and syncs.
    Customer onA = *CustomerRepository(*a.db).get(id);
    onA.notes = QStringLiteral("edited on A, offline");
    QVERIFY(CustomerRepository(*a.db).update(onA).ok());
    Customer onB = *CustomerRepository(*b.db).get(id);
    onB.phone = QStringLiteral("+49 30 999");
    onB.notes = QStringLiteral("edited on B");
    QVERIFY(CustomerRepository(*b.db).update(onB).ok());
    QVERIFY(b.sync());
    // A pulls before pushing: B's phone arrives, A's pending notes stay.
    SyncApi api(m_url);
    api.setToken(signIn(api, m_agent, kPassword, QStringLiteral("t")).token);
    QDeadlineTimer deadline(20000);
    while (CustomerRepository(*a.db).get(id)->phone != u"+49 30 999" && !deadline.hasExpired()) {
        const ApiReply page = api.pull(Protocol::PullRequest{a.store->cursor().value(), 500});
        QVERIFY(page.ok());
        const Result<Protocol::PullResponse> parsed = Protocol::PullResponse::fromJson(page.json);
        QVERIFY(parsed.ok());
        QVERIFY(a.store->applyPullPage(*parsed).ok());
    }
    const Customer merged = *CustomerRepository(*a.db).get(id);
    QCOMPARE(merged.phone, QStringLiteral("+49 30 999"));
    QCOMPARE(merged.notes, QStringLiteral("edited on A, offline"));
    QCOMPARE(a.store->summary()->pendingOps, 1);
    // Then A pushes. Notes are last-writer-wins and B wrote later: B's notes stand, A's laptop
    // takes them and keeps the conflict on record; both laptops converge.
    QVERIFY(a.sync());
    QVERIFY(b.syncUntil([&] {
        return CustomerRepository(*b.db).get(id)->serverVersion >=
               serverValue(QStringLiteral("SELECT version FROM customers WHERE id = '%1'").arg(id)).toLongLong();
    }));
    QCOMPARE(serverValue(QStringLiteral("SELECT notes || '|' || phone FROM customers WHERE id = '%1'").arg(id)),
             QStringLiteral("edited on B|+49 30 999"));
    QCOMPARE(CustomerRepository(*a.db).get(id)->notes, QStringLiteral("edited on B"));
    QCOMPARE(CustomerRepository(*b.db).get(id)->notes, QStringLiteral("edited on B"));
    const QList<ConflictRecord> conflicts = *a.store->conflicts(false);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().field, QStringLiteral("notes"));
    QCOMPARE(conflicts.first().mine.toString(), QStringLiteral("edited on A, offline"));
    QCOMPARE(conflicts.first().theirs.toString(), QStringLiteral("edited on B"));
    QCOMPARE(conflicts.first().resolution, Resolution::Theirs);
}

void TestSyncEngine::rejectedOpIsQuarantinedAndUndone()
{
    Client a = client(m_agent);
    QVERIFY(a.sync());
    const QString order =
        a.value(QStringLiteral("SELECT id FROM orders WHERE status = 'fulfilled' LIMIT 1")).toString();
    QVERIFY2(!order.isEmpty(), "the demo data has fulfilled orders");
    // A fulfilled order cannot go back to draft: the server refuses.
    QVERIFY(a.edit(QStringLiteral("order"), order, {{QStringLiteral("status"), QStringLiteral("draft")}}));
    const QString customer = a.value(QStringLiteral("SELECT id FROM customers ORDER BY id DESC LIMIT 1")).toString();
    Customer other = *CustomerRepository(*a.db).get(customer);
    other.contactPerson = QStringLiteral("Frau Dr. Ärger");
    QVERIFY(CustomerRepository(*a.db).update(other).ok());
    QVERIFY(a.sync()); // the round succeeds; the bad op is set aside, the good one is not held up
    const QList<QuarantinedOp> aside = *a.store->quarantine();
    QCOMPARE(aside.size(), 1);
    QCOMPARE(aside.first().op.rowId, order);
    QCOMPARE(aside.first().code, Protocol::RejectionCode::IllegalTransition);
    QVERIFY(!aside.first().message.isEmpty());
    QCOMPARE(a.value(QStringLiteral("SELECT status FROM orders WHERE id = '%1'").arg(order)).toString(),
             QStringLiteral("fulfilled"));
    QCOMPARE(serverValue(QStringLiteral("SELECT contact_person FROM customers WHERE id = '%1'").arg(customer)),
             QStringLiteral("Frau Dr. Ärger"));
    QCOMPARE(a.store->summary()->pendingOps, 0);
    QCOMPARE(a.store->summary()->quarantined, 1);
    // Discarding removes it from the list.
    QVERIFY(a.store->discardQuarantined(aside.first().op.opId).ok());
    QCOMPARE(a.store->summary()->quarantined, 0);
}

void TestSyncEngine::agentsCannotChangeMasterData()
{
    Client a = client(m_agent);
    QVERIFY(a.sync());
    const QString id = a.value(QStringLiteral("SELECT id FROM customers ORDER BY id LIMIT 1 OFFSET 1")).toString();
    const qint64 limit =
        a.value(QStringLiteral("SELECT credit_limit_minor FROM customers WHERE id = '%1'").arg(id)).toLongLong();
    Customer c = *CustomerRepository(*a.db).get(id);
    c.creditLimit = Money(limit + 100000, c.creditLimit.currency());
    QVERIFY(CustomerRepository(*a.db).update(c).ok());
    QVERIFY(a.sync());
    // An agent may not raise a credit limit: the server refused the change, naming the field; the
    // laptop shows the server's value again and keeps the change aside.
    QCOMPARE(a.value(QStringLiteral("SELECT credit_limit_minor FROM customers WHERE id = '%1'").arg(id)).toLongLong(),
             limit);
    const QList<QuarantinedOp> aside = *a.store->quarantine();
    const auto it =
        std::find_if(aside.cbegin(), aside.cend(), [&](const QuarantinedOp &q) { return q.op.rowId == id; });
    QVERIFY(it != aside.cend());
    QCOMPARE(it->code, Protocol::RejectionCode::Forbidden);
    QCOMPARE(it->field, QStringLiteral("credit_limit_minor"));
    QCOMPARE(Sync::RejectionText::describe(it->code, it->message, QStringLiteral("Kreditlimit")),
             QStringLiteral("Kreditlimit: your role may not change this field."));
}

void TestSyncEngine::expiredTokenAsksForLoginAndKeepsWork()
{
    Client a = client(m_agent);
    QVERIFY(a.sync());
    const QString id = a.value(QStringLiteral("SELECT id FROM customers ORDER BY id LIMIT 1 OFFSET 2")).toString();
    Customer c = *CustomerRepository(*a.db).get(id);
    c.notes = QStringLiteral("written before the token expired");
    QVERIFY(CustomerRepository(*a.db).update(c).ok());
    QVERIFY(m_demo->pg().exec(QStringLiteral("UPDATE sessions SET expires_at = now() - interval '1 minute'")));
    QSignalSpy login(a.engine.get(), &SyncEngine::authenticationRequired);
    QVERIFY(!a.sync());
    QCOMPARE(login.size(), 1);
    QCOMPARE(a.store->summary()->pendingOps, 1);
    // Signed in again, the work goes through.
    SyncApi api(m_url);
    a.engine->setToken(signIn(api, m_agent, kPassword, a.db->deviceId()).token);
    QVERIFY(a.sync());
    QCOMPARE(a.store->summary()->pendingOps, 0);
    QCOMPARE(serverValue(QStringLiteral("SELECT notes FROM customers WHERE id = '%1'").arg(id)), c.notes);
}

void TestSyncEngine::brokenAnswersChangeNothing()
{
    // Found by the convergence simulation: an answer cut off in the middle of its body arrived
    // as "200 OK" with half a JSON document. A cut handshake read as an empty epoch, so the client
    // thought the server had been replaced and started its first sync again; a cut push answer
    // failed the round only by luck. Now any incomplete or garbled answer counts as no answer.
    QByteArray cut; // the request line prefix whose answer the network cuts in half
    Sim::FaultProxy proxy(
        [&](const QByteArray &requestLine) {
            Sim::FaultProxy::Decision d;
            if (!cut.isEmpty() && requestLine.startsWith(cut)) {
                d.fault = Sim::Fault::CutResponse;
                d.cutAt = 0.9; // headers and most of the body get through
            }
            return d;
        },
        [](const QString &) {});
    QVERIFY(proxy.listen());
    proxy.setBackends({quint16(m_url.port())});
    Client a = client(m_agent, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port())));
    Client b = client(m_agent);
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    const QString epoch = a.store->epoch().value();
    const QString cursor = a.store->cursor().value();
    QVERIFY(!epoch.isEmpty());
    QSignalSpy replaced(a.engine.get(), &SyncEngine::serverReplaced);

    cut = QByteArrayLiteral("POST /v1/handshake");
    QVERIFY(!a.sync());
    QCOMPARE(replaced.size(), 0);
    QCOMPARE(a.store->epoch().value(), epoch);
    QCOMPARE(a.store->cursor().value(), cursor);

    // A change on B; A's pull page is cut: nothing of it is applied, the cursor stays.
    const QString id = b.value(QStringLiteral("SELECT id FROM customers ORDER BY id DESC LIMIT 1")).toString();
    const Result<Customer> found = CustomerRepository(*b.db).get(id);
    QVERIFY2(found.ok(), qPrintable(id + u' ' + (found.ok() ? QString() : found.error().message())));
    Customer c = *found;
    c.notes = QStringLiteral("sent while A's network cuts answers");
    QVERIFY(CustomerRepository(*b.db).update(c).ok());
    QVERIFY(b.sync());
    cut = QByteArrayLiteral("GET /v1/pull");
    QVERIFY(!a.sync());
    QCOMPARE(a.store->cursor().value(), cursor);
    QVERIFY(CustomerRepository(*a.db).get(id)->notes != c.notes);

    // A push whose answer is cut: the ops stay in the outbox, and the repeat is answered from
    // the server's record of them; nothing is applied twice.
    Customer mine = *CustomerRepository(*a.db).get(id);
    mine.phone = QStringLiteral("+49 711 4711");
    QVERIFY(CustomerRepository(*a.db).update(mine).ok());
    cut = QByteArrayLiteral("POST /v1/push");
    QVERIFY(!a.sync());
    QCOMPARE(a.store->summary()->pendingOps, 1);
    const QString version = serverValue(QStringLiteral("SELECT version FROM customers WHERE id = '%1'").arg(id));

    cut.clear();
    QVERIFY(a.syncUntil([&] { return CustomerRepository(*a.db).get(id)->notes == c.notes; }));
    QCOMPARE(a.store->summary()->pendingOps, 0);
    QCOMPARE(replaced.size(), 0);
    QCOMPARE(serverValue(QStringLiteral("SELECT version FROM customers WHERE id = '%1'").arg(id)), version);
    QCOMPARE(CustomerRepository(*a.db).get(id)->phone, mine.phone);
}

void TestSyncEngine::engineOnItsOwnThreadSyncsLocalChanges()
{
    // As the app runs it: the engine on a thread of its own, started there, told about local
    // changes from the UI thread. Its timers must live on its thread (they did not: the
    // debounce never fired), and start() must keep the token it was given.
    Client a = client(m_agent);
    QVERIFY(a.sync());
    SyncEngine::Settings settings;
    settings.server = m_url;
    settings.debounceMs = 100;
    ThreadedEngine threaded(*a.db, settings);
    SyncEngine *engine = threaded.engine;
    SyncApi api(m_url);
    const QString fresh = signIn(api, m_agent, kPassword, a.db->deviceId()).token;
    QSignalSpy rounds(engine, &SyncEngine::roundFinished);
    QMetaObject::invokeMethod(engine, [engine, fresh] {
        engine->setToken(fresh);
        engine->start();
    });
    // (Not QSignalSpy::wait(): the signal comes from another thread and may come before the wait.)
    QTRY_VERIFY_WITH_TIMEOUT(!rounds.isEmpty(), 20000); // start() syncs at once
    QVERIFY(rounds.last().at(0).toBool());

    const QString id = a.value(QStringLiteral("SELECT id FROM customers ORDER BY id LIMIT 1")).toString();
    Customer c = *CustomerRepository(*a.db).get(id);
    c.notes = QStringLiteral("synced by the debounce on the engine's thread");
    QVERIFY(CustomerRepository(*a.db).update(c).ok());
    QMetaObject::invokeMethod(engine, &SyncEngine::notifyLocalChange);
    QTRY_COMPARE_WITH_TIMEOUT(serverValue(QStringLiteral("SELECT notes FROM customers WHERE id = '%1'").arg(id)),
                              c.notes, 20000);
    QVERIFY(rounds.last().at(0).toBool());
}

void TestSyncEngine::unsyncedWorkCanBeExportedBeforeLeaving()
{
    // Before a logout or a profile switch the app pushes; when that cannot happen (no network),
    // it warns and offers to save the unsynced work to a file. The file holds every pending op
    // and every op set aside, with what it changed, and saving it changes nothing.
    Client a = client(m_agent);
    QVERIFY(a.sync());
    const QString order =
        a.value(QStringLiteral("SELECT id FROM orders WHERE status = 'fulfilled' LIMIT 1")).toString();
    QVERIFY(a.edit(QStringLiteral("order"), order, {{QStringLiteral("status"), QStringLiteral("draft")}}));
    QVERIFY(a.sync()); // the illegal transition is set aside
    const QString id = a.value(QStringLiteral("SELECT id FROM customers ORDER BY id LIMIT 1")).toString();
    Customer c = *CustomerRepository(*a.db).get(id);
    c.notes = QStringLiteral("written with no network, not to be lost");
    QVERIFY(CustomerRepository(*a.db).update(c).ok());

    SyncEngine::Settings offline;
    offline.server = QUrl(QStringLiteral("http://127.0.0.1:1")); // nothing listens there
    SyncEngine engine(*a.db, offline);
    engine.setToken(QStringLiteral("any"));
    QSignalSpy finished(&engine, &SyncEngine::roundFinished);
    engine.syncNow();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!finished.first().at(1).toString().isEmpty());
    const PendingSummary before = *a.store->summary();
    QCOMPARE(before.pendingOps, 1);
    QCOMPARE(before.quarantined, 1);

    const QString path = m_dir.filePath(QStringLiteral("unsynced.json"));
    QVERIFY(a.store->exportUnsynced(path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(saved.value(QStringLiteral("device_id")).toString(), a.db->deviceId());
    const QJsonArray pending = saved.value(QStringLiteral("pending")).toArray();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.at(0).toObject().value(QStringLiteral("row_id")).toString(), id);
    QCOMPARE(pending.at(0)
                 .toObject()
                 .value(QStringLiteral("fields"))
                 .toObject()
                 .value(QStringLiteral("notes"))
                 .toObject()
                 .value(QStringLiteral("new"))
                 .toString(),
             c.notes);
    const QJsonArray aside = saved.value(QStringLiteral("set_aside")).toArray();
    QCOMPARE(aside.size(), 1);
    QCOMPARE(aside.at(0).toObject().value(QStringLiteral("row_id")).toString(), order);
    QCOMPARE(aside.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("illegal_transition"));
    QCOMPARE(a.store->summary()->pendingOps, 1); // saving changed nothing

    const Status nowhere = a.store->exportUnsynced(m_dir.filePath(QStringLiteral("no/such/folder/unsynced.json")));
    QVERIFY(!nowhere);
    QVERIFY2(nowhere.error().message().contains(QStringLiteral("no/such/folder")),
             qPrintable(nowhere.error().message()));
}

void TestSyncEngine::quarantinedOpCanBeRetried()
{
    // An edit the server refused because the customer had left the agent's territories is set
    // aside (and the customer leaves the laptop). When the customer comes back, the agent
    // retries it: it goes out as a new op and is applied.
    Client a = client(m_agent);
    QVERIFY(a.sync());
    const QString id = a.value(QStringLiteral("SELECT id FROM customers ORDER BY id DESC LIMIT 1")).toString();
    const QString home =
        a.value(QStringLiteral("SELECT territory_id FROM customers WHERE id = '%1'").arg(id)).toString();
    const QString elsewhere =
        serverValue(QStringLiteral("SELECT id FROM territories WHERE level = 'territory' AND id::text <> '%1' ORDER BY "
                                   "code LIMIT 1")
                        .arg(home));
    QVERIFY(!elsewhere.isEmpty());
    Customer c = *CustomerRepository(*a.db).get(id);
    c.phone = QStringLiteral("+49 89 5550123");
    QVERIFY(CustomerRepository(*a.db).update(c).ok());
    QVERIFY(m_demo->pg().exec(
        QStringLiteral("UPDATE customers SET territory_id = '%1' WHERE id = '%2'").arg(elsewhere, id)));
    QVERIFY(a.syncUntil([&] { return a.store->summary()->quarantined == 1; }));
    const QList<QuarantinedOp> aside = *a.store->quarantine();
    QCOMPARE(aside.first().op.rowId, id);
    QCOMPARE(aside.first().code, Protocol::RejectionCode::OutOfScope);
    QVERIFY(a.syncUntil([&] { return !CustomerRepository(*a.db).get(id).ok(); })); // it left the laptop

    QVERIFY(
        m_demo->pg().exec(QStringLiteral("UPDATE customers SET territory_id = '%1' WHERE id = '%2'").arg(home, id)));
    QVERIFY(a.syncUntil([&] { return CustomerRepository(*a.db).get(id).ok(); })); // and came back
    QVERIFY(a.store->retryQuarantined(aside.first().op.opId).ok());
    QCOMPARE(a.store->summary()->quarantined, 0);
    QCOMPARE(a.store->summary()->pendingOps, 1);
    QCOMPARE(CustomerRepository(*a.db).get(id)->phone, c.phone);
    QVERIFY(a.sync());
    QCOMPARE(a.store->summary()->pendingOps, 0);
    QCOMPARE(serverValue(QStringLiteral("SELECT phone FROM customers WHERE id = '%1'").arg(id)), c.phone);
    // Retrying what is not set aside says so.
    const Status again = a.store->retryQuarantined(aside.first().op.opId);
    QVERIFY(!again);
    QCOMPARE(again.error().code(), ErrorCode::NotFound);
}

void TestSyncEngine::refusedCreateTakesItsDependentsAlong()
{
    // Found by the convergence simulation: when the server refuses a created row that other
    // local rows refer to (a payment and its reversal), undoing the create failed on the
    // reference and the payment stayed on the laptop for good, in a balance the server never had.
    // Now the row goes with everything that depends on it, and their changes are set aside.
    Client a = client(m_agent);
    QVERIFY(a.sync());
    const QString customer = a.value(QStringLiteral("SELECT id FROM customers ORDER BY id LIMIT 1")).toString();
    const qint64 before = CustomerRepository(*a.db).openBalance(customer)->minorUnits();
    TransactionRepository ledger(*a.db);
    Transaction payment;
    payment.customerId = customer;
    payment.kind = TransactionKind::Payment;
    payment.amount = Money(12345, CustomerRepository(*a.db).get(customer)->currency());
    payment.method = PaymentMethod::Cash;
    payment.occurredAt = QDateTime::currentDateTimeUtc();
    payment.recordedBy = a.userId;
    const Result<Transaction> paid = ledger.record(payment);
    QVERIFY2(paid.ok(), paid.ok() ? "" : qPrintable(paid.error().message()));
    const Result<Transaction> reversal = ledger.reverse(paid->id, QStringLiteral("entered twice"));
    QVERIFY(reversal.ok());
    // The payment's op carries a clock a day ahead: the server refuses it (clock_ahead).
    const QString ahead = QStringLiteral("%1-0000-%2")
                              .arg(QDateTime::currentMSecsSinceEpoch() + 24 * 3600 * 1000, 16, 10, QLatin1Char('0'))
                              .arg(a.db->deviceId());
    QVERIFY(
        runQuery(a.db->connection(), QStringLiteral("UPDATE outbox SET hlc = ? WHERE row_id = ?"), {ahead, paid->id})
            .ok());
    QVERIFY(a.sync());
    QCOMPARE(
        a.value(
             QStringLiteral("SELECT count(*) FROM transactions WHERE id IN ('%1', '%2')").arg(paid->id, reversal->id))
            .toInt(),
        0);
    QCOMPARE(CustomerRepository(*a.db).openBalance(customer)->minorUnits(), before);
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM transactions WHERE id::text IN ('%1', '%2')")
                             .arg(paid->id, reversal->id)),
             QStringLiteral("0"));
    QHash<QString, Protocol::RejectionCode> codes;
    for (const QuarantinedOp &q : *a.store->quarantine()) {
        codes.insert(q.op.rowId, q.code);
    }
    QCOMPARE(codes.value(paid->id), Protocol::RejectionCode::ClockAhead);
    QCOMPARE(codes.value(reversal->id), Protocol::RejectionCode::ParentRejected);
    QCOMPARE(a.store->summary()->pendingOps, 0);
}

void TestSyncEngine::manualConflictsAreResolvedPerField()
{
    // Name and street wait for a person when two laptops change them at once. The conflict queue
    // shows base, mine and theirs per field; the choice (an edited value, or mine) goes out as an
    // ordinary edit and reaches the other laptop.
    Client a = client(m_agent);
    Client b = client(m_agent);
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    const QString id = a.value(QStringLiteral("SELECT id FROM customers ORDER BY id LIMIT 1")).toString();
    const Customer original = *CustomerRepository(*a.db).get(id);
    Customer onA = original;
    onA.name = QStringLiteral("Café Anton (A)");
    onA.street = QStringLiteral("Astraße 1");
    QVERIFY(CustomerRepository(*a.db).update(onA).ok());
    Customer onB = original;
    onB.name = QStringLiteral("Café Anton (B)");
    onB.street = QStringLiteral("Bstraße 2");
    QVERIFY(CustomerRepository(*b.db).update(onB).ok());
    QVERIFY(b.sync());
    QVERIFY(a.syncUntil([&] { return a.store->summary()->openConflicts == 2; }));
    // Until someone decides, the server's values stand on both laptops.
    QCOMPARE(CustomerRepository(*a.db).get(id)->name, onB.name);
    QHash<QString, ConflictRecord> open;
    for (const ConflictRecord &c : *a.store->conflicts(true)) {
        open.insert(c.field, c);
    }
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.value(QStringLiteral("name")).base.toString(), original.name);
    QCOMPARE(open.value(QStringLiteral("name")).mine.toString(), onA.name);
    QCOMPARE(open.value(QStringLiteral("name")).theirs.toString(), onB.name);
    QCOMPARE(open.value(QStringLiteral("name")).policy, ConflictPolicy::Manual);
    QCOMPARE(open.value(QStringLiteral("street")).mine.toString(), onA.street);

    QVERIFY(a.store->resolveConflict(open.value(QStringLiteral("name")).id, QStringLiteral("Café Anton")).ok());
    QVERIFY(a.store->resolveConflict(open.value(QStringLiteral("street")).id, open.value(QStringLiteral("street")).mine)
                .ok());
    QCOMPARE(a.store->summary()->openConflicts, 0);
    QCOMPARE(a.store->summary()->pendingOps, 2);
    QVERIFY(a.sync());
    QCOMPARE(serverValue(QStringLiteral("SELECT name || '|' || street FROM customers WHERE id = '%1'").arg(id)),
             QStringLiteral("Café Anton|Astraße 1"));
    QVERIFY(b.syncUntil([&] { return CustomerRepository(*b.db).get(id)->name == u"Café Anton"; }));
    QCOMPARE(CustomerRepository(*b.db).get(id)->street, onA.street);
    // Resolving one twice says so.
    QCOMPARE(a.store->resolveConflict(open.value(QStringLiteral("name")).id, QStringLiteral("x")).error().code(),
             ErrorCode::NotFound);
}

void TestSyncEngine::interruptedFirstSyncResumesWhileWorkGoesOn()
{
    // The network goes away in the middle of a first sync; the app is closed and opened again.
    // The first sync goes on from the last page it committed, and nothing already downloaded
    // comes again. Meanwhile the agent keeps working on the laptop.
    int pulls = 0;
    int allowedPulls = 1;
    QStringList cursors;
    Sim::FaultProxy proxy(
        [&](const QByteArray &requestLine) {
            Sim::FaultProxy::Decision d;
            if (requestLine.startsWith("GET /v1/pull")) {
                cursors << QUrl::fromPercentEncoding(requestLine.split('=').value(1).split('&').value(0));
                if (++pulls > allowedPulls) {
                    d.fault = Sim::Fault::Refuse;
                }
            }
            return d;
        },
        [](const QString &) {});
    QVERIFY(proxy.listen());
    proxy.setBackends({quint16(m_url.port())});
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
    QString path;
    qint64 firstRun = 0;
    {
        Client a = client(m_agent, url);
        path = a.db->path();
        QSignalSpy progress(a.engine.get(), &SyncEngine::progressChanged);
        QVERIFY(!a.sync()); // the network went away after the first page
        QVERIFY(a.store->cursor().value().startsWith(u"S:"));
        for (const QList<QVariant> &p : std::as_const(progress)) {
            firstRun = std::max(firstRun, p.at(0).value<SyncProgress>().rowsDone);
        }
        QVERIFY(firstRun > 0);
    }
    // Opened again, with the engine on its own thread as in the app.
    Result<std::unique_ptr<Database>> reopened = Database::open(path);
    QVERIFY(reopened.ok());
    std::unique_ptr<Database> db = std::move(reopened).value();
    const QString resumeFrom = LocalSyncStore(*db).cursor().value();
    SyncEngine::Settings settings;
    settings.server = url;
    settings.pullPageRows = 50;
    ThreadedEngine threaded(*db, settings);
    SyncEngine *engine = threaded.engine;
    QSignalSpy progress(engine, &SyncEngine::progressChanged);
    QSignalSpy rounds(engine, &SyncEngine::roundFinished);
    allowedPulls = 1000;
    pulls = 0;
    cursors.clear();
    SyncApi api(m_url);
    const QString fresh = signIn(api, m_agent, kPassword, db->deviceId()).token;
    QVERIFY(db->setActorUserId(signIn(api, m_agent, kPassword, db->deviceId()).user.id).ok());
    QMetaObject::invokeMethod(engine, [engine, fresh] {
        engine->setToken(fresh);
        engine->syncNow();
    });
    // Work goes on while the first sync runs: every edit goes through, none waits for the sync.
    const QString id = [&] {
        const Result<QVariant> v = queryValue(db->connection(), QStringLiteral("SELECT id FROM customers LIMIT 1"));
        return v ? v->toString() : QString();
    }();
    QVERIFY(!id.isEmpty());
    int edits = 0;
    while (rounds.isEmpty() && edits < 200) {
        Customer c = *CustomerRepository(*db).get(id);
        c.notes = QStringLiteral("edit %1 during the first sync").arg(++edits);
        const Result<Customer> saved = CustomerRepository(*db).update(c);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message()));
        QCoreApplication::processEvents();
    }
    QTRY_VERIFY_WITH_TIMEOUT(!rounds.isEmpty(), 30000);
    QVERIFY(rounds.last().at(0).toBool());
    QVERIFY(!cursors.isEmpty());
    QCOMPARE(cursors.first(), resumeFrom); // not "0:0": the first sync goes on where it stopped
    qint64 secondRun = 0;
    for (const QList<QVariant> &p : std::as_const(progress)) {
        secondRun = std::max(secondRun, p.at(0).value<SyncProgress>().rowsDone);
    }
    // What the first run committed did not come again: the second run brought the rest. (Rows
    // written by others around the snapshot's start come once more from the log, by design, so
    // both runs together may be a few rows more than the snapshot.)
    const qint64 snapshot = LocalSyncStore(*db).snapshotRows().value();
    QVERIFY2(
        secondRun <= snapshot - firstRun + 10 && secondRun >= snapshot - firstRun,
        qPrintable(QStringLiteral("%1 + %2 rows for a snapshot of %3").arg(firstRun).arg(secondRun).arg(snapshot)));
    QCOMPARE(queryValue(db->connection(), QStringLiteral("SELECT notes FROM customers WHERE id = ?"), {id})->toString(),
             QStringLiteral("edit %1 during the first sync").arg(edits));
}

void TestSyncEngine::roundsRetryAndFollowTheNetwork()
{
    // The engine's own timing: failed rounds are retried with backoff, a busy server's
    // Retry-After is honoured, and the network coming back starts a round at once.
    Sim::Fault fault = Sim::Fault::Refuse;
    Sim::FaultProxy proxy(
        [&](const QByteArray &requestLine) {
            Sim::FaultProxy::Decision d;
            if (requestLine.startsWith("POST /v1/handshake")) {
                d.fault = fault;
            }
            return d;
        },
        [](const QString &) {});
    QVERIFY(proxy.listen());
    proxy.setBackends({quint16(m_url.port())});
    Client a = client(m_agent);
    SyncEngine::Settings settings;
    settings.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
    settings.intervalMs = 3600 * 1000;
    settings.minimumBackoffMs = 100;
    settings.maximumBackoffMs = 300;
    SyncEngine engine(*a.db, settings);
    SyncApi api(m_url);
    engine.setToken(signIn(api, m_agent, kPassword, a.db->deviceId()).token);
    QSignalSpy rounds(&engine, &SyncEngine::roundFinished);
    QSignalSpy online(&engine, &SyncEngine::onlineChanged);
    QList<qint64> ended; // when each round ended
    QElapsedTimer clock;
    clock.start();
    connect(&engine, &SyncEngine::roundFinished, this, [&] { ended << clock.elapsed(); });

    // No network: the rounds fail and are tried again, 100 to 300 ms apart (with jitter).
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(rounds.size() >= 4, 10000);
    for (const QList<QVariant> &r : std::as_const(rounds)) {
        QCOMPARE(r.at(0).toBool(), false);
    }
    QVERIFY(!online.isEmpty());
    QCOMPARE(online.last().at(0).toBool(), false);
    for (qsizetype i = 1; i < ended.size(); ++i) {
        QVERIFY2(ended.at(i) - ended.at(i - 1) >= 90, "retried before the backoff");
    }

    // A busy server asks for a second: the next try waits for it, not for the shorter backoff.
    fault = Sim::Fault::Busy;
    const qsizetype before = ended.size();
    QTRY_VERIFY_WITH_TIMEOUT(ended.size() >= before + 3, 10000);
    const qint64 waited = ended.last() - ended.at(ended.size() - 2);
    QVERIFY2(waited >= 950, qPrintable(QStringLiteral("waited only %1 ms after Retry-After: 1").arg(waited)));

    // The network is back (as QNetworkInformation says it): a round starts at once and works,
    // although the backoff is now long.
    engine.stop();
    settings.minimumBackoffMs = settings.maximumBackoffMs = 3600 * 1000;
    SyncEngine patient(*a.db, settings);
    patient.setToken(signIn(api, m_agent, kPassword, a.db->deviceId()).token);
    QSignalSpy patientRounds(&patient, &SyncEngine::roundFinished);
    fault = Sim::Fault::Refuse;
    patient.start();
    QTRY_COMPARE_WITH_TIMEOUT(patientRounds.size(), 1, 10000);
    QCOMPARE(patientRounds.last().at(0).toBool(), false);
    fault = Sim::Fault::None;
    QTest::qWait(300);
    QCOMPARE(patientRounds.size(), 1); // waiting out the backoff
    patient.setOnline(false);
    patient.setOnline(true);
    QTRY_COMPARE_WITH_TIMEOUT(patientRounds.size(), 2, 10000);
    QCOMPARE(patientRounds.last().at(0).toBool(), true);
}

// A cursor the server does not recognise (signed by an earlier server version, or damaged) is
// answered 400: the client forgets it and pulls from the start, keeping its pending work.
void TestSyncEngine::refusedCursorStartsThePullAgain()
{
    Client a = client(m_agent);
    QVERIFY(a.sync());
    const QString id = a.value(QStringLiteral("SELECT id FROM customers ORDER BY id DESC LIMIT 1")).toString();
    Customer c = *CustomerRepository(*a.db).get(id);
    c.notes = QStringLiteral("kept through a reset");
    QVERIFY(CustomerRepository(*a.db).update(c).ok());
    QVERIFY(queryValue(a.db->connection(),
                       QStringLiteral("UPDATE meta SET value = '12345:0:0' WHERE key = 'sync.cursor' RETURNING value"))
                .ok());
    QVERIFY(!a.sync()); // this round learns that the cursor is refused
    QCOMPARE(a.value(QStringLiteral("SELECT value FROM meta WHERE key = 'sync.cursor'")).toString(),
             QStringLiteral("0:0"));
    QVERIFY(a.sync());
    QVERIFY(a.value(QStringLiteral("SELECT value FROM meta WHERE key = 'sync.cursor'")).toString().contains(u'.'));
    QCOMPARE(a.store->summary()->pendingOps, 0);
    QCOMPARE(serverValue(QStringLiteral("SELECT notes FROM customers WHERE id = '%1'").arg(id)),
             QStringLiteral("kept through a reset"));
}

// Two agents' laptops against the real server: an admin moves customers from one agent's
// territory to the other's; afterwards each laptop holds exactly what the preview said, and the
// first agent's unsynced edit of a customer that left is set aside as "evicted", not lost.
void TestSyncEngine::realignmentArrivesAsPreviewed()
{
    const QString other = serverValue(
        QStringLiteral("SELECT u.username FROM users u JOIN agents g ON g.user_id = u.id::text JOIN agent_territories "
                       "x ON x.agent_id = g.id AND NOT x.deleted WHERE u.role = 'agent' AND u.username <> '%1' AND "
                       "x.territory_id NOT IN (SELECT y.territory_id FROM agent_territories y JOIN agents h ON h.id = "
                       "y.agent_id JOIN users v ON v.id::text = h.user_id WHERE v.username = '%1') ORDER BY "
                       "u.username LIMIT 1")
            .arg(m_agent));
    QVERIFY(!other.isEmpty());
    Client a = client(m_agent);
    Client b = client(other);
    QVERIFY(a.sync() && b.sync());
    const auto customers = [](Client &c) {
        const Result<QStringList> ids =
            firstColumn(runQuery(c.db->connection(), QStringLiteral("SELECT id FROM customers ORDER BY id"), {}));
        return ids ? QSet<QString>(ids->cbegin(), ids->cend()) : QSet<QString>();
    };
    const QSet<QString> aBefore = customers(a);
    const QSet<QString> bBefore = customers(b);
    // Two of the first laptop's customers that owe money, so the preview has balances to show.
    const QString owing = serverValue(
        QStringLiteral("SELECT string_agg(customer_id, ',' ORDER BY customer_id) FROM (SELECT customer_id FROM "
                       "transactions WHERE customer_id = ANY ('%1'::text[]) GROUP BY customer_id HAVING sum(%2) > 0 "
                       "ORDER BY customer_id LIMIT 2) owing")
            .arg(QStringLiteral("{") + QStringList(aBefore.cbegin(), aBefore.cend()).join(u',') + u'}',
                 Ledger::signedAmountSql()));
    const QStringList moving = owing.split(u',', Qt::SkipEmptyParts);
    QCOMPARE(moving.size(), 2);
    const QString target = serverValue(
        QStringLiteral("SELECT x.territory_id FROM agent_territories x JOIN agents g ON g.id = x.agent_id WHERE "
                       "g.user_id = '%1' AND NOT x.deleted ORDER BY x.territory_id LIMIT 1")
            .arg(b.userId));
    // An edit on the first laptop that has not reached the server when its customer leaves.
    QVERIFY(a.edit(QStringLiteral("customer"), moving.first(),
                   {{QStringLiteral("notes"), QStringLiteral("Call after 4")}}));
    QCOMPARE(*a.store->pendingCustomers(), QStringList{moving.first()});

    SyncApi admin(m_url);
    admin.setToken(signIn(admin, QStringLiteral("admin"), kPassword, QStringLiteral("admin-pc")).token);
    Protocol::RealignmentRequest request;
    request.moves.customers << RealignmentMoves::CustomerMove{moving, target};
    request.note = QStringLiteral("Two accounts to the neighbour");
    const ApiReply previewed = admin.call(Protocol::Endpoint::AdminRealignmentPreview, request.toJson());
    QVERIFY2(previewed.ok(), qPrintable(previewed.errorMessage()));
    const Protocol::RealignmentPreview preview = Protocol::RealignmentPreview::fromJson(previewed.json).value();
    const auto impact = [&](const QString &user) {
        for (const Protocol::HolderImpact &h : preview.holders) {
            if (h.userId == user) {
                return h;
            }
        }
        return Protocol::HolderImpact{};
    };
    QCOMPARE(impact(a.userId).leaving.customerIds, moving);
    QVERIFY(impact(a.userId).arriving.customerIds.isEmpty());
    QCOMPARE(impact(b.userId).arriving.customerIds, moving);
    // The money that moves with them, per currency, as the server's ledger has it.
    QCOMPARE(impact(a.userId).leaving.openBalances.size(), 1);
    QCOMPARE(QString::number(impact(a.userId).leaving.openBalances.first().second),
             serverValue(QStringLiteral("SELECT sum(%1) FROM transactions WHERE customer_id IN ('%2')")
                             .arg(Ledger::signedAmountSql(), moving.join(QStringLiteral("','")))));
    QCOMPARE(impact(b.userId).arriving.openBalances.first().second,
             impact(a.userId).leaving.openBalances.first().second);
    QVERIFY(!impact(a.userId).devices.isEmpty());

    const ApiReply applied = admin.call(Protocol::Endpoint::AdminRealignmentCreate, request.toJson());
    QVERIFY2(applied.ok(), qPrintable(applied.errorMessage()));
    QCOMPARE(applied.json.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));

    // What each laptop holds afterwards is what the preview said.
    const auto expected = [](QSet<QString> held, const Protocol::HolderImpact &h) {
        for (const QString &id : h.leaving.customerIds) {
            held.remove(id);
        }
        for (const QString &id : h.arriving.customerIds) {
            held.insert(id);
        }
        return held;
    };
    const QSet<QString> aAfter = expected(aBefore, impact(a.userId));
    const QSet<QString> bAfter = expected(bBefore, impact(b.userId));
    QVERIFY(a.syncUntil([&] { return customers(a) == aAfter; }));
    QVERIFY(b.syncUntil([&] { return customers(b) == bAfter; }));
    QCOMPARE(customers(a), aAfter);
    QCOMPARE(customers(b), bAfter);
    // The unsynced edit was set aside with its reason, ready to be exported: refused as outside
    // the agent's territories when the laptop pushed it after the move (as here), or evicted when
    // the move reaches the laptop before its push does.
    const QList<QuarantinedOp> aside = *a.store->quarantine();
    QVERIFY(std::any_of(aside.cbegin(), aside.cend(), [&](const QuarantinedOp &q) {
        return q.op.rowId == moving.first() &&
               (q.code == Protocol::RejectionCode::Evicted || q.code == Protocol::RejectionCode::OutOfScope);
    }));
    // The laptops told the server what they still hold after their rounds.
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM devices WHERE device_id = '%1' AND reported_at IS NOT "
                                        "NULL")
                             .arg(a.db->deviceId())),
             QStringLiteral("1"));
    // The history keeps it, with the preview that was approved.
    const ApiReply history = admin.call(Protocol::Endpoint::AdminRealignments, {});
    const Protocol::RealignmentsResponse list = Protocol::RealignmentsResponse::fromJson(history.json).value();
    QVERIFY(!list.realignments.isEmpty());
    QCOMPARE(list.realignments.first().note, request.note);
    QCOMPARE(list.realignments.first().preview.holders.size(), preview.holders.size());
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
