#include "faultproxy.h"

#include <QPointer>
#include <QTcpSocket>

namespace SalesSync::Sim {

QString faultName(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return QStringLiteral("none");
    case Fault::Refuse:
        return QStringLiteral("refused (offline)");
    case Fault::LoseResponse:
        return QStringLiteral("response lost after the server handled it");
    case Fault::Repeat:
        return QStringLiteral("request repeated");
    case Fault::CutResponse:
        return QStringLiteral("connection dropped in the middle of the response");
    case Fault::Busy:
        return QStringLiteral("503 busy, retry after 1 s");
    }
    return {};
}

qsizetype completeHttpMessage(const QByteArray &data)
{
    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return -1;
    }
    qsizetype length = 0;
    for (const QByteArray &line : data.left(headerEnd).split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.toLower().startsWith("content-length:")) {
            length = trimmed.mid(15).trimmed().toLongLong();
        }
    }
    const qsizetype total = headerEnd + 4 + length;
    return data.size() >= total ? total : -1;
}

namespace {

// The answer with "Connection: close" in place of whatever the server said about the connection.
QByteArray closingResponse(const QByteArray &response)
{
    const qsizetype headerEnd = response.indexOf("\r\n\r\n");
    QList<QByteArray> lines = response.left(headerEnd).split('\n');
    QByteArray out;
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (i > 0 && line.toLower().startsWith("connection:")) {
            continue;
        }
        out += line + "\r\n";
        if (i == 0) {
            out += "Connection: close\r\n";
        }
    }
    return out + "\r\n" + response.mid(headerEnd + 4);
}

} // namespace

FaultProxy::~FaultProxy()
{
    const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>() + m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(); // every connection of its signals, whoever receives them
    }
    qDeleteAll(findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly));
}

FaultProxy::FaultProxy(Decide decide, Log log, QObject *parent)
    : QObject(parent)
    , m_decide(std::move(decide))
    , m_log(std::move(log))
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onConnection);
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FaultProxy::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        connect(client, &QTcpSocket::readyRead, this, [this, client] { onRequestData(client); });
        connect(client, &QTcpSocket::disconnected, this, [this, client] {
            m_exchanges.remove(client);
            client->deleteLater();
        });
        m_exchanges.insert(client, Exchange{});
    }
}

void FaultProxy::onRequestData(QTcpSocket *client)
{
    auto it = m_exchanges.find(client);
    if (it == m_exchanges.end() || it->sends > 0) {
        return;
    }
    it->request += client->readAll();
    const qsizetype length = completeHttpMessage(it->request);
    if (length < 0) {
        return;
    }
    it->request.truncate(length);
    it->decision = m_decide(it->request.left(it->request.indexOf("\r\n")));
    if (it->decision.fault == Fault::Refuse || m_backends.isEmpty()) {
        client->abort();
        return;
    }
    if (it->decision.fault == Fault::Busy) {
        client->write("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Type: application/json\r\n"
                      "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
        client->disconnectFromHost();
        return;
    }
    forward(client);
}

void FaultProxy::forward(QTcpSocket *client)
{
    Exchange &exchange = m_exchanges[client];
    ++exchange.sends;
    const quint16 port = m_backends.at(exchange.decision.backend % m_backends.size());
    auto *backend = new QTcpSocket(this);
    auto response = std::make_shared<QByteArray>();
    QPointer<QTcpSocket> guard(client);
    connect(backend, &QTcpSocket::connected, backend,
            [backend, request = exchange.request] { backend->write(request); });
    connect(backend, &QTcpSocket::readyRead, this, [this, backend, response, guard] {
        *response += backend->readAll();
        const qsizetype length = completeHttpMessage(*response);
        if (length < 0) {
            return;
        }
        response->truncate(length);
        backend->disconnect(this);
        backend->abort();
        backend->deleteLater();
        if (guard) {
            finish(guard, *response);
        }
    });
    connect(backend, &QTcpSocket::errorOccurred, this, [this, backend, guard](QAbstractSocket::SocketError) {
        // The server is down (restarting) or dropped the connection: so does the proxy.
        backend->disconnect(this);
        backend->deleteLater();
        if (guard) {
            m_log(QStringLiteral("backend unreachable: %1").arg(backend->errorString()));
            guard->abort();
        }
    });
    backend->connectToHost(QHostAddress::LocalHost, port);
}

void FaultProxy::finish(QTcpSocket *client, const QByteArray &response)
{
    Exchange &exchange = m_exchanges[client];
    switch (exchange.decision.fault) {
    case Fault::Repeat:
        if (exchange.sends < 2) {
            ++exchange.decision.backend; // the repeat may well reach the other instance
            forward(client);
            return;
        }
        break;
    case Fault::LoseResponse:
        client->abort();
        return;
    case Fault::CutResponse: {
        const QByteArray whole = closingResponse(response);
        client->write(whole.left(qsizetype(double(whole.size()) * exchange.decision.cutAt)));
        client->flush();
        client->abort();
        return;
    }
    case Fault::None:
    case Fault::Refuse:
    case Fault::Busy:
        break;
    }
    client->write(closingResponse(response));
    client->disconnectFromHost();
}

} // namespace SalesSync::Sim
