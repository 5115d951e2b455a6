#include "sync/client/syncengine.h"

#include "core/store/database.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcSync, "salessync.sync", QtInfoMsg)

namespace SalesSync::Sync {

SyncEngine::SyncEngine(Database &database, Settings settings, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_settings(std::move(settings))
    , m_store(database)
    , m_debounce(this) // children, so that moveToThread() takes the timers along
    , m_next(this)
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<PendingSummary>();
    // One thread that never expires: pulled pages are written there, on its own connection.
    m_applyThread.setMaxThreadCount(1);
    m_applyThread.setExpiryTimeout(-1);
    m_debounce.setSingleShot(true);
    m_next.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(&m_next, &QTimer::timeout, this, &SyncEngine::syncNow);
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::start()
{
    ensureApi();
    publishPending();
    schedule(0);
}

void SyncEngine::stop()
{
    m_debounce.stop();
    m_next.stop();
    if (m_running) {
        // Called from inside a round (a queued call the request's wait let through): end the
        // request, and let the round unwind before the network objects go.
        m_stopRequested = true;
        m_api->abort();
        return;
    }
    m_api.reset();
    emit stopped();
}

void SyncEngine::ensureApi()
{
    // Made on the engine's thread, so its network objects live there too; the token survives a
    // stop() and start().
    if (!m_api) {
        m_api = std::make_unique<SyncApi>(m_settings.server, m_settings.requestTimeoutMs);
        m_api->setToken(m_token);
    }
}

void SyncEngine::setToken(const QString &token)
{
    m_token = token;
    ensureApi();
    m_api->setToken(token);
    m_needsLogin = token.isEmpty();
    m_failures = 0;
}

void SyncEngine::notifyLocalChange()
{
    publishPending();
    m_debounce.start(m_settings.debounceMs);
}

void SyncEngine::setOnline(bool online)
{
    if (online == m_online) {
        return;
    }
    m_online = online;
    emit onlineChanged(online);
    if (online) {
        m_failures = 0;
        schedule(0);
    }
}

void SyncEngine::syncNow()
{
    if (!m_api || m_needsLogin) {
        return;
    }
    if (m_running) {
        m_again = true; // one more round when this one ends
        return;
    }
    m_running = true;
    m_debounce.stop();
    m_next.stop();
    QString error;
    Outcome outcome = Outcome::Done;
    do {
        m_again = false;
        outcome = round(&error);
    } while (outcome == Outcome::Done && m_again && !m_stopRequested);
    m_running = false;
    if (m_stopRequested) {
        m_stopRequested = false;
        m_api.reset();
        emit roundFinished(false, tr("Sync was stopped."));
        emit stopped();
        return;
    }
    emit progressChanged(SyncProgress{});
    publishPending();
    switch (outcome) {
    case Outcome::Done:
        m_failures = 0;
        emit roundFinished(true, {});
        schedule(m_settings.intervalMs);
        break;
    case Outcome::Retry: {
        ++m_failures;
        // Exponential backoff with full jitter, or what the server asked for.
        const qint64 ceiling = std::min<qint64>(m_settings.maximumBackoffMs, qint64(m_settings.minimumBackoffMs)
                                                                                 << std::min(m_failures, 16));
        const int wait =
            m_retryAfterMs >= 0
                ? m_retryAfterMs
                : int(std::uniform_int_distribution<qint64>(m_settings.minimumBackoffMs, ceiling)(m_random));
        m_retryAfterMs = -1;
        emit roundFinished(false, error);
        schedule(wait);
        break;
    }
    case Outcome::NeedsLogin:
        m_needsLogin = true;
        emit roundFinished(false, error);
        emit authenticationRequired();
        break;
    case Outcome::Failed:
        emit roundFinished(false, error);
        schedule(m_settings.intervalMs);
        break;
    }
}

void SyncEngine::schedule(int ms)
{
    if (m_api && !m_needsLogin) {
        m_next.start(ms);
    }
}

void SyncEngine::publishPending()
{
    if (const Result<PendingSummary> s = m_store.summary(); s) {
        emit pendingChanged(*s);
    }
}

SyncEngine::Outcome SyncEngine::failure(const ApiReply &reply, QString *error)
{
    *error = reply.errorMessage();
    if (reply.status == 401) {
        return Outcome::NeedsLogin;
    }
    if (reply.transient()) {
        if (reply.status == 0 && m_online) {
            m_online = false;
            emit onlineChanged(false);
        }
        if (reply.retryAfterSeconds >= 0) {
            m_retryAfterMs = reply.retryAfterSeconds * 1000;
        }
        return Outcome::Retry;
    }
    return Outcome::Failed;
}

SyncEngine::Outcome SyncEngine::round(QString *error)
{
    const ApiReply hello = m_api->handshake(m_database.schemaVersion(), m_database.deviceId());
    if (!hello.ok()) {
        return failure(hello, error);
    }
    if (!m_online) {
        m_online = true;
        emit onlineChanged(true);
    }
    const QString epoch = hello.json.value(QStringLiteral("epoch")).toString();
    const QString known = m_store.epoch();
    if (known != epoch) {
        if (!known.isEmpty()) {
            // Restored from a backup or replaced: the old cursor means nothing there. Pending
            // work stays in the outbox and is pushed; everything is pulled again.
            qCWarning(lcSync) << "server epoch changed from" << known << "to" << epoch << "- pulling again";
            emit serverReplaced();
        }
        if (const Status s = m_store.resetCursor(); !s) {
            *error = s.error().message();
            return Outcome::Failed;
        }
        if (const Status s = m_store.setEpoch(epoch); !s) {
            *error = s.error().message();
            return Outcome::Failed;
        }
    }
    if (const Outcome o = pushAll(error); o != Outcome::Done) {
        return o;
    }
    return pullAll(error);
}

SyncEngine::Outcome SyncEngine::pushAll(QString *error)
{
    for (;;) {
        const Result<QList<OutboxOp>> batch = m_store.nextBatch(m_settings.pushBatchOps);
        if (!batch) {
            *error = batch.error().message();
            return Outcome::Failed;
        }
        if (batch->isEmpty()) {
            return Outcome::Done;
        }
        emit progressChanged(SyncProgress{SyncProgress::Phase::Pushing, 0, batch->size(), 0});
        const ApiReply reply = m_api->push(m_store.pushBody(*batch));
        if (!reply.ok()) {
            return failure(reply, error);
        }
        const QJsonArray results = reply.json.value(QStringLiteral("results")).toArray();
        if (const Status s = m_store.recordPushResults(*batch, results); !s) {
            *error = s.error().message();
            return Outcome::Failed;
        }
        // Applied ops change nothing a screen shows; a kept server value or an undone op does.
        QSet<QString> touched;
        for (qsizetype i = 0; i < batch->size() && i < results.size(); ++i) {
            const QJsonObject result = results.at(i).toObject();
            if (result.value(QStringLiteral("status")).toString() != u"applied" ||
                !result.value(QStringLiteral("conflicts")).toArray().isEmpty()) {
                touched.insert(batch->at(i).entity);
            }
        }
        if (!touched.isEmpty()) {
            emit dataChanged(QStringList(touched.cbegin(), touched.cend()));
        }
        publishPending();
    }
}

SyncEngine::Outcome SyncEngine::pullAll(QString *error)
{
    // Three things overlap: the server prepares and sends page N+1 while page N is being parsed
    // here and page N-1 is being written on the apply thread. Pages are written strictly one
    // after the other, each in one transaction with the cursor after it.
    QElapsedTimer clock;
    clock.start();
    SyncProgress progress{SyncProgress::Phase::Pulling, 0, -1, 0};
    QString cursor = m_store.cursor();
    SyncApi::Pending request = m_api->startPull(cursor, m_settings.pullPageRows);
    QFuture<Status> applying;
    qint64 applyingRows = 0;
    bool applyingSnapshot = false;
    QSet<QString> applyingEntities;
    const auto applied = [&]() {
        if (!applying.isValid()) {
            return true;
        }
        const Status s = applying.result();
        applying = {};
        if (!s) {
            *error = s.error().message();
            return false;
        }
        progress.phase = applyingSnapshot ? SyncProgress::Phase::FirstSync : SyncProgress::Phase::Pulling;
        progress.rowsDone += applyingRows;
        progress.rowsTotal = applyingSnapshot ? m_store.snapshotRows() : -1;
        progress.rowsPerSecond = double(progress.rowsDone) * 1000.0 / double(std::max<qint64>(1, clock.elapsed()));
        emit progressChanged(progress);
        if (!applyingEntities.isEmpty()) {
            emit dataChanged(QStringList(applyingEntities.cbegin(), applyingEntities.cend()));
        }
        return true;
    };
    for (;;) {
        const bool snapshot = cursor == u"0:0" || cursor.startsWith(u"S:");
        const ApiReply reply = m_api->wait(request);
        if (!reply.ok()) {
            return applied() ? failure(reply, error) : Outcome::Failed;
        }
        const bool more = reply.json.value(QStringLiteral("has_more")).toBool();
        cursor = reply.json.value(QStringLiteral("cursor")).toString();
        if (more) {
            // Should a page fail to apply, the request after it is cancelled and the stored
            // cursor still points at the failed page.
            request = m_api->startPull(cursor, m_settings.pullPageRows);
        }
        if (!applied()) {
            return Outcome::Failed;
        }
        const QJsonArray changes = reply.json.value(QStringLiteral("changes")).toArray();
        applyingRows = changes.size();
        applyingSnapshot = snapshot;
        applyingEntities.clear();
        for (const QJsonValue &change : changes) {
            applyingEntities.insert(change.toObject().value(QStringLiteral("entity")).toString());
        }
        applying = QtConcurrent::run(&m_applyThread, [this, page = reply.json] { return m_store.applyPullPage(page); });
        if (!more) {
            return applied() ? Outcome::Done : Outcome::Failed;
        }
    }
}

} // namespace SalesSync::Sync
