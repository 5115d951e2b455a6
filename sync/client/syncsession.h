#pragma once

#include "core/result.h"
#include "sync/client/localsyncstore.h"
#include "sync/client/networkwatcher.h"
#include "sync/client/syncengine.h"
#include "sync/client/syncstatus.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace SalesSync {
class Database;
}

namespace SalesSync::Sync {

class CredentialStore;

// Syncing for one profile (a server and a user, one data file), as the app runs it: the engine on
// a thread of its own, the network watcher telling it when the network comes back, the status
// the UI shows, and the token kept in the credential store between sessions. Lives on the UI
// thread; nothing here blocks it.
//
// Leaving (sign-out, switching profile, removing the data) never loses unsynced work:
// prepareToLeave() pushes what it can and says what is left; signOut() refuses while something
// is left, unless the person chose to discard it (after exporting it with
// LocalSyncStore::exportUnsynced()).
class SyncSession final : public QObject {
    Q_OBJECT

public:
    SyncSession(Database &database, CredentialStore &credentials, SyncEngine::Settings settings,
                QObject *parent = nullptr);
    ~SyncSession() override;

    SyncStatus *status() { return &m_status; }
    const QString &username() const { return m_username; }

    // Where, and with which token, screens that call the server directly (administration) send
    // their requests. The token is empty before a sign-in and after a sign-out.
    struct ServerAccess {
        QUrl server;
        QString token;
        int timeoutMs = 0;
    };
    ServerAccess serverAccess() const { return {m_settings.server, m_token, m_settings.requestTimeoutMs}; }

    // Signs in with a password (the request runs on the engine's thread); signedIn() follows.
    // On success the token goes to the credential store and syncing starts.
    void signIn(const QString &username, const QString &password);
    // Starts syncing with the token kept from an earlier sign-in: true when there was one. Work
    // goes on offline either way; without a token the person signs in when the server is there.
    Result<bool> resume(const QString &username);

    void syncNow();
    void notifyLocalChange();

    // Pushes what can be pushed now; readyToLeave() follows with what is still unsynced.
    void prepareToLeave();
    // Forgets the token (credential store and server) and stops syncing. Refused while changes
    // are unsynced, unless discardUnsynced (the person saw the warning, and exported them).
    Status signOut(bool discardUnsynced);

signals:
    // ok with an error: signed in, but the token could not be kept (no keychain): the sign-in
    // lasts until the app quits.
    void signedIn(bool ok, const QString &error);
    // Before signedIn(false, …): the password is an initial one; the person chooses their own
    // (POST /v1/auth/password) and signs in with it.
    void passwordChangeRequired();
    void readyToLeave(const SalesSync::Sync::PendingSummary &unsynced);
    // The engine changed rows of these entities in the data file (SyncEngine::dataChanged).
    void dataChanged(const QStringList &entities);

private:
    void startEngine(const QString &token);
    void pushThenReport();

    Database &m_database;
    CredentialStore &m_credentials;
    SyncEngine::Settings m_settings;
    QString m_username;
    QString m_token; // in memory only, for the sign-out request
    QThread m_thread;
    SyncEngine *m_engine = nullptr; // lives on m_thread
    SyncStatus m_status;
    NetworkWatcher m_network;
};

} // namespace SalesSync::Sync
