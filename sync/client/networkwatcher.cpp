#include "sync/client/networkwatcher.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNetworkWatcher, "salessync.sync.network", QtInfoMsg)

namespace SalesSync::Sync {

NetworkWatcher::NetworkWatcher(QObject *parent)
    : QObject(parent)
{
    using Feature = QNetworkInformation::Feature;
    // The singleton is per process; another part of the app may have loaded it already. Prefer a
    // backend that reports reachability, and fall back to the platform's default one.
    if (!QNetworkInformation::instance() && !QNetworkInformation::loadBackendByFeatures(Feature::Reachability)) {
        QNetworkInformation::loadDefaultBackend();
    }
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info || !info->supports(Feature::Reachability)) {
        qCInfo(lcNetworkWatcher) << "no network information backend with reachability (available:"
                                 << QNetworkInformation::availableBackends()
                                 << "); sync relies on its timer and backoff to notice the network";
        return;
    }
    m_available = true;
    m_online = countsAsOnline(info->reachability());
    connect(info, &QNetworkInformation::reachabilityChanged, this, &NetworkWatcher::onReachabilityChanged);
    qCDebug(lcNetworkWatcher) << "network information from" << info->backendName() << "- online:" << m_online;
}

QString NetworkWatcher::backendName() const
{
    const QNetworkInformation *info = QNetworkInformation::instance();
    return m_available && info ? info->backendName() : QString();
}

bool NetworkWatcher::countsAsOnline(QNetworkInformation::Reachability reachability)
{
    using Reachability = QNetworkInformation::Reachability;
    switch (reachability) {
    case Reachability::Online:
    case Reachability::Unknown:
        return true;
    case Reachability::Disconnected:
    case Reachability::Local:
    case Reachability::Site:
        return false;
    }
    return true;
}

void NetworkWatcher::onReachabilityChanged(QNetworkInformation::Reachability reachability)
{
    const bool online = countsAsOnline(reachability);
    if (online == m_online) {
        return;
    }
    m_online = online;
    qCInfo(lcNetworkWatcher) << "network" << (online ? "online" : "offline");
    emit onlineChanged(online);
}

} // namespace SalesSync::Sync
