#pragma once

#include "core/geo.h"

#include <QList>

#include <optional>

namespace SalesSync {

// A day's route through the customers to visit. Distances are straight lines (great circle), not
// roads: good enough to put stops in a sensible order and to compare two orders, and it needs no
// map data, so it works offline.
struct RoutePlan {
    QList<int> order;        // indexes into the stops, in visiting order
    QList<double> legMetres; // per stop in order: from the previous stop (or the start); 0 when unknown
    double totalMetres = 0;  // the sum of the known legs
    int withoutPosition = 0; // stops without coordinates: kept at the end, in their given order
};

class RoutePlanner final {
public:
    // The length of visiting the stops in the given order, from start when given.
    static RoutePlan measure(const std::optional<GeoPoint> &start, const QList<std::optional<GeoPoint>> &stops,
                             const QList<int> &order);
    // A short order: nearest neighbour from the start (or from the first stop when there is no
    // start), then improved by 2-opt (reversing a stretch whenever that shortens the route) until
    // no reversal helps. The route is open: it ends at the last stop. Stops without a position go
    // last, in their given order.
    static RoutePlan suggest(const std::optional<GeoPoint> &start, const QList<std::optional<GeoPoint>> &stops);
};

} // namespace SalesSync
