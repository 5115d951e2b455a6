#pragma once

#include "core/domain/user.h"
#include "ui/profilestore.h"

#include <QObject>
#include <QThreadPool>

#include <memory>

namespace SalesSync {

class Database;

namespace Sync {
class CredentialStore;
class SyncSession;
} // namespace Sync

// An open profile: its data file, its syncing (none for the local-only demo workspace), who is
// signed in, and the worker threads screens read on. Screens never talk to each other: one that
// changes data calls localChange(), and every screen hears dataChanged(), as it does for changes
// the sync engine pulled.
class Workspace final : public QObject {
    Q_OBJECT

public:
    // credentials null: a local-only profile, no syncing.
    Workspace(Profile profile, std::unique_ptr<Database> database, Sync::CredentialStore *credentials,
              QObject *parent = nullptr);
    ~Workspace() override;

    const Profile &profile() const { return m_profile; }
    Database &database() { return *m_database; }
    // Null for a local-only profile.
    Sync::SyncSession *sync() const { return m_sync.get(); }
    Sync::CredentialStore *credentials() const { return m_credentials; }
    // Where screens run their queries. Waited for before the data file closes.
    QThreadPool *pool() { return &m_pool; }
    // One thread for writes that must land in the order they were made (text saved as it is
    // typed): a later save never overtakes an earlier one.
    QThreadPool *serialWrites() { return &m_serialWrites; }

    // The signed-in user (from the local users table; empty before the first sign-in).
    QString userId() const;
    std::optional<User> user();
    // The signed-in user's agent id; empty when the user is not an agent.
    QString agentId();

    // A screen wrote these entities ("visit", "customer", ...): tells the other screens, and the
    // sync engine that there is something to push.
    void localChange(const QStringList &entities);

signals:
    // Rows of these entities changed, here or through sync. Screens showing them reload.
    void dataChanged(const QStringList &entities);

private:
    Profile m_profile;
    std::unique_ptr<Database> m_database;
    Sync::CredentialStore *m_credentials = nullptr;
    std::unique_ptr<Sync::SyncSession> m_sync;
    std::optional<QString> m_agentId; // cached, also when the user is no agent
    QString m_agentUserId;            // whose agent id m_agentId is
    QThreadPool m_serialWrites;
    QThreadPool m_pool; // declared last: destroyed (waiting for its work) first
};

} // namespace SalesSync
