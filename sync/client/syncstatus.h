#pragma once

#include "sync/client/localsyncstore.h"
#include "sync/client/syncengine.h"

#include <QDateTime>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QString>

namespace SalesSync::Sync {

// What the UI shows about syncing: one object on the UI thread that widgets (and later QML) bind
// to. SyncEngine runs on its own thread, so attach() connects its signals with Qt's default
// connection type, which is queued across threads: every value here is a copy made on the UI
// thread, and no getter ever touches the engine. The on...() slots are public so that tests (and
// a future second engine) can feed it without a server.
//
// Every property has its own NOTIFY signal, emitted only when the value really changed; changed()
// follows once per incoming engine signal that changed anything, for a status bar that redraws
// as a whole.
class SyncStatus final : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool online READ isOnline NOTIFY onlineChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(SalesSync::Sync::SyncProgress progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(int percent READ percent NOTIFY progressChanged)
    Q_PROPERTY(qint64 secondsLeft READ secondsLeft NOTIFY progressChanged)
    Q_PROPERTY(qint64 pendingOps READ pendingOps NOTIFY pendingOpsChanged)
    Q_PROPERTY(QDateTime oldestPending READ oldestPending NOTIFY oldestPendingChanged)
    Q_PROPERTY(qint64 quarantined READ quarantined NOTIFY quarantinedChanged)
    Q_PROPERTY(qint64 openConflicts READ openConflicts NOTIFY openConflictsChanged)
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY lastSuccessChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(bool needsLogin READ needsLogin NOTIFY needsLoginChanged)
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY changed)

public:
    // One word for the status bar's icon, most urgent first: a person has to act (NeedsLogin),
    // nothing can happen (Offline), work in progress (FirstSync, Syncing), the last round failed
    // (Error), all is well (Idle).
    enum class State { Offline, Idle, Syncing, FirstSync, NeedsLogin, Error };
    Q_ENUM(State)

    explicit SyncStatus(QObject *parent = nullptr);

    // Follows this engine (after forgetting the one attached before, if any). The engine must
    // outlive the attachment or be detached first; a destroyed engine's connections go by
    // themselves.
    void attach(SyncEngine *engine);
    void detach();

    bool isOnline() const { return m_online; }
    State state() const { return m_state; }
    const SyncProgress &progress() const { return m_progress; }
    // Rows done of the announced total, 0 to 100; -1 while the total is unknown.
    int percent() const;
    // Seconds until the announced total is reached at the current rate, rounded up; -1 while the
    // total or the rate is unknown.
    qint64 secondsLeft() const;

    qint64 pendingOps() const { return m_pending.pendingOps; }
    QDateTime oldestPending() const { return m_pending.oldestPending; }
    // How long the oldest unsynced change has waited, in seconds (0 for one from the future, as a
    // skewed clock may make it); -1 when nothing is pending.
    qint64 oldestPendingAgeSeconds(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    qint64 quarantined() const { return m_pending.quarantined; }
    qint64 openConflicts() const { return m_pending.openConflicts; }

    // When the last round finished well (UTC); invalid before the first one.
    QDateTime lastSuccess() const { return m_lastSuccess; }
    // Why the last round failed, in plain words; empty after a round that went well.
    QString lastError() const { return m_lastError; }
    bool needsLogin() const { return m_needsLogin; }

    // One short translated line for the status bar, e.g. "Offline — 3 changes waiting".
    QString summaryText() const;

public slots:
    void onProgress(const SalesSync::Sync::SyncProgress &progress);
    void onOnline(bool online);
    void onRoundFinished(bool ok, const QString &error);
    void onPending(const SalesSync::Sync::PendingSummary &summary);
    void onAuthenticationRequired();
    void onServerReplaced();
    // Call once a new token went to the engine (SyncEngine::setToken): the login prompt goes, and
    // so does the error of the round that found the old token rejected.
    void clearNeedsLogin();

signals:
    void onlineChanged(bool online);
    void stateChanged(SalesSync::Sync::SyncStatus::State state);
    void progressChanged();
    void pendingOpsChanged();
    void oldestPendingChanged();
    void quarantinedChanged();
    void openConflictsChanged();
    void lastSuccessChanged();
    void lastErrorChanged();
    void needsLoginChanged();
    // Any of the above changed (once per update, after the specific signals).
    void changed();
    // Relayed from the engine: the server's history was replaced (restored from a backup) and
    // everything is pulled again. Worth telling the person, since the data may step back.
    void serverReplaced();

private:
    State computeState() const;
    // Recomputes the state and emits stateChanged and changed(); anythingChanged says whether a
    // property was updated before the call.
    void publish(bool anythingChanged);
    bool setLastError(const QString &error);
    bool setNeedsLogin(bool needsLogin);

    QList<QMetaObject::Connection> m_connections;
    bool m_online = true; // as the engine assumes until a request fails
    State m_state = State::Idle;
    SyncProgress m_progress;
    PendingSummary m_pending;
    QDateTime m_lastSuccess;
    QString m_lastError;
    // The error of the round that ended in a 401, so that clearNeedsLogin() can take it away
    // without hiding a different error that came later.
    QString m_loginError;
    bool m_needsLogin = false;
};

} // namespace SalesSync::Sync
