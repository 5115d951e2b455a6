#include "ui/map/tilesource.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QStandardPaths>

namespace SalesSync {

namespace {

Q_LOGGING_CATEGORY(lcTiles, "salessync.ui.map")

QString key(int zoom, int x, int y)
{
    return QStringLiteral("%1/%2/%3").arg(zoom).arg(x).arg(y);
}

} // namespace

TileSource::TileSource(const QString &urlTemplate, const QString &cacheDir, const QString &attribution, QObject *parent)
    : QObject(parent)
    , m_template(urlTemplate.trimmed())
    , m_cacheDir(cacheDir)
    , m_attribution(attribution)
    , m_memory(256)
{
    if (!m_template.isEmpty()) {
        m_network = new QNetworkAccessManager(this);
    }
}

TileSource *TileSource::fromSettings(const QString &urlSetting, const QString &attributionSetting, QObject *parent)
{
    QString url = urlSetting.trimmed().isEmpty() ? kDefaultServer.toString() : urlSetting.trimmed();
    QString attribution = attributionSetting.trimmed().isEmpty() && urlSetting.trimmed().isEmpty()
                              ? kDefaultAttribution.toString()
                              : attributionSetting.trimmed();
    if (qEnvironmentVariableIsSet("SALESSYNC_MAP_TILES")) {
        url = qEnvironmentVariable("SALESSYNC_MAP_TILES");
        attribution = url.isEmpty() ? QString() : attribution;
    }
    const QString folder =
        QString::fromLatin1(QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    const QString cache = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                              .filePath(QStringLiteral("tiles/") + folder);
    return new TileSource(url, cache, attribution, parent);
}

QString TileSource::checkTemplate(const QString &urlTemplate)
{
    const QString text = urlTemplate.trimmed();
    if (text.isEmpty()) {
        return {};
    }
    const QUrl url(QString(text).replace(u'{', u'0').replace(u'}', u'0'));
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()) {
        return tr("Enter the address of a tile server starting with https://, for example %1.")
            .arg(kDefaultServer.toString());
    }
    for (const QLatin1StringView part :
         {QLatin1StringView("{z}"), QLatin1StringView("{x}"), QLatin1StringView("{y}")}) {
        if (!text.contains(part)) {
            return tr("The address needs %1 where the tile's zoom, column and row go (%2).")
                .arg(part, QLatin1StringView("{z}/{x}/{y}"));
        }
    }
    return {};
}

QUrl TileSource::urlFor(int zoom, int x, int y) const
{
    QString url = m_template;
    url.replace(QStringLiteral("{z}"), QString::number(zoom))
        .replace(QStringLiteral("{x}"), QString::number(x))
        .replace(QStringLiteral("{y}"), QString::number(y));
    return QUrl(url);
}

QString TileSource::pathFor(int zoom, int x, int y) const
{
    return QDir(m_cacheDir).filePath(key(zoom, x, y) + QStringLiteral(".png"));
}

QImage TileSource::tile(int zoom, int x, int y)
{
    const QString k = key(zoom, x, y);
    if (const QImage *inMemory = m_memory.object(k)) {
        return *inMemory;
    }
    const QString path = pathFor(zoom, x, y);
    const QFileInfo file(path);
    QImage image;
    if (file.exists() && image.load(path)) {
        m_memory.insert(k, new QImage(image));
        if (file.lastModified().daysTo(QDateTime::currentDateTime()) >= kRefreshDays) {
            fetch(zoom, x, y);
        }
        return image;
    }
    fetch(zoom, x, y);
    return {};
}

void TileSource::fetch(int zoom, int x, int y)
{
    const QString k = key(zoom, x, y);
    if (!m_network || m_pending.contains(k) || m_failed.contains(k)) {
        return;
    }
    QNetworkRequest request(urlFor(zoom, x, y));
    request.setHeader(
        QNetworkRequest::UserAgentHeader,
        QStringLiteral("SalesSync/%1 (desktop field sales app)").arg(QCoreApplication::applicationVersion()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(15000);
    m_pending.insert(k);
    ++m_sent;
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, k, zoom, x, y] {
        reply->deleteLater();
        m_pending.remove(k);
        QImage image;
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError || !image.loadFromData(body)) {
            qCDebug(lcTiles) << "no tile" << k << reply->errorString();
            m_failed.insert(k);
            return;
        }
        const QString path = pathFor(zoom, x, y);
        QSaveFile file(path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly) ||
            file.write(body) != body.size() || !file.commit()) {
            qCWarning(lcTiles) << "cannot keep the tile" << path << file.errorString();
        }
        m_memory.insert(k, new QImage(image));
        emit tileArrived();
    });
}

} // namespace SalesSync
