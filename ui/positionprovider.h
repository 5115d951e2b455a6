#pragma once

#include "core/domain/visit.h"

#include <QDateTime>
#include <QGeoPositionInfoSource>
#include <QObject>
#include <QPointer>

namespace SalesSync {

// One position reading, as a check-in records it.
struct PositionFix {
    GeoPoint point;
    double accuracyMetres = 0; // horizontal, 0 when the source does not say
    PositionSource source = PositionSource::Gps;
    QDateTime at; // UTC
};

// Where the laptop is: the operating system's positioning (Qt Positioning's default source: a
// GPS receiver, Wi-Fi or network location), or, for tests and demos, a recorded NMEA log replayed
// at its own pace (--nmea-log). One request at a time gives one fix or a reason why not.
class PositionProvider final : public QObject {
    Q_OBJECT

public:
    explicit PositionProvider(QObject *parent = nullptr);
    ~PositionProvider() override;

    // Replays an NMEA 0183 log instead of the system's source. Empty: the system's source.
    bool useNmeaLog(const QString &path, QString *error);
    bool isAvailable() const { return m_source != nullptr; }
    // "GPS receiver (nmea)", "none", for the visit screen and the About box.
    QString description() const;

    // Asks for a fix; fixed() or failed() follows within about timeoutMs.
    void request(int timeoutMs);
    void cancel();
    bool isBusy() const { return m_busy; }
    std::optional<PositionFix> lastFix() const { return m_last; }

signals:
    void fixed(const SalesSync::PositionFix &fix);
    void failed(const QString &reason);

private:
    void attach(QGeoPositionInfoSource *source);
    void onPosition(const QGeoPositionInfo &info);

    QPointer<QGeoPositionInfoSource> m_source;
    bool m_nmea = false;
    bool m_busy = false;
    std::optional<PositionFix> m_last;
};

} // namespace SalesSync

Q_DECLARE_METATYPE(SalesSync::PositionFix)
