#include "core/rules/routeplanner.h"
#include "core/rules/routeschedule.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace SalesSync;

namespace {

// Points east of a meridian near Stuttgart, `km` kilometres apart along the equator-parallel.
std::optional<GeoPoint> east(double km)
{
    // One degree of longitude at 48.78 N is about 73.4 km; exact values are not needed, only
    // consistency with distanceMetres.
    return GeoPoint{48.78, 9.18 + km / 73.4};
}

double bruteForceBest(const std::optional<GeoPoint> &start, const QList<std::optional<GeoPoint>> &stops)
{
    QList<int> order(stops.size());
    std::iota(order.begin(), order.end(), 0);
    double best = std::numeric_limits<double>::max();
    do {
        best = std::min(best, RoutePlanner::measure(start, stops, order).totalMetres);
    } while (std::next_permutation(order.begin(), order.end()));
    return best;
}

} // namespace

class TestRoutePlanner : public QObject {
    Q_OBJECT

private slots:
    void measureAddsTheLegs();
    void stopsOnALineAreVisitedInLineOrder();
    void withoutAStartTheRouteStartsAtAnEnd();
    void stopsWithoutCoordinatesGoLast();
    void suggestionsAreNearTheBestRoute();
    void emptyAndSingleStops();
    void schedulesStartFromTheEarliestTime();
    void appointmentsKeepTheirTimes();
    void visitsThatDoNotFitGoAfterAnAppointment();
    void appointmentsReachedLateAreFlagged();
};

void TestRoutePlanner::measureAddsTheLegs()
{
    const QList<std::optional<GeoPoint>> stops = {east(10), east(0), east(4)};
    const RoutePlan plan = RoutePlanner::measure(east(0), stops, {1, 2, 0});
    QCOMPARE(plan.order, (QList<int>{1, 2, 0}));
    QCOMPARE(plan.legMetres.size(), 3);
    QCOMPARE(plan.legMetres.at(0), 0.0);
    QCOMPARE(plan.legMetres.at(1), distanceMetres(*east(0), *east(4)));
    QCOMPARE(plan.legMetres.at(2), distanceMetres(*east(4), *east(10)));
    QCOMPARE(plan.totalMetres, plan.legMetres.at(1) + plan.legMetres.at(2));
    QVERIFY(qAbs(plan.totalMetres - 10000) < 100); // about 10 km
}

void TestRoutePlanner::stopsOnALineAreVisitedInLineOrder()
{
    const QList<std::optional<GeoPoint>> stops = {east(7), east(2), east(9), east(1), east(5)};
    const RoutePlan plan = RoutePlanner::suggest(east(0), stops);
    QCOMPARE(plan.order, (QList<int>{3, 1, 4, 0, 2}));
    QVERIFY(qAbs(plan.totalMetres - distanceMetres(*east(0), *east(9))) < 1);
}

void TestRoutePlanner::withoutAStartTheRouteStartsAtAnEnd()
{
    // Nearest neighbour from the first stop (km 5) would go 5,4,6,... and double back; the
    // improvement makes it one sweep from one end to the other.
    const QList<std::optional<GeoPoint>> stops = {east(5), east(4), east(6), east(0), east(10)};
    const RoutePlan plan = RoutePlanner::suggest(std::nullopt, stops);
    QVERIFY(qAbs(plan.totalMetres - distanceMetres(*east(0), *east(10))) < 1);
    QVERIFY(plan.order.first() == 3 || plan.order.first() == 4);
}

void TestRoutePlanner::stopsWithoutCoordinatesGoLast()
{
    const QList<std::optional<GeoPoint>> stops = {std::nullopt, east(3), std::nullopt, east(1)};
    const RoutePlan plan = RoutePlanner::suggest(east(0), stops);
    QCOMPARE(plan.order, (QList<int>{3, 1, 0, 2}));
    QCOMPARE(plan.withoutPosition, 2);
    QCOMPARE(plan.legMetres.at(2), 0.0);
    QCOMPARE(plan.legMetres.at(3), 0.0);
}

void TestRoutePlanner::suggestionsAreNearTheBestRoute()
{
    // Random towns in a 60 x 60 km square: the suggestion is never worse than visiting in the
    // given order and stays within 10 % of the best route found by trying every order.
    QRandomGenerator random(20261122);
    double worstRatio = 1;
    for (int round = 0; round < 30; ++round) {
        QList<std::optional<GeoPoint>> stops;
        for (int i = 0; i < 7; ++i) {
            stops << GeoPoint{48.5 + random.bounded(0.54), 9.0 + random.bounded(0.82)};
        }
        const std::optional<GeoPoint> start = GeoPoint{48.78, 9.41};
        QList<int> given(stops.size());
        std::iota(given.begin(), given.end(), 0);
        const RoutePlan plan = RoutePlanner::suggest(start, stops);
        QList<int> sorted = plan.order;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, given); // every stop once
        QVERIFY(plan.totalMetres <= RoutePlanner::measure(start, stops, given).totalMetres + 1e-6);
        const double best = bruteForceBest(start, stops);
        worstRatio = std::max(worstRatio, plan.totalMetres / best);
    }
    QVERIFY2(worstRatio < 1.10, qPrintable(QString::number(worstRatio)));
}

void TestRoutePlanner::emptyAndSingleStops()
{
    QCOMPARE(RoutePlanner::suggest(east(0), {}).order, QList<int>());
    QCOMPARE(RoutePlanner::suggest(std::nullopt, {}).totalMetres, 0.0);
    const RoutePlan one = RoutePlanner::suggest(std::nullopt, {east(3)});
    QCOMPARE(one.order, QList<int>{0});
    QCOMPARE(one.totalMetres, 0.0);
}

namespace {

QDateTime at(int hour, int minute)
{
    return QDateTime(QDate(2026, 12, 2), QTime(hour, minute), Qt::UTC);
}

} // namespace

void TestRoutePlanner::schedulesStartFromTheEarliestTime()
{
    // At 10:49, visits planned for 08:00 and 09:30 go after now, never before it.
    const QList<ScheduleStop> stops = {
        {east(2), at(8, 0), false}, {east(1), at(9, 30), false}, {east(4), at(13, 0), false}};
    const QList<ScheduledStop> plan = RouteSchedule::plan(east(0), stops, at(10, 49));
    QCOMPARE(plan.size(), 3);
    QCOMPARE(plan.at(0).stop, 1);
    QCOMPARE(plan.at(1).stop, 0);
    QCOMPARE(plan.at(2).stop, 2);
    // 1 km at 30 km/h with the road factor: 3 minutes; 10:52 rounds up to 10:55.
    QCOMPARE(plan.at(0).at, at(10, 55));
    // Then 30 minutes there and 3 minutes on: 11:28, rounded 11:30; 2 km on: 6 minutes, 12:06 -> 12:10.
    QCOMPARE(plan.at(1).at, at(11, 30));
    QCOMPARE(plan.at(2).at, at(12, 10));
    for (const ScheduledStop &s : plan) {
        QVERIFY(!s.late);
        QCOMPARE(s.at.time().minute() % RouteSchedule::kRoundingMinutes, 0);
    }
}

void TestRoutePlanner::appointmentsKeepTheirTimes()
{
    const QList<ScheduleStop> stops = {
        {east(1), at(9, 0), false}, {east(5), at(12, 0), true}, {east(2), at(9, 30), false}};
    const QList<ScheduledStop> plan = RouteSchedule::plan(east(0), stops, at(10, 0));
    QCOMPARE(plan.size(), 3);
    QCOMPARE(plan.at(0).stop, 0);
    QCOMPARE(plan.at(0).at, at(10, 5));
    QCOMPARE(plan.at(1).stop, 2);
    QCOMPARE(plan.at(1).at, at(10, 40));
    QCOMPARE(plan.at(2).stop, 1);
    QCOMPARE(plan.at(2).at, at(12, 0));
    QVERIFY(!plan.at(2).late);
}

void TestRoutePlanner::visitsThatDoNotFitGoAfterAnAppointment()
{
    // 9 km away is 24 minutes' drive: the visit cannot end before the 10:20 appointment.
    const QList<ScheduleStop> stops = {{east(9), at(9, 0), false}, {east(1), at(10, 20), true}};
    const QList<ScheduledStop> plan = RouteSchedule::plan(east(0), stops, at(10, 0));
    QCOMPARE(plan.size(), 2);
    QCOMPARE(plan.at(0).stop, 1);
    QCOMPARE(plan.at(0).at, at(10, 20));
    QCOMPARE(plan.at(1).stop, 0);
    // Free at 10:50, 8 km on (21 minutes): 11:11, rounded 11:15.
    QCOMPARE(plan.at(1).at, at(11, 15));
}

void TestRoutePlanner::appointmentsReachedLateAreFlagged()
{
    const QList<ScheduleStop> stops = {{east(20), at(10, 5), true}, {std::nullopt, at(15, 0), true}};
    const QList<ScheduledStop> plan = RouteSchedule::plan(east(0), stops, at(10, 0));
    QCOMPARE(plan.size(), 2);
    QCOMPARE(plan.at(0).at, at(10, 5));
    QVERIFY(plan.at(0).late);
    QCOMPARE(plan.at(1).at, at(15, 0));
    QVERIFY(!plan.at(1).late);
    QCOMPARE(RouteSchedule::driveMinutes(std::nullopt, east(1)), RouteSchedule::kUnknownDriveMinutes);
}

QTEST_APPLESS_MAIN(TestRoutePlanner)
#include "tst_routeplanner.moc"
