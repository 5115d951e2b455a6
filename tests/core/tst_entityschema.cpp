#include "core/store/database.h"
#include "core/store/entityschema.h"
#include "core/store/sqlutil.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace SalesSync;

class TestEntitySchema : public QObject {
    Q_OBJECT

private slots:
    void declarationsMatchTheTables();
    void referencesAreTheForeignKeys();
    void referencesComeFirst();
    void ledgerIsAppendOnly();
    void scopePathsEndAtATerritory();
    void rootsAndTheirRows();
    void permissionsAndWritersAreConsistent();
    void stampsAreNeverTheClients();
    void createRulesAreSatisfiable();
};

void TestEntitySchema::declarationsMatchTheTables()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(QStringLiteral("s.db")));
    QVERIFY(db.ok());
    // Local bookkeeping, never synced: the row's identity and versions, and the customers' sort
    // keys (migration 6).
    const QSet<QString> bookkeeping{QStringLiteral("id"),         QStringLiteral("server_version"),
                                    QStringLiteral("updated_at"), QStringLiteral("rid"),
                                    QStringLiteral("name_key"),   QStringLiteral("city_key")};
    for (const EntityDef &entity : EntitySchema::all()) {
        Result<QSqlQuery> q =
            runQuery(db.value()->connection(), QStringLiteral("PRAGMA table_info(%1)").arg(entity.table));
        QVERIFY(q.ok());
        QStringList columns;
        QSet<QString> nullable;
        while (q.value().next()) {
            const QString name = q.value().value(1).toString();
            if (!bookkeeping.contains(name)) {
                columns << name;
                if (q.value().value(3).toInt() == 0) {
                    nullable.insert(name);
                }
            }
        }
        QVERIFY2(!columns.isEmpty(), qPrintable(entity.table));
        QCOMPARE(entity.fieldNames(), columns);
        for (const FieldDef &field : entity.fields) {
            // A field declared nullable must be nullable in the table.
            if (field.nullable) {
                QVERIFY2(nullable.contains(field.name), qPrintable(entity.table + u'.' + field.name));
            }
        }
    }
}

void TestEntitySchema::referencesAreTheForeignKeys()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(QStringLiteral("s.db")));
    QVERIFY(db.ok());
    QHash<QString, QString> entityOfTable;
    for (const EntityDef &entity : EntitySchema::all()) {
        entityOfTable.insert(entity.table, entity.name);
    }
    for (const EntityDef &entity : EntitySchema::all()) {
        Result<QSqlQuery> q =
            runQuery(db.value()->connection(), QStringLiteral("PRAGMA foreign_key_list(%1)").arg(entity.table));
        QVERIFY(q.ok());
        QMap<QString, QString> foreignKeys; // column -> entity
        while (q.value().next()) {
            foreignKeys.insert(q.value().value(3).toString(), entityOfTable.value(q.value().value(2).toString()));
        }
        QMap<QString, QString> declared;
        for (const FieldDef &field : entity.fields) {
            if (!field.references.isEmpty()) {
                declared.insert(field.name, field.references);
            }
        }
        QCOMPARE(declared, foreignKeys);
    }
    QCOMPARE(EntitySchema::get(QStringLiteral("order_line")).field(QStringLiteral("product_id"))->references,
             QStringLiteral("product"));
}

void TestEntitySchema::referencesComeFirst()
{
    // A pull page lists rows in this order, so a row never comes before what it refers to.
    QStringList seen;
    for (const EntityDef &entity : EntitySchema::all()) {
        for (const FieldDef &field : entity.fields) {
            if (!field.references.isEmpty() && field.references != entity.name) {
                QVERIFY2(seen.contains(field.references), qPrintable(entity.name + u'.' + field.name));
            }
        }
        seen << entity.name;
    }
    QCOMPARE(EntitySchema::find(QStringLiteral("nope")), nullptr);
}

void TestEntitySchema::ledgerIsAppendOnly()
{
    for (const QString &name : {QStringLiteral("transaction"), QStringLiteral("audit_entry")}) {
        for (const FieldDef &field : EntitySchema::get(name).fields) {
            QCOMPARE(field.policy, ConflictPolicy::AppendOnly);
        }
    }
    QCOMPARE(EntitySchema::get(QStringLiteral("customer")).field(QStringLiteral("credit_limit_minor"))->policy,
             ConflictPolicy::ServerOwned);
    QCOMPARE(EntitySchema::get(QStringLiteral("order")).field(QStringLiteral("status"))->policy,
             ConflictPolicy::StateMachine);
    QCOMPARE(EntitySchema::get(QStringLiteral("customer")).field(QStringLiteral("notes"))->policy,
             ConflictPolicy::LastWriterWins);
}

void TestEntitySchema::scopePathsEndAtATerritory()
{
    const QList<ScopeHop> line = EntitySchema::scopePath(EntitySchema::get(QStringLiteral("order_line")));
    QStringList hops;
    for (const ScopeHop &hop : line) {
        hops << hop.entity->name + u'.' + hop.field;
    }
    QCOMPARE(hops, QStringList({QStringLiteral("order_line.order_id"), QStringLiteral("order.customer_id"),
                                QStringLiteral("customer.territory_id")}));
    for (const EntityDef &entity : EntitySchema::all()) {
        const QList<ScopeHop> path = EntitySchema::scopePath(entity);
        QCOMPARE(path.isEmpty(), !entity.isScoped());
        if (path.isEmpty()) {
            continue;
        }
        // Each hop is a reference to the next hop's entity; the last one holds the territory.
        for (qsizetype i = 0; i + 1 < path.size(); ++i) {
            QCOMPARE(path.at(i).entity->field(path.at(i).field)->references, path.at(i + 1).entity->name);
        }
        QCOMPARE(path.last().entity->field(path.last().field)->references, QStringLiteral("territory"));
        QVERIFY2(!path.first().entity->field(path.first().field)->nullable, qPrintable(entity.name));
    }
    QCOMPARE(EntitySchema::get(QStringLiteral("audit_entry")).scope.kind, ScopeDef::Kind::AdminsOnly);
    QCOMPARE(EntitySchema::get(QStringLiteral("product")).scope.kind, ScopeDef::Kind::Everyone);
}

void TestEntitySchema::rootsAndTheirRows()
{
    QStringList roots;
    for (const EntityDef *root : EntitySchema::scopeRoots()) {
        roots << root->name;
    }
    QCOMPARE(roots, QStringList({QStringLiteral("customer"), QStringLiteral("sales_target")}));
    QStringList family;
    for (const EntityDef *dependent : EntitySchema::dependentsOf(EntitySchema::get(QStringLiteral("customer")))) {
        family << dependent->name;
    }
    QCOMPARE(family, QStringList({QStringLiteral("visit"), QStringLiteral("order"), QStringLiteral("order_line"),
                                  QStringLiteral("transaction")}));
    QVERIFY(EntitySchema::dependentsOf(EntitySchema::get(QStringLiteral("sales_target"))).isEmpty());
    QCOMPARE(EntitySchema::scopeRoot(EntitySchema::get(QStringLiteral("order_line")))->name,
             QStringLiteral("customer"));
    QCOMPARE(EntitySchema::scopeRoot(EntitySchema::get(QStringLiteral("product"))), nullptr);
}

void TestEntitySchema::permissionsAndWritersAreConsistent()
{
    for (const EntityDef &entity : EntitySchema::all()) {
        const QString name = entity.name;
        // Someone creates the rows of every entity, except the audit trail, which only the server writes.
        QCOMPARE(entity.permissions.create.isEmpty(), name == u"audit_entry" || name == u"user");
        if (entity.appendOnly) {
            QVERIFY2(entity.permissions.update.isEmpty() && entity.permissions.remove.isEmpty(), qPrintable(name));
        }
        for (const FieldDef &field : entity.fields) {
            const QString where = name + u'.' + field.name;
            QVERIFY2(field.writers.has_value(), qPrintable(where));
            // Nobody may change a field they may not update the entity for.
            QCOMPARE(field.writers->intersected(entity.permissions.update), *field.writers);
            if (entity.appendOnly) {
                QCOMPARE(field.policy, ConflictPolicy::AppendOnly);
            }
            if (field.policy == ConflictPolicy::Immutable || field.policy == ConflictPolicy::Derived ||
                field.policy == ConflictPolicy::AppendOnly) {
                QVERIFY2(field.writers->isEmpty(), qPrintable(where));
            }
            if (field.policy == ConflictPolicy::ServerOwned) {
                QVERIFY2(!field.writers->contains(Role::Agent), qPrintable(where));
            }
        }
    }
    // What the agents of today may do, spelt out.
    const EntityDef &customer = EntitySchema::get(QStringLiteral("customer"));
    QVERIFY(customer.permissions.create.contains(Role::Agent));
    QVERIFY(!customer.permissions.remove.contains(Role::Agent));
    QVERIFY(!customer.field(QStringLiteral("credit_limit_minor"))->writers->contains(Role::Agent));
    QVERIFY(customer.field(QStringLiteral("credit_limit_minor"))->writers->contains(Role::Admin));
    QVERIFY(customer.field(QStringLiteral("phone"))->writers->contains(Role::Agent));
    const EntityDef &target = EntitySchema::get(QStringLiteral("sales_target"));
    QVERIFY(!target.permissions.create.contains(Role::Agent));
    QVERIFY(target.permissions.update.contains(Role::Manager));
    QVERIFY(EntitySchema::get(QStringLiteral("order_line")).permissions.remove.contains(Role::Agent));
    QVERIFY(!EntitySchema::get(QStringLiteral("product")).permissions.update.contains(Role::Manager));
}

void TestEntitySchema::stampsAreNeverTheClients()
{
    QStringList stamped;
    for (const EntityDef &entity : EntitySchema::all()) {
        for (const FieldDef &field : entity.fields) {
            if (field.stamp != Stamp::None) {
                stamped << entity.name + u'.' + field.name;
                // Set when the row is made, from the session; an admin may reassign an agent's
                // visit, nobody else changes who did something.
                QVERIFY(field.writers->intersected({Role::Agent, Role::Manager}).isEmpty());
                QVERIFY(!field.requiredOnCreate());
            }
        }
    }
    QCOMPARE(stamped,
             QStringList({QStringLiteral("visit.agent_id"), QStringLiteral("order.agent_id"),
                          QStringLiteral("transaction.recorded_by"), QStringLiteral("audit_entry.user_id"),
                          QStringLiteral("audit_entry.device_id"), QStringLiteral("sales_target.created_by")}));
}

// Every role that may create an entity can: each field it may not set has a value the server
// gives it; enumerations start at one of their values; money fields name a currency.
void TestEntitySchema::createRulesAreSatisfiable()
{
    for (const EntityDef &entity : EntitySchema::all()) {
        for (const FieldDef &field : entity.fields) {
            const QString where = entity.name + u'.' + field.name;
            QVERIFY2(field.setters.has_value(), qPrintable(where));
            QCOMPARE(field.setters->intersected(entity.permissions.create), *field.setters);
            for (const Role role : {Role::Agent, Role::Manager, Role::Admin}) {
                if (entity.permissions.create.contains(role) && !field.setters->contains(role)) {
                    QVERIFY2(!field.requiredOnCreate(), qPrintable(where));
                }
            }
            if (!field.values.isEmpty() && field.initial.isString()) {
                QVERIFY2(field.values.contains(field.initial.toString()), qPrintable(where));
            }
            if (field.name == u"currency") {
                QCOMPARE(field.format, TextFormat::CurrencyCode);
            }
        }
    }
    const EntityDef &customer = EntitySchema::get(QStringLiteral("customer"));
    QVERIFY(customer.field(QStringLiteral("name"))->requiredOnCreate());
    QVERIFY(!customer.field(QStringLiteral("credit_limit_minor"))->setters->contains(Role::Agent));
    QVERIFY(customer.field(QStringLiteral("territory_id"))->setters->contains(Role::Agent));
    QCOMPARE(customer.field(QStringLiteral("status"))->values,
             QStringList({QStringLiteral("active"), QStringLiteral("on_hold"), QStringLiteral("inactive")}));
}

QTEST_GUILESS_MAIN(TestEntitySchema)
#include "tst_entityschema.moc"
