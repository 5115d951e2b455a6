#include "sync/client/syncstatus.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace SalesSync::Sync {

namespace {

bool sameProgress(const SyncProgress &a, const SyncProgress &b)
{
    return a.phase == b.phase && a.rowsDone == b.rowsDone && a.rowsTotal == b.rowsTotal &&
           a.rowsPerSecond == b.rowsPerSecond;
}

// tr()'s %n takes an int; counts of pending changes fit, but clamp rather than wrap.
int clampToInt(qint64 n)
{
    return int(std::clamp<qint64>(n, 0, std::numeric_limits<int>::max()));
}

QString durationText(qint64 seconds)
{
    if (seconds < 60) {
        return SyncStatus::tr("%n second(s)", "", clampToInt(seconds));
    }
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 60) {
        return SyncStatus::tr("%n minute(s)", "", clampToInt(minutes));
    }
    return SyncStatus::tr("%1 h %2 min").arg(QLocale().toString(minutes / 60), QLocale().toString(minutes % 60));
}

// Today's time alone, or date and time for an older sync, in the person's format.
QString whenText(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate()) {
        return locale.toString(local.time(), QLocale::ShortFormat);
    }
    return locale.toString(local, QLocale::ShortFormat);
}

} // namespace

SyncStatus::SyncStatus(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<PendingSummary>();
}

void SyncStatus::attach(SyncEngine *engine)
{
    detach();
    if (!engine) {
        return;
    }
    // Default connection type: queued, since the engine lives on its own thread.
    m_connections = {
        connect(engine, &SyncEngine::progressChanged, this, &SyncStatus::onProgress),
        connect(engine, &SyncEngine::onlineChanged, this, &SyncStatus::onOnline),
        connect(engine, &SyncEngine::roundFinished, this, &SyncStatus::onRoundFinished),
        connect(engine, &SyncEngine::pendingChanged, this, &SyncStatus::onPending),
        connect(engine, &SyncEngine::authenticationRequired, this, &SyncStatus::onAuthenticationRequired),
        connect(engine, &SyncEngine::serverReplaced, this, &SyncStatus::onServerReplaced),
    };
}

void SyncStatus::detach()
{
    // Disconnecting by handle is safe from this thread and after the engine is gone.
    for (const QMetaObject::Connection &c : std::as_const(m_connections)) {
        disconnect(c);
    }
    m_connections.clear();
}

int SyncStatus::percent() const
{
    if (m_progress.rowsTotal <= 0) {
        return -1;
    }
    // The total is the server's announcement; a few rows more may arrive, so never pass 100.
    const qint64 done = std::clamp<qint64>(m_progress.rowsDone, 0, m_progress.rowsTotal);
    return int(done * 100 / m_progress.rowsTotal);
}

qint64 SyncStatus::secondsLeft() const
{
    if (m_progress.rowsTotal < 0 || !(m_progress.rowsPerSecond > 0)) {
        return -1;
    }
    const qint64 remaining = std::max<qint64>(0, m_progress.rowsTotal - m_progress.rowsDone);
    return qint64(std::ceil(double(remaining) / m_progress.rowsPerSecond));
}

qint64 SyncStatus::oldestPendingAgeSeconds(const QDateTime &now) const
{
    if (!m_pending.oldestPending.isValid()) {
        return -1;
    }
    return std::max<qint64>(0, m_pending.oldestPending.secsTo(now));
}

SyncStatus::State SyncStatus::computeState() const
{
    if (m_needsLogin) {
        return State::NeedsLogin;
    }
    if (!m_online) {
        return State::Offline;
    }
    switch (m_progress.phase) {
    case SyncProgress::Phase::FirstSync:
        return State::FirstSync;
    case SyncProgress::Phase::Pushing:
    case SyncProgress::Phase::Pulling:
    case SyncProgress::Phase::PreparingFigures:
        return State::Syncing;
    case SyncProgress::Phase::Idle:
        break;
    }
    return m_lastError.isEmpty() ? State::Idle : State::Error;
}

void SyncStatus::publish(bool anythingChanged)
{
    if (const State state = computeState(); state != m_state) {
        m_state = state;
        emit stateChanged(state);
        anythingChanged = true;
    }
    if (anythingChanged) {
        emit changed();
    }
}

bool SyncStatus::setLastError(const QString &error)
{
    if (error == m_lastError) {
        return false;
    }
    m_lastError = error;
    emit lastErrorChanged();
    return true;
}

bool SyncStatus::setNeedsLogin(bool needsLogin)
{
    if (needsLogin == m_needsLogin) {
        return false;
    }
    m_needsLogin = needsLogin;
    emit needsLoginChanged();
    return true;
}

void SyncStatus::onProgress(const SyncProgress &progress)
{
    if (sameProgress(progress, m_progress)) {
        return;
    }
    m_progress = progress;
    emit progressChanged();
    publish(true);
}

void SyncStatus::onOnline(bool online)
{
    if (online == m_online) {
        return;
    }
    m_online = online;
    emit onlineChanged(online);
    publish(true);
}

void SyncStatus::onRoundFinished(bool ok, const QString &error)
{
    bool any = false;
    if (ok) {
        m_lastSuccess = QDateTime::currentDateTimeUtc();
        emit lastSuccessChanged();
        any = true;
        any |= setLastError({});
        // A round only runs with a token the server accepted, so a login prompt still showing is
        // stale (the app gave a new token and did not call clearNeedsLogin).
        any |= setNeedsLogin(false);
        m_loginError.clear();
    } else {
        any |= setLastError(error.isEmpty() ? tr("The sync round failed for an unknown reason.") : error);
    }
    publish(any);
}

void SyncStatus::onPending(const PendingSummary &summary)
{
    bool any = false;
    if (summary.pendingOps != m_pending.pendingOps) {
        m_pending.pendingOps = summary.pendingOps;
        emit pendingOpsChanged();
        any = true;
    }
    if (summary.oldestPending != m_pending.oldestPending) {
        m_pending.oldestPending = summary.oldestPending;
        emit oldestPendingChanged();
        any = true;
    }
    if (summary.quarantined != m_pending.quarantined) {
        m_pending.quarantined = summary.quarantined;
        emit quarantinedChanged();
        any = true;
    }
    if (summary.openConflicts != m_pending.openConflicts) {
        m_pending.openConflicts = summary.openConflicts;
        emit openConflictsChanged();
        any = true;
    }
    publish(any);
}

void SyncStatus::onAuthenticationRequired()
{
    // The engine reports the failed round (with the server's "sign in again" message) just
    // before this signal; remember that message so clearNeedsLogin() can take it away.
    m_loginError = m_lastError;
    publish(setNeedsLogin(true));
}

void SyncStatus::onServerReplaced()
{
    emit serverReplaced();
}

void SyncStatus::clearNeedsLogin()
{
    bool any = setNeedsLogin(false);
    if (!m_loginError.isEmpty() && m_lastError == m_loginError) {
        any |= setLastError({});
    }
    m_loginError.clear();
    publish(any);
}

QString SyncStatus::summaryText() const
{
    const QLocale locale;
    const int pending = clampToInt(m_pending.pendingOps);
    QString text;
    switch (m_state) {
    case State::NeedsLogin:
        text = tr("Please log in again to sync");
        break;
    case State::Offline:
        text = pending > 0 ? tr("Offline — %Ln change(s) waiting", "", pending) : tr("Offline");
        break;
    case State::FirstSync:
        if (m_progress.rowsTotal > 0) {
            const qint64 left = secondsLeft();
            text = left >= 0 ? tr("First sync… %1 of %2 rows, about %3 left")
                                   .arg(locale.toString(m_progress.rowsDone), locale.toString(m_progress.rowsTotal),
                                        durationText(left))
                             : tr("First sync… %1 of %2 rows")
                                   .arg(locale.toString(m_progress.rowsDone), locale.toString(m_progress.rowsTotal));
        } else {
            text = tr("First sync…");
        }
        break;
    case State::Syncing:
        if (m_progress.phase == SyncProgress::Phase::Pushing && m_progress.rowsTotal > 0) {
            text = tr("Sending %Ln change(s)…", "", clampToInt(m_progress.rowsTotal));
        } else if (m_progress.phase == SyncProgress::Phase::PreparingFigures) {
            const qint64 steps = std::max<qint64>(1, m_progress.rowsTotal);
            text = tr("Preparing the dashboard's figures… step %1 of %2")
                       .arg(std::min(m_progress.rowsDone + 1, steps))
                       .arg(steps);
        } else if (m_progress.rowsTotal > 0) {
            text = tr("Syncing… %1 of %2 rows")
                       .arg(locale.toString(m_progress.rowsDone), locale.toString(m_progress.rowsTotal));
        } else if (m_progress.rowsDone > 0) {
            text = tr("Syncing… %1 rows received").arg(locale.toString(m_progress.rowsDone));
        } else {
            text = tr("Syncing…");
        }
        break;
    case State::Error:
        text = tr("Sync failed: %1").arg(m_lastError);
        break;
    case State::Idle:
        if (!m_lastSuccess.isValid()) {
            text = pending > 0 ? tr("Not synced yet — %Ln change(s) waiting", "", pending) : tr("Not synced yet");
        } else if (pending > 0) {
            // Local edits made since the last round; the engine's debounce sends them shortly.
            text = tr("%Ln change(s) waiting — last sync %1", "", pending).arg(whenText(m_lastSuccess));
        } else {
            text = tr("Up to date — last sync %1").arg(whenText(m_lastSuccess));
        }
        break;
    }
    const int attention = clampToInt(m_pending.quarantined + m_pending.openConflicts);
    if (attention > 0 && m_state != State::NeedsLogin) {
        // Rejected changes and open conflicts wait for a person whatever the connection does.
        text = tr("%1 — %Ln item(s) need your attention", "", attention).arg(text);
    }
    return text;
}

} // namespace SalesSync::Sync
