#pragma once

#include "core/geo.h"

#include <QPointF>

namespace SalesSync {

// The Web Mercator projection of OpenStreetMap-style tile maps (EPSG:3857): at zoom z the world
// is 256 × 2^z pixels square, x growing east from 180° W, y growing south from 85.0511° N.
struct WebMercator {
    static constexpr int kTileSize = 256;
    static constexpr double kMaxLatitude = 85.05112878;

    // World pixel coordinates of a position at a (possibly fractional) zoom, and back.
    static QPointF project(const GeoPoint &point, double zoom);
    static GeoPoint unproject(const QPointF &pixel, double zoom);
    // Ground metres one pixel covers at a latitude and zoom.
    static double metresPerPixel(double latitude, double zoom);
};

} // namespace SalesSync
