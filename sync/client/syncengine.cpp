#include "sync/client/syncengine.h"

#include "core/kpi/kpiaggregates.h"
#include "core/store/database.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcSyncEngine, "salessync.sync.engine", QtInfoMsg)

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

SyncEngine::Outcome SyncEngine::restartPull(QString *error)
{
    qCWarning(lcSyncEngine) << "the server refused the stored cursor - pulling everything again";
    if (const Status s = m_store.resetCursor(); !s) {
        return storeFailed(s.error(), error);
    }
    *error = tr("The server did not recognise this computer's sync position; everything is pulled again.");
    return Outcome::Retry;
}

SyncEngine::Outcome SyncEngine::unreadable(const Error &error, QString *message)
{
    *message = tr("The server's answer could not be read: %1").arg(error.message());
    qCWarning(lcSyncEngine).noquote() << *message;
    return Outcome::Failed;
}

SyncEngine::Outcome SyncEngine::storeFailed(const Error &error, QString *message)
{
    *message = error.message();
    return Outcome::Failed;
}

SyncEngine::Outcome SyncEngine::round(QString *error)
{
    Protocol::HandshakeRequest hello;
    hello.clientVersion = QCoreApplication::applicationVersion();
    hello.schemaVersion = m_database.schemaVersion();
    hello.deviceId = m_database.deviceId();
    const ApiReply reply = m_api->handshake(hello);
    if (!reply.ok()) {
        return failure(reply, error);
    }
    const Result<Protocol::HandshakeResponse> server = Protocol::HandshakeResponse::fromJson(reply.json);
    if (!server) {
        return unreadable(server.error(), error);
    }
    if (!m_online) {
        m_online = true;
        emit onlineChanged(true);
    }
    if (const Outcome o = checkEpoch(server->epoch, error); o != Outcome::Done) {
        return o;
    }
    if (const Outcome o = pushAll(error); o != Outcome::Done) {
        return o;
    }
    const Outcome pulled = pullAll(error);
    if (pulled != Outcome::Done) {
        return pulled;
    }
    if (!prepareFigures(error)) {
        return Outcome::Failed;
    }
    reportStatus();
    return pulled;
}

bool SyncEngine::prepareFigures(QString *error)
{
    const Result<bool> live = KpiAggregates::isLive(m_database.connection());
    if (live && *live) {
        return true;
    }
    const Status s = KpiAggregates::rebuild(m_database, [this](int done, int steps) {
        emit progressChanged(SyncProgress{SyncProgress::Phase::PreparingFigures, done, steps, 0});
        return !m_stopRequested;
    });
    emit progressChanged(SyncProgress{});
    if (!s) {
        *error = s.error().message();
        return false;
    }
    return true;
}

void SyncEngine::reportStatus()
{
    const Result<PendingSummary> summary = m_store.summary();
    const Result<QStringList> customers = summary ? m_store.pendingCustomers() : Result<QStringList>(summary.error());
    if (!customers) {
        qCWarning(lcSyncEngine) << "cannot read what is still pending:" << customers.error().message();
        return;
    }
    Protocol::DeviceStatusRequest status;
    status.deviceId = m_database.deviceId();
    status.clientVersion = QCoreApplication::applicationVersion().left(32);
    status.pendingOps = summary->pendingOps;
    status.pendingCustomerIds = customers->mid(0, Protocol::DeviceStatusRequest::kMaximumCustomers);
    // Only for the administrators' view of this device: the round has succeeded either way (an
    // older server does not know the endpoint).
    if (const ApiReply reply = m_api->deviceStatus(status); !reply.ok()) {
        qCInfo(lcSyncEngine) << "the server did not take this device's status:" << reply.errorMessage();
    }
}

SyncEngine::Outcome SyncEngine::checkEpoch(const QString &epoch, QString *error)
{
    const Result<QString> known = m_store.epoch();
    if (!known) {
        return storeFailed(known.error(), error);
    }
    if (*known == epoch) {
        return Outcome::Done;
    }
    if (!known->isEmpty()) {
        // Restored from a backup or replaced: the old cursor means nothing there. Pending
        // work stays in the outbox and is pushed; everything is pulled again.
        qCWarning(lcSyncEngine) << "server epoch changed from" << *known << "to" << epoch << "- pulling again";
        emit serverReplaced();
    }
    if (const Status s = m_store.resetCursor(); !s) {
        return storeFailed(s.error(), error);
    }
    if (const Status s = m_store.setEpoch(epoch); !s) {
        return storeFailed(s.error(), error);
    }
    return Outcome::Done;
}

SyncEngine::Outcome SyncEngine::pushAll(QString *error)
{
    for (;;) {
        const Result<QList<OutboxOp>> batch = m_store.nextBatch(m_settings.pushBatchOps);
        if (!batch) {
            return storeFailed(batch.error(), error);
        }
        if (batch->isEmpty()) {
            return Outcome::Done;
        }
        const Result<Protocol::PushRequest> request = m_store.pushRequest(*batch);
        if (!request) {
            return storeFailed(request.error(), error);
        }
        emit progressChanged(SyncProgress{SyncProgress::Phase::Pushing, 0, batch->size(), 0});
        const ApiReply reply = m_api->push(*request);
        if (!reply.ok()) {
            return failure(reply, error);
        }
        const Result<Protocol::PushResponse> response = Protocol::PushResponse::fromJson(reply.json);
        if (!response) {
            return unreadable(response.error(), error);
        }
        if (const Status s = m_store.recordPushResults(*batch, response->results); !s) {
            return storeFailed(s.error(), error);
        }
        // Applied ops change nothing a screen shows; a kept server value or an undone op does.
        QSet<QString> touched;
        for (qsizetype i = 0; i < batch->size(); ++i) {
            const Protocol::OpResult &result = response->results.at(i);
            if (result.status != Protocol::OpStatus::Applied || !result.conflicts.isEmpty()) {
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
    // here and page N-1 is being read and written on the apply thread. Pages are written
    // strictly one after the other, each in one transaction with the cursor after it.
    QElapsedTimer clock;
    clock.start();
    SyncProgress progress{SyncProgress::Phase::Pulling, 0, -1, 0};
    const Result<QString> start = m_store.cursor();
    if (!start) {
        return storeFailed(start.error(), error);
    }
    Protocol::PullRequest next{*start, m_settings.pullPageRows};
    SyncApi::Pending request = m_api->startPull(next);
    QFuture<Status> applying;
    auto page = std::make_shared<AppliedPage>(); // what the page being applied brought
    bool applyingSnapshot = false;
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
        const Result<qint64> total = applyingSnapshot ? m_store.snapshotRows() : Result<qint64>(-1);
        progress.phase = applyingSnapshot ? SyncProgress::Phase::FirstSync : SyncProgress::Phase::Pulling;
        progress.rowsDone += page->rows;
        progress.rowsTotal = total ? *total : -1;
        progress.rowsPerSecond = double(progress.rowsDone) * 1000.0 / double(std::max<qint64>(1, clock.elapsed()));
        emit progressChanged(progress);
        if (!page->entities.isEmpty()) {
            emit dataChanged(page->entities);
        }
        return true;
    };
    for (;;) {
        const bool snapshot =
            next.cursor == QLatin1StringView(Protocol::PullRequest::kStartCursor) || next.cursor.startsWith(u"S:");
        const ApiReply reply = m_api->wait(request);
        if (!reply.ok() && reply.status == 400 && reply.errorField() == u"cursor") {
            // The server does not know this position (signed by an earlier server, or made for
            // someone else): start again from the beginning; pending work stays in the outbox.
            return applied() ? restartPull(error) : Outcome::Failed;
        }
        if (!reply.ok()) {
            return applied() ? failure(reply, error) : Outcome::Failed;
        }
        Result<Protocol::PullResponse> header = Protocol::PullResponse::headerFromJson(reply.json);
        if (!header) {
            return applied() ? unreadable(header.error(), error) : Outcome::Failed;
        }
        next.cursor = header->cursor;
        if (header->hasMore) {
            // Should a page fail to apply, the request after it is cancelled and the stored
            // cursor still points at the failed page.
            request = m_api->startPull(next);
        }
        if (!applied()) {
            return Outcome::Failed;
        }
        applyingSnapshot = snapshot;
        const bool more = header->hasMore;
        applying = QtConcurrent::run(&m_applyThread,
                                     [this, page, snapshot, read = *std::move(header), json = reply.json]() mutable {
                                         return applyPage(std::move(read), json, snapshot, *page);
                                     });
        if (!more) {
            return applied() ? Outcome::Done : Outcome::Failed;
        }
    }
}

Status SyncEngine::applyPage(Protocol::PullResponse page, const QJsonObject &json, bool snapshot, AppliedPage &done)
{
    Result<QList<Protocol::RowChange>> changes = Protocol::PullResponse::changesFromJson(json);
    if (!changes) {
        return Error(ErrorCode::Storage,
                     tr("The server's answer could not be read: %1").arg(changes.error().message()));
    }
    page.changes = *std::move(changes);
    if (const Status s = m_store.applyPullPage(page, snapshot); !s) {
        return s;
    }
    done.rows = page.changes.size();
    QSet<QString> entities;
    for (const Protocol::RowChange &change : std::as_const(page.changes)) {
        entities.insert(change.entity);
    }
    done.entities = QStringList(entities.cbegin(), entities.cend());
    return {};
}

} // namespace SalesSync::Sync
