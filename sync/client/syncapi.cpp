#include "sync/client/syncapi.h"

#include "sync/protocol/protocol.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace SalesSync::Sync {

QString ApiReply::errorCode() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString ApiReply::errorMessage() const
{
    if (status == 0) {
        return networkError;
    }
    // The server speaks English; the codes a person meets get the client's own, translated words.
    // Other codes (a bad request, a server bug) keep the server's detail.
    const QString code = errorCode();
    if (code == u"invalid_credentials") {
        return SyncApi::tr("The username or password is wrong.");
    }
    if (code == u"account_disabled") {
        return SyncApi::tr("This account is disabled. Ask your administrator.");
    }
    if (code == u"unauthorized") {
        return SyncApi::tr("Your sign-in has expired or was ended. Sign in again.");
    }
    if (code == u"too_many_attempts") {
        return retryAfterSeconds > 0
                   ? SyncApi::tr("Too many sign-in attempts. Try again in %n seconds.", nullptr, int(retryAfterSeconds))
                   : SyncApi::tr("Too many sign-in attempts. Try again later.");
    }
    if (code == u"unsupported_version") {
        return SyncApi::tr("The server does not support this version of SalesSync. Install the version your company "
                           "uses.");
    }
    if (code == u"unavailable") {
        return SyncApi::tr("The server is temporarily unavailable. SalesSync will try again.");
    }
    if (code == u"forbidden") {
        return SyncApi::tr("Your account is not allowed to do this.");
    }
    const QString message = json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    return message.isEmpty() ? SyncApi::tr("The server answered with HTTP status %1.").arg(status) : message;
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

ApiReply SyncApi::handshake(int schemaVersion, const QString &deviceId)
{
    const QJsonObject body{{QStringLiteral("protocol_version"), Protocol::kVersion},
                           {QStringLiteral("client_version"), QCoreApplication::applicationVersion()},
                           {QStringLiteral("schema_version"), schemaVersion},
                           {QStringLiteral("device_id"), deviceId}};
    return send("POST", QStringLiteral("/v1/handshake"), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiReply SyncApi::login(const QString &username, const QString &password, const QString &deviceId)
{
    const QJsonObject body{{QStringLiteral("username"), username},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("device_id"), deviceId}};
    return send("POST", QStringLiteral("/v1/auth/login"), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiReply SyncApi::logout()
{
    return send("POST", QStringLiteral("/v1/auth/logout"), QByteArrayLiteral("{}"));
}

ApiReply SyncApi::push(const QByteArray &body)
{
    return send("POST", QStringLiteral("/v1/push"), body);
}

ApiReply SyncApi::pull(const QString &cursor, int limit)
{
    Pending pending = startPull(cursor, limit);
    return wait(pending);
}

ApiReply SyncApi::send(const QByteArray &method, const QString &path, const QByteArray &body)
{
    return finish(begin(method, path, body));
}

QNetworkReply *SyncApi::begin(const QByteArray &method, const QString &path, const QByteArray &body)
{
    QUrl url = m_server;
    const qsizetype question = path.indexOf(u'?');
    url.setPath(m_server.path().chopped(m_server.path().endsWith(u'/') ? 1 : 0) + path.left(question));
    if (question >= 0) {
        url.setQuery(path.mid(question + 1), QUrl::StrictMode);
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    if (!m_token.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_token.toLatin1());
    }
    QNetworkReply *reply = method == "GET" ? m_network->get(request) : m_network->post(request, body);
    m_inFlight.insert(reply);
    return reply;
}

SyncApi::Pending SyncApi::startPull(const QString &cursor, int limit)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("cursor"), cursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return Pending(this, begin("GET", QStringLiteral("/v1/pull?") + query.toString(QUrl::FullyEncoded), {}));
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
    if (out.ok() && (reply->error() != QNetworkReply::NoError || !complete || parse.error != QJsonParseError::NoError ||
                     !document.isObject())) {
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
