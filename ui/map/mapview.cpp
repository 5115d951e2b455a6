#include "ui/map/mapview.h"

#include "ui/map/tilesource.h"
#include "ui/map/webmercator.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace SalesSync {

namespace {

// The largest "nice" length (1, 2 or 5 × a power of ten metres) not longer than the given one.
double niceLength(double metres)
{
    const double power = std::pow(10.0, std::floor(std::log10(std::max(metres, 1.0))));
    for (const double step : {5.0, 2.0, 1.0}) {
        if (step * power <= metres) {
            return step * power;
        }
    }
    return power;
}

} // namespace

MapView::MapView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("map"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(Theme::space(40), Theme::space(30));
    setAccessibleName(tr("Map"));
}

QSize MapView::sizeHint() const
{
    return {Theme::space(100), Theme::space(70)};
}

void MapView::setTileSource(TileSource *tiles)
{
    if (m_tiles) {
        m_tiles->disconnect(this);
    }
    m_tiles = tiles;
    if (tiles) {
        connect(tiles, &TileSource::tileArrived, this, qOverload<>(&QWidget::update));
    }
    update();
}

void MapView::setMarkers(const QList<MapMarker> &markers)
{
    m_markers = markers;
    update();
}

void MapView::setRoute(const QList<GeoPoint> &points)
{
    m_route = points;
    update();
}

void MapView::setCircles(const QList<MapCircle> &circles)
{
    m_circles = circles;
    update();
}

void MapView::setView(const GeoPoint &centre, double zoom)
{
    m_centre = centre;
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    update();
}

void MapView::fitToContent(double maxZoom)
{
    QList<GeoPoint> points = m_route;
    for (const MapMarker &m : std::as_const(m_markers)) {
        points << m.point;
    }
    double north = -90, south = 90, east = -180, west = 180;
    for (const GeoPoint &p : std::as_const(points)) {
        north = std::max(north, p.latitude);
        south = std::min(south, p.latitude);
        east = std::max(east, p.longitude);
        west = std::min(west, p.longitude);
    }
    for (const MapCircle &c : std::as_const(m_circles)) {
        const double dLat = c.radiusMetres / 111320.0;
        const double dLon = dLat / std::max(0.01, std::cos(c.centre.latitude * M_PI / 180.0));
        north = std::max(north, c.centre.latitude + dLat);
        south = std::min(south, c.centre.latitude - dLat);
        east = std::max(east, c.centre.longitude + dLon);
        west = std::min(west, c.centre.longitude - dLon);
    }
    if (north < south) {
        return; // nothing to show: keep the view
    }
    // The zoom at which the box fits with room for the pins around it.
    const QSizeF room = QSizeF(size()) - QSizeF(pinRadius() * 6, pinRadius() * 6);
    double zoom = maxZoom;
    while (zoom > kMinZoom) {
        const QPointF a = WebMercator::project({north, west}, zoom);
        const QPointF b = WebMercator::project({south, east}, zoom);
        if (b.x() - a.x() <= room.width() && b.y() - a.y() <= room.height()) {
            break;
        }
        zoom -= 0.25;
    }
    const QPointF a = WebMercator::project({north, west}, zoom);
    const QPointF b = WebMercator::project({south, east}, zoom);
    setView(WebMercator::unproject((a + b) / 2, zoom), zoom);
}

QPointF MapView::toWidget(const GeoPoint &point) const
{
    return WebMercator::project(point, m_zoom) - WebMercator::project(m_centre, m_zoom) +
           QPointF(width() / 2.0, height() / 2.0);
}

GeoPoint MapView::toGeo(const QPointF &widgetPoint) const
{
    return WebMercator::unproject(
        widgetPoint - QPointF(width() / 2.0, height() / 2.0) + WebMercator::project(m_centre, m_zoom), m_zoom);
}

double MapView::scaleMetres() const
{
    // At most a quarter of the width, a round number.
    return niceLength(WebMercator::metresPerPixel(m_centre.latitude, m_zoom) * width() / 4.0);
}

QString MapView::scaleText() const
{
    const double metres = scaleMetres();
    return metres >= 1000 ? tr("%1 km").arg(QLocale().toString(metres / 1000.0, 'g', 3))
                          : tr("%1 m").arg(QLocale().toString(qRound(metres)));
}

QString MapView::attribution() const
{
    return m_tiles ? m_tiles->attribution() : QString();
}

double MapView::pinRadius() const
{
    return Theme::space(3);
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), Theme::color(Tone::Surface));
    paintTiles(painter);
    paintRouteAndCircles(painter);
    paintMarkers(painter);
    paintScaleAndAttribution(painter);
    if (hasFocus()) {
        painter.setPen(QPen(Theme::color(Tone::Accent), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void MapView::paintTiles(QPainter &painter)
{
    if (!m_tiles) {
        return;
    }
    // Tiles of the integer zoom at or below the view's, scaled up to it.
    const int z = int(std::floor(m_zoom));
    const double scale = std::pow(2.0, m_zoom - z);
    const double tile = WebMercator::kTileSize * scale;
    const QPointF origin = WebMercator::project(m_centre, m_zoom) - QPointF(width() / 2.0, height() / 2.0);
    const int count = 1 << z;
    const int firstX = int(std::floor(origin.x() / tile));
    const int firstY = int(std::floor(origin.y() / tile));
    const int lastX = int(std::floor((origin.x() + width()) / tile));
    const int lastY = int(std::floor((origin.y() + height()) / tile));
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    for (int y = std::max(0, firstY); y <= std::min(count - 1, lastY); ++y) {
        for (int x = firstX; x <= lastX; ++x) {
            const QImage image = m_tiles->tile(z, ((x % count) + count) % count, y);
            if (!image.isNull()) {
                painter.drawImage(QRectF(x * tile - origin.x(), y * tile - origin.y(), tile, tile), image);
            }
        }
    }
}

void MapView::paintRouteAndCircles(QPainter &painter)
{
    for (const MapCircle &c : std::as_const(m_circles)) {
        const double radius = c.radiusMetres / WebMercator::metresPerPixel(c.centre.latitude, m_zoom);
        QColor fill = Theme::color(c.tone);
        fill.setAlphaF(0.15f);
        painter.setPen(QPen(Theme::color(c.tone), 2, Qt::DashLine));
        painter.setBrush(fill);
        painter.drawEllipse(toWidget(c.centre), radius, radius);
    }
    if (m_route.size() >= 2) {
        QPainterPath path(toWidget(m_route.first()));
        for (qsizetype i = 1; i < m_route.size(); ++i) {
            path.lineTo(toWidget(m_route.at(i)));
        }
        // A light casing under the line keeps it visible on any tile.
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Theme::color(Tone::Surface), 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(path);
        painter.setPen(QPen(Theme::color(Tone::Accent), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(path);
    }
}

void MapView::paintMarkers(QPainter &painter)
{
    const double r = pinRadius();
    QFont font = Theme::font(TextStyle::Secondary);
    font.setWeight(QFont::DemiBold);
    painter.setFont(font);
    for (const MapMarker &m : std::as_const(m_markers)) {
        const QPointF at = toWidget(m.point);
        painter.setPen(QPen(Qt::white, 2));
        painter.setBrush(Theme::color(m.tone));
        painter.drawEllipse(at, r, r);
        if (!m.text.isEmpty()) {
            painter.setPen(Qt::white);
            painter.drawText(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r), Qt::AlignCenter, m.text);
        }
    }
}

void MapView::paintScaleAndAttribution(QPainter &painter)
{
    const QFont font = Theme::font(TextStyle::Secondary);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const int margin = Theme::space(2);
    // The scale bar, bottom left, on a light band so that it reads on any tile.
    const double pixels = scaleMetres() / WebMercator::metresPerPixel(m_centre.latitude, m_zoom);
    const QString text = scaleText();
    const QRectF band(margin, height() - margin - metrics.height() - Theme::space(3),
                      std::max(pixels, double(metrics.horizontalAdvance(text))) + Theme::space(2),
                      metrics.height() + Theme::space(2));
    QColor backing = palette().color(QPalette::Base);
    backing.setAlphaF(0.8f);
    painter.setPen(Qt::NoPen);
    painter.setBrush(backing);
    painter.drawRect(band);
    painter.setPen(QPen(Theme::color(Tone::Text), 2));
    const double baseline = band.bottom() - Theme::space(1);
    const double left = band.left() + Theme::space(1);
    painter.drawLine(QPointF(left, baseline), QPointF(left + pixels, baseline));
    painter.drawLine(QPointF(left, baseline - 4), QPointF(left, baseline));
    painter.drawLine(QPointF(left + pixels, baseline - 4), QPointF(left + pixels, baseline));
    painter.drawText(QRectF(left, band.top(), band.width(), metrics.height()), Qt::AlignLeft | Qt::AlignTop, text);
    // The attribution the tile server asks for, bottom right.
    const QString credit = attribution();
    if (!credit.isEmpty()) {
        const QRectF box(width() - margin - metrics.horizontalAdvance(credit) - Theme::space(2),
                         height() - margin - metrics.height() - Theme::space(1),
                         metrics.horizontalAdvance(credit) + Theme::space(2), metrics.height() + Theme::space(1));
        painter.setPen(Qt::NoPen);
        painter.setBrush(backing);
        painter.drawRect(box);
        painter.setPen(Theme::color(Tone::Text));
        painter.drawText(box, Qt::AlignCenter, credit);
    }
}

int MapView::markerAt(const QPointF &widgetPoint) const
{
    // The topmost (last drawn) pin under the point.
    for (qsizetype i = m_markers.size() - 1; i >= 0; --i) {
        if (QLineF(toWidget(m_markers.at(i).point), widgetPoint).length() <= pinRadius() + 2) {
            return int(i);
        }
    }
    return -1;
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    m_dragFrom = event->position();
    m_dragged = false;
    m_pressedMarker = markerAt(event->position());
    event->accept();
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton)) {
        setCursor(markerAt(event->position()) >= 0 ? Qt::PointingHandCursor : Qt::OpenHandCursor);
        return;
    }
    const QPointF delta = event->position() - m_dragFrom;
    if (!m_dragged && delta.manhattanLength() < 4) {
        return;
    }
    m_dragged = true;
    setCursor(Qt::ClosedHandCursor);
    m_centre = WebMercator::unproject(WebMercator::project(m_centre, m_zoom) - delta, m_zoom);
    m_dragFrom = event->position();
    update();
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragged && m_pressedMarker >= 0 && m_pressedMarker == markerAt(event->position())) {
        emit markerActivated(m_markers.at(m_pressedMarker).id);
    }
    m_pressedMarker = -1;
    setCursor(Qt::OpenHandCursor);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    zoomAround(event->position(), m_zoom + event->angleDelta().y() / 120.0 * 0.5);
    event->accept();
}

void MapView::zoomAround(const QPointF &widgetPoint, double zoom)
{
    // The position under the point stays under it.
    const GeoPoint anchor = toGeo(widgetPoint);
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const QPointF offset = widgetPoint - QPointF(width() / 2.0, height() / 2.0);
    m_centre = WebMercator::unproject(WebMercator::project(anchor, m_zoom) - offset, m_zoom);
    update();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const QPointF middle(width() / 2.0, height() / 2.0);
    const double step = std::min(width(), height()) / 4.0;
    QPointF move;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAround(middle, m_zoom + 1);
        return;
    case Qt::Key_Minus:
        zoomAround(middle, m_zoom - 1);
        return;
    case Qt::Key_Left:
        move = {-step, 0};
        break;
    case Qt::Key_Right:
        move = {step, 0};
        break;
    case Qt::Key_Up:
        move = {0, -step};
        break;
    case Qt::Key_Down:
        move = {0, step};
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    m_centre = WebMercator::unproject(WebMercator::project(m_centre, m_zoom) + move, m_zoom);
    update();
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int marker = markerAt(help->pos());
        if (marker >= 0) {
            QToolTip::showText(help->globalPos(), m_markers.at(marker).label, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace SalesSync
