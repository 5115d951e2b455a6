#include "sync/server/connectionguard.h"

#include <QEvent>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

namespace SalesSync::Server {

void ConnectionGuard::watch(QTcpServer *server)
{
    connect(server, &QTcpServer::pendingConnectionAvailable, this, [this, server] {
        // The pending sockets are the server's children; the HTTP server takes them next.
        for (QTcpSocket *socket : server->findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly)) {
            if (!m_watched.contains(socket)) {
                m_watched.insert(socket);
                socket->installEventFilter(this);
                connect(socket, &QObject::destroyed, this, [this, socket] {
                    m_watched.remove(socket);
                    m_heldBack.remove(socket);
                });
            }
        }
    });
}

quint64 ConnectionGuard::open()
{
    m_outstanding.insert(++m_issued);
    return m_issued;
}

void ConnectionGuard::answered(quint64 ticket)
{
    m_outstanding.remove(ticket);
    // Qt writes the answer right after this hook returns; delete what may go once it has.
    QMetaObject::invokeMethod(this, &ConnectionGuard::deleteWhatMayGo, Qt::QueuedConnection);
}

qint64 ConnectionGuard::unwrittenBytes() const
{
    qint64 bytes = 0;
    for (QObject *watched : m_watched) {
        if (const auto *socket = qobject_cast<QAbstractSocket *>(watched);
            socket && socket->state() == QAbstractSocket::ConnectedState) {
            bytes += socket->bytesToWrite();
            if (const auto *tls = qobject_cast<const QSslSocket *>(socket)) {
                bytes += tls->encryptedBytesToWrite();
            }
        }
    }
    return bytes;
}

bool ConnectionGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DeferredDelete && !m_outstanding.isEmpty()) {
        m_heldBack.insert(watched, m_issued);
        return true; // not yet: an answer may still be owed on it
    }
    return false;
}

void ConnectionGuard::deleteWhatMayGo()
{
    const quint64 oldest =
        m_outstanding.isEmpty() ? m_issued + 1 : *std::min_element(m_outstanding.cbegin(), m_outstanding.cend());
    for (auto it = m_heldBack.begin(); it != m_heldBack.end();) {
        if (it.value() < oldest) {
            QObject *socket = it.key();
            it = m_heldBack.erase(it);
            m_watched.remove(socket);
            delete socket;
        } else {
            ++it;
        }
    }
}

} // namespace SalesSync::Server
