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
};

void TestEntitySchema::declarationsMatchTheTables()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(QStringLiteral("s.db")));
    QVERIFY(db.ok());
    const QSet<QString> bookkeeping{QStringLiteral("id"), QStringLiteral("server_version"),
                                    QStringLiteral("updated_at"), QStringLiteral("rid")};
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

QTEST_GUILESS_MAIN(TestEntitySchema)
#include "tst_entityschema.moc"
