#include "serverbenchmark.h"

#include "benchpostgres.h"
#include "core/demo/demodatagenerator.h"
#include "core/store/entityschema.h"
#include "core/uuidv7.h"
#include "sync/server/passwordhasher.h"
#include "sync/server/pgdatabase.h"
#include "sync/server/pgdemosink.h"
#include "sync/server/syncserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryFile>

#include <memory>

namespace SalesSync::Bench {

using namespace SalesSync::Server;

namespace {

const QString kPassword = QStringLiteral("bench password 1");

QJsonObject post(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &body, const QString &token)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1());
    }
    QNetworkReply *reply = body.isNull() ? nam.get(request) : nam.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return json;
}

QJsonObject customerOp(const QString &territory, int n, const QString &device)
{
    const auto field = [](const QJsonValue &v) {
        return QJsonObject{{QStringLiteral("old"), QJsonValue::Null}, {QStringLiteral("new"), v}};
    };
    QJsonObject fields{{QStringLiteral("code"), field(QStringLiteral("B%1").arg(n))},
                       {QStringLiteral("name"), field(QStringLiteral("Bench customer %1").arg(n))},
                       {QStringLiteral("contact_person"), field(QStringLiteral("Anna Muster"))},
                       {QStringLiteral("phone"), field(QStringLiteral("+49 30 1234567"))},
                       {QStringLiteral("email"), field(QStringLiteral("info@bench.example"))},
                       {QStringLiteral("street"), field(QStringLiteral("Hauptstraße 1"))},
                       {QStringLiteral("postal_code"), field(QStringLiteral("10115"))},
                       {QStringLiteral("city"), field(QStringLiteral("Berlin"))},
                       {QStringLiteral("country_code"), field(QStringLiteral("DE"))},
                       {QStringLiteral("latitude"), field(52.52)},
                       {QStringLiteral("longitude"), field(13.405)},
                       {QStringLiteral("credit_limit_minor"), field(100000)},
                       {QStringLiteral("currency"), field(QStringLiteral("EUR"))},
                       {QStringLiteral("payment_terms_days"), field(30)},
                       {QStringLiteral("price_list_id"), field(QJsonValue::Null)},
                       {QStringLiteral("territory_id"), field(territory)},
                       {QStringLiteral("status"), field(QStringLiteral("active"))},
                       {QStringLiteral("notes"), field(QString())}};
    return QJsonObject{
        {QStringLiteral("op_id"), UuidV7::generateString()},
        {QStringLiteral("entity"), QStringLiteral("customer")},
        {QStringLiteral("row_id"), UuidV7::generateString()},
        {QStringLiteral("op"), QStringLiteral("create")},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("hlc"), QString(QStringLiteral("0001763780924123-0000-") + device)}, // its own clock
        {QStringLiteral("base_version"), 0}};
}

} // namespace

QList<QJsonObject> runServerBenchmark(const ServerOptions &options, QString *error)
{
    BenchPostgres postgres;
    if (!postgres.start(error)) {
        return {};
    }
    const QStringList psql = postgres.psql();
    PgDatabase database(postgres.settings());
    PasswordHasher::initialise();

    DemoDataSpec spec;
    spec.orderLines = options.orderLines;
    spec.customers = int(std::max<qint64>(10, options.orderLines / 10));
    spec.customersPerTerritory = 250;
    QElapsedTimer timer;
    timer.start();
    PgDemoSink sink(database, PasswordHasher::hash(kPassword));
    const Result<DemoDataCounts> counts = DemoDataGenerator(spec).generate(sink);
    if (!counts) {
        *error = counts.error().message();
        return {};
    }
    const double seedSeconds = double(timer.nsecsElapsed()) / 1e9;

    ServerConfig config;
    config.port = 0;
    config.workerThreads = 8;
    SyncServer server(config, database);
    const Result<quint16> port = server.listen();
    if (!port) {
        *error = port.error().message();
        return {};
    }
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(*port);
    QNetworkAccessManager nam;
    const QString token = post(nam, QUrl(base + QStringLiteral("/v1/auth/login")),
                               R"({"username":"admin","password":"bench password 1"})", {})
                              .value(QStringLiteral("token"))
                              .toString();
    if (token.isEmpty()) {
        *error = QStringLiteral("could not sign in as the demo admin");
        return {};
    }

    // First sync of everything, as the admin.
    timer.restart();
    qint64 pulled = 0;
    QString cursor = QStringLiteral("0:0");
    for (;;) {
        const QJsonObject page =
            post(nam, QUrl(base + QStringLiteral("/v1/pull?limit=10000&cursor=") + cursor), QByteArray(), token);
        if (!page.contains(QStringLiteral("cursor"))) {
            *error = QStringLiteral("pull failed");
            return {};
        }
        pulled += page.value(QStringLiteral("changes")).toArray().size();
        cursor = page.value(QStringLiteral("cursor")).toString();
        if (!page.value(QStringLiteral("has_more")).toBool()) {
            break;
        }
    }
    const double pullSeconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    for (const EntityDef &entity : EntitySchema::all()) {
        if (!runProgram(QStringLiteral("psql"),
                        psql +
                            QStringList{QStringLiteral("-c"),
                                        QStringLiteral("\\copy (SELECT * FROM %1) TO '/dev/null'").arg(entity.table)},
                        error)) {
            return {};
        }
    }
    const double copyOutSeconds = double(timer.nsecsElapsed()) / 1e9;

    // Concurrent pushes: each client sends its creates in requests of 25 one-op change sets.
    const QString territory = [&] {
        Result<QSqlDatabase> db = database.connection();
        return pgValue(*db, QStringLiteral("SELECT id FROM territories WHERE level = 'territory' LIMIT 1"))->toString();
    }();
    QList<QByteArray> bodies;
    int n = 0;
    for (int c = 0; c < options.clients; ++c) {
        for (int done = 0; done < options.opsPerClient; done += 25) {
            QJsonArray sets;
            for (int i = done; i < std::min(options.opsPerClient, done + 25); ++i) {
                sets.append(QJsonObject{{QStringLiteral("id"), UuidV7::generateString()},
                                        {QStringLiteral("ops"),
                                         QJsonArray{customerOp(territory, ++n, QStringLiteral("bench-%1").arg(c))}}});
            }
            bodies << QJsonDocument(QJsonObject{{QStringLiteral("device_id"), QStringLiteral("bench-%1").arg(c)},
                                                {QStringLiteral("change_sets"), sets}})
                          .toJson(QJsonDocument::Compact);
        }
    }
    const int perClient = int(bodies.size()) / options.clients;
    std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
    int running = options.clients;
    qint64 applied = 0;
    QEventLoop loop;
    timer.restart();
    for (int c = 0; c < options.clients; ++c) {
        clients.push_back(std::make_unique<QNetworkAccessManager>());
        auto next = std::make_shared<std::function<void(int)>>();
        QNetworkAccessManager *client = clients.back().get();
        *next = [&, c, client, next](int i) {
            if (i == perClient) {
                if (--running == 0) {
                    loop.quit();
                }
                return;
            }
            QNetworkRequest request(QUrl(base + QStringLiteral("/v1/push")));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1());
            QNetworkReply *reply = client->post(request, bodies.at(c * perClient + i));
            QObject::connect(reply, &QNetworkReply::finished, client, [&, reply, next, i]() {
                for (const QJsonValue &r :
                     QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("results")).toArray()) {
                    applied += r.toObject().value(QStringLiteral("status")).toString() == u"applied" ? 1 : 0;
                }
                reply->deleteLater();
                (*next)(i + 1);
            });
        };
        (*next)(0);
    }
    loop.exec();
    const double pushSeconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 pushedOps = qint64(options.clients) * options.opsPerClient;

    // Baseline: COPY the same number of customer rows into a table of the same shape.
    QTemporaryFile csv;
    csv.open();
    for (qint64 i = 0; i < pushedOps; ++i) {
        csv.write(QStringLiteral("%1,C%2,Bench customer %2,Anna Muster,+49 30 1234567,info@bench.example,Hauptstraße 1,"
                                 "10115,Berlin,DE,52.52,13.405,100000,EUR,30,,%3,active,\"\"\n")
                      .arg(UuidV7::generateString())
                      .arg(i)
                      .arg(territory)
                      .toUtf8());
    }
    csv.close();
    if (!runProgram(QStringLiteral("psql"),
                    psql + QStringList{QStringLiteral("-c"),
                                       QStringLiteral("CREATE TABLE copy_in (LIKE customers INCLUDING DEFAULTS)")},
                    error)) {
        return {};
    }
    const QString columns =
        QStringLiteral("id,") + EntitySchema::get(QStringLiteral("customer")).fieldNames().join(u',');
    timer.restart();
    if (!runProgram(QStringLiteral("psql"),
                    psql +
                        QStringList{QStringLiteral("-c"),
                                    QStringLiteral("\\copy copy_in (%1) FROM '%2' CSV").arg(columns, csv.fileName())},
                    error)) {
        return {};
    }
    const double copyInSeconds = double(timer.nsecsElapsed()) / 1e9;

    const double pullRate = double(pulled) / pullSeconds;
    const double copyOutRate = double(counts->rows()) / copyOutSeconds;
    const double pushRate = double(applied) / pushSeconds;
    const double copyInRate = double(pushedOps) / copyInSeconds;
    return {
        QJsonObject{
            {QStringLiteral("bench"), QStringLiteral("server_pull")},
            {QStringLiteral("order_lines"), double(options.orderLines)},
            {QStringLiteral("rows"), double(pulled)},
            {QStringLiteral("seconds"), pullSeconds},
            {QStringLiteral("rows_per_s"), qRound64(pullRate)},
            {QStringLiteral("baseline"), QStringLiteral("psql \\\\copy (SELECT * FROM each table) TO /dev/null")},
            {QStringLiteral("baseline_rows_per_s"), qRound64(copyOutRate)},
            {QStringLiteral("ratio"), pullRate / copyOutRate},
            {QStringLiteral("seed_seconds"), seedSeconds}},
        QJsonObject{{QStringLiteral("bench"), QStringLiteral("server_push")},
                    {QStringLiteral("clients"), options.clients},
                    {QStringLiteral("ops"), double(pushedOps)},
                    {QStringLiteral("applied"), double(applied)},
                    {QStringLiteral("seconds"), pushSeconds},
                    {QStringLiteral("ops_per_s"), qRound64(pushRate)},
                    {QStringLiteral("baseline"), QStringLiteral("psql \\\\copy of the same number of customer rows")},
                    {QStringLiteral("baseline_rows_per_s"), qRound64(copyInRate)},
                    {QStringLiteral("ratio"), pushRate / copyInRate}}};
}

} // namespace SalesSync::Bench
