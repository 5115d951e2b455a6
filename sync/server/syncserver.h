#pragma once

#include "sync/protocol/protocol.h"
#include "sync/server/accountservice.h"
#include "sync/server/adminservice.h"
#include "sync/server/connectionguard.h"
#include "sync/server/cursorsigner.h"
#include "sync/server/metrics.h"
#include "sync/server/pullservice.h"
#include "sync/server/pushservice.h"
#include "sync/server/realignmentservice.h"
#include "sync/server/serverconfig.h"

#include <QFuture>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <QUrlQuery>

#include <atomic>
#include <functional>

namespace SalesSync::Server {

class PgDatabase;

// What a handler needs of a request, copied off the connection (QHttpServerRequest cannot be
// copied, and the worker thread outlives the call that received it).
struct Request {
    QByteArray body;
    QByteArray authorization;
    QByteArray contentType;
    QString path;
    QUrlQuery query;
    QString remoteAddress;

    static Request from(const QHttpServerRequest &request);
};

// The HTTP face of salessync-server: routes, JSON validation, authentication, error mapping and
// metrics. Database work runs on a thread pool (one PostgreSQL connection per worker thread),
// never on the event loop. The server keeps no state between requests beyond the database.
class SyncServer final : public QObject {
    Q_OBJECT

public:
    SyncServer(const ServerConfig &config, PgDatabase &database, QObject *parent = nullptr);
    ~SyncServer() override;

    // Starts listening; returns the port (useful with port 0) or an error.
    Result<quint16> listen();
    // Stops accepting connections and waits (up to the grace period) for requests in flight.
    // Returns how many were still running when it gave up.
    int shutdown();

    Metrics &metrics() { return m_metrics; }
    int inFlight() const { return m_inFlight.load(); }

private:
    using Handler = std::function<QHttpServerResponse(const Request &)>;
    using AuthedHandler = std::function<QHttpServerResponse(const Request &, const Session &)>;

    void addRoutes();
    // Passwords and administration (AccountService, AdminService).
    void addAccountRoutes();
    void routeAuthed(Protocol::Endpoint endpoint, AuthedHandler handler);
    // The server's view of the device: it has just synced (admins see when, per device).
    void recordSync(const Session &session);
    // Applies due realignments on the worker pool (RealignmentService::applyDue), one round at a time.
    void runScheduledWork();
    // Runs a handler on the worker pool and records its metrics.
    QFuture<QHttpServerResponse> run(const QString &route, const QHttpServerRequest &request, Handler handler);
    QFuture<QHttpServerResponse> runAuthed(const QString &route, const QHttpServerRequest &request,
                                           AuthedHandler handler);

    QHttpServerResponse login(const Request &request);
    QHttpServerResponse logout(const Request &request);
    QHttpServerResponse readiness();
    QHttpServerResponse handshake(const Request &request);
    QHttpServerResponse pull(const Request &request, const Session &session);
    QHttpServerResponse push(const Request &request, const Session &session);

    ServerConfig m_config;
    PgDatabase &m_database;
    AccountService m_accounts;
    AdminService m_admin;
    RealignmentService m_realign;
    PullService m_pull;
    PushService m_push;
    CursorSigner m_cursors;
    Metrics m_metrics;
    QHttpServer m_http;
    ConnectionGuard m_guard;
    QThreadPool m_pool;
    std::atomic<int> m_inFlight{0};
    std::atomic<bool> m_stopping{false};
    QTimer m_scheduler;
    std::atomic<bool> m_scheduling{false};
};

// The JSON error response for a protocol error code.
QHttpServerResponse errorResponse(Protocol::ErrorCode code, const QString &message, const QString &field = {});

} // namespace SalesSync::Server
