#include "core/demo/demodatagenerator.h"
#include "core/demo/demoworkspace.h"
#include "core/repositories/customerrepository.h"
#include "core/repositories/orderrepository.h"
#include "core/repositories/transactionrepository.h"
#include "core/repositories/visitrepository.h"
#include "core/rules/ledger.h"
#include "core/rules/ordercalculator.h"
#include "core/store/database.h"
#include "core/store/entityschema.h"
#include "core/store/sqlutil.h"
#include "core/uuidv7.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace SalesSync;

namespace {

DemoDataSpec smallSpec(quint64 seed = 7)
{
    DemoDataSpec spec;
    spec.seed = seed;
    spec.customers = 150;
    spec.orderLines = 3000;
    spec.products = 60;
    spec.customersPerTerritory = 40;
    spec.today = QDate(2026, 11, 23);
    return spec;
}

// A digest of every synced table's content (without the local updated_at stamp).
QByteArray digest(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const EntityDef &entity : EntitySchema::all()) {
        Result<QSqlQuery> q = runQuery(
            db.connection(),
            QStringLiteral("SELECT id, %1 FROM %2 ORDER BY id").arg(entity.fieldNames().join(u','), entity.table));
        while (q.ok() && q.value().next()) {
            for (int i = 0; i <= entity.fields.size(); ++i) {
                hash.addData(q.value().value(i).toString().toUtf8());
                hash.addData("|");
            }
        }
    }
    return hash.result();
}

} // namespace

class TestDemoDataGenerator : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSpecSameData();
    void sizesAreExact();
    void everythingObeysTheRules();
    void progressAndCancel();
    void demoWorkspaceRefusesARealProfile();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    DemoDataCounts m_counts;
};

void TestDemoDataGenerator::initTestCase()
{
    Result<std::unique_ptr<Database>> db = Database::open(m_dir.filePath(QStringLiteral("demo.db")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    const Result<DemoDataCounts> counts = DemoWorkspace::populate(*m_db, smallSpec());
    QVERIFY2(counts.ok(), counts.ok() ? "" : qPrintable(counts.error().message()));
    m_counts = *counts;
}

void TestDemoDataGenerator::sameSpecSameData()
{
    Result<std::unique_ptr<Database>> again = Database::open(m_dir.filePath(QStringLiteral("again.db")));
    Result<std::unique_ptr<Database>> other = Database::open(m_dir.filePath(QStringLiteral("other.db")));
    QVERIFY(again.ok() && other.ok());
    QVERIFY(DemoWorkspace::populate(*again.value(), smallSpec()).ok());
    QVERIFY(DemoWorkspace::populate(*other.value(), smallSpec(8)).ok());
    QCOMPARE(digest(*again.value()), digest(*m_db));
    QVERIFY(digest(*other.value()) != digest(*m_db));
    QCOMPARE(again.value()->actorUserId(), m_db->actorUserId());
}

void TestDemoDataGenerator::sizesAreExact()
{
    QCOMPARE(m_counts.customers, 150);
    QCOMPARE(m_counts.orderLines, 3000);
    QCOMPARE(m_counts.products, 60);
    const auto count = [this](const char *table) {
        return queryValue(m_db->connection(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table))
            ->toLongLong();
    };
    QCOMPARE(count("customers"), m_counts.customers);
    QCOMPARE(count("order_lines"), m_counts.orderLines);
    QCOMPARE(count("orders"), m_counts.orders);
    QCOMPARE(count("visits"), m_counts.visits);
    QCOMPARE(count("transactions"), m_counts.transactions);
    QCOMPARE(count("territories"), m_counts.territories);
    QCOMPARE(count("users"), m_counts.users);
    QVERIFY(m_counts.orders > 300);
    QVERIFY(m_counts.visits > m_counts.orders / 2);
    QVERIFY(m_counts.transactions > m_counts.orders);
    // Data as the server has it: nothing waits in the outbox.
    QCOMPARE(count("outbox"), 0);
    QCOMPARE(DemoWorkspace::isDemo(*m_db).value(), true);
}

void TestDemoDataGenerator::everythingObeysTheRules()
{
    QSqlDatabase db = m_db->connection();
    QVERIFY(!runQuery(db, QStringLiteral("PRAGMA foreign_key_check")).value().next());
    // Every id is a UUIDv7.
    for (const EntityDef &entity : EntitySchema::all()) {
        Result<QSqlQuery> ids = runQuery(db, QStringLiteral("SELECT id FROM ") + entity.table);
        while (ids.value().next()) {
            QVERIFY2(UuidV7::isValid(ids.value().value(0).toString()), qPrintable(entity.table));
        }
    }
    // Every customer passes validation and has plausible coordinates.
    CustomerRepository customers(*m_db);
    for (const Customer &c : *customers.search(QString(), 1000)) {
        QVERIFY2(c.validate().isEmpty(), qPrintable(c.name));
        QVERIFY(c.location.has_value());
        QVERIFY(c.location->latitude > 47 && c.location->latitude < 55.1);
        QVERIFY(c.location->longitude > 5.8 && c.location->longitude < 15.1);
    }
    // Every order's stored amounts are what OrderCalculator computes.
    OrderRepository orders(*m_db);
    Result<QSqlQuery> orderIds = runQuery(db, QStringLiteral("SELECT id FROM orders"));
    while (orderIds.value().next()) {
        Order order = *orders.get(orderIds.value().value(0).toString());
        const Order stored = order;
        QVERIFY(order.validate().isEmpty());
        QVERIFY(OrderCalculator::calculate(order).ok());
        QCOMPARE(order.total, stored.total);
        QCOMPARE(order.taxTotal, stored.taxTotal);
    }
    // Invoices only for approved or fulfilled orders, for their total.
    QCOMPARE(
        queryValue(db, QStringLiteral("SELECT count(*) FROM transactions t JOIN orders o ON o.id = t.order_id "
                                      "WHERE t.kind = 'invoice' AND t.direction = 'forward' AND "
                                      "(o.status NOT IN ('approved', 'fulfilled') OR t.amount_minor <> o.total_minor)"))
            ->toInt(),
        0);
    // Every reversal is valid against its original and what was reversed before it.
    TransactionRepository ledger(*m_db);
    Result<QSqlQuery> originals = runQuery(db, QStringLiteral("SELECT DISTINCT reverses_id FROM transactions WHERE "
                                                              "reverses_id IS NOT NULL"));
    int reversed = 0;
    while (originals.value().next()) {
        const Transaction original = *ledger.get(originals.value().value(0).toString());
        const QList<Transaction> reversals = *ledger.reversalsOf(original.id);
        for (qsizetype i = 0; i < reversals.size(); ++i) {
            QVERIFY(Ledger::validateReversal(reversals.at(i), original, reversals.mid(0, i)).ok());
        }
        ++reversed;
    }
    QVERIFY(reversed > 0);
    // Visits are valid; some check-ins were outside the geofence, each with a reason.
    VisitRepository visits(*m_db);
    Result<QSqlQuery> visitIds = runQuery(db, QStringLiteral("SELECT id FROM visits"));
    int outside = 0;
    while (visitIds.value().next()) {
        const Visit v = *visits.get(visitIds.value().value(0).toString());
        QVERIFY2(v.validate().isEmpty(), qPrintable(v.validate().isEmpty() ? QString() : v.validate().first().field));
        outside += v.checkIn && v.checkIn->outsideGeofence ? 1 : 0;
    }
    QVERIFY(outside > 0);
    // Today has a route.
    QVERIFY(queryValue(db, QStringLiteral("SELECT count(*) FROM visits WHERE status = 'planned' AND planned_at >= "
                                          "'2026-11-23' AND planned_at < '2026-11-24'"))
                ->toInt() > 0);
}

void TestDemoDataGenerator::progressAndCancel()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(QStringLiteral("cancel.db")));
    QVERIFY(db.ok());
    int calls = 0;
    qint64 last = 0;
    const Result<DemoDataCounts> counts =
        DemoWorkspace::populate(*db.value(), smallSpec(), [&](qint64 done, qint64 total) {
            ++calls;
            Q_ASSERT(done >= last && done <= total);
            last = done;
            return calls < 2;
        });
    QVERIFY(!counts.ok());
    QVERIFY(counts.error().message().contains(QStringLiteral("cancelled")));
    QCOMPARE(calls, 2);
    // Cancelled means nothing was written.
    QCOMPARE(queryValue(db.value()->connection(), QStringLiteral("SELECT count(*) FROM customers"))->toInt(), 0);
    QCOMPARE(queryValue(db.value()->connection(), QStringLiteral("SELECT count(*) FROM territories"))->toInt(), 0);
}

void TestDemoDataGenerator::demoWorkspaceRefusesARealProfile()
{
    const Result<DemoDataCounts> again = DemoWorkspace::populate(*m_db, smallSpec());
    QVERIFY(!again.ok());
    QVERIFY(again.error().message().contains(QStringLiteral("already holds customers")));
    QCOMPARE(queryValue(m_db->connection(), QStringLiteral("SELECT count(*) FROM customers"))->toInt(), 150);
}

QTEST_GUILESS_MAIN(TestDemoDataGenerator)
#include "tst_demodatagenerator.moc"
