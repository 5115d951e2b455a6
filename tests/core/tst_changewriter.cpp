#include "core/hybridlogicalclock.h"
#include "core/repositories/customerrepository.h"
#include "core/repositories/orderrepository.h"
#include "core/store/changewriter.h"
#include "core/store/sqlutil.h"
#include "core/uuidv7.h"
#include "testfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace SalesSync;

namespace {

struct OutboxRow {
    QString opId, changeSetId, entity, rowId, op, hlc, userId;
    QJsonObject fields;
    qint64 baseVersion = -1;
};

QList<OutboxRow> outbox(Database &db)
{
    Result<QSqlQuery> q =
        runQuery(db.connection(), QStringLiteral("SELECT op_id, change_set_id, entity, row_id, op, fields, "
                                                 "hlc, base_version, user_id FROM outbox ORDER BY seq"));
    QList<OutboxRow> rows;
    while (q.ok() && q.value().next()) {
        OutboxRow r;
        r.opId = q.value().value(0).toString();
        r.changeSetId = q.value().value(1).toString();
        r.entity = q.value().value(2).toString();
        r.rowId = q.value().value(3).toString();
        r.op = q.value().value(4).toString();
        r.fields = QJsonDocument::fromJson(q.value().value(5).toString().toUtf8()).object();
        r.hlc = q.value().value(6).toString();
        r.baseVersion = q.value().value(7).toLongLong();
        r.userId = q.value().value(8).toString();
        rows << r;
    }
    return rows;
}

Order twoLineOrder(const Test::Fixture &f)
{
    return f.draftOrder(f.customer, {{f.beer, 2000}, {f.bread, 1500}});
}

} // namespace

class TestChangeWriter : public QObject {
    Q_OBJECT

private slots:
    void createRecordsEveryField();
    void updateRecordsOnlyChangedFieldsWithBaseVersion();
    void unchangedUpdateRecordsNothing();
    void deleteRecordsATombstone();
    void changeSetKeepsParentsFirst();
    void noDataWithoutItsOutboxRecord();
    void noOutboxRecordWithoutItsData();
    void clockIsPersistedAndMonotonic();
};

void TestChangeWriter::createRecordsEveryField()
{
    Test::Fixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    f.clearOutbox();
    CustomerRepository customers(f.db());
    Customer c = f.customer;
    c.id.clear();
    c.code = QStringLiteral("C000099");
    const Result<Customer> created = customers.create(c);
    QVERIFY(created.ok());
    const QList<OutboxRow> rows = outbox(f.db());
    QCOMPARE(rows.size(), 1);
    const OutboxRow &r = rows.first();
    QVERIFY(UuidV7::isValid(r.opId));
    QVERIFY(UuidV7::isValid(r.changeSetId));
    QCOMPARE(r.entity, QStringLiteral("customer"));
    QCOMPARE(r.rowId, created->id);
    QCOMPARE(r.op, QStringLiteral("create"));
    QCOMPARE(r.baseVersion, 0);
    QCOMPARE(r.userId, f.agentUser.id);
    QVERIFY(HlcTimestamp::parse(r.hlc).has_value());
    QCOMPARE(HlcTimestamp::parse(r.hlc)->node, f.db().deviceId());
    QCOMPARE(r.fields.keys().size(), EntitySchema::get(QStringLiteral("customer")).fields.size());
    QCOMPARE(r.fields.value(QStringLiteral("name")).toObject().value(QStringLiteral("new")).toString(), c.name);
    QVERIFY(r.fields.value(QStringLiteral("name")).toObject().value(QStringLiteral("old")).isNull());
    QCOMPARE(r.fields.value(QStringLiteral("credit_limit_minor")).toObject().value(QStringLiteral("new")).toInteger(),
             100000);
    QCOMPARE(r.fields.value(QStringLiteral("latitude")).toObject().value(QStringLiteral("new")).toDouble(), 48.7784);
    QVERIFY(r.fields.value(QStringLiteral("price_list_id")).toObject().value(QStringLiteral("new")).isNull());
}

void TestChangeWriter::updateRecordsOnlyChangedFieldsWithBaseVersion()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    // As if the server had acknowledged the row at version 7.
    QVERIFY(runQuery(f.db().connection(), QStringLiteral("UPDATE customers SET server_version = 7 WHERE id = ?"),
                     {f.customer.id})
                .ok());
    f.clearOutbox();
    Customer c = f.customer;
    c.phone = QStringLiteral("+49 711 9999999");
    c.notes = QStringLiteral("Deliveries before 9 only");
    QVERIFY(CustomerRepository(f.db()).update(c).ok());
    const QList<OutboxRow> rows = outbox(f.db());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().op, QStringLiteral("update"));
    QCOMPARE(rows.first().baseVersion, 7);
    QStringList changed = rows.first().fields.keys();
    changed.sort();
    QCOMPARE(changed, (QStringList{QStringLiteral("notes"), QStringLiteral("phone")}));
    const QJsonObject phone = rows.first().fields.value(QStringLiteral("phone")).toObject();
    QCOMPARE(phone.value(QStringLiteral("old")).toString(), f.customer.phone);
    QCOMPARE(phone.value(QStringLiteral("new")).toString(), c.phone);
}

void TestChangeWriter::unchangedUpdateRecordsNothing()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    f.clearOutbox();
    QVERIFY(CustomerRepository(f.db()).update(f.customer).ok());
    QCOMPARE(f.outboxCount(), 0);
}

void TestChangeWriter::deleteRecordsATombstone()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    f.clearOutbox();
    QVERIFY(CustomerRepository(f.db()).remove(f.farCustomer.id).ok());
    QCOMPARE(f.rowCount(QStringLiteral("customers")), 1);
    const QList<OutboxRow> rows = outbox(f.db());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().op, QStringLiteral("delete"));
    QCOMPARE(rows.first().rowId, f.farCustomer.id);
    const QJsonObject name = rows.first().fields.value(QStringLiteral("name")).toObject();
    QCOMPARE(name.value(QStringLiteral("old")).toString(), f.farCustomer.name);
    QVERIFY(name.value(QStringLiteral("new")).isNull());
}

void TestChangeWriter::changeSetKeepsParentsFirst()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    f.clearOutbox();
    const Result<Order> order = OrderRepository(f.db()).createDraft(twoLineOrder(f));
    QVERIFY2(order.ok(), order.ok() ? "" : qPrintable(order.error().message()));
    const QList<OutboxRow> rows = outbox(f.db());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).entity, QStringLiteral("order"));
    QCOMPARE(rows.at(1).entity, QStringLiteral("order_line"));
    QCOMPARE(rows.at(2).entity, QStringLiteral("order_line"));
    QCOMPARE(rows.at(1).changeSetId, rows.at(0).changeSetId);
    QCOMPARE(rows.at(2).changeSetId, rows.at(0).changeSetId);
    QVERIFY(HlcTimestamp::parse(rows.at(0).hlc) < HlcTimestamp::parse(rows.at(1).hlc));
    QVERIFY(rows.at(0).opId < rows.at(1).opId);
}

void TestChangeWriter::noDataWithoutItsOutboxRecord()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    const qint64 outboxBefore = f.outboxCount();
    // Make every outbox write fail, as a full disk or a crash at that point would.
    QVERIFY(runQuery(f.db().connection(), QStringLiteral("CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox BEGIN "
                                                         "SELECT RAISE(ABORT, 'injected outbox failure'); END"))
                .ok());
    Customer c = f.customer;
    c.id.clear();
    c.code = QStringLiteral("C000777");
    const Result<Customer> created = CustomerRepository(f.db()).create(c);
    QVERIFY(!created.ok());
    QVERIFY(created.error().message().contains(QStringLiteral("injected outbox failure")));
    QCOMPARE(f.rowCount(QStringLiteral("customers")), 2);
    Customer edited = f.customer;
    edited.name = QStringLiteral("Renamed");
    QVERIFY(!CustomerRepository(f.db()).update(edited).ok());
    QCOMPARE(CustomerRepository(f.db()).get(f.customer.id)->name, f.customer.name);
    QVERIFY(!CustomerRepository(f.db()).remove(f.farCustomer.id).ok());
    QCOMPARE(f.rowCount(QStringLiteral("customers")), 2);
    QCOMPARE(f.outboxCount(), outboxBefore);
}

void TestChangeWriter::noOutboxRecordWithoutItsData()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    f.clearOutbox();
    // The order and its first line are written, with their outbox records, before the second
    // line fails: none of it may remain.
    QVERIFY(runQuery(f.db().connection(),
                     QStringLiteral("CREATE TRIGGER fail_second_line BEFORE INSERT ON order_lines WHEN new.line_no = 2 "
                                    "BEGIN SELECT RAISE(ABORT, 'injected line failure'); END"))
                .ok());
    const Result<Order> order = OrderRepository(f.db()).createDraft(twoLineOrder(f));
    QVERIFY(!order.ok());
    QVERIFY(order.error().message().contains(QStringLiteral("injected line failure")));
    QCOMPARE(f.rowCount(QStringLiteral("orders")), 0);
    QCOMPARE(f.rowCount(QStringLiteral("order_lines")), 0);
    QCOMPARE(f.outboxCount(), 0);
}

void TestChangeWriter::clockIsPersistedAndMonotonic()
{
    QString lastHlc;
    QString path;
    QTemporaryDir keep;
    {
        Test::Fixture f;
        QVERIFY(f.isValid());
        const QList<OutboxRow> rows = outbox(f.db());
        QVERIFY(!rows.isEmpty());
        lastHlc = rows.last().hlc;
        QCOMPARE(f.db().metaValue(QStringLiteral("hlc_last")).value(), lastHlc);
        QVERIFY(
            runQuery(f.db().connection(), QStringLiteral("VACUUM INTO ?"), {keep.filePath(QStringLiteral("copy.db"))})
                .ok());
        path = keep.filePath(QStringLiteral("copy.db"));
    }
    Result<std::unique_ptr<Database>> reopened = Database::open(path);
    QVERIFY(reopened.ok());
    QVERIFY(reopened.value()->nextHlc().toString() > lastHlc);
}

QTEST_GUILESS_MAIN(TestChangeWriter)
#include "tst_changewriter.moc"
