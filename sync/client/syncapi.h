#pragma once

#include "sync/protocol/adminmessages.h"
#include "sync/protocol/messages.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <utility>

namespace SalesSync::Sync {

// One answer from the server, or the lack of one.
struct ApiReply {
    int status = 0;             // HTTP status; 0 when no answer came (network down, timeout)
    QByteArray body;            // the raw body
    QJsonObject json;           // the body, when it is a JSON object
    int retryAfterSeconds = -1; // the Retry-After header, when given
    QString networkError;       // why no answer came (status 0)

    bool ok() const { return status >= 200 && status < 300; }
    // No answer, or one that says: try again later (503, 429).
    bool transient() const { return status == 0 || status == 503 || status == 429 || status == 502 || status == 504; }
    // The error's machine code (ErrorBody::fromJson: an unknown code reads as internal), and its
    // message for people: the client's own translated words for the codes a person meets.
    std::optional<Protocol::ErrorCode> errorCode() const;
    QString errorField() const; // the field the error names, or empty
    QString errorMessage() const;
};

// The HTTP side of the sync protocol (docs/sync-protocol.md): blocking calls for the engine's
// own thread. Each call waits for its answer with a local event loop, up to the timeout.
class SyncApi final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Sync::SyncApi)

public:
    explicit SyncApi(QUrl server, int timeoutMs = 60000);
    ~SyncApi();

    const QUrl &server() const { return m_server; }
    void setToken(const QString &token) { m_token = token; }
    const QString &token() const { return m_token; }

    ApiReply handshake(const Protocol::HandshakeRequest &request);
    ApiReply login(const Protocol::LoginRequest &request);
    ApiReply logout();
    ApiReply push(const Protocol::PushRequest &request);
    ApiReply pull(const Protocol::PullRequest &request);
    ApiReply deviceStatus(const Protocol::DeviceStatusRequest &request);
    // Any other endpoint (passwords, administration): a POST with the message as its body, or a
    // GET with the query. The reply's JSON parses as the endpoint's response message.
    ApiReply call(Protocol::Endpoint endpoint, const QJsonObject &body, const QUrlQuery &query = {});

    // A pull sent and not yet waited for, so that the next page downloads while this one is
    // applied. Dropping it unwaited cancels it.
    class Pending final {
    public:
        Pending(Pending &&other) noexcept
            : m_api(other.m_api)
            , m_reply(std::exchange(other.m_reply, nullptr))
        {}
        Pending &operator=(Pending &&other) noexcept
        {
            if (this != &other) {
                cancel();
                m_api = other.m_api;
                m_reply = std::exchange(other.m_reply, nullptr);
            }
            return *this;
        }
        ~Pending() { cancel(); }
        Pending(const Pending &) = delete;
        Pending &operator=(const Pending &) = delete;

    private:
        friend class SyncApi;
        void cancel() noexcept;
        Pending(SyncApi *api, QNetworkReply *reply)
            : m_api(api)
            , m_reply(reply)
        {}
        SyncApi *m_api;
        QNetworkReply *m_reply;
    };
    Pending startPull(const Protocol::PullRequest &request);
    ApiReply wait(Pending &pending);
    // Ends the request in flight at once (it answers as "no answer"). For a stop() that arrives,
    // through the waiting call's event loop, while a request is running.
    void abort();

private:
    ApiReply send(Protocol::Endpoint endpoint, const QByteArray &body);
    QNetworkReply *begin(Protocol::Endpoint endpoint, const QUrlQuery &query, const QByteArray &body);
    ApiReply finish(QNetworkReply *reply);

    QUrl m_server;
    int m_timeoutMs;
    QString m_token;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QSet<QNetworkReply *> m_inFlight;
};

} // namespace SalesSync::Sync
