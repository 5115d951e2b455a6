#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

class QTcpServer;

namespace SalesSync::Server {

// Keeps sockets alive until the answers the server owes have been written. Qt HttpServer 6.4
// deletes a socket as soon as its client disconnects, even while a worker thread is still
// preparing the answer to a request from it; writing that answer afterwards touched freed memory
// and crashed the server (a client that timed out or was killed mid-request was enough).
//
// Each request answered from a worker takes a ticket (open(), in the route handler); the worker
// writes the ticket into its answer, and the after-request hook, which Qt calls on the server's
// thread just before writing the answer, hands it back (answered()). A socket Qt wants to delete
// while tickets opened before that moment are out waits until they are all answered. Qt 6.4 does
// not say which connection a request came in on, so the rule is by time, not by connection: it
// holds back a few deletions a little longer, never one too early.
class ConnectionGuard final : public QObject {
public:
    using QObject::QObject;

    // Watches the sockets of a listening server; connect before QHttpServer::bind() so that each
    // new socket is seen before the HTTP server takes it.
    void watch(QTcpServer *server);

    quint64 open();
    // The tickets still out, for the after-request hook to find the one an answer carries.
    const QSet<quint64> &outstanding() const { return m_outstanding; }
    void answered(quint64 ticket);
    // Bytes of answers still waiting in the watched sockets' buffers (for a shutdown to flush).
    qint64 unwrittenBytes() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void deleteWhatMayGo();

    quint64 m_issued = 0;
    QSet<quint64> m_outstanding;
    QHash<QObject *, quint64> m_heldBack; // socket -> the last ticket issued when Qt asked to delete it
    QSet<QObject *> m_watched;
};

} // namespace SalesSync::Server
