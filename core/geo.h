#pragma once

#include <optional>

namespace SalesSync {

// A WGS 84 position in decimal degrees. Coordinates are not money: doubles are right here.
struct GeoPoint {
    double latitude = 0;
    double longitude = 0;

    bool isValid() const;
    bool operator==(const GeoPoint &) const = default;
};

// Great-circle distance in metres on a sphere of the IUGG mean Earth radius (6 371 008.8 m),
// by the haversine formula: within 0.5 % of the ellipsoidal distance, plenty for geofences.
double distanceMetres(const GeoPoint &a, const GeoPoint &b);

constexpr double kDefaultGeofenceRadiusMetres = 200.0;

struct GeofenceCheck {
    double distanceMetres = 0;
    double radiusMetres = kDefaultGeofenceRadiusMetres;
    bool outside = false; // farther than the radius: the check-in is flagged
};

// Where a check-in happened relative to the customer's coordinates. Without customer
// coordinates there is nothing to compare with, and the result is empty.
std::optional<GeofenceCheck> checkGeofence(const GeoPoint &checkIn, const std::optional<GeoPoint> &customer,
                                           double radiusMetres = kDefaultGeofenceRadiusMetres);

} // namespace SalesSync
