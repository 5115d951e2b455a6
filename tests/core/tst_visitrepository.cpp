#include "core/repositories/visitrepository.h"
#include "testfixture.h"

#include <QTest>

using namespace SalesSync;

namespace {
// A point this many metres due north of the fixture customer.
GeoPoint northOfCustomer(const Test::Fixture &f, double metres)
{
    return GeoPoint{f.customer.location->latitude + metres / 111195.08, f.customer.location->longitude};
}

Visit planned(const Test::Fixture &f, const Customer &customer)
{
    Visit v;
    v.customerId = customer.id;
    v.agentId = f.agent.id;
    v.plannedAt = QDateTime(QDate(2026, 11, 23), QTime(8, 30), Qt::UTC);
    return v;
}
} // namespace

class TestVisitRepository : public QObject {
    Q_OBJECT

private slots:
    void planAndList();
    void checkInInsideGeofence();
    void checkInOutsideNeedsReasonAndIsFlagged();
    void radiusIsConfigurable();
    void manualCheckInNeedsReason();
    void checkOutCompletes();
    void cancelNeedsReasonAndIsFinal();
    void rescheduleOnlyWhilePlanned();
    void rescheduleAllIsAllOrNothing();
    void notesAreKeptDuringTheVisit();
};

void TestVisitRepository::planAndList()
{
    Test::Fixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    VisitRepository visits(f.db());
    const Result<Visit> v = visits.plan(planned(f, f.customer));
    QVERIFY(v.ok());
    QCOMPARE(v->status, VisitStatus::Planned);
    Visit later = planned(f, f.farCustomer);
    later.plannedAt = later.plannedAt.addSecs(3600);
    QVERIFY(visits.plan(later).ok());
    const QList<Visit> day = *visits.forAgent(f.agent.id, QDateTime(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC),
                                              QDateTime(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC));
    QCOMPARE(day.size(), 2);
    QCOMPARE(day.first().customerId, f.customer.id);
    QCOMPARE(day.first().plannedAt, QDateTime(QDate(2026, 11, 23), QTime(8, 30), Qt::UTC));
    Visit bad = planned(f, f.customer);
    bad.customerId = UuidV7::generateString();
    QVERIFY(visits.plan(bad).error().hasField(QStringLiteral("customerId")));
}

void TestVisitRepository::checkInInsideGeofence()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    VisitRepository visits(f.db());
    const QString id = visits.plan(planned(f, f.customer))->id;
    CheckInInput in;
    in.at = QDateTime(QDate(2026, 11, 23), QTime(8, 34), Qt::UTC);
    in.position = northOfCustomer(f, 120);
    in.accuracyMetres = 8;
    const Result<Visit> v = visits.checkIn(id, in);
    QVERIFY2(v.ok(), v.ok() ? "" : qPrintable(v.error().message()));
    QCOMPARE(v->status, VisitStatus::CheckedIn);
    QVERIFY(v->checkIn.has_value());
    QCOMPARE(v->checkIn->at, in.at);
    QCOMPARE(v->checkIn->accuracyMetres, 8.0);
    QCOMPARE(v->checkIn->source, PositionSource::Gps);
    QVERIFY(std::abs(*v->checkIn->distanceMetres - 120.0) < 0.5);
    QVERIFY(!v->checkIn->outsideGeofence);
}

void TestVisitRepository::checkInOutsideNeedsReasonAndIsFlagged()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    VisitRepository visits(f.db());
    const QString id = visits.plan(planned(f, f.customer))->id;
    CheckInInput in;
    in.position = northOfCustomer(f, 850);
    const qint64 outboxBefore = f.outboxCount();
    const Result<Visit> refused = visits.checkIn(id, in);
    QVERIFY(!refused.ok());
    const QString message = refused.error().messageFor(QStringLiteral("checkIn.reason"));
    QVERIFY2(message.contains(QStringLiteral("850 m")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("200 m")));
    QCOMPARE(visits.get(id)->status, VisitStatus::Planned);
    QCOMPARE(f.outboxCount(), outboxBefore);
    in.reason = QStringLiteral("Met the owner at the wholesale market");
    const Result<Visit> v = visits.checkIn(id, in);
    QVERIFY(v.ok());
    QVERIFY(v->checkIn->outsideGeofence);
    QCOMPARE(qRound(*v->checkIn->distanceMetres), 850);
    QCOMPARE(v->checkIn->reason, in.reason);
    // The device writes no audit entry of its own: the server records the override on push.
    QCOMPARE(f.rowCount(QStringLiteral("audit_entries")), 0);
}

void TestVisitRepository::radiusIsConfigurable()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    VisitRepository visits(f.db());
    QCOMPARE(visits.geofenceRadiusMetres().value(), 200.0);
    QVERIFY(f.db().setMetaValue(QStringLiteral("geofence_radius_m"), QStringLiteral("1000")).ok());
    QCOMPARE(visits.geofenceRadiusMetres().value(), 1000.0);
    const QString id = visits.plan(planned(f, f.customer))->id;
    CheckInInput in;
    in.position = northOfCustomer(f, 850);
    const Result<Visit> v = visits.checkIn(id, in);
    QVERIFY(v.ok());
    QVERIFY(!v->checkIn->outsideGeofence);
}

void TestVisitRepository::manualCheckInNeedsReason()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    VisitRepository visits(f.db());
    // The customer without coordinates, and no GPS fix: manual check-in.
    const QString id = visits.plan(planned(f, f.farCustomer))->id;
    CheckInInput in;
    in.source = PositionSource::Manual;
    QVERIFY(visits.checkIn(id, in).error().hasField(QStringLiteral("checkIn.reason")));
    in.reason = QStringLiteral("No GPS fix in the basement shop");
    const Result<Visit> v = visits.checkIn(id, in);
    QVERIFY(v.ok());
    QVERIFY(!v->checkIn->position.has_value());
    QVERIFY(!v->checkIn->distanceMetres.has_value());
    QCOMPARE(v->checkIn->source, PositionSource::Manual);
}

void TestVisitRepository::checkOutCompletes()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    VisitRepository visits(f.db());
    const QString id = visits.plan(planned(f, f.customer))->id;
    QVERIFY(!visits.checkOut(id, {}, QStringLiteral("x"), {}, {}).ok());
    CheckInInput in;
    in.at = QDateTime(QDate(2026, 11, 23), QTime(8, 34), Qt::UTC);
    in.position = northOfCustomer(f, 10);
    QVERIFY(visits.checkIn(id, in).ok());
    const QDateTime out = in.at.addSecs(25 * 60);
    const Result<Visit> v = visits.checkOut(id, out, QStringLiteral("Order taken"), QStringLiteral("Cooler broken"),
                                            QStringLiteral("Bring the service form"));
    QVERIFY(v.ok());
    QCOMPARE(v->status, VisitStatus::Completed);
    QCOMPARE(v->checkedOutAt, out);
    QCOMPARE(v->checkIn->at.secsTo(v->checkedOutAt), 25 * 60);
    QCOMPARE(v->followUp, QStringLiteral("Bring the service form"));
    const Result<Visit> early = visits.checkOut(id, in.at.addSecs(-60), QString(), QString(), QString());
    QVERIFY(!early.ok());
}

void TestVisitRepository::cancelNeedsReasonAndIsFinal()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    VisitRepository visits(f.db());
    const QString id = visits.plan(planned(f, f.customer))->id;
    QVERIFY(visits.cancel(id, QString()).error().hasField(QStringLiteral("cancelReason")));
    QCOMPARE(visits.get(id)->status, VisitStatus::Planned);
    QVERIFY(visits.cancel(id, QStringLiteral("Shop closed for holidays")).ok());
    CheckInInput in;
    in.position = northOfCustomer(f, 10);
    const Result<Visit> late = visits.checkIn(id, in);
    QVERIFY(!late.ok());
    QCOMPARE(late.error().code(), ErrorCode::IllegalTransition);
    QVERIFY(!visits.markMissed(id).ok());
}

void TestVisitRepository::rescheduleOnlyWhilePlanned()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    VisitRepository visits(f.db());
    const QString id = visits.plan(planned(f, f.customer))->id;
    const QDateTime next = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
    QCOMPARE(visits.reschedule(id, next)->plannedAt, next);
    QVERIFY(visits.markMissed(id).ok());
    QCOMPARE(visits.reschedule(id, next.addDays(1)).error().code(), ErrorCode::IllegalTransition);
}

void TestVisitRepository::rescheduleAllIsAllOrNothing()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    VisitRepository visits(f.db());
    const Visit a = *visits.plan(planned(f, f.customer));
    const Visit b = *visits.plan(planned(f, f.farCustomer));
    const Visit done = *visits.plan(planned(f, f.farCustomer));
    QVERIFY(visits.cancel(done.id, QStringLiteral("Shop closed")).ok());
    const QDateTime nine = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    const QDateTime ten = nine.addSecs(3600);
    f.clearOutbox();

    // The cancelled visit cannot move: nothing moves.
    const Status refused = visits.rescheduleAll({{a.id, ten}, {b.id, nine}, {done.id, nine}});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::IllegalTransition);
    QCOMPARE(visits.get(a.id)->plannedAt, a.plannedAt);
    QCOMPARE(visits.get(b.id)->plannedAt, b.plannedAt);
    QCOMPARE(f.outboxCount(), 0);

    QVERIFY(visits.rescheduleAll({{a.id, ten}, {b.id, nine}}));
    QCOMPARE(visits.get(a.id)->plannedAt, ten);
    QCOMPARE(visits.get(b.id)->plannedAt, nine);
    QCOMPARE(f.outboxCount(), 2);
}

void TestVisitRepository::notesAreKeptDuringTheVisit()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    VisitRepository visits(f.db());
    const Visit v = *visits.plan(planned(f, f.customer));
    QCOMPARE(visits.saveNotes(v.id, QStringLiteral("x"), {}, {}).error().code(), ErrorCode::IllegalTransition);
    CheckInInput in;
    in.position = northOfCustomer(f, 20);
    in.accuracyMetres = 8;
    QVERIFY(visits.checkIn(v.id, in).ok());
    f.clearOutbox();
    QVERIFY(
        visits.saveNotes(v.id, QStringLiteral("Order taken"), QStringLiteral("New shelf"), QStringLiteral("Call Mo")));
    const Visit kept = *visits.get(v.id);
    QCOMPARE(kept.status, VisitStatus::CheckedIn);
    QCOMPARE(kept.notes, QStringLiteral("New shelf"));
    QCOMPARE(kept.followUp, QStringLiteral("Call Mo"));
    QCOMPARE(f.outboxCount(), 1);
    // The same text again writes nothing.
    QVERIFY(
        visits.saveNotes(v.id, QStringLiteral("Order taken"), QStringLiteral("New shelf"), QStringLiteral("Call Mo")));
    QCOMPARE(f.outboxCount(), 1);
}

QTEST_GUILESS_MAIN(TestVisitRepository)
#include "tst_visitrepository.moc"
