#include "ui/workspace.h"

#include "core/repositories/userrepository.h"
#include "core/store/database.h"
#include "sync/client/syncsession.h"

namespace SalesSync {

Workspace::Workspace(Profile profile, std::unique_ptr<Database> database, Sync::CredentialStore *credentials,
                     QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_database(std::move(database))
    , m_credentials(credentials)
{
    m_pool.setMaxThreadCount(2);
    m_serialWrites.setMaxThreadCount(1);
    if (m_credentials && !m_profile.isLocalOnly()) {
        Sync::SyncEngine::Settings settings;
        settings.server = m_profile.server;
        m_sync = std::make_unique<Sync::SyncSession>(*m_database, *m_credentials, settings);
        connect(m_sync.get(), &Sync::SyncSession::dataChanged, this, &Workspace::dataChanged);
    }
    // Who the agent is can change with the data (the first sync brings the agents table).
    connect(this, &Workspace::dataChanged, this, [this](const QStringList &entities) {
        if (entities.contains(u"agent") || entities.contains(u"user")) {
            m_agentId.reset();
        }
    });
}

Workspace::~Workspace()
{
    // Screens' queries first, then syncing, then the file.
    m_pool.waitForDone();
    m_serialWrites.waitForDone();
    m_sync.reset();
}

QString Workspace::userId() const
{
    return m_database->actorUserId();
}

std::optional<User> Workspace::user()
{
    Result<User> u = UserRepository(*m_database).get(userId());
    return u ? std::optional<User>(*std::move(u)) : std::nullopt;
}

QString Workspace::agentId()
{
    const QString user = userId();
    if (user != m_agentUserId || !m_agentId) {
        const Result<Agent> agent = UserRepository(*m_database).agentForUser(user);
        m_agentId = agent ? agent->id : QString();
        m_agentUserId = user;
    }
    return *m_agentId;
}

void Workspace::localChange(const QStringList &entities)
{
    if (m_sync) {
        m_sync->notifyLocalChange();
    }
    emit dataChanged(entities);
}

} // namespace SalesSync
