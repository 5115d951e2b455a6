#pragma once

#include <QNetworkInformation>
#include <QObject>
#include <QString>

namespace SalesSync::Sync {

// Tells the sync engine when the network comes and goes, from the operating system's view
// (QNetworkInformation: NetworkManager or GLib on Linux, Network List Manager on Windows,
// SCNetworkReachability on macOS). Lives on the UI thread, where QNetworkInformation's singleton
// is loaded; the app connects onlineChanged to SyncEngine::setOnline, queued to the engine's
// thread, so a network coming back starts a round at once instead of after the backoff.
//
// This is a hint, not the truth: the engine's own requests decide in the end (a handshake that
// succeeds marks it online, a request with no answer marks it offline). Without a backend
// (available() false, e.g. no NetworkManager on D-Bus) nothing is emitted and the engine relies
// on its interval timer and backoff alone, which is slower to notice a returning network but
// just as correct.
class NetworkWatcher final : public QObject {
    Q_OBJECT

public:
    explicit NetworkWatcher(QObject *parent = nullptr);

    // Whether a backend that reports reachability could be loaded.
    bool available() const { return m_available; }
    // Online as far as the system knows; true when it does not know (no backend, or the backend
    // says Unknown), so that the engine keeps trying rather than waiting for a signal that may
    // never come.
    bool isOnline() const { return m_online; }
    // The backend's name for diagnostics ("networkmanager", "glib"...), empty when none.
    QString backendName() const;

    // Online means Reachability::Online, or Unknown (see isOnline()). Disconnected, Local (a network
    // without a route out) and Site (an intranet, or a connectivity check that failed) count as
    // offline; for a server inside a company network that the system calls "Site", the engine's
    // successful handshake still sets it online.
    static bool countsAsOnline(QNetworkInformation::Reachability reachability);

signals:
    // Only on a change between online and offline, not on every reachability change
    // (Local -> Site is no news for the engine).
    void onlineChanged(bool online);

private:
    void onReachabilityChanged(QNetworkInformation::Reachability reachability);

    bool m_available = false;
    bool m_online = true;
};

} // namespace SalesSync::Sync
