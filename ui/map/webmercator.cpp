#include "ui/map/webmercator.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace SalesSync {

namespace {
constexpr double kEarthCircumferenceMetres = 40075016.686; // at the equator, WGS 84
}

QPointF WebMercator::project(const GeoPoint &point, double zoom)
{
    const double size = kTileSize * std::pow(2.0, zoom);
    const double latitude = qDegreesToRadians(std::clamp(point.latitude, -kMaxLatitude, kMaxLatitude));
    const double x = (point.longitude + 180.0) / 360.0 * size;
    const double y = (1.0 - std::log(std::tan(latitude) + 1.0 / std::cos(latitude)) / M_PI) / 2.0 * size;
    return {x, y};
}

GeoPoint WebMercator::unproject(const QPointF &pixel, double zoom)
{
    const double size = kTileSize * std::pow(2.0, zoom);
    const double longitude = pixel.x() / size * 360.0 - 180.0;
    const double n = M_PI - 2.0 * M_PI * pixel.y() / size;
    const double latitude = qRadiansToDegrees(std::atan(std::sinh(n)));
    return {latitude, longitude};
}

double WebMercator::metresPerPixel(double latitude, double zoom)
{
    return kEarthCircumferenceMetres * std::cos(qDegreesToRadians(latitude)) / (kTileSize * std::pow(2.0, zoom));
}

} // namespace SalesSync
