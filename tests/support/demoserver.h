#pragma once

#include "core/demo/demodatagenerator.h"
#include "pgtestdatabase.h"

#include <QUrl>

#include <memory>

namespace SalesSync::Server {
class SyncServer;
}

namespace SalesSync::Test {

// For client tests: a fresh PostgreSQL database with a demo organisation of the given size
// (every user's password is the one given) and a salessync-server on it, listening on a free
// loopback port.
class DemoServer final {
public:
    DemoServer(const DemoDataSpec &spec, const QString &password);
    ~DemoServer();

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    PgTestDatabase &pg() { return m_pg; }
    const QUrl &url() const { return m_url; }
    // The username of an agent (the first by username).
    const QString &agent() const { return m_agent; }

private:
    PgTestDatabase m_pg;
    std::unique_ptr<Server::SyncServer> m_server;
    QUrl m_url;
    QString m_agent;
    QString m_error;
};

} // namespace SalesSync::Test
