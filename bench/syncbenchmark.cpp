#include "syncbenchmark.h"

#include "benchpostgres.h"
#include "core/demo/demodatagenerator.h"
#include "core/repositories/customerrepository.h"
#include "core/store/database.h"
#include "core/store/entityschema.h"
#include "core/store/sqlutil.h"
#include "sqlitebaseline.h"
#include "sync/client/syncengine.h"
#include "sync/server/passwordhasher.h"
#include "sync/server/pgdemosink.h"
#include "sync/server/syncserver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <random>

namespace SalesSync::Bench {

using namespace SalesSync::Server;
using namespace SalesSync::Sync;

namespace {

const QString kPassword = QStringLiteral("bench password 1");

// PostgreSQL with the demo organisation, and a salessync-server in this process.
struct ServerSide {
    BenchPostgres postgres;
    std::unique_ptr<PgDatabase> database;
    std::unique_ptr<SyncServer> server;
    QUrl url;

    bool start(qint64 orderLines, QString *error)
    {
        if (!postgres.start(error)) {
            return false;
        }
        database = std::make_unique<PgDatabase>(postgres.settings());
        PasswordHasher::initialise();
        DemoDataSpec spec;
        spec.orderLines = orderLines;
        spec.customers = int(std::max<qint64>(10, orderLines / 10));
        spec.customersPerTerritory = 250;
        PgDemoSink sink(*database, PasswordHasher::hash(kPassword));
        if (const Result<DemoDataCounts> counts = DemoDataGenerator(spec).generate(sink); !counts) {
            *error = counts.error().message();
            return false;
        }
        ServerConfig config;
        config.port = 0;
        server = std::make_unique<SyncServer>(config, *database);
        const Result<quint16> port = server->listen();
        if (!port) {
            *error = port.error().message();
            return false;
        }
        url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(*port));
        return true;
    }
};

// A client as the app runs it: a data file, and a SyncEngine on a thread of its own.
struct Laptop {
    std::unique_ptr<Database> db;
    std::unique_ptr<SyncEngine> engine;
    QThread thread;

    bool open(const QString &path, SyncEngine::Settings settings, const QUrl &server, const QString &username,
              QString *error)
    {
        Result<std::unique_ptr<Database>> opened = Database::open(path);
        if (!opened) {
            *error = opened.error().message();
            return false;
        }
        db = std::move(opened).value();
        SyncApi api(server);
        const ApiReply reply = api.login(Protocol::LoginRequest{username, kPassword, db->deviceId()});
        if (!reply.ok()) {
            *error = reply.errorMessage();
            return false;
        }
        const Result<Protocol::LoginResponse> login = Protocol::LoginResponse::fromJson(reply.json);
        if (!login) {
            *error = login.error().message();
            return false;
        }
        if (const Status s = db->setActorUserId(login->user.id); !s) {
            *error = s.error().message();
            return false;
        }
        settings.server = server;
        engine = std::make_unique<SyncEngine>(*db, settings);
        engine->moveToThread(&thread);
        thread.start();
        const QString token = login->token;
        QMetaObject::invokeMethod(engine.get(), [e = engine.get(), token] { e->setToken(token); });
        return true;
    }
    // Runs a slot of the engine on its thread and waits here (serving the server's events)
    // until the round it starts has finished.
    bool round(const std::function<void(SyncEngine *)> &start)
    {
        bool ok = false;
        QEventLoop loop;
        const QMetaObject::Connection c =
            QObject::connect(engine.get(), &SyncEngine::roundFinished, &loop, [&](bool success, const QString &) {
                ok = success;
                loop.quit();
            });
        QMetaObject::invokeMethod(engine.get(), [e = engine.get(), start] { start(e); });
        loop.exec();
        QObject::disconnect(c);
        return ok;
    }
    ~Laptop()
    {
        if (engine) {
            // Stopped (a timer round may be running: it unwinds first), then destroyed on its
            // own thread, where its timers and network objects live.
            QEventLoop loop;
            QObject::connect(engine.get(), &SyncEngine::stopped, &loop, &QEventLoop::quit);
            QMetaObject::invokeMethod(engine.get(), &SyncEngine::stop);
            loop.exec();
            SyncEngine *e = engine.release();
            QMetaObject::invokeMethod(
                e, [e] { delete e; }, Qt::BlockingQueuedConnection);
        }
        thread.quit();
        thread.wait();
    }
};

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min(values.size() - 1, qsizetype(std::ceil(p * double(values.size()))) - 1);
    return values.at(std::max<qsizetype>(0, index));
}

} // namespace

QJsonObject runFirstSyncBenchmark(const SyncBenchOptions &options, QString *error)
{
    ServerSide side;
    if (!side.start(options.orderLines, error)) {
        return {};
    }
    QTemporaryDir dir;
    double seconds = 0;
    const QString path = dir.filePath(QStringLiteral("client.db"));
    const SyncEngine::Settings defaults;
    {
        Laptop laptop;
        if (!laptop.open(path, defaults, side.url, QStringLiteral("admin"), error)) {
            return {};
        }
        QElapsedTimer timer;
        timer.start();
        if (!laptop.round([](SyncEngine *e) { e->syncNow(); })) {
            *error = QStringLiteral("the first sync failed");
            return {};
        }
        seconds = double(timer.nsecsElapsed()) / 1e9;
    }

    // The rows the client ended up with, inserted again the raw way.
    Baseline baseline;
    if (!measureBaseline(path, dir.filePath(QStringLiteral("baseline.db")), baseline, error)) {
        return {};
    }
    const qint64 rows = baseline.rows;
    const double rate = double(rows) / seconds;
    const double baselineRate = double(baseline.rows) / baseline.seconds;
    return QJsonObject{{QStringLiteral("bench"), QStringLiteral("first_sync")},
                       {QStringLiteral("order_lines"), double(options.orderLines)},
                       {QStringLiteral("rows"), double(rows)},
                       {QStringLiteral("seconds"), seconds},
                       {QStringLiteral("rows_per_s"), qRound64(rate)},
                       {QStringLiteral("page_rows"), defaults.pullPageRows},
                       {QStringLiteral("baseline"), QStringLiteral("raw SQLite insert of the same rows")},
                       {QStringLiteral("baseline_seconds"), baseline.seconds},
                       {QStringLiteral("baseline_rows_per_s"), qRound64(baselineRate)},
                       {QStringLiteral("ratio"), rate / baselineRate}};
}

QJsonObject runDeltaLatencyBenchmark(const SyncBenchOptions &options, QString *error)
{
    ServerSide side;
    if (!side.start(options.orderLines, error)) {
        return {};
    }
    Result<QSqlDatabase> pg = side.database->connection();
    const Result<QVariant> agent =
        pg ? pgValue(*pg, QStringLiteral("SELECT u.username FROM users u JOIN agents a ON a.user_id::text = u.id::text "
                                         "JOIN agent_territories t ON t.agent_id::text = a.id::text ORDER BY "
                                         "u.username LIMIT 1"))
           : Result<QVariant>(pg.error());
    if (!agent || agent->toString().isEmpty()) {
        *error = QStringLiteral("the demo data has no agent with a territory");
        return {};
    }
    QTemporaryDir dir;
    const SyncEngine::Settings defaults;
    Laptop a;
    Laptop b;
    if (!a.open(dir.filePath(QStringLiteral("a.db")), defaults, side.url, agent->toString(), error) ||
        !b.open(dir.filePath(QStringLiteral("b.db")), defaults, side.url, agent->toString(), error)) {
        return {};
    }
    if (!a.round([](SyncEngine *e) { e->syncNow(); }) || !b.round([](SyncEngine *e) { e->syncNow(); })) {
        *error = QStringLiteral("the first syncs failed");
        return {};
    }
    const Result<QVariant> customer =
        queryValue(a.db->connection(), QStringLiteral("SELECT id FROM customers ORDER BY code LIMIT 1"));
    if (!customer || customer->toString().isEmpty()) {
        *error = QStringLiteral("the agent has no customers");
        return {};
    }
    const QString id = customer->toString();
    int n = 0;
    // Commits an edit on A; returns the milliseconds until B's file has it, or -1.
    const auto edit = [&](const std::function<void()> &afterCommit) -> double {
        CustomerRepository repository(*a.db);
        Customer c = *repository.get(id);
        c.notes = QStringLiteral("delta %1").arg(++n);
        QElapsedTimer timer;
        timer.start();
        if (!repository.update(c)) {
            return -1;
        }
        afterCommit();
        QEventLoop loop;
        QTimer poll;
        bool seen = false;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            const Result<QVariant> notes =
                queryValue(b.db->connection(), QStringLiteral("SELECT notes FROM customers WHERE id = ?"), {id});
            if ((notes && notes->toString() == c.notes) || timer.elapsed() > 300000) {
                seen = notes && notes->toString() == c.notes;
                loop.quit();
            }
        });
        poll.start(5);
        loop.exec();
        return seen ? double(timer.nsecsElapsed()) / 1e6 : -1;
    };

    // Baseline: "Sync now" on A, then on B.
    QList<double> baseline;
    for (int i = 0; i < options.samples; ++i) {
        const double ms = edit([&] {
            a.round([](SyncEngine *e) { e->syncNow(); });
            b.round([](SyncEngine *e) { e->syncNow(); });
        });
        if (ms < 0) {
            *error = QStringLiteral("a change did not arrive with Sync now");
            return {};
        }
        baseline << ms;
    }
    // The engines as the app runs them: A hears of the change, B syncs on its own timer.
    for (Laptop *l : {&a, &b}) {
        QMetaObject::invokeMethod(l->engine.get(), [e = l->engine.get()] { e->start(); });
    }
    std::mt19937 random(20261122);
    QList<double> samples;
    for (int i = 0; i < options.samples; ++i) {
        // Changes come at random moments relative to B's timer: each sample starts right after B
        // has pulled the last one, so wait anything up to a whole interval first.
        QEventLoop pause;
        QTimer::singleShot(std::uniform_int_distribution<int>(0, defaults.intervalMs)(random), &pause,
                           &QEventLoop::quit);
        pause.exec();
        const double ms =
            edit([&] { QMetaObject::invokeMethod(a.engine.get(), [e = a.engine.get()] { e->notifyLocalChange(); }); });
        if (ms < 0) {
            *error = QStringLiteral("a change did not arrive within five minutes");
            return {};
        }
        samples << ms;
    }
    return QJsonObject{{QStringLiteral("bench"), QStringLiteral("delta_latency")},
                       {QStringLiteral("samples"), options.samples},
                       {QStringLiteral("debounce_ms"), defaults.debounceMs},
                       {QStringLiteral("interval_ms"), defaults.intervalMs},
                       {QStringLiteral("p50_ms"), qRound64(percentile(samples, 0.5))},
                       {QStringLiteral("p95_ms"), qRound64(percentile(samples, 0.95))},
                       {QStringLiteral("max_ms"), qRound64(percentile(samples, 1.0))},
                       {QStringLiteral("baseline"), QStringLiteral("Sync now on A, then on B")},
                       {QStringLiteral("baseline_p50_ms"), qRound64(percentile(baseline, 0.5))},
                       {QStringLiteral("baseline_p95_ms"), qRound64(percentile(baseline, 0.95))}};
}

} // namespace SalesSync::Bench
