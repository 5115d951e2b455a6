#include "core/geo.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace SalesSync {

namespace {
constexpr double kEarthMeanRadiusMetres = 6371008.8;

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}
} // namespace

bool GeoPoint::isValid() const
{
    return std::isfinite(latitude) && std::isfinite(longitude) && latitude >= -90.0 && latitude <= 90.0 &&
           longitude >= -180.0 && longitude <= 180.0;
}

double distanceMetres(const GeoPoint &a, const GeoPoint &b)
{
    const double dLat = radians(b.latitude - a.latitude);
    const double dLon = radians(b.longitude - a.longitude);
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2) + std::cos(radians(a.latitude)) *
                                                                   std::cos(radians(b.latitude)) * std::sin(dLon / 2) *
                                                                   std::sin(dLon / 2);
    return 2 * kEarthMeanRadiusMetres * std::asin(std::min(1.0, std::sqrt(h)));
}

std::optional<GeofenceCheck> checkGeofence(const GeoPoint &checkIn, const std::optional<GeoPoint> &customer,
                                           double radiusMetres)
{
    if (!customer || !customer->isValid() || !checkIn.isValid()) {
        return std::nullopt;
    }
    GeofenceCheck check;
    check.radiusMetres = radiusMetres;
    check.distanceMetres = distanceMetres(checkIn, *customer);
    check.outside = check.distanceMetres > radiusMetres;
    return check;
}

} // namespace SalesSync
