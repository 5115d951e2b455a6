// Who gains and loses which customers when customers, agents' territories or territories move.
#include "core/rules/realignment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace SalesSync;

namespace {

// Ids that read well in failures; UUIDs only where the wire format asks for them.
QString id(int n)
{
    return QStringLiteral("019a0000-0000-7000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

// Two regions (1, 2) with an area each (11, 21) and two territories per area (111, 112, 211,
// 212); agents 501 on 111 and 502 on 211 (users 601, 602); managers 701 of region 1 and 702 of
// area 21; customers 1001-1002 in 111, 1003 in 112, 1004 in 211.
Holdings organisation()
{
    Holdings h;
    h.parentOf = {{id(11), id(1)},   {id(21), id(2)},   {id(111), id(11)},
                  {id(112), id(11)}, {id(211), id(21)}, {id(212), id(21)}};
    h.agentUser = {{id(501), id(601)}, {id(502), id(602)}};
    h.agentTerritories = {{id(501), {id(111)}}, {id(502), {id(211)}}};
    h.managerTerritories = {{id(701), {id(1)}}, {id(702), {id(21)}}};
    h.customerTerritory = {{id(1001), id(111)}, {id(1002), id(111)}, {id(1003), id(112)}, {id(1004), id(211)}};
    return h;
}

const HolderChange *changeOf(const QList<HolderChange> &changes, const QString &user)
{
    for (const HolderChange &c : changes) {
        if (c.userId == user) {
            return &c;
        }
    }
    return nullptr;
}

} // namespace

class TestRealignment : public QObject {
    Q_OBJECT

private slots:
    void scopes();
    void customerMove();
    void agentGainsAndLosesTerritories();
    void territoryMoveChangesManagersOnly();
    void movesRoundTripAndRefuseNonsense_data();
    void movesRoundTripAndRefuseNonsense();
};

void TestRealignment::scopes()
{
    const Holdings h = organisation();
    QCOMPARE(h.customersOf(id(601)), QSet<QString>({id(1001), id(1002)}));
    // A manager holds everything below the nodes they manage.
    QCOMPARE(h.customersOf(id(701)), QSet<QString>({id(1001), id(1002), id(1003)}));
    QCOMPARE(h.customersOf(id(702)), QSet<QString>({id(1004)}));
    QCOMPARE(h.holders(), QStringList({id(601), id(602), id(701), id(702)}));
}

void TestRealignment::customerMove()
{
    const Holdings before = organisation();
    RealignmentMoves moves;
    moves.customers << RealignmentMoves::CustomerMove{{id(1002)}, id(211)};
    const QList<HolderChange> changes = Realignment::changes(before, Realignment::applied(before, moves));
    // The agents of both territories and both managers; nobody else.
    QCOMPARE(changes.size(), 4);
    QCOMPARE(changeOf(changes, id(601))->leaving, QStringList{id(1002)});
    QVERIFY(changeOf(changes, id(601))->arriving.isEmpty());
    QCOMPARE(changeOf(changes, id(602))->arriving, QStringList{id(1002)});
    QCOMPARE(changeOf(changes, id(701))->leaving, QStringList{id(1002)});
    QCOMPARE(changeOf(changes, id(702))->arriving, QStringList{id(1002)});
    // Moving within one person's scope changes nothing for them.
    RealignmentMoves inside;
    inside.customers << RealignmentMoves::CustomerMove{{id(1003)}, id(111)};
    const QList<HolderChange> small = Realignment::changes(before, Realignment::applied(before, inside));
    QCOMPARE(small.size(), 1);
    QCOMPARE(small.first().userId, id(601));
    QCOMPARE(small.first().arriving, QStringList{id(1003)});
}

void TestRealignment::agentGainsAndLosesTerritories()
{
    const Holdings before = organisation();
    RealignmentMoves moves;
    moves.agents << RealignmentMoves::AgentMove{id(501), {id(112)}, {id(111)}};
    const QList<HolderChange> changes = Realignment::changes(before, Realignment::applied(before, moves));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().arriving, QStringList{id(1003)});
    QCOMPARE(changes.first().leaving, QStringList({id(1001), id(1002)}));
}

void TestRealignment::territoryMoveChangesManagersOnly()
{
    const Holdings before = organisation();
    RealignmentMoves moves;
    moves.territories << RealignmentMoves::TerritoryMove{id(112), id(21)};
    const QList<HolderChange> changes = Realignment::changes(before, Realignment::applied(before, moves));
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changeOf(changes, id(701))->leaving, QStringList{id(1003)});
    QCOMPARE(changeOf(changes, id(702))->arriving, QStringList{id(1003)});
}

void TestRealignment::movesRoundTripAndRefuseNonsense_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("valid") << QByteArray(R"({"customers": [{"customer_ids": [")" + id(1).toLatin1() +
                                         R"("], "territory_id": ")" + id(2).toLatin1() + R"("}]})")
                           << "";
    QTest::newRow("nothing to move") << QByteArray(R"({"customers": []})") << "customers";
    QTest::newRow("unknown key") << QByteArray(R"({"customer": []})") << "customer";
    QTest::newRow("not an id") << QByteArray(R"({"territories": [{"territory_id": "x", "parent_id": ")" +
                                             id(2).toLatin1() + R"("}]})")
                               << "territories[0].territory_id";
    QTest::newRow("ids not a list") << QByteArray(R"({"customers": [{"customer_ids": "a", "territory_id": ")" +
                                                  id(2).toLatin1() + R"("}]})")
                                    << "customers[0].customer_ids";
}

void TestRealignment::movesRoundTripAndRefuseNonsense()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const Result<RealignmentMoves> moves = RealignmentMoves::fromJson(QJsonDocument::fromJson(json).object());
    if (field.isEmpty()) {
        QVERIFY(moves.ok());
        QCOMPARE(RealignmentMoves::fromJson(moves->toJson())->toJson(), moves->toJson());
        return;
    }
    QVERIFY(!moves.ok());
    QCOMPARE(moves.error().fields().first().field, field);
}

QTEST_APPLESS_MAIN(TestRealignment)
#include "tst_realignment.moc"
