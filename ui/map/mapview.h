#pragma once

#include "core/geo.h"
#include "ui/theme/theme.h"

#include <QPointer>
#include <QWidget>

namespace SalesSync {

class TileSource;

struct MapMarker {
    QString id; // what markerActivated() names (a customer's id)
    GeoPoint point;
    QString label; // the tooltip: a name, an address
    QString text;  // drawn inside the pin: a stop number, or empty
    Tone tone = Tone::Accent;
};

struct MapCircle {
    GeoPoint centre;
    double radiusMetres = 0;
    Tone tone = Tone::Accent;
};

// A small tile map of our own (see docs/architecture.md for why): pins, a route through points
// in order, circles of a radius in metres (a geofence), a scale bar and the tiles' attribution.
// Everything but the tiles is drawn by the view itself, so without tiles (offline before the
// area was ever seen, or no tile server) the map still shows the points, the route, the circles
// and the scale on a plain background. Drag to move, the wheel or +/- to zoom, arrows to move;
// clicking a pin activates it (the lists beside the map offer the same for the keyboard).
class MapView final : public QWidget {
    Q_OBJECT

public:
    static constexpr double kMinZoom = 3;
    static constexpr double kMaxZoom = 18;

    explicit MapView(QWidget *parent = nullptr);

    void setTileSource(TileSource *tiles);
    void setMarkers(const QList<MapMarker> &markers);
    void setRoute(const QList<GeoPoint> &points);
    void setCircles(const QList<MapCircle> &circles);
    // Centres and zooms so that every pin, route point and circle is in view (up to maxZoom).
    void fitToContent(double maxZoom = 16);

    void setView(const GeoPoint &centre, double zoom);
    GeoPoint centre() const { return m_centre; }
    double zoom() const { return m_zoom; }
    // Where a position is drawn in the widget, and the position under a widget point.
    QPointF toWidget(const GeoPoint &point) const;
    GeoPoint toGeo(const QPointF &widgetPoint) const;
    // The scale bar's length in metres and its text ("500 m", "2 km").
    double scaleMetres() const;
    QString scaleText() const;
    QString attribution() const;
    const QList<MapMarker> &markers() const { return m_markers; }
    QSize sizeHint() const override;

signals:
    void markerActivated(const QString &id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void paintTiles(QPainter &painter);
    void paintRouteAndCircles(QPainter &painter);
    void paintMarkers(QPainter &painter);
    void paintScaleAndAttribution(QPainter &painter);
    int markerAt(const QPointF &widgetPoint) const;
    void zoomAround(const QPointF &widgetPoint, double zoom);
    double pinRadius() const;

    QPointer<TileSource> m_tiles;
    QList<MapMarker> m_markers;
    QList<GeoPoint> m_route;
    QList<MapCircle> m_circles;
    GeoPoint m_centre{51.1657, 10.4515}; // Germany, until there is something to show
    double m_zoom = 6;
    QPointF m_dragFrom;
    bool m_dragged = false;
    int m_pressedMarker = -1;
};

} // namespace SalesSync
