#include "demoserver.h"

#include "sync/server/passwordhasher.h"
#include "sync/server/syncserver.h"

namespace SalesSync::Test {

DemoServer::DemoServer(const DemoDataSpec &spec, const QString &password)
{
    if (!m_pg.isValid()) {
        m_error = m_pg.errorString();
        return;
    }
    if (!Server::PasswordHasher::initialise()) {
        m_error = QStringLiteral("libsodium did not initialise");
        return;
    }
    if (const Result<DemoDataCounts> counts = m_pg.seedDemo(spec, password); !counts) {
        m_error = counts.error().message();
        return;
    }
    m_agent = m_pg.userWhere(QStringLiteral("role = 'agent'")).username;
    Server::ServerConfig config;
    config.port = 0;
    m_server = std::make_unique<Server::SyncServer>(config, m_pg.db());
    const Result<quint16> port = m_server->listen();
    if (!port) {
        m_error = port.error().message();
        return;
    }
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(*port));
}

DemoServer::~DemoServer() = default;

} // namespace SalesSync::Test
