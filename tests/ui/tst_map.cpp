#include "ui/map/mapview.h"
#include "ui/map/tilesource.h"
#include "ui/map/webmercator.h"
#include "ui/theme/theme.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace SalesSync;

namespace {

// A tile server on loopback: every GET gets a 256 × 256 PNG of one colour; it remembers the
// request lines and User-Agent headers it saw.
class TileServer final : public QTcpServer {
public:
    explicit TileServer(const QColor &colour)
    {
        QImage tile(WebMercator::kTileSize, WebMercator::kTileSize, QImage::Format_RGB32);
        tile.fill(colour);
        QBuffer buffer(&m_png);
        if (buffer.open(QIODevice::WriteOnly)) {
            tile.save(&buffer, "PNG");
        }
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
            }
        });
    }

    QStringList requests;
    QStringList agents;

private:
    void answer(QTcpSocket *socket)
    {
        const QString head = QString::fromLatin1(socket->readAll());
        requests << head.section(u'\n', 0, 0).trimmed();
        for (const QString &line : head.split(QStringLiteral("\r\n"))) {
            if (line.startsWith(QStringLiteral("User-Agent:"), Qt::CaseInsensitive)) {
                agents << line.mid(11).trimmed();
            }
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: " +
                      QByteArray::number(m_png.size()) + "\r\nConnection: close\r\n\r\n" + m_png);
        socket->disconnectFromHost();
    }

    QByteArray m_png;
};

// Whether two colours are the same but for antialiasing at a line's edge.
bool near(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue()) <= 24;
}

const GeoPoint kBerlin{52.5200, 13.4050};
const GeoPoint kKreuzberg{52.4990, 13.4030};
const GeoPoint kPrenzlauerBerg{52.5390, 13.4240};

} // namespace

class TestMap : public QObject {
    Q_OBJECT

private slots:
    void projectionMatchesTheTileGrid();
    void drawsPinsRouteCircleAndScaleWithoutTiles();
    void clickingAPinActivatesIt();
    void tilesAreFetchedKeptAndServedOffline();
    void tileServerAddressesAreChecked();
};

void TestMap::projectionMatchesTheTileGrid()
{
    QCOMPARE(WebMercator::project({0, 0}, 0), QPointF(128, 128));
    // Berlin's centre is in OpenStreetMap's tile 10/550/335.
    const QPointF berlin = WebMercator::project(kBerlin, 10);
    QCOMPARE(int(berlin.x()) / WebMercator::kTileSize, 550);
    QCOMPARE(int(berlin.y()) / WebMercator::kTileSize, 335);
    for (const double zoom : {3.0, 10.5, 17.0}) {
        const GeoPoint back = WebMercator::unproject(WebMercator::project(kKreuzberg, zoom), zoom);
        QVERIFY(qAbs(back.latitude - kKreuzberg.latitude) < 1e-9);
        QVERIFY(qAbs(back.longitude - kKreuzberg.longitude) < 1e-9);
    }
    // At the equator, zoom 0: the circumference over 256 pixels.
    QVERIFY(qAbs(WebMercator::metresPerPixel(0, 0) - 156543.03) < 0.1);
}

void TestMap::drawsPinsRouteCircleAndScaleWithoutTiles()
{
    MapView map;
    map.resize(480, 360);
    map.setMarkers({{QStringLiteral("a"), kKreuzberg, QStringLiteral("Kreuzberg"), {}, Tone::Danger},
                    {QStringLiteral("b"), kPrenzlauerBerg, QStringLiteral("Prenzlauer Berg"), {}, Tone::Success}});
    map.setRoute({kKreuzberg, kPrenzlauerBerg});
    map.setCircles({{kBerlin, 300, Tone::Warning}});
    map.fitToContent();
    // Both pins are inside the view, the route's middle is drawn in the accent colour.
    const QImage image = map.grab().toImage();
    const QPointF a = map.toWidget(kKreuzberg);
    const QPointF b = map.toWidget(kPrenzlauerBerg);
    QVERIFY(QRectF(map.rect()).contains(a) && QRectF(map.rect()).contains(b));
    QVERIFY(near(image.pixelColor(a.toPoint()), Theme::color(Tone::Danger)));
    QVERIFY(near(image.pixelColor(b.toPoint()), Theme::color(Tone::Success)));
    // Along the route, a third of the way (away from the circle and the pins).
    const QPointF onRoute = a + (b - a) / 3;
    QVERIFY(near(image.pixelColor(onRoute.toPoint()), Theme::color(Tone::Accent)));
    // The background without tiles is the surface colour.
    QCOMPARE(image.pixelColor(5, 5).rgb(), Theme::color(Tone::Surface).rgb());
    // The geofence's edge is where 300 m lands.
    const double radius = 300 / WebMercator::metresPerPixel(kBerlin.latitude, map.zoom());
    const QPointF centre = map.toWidget(kBerlin);
    QVERIFY(radius > 5);
    QVERIFY(!near(image.pixelColor((centre + QPointF(0, -radius)).toPoint()), Theme::color(Tone::Surface)));
    // The scale bar is a round length no longer than a quarter of the width.
    const double pixels = map.scaleMetres() / WebMercator::metresPerPixel(map.centre().latitude, map.zoom());
    QVERIFY(pixels <= map.width() / 4.0 + 0.5);
    QVERIFY(pixels >= map.width() / 10.0);
    QVERIFY(map.scaleText().endsWith(QStringLiteral(" m")) || map.scaleText().endsWith(QStringLiteral(" km")));
    QVERIFY(map.attribution().isEmpty());
}

void TestMap::clickingAPinActivatesIt()
{
    MapView map;
    map.resize(400, 300);
    map.setMarkers({{QStringLiteral("customer-1"), kKreuzberg, QStringLiteral("Kreuzberg"), QStringLiteral("1")},
                    {QStringLiteral("customer-2"), kPrenzlauerBerg, QStringLiteral("Prenzlauer Berg"), {}}});
    map.fitToContent();
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    QSignalSpy activated(&map, &MapView::markerActivated);
    QTest::mouseClick(&map, Qt::LeftButton, {}, map.toWidget(kPrenzlauerBerg).toPoint());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("customer-2"));
    // Between the pins: nothing. A drag that starts on a pin moves the map instead.
    QTest::mouseClick(&map, Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(activated.size(), 1);
    const GeoPoint before = map.centre();
    const QPoint from = map.toWidget(kKreuzberg).toPoint();
    QTest::mousePress(&map, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(from + QPoint(40, 0)), map.mapToGlobal(QPointF(from + QPoint(40, 0))),
                     Qt::NoButton, Qt::LeftButton, {});
    QCoreApplication::sendEvent(&map, &move);
    QTest::mouseRelease(&map, Qt::LeftButton, {}, from + QPoint(40, 0));
    QCOMPARE(activated.size(), 1);
    QVERIFY(map.centre().longitude < before.longitude);
    // + zooms in around the middle.
    const double zoom = map.zoom();
    QTest::keyClick(&map, Qt::Key_Plus);
    QCOMPARE(map.zoom(), std::min(zoom + 1, MapView::kMaxZoom));
}

void TestMap::tilesAreFetchedKeptAndServedOffline()
{
    TileServer server(QColor(0, 200, 0));
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTemporaryDir cache;
    const QString url = QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(server.serverPort());
    {
        TileSource tiles(url, cache.path(), QStringLiteral("© Test tiles"));
        QCOMPARE(tiles.urlFor(10, 550, 335).toString(),
                 QStringLiteral("http://127.0.0.1:%1/10/550/335.png").arg(server.serverPort()));
        QVERIFY(tiles.tile(10, 550, 335).isNull());
        QSignalSpy arrived(&tiles, &TileSource::tileArrived);
        QVERIFY(arrived.wait(5000));
        QCOMPARE(tiles.tile(10, 550, 335).pixelColor(10, 10), QColor(0, 200, 0));
        QVERIFY(QFile::exists(cache.filePath(QStringLiteral("10/550/335.png"))));
        QCOMPARE(server.requests.first(), QStringLiteral("GET /10/550/335.png HTTP/1.1"));
        QVERIFY2(server.agents.first().startsWith(QStringLiteral("SalesSync/")), qPrintable(server.agents.first()));

        // The map draws the tiles under everything else, and credits them.
        MapView map;
        map.resize(300, 200);
        map.setTileSource(&tiles);
        map.setView(kBerlin, 10);
        map.grab(); // asks for the tiles in view
        QTRY_VERIFY_WITH_TIMEOUT(map.grab().toImage().pixelColor(150, 40) == QColor(0, 200, 0), 5000);
        QCOMPARE(map.attribution(), QStringLiteral("© Test tiles"));
    }
    // Offline (the server gone): the area seen before is still there, from the disk.
    server.close();
    TileSource offline(QStringLiteral("http://127.0.0.1:1/{z}/{x}/{y}.png"), cache.path(), QString());
    QCOMPARE(offline.tile(10, 550, 335).pixelColor(10, 10), QColor(0, 200, 0));
    QCOMPARE(offline.requestsSent(), 0);
    // Without a tile server at all, only the disk is read, and nothing else is asked for.
    TileSource none(QString(), cache.path(), QString());
    QVERIFY(none.tile(10, 551, 335).isNull());
    QCOMPARE(none.requestsSent(), 0);
}

void TestMap::tileServerAddressesAreChecked()
{
    QCOMPARE(TileSource::checkTemplate(QString()), QString());
    QCOMPARE(TileSource::checkTemplate(QStringLiteral("https://tiles.example.com/{z}/{x}/{y}.png")), QString());
    QVERIFY(TileSource::checkTemplate(QStringLiteral("ftp://tiles.example.com/{z}/{x}/{y}.png")).contains(u"https://"));
    QVERIFY(TileSource::checkTemplate(QStringLiteral("tiles.example.com/{z}/{x}/{y}.png")).contains(u"https://"));
    QVERIFY(TileSource::checkTemplate(QStringLiteral("https://tiles.example.com/{z}/{x}.png")).contains(u"{y}"));
}

QTEST_MAIN(TestMap)
#include "tst_map.moc"
