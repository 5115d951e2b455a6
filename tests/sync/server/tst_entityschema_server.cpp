#include "core/store/entityschema.h"
#include "core/uuidv7.h"
#include "pgtestdatabase.h"
#include "sync/server/passwordhasher.h"
#include "sync/server/pgdatabase.h"
#include "sync/server/pgdemosink.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace SalesSync;
using namespace SalesSync::Server;

// The server's half of the entity declarations' check (tst_entityschema has the client's): the
// PostgreSQL tables, their foreign keys, and the triggers generated from the declarations.
class TestEntitySchemaServer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void tablesMatchTheDeclarations();
    void foreignKeysAreTheReferences();
    void generatedTriggersAreInstalledAndChecked();
    void appendOnlyTablesRefuseChanges();
    void changeLogFollowsTheScopePath();

private:
    QString value(const QString &sql);
    std::unique_ptr<Test::PgTestDatabase> m_pg;
};

void TestEntitySchemaServer::initTestCase()
{
    QVERIFY(PasswordHasher::initialise());
    m_pg = std::make_unique<Test::PgTestDatabase>();
    QVERIFY2(m_pg->isValid(), qPrintable(m_pg->errorString()));
    DemoDataSpec spec;
    spec.customers = 20;
    spec.orderLines = 100;
    spec.products = 10;
    spec.customersPerTerritory = 10;
    spec.today = QDate(2026, 11, 23);
    PgDemoSink sink(m_pg->db(), PasswordHasher::hash(QStringLiteral("demo password 1")));
    QVERIFY(DemoDataGenerator(spec).generate(sink).ok());
}

QString TestEntitySchemaServer::value(const QString &sql)
{
    Result<QSqlDatabase> db = m_pg->db().connection();
    const Result<QVariant> v = pgValue(*db, sql);
    return v ? v->toString() : QStringLiteral("<error: %1>").arg(v.error().message());
}

void TestEntitySchemaServer::tablesMatchTheDeclarations()
{
    const QSet<QString> bookkeeping{QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("deleted"),
                                    QStringLiteral("field_hlc"), QStringLiteral("updated_at")};
    Result<QSqlDatabase> db = m_pg->db().connection();
    for (const EntityDef &entity : EntitySchema::all()) {
        Result<QSqlQuery> q = pgQuery(*db,
                                      QStringLiteral("SELECT column_name, data_type, is_nullable FROM "
                                                     "information_schema.columns WHERE table_name = ?"),
                                      {entity.table});
        QVERIFY(q.ok());
        QHash<QString, std::pair<QString, bool>> columns;
        while (q.value().next()) {
            const QString name = q.value().value(0).toString();
            // What the server keeps of an account beside the synced fields never leaves it.
            static const QSet<QString> account{
                QStringLiteral("password_hash"), QStringLiteral("created_at"), QStringLiteral("must_change_password"),
                QStringLiteral("setup_code_hash"), QStringLiteral("setup_code_expires_at")};
            const bool accountColumn = entity.table == u"users" && account.contains(name);
            if (!bookkeeping.contains(name) && !accountColumn) {
                columns.insert(q.value().value(0).toString(),
                               {q.value().value(1).toString(), q.value().value(2).toString() == u"YES"});
            }
        }
        QCOMPARE(columns.size(), entity.fields.size());
        for (const FieldDef &field : entity.fields) {
            QVERIFY2(columns.contains(field.name), qPrintable(entity.table + u'.' + field.name));
            const QString type = columns.value(field.name).first;
            const QString expected = field.type == FieldType::Integer     ? QStringLiteral("bigint")
                                     : field.type == FieldType::Real      ? QStringLiteral("double precision")
                                     : field.type == FieldType::Boolean   ? QStringLiteral("boolean")
                                     : field.type == FieldType::Timestamp ? QStringLiteral("timestamp with time zone")
                                     : field.type == FieldType::Date      ? QStringLiteral("date")
                                                                          : QStringLiteral("text");
            QVERIFY2(type == expected, qPrintable(entity.table + u'.' + field.name + u' ' + type));
            if (field.nullable) {
                QVERIFY2(columns.value(field.name).second, qPrintable(entity.table + u'.' + field.name));
            }
        }
    }
}

void TestEntitySchemaServer::foreignKeysAreTheReferences()
{
    // Every foreign key is a declared reference; every declared reference is a foreign key,
    // except to users (whose ids are PostgreSQL uuids, held as text in the data tables).
    Result<QSqlDatabase> db = m_pg->db().connection();
    QHash<QString, QString> entityOfTable;
    for (const EntityDef &entity : EntitySchema::all()) {
        entityOfTable.insert(entity.table, entity.name);
    }
    for (const EntityDef &entity : EntitySchema::all()) {
        Result<QSqlQuery> q =
            pgQuery(*db,
                    QStringLiteral("SELECT kcu.column_name, ccu.table_name FROM "
                                   "information_schema.table_constraints tc JOIN "
                                   "information_schema.key_column_usage kcu ON kcu.constraint_name = "
                                   "tc.constraint_name JOIN information_schema.constraint_column_usage "
                                   "ccu ON ccu.constraint_name = tc.constraint_name WHERE "
                                   "tc.constraint_type = 'FOREIGN KEY' AND tc.table_name = ?"),
                    {entity.table});
        QVERIFY(q.ok());
        QMap<QString, QString> keys;
        while (q.value().next()) {
            keys.insert(q.value().value(0).toString(), entityOfTable.value(q.value().value(1).toString()));
        }
        QMap<QString, QString> declared;
        for (const FieldDef &field : entity.fields) {
            if (!field.references.isEmpty() && field.references != u"user") {
                declared.insert(field.name, field.references);
            }
        }
        QCOMPARE(keys, declared);
    }
}

void TestEntitySchemaServer::generatedTriggersAreInstalledAndChecked()
{
    for (const EntityDef &entity : EntitySchema::all()) {
        const QString triggers =
            value(QStringLiteral("SELECT string_agg(tgname, ',' ORDER BY tgname) FROM pg_trigger WHERE tgrelid = "
                                 "'%1'::regclass AND NOT tgisinternal")
                      .arg(entity.table));
        QString expected = entity.appendOnly ? QStringLiteral("%1_append_only,%1_log").arg(entity.table)
                                             : QStringLiteral("%1_log,%1_version").arg(entity.table);
        if (entity.table == u"users") {
            expected = QStringLiteral("users_audit,users_disabled_revokes_sessions,users_log,users_version");
        } else if (!entity.audit.isEmpty()) {
            expected = entity.appendOnly ? QStringLiteral("%1_append_only,%1_audit,%1_log").arg(entity.table)
                                         : QStringLiteral("%1_audit,%1_log,%1_version").arg(entity.table);
        }
        QCOMPARE(triggers, expected);
    }
    QVERIFY(m_pg->db().checkSchema().ok());
    // Triggers made by another build are noticed, and migrate puts this build's back.
    QVERIFY(m_pg->exec(QStringLiteral("UPDATE server_meta SET value = 'other' WHERE key = 'generated_sql'")));
    const Status stale = m_pg->db().checkSchema();
    QVERIFY(!stale.ok());
    QVERIFY(stale.error().message().contains(QStringLiteral("migrate")));
    QVERIFY(m_pg->db().migrate().ok());
    QVERIFY(m_pg->db().checkSchema().ok());
}

void TestEntitySchemaServer::appendOnlyTablesRefuseChanges()
{
    QVERIFY(m_pg->exec(QStringLiteral("INSERT INTO audit_entries (id, at, user_id, device_id, action, entity, row_id) "
                                      "VALUES ('%1', now(), 'u', 'd', 'order.submitted', 'order', 'x')")
                           .arg(UuidV7::generateString())));
    for (const EntityDef &entity : EntitySchema::all()) {
        if (!entity.appendOnly) {
            continue;
        }
        const QString id = value(QStringLiteral("SELECT id FROM %1 LIMIT 1").arg(entity.table));
        QVERIFY2(!id.isEmpty(), qPrintable(entity.table));
        Result<QSqlDatabase> db = m_pg->db().connection();
        const Result<QSqlQuery> update =
            pgQuery(*db, QStringLiteral("UPDATE %1 SET deleted = true WHERE id = ?").arg(entity.table), {id});
        QVERIFY(!update.ok());
        QVERIFY(update.error().message().contains(QStringLiteral("append-only")));
        const Result<QSqlQuery> remove =
            pgQuery(*db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(entity.table), {id});
        QVERIFY(!remove.ok());
    }
}

void TestEntitySchemaServer::changeLogFollowsTheScopePath()
{
    // An order line is logged in its customer's territory (order line -> order -> customer), and
    // a customer that moves takes every row that belongs to it along, evicted from the old one.
    const QString line = value(QStringLiteral("SELECT id FROM order_lines ORDER BY id LIMIT 1"));
    const QString customer = value(
        QStringLiteral("SELECT o.customer_id FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE l.id = '%1'")
            .arg(line));
    const QString territory = value(QStringLiteral("SELECT territory_id FROM customers WHERE id = '%1'").arg(customer));
    QVERIFY(m_pg->exec(QStringLiteral("UPDATE order_lines SET description = 'logged' WHERE id = '%1'").arg(line)));
    QCOMPARE(value(QStringLiteral("SELECT territory_id FROM change_log WHERE entity = 'order_line' AND row_id = '%1' "
                                  "ORDER BY seq DESC LIMIT 1")
                       .arg(line)),
             territory);
    const QString other = value(
        QStringLiteral("SELECT id FROM territories WHERE level = 'territory' AND id <> '%1' LIMIT 1").arg(territory));
    const qint64 before = m_pg->count(QStringLiteral("change_log"));
    QVERIFY(
        m_pg->exec(QStringLiteral("UPDATE customers SET territory_id = '%1' WHERE id = '%2'").arg(other, customer)));
    QCOMPARE(value(QStringLiteral("SELECT territory_id || ' ' || evict FROM change_log WHERE entity = 'customer' AND "
                                  "row_id = '%1' AND evict")
                       .arg(customer)),
             territory + QStringLiteral(" true"));
    const QString family =
        QStringLiteral(
            "(SELECT count(*) FROM visits WHERE customer_id = '%1') + (SELECT count(*) FROM orders WHERE customer_id = "
            "'%1') + (SELECT count(*) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.customer_id = "
            "'%1') "
            "+ (SELECT count(*) FROM transactions WHERE customer_id = '%1')")
            .arg(customer);
    const qint64 rows = value(QStringLiteral("SELECT ") + family).toLongLong();
    QVERIFY(rows > 0);
    // The eviction, every row of the family in the new territory, the customer itself, and the
    // audit entry of the move.
    QCOMPARE(m_pg->count(QStringLiteral("change_log")) - before, rows + 3);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM change_log WHERE territory_id = '%1' AND NOT evict AND "
                                  "entity = 'order_line' AND row_id = '%2'")
                       .arg(other, line)),
             QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestEntitySchemaServer)
#include "tst_entityschema_server.moc"
