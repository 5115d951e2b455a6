#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace SalesSync::Sim {

// What the network does to one HTTP exchange between a client and the servers.
enum class Fault {
    None,
    Refuse,       // no connection: the client is offline
    LoseResponse, // the server handles the request, the answer never arrives
    Repeat,       // the request reaches the servers twice; the second answer comes back
    CutResponse,  // the answer breaks off part of the way through
    Busy,         // the proxy answers "503 Service Unavailable" with Retry-After: 1 itself
};

QString faultName(Fault fault);

// A loopback HTTP proxy in front of the sync servers, one per simulated client. Each request
// goes to one of the live backends (two server instances behind one address) and suffers the
// fault the decide callback picks for it. One request per connection: the answer says
// "Connection: close", so a client never reuses a connection the proxy is about to break.
class FaultProxy final : public QObject {
    Q_OBJECT

public:
    struct Decision {
        Fault fault = Fault::None;
        int backend = 0;    // index into the live backends
        double cutAt = 0.5; // CutResponse: the share of the answer that gets through
    };
    using Decide = std::function<Decision(const QByteArray &requestLine)>;
    using Log = std::function<void(const QString &event)>;

    FaultProxy(Decide decide, Log log, QObject *parent = nullptr);
    // Closes the connections still open while the proxy's own state still exists (a socket that
    // disconnects as a child being deleted would otherwise reach the proxy's destroyed members).
    ~FaultProxy() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    // The ports of the servers that are up now.
    void setBackends(QList<quint16> ports) { m_backends = std::move(ports); }

private:
    struct Exchange {
        QByteArray request;
        Decision decision;
        int sends = 0; // how often the request went to a backend
    };

    void onConnection();
    void onRequestData(QTcpSocket *client);
    void forward(QTcpSocket *client);
    void finish(QTcpSocket *client, const QByteArray &response);

    Decide m_decide;
    Log m_log;
    QTcpServer m_server;
    QList<quint16> m_backends;
    QHash<QTcpSocket *, Exchange> m_exchanges;
};

// The length of a complete HTTP message at the start of data (headers plus Content-Length
// body), or -1 while it is incomplete.
qsizetype completeHttpMessage(const QByteArray &data);

} // namespace SalesSync::Sim
