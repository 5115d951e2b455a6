#include "sync/server/syncserver.h"

#include "sync/server/pgdatabase.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QThread>
#include <QtConcurrent>

#include <cmath>

Q_LOGGING_CATEGORY(lcHttp, "salessync.server.http", QtInfoMsg)

namespace SalesSync::Server {

using Protocol::ErrorCode;

namespace {

// The ConnectionGuard ticket of an answer prepared on a worker thread (removed before sending).
const QByteArray kTicketHeader = QByteArrayLiteral("x-salessync-ticket");

QString tr(const char *text)
{
    return QCoreApplication::translate("SalesSync::Server::SyncServer", text);
}

// A JSON object body with exactly the allowed fields of the allowed types, or why not.
struct JsonBody {
    QJsonObject object;
    QString error;
    QString field;
};

JsonBody parseObject(const QByteArray &body, const QHash<QString, QJsonValue::Type> &fields,
                     const QStringList &required)
{
    JsonBody result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error =
            tr("The body is not valid JSON: %1 at offset %2.").arg(parseError.errorString()).arg(parseError.offset);
        return result;
    }
    if (!doc.isObject()) {
        result.error = tr("The body must be a JSON object.");
        return result;
    }
    result.object = doc.object();
    for (auto it = result.object.constBegin(); it != result.object.constEnd(); ++it) {
        if (!fields.contains(it.key())) {
            result.error = tr("Unknown field \"%1\".").arg(it.key());
            result.field = it.key();
            return result;
        }
        if (it.value().type() != fields.value(it.key())) {
            result.error = tr("Field \"%1\" has the wrong type.").arg(it.key());
            result.field = it.key();
            return result;
        }
    }
    for (const QString &name : required) {
        if (!result.object.contains(name)) {
            result.error = tr("Field \"%1\" is missing.").arg(name);
            result.field = name;
            return result;
        }
    }
    return result;
}

QString bearerToken(const Request &request)
{
    const QByteArray &header = request.authorization;
    if (!header.startsWith("Bearer ")) {
        return {};
    }
    return QString::fromLatin1(header.mid(7).trimmed());
}

QJsonObject userJson(const User &user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("username"), user.username},
            {QStringLiteral("display_name"), user.displayName},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("role"), roleToText(user.role)}};
}

QHttpServerResponse accountFailure(AccountError error, const QString &message, const QString &field, qint64 retryAfter)
{
    switch (error) {
    case AccountError::InvalidCredentials:
        return errorResponse(ErrorCode::InvalidCredentials, message);
    case AccountError::Disabled:
        return errorResponse(ErrorCode::AccountDisabled, message);
    case AccountError::Throttled: {
        QHttpServerResponse response = errorResponse(ErrorCode::TooManyAttempts, message);
        response.addHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter));
        return response;
    }
    case AccountError::Unauthorized:
        return errorResponse(ErrorCode::Unauthorized, message);
    case AccountError::Validation:
        return errorResponse(ErrorCode::BadRequest, message, field);
    case AccountError::Storage:
        qCWarning(lcHttp) << "database error:" << message;
        return errorResponse(ErrorCode::Unavailable, tr("The server cannot reach its database. Try again shortly."));
    case AccountError::None:
        break;
    }
    return errorResponse(ErrorCode::Internal, tr("Internal error."));
}

} // namespace

Request Request::from(const QHttpServerRequest &request)
{
    return Request{request.body(), request.value(QByteArrayLiteral("Authorization")), request.url().path(),
                   request.query(), request.remoteAddress().toString()};
}

QHttpServerResponse errorResponse(ErrorCode code, const QString &message, const QString &field)
{
    return QHttpServerResponse(Protocol::errorBody(code, message, field),
                               QHttpServerResponse::StatusCode(Protocol::httpStatusOf(code)));
}

SyncServer::SyncServer(const ServerConfig &config, PgDatabase &database, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_database(database)
    , m_accounts(database, config.accounts)
    , m_pull(database)
    , m_push(database)
{
    m_pool.setMaxThreadCount(config.workerThreads);
    // Idle workers keep their PostgreSQL connection; a worker that ends takes its connection name
    // with it, so never let them expire.
    m_pool.setExpiryTimeout(-1);
    addRoutes();
    m_http.afterRequest([this](QHttpServerResponse &&response) {
        if (response.hasHeader(kTicketHeader)) {
            const QSet<quint64> outstanding = m_guard.outstanding();
            for (const quint64 ticket : outstanding) {
                if (response.hasHeader(kTicketHeader, QByteArray::number(ticket))) {
                    m_guard.answered(ticket);
                    break;
                }
            }
            response.clearHeader(kTicketHeader);
        }
        return std::move(response);
    });
}

SyncServer::~SyncServer()
{
    m_pool.waitForDone();
}

Result<quint16> SyncServer::listen()
{
    QTcpServer *server = nullptr;
    if (!m_config.tlsCertificate.isEmpty()) {
        QFile certFile(m_config.tlsCertificate);
        QFile keyFile(m_config.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            return Error::validation(QStringLiteral("tls"), tr("cannot read the certificate or key file"));
        }
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        QSslKey ecKey;
        if (key.isNull()) {
            keyFile.seek(0);
            ecKey = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
        }
        if (certificate.isNull() || (key.isNull() && ecKey.isNull())) {
            return Error::validation(QStringLiteral("tls"), tr("the certificate or key is not valid PEM"));
        }
        QSslConfiguration tls;
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(key.isNull() ? ecKey : key);
        auto *sslServer = new QSslServer(this);
        sslServer->setSslConfiguration(tls);
        server = sslServer;
    } else {
        server = new QTcpServer(this);
    }
    if (!server->listen(m_config.listenAddress, m_config.port)) {
        const QString reason = server->errorString();
        delete server;
        return Error(SalesSync::ErrorCode::Storage, tr("Cannot listen on %1 port %2: %3")
                                                        .arg(m_config.listenAddress.toString())
                                                        .arg(m_config.port)
                                                        .arg(reason));
    }
    m_guard.watch(server); // before the HTTP server, so that it sees each socket first
    m_http.bind(server);
    const quint16 port = server->serverPort();
    qCInfo(lcHttp) << "listening on" << m_config.listenAddress.toString() << port
                   << (m_config.tlsCertificate.isEmpty() ? "(HTTP)" : "(HTTPS)");
    return port;
}

int SyncServer::shutdown()
{
    m_stopping = true;
    for (QTcpServer *server : m_http.servers()) {
        server->close();
    }
    QDeadlineTimer deadline(std::chrono::seconds(m_config.shutdownGraceSeconds));
    while (m_inFlight.load() > 0 && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    // Let the last responses reach their sockets.
    QCoreApplication::processEvents();
    return m_inFlight.load();
}

QFuture<QHttpServerResponse> SyncServer::run(const QString &route, const QHttpServerRequest &request, Handler handler)
{
    ++m_inFlight;
    QElapsedTimer timer;
    timer.start();
    // The request object lives only during this call: hand the worker a copy of what it needs.
    const qint64 bodySize = request.body().size();
    const quint64 ticket = m_guard.open();
    return QtConcurrent::run(
        &m_pool, [this, route, timer, bodySize, ticket, copy = Request::from(request), handler = std::move(handler)]() {
            QHttpServerResponse response = [&]() {
                if (m_stopping) {
                    return errorResponse(ErrorCode::Unavailable, tr("The server is shutting down."));
                }
                if (bodySize > m_config.maxBodyBytes) {
                    return errorResponse(
                        ErrorCode::PayloadTooLarge,
                        tr("The request body is %1 bytes; the limit is %2.").arg(bodySize).arg(m_config.maxBodyBytes));
                }
                return handler(copy);
            }();
            const int status = int(response.statusCode());
            m_metrics.recordRequest(route, status, double(timer.nsecsElapsed()) / 1e9);
            if (status >= 500) {
                m_metrics.recordError(QStringLiteral("http_%1").arg(status));
            }
            // For the after-request hook: which ticket this answer settles (never sent).
            response.setHeader(kTicketHeader, QByteArray::number(ticket));
            --m_inFlight;
            return response;
        });
}

QFuture<QHttpServerResponse> SyncServer::runAuthed(const QString &route, const QHttpServerRequest &request,
                                                   AuthedHandler handler)
{
    return run(route, request, [this, handler = std::move(handler)](const Request &req) {
        const AccountResult<Session> session = m_accounts.authenticate(bearerToken(req));
        if (!session.ok()) {
            return accountFailure(session.error, session.message, session.field, 0);
        }
        return handler(req, *session.value);
    });
}

void SyncServer::addRoutes()
{
    using Method = QHttpServerRequest::Method;
    m_http.route(QStringLiteral("/healthz"), Method::Get, [this]() {
        m_metrics.recordRequest(QStringLiteral("/healthz"), 200, 0);
        return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    m_http.route(QStringLiteral("/readyz"), Method::Get, [this](const QHttpServerRequest &request) {
        return run(QStringLiteral("/readyz"), request, [this](const Request &) { return readiness(); });
    });
    m_http.route(QStringLiteral("/metrics"), Method::Get, [this]() {
        return QHttpServerResponse(QByteArrayLiteral("text/plain; version=0.0.4"), m_metrics.render());
    });
    m_http.route(QStringLiteral("/v1/handshake"), Method::Post, [this](const QHttpServerRequest &request) {
        return run(QStringLiteral("/v1/handshake"), request, [this](const Request &req) { return handshake(req); });
    });
    m_http.route(QStringLiteral("/v1/auth/login"), Method::Post, [this](const QHttpServerRequest &request) {
        return run(QStringLiteral("/v1/auth/login"), request, [this](const Request &req) { return login(req); });
    });
    m_http.route(QStringLiteral("/v1/auth/logout"), Method::Post, [this](const QHttpServerRequest &request) {
        return run(QStringLiteral("/v1/auth/logout"), request, [this](const Request &req) { return logout(req); });
    });
    m_http.route(QStringLiteral("/v1/auth/session"), Method::Get, [this](const QHttpServerRequest &request) {
        return runAuthed(QStringLiteral("/v1/auth/session"), request, [](const Request &, const Session &session) {
            return QHttpServerResponse(
                QJsonObject{{QStringLiteral("user"), userJson(session.user)},
                            {QStringLiteral("expires_at"), session.expiresAt.toString(Qt::ISODateWithMs)}});
        });
    });
    m_http.route(QStringLiteral("/v1/pull"), Method::Get, [this](const QHttpServerRequest &request) {
        return runAuthed(QStringLiteral("/v1/pull"), request,
                         [this](const Request &req, const Session &session) { return pull(req, session); });
    });
    m_http.route(QStringLiteral("/v1/push"), Method::Post, [this](const QHttpServerRequest &request) {
        return runAuthed(QStringLiteral("/v1/push"), request,
                         [this](const Request &req, const Session &session) { return push(req, session); });
    });
    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        m_metrics.recordRequest(QStringLiteral("unknown"), 404, 0);
        responder.write(QJsonDocument(Protocol::errorBody(ErrorCode::NotFound,
                                                          tr("There is no %1 endpoint.").arg(request.url().path()))),
                        QHttpServerResponder::StatusCode::NotFound);
    });
}

QHttpServerResponse SyncServer::readiness()
{
    const Status schema = m_database.checkSchema();
    if (!schema) {
        return errorResponse(ErrorCode::Unavailable, schema.error().message());
    }
    return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ready")},
                                           {QStringLiteral("schema_version"), PgDatabase::latestSchemaVersion()}});
}

QHttpServerResponse SyncServer::handshake(const Request &request)
{
    const JsonBody body = parseObject(request.body,
                                      {{QStringLiteral("protocol_version"), QJsonValue::Double},
                                       {QStringLiteral("client_version"), QJsonValue::String},
                                       {QStringLiteral("schema_version"), QJsonValue::Double},
                                       {QStringLiteral("device_id"), QJsonValue::String}},
                                      {QStringLiteral("protocol_version")});
    if (!body.error.isEmpty()) {
        return errorResponse(ErrorCode::BadRequest, body.error, body.field);
    }
    const double version = body.object.value(QStringLiteral("protocol_version")).toDouble();
    if (version != std::floor(version) || version < 0 || version > 1e6) {
        return errorResponse(ErrorCode::BadRequest, tr("Field \"protocol_version\" must be a whole number."),
                             QStringLiteral("protocol_version"));
    }
    const int clientVersion = int(version);
    if (clientVersion < Protocol::kMinimumVersion || clientVersion > Protocol::kVersion) {
        const QString advice = clientVersion < Protocol::kMinimumVersion
                                   ? tr("Update SalesSync on this device.")
                                   : tr("Ask your administrator to update the server.");
        return errorResponse(ErrorCode::UnsupportedVersion,
                             tr("This client speaks sync protocol %1; this server speaks %2 to %3. %4")
                                 .arg(clientVersion)
                                 .arg(Protocol::kMinimumVersion)
                                 .arg(Protocol::kVersion)
                                 .arg(advice),
                             QStringLiteral("protocol_version"));
    }
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return errorResponse(ErrorCode::Unavailable, tr("The server cannot reach its database. Try again shortly."));
    }
    const Result<QVariant> epoch = pgValue(*db, QStringLiteral("SELECT value FROM server_meta WHERE key = 'epoch'"));
    if (!epoch || epoch->isNull()) {
        return errorResponse(ErrorCode::Unavailable, tr("The server's database is not set up (run migrate)."));
    }
    return QHttpServerResponse(
        QJsonObject{{QStringLiteral("protocol_version"), Protocol::kVersion},
                    {QStringLiteral("min_protocol_version"), Protocol::kMinimumVersion},
                    {QStringLiteral("server_version"), QCoreApplication::applicationVersion().isEmpty()
                                                           ? QStringLiteral(SALESSYNC_VERSION_STRING)
                                                           : QCoreApplication::applicationVersion()},
                    {QStringLiteral("epoch"), epoch->toString()},
                    {QStringLiteral("server_time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
}

QHttpServerResponse SyncServer::pull(const Request &request, const Session &session)
{
    for (const auto &[key, value] : request.query.queryItems()) {
        if (key != u"cursor" && key != u"limit") {
            return errorResponse(ErrorCode::BadRequest, tr("Unknown parameter \"%1\".").arg(key), key);
        }
    }
    const QString cursorText = request.query.queryItemValue(QStringLiteral("cursor"));
    const std::optional<Cursor> cursor = cursorText.isEmpty() ? Cursor{} : Cursor::parse(cursorText);
    if (!cursor) {
        return errorResponse(ErrorCode::BadRequest,
                             tr("The cursor \"%1\" is not one this server handed out.").arg(cursorText.left(40)),
                             QStringLiteral("cursor"));
    }
    int limit = PullService::kDefaultLimit;
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > PullService::kMaximumLimit) {
            return errorResponse(ErrorCode::BadRequest,
                                 tr("The limit must be a whole number from 1 to %1.").arg(PullService::kMaximumLimit),
                                 QStringLiteral("limit"));
        }
    }
    const Result<PullPage> page = m_pull.pull(session.user, *cursor, limit);
    if (!page) {
        qCWarning(lcHttp) << "pull failed:" << page.error().message();
        return errorResponse(ErrorCode::Unavailable, tr("The server cannot reach its database. Try again shortly."));
    }
    return QHttpServerResponse(QByteArrayLiteral("application/json"), page->toJson());
}

QHttpServerResponse SyncServer::push(const Request &request, const Session &session)
{
    const JsonBody body = parseObject(
        request.body,
        {{QStringLiteral("device_id"), QJsonValue::String}, {QStringLiteral("change_sets"), QJsonValue::Array}},
        {QStringLiteral("device_id"), QStringLiteral("change_sets")});
    if (!body.error.isEmpty()) {
        return errorResponse(ErrorCode::BadRequest, body.error, body.field);
    }
    const QString deviceId = body.object.value(QStringLiteral("device_id")).toString();
    if (deviceId.isEmpty() || deviceId.size() > 64) {
        return errorResponse(ErrorCode::BadRequest, tr("Field \"device_id\" must be 1 to 64 characters."),
                             QStringLiteral("device_id"));
    }
    QStringList fresh;
    const Result<QJsonArray> results =
        m_push.push(session.user, deviceId, body.object.value(QStringLiteral("change_sets")).toArray(), &fresh);
    if (!results) {
        if (results.error().code() == SalesSync::ErrorCode::Validation) {
            const QList<FieldError> &fields = results.error().fields();
            return errorResponse(ErrorCode::BadRequest, results.error().message(),
                                 fields.isEmpty() ? QString() : fields.first().field);
        }
        qCWarning(lcHttp) << "push failed:" << results.error().message();
        return errorResponse(ErrorCode::Unavailable, tr("The server cannot reach its database. Try again shortly."));
    }
    for (const QString &status : std::as_const(fresh)) {
        m_metrics.recordOp(status);
    }
    return QHttpServerResponse(QJsonObject{{QStringLiteral("results"), *results}});
}

QHttpServerResponse SyncServer::login(const Request &request)
{
    const JsonBody body = parseObject(request.body,
                                      {{QStringLiteral("username"), QJsonValue::String},
                                       {QStringLiteral("password"), QJsonValue::String},
                                       {QStringLiteral("device_id"), QJsonValue::String}},
                                      {QStringLiteral("username"), QStringLiteral("password")});
    if (!body.error.isEmpty()) {
        return errorResponse(ErrorCode::BadRequest, body.error, body.field);
    }
    const QString username = body.object.value(QStringLiteral("username")).toString();
    const QString password = body.object.value(QStringLiteral("password")).toString();
    if (username.size() > 64 || password.size() > 1024) {
        return errorResponse(ErrorCode::BadRequest, tr("The username or password is too long."),
                             username.size() > 64 ? QStringLiteral("username") : QStringLiteral("password"));
    }
    const AccountResult<LoginResult> result =
        m_accounts.login(username, password, body.object.value(QStringLiteral("device_id")).toString());
    if (!result.ok()) {
        return accountFailure(result.error, result.message, result.field, result.retryAfterSeconds);
    }
    return QHttpServerResponse(
        QJsonObject{{QStringLiteral("token"), result.value->token},
                    {QStringLiteral("expires_at"), result.value->expiresAt.toString(Qt::ISODateWithMs)},
                    {QStringLiteral("user"), userJson(result.value->user)}});
}

QHttpServerResponse SyncServer::logout(const Request &request)
{
    const AccountResult<bool> result = m_accounts.logout(bearerToken(request));
    if (!result.ok()) {
        return accountFailure(result.error, result.message, result.field, 0);
    }
    return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
}

} // namespace SalesSync::Server
