#include "sync/client/syncapi.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace SalesSync::Sync {

QString ApiReply::errorField() const
{
    const Result<Protocol::ErrorBody> error = Protocol::ErrorBody::fromJson(json);
    return error ? error->field : QString();
}

std::optional<Protocol::ErrorCode> ApiReply::errorCode() const
{
    const Result<Protocol::ErrorBody> error = Protocol::ErrorBody::fromJson(json);
    return error ? std::optional<Protocol::ErrorCode>(error->code) : std::nullopt;
}

QString ApiReply::errorMessage() const
{
    using Protocol::ErrorCode;
    if (status == 0) {
        return networkError;
    }
    // The server speaks English; the codes a person meets get the client's own, translated words.
    // Other codes (a bad request, a server bug) keep the server's detail.
    const Result<Protocol::ErrorBody> error = Protocol::ErrorBody::fromJson(json);
    if (!error) {
        return SyncApi::tr("The server answered with HTTP status %1.").arg(status);
    }
    switch (error->code) {
    case ErrorCode::InvalidCredentials:
        return SyncApi::tr("The username or password is wrong.");
    case ErrorCode::AccountDisabled:
        return SyncApi::tr("This account is disabled. Ask your administrator.");
    case ErrorCode::Unauthorized:
        return SyncApi::tr("Your sign-in has expired or was ended. Sign in again.");
    case ErrorCode::TooManyAttempts:
        return retryAfterSeconds > 0
                   ? SyncApi::tr("Too many sign-in attempts. Try again in %n seconds.", nullptr, int(retryAfterSeconds))
                   : SyncApi::tr("Too many sign-in attempts. Try again later.");
    case ErrorCode::UnsupportedVersion:
        return SyncApi::tr("The server does not support this version of SalesSync. Install the version your company "
                           "uses.");
    case ErrorCode::Unavailable:
        return SyncApi::tr("The server is temporarily unavailable. SalesSync will try again.");
    case ErrorCode::Forbidden:
        return SyncApi::tr("Your account is not allowed to do this.");
    case ErrorCode::PasswordChangeRequired:
        return SyncApi::tr("This password was set by an administrator. Choose your own password to sign in.");
    case ErrorCode::Conflict:
        return SyncApi::tr("Someone else changed this in the meantime. Look at it again, then repeat your change.");
    case ErrorCode::BadRequest:
    case ErrorCode::NotFound:
    case ErrorCode::MethodNotAllowed:
    case ErrorCode::UnsupportedMediaType:
    case ErrorCode::PayloadTooLarge:
    case ErrorCode::Internal:
        break;
    }
    return error->message.isEmpty() ? SyncApi::tr("The server answered with HTTP status %1.").arg(status)
                                    : error->message;
}

SyncApi::SyncApi(QUrl server, int timeoutMs)
    : m_server(std::move(server))
    , m_timeoutMs(timeoutMs)
    , m_network(std::make_unique<QNetworkAccessManager>())
{}

SyncApi::~SyncApi() = default;

void SyncApi::abort()
{
    for (QNetworkReply *reply : std::as_const(m_inFlight)) {
        reply->abort();
    }
}

ApiReply SyncApi::handshake(const Protocol::HandshakeRequest &request)
{
    return send(Protocol::Endpoint::Handshake, QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
}

ApiReply SyncApi::login(const Protocol::LoginRequest &request)
{
    return send(Protocol::Endpoint::Login, QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
}

ApiReply SyncApi::logout()
{
    return send(Protocol::Endpoint::Logout, QByteArrayLiteral("{}"));
}

ApiReply SyncApi::push(const Protocol::PushRequest &request)
{
    return send(Protocol::Endpoint::Push, request.toBytes());
}

ApiReply SyncApi::deviceStatus(const Protocol::DeviceStatusRequest &request)
{
    return call(Protocol::Endpoint::DeviceStatus, request.toJson());
}

ApiReply SyncApi::pull(const Protocol::PullRequest &request)
{
    Pending pending = startPull(request);
    return wait(pending);
}

ApiReply SyncApi::call(Protocol::Endpoint endpoint, const QJsonObject &body, const QUrlQuery &query)
{
    const bool get = Protocol::methodOf(endpoint) == "GET";
    return finish(begin(endpoint, query, get ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

ApiReply SyncApi::send(Protocol::Endpoint endpoint, const QByteArray &body)
{
    return finish(begin(endpoint, {}, body));
}

QNetworkReply *SyncApi::begin(Protocol::Endpoint endpoint, const QUrlQuery &query, const QByteArray &body)
{
    QUrl url = m_server;
    url.setPath(m_server.path().chopped(m_server.path().endsWith(u'/') ? 1 : 0) + Protocol::pathOf(endpoint));
    if (!query.isEmpty()) {
        url.setQuery(query);
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    if (!m_token.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_token.toLatin1());
    }
    QNetworkReply *reply =
        Protocol::methodOf(endpoint) == "GET" ? m_network->get(request) : m_network->post(request, body);
    m_inFlight.insert(reply);
    return reply;
}

SyncApi::Pending SyncApi::startPull(const Protocol::PullRequest &request)
{
    return Pending(this, begin(Protocol::Endpoint::Pull, request.toQuery(), {}));
}

ApiReply SyncApi::wait(Pending &pending)
{
    return finish(std::exchange(pending.m_reply, nullptr));
}

void SyncApi::Pending::cancel() noexcept
{
    if (m_reply) {
        // Not waited for (the page before it failed): cancel it.
        m_api->m_inFlight.remove(m_reply);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

ApiReply SyncApi::finish(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    m_inFlight.remove(reply);
    ApiReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->isOpen() ? reply->readAll() : QByteArray();
    if (out.status == 0) {
        out.networkError = tr("The server %1 cannot be reached: %2").arg(m_server.host(), reply->errorString());
    }
    if (reply->hasRawHeader(QByteArrayLiteral("Retry-After"))) {
        bool ok = false;
        const int seconds = reply->rawHeader(QByteArrayLiteral("Retry-After")).trimmed().toInt(&ok);
        out.retryAfterSeconds = ok ? seconds : -1;
    }
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(out.body, &parse);
    out.json = document.object();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    const bool complete = !length.isValid() || length.toLongLong() == out.body.size();
    // 204 No Content is an answer without a body (a password set, a session revoked).
    const bool noContent = out.status == 204 && out.body.isEmpty();
    if (out.ok() && (reply->error() != QNetworkReply::NoError || !complete ||
                     (!noContent && (parse.error != QJsonParseError::NoError || !document.isObject())))) {
        // The connection broke off in the middle of the answer, or what came is not the JSON
        // object every answer is: as if no answer had come. Using a part would be worse.
        out.status = 0;
        out.json = {};
        out.networkError =
            tr("The answer from the server %1 broke off or was garbled; trying again later.").arg(m_server.host());
    }
    reply->deleteLater();
    return out;
}

} // namespace SalesSync::Sync
