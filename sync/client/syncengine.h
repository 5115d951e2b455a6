#pragma once

#include "sync/client/localsyncstore.h"
#include "sync/client/syncapi.h"

#include <QDateTime>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <random>

namespace SalesSync {
class Database;
}

namespace SalesSync::Sync {

// What the engine is doing, for the UI (SyncStatus) and for tests.
struct SyncProgress {
    enum class Phase { Idle, Pushing, Pulling, FirstSync, PreparingFigures };
    Phase phase = Phase::Idle;
    qint64 rowsDone = 0;   // rows received in this pull run
    qint64 rowsTotal = -1; // during a first sync: the rows the snapshot will send
                           // (preparing figures: rowsDone of rowsTotal steps)
    double rowsPerSecond = 0;
};

// The client sync engine. Lives on its own thread (moveToThread), never the UI's: every slot runs
// there, and its signals reach the UI queued. One round = handshake, push the outbox in batches,
// pull until the server has no more. Rounds start on "sync now", a debounced local change, a
// timer, and the network coming back; failures back off exponentially with jitter and honour
// Retry-After. A 401 stops the rounds until a new token is given; no pending work is touched.
class SyncEngine final : public QObject {
    Q_OBJECT

public:
    struct Settings {
        QUrl server;
        int pushBatchOps = 500;
        int pullPageRows = 10000; // the server's maximum: fewer commits on a first sync
        int debounceMs = 2000;    // after a local change
        // Between rounds when idle: how long a change from elsewhere may take to show up. An idle
        // round is a handshake and an empty pull page (two indexed lookups on the server).
        int intervalMs = 15000;
        int minimumBackoffMs = 2000;
        int maximumBackoffMs = 300000;
        int requestTimeoutMs = 60000;
    };

    SyncEngine(Database &database, Settings settings, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Whether a round is in progress (ask on the engine's thread).
    bool isRunning() const { return m_running; }

public slots:
    // Starts the timers (call on the engine's thread, e.g. via QThread::started).
    void start();
    // Stops the timers and drops the connection; stopped() follows, at once when idle, or when
    // the round in progress has unwound. Destroy the engine (on its thread) only after stopped().
    void stop();
    void setToken(const QString &token);
    void syncNow();
    void notifyLocalChange();
    void setOnline(bool online);

signals:
    void progressChanged(const SalesSync::Sync::SyncProgress &progress);
    void onlineChanged(bool online);
    // A round finished: ok, or the error in plain words.
    void roundFinished(bool ok, const QString &error);
    void pendingChanged(const SalesSync::Sync::PendingSummary &summary);
    // Rows of these entities ("customers", "visits", ...) changed in the local file: a pulled page
    // was written, or the server's answer to a push changed or undid local rows. Screens reload.
    void dataChanged(const QStringList &entities);
    void authenticationRequired();
    // The server's data history changed (restored from a backup): the local cursor was reset.
    void serverReplaced();
    void stopped();

private:
    enum class Outcome { Done, Retry, NeedsLogin, Failed };
    // What applying one pulled page did, for progress and the screens.
    struct AppliedPage {
        qint64 rows = 0;
        QStringList entities;
    };
    Outcome round(QString *error);
    // Tells the server what this device still holds unsynced after a round (best effort).
    void reportStatus();
    Outcome checkEpoch(const QString &epoch, QString *error);
    Outcome pushAll(QString *error);
    Outcome pullAll(QString *error);
    // Rebuilds the dashboard's aggregates when a first sync suspended them, with progress.
    bool prepareFigures(QString *error);
    // On the apply thread: reads a page's rows and writes them; done says what it brought.
    Status applyPage(Protocol::PullResponse page, const QJsonObject &json, bool snapshot, AppliedPage &done);
    Outcome failure(const ApiReply &reply, QString *error);
    // The server refused the stored cursor: forget it, so that the next round pulls from the start.
    Outcome restartPull(QString *error);
    static Outcome unreadable(const Error &error, QString *message);
    static Outcome storeFailed(const Error &error, QString *message);
    void schedule(int ms);
    void publishPending();
    void ensureApi();

    Database &m_database;
    Settings m_settings;
    LocalSyncStore m_store;
    QThreadPool m_applyThread; // writes pulled pages while the next one downloads
    std::unique_ptr<SyncApi> m_api;
    QString m_token;
    QTimer m_debounce;
    QTimer m_next;
    bool m_online = true;
    bool m_needsLogin = false;
    bool m_running = false;
    bool m_again = false;
    bool m_stopRequested = false;
    int m_failures = 0;
    int m_retryAfterMs = -1;
    std::mt19937 m_random{std::random_device{}()};
};

} // namespace SalesSync::Sync

Q_DECLARE_METATYPE(SalesSync::Sync::SyncProgress)
Q_DECLARE_METATYPE(SalesSync::Sync::PendingSummary)
