#include "core/rules/routeplanner.h"

#include <limits>

namespace SalesSync {

namespace {

// Distance between two route positions; index -1 is the start.
struct Distances {
    const std::optional<GeoPoint> &start;
    const QList<std::optional<GeoPoint>> &stops;

    double operator()(int from, int to) const
    {
        const GeoPoint &a = from < 0 ? *start : *stops.at(from);
        return distanceMetres(a, *stops.at(to));
    }
};

} // namespace

RoutePlan RoutePlanner::measure(const std::optional<GeoPoint> &start, const QList<std::optional<GeoPoint>> &stops,
                                const QList<int> &order)
{
    RoutePlan plan;
    plan.order = order;
    std::optional<GeoPoint> previous = start;
    for (const int index : order) {
        const std::optional<GeoPoint> &here = stops.at(index);
        double leg = 0;
        if (!here) {
            ++plan.withoutPosition;
        } else {
            if (previous) {
                leg = distanceMetres(*previous, *here);
            }
            previous = here;
        }
        plan.legMetres << leg;
        plan.totalMetres += leg;
    }
    return plan;
}

RoutePlan RoutePlanner::suggest(const std::optional<GeoPoint> &start, const QList<std::optional<GeoPoint>> &stops)
{
    QList<int> located;
    QList<int> unlocated;
    for (int i = 0; i < int(stops.size()); ++i) {
        (stops.at(i) ? located : unlocated) << i;
    }
    const Distances d{start, stops};
    const bool fromStart = start.has_value();

    // Nearest neighbour.
    QList<int> path;
    path.reserve(located.size());
    QList<bool> used(stops.size(), false);
    int current = -1;
    if (!fromStart && !located.isEmpty()) {
        current = located.first();
        used[current] = true;
        path << current;
    }
    while (path.size() < located.size()) {
        int best = -1;
        double bestDistance = std::numeric_limits<double>::max();
        for (const int candidate : std::as_const(located)) {
            if (used.at(candidate)) {
                continue;
            }
            const double distance = d(current, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        used[best] = true;
        path << best;
        current = best;
    }

    // 2-opt on the open path: reverse path[i..j] when that shortens it. With a start, the first
    // stop may move too (the start is fixed); without one, the first stop may also change.
    const auto at = [&](qsizetype k) {
        return k < 0 ? -1 : path.at(k);
    };
    bool improved = true;
    while (improved) {
        improved = false;
        for (qsizetype i = 0; i < path.size(); ++i) {
            if (i == 0 && !fromStart) {
                // Without a start, reversing a prefix changes only its far end's join.
                for (qsizetype j = 1; j + 1 < path.size(); ++j) {
                    const double before = d(path.at(j), path.at(j + 1));
                    const double after = d(path.at(0), path.at(j + 1));
                    if (after + 1e-6 < before) {
                        std::reverse(path.begin(), path.begin() + j + 1);
                        improved = true;
                    }
                }
                continue;
            }
            for (qsizetype j = i + 1; j < path.size(); ++j) {
                const int before = at(i - 1);
                const double removed =
                    d(before, path.at(i)) + (j + 1 < path.size() ? d(path.at(j), path.at(j + 1)) : 0.0);
                const double added =
                    d(before, path.at(j)) + (j + 1 < path.size() ? d(path.at(i), path.at(j + 1)) : 0.0);
                if (added + 1e-6 < removed) {
                    std::reverse(path.begin() + i, path.begin() + j + 1);
                    improved = true;
                }
            }
        }
    }
    return measure(start, stops, path + unlocated);
}

} // namespace SalesSync
