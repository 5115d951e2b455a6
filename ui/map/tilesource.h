#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;

namespace SalesSync {

// Map tiles from an OpenStreetMap-compatible tile server ("https://host/{z}/{x}/{y}.png"),
// kept on disk (cacheDir/z/x/y.png) so that the area last seen stays available offline, and
// the ones in use in memory. A tile older than kRefreshDays is shown and fetched again when a
// network answers. Without a server (an empty template: tests, a company that turns tiles off)
// only the disk is read. Requests carry SalesSync's User-Agent, as tile servers' usage
// policies ask.
class TileSource final : public QObject {
    Q_OBJECT

public:
    static constexpr int kRefreshDays = 7;
    static constexpr QStringView kDefaultServer = u"https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    static constexpr QStringView kDefaultAttribution = u"© OpenStreetMap contributors";

    // The tile server the settings name (profiles.ini: mapTiles, mapAttribution), else
    // OpenStreetMap's, with the disk cache under the user's cache folder, one folder per
    // server. The environment variable SALESSYNC_MAP_TILES, when set (even empty: no tiles),
    // names the server instead (tests, kiosks).
    // Why a tile server address will not do (not http or https, or without {z}, {x} and {y});
    // empty when it will, or when it is empty (OpenStreetMap's).
    static QString checkTemplate(const QString &urlTemplate);
    static TileSource *fromSettings(const QString &urlSetting, const QString &attributionSetting,
                                    QObject *parent = nullptr);

    TileSource(const QString &urlTemplate, const QString &cacheDir, const QString &attribution,
               QObject *parent = nullptr);

    // The tile if it is in memory or on disk (a null image otherwise, after asking the server).
    QImage tile(int zoom, int x, int y);
    QString attribution() const { return m_attribution; }
    QUrl urlFor(int zoom, int x, int y) const;
    // Requests sent and answered with a tile, for tests and the status line.
    int requestsSent() const { return m_sent; }

signals:
    // A tile came from the server: views draw again.
    void tileArrived();

private:
    QString pathFor(int zoom, int x, int y) const;
    void fetch(int zoom, int x, int y);

    QString m_template;
    QString m_cacheDir;
    QString m_attribution;
    QNetworkAccessManager *m_network = nullptr;
    QCache<QString, QImage> m_memory;
    QSet<QString> m_pending;
    QSet<QString> m_failed; // not asked again this session: offline, or no such tile
    int m_sent = 0;
};

} // namespace SalesSync
