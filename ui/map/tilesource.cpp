#include "ui/map/tilesource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>

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
    request.setHeader(QNetworkRequest::UserAgentHeader,
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
