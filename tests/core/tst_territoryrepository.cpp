#include "core/repositories/customerrepository.h"
#include "core/repositories/territoryrepository.h"
#include "core/repositories/userrepository.h"
#include "testfixture.h"

#include <QTest>

using namespace SalesSync;

class TestTerritoryRepository : public QObject {
    Q_OBJECT

private slots:
    void treeLevelsAreEnforced_data();
    void treeLevelsAreEnforced();
    void subtreeAndCycles();
    void removeOnlyWhenUnused();
    void deactivateOnlyWhenEmpty();
    void managersAndAgents();
};

void TestTerritoryRepository::treeLevelsAreEnforced_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<bool>("ok");
    QTest::newRow("region without parent") << int(TerritoryLevel::Region) << "" << true;
    QTest::newRow("region with parent") << int(TerritoryLevel::Region) << "region" << false;
    QTest::newRow("area under region") << int(TerritoryLevel::Area) << "region" << true;
    QTest::newRow("area under area") << int(TerritoryLevel::Area) << "area" << false;
    QTest::newRow("territory under area") << int(TerritoryLevel::Territory) << "area" << true;
    QTest::newRow("territory under region") << int(TerritoryLevel::Territory) << "region" << false;
    QTest::newRow("territory without parent") << int(TerritoryLevel::Territory) << "" << false;
    QTest::newRow("territory under a missing node") << int(TerritoryLevel::Territory) << "missing" << false;
}

void TestTerritoryRepository::treeLevelsAreEnforced()
{
    QFETCH(int, level);
    QFETCH(QString, parent);
    QFETCH(bool, ok);
    Test::Fixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    Territory t;
    t.level = TerritoryLevel(level);
    t.code = QStringLiteral("NEW");
    t.name = QStringLiteral("New node");
    t.parentId = parent == u"region"    ? f.region.id
                 : parent == u"area"    ? f.area.id
                 : parent == u"missing" ? UuidV7::generateString()
                                        : QString();
    const Result<Territory> created = TerritoryRepository(f.db()).create(t);
    QCOMPARE(created.ok(), ok);
    if (!ok) {
        QVERIFY2(created.error().hasField(QStringLiteral("parentId")), qPrintable(created.error().message()));
        QCOMPARE(f.rowCount(QStringLiteral("territories")), 4);
    }
}

void TestTerritoryRepository::subtreeAndCycles()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    TerritoryRepository territories(f.db());
    QStringList subtree = *territories.subtreeIds(f.region.id);
    subtree.sort();
    QStringList expected{f.region.id, f.area.id, f.territory.id, f.otherTerritory.id};
    expected.sort();
    QCOMPARE(subtree, expected);
    QCOMPARE(territories.subtreeIds(f.territory.id)->size(), 1);
    // Moving an area under a region is fine; moving it below its own child is not.
    Territory south;
    south.level = TerritoryLevel::Region;
    south.code = QStringLiteral("R-2");
    south.name = QStringLiteral("Region 2");
    south = *territories.create(south);
    Territory moved = f.area;
    moved.parentId = south.id;
    QVERIFY(territories.update(moved).ok());
    QCOMPARE(*territories.subtreeIds(f.region.id), QStringList{f.region.id});
    Territory selfParent = f.area;
    selfParent.parentId = f.area.id;
    QVERIFY(territories.update(selfParent).error().hasField(QStringLiteral("parentId")));
}

void TestTerritoryRepository::removeOnlyWhenUnused()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    TerritoryRepository territories(f.db());
    QVERIFY(!territories.remove(f.area.id).ok());      // has children
    QVERIFY(!territories.remove(f.territory.id).ok()); // has customers and an agent
    QVERIFY(territories.remove(f.otherTerritory.id).ok());
    QCOMPARE(territories.get(f.otherTerritory.id).error().code(), ErrorCode::NotFound);
}

void TestTerritoryRepository::deactivateOnlyWhenEmpty()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    TerritoryRepository territories(f.db());
    Territory busy = f.territory;
    busy.active = false;
    const Result<Territory> refused = territories.update(busy);
    QVERIFY(refused.error().hasField(QStringLiteral("active")));
    QVERIFY2(refused.error().message().contains(u"move them to another territory first"),
             qPrintable(refused.error().message()));
    QVERIFY(territories.get(f.territory.id)->active);
    // An area with an active territory below it stays open too.
    Territory area = f.area;
    area.active = false;
    QVERIFY(territories.update(area).error().hasField(QStringLiteral("active")));
    // The empty one closes, and then takes no customers and no agents.
    Territory empty = f.otherTerritory;
    empty.active = false;
    QVERIFY(territories.update(empty).ok());
    QVERIFY(!territories.get(f.otherTerritory.id)->active);
    const Status placed = territories.checkPlacement(f.otherTerritory.id, QStringLiteral("territoryId"));
    QVERIFY(placed.error().hasField(QStringLiteral("territoryId")));
    QVERIFY2(placed.error().fields().first().message.contains(u"deactivated"), qPrintable(placed.error().message()));
    Customer moved = f.customer;
    moved.territoryId = f.otherTerritory.id;
    QVERIFY(CustomerRepository(f.db()).update(moved).error().hasField(QStringLiteral("territoryId")));
    // A level never changes.
    Territory relevel = f.territory;
    relevel.level = TerritoryLevel::Area;
    relevel.parentId = f.region.id;
    QVERIFY(territories.update(relevel).error().hasField(QStringLiteral("level")));
}

void TestTerritoryRepository::managersAndAgents()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    UserRepository users(f.db());
    User manager;
    manager.username = QStringLiteral("petra.krause");
    manager.displayName = QStringLiteral("Petra Krause");
    manager.role = Role::Manager;
    manager.managedTerritoryIds = {f.region.id};
    const Result<User> created = users.create(manager);
    QVERIFY(created.ok());
    QCOMPARE(users.findByUsername(QStringLiteral("petra.krause"))->managedTerritoryIds, QStringList{f.region.id});
    User agentManaging = f.agentUser;
    agentManaging.managedTerritoryIds = {f.region.id};
    QVERIFY(users.update(agentManaging).error().hasField(QStringLiteral("managedTerritoryIds")));
    User badName = manager;
    badName.id.clear();
    badName.username = QStringLiteral("Petra Krause");
    QVERIFY(users.create(badName).error().hasField(QStringLiteral("username")));
    User duplicate = manager;
    duplicate.id.clear();
    QVERIFY(users.create(duplicate).error().hasField(QStringLiteral("username")));

    Agent agent = f.agent;
    agent.territoryIds = {f.territory.id, f.otherTerritory.id};
    const Result<Agent> moved = users.updateAgent(agent);
    QVERIFY(moved.ok());
    QCOMPARE(moved->territoryIds.size(), 2);
    agent.territoryIds = {f.area.id};
    QVERIFY(users.updateAgent(agent).error().hasField(QStringLiteral("territoryIds[0]")));
    agent.territoryIds = {f.otherTerritory.id};
    QCOMPARE(users.updateAgent(agent)->territoryIds, QStringList{f.otherTerritory.id});
    QCOMPARE(f.rowCount(QStringLiteral("agent_territories")), 1);
    Agent managerAsAgent;
    managerAsAgent.userId = created->id;
    managerAsAgent.employeeId = QStringLiteral("E2");
    QVERIFY(users.createAgent(managerAsAgent).error().hasField(QStringLiteral("userId")));
}

QTEST_GUILESS_MAIN(TestTerritoryRepository)
#include "tst_territoryrepository.moc"
