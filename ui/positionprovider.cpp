#include "ui/positionprovider.h"

#include <QFile>
#include <QGeoPositionInfoSource>
#include <QLoggingCategory>
#include <QNmeaPositionInfoSource>

namespace SalesSync {

Q_LOGGING_CATEGORY(lcPosition, "salessync.ui.position")

namespace {
// Typical user equivalent range error of a consumer GPS receiver. NMEA gives the horizontal
// dilution of precision (HDOP); Qt Positioning turns it into a 95 % accuracy of 2 x HDOP x UERE.
constexpr double kUereMetres = 5.1;
} // namespace

PositionProvider::PositionProvider(QObject *parent)
    : QObject(parent)
{
    attach(QGeoPositionInfoSource::createDefaultSource(this));
    if (!m_source) {
        qCInfo(lcPosition) << "no positioning source on this computer; check-ins will be manual";
    }
}

PositionProvider::~PositionProvider() = default;

bool PositionProvider::useNmeaLog(const QString &path, QString *error)
{
    auto *file = new QFile(path);
    if (!file->open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the NMEA log %1: %2").arg(path, file->errorString());
        delete file;
        return false;
    }
    auto *nmea = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode, this);
    file->setParent(nmea);
    nmea->setDevice(file);
    nmea->setUserEquivalentRangeError(kUereMetres);
    if (m_source) {
        m_source->deleteLater();
    }
    m_nmea = true;
    attach(nmea);
    return true;
}

void PositionProvider::attach(QGeoPositionInfoSource *source)
{
    m_source = source;
    if (!m_source) {
        return;
    }
    connect(m_source, &QGeoPositionInfoSource::positionUpdated, this, &PositionProvider::onPosition);
    connect(m_source, &QGeoPositionInfoSource::errorOccurred, this, [this](QGeoPositionInfoSource::Error e) {
        if (!m_busy) {
            return;
        }
        m_busy = false;
        switch (e) {
        case QGeoPositionInfoSource::UpdateTimeoutError:
            emit failed(tr("No position came within the time allowed."));
            return;
        case QGeoPositionInfoSource::AccessError:
            emit failed(tr("SalesSync may not use this computer's location. Allow it in the system settings."));
            return;
        case QGeoPositionInfoSource::ClosedError:
            emit failed(tr("The position source closed (the receiver was unplugged, or the log ended)."));
            return;
        case QGeoPositionInfoSource::UnknownSourceError:
        case QGeoPositionInfoSource::NoError:
            emit failed(tr("The position source failed."));
            return;
        }
    });
}

QString PositionProvider::description() const
{
    if (!m_source) {
        return tr("none");
    }
    return m_nmea ? tr("recorded NMEA log") : m_source->sourceName();
}

void PositionProvider::request(int timeoutMs)
{
    if (!m_source) {
        emit failed(tr("This computer has no position source."));
        return;
    }
    m_busy = true;
    m_source->requestUpdate(timeoutMs);
}

void PositionProvider::cancel()
{
    m_busy = false;
}

void PositionProvider::onPosition(const QGeoPositionInfo &info)
{
    if (!m_busy || !info.isValid()) {
        return;
    }
    m_busy = false;
    PositionFix fix;
    fix.point = GeoPoint{info.coordinate().latitude(), info.coordinate().longitude()};
    qCDebug(lcPosition) << "fix" << info;
    if (info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)) {
        fix.accuracyMetres = info.attribute(QGeoPositionInfo::HorizontalAccuracy);
    }
    // A source that can only use satellites gives GPS fixes. One that may also use Wi-Fi, cells
    // or the IP address does not say which it used: recorded as network, the less precise kind.
    const bool satellite = m_nmea || (m_source->supportedPositioningMethods() &
                                      QGeoPositionInfoSource::NonSatellitePositioningMethods) == 0;
    fix.source = satellite ? PositionSource::Gps : PositionSource::Network;
    fix.at = QDateTime::currentDateTimeUtc();
    m_last = fix;
    emit fixed(fix);
}

} // namespace SalesSync
