#include "core/geo.h"

#include <QTest>

using namespace SalesSync;

class TestGeo : public QObject {
    Q_OBJECT

private slots:
    void distances_data();
    void distances();
    void geofence_data();
    void geofence();
    void noCustomerPositionMeansNoCheck();
};

void TestGeo::distances_data()
{
    QTest::addColumn<double>("lat1");
    QTest::addColumn<double>("lon1");
    QTest::addColumn<double>("lat2");
    QTest::addColumn<double>("lon2");
    QTest::addColumn<double>("metres");
    QTest::addColumn<double>("tolerance");
    // Reference values: haversine on the 6371.0088 km mean radius.
    QTest::newRow("same point") << 48.7784 << 9.18 << 48.7784 << 9.18 << 0.0 << 0.001;
    QTest::newRow("Berlin - Paris") << 52.5200 << 13.4050 << 48.8566 << 2.3522 << 877464.0 << 500.0;
    QTest::newRow("London - New York") << 51.5074 << -0.1278 << 40.7128 << -74.0060 << 5570230.0 << 2000.0;
    QTest::newRow("one degree of latitude") << 0.0 << 0.0 << 1.0 << 0.0 << 111195.1 << 1.0;
    QTest::newRow("across the date line") << 0.0 << 179.5 << 0.0 << -179.5 << 111195.1 << 1.0;
    QTest::newRow("pole to pole") << 90.0 << 0.0 << -90.0 << 0.0 << 20015115.0 << 10.0;
    QTest::newRow("antipodes") << 0.0 << 0.0 << 0.0 << 180.0 << 20015115.0 << 10.0;
    QTest::newRow("Stuttgart 150 m") << 48.7784 << 9.1800 << 48.7784 + 150.0 / 111195.1 << 9.1800 << 150.0 << 0.5;
}

void TestGeo::distances()
{
    QFETCH(double, lat1);
    QFETCH(double, lon1);
    QFETCH(double, lat2);
    QFETCH(double, lon2);
    QFETCH(double, metres);
    QFETCH(double, tolerance);
    const double d = distanceMetres({lat1, lon1}, {lat2, lon2});
    QVERIFY2(std::abs(d - metres) <= tolerance, qPrintable(QStringLiteral("got %1 m").arg(d, 0, 'f', 1)));
    QCOMPARE(distanceMetres({lat2, lon2}, {lat1, lon1}), d);
}

void TestGeo::geofence_data()
{
    QTest::addColumn<double>("offsetMetres");
    QTest::addColumn<double>("radius");
    QTest::addColumn<bool>("outside");
    QTest::newRow("at the door") << 5.0 << 200.0 << false;
    QTest::newRow("just inside") << 199.0 << 200.0 << false;
    QTest::newRow("just outside") << 201.0 << 200.0 << true;
    QTest::newRow("across town") << 3500.0 << 200.0 << true;
    QTest::newRow("configured 50 m") << 80.0 << 50.0 << true;
    QTest::newRow("configured 1 km") << 800.0 << 1000.0 << false;
}

void TestGeo::geofence()
{
    QFETCH(double, offsetMetres);
    QFETCH(double, radius);
    QFETCH(bool, outside);
    const GeoPoint customer{48.7784, 9.1800};
    const GeoPoint checkIn{customer.latitude + offsetMetres / 111195.08, customer.longitude};
    const std::optional<GeofenceCheck> check = checkGeofence(checkIn, customer, radius);
    QVERIFY(check.has_value());
    QCOMPARE(check->outside, outside);
    QCOMPARE(check->radiusMetres, radius);
    QVERIFY(std::abs(check->distanceMetres - offsetMetres) < 0.5);
}

void TestGeo::noCustomerPositionMeansNoCheck()
{
    QVERIFY(!checkGeofence({48.0, 9.0}, std::nullopt).has_value());
    QVERIFY(!checkGeofence({48.0, 9.0}, GeoPoint{91.0, 0.0}).has_value());
    QVERIFY(!GeoPoint({std::nan(""), 0}).isValid());
    QVERIFY(!GeoPoint({0, 180.5}).isValid());
}

QTEST_GUILESS_MAIN(TestGeo)
#include "tst_geo.moc"
