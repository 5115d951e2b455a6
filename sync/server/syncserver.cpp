#include "sync/server/syncserver.h"

#include "sync/protocol/jsonreader.h"
#include "sync/protocol/messages.h"
#include "sync/server/pgdatabase.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
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

// How often the server looks for scheduled realignments whose time has come.
constexpr int kSchedulerIntervalMs = 15000;

// What a 503 asks clients to wait before they try again.
constexpr int kUnavailableRetrySeconds = 2;

// The ConnectionGuard ticket of an answer prepared on a worker thread (removed before sending).
const QByteArray kTicketHeader = QByteArrayLiteral("x-salessync-ticket");

QString tr(const char *text)
{
    return QCoreApplication::translate("SalesSync::Server::SyncServer", text);
}

// A request body parsed as a JSON object: anything else is refused (by the message's fromJson).
QJsonValue jsonBody(const QByteArray &body, QString *error)
{
    if (const qsizetype at = Protocol::loneSurrogateAt(body); at >= 0) {
        *error = tr("The body has half a UTF-16 surrogate pair (a lone \\u escape) at offset %1; JSON text must "
                    "be Unicode.")
                     .arg(at);
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error =
            tr("The body is not valid JSON: %1 at offset %2.").arg(parseError.errorString()).arg(parseError.offset);
        return {};
    }
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue();
}

// A request that did not parse: 400 with the field at fault.
QHttpServerResponse badRequest(const Error &error)
{
    const FieldError first = error.fields().value(0);
    return errorResponse(ErrorCode::BadRequest,
                         first.field.isEmpty() ? error.message() : first.field + u' ' + first.message, first.field);
}

// Parses a request body into its message type, or gives the 400 answer.
template <typename Message>
std::optional<Message> parseBody(const Request &request, QHttpServerResponse *refusal)
{
    const QByteArray mediaType = request.contentType.split(';').constFirst().trimmed().toLower();
    if (mediaType != "application/json") {
        *refusal = errorResponse(ErrorCode::UnsupportedMediaType,
                                 tr("The body must be sent with Content-Type: application/json, not \"%1\".")
                                     .arg(QString::fromLatin1(request.contentType.left(80))),
                                 QStringLiteral("Content-Type"));
        return std::nullopt;
    }
    QString jsonError;
    const QJsonValue json = jsonBody(request.body, &jsonError);
    if (!jsonError.isEmpty()) {
        *refusal = errorResponse(ErrorCode::BadRequest, jsonError);
        return std::nullopt;
    }
    Result<Message> message = Message::fromJson(json);
    if (!message) {
        *refusal = badRequest(message.error());
        return std::nullopt;
    }
    return *std::move(message);
}

Protocol::UserInfo userInfo(const User &user)
{
    return Protocol::UserInfo{user.id, user.username, user.displayName, user.email, user.role};
}

QString bearerToken(const Request &request)
{
    const QByteArray &header = request.authorization;
    if (!header.startsWith("Bearer ")) {
        return {};
    }
    return QString::fromLatin1(header.mid(7).trimmed());
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
    case AccountError::PasswordChangeRequired:
        return errorResponse(ErrorCode::PasswordChangeRequired, message);
    case AccountError::Forbidden:
        return errorResponse(ErrorCode::Forbidden, message, field);
    case AccountError::NotFound:
        return errorResponse(ErrorCode::NotFound, message, field);
    case AccountError::Conflict:
        return errorResponse(ErrorCode::Conflict, message, field);
    case AccountError::Storage:
        qCWarning(lcHttp) << "database error:" << message;
        return errorResponse(ErrorCode::Unavailable, tr("The server cannot reach its database. Try again shortly."));
    case AccountError::None:
        break;
    }
    return errorResponse(ErrorCode::Internal, tr("Internal error."));
}

// The JSON answer of an account or administration call, or its error.
template <typename T>
QHttpServerResponse answer(const AccountResult<T> &result)
{
    if (!result.ok()) {
        return accountFailure(result.error, result.message, result.field, result.retryAfterSeconds);
    }
    if constexpr (std::is_same_v<T, bool>) {
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
    } else {
        return QHttpServerResponse(result.value->toJson());
    }
}

// Parses the body as Message and answers call(message), or the 400 of a body that does not parse.
template <typename Message, typename Call>
QHttpServerResponse withBody(const Request &request, Call call)
{
    QHttpServerResponse refusal(QHttpServerResponse::StatusCode::BadRequest);
    const std::optional<Message> body = parseBody<Message>(request, &refusal);
    return body ? answer(call(*body)) : std::move(refusal);
}

QHttpServerRequest::Method methodEnum(Protocol::Endpoint endpoint)
{
    return Protocol::methodOf(endpoint) == "GET" ? QHttpServerRequest::Method::Get : QHttpServerRequest::Method::Post;
}

} // namespace

Request Request::from(const QHttpServerRequest &request)
{
    return Request{request.body(),
                   request.value(QByteArrayLiteral("Authorization")),
                   request.value(QByteArrayLiteral("Content-Type")),
                   request.url().path(),
                   request.query(),
                   request.remoteAddress().toString()};
}

QHttpServerResponse errorResponse(ErrorCode code, const QString &message, const QString &field)
{
    QHttpServerResponse response(Protocol::ErrorBody{code, message, field}.toJson(),
                                 QHttpServerResponse::StatusCode(Protocol::httpStatusOf(code)));
    if (code == ErrorCode::Unavailable) {
        // The database is away or the server is stopping: worth a retry soon, not at once.
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(kUnavailableRetrySeconds));
    }
    return response;
}

SyncServer::SyncServer(const ServerConfig &config, PgDatabase &database, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_database(database)
    , m_accounts(database, config.accounts)
    , m_admin(database)
    , m_realign(database)
    , m_pull(database)
    , m_push(database)
{
    m_pool.setMaxThreadCount(config.workerThreads);
    // Idle workers keep their PostgreSQL connection; a worker that ends takes its connection name
    // with it, so never let them expire.
    m_pool.setExpiryTimeout(-1);
    addRoutes();
    // Scheduled realignments: every instance looks; the first to lock one applies it.
    m_scheduler.setInterval(kSchedulerIntervalMs);
    connect(&m_scheduler, &QTimer::timeout, this, &SyncServer::runScheduledWork);
    m_scheduler.start();
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
    m_scheduler.stop();
    for (QTcpServer *server : m_http.servers()) {
        server->close();
    }
    // Every request taken gets its answer: wait for the workers, then for their answers to be
    // written (the after-request hook settles each ticket), then for the bytes to leave.
    QDeadlineTimer deadline(std::chrono::seconds(m_config.shutdownGraceSeconds));
    while ((m_inFlight.load() > 0 || !m_guard.outstanding().isEmpty() || m_guard.unwrittenBytes() > 0) &&
           !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
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
    using Protocol::Endpoint;
    const auto path = [](Endpoint e) {
        return Protocol::pathOf(e);
    };
    m_http.route(path(Endpoint::Health), Method::Get, [this]() {
        m_metrics.recordRequest(Protocol::pathOf(Endpoint::Health), 200, 0);
        return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    m_http.route(path(Endpoint::Ready), Method::Get, [this](const QHttpServerRequest &request) {
        return run(Protocol::pathOf(Endpoint::Ready), request, [this](const Request &) { return readiness(); });
    });
    m_http.route(path(Endpoint::Metrics), Method::Get, [this]() {
        return QHttpServerResponse(QByteArrayLiteral("text/plain; version=0.0.4"), m_metrics.render());
    });
    m_http.route(path(Endpoint::Handshake), Method::Post, [this](const QHttpServerRequest &request) {
        return run(Protocol::pathOf(Endpoint::Handshake), request,
                   [this](const Request &req) { return handshake(req); });
    });
    m_http.route(path(Endpoint::Login), Method::Post, [this](const QHttpServerRequest &request) {
        return run(Protocol::pathOf(Endpoint::Login), request, [this](const Request &req) { return login(req); });
    });
    m_http.route(path(Endpoint::Logout), Method::Post, [this](const QHttpServerRequest &request) {
        return run(Protocol::pathOf(Endpoint::Logout), request, [this](const Request &req) { return logout(req); });
    });
    m_http.route(path(Endpoint::Session), Method::Get, [this](const QHttpServerRequest &request) {
        return runAuthed(Protocol::pathOf(Endpoint::Session), request, [](const Request &, const Session &session) {
            return QHttpServerResponse(Protocol::SessionResponse{userInfo(session.user), session.expiresAt}.toJson());
        });
    });
    m_http.route(path(Endpoint::Pull), Method::Get, [this](const QHttpServerRequest &request) {
        return runAuthed(Protocol::pathOf(Endpoint::Pull), request,
                         [this](const Request &req, const Session &session) { return pull(req, session); });
    });
    m_http.route(path(Endpoint::Push), Method::Post, [this](const QHttpServerRequest &request) {
        return runAuthed(Protocol::pathOf(Endpoint::Push), request,
                         [this](const Request &req, const Session &session) { return push(req, session); });
    });
    addAccountRoutes();
    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const QString requested = request.url().path();
        const auto endpoint = std::find_if(Protocol::allEndpoints().cbegin(), Protocol::allEndpoints().cend(),
                                           [&](Endpoint e) { return Protocol::pathOf(e) == requested; });
        if (endpoint != Protocol::allEndpoints().cend()) {
            // The path exists, with its one method: 405 names it.
            const QByteArray allowed = Protocol::methodOf(*endpoint);
            m_metrics.recordRequest(requested, 405, 0);
            const QByteArray body =
                QJsonDocument(Protocol::ErrorBody{ErrorCode::MethodNotAllowed,
                                                  tr("%1 takes %2 only.").arg(requested, QString::fromLatin1(allowed)),
                                                  {}}
                                  .toJson())
                    .toJson(QJsonDocument::Compact);
            responder.write(body,
                            {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                             {QByteArrayLiteral("Allow"), allowed}},
                            QHttpServerResponder::StatusCode::MethodNotAllowed);
            return;
        }
        m_metrics.recordRequest(QStringLiteral("unknown"), 404, 0);
        responder.write(
            QJsonDocument(
                Protocol::ErrorBody{ErrorCode::NotFound, tr("There is no %1 endpoint.").arg(requested), {}}.toJson()),
            QHttpServerResponder::StatusCode::NotFound);
    });
}

void SyncServer::routeAuthed(Protocol::Endpoint endpoint, AuthedHandler handler)
{
    m_http.route(Protocol::pathOf(endpoint), methodEnum(endpoint),
                 [this, endpoint, handler](const QHttpServerRequest &request) {
                     return runAuthed(Protocol::pathOf(endpoint), request, handler);
                 });
}

void SyncServer::addAccountRoutes()
{
    using Protocol::Endpoint;
    m_http.route(Protocol::pathOf(Endpoint::SetPassword), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &request) {
                     return run(Protocol::pathOf(Endpoint::SetPassword), request, [this](const Request &req) {
                         return withBody<Protocol::SetPasswordRequest>(
                             req, [this](const auto &body) { return m_accounts.setPassword(body); });
                     });
                 });
    routeAuthed(Endpoint::AdminUsers,
                [this](const Request &, const Session &s) { return answer(m_admin.accounts(s)); });
    routeAuthed(Endpoint::AdminCreateUser, [this](const Request &r, const Session &s) {
        return withBody<Protocol::CreateUserRequest>(r, [&](const auto &body) { return m_admin.createUser(s, body); });
    });
    routeAuthed(Endpoint::AdminUpdateUser, [this](const Request &r, const Session &s) {
        return withBody<Protocol::UpdateUserRequest>(r, [&](const auto &body) { return m_admin.updateUser(s, body); });
    });
    routeAuthed(Endpoint::AdminResetPassword, [this](const Request &r, const Session &s) {
        return withBody<Protocol::ResetPasswordRequest>(
            r, [&](const auto &body) { return m_admin.resetPassword(s, body); });
    });
    routeAuthed(Endpoint::AdminSessions, [this](const Request &r, const Session &s) {
        const Result<QString> user = Protocol::userIdFromQuery(r.query);
        return user ? answer(m_admin.sessions(s, *user)) : badRequest(user.error());
    });
    routeAuthed(Endpoint::AdminRevokeSession, [this](const Request &r, const Session &s) {
        return withBody<Protocol::RevokeSessionRequest>(
            r, [&](const auto &body) { return m_admin.revokeSession(s, body.sessionId); });
    });
    routeAuthed(Endpoint::AdminDevices,
                [this](const Request &, const Session &s) { return answer(m_admin.devices(s)); });
    routeAuthed(Endpoint::AdminRealignmentPreview, [this](const Request &r, const Session &s) {
        return withBody<Protocol::RealignmentRequest>(r, [&](const auto &body) { return m_realign.preview(s, body); });
    });
    routeAuthed(Endpoint::AdminRealignmentCreate, [this](const Request &r, const Session &s) {
        return withBody<Protocol::RealignmentRequest>(r, [&](const auto &body) { return m_realign.create(s, body); });
    });
    routeAuthed(Endpoint::AdminRealignments,
                [this](const Request &, const Session &s) { return answer(m_realign.history(s)); });
    routeAuthed(Endpoint::AdminRealignmentCancel, [this](const Request &r, const Session &s) {
        return withBody<Protocol::CancelRealignmentRequest>(
            r, [&](const auto &body) { return m_realign.cancel(s, body.id); });
    });
    routeAuthed(Endpoint::DeviceStatus, [this](const Request &r, const Session &s) {
        return withBody<Protocol::DeviceStatusRequest>(
            r, [&](const auto &body) { return m_realign.reportDevice(s, body); });
    });
}

void SyncServer::runScheduledWork()
{
    if (m_stopping || m_scheduling.exchange(true)) {
        return; // stopping, or the previous round is still running
    }
    ++m_inFlight;
    m_pool.start([this] {
        if (const Result<int> applied = m_realign.applyDue(); !applied) {
            qCWarning(lcHttp) << "scheduled realignments:" << applied.error().message();
        }
        m_scheduling = false;
        --m_inFlight;
    });
}

void SyncServer::recordSync(const Session &session)
{
    if (session.deviceId.isEmpty()) {
        return;
    }
    Result<QSqlDatabase> db = m_database.connection();
    const Result<QSqlQuery> q =
        db ? pgQuery(*db,
                     QStringLiteral("INSERT INTO devices (device_id, user_id, last_sync_at) VALUES (?, ?::uuid, now()) "
                                    "ON CONFLICT (device_id, user_id) DO UPDATE SET last_sync_at = now()"),
                     {session.deviceId, session.user.id})
           : Result<QSqlQuery>(db.error());
    if (!q) {
        // The sync itself succeeded; only the admins' view of the device is a little older.
        qCWarning(lcHttp) << "could not record the sync of device" << session.deviceId << ":" << q.error().message();
    }
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
    QHttpServerResponse refusal(QHttpServerResponse::StatusCode::BadRequest);
    const std::optional<Protocol::HandshakeRequest> hello = parseBody<Protocol::HandshakeRequest>(request, &refusal);
    if (!hello) {
        return refusal;
    }
    const int clientVersion = hello->protocolVersion;
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
    if (!epoch) {
        return errorResponse(ErrorCode::Unavailable, tr("The server cannot reach its database. Try again shortly."));
    }
    if (epoch->isNull()) {
        return errorResponse(ErrorCode::Unavailable, tr("The server's database is not set up (run migrate)."));
    }
    Protocol::HandshakeResponse response;
    response.serverVersion = QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral(SALESSYNC_VERSION_STRING)
                                                                              : QCoreApplication::applicationVersion();
    response.epoch = epoch->toString();
    response.serverTime = QDateTime::currentDateTimeUtc();
    return QHttpServerResponse(response.toJson());
}

QHttpServerResponse SyncServer::pull(const Request &request, const Session &session)
{
    const Result<Protocol::PullRequest> parsed = Protocol::PullRequest::fromQuery(request.query);
    if (!parsed) {
        return badRequest(parsed.error());
    }
    Result<QSqlDatabase> db = m_database.connection();
    if (const Status key = db ? m_cursors.load(*db) : Status(db.error()); !key) {
        qCWarning(lcHttp).noquote() << "pull:" << key.error().message();
        return errorResponse(ErrorCode::Unavailable, tr("The server cannot reach its database. Try again shortly."));
    }
    // Only a cursor this server handed to this user is read at all: a made-up or borrowed one
    // could otherwise point past the log or evict territories.
    const std::optional<QString> position = m_cursors.verify(parsed->cursor, session.user.id);
    const std::optional<Cursor> cursor = position ? Cursor::parse(*position) : std::nullopt;
    if (!cursor) {
        return errorResponse(ErrorCode::BadRequest,
                             tr("The cursor \"%1\" is not one this server handed out to you. Start again from "
                                "\"%2\".")
                                 .arg(parsed->cursor.left(40), QLatin1StringView(Protocol::PullRequest::kStartCursor)),
                             QStringLiteral("cursor"));
    }
    const Result<PullPage> page = m_pull.pull(session.user, *cursor, parsed->limit);
    if (!page) {
        return errorResponse(ErrorCode::Unavailable, tr("The server cannot reach its database. Try again shortly."));
    }
    if (!page->hasMore) {
        recordSync(session);
    }
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               page->toJson(m_cursors.sign(page->cursor.toString(), session.user.id)));
}

QHttpServerResponse SyncServer::push(const Request &request, const Session &session)
{
    QHttpServerResponse refusal(QHttpServerResponse::StatusCode::BadRequest);
    const std::optional<Protocol::PushRequest> body = parseBody<Protocol::PushRequest>(request, &refusal);
    if (!body) {
        return refusal;
    }
    if (!session.deviceId.isEmpty() && body->deviceId != session.deviceId) {
        // The device stamps audit entries and owns its op ids: it is the sign-in's, not the body's.
        return errorResponse(ErrorCode::Forbidden,
                             tr("This session was signed in on another device; sign in on this one."),
                             QStringLiteral("device_id"));
    }
    QStringList fresh;
    const Result<QList<Protocol::OpResult>> results = m_push.push(session.user, *body, &fresh);
    if (!results) {
        qCWarning(lcHttp) << "push failed:" << results.error().message();
        return errorResponse(ErrorCode::Unavailable, tr("The server cannot reach its database. Try again shortly."));
    }
    for (const QString &status : std::as_const(fresh)) {
        m_metrics.recordOp(status);
    }
    recordSync(session);
    return QHttpServerResponse(Protocol::PushResponse{*results}.toJson());
}

QHttpServerResponse SyncServer::login(const Request &request)
{
    QHttpServerResponse refusal(QHttpServerResponse::StatusCode::BadRequest);
    const std::optional<Protocol::LoginRequest> body = parseBody<Protocol::LoginRequest>(request, &refusal);
    if (!body) {
        return refusal;
    }
    const AccountResult<LoginResult> result = m_accounts.login(body->username, body->password, body->deviceId);
    if (!result.ok()) {
        return accountFailure(result.error, result.message, result.field, result.retryAfterSeconds);
    }
    return QHttpServerResponse(
        Protocol::LoginResponse{result.value->token, result.value->expiresAt, userInfo(result.value->user)}.toJson());
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
