#include "core/demo/demodatagenerator.h"
#include "core/uuidv7.h"
#include "pgtestdatabase.h"
#include "sync/server/companyprofiles.h"
#include "sync/server/passwordhasher.h"
#include "sync/server/pgdemosink.h"
#include "sync/server/pgrows.h"
#include "sync/server/pullservice.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QThread>
#include <QtConcurrent>

#include <atomic>

using namespace SalesSync;
using namespace SalesSync::Server;

namespace {

struct Pulled {
    QHash<QPair<QString, QString>, qint64> versions; // (entity, id) -> newest version received
    int pages = 0;
    qint64 snapshotRows = -1;    // as the snapshot's first page announced
    qint64 snapshotReceived = 0; // rows received while the snapshot was sent
    QString error;
};

// Pulls from a cursor until there is nothing more (or stop() says so after a page), checking
// that every page is a consistent cut: each row's references (parent, customer, product, ...)
// came in this page or an earlier one.
void pullPages(PullService &service, const User &user, Cursor &cursor, int limit, Pulled &out,
               const std::function<bool(const PullPage &)> &stop = {})
{
    for (;;) {
        const Result<PullPage> page = service.pull(user, cursor, limit);
        if (!page) {
            out.error = page.error().message();
            return;
        }
        ++out.pages;
        if (page->snapshotRows >= 0) {
            out.snapshotRows = page->snapshotRows;
        }
        const QJsonArray changes = page->changesJson();
        for (const QJsonValue &v : changes) {
            const QJsonObject change = v.toObject();
            const auto key = qMakePair(change.value(QStringLiteral("entity")).toString(),
                                       change.value(QStringLiteral("id")).toString());
            if (change.value(QStringLiteral("evicted")).toBool()) {
                out.versions.remove(key);
                continue;
            }
            if (cursor.snapshotStep >= 0 || cursor.isStart()) {
                ++out.snapshotReceived;
            }
            out.versions[key] = std::max(out.versions.value(key), change.value(QStringLiteral("version")).toInteger());
        }
        for (const QJsonValue &v : changes) {
            const QJsonObject change = v.toObject();
            if (change.value(QStringLiteral("evicted")).toBool()) {
                continue;
            }
            const QString entity = change.value(QStringLiteral("entity")).toString();
            const QJsonObject fields = change.value(QStringLiteral("fields")).toObject();
            for (const FieldDef &field : EntitySchema::get(entity).fields) {
                const QString target = fields.value(field.name).toString();
                if (!field.references.isEmpty() && !target.isEmpty() &&
                    !out.versions.contains(qMakePair(field.references, target))) {
                    out.error =
                        QStringLiteral("%1 %2 came without its %3 %4")
                            .arg(entity, change.value(QStringLiteral("id")).toString(), field.references, target);
                    return;
                }
            }
        }
        cursor = page->cursor;
        if (!page->hasMore || (stop && stop(*page))) {
            return;
        }
    }
}

Pulled pullAll(PullService &service, const User &user, int limit)
{
    Pulled out;
    Cursor cursor;
    pullPages(service, user, cursor, limit, out);
    return out;
}

User userNamed(Test::PgTestDatabase &pg, const QString &sql)
{
    return pg.userWhere(sql);
}

QSet<QString> ids(Test::PgTestDatabase &pg, const QString &sql)
{
    QSet<QString> out;
    Result<QSqlDatabase> db = pg.db().connection();
    Result<QSqlQuery> q = pgQuery(*db, sql);
    while (q && q.value().next()) {
        out.insert(q.value().value(0).toString());
    }
    return out;
}

QSet<QString> receivedIds(const Pulled &pulled, const QString &entity)
{
    QSet<QString> out;
    for (auto it = pulled.versions.cbegin(); it != pulled.versions.cend(); ++it) {
        if (it.key().first == entity) {
            out.insert(it.key().second);
        }
    }
    return out;
}

// Pulls from a cursor until the changes received satisfy done() or 20 s pass. A transaction
// running elsewhere on the test server (other tests run in parallel) may hold changes back for a
// moment; holding back is allowed, skipping or repeating is not.
// The audit trail the server writes beside the changes these tests make (an admin receives it).
bool isAudit(const QJsonValue &change)
{
    return change.toObject().value(QStringLiteral("entity")).toString() == u"audit_entry";
}

QJsonArray pullUntil(PullService &service, const User &user, Cursor &cursor,
                     const std::function<bool(const QJsonArray &)> &done)
{
    QJsonArray received;
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        const Result<PullPage> page = service.pull(user, cursor, 1000);
        if (!page) {
            break;
        }
        for (const QJsonValue &v : page->changesJson()) {
            if (!isAudit(v)) {
                received.append(v);
            }
        }
        cursor = page->cursor;
        if (done(received) && !page->hasMore) {
            break;
        }
        if (!page->hasMore) {
            QThread::msleep(20);
        }
    }
    return received;
}

Status insertProduct(PgDatabase &database, const QString &id, int n)
{
    Result<QSqlDatabase> db = database.connection();
    if (!db) {
        return db.error();
    }
    return PgRows::insert(*db, EntitySchema::get(QStringLiteral("product")), id,
                          {{QStringLiteral("sku"), QStringLiteral("T-%1").arg(n)},
                           {QStringLiteral("name"), QStringLiteral("Test product %1").arg(n)},
                           {QStringLiteral("unit"), QStringLiteral("pc")},
                           {QStringLiteral("unit_price_minor"), 100},
                           {QStringLiteral("currency"), QStringLiteral("EUR")},
                           {QStringLiteral("tax_rate_bp"), 1900},
                           {QStringLiteral("active"), true}});
}

} // namespace

class TestPullService : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void adminPullsEverythingInConsistentPages();
    void agentsAndManagersPullOnlyTheirScope();
    void snapshotIsPinnedWhileWritesGoOn();
    void scopeChangeDuringSnapshotEvictsAndRestarts();
    void updatesArriveWithTheirNewVersion();
    void companyProfileSetOnTheServerReachesAgents();
    void movedCustomerIsEvictedAndArrivesWithItsHistory();
    void reassignedAgentLosesOldAndGainsNewTerritory();
    void moveWithinAManagersRegionKeepsEverything();
    void laterCommitOfAnEarlierWriteIsNotSkipped();
    void cursorNeverSkipsUnderConcurrentWriters();
    void cursorTextRoundTrips();

private:
    std::unique_ptr<Test::PgTestDatabase> m_pg;
};

void TestPullService::initTestCase()
{
    QVERIFY(PasswordHasher::initialise());
    m_pg = std::make_unique<Test::PgTestDatabase>();
    QVERIFY2(m_pg->isValid(), qPrintable(m_pg->errorString()));
    DemoDataSpec spec;
    spec.customers = 90;
    spec.orderLines = 900;
    spec.products = 30;
    spec.customersPerTerritory = 30;
    spec.today = QDate(2026, 11, 23);
    PgDemoSink sink(m_pg->db(), PasswordHasher::hash(QStringLiteral("demo password 1")));
    const Result<DemoDataCounts> counts = DemoDataGenerator(spec).generate(sink);
    QVERIFY2(counts.ok(), counts.ok() ? "" : qPrintable(counts.error().message()));
}

void TestPullService::adminPullsEverythingInConsistentPages()
{
    PullService service(m_pg->db());
    const User admin = userNamed(*m_pg, QStringLiteral("role = 'admin'"));
    const Pulled pulled = pullAll(service, admin, 37);
    QVERIFY2(pulled.error.isEmpty(), qPrintable(pulled.error));
    QVERIFY(pulled.pages > 10);
    // Nothing was written meanwhile: the snapshot sent exactly the rows it announced.
    QVERIFY(pulled.snapshotRows > 1000);
    QCOMPARE(pulled.snapshotReceived, pulled.snapshotRows);
    for (const EntityDef &entity : EntitySchema::all()) {
        const QString sql = entity.name == u"user" ? QStringLiteral("SELECT id::text FROM users")
                                                   : QStringLiteral("SELECT id FROM ") + entity.table;
        QCOMPARE(receivedIds(pulled, entity.name), ids(*m_pg, sql));
    }
}

void TestPullService::agentsAndManagersPullOnlyTheirScope()
{
    PullService service(m_pg->db());
    QVERIFY(m_pg->exec(QStringLiteral("INSERT INTO audit_entries (id, at, user_id, device_id, action, entity, row_id) "
                                      "VALUES ('%1', now(), 'u', 'd', 'order.submitted', 'order', 'x')")
                           .arg(UuidV7::generateString())));
    const User agent = userNamed(*m_pg, QStringLiteral("role = 'agent'"));
    const Pulled mine = pullAll(service, agent, 200);
    QVERIFY2(mine.error.isEmpty(), qPrintable(mine.error));
    const QString agentCustomers =
        QStringLiteral("SELECT c.id FROM customers c JOIN agent_territories at ON at.territory_id = c.territory_id "
                       "JOIN agents a ON a.id = at.agent_id WHERE a.user_id = '%1'")
            .arg(agent.id);
    const QSet<QString> expected = ids(*m_pg, agentCustomers);
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < ids(*m_pg, QStringLiteral("SELECT id FROM customers")).size());
    QCOMPARE(receivedIds(mine, QStringLiteral("customer")), expected);
    QCOMPARE(receivedIds(mine, QStringLiteral("order")),
             ids(*m_pg, QStringLiteral("SELECT id FROM orders WHERE customer_id IN (%1)").arg(agentCustomers)));
    QCOMPARE(receivedIds(mine, QStringLiteral("transaction")),
             ids(*m_pg, QStringLiteral("SELECT id FROM transactions WHERE customer_id IN (%1)").arg(agentCustomers)));
    QCOMPARE(receivedIds(mine, QStringLiteral("visit")),
             ids(*m_pg, QStringLiteral("SELECT id FROM visits WHERE customer_id IN (%1)").arg(agentCustomers)));
    // The audit trail is the admins' only.
    QVERIFY(!ids(*m_pg, QStringLiteral("SELECT id FROM audit_entries")).isEmpty());
    QVERIFY(receivedIds(mine, QStringLiteral("audit_entry")).isEmpty());
    // Reference data is everyone's.
    QCOMPARE(receivedIds(mine, QStringLiteral("product")), ids(*m_pg, QStringLiteral("SELECT id FROM products")));
    // So is the company profile the documents are headed with (the demo has one).
    const QSet<QString> profiles = ids(*m_pg, QStringLiteral("SELECT id FROM company_profiles"));
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(receivedIds(mine, QStringLiteral("company_profile")), profiles);

    const User manager = userNamed(*m_pg, QStringLiteral("role = 'manager'"));
    const Pulled managed = pullAll(service, manager, 200);
    QVERIFY2(managed.error.isEmpty(), qPrintable(managed.error));
    QCOMPARE(
        receivedIds(managed, QStringLiteral("customer")),
        ids(*m_pg, QStringLiteral("WITH RECURSIVE tree(id) AS (SELECT territory_id FROM manager_territories WHERE "
                                  "user_id = '%1' UNION SELECT t.id FROM territories t JOIN tree ON t.parent_id = "
                                  "tree.id) SELECT c.id FROM customers c WHERE c.territory_id IN (SELECT id FROM tree)")
                       .arg(manager.id)));
    // A user without territories sees reference data only.
    User stranger = agent;
    stranger.id = UuidV7::generateString();
    QVERIFY(receivedIds(pullAll(service, stranger, 500), QStringLiteral("customer")).isEmpty());
}

void TestPullService::snapshotIsPinnedWhileWritesGoOn()
{
    PullService service(m_pg->db());
    const User admin = userNamed(*m_pg, QStringLiteral("role = 'admin'"));
    const int customerStep = int(PullService::snapshotEntities(true).size());
    Pulled pulled;
    Cursor cursor;
    // Through the reference data and into the customers.
    pullPages(service, admin, cursor, 40, pulled,
              [&](const PullPage &page) { return page.cursor.snapshotStep == customerStep; });
    for (int i = 0; i < 3; ++i) {
        pullPages(service, admin, cursor, 40, pulled, [](const PullPage &) { return true; });
    }
    QVERIFY2(pulled.error.isEmpty(), qPrintable(pulled.error));
    QCOMPARE(cursor.snapshotStep, customerStep);
    QVERIFY(!cursor.snapshotAfter.isEmpty());
    QVERIFY(Cursor::parse(cursor.toString()).has_value());
    QCOMPARE(Cursor::parse(cursor.toString())->toString(), cursor.toString());

    // The same cursor gives the same page: a client that lost a response asks again.
    const Result<PullPage> once = service.pull(admin, cursor, 40);
    const Result<PullPage> again = service.pull(admin, cursor, 40);
    QVERIFY(once.ok() && again.ok());
    QVERIFY(!once->changes.isEmpty());
    QCOMPARE(once->changes, again->changes);
    QCOMPARE(once->cursor.toString(), again->cursor.toString());

    // Written while the snapshot is under way: a product (its table was sent already), a line
    // using it on an order of a customer not sent yet, and an edit of a customer sent already.
    const QString product = UuidV7::generateString();
    QVERIFY(insertProduct(m_pg->db(), product, 901));
    const QString order =
        *ids(*m_pg, QStringLiteral("SELECT max(id) FROM orders WHERE customer_id > '%1'").arg(cursor.snapshotAfter))
             .cbegin();
    const QString line = UuidV7::generateString();
    QVERIFY(m_pg->exec(QStringLiteral("INSERT INTO order_lines (id, order_id, line_no, product_id, quantity_milli, "
                                      "unit_price_minor, tax_rate_bp, net_minor, tax_minor) SELECT '%1', '%2', "
                                      "max(line_no) + 1, '%3', 1000, 100, 1900, 100, 19 FROM order_lines "
                                      "WHERE order_id = '%2'")
                           .arg(line, order, product)));
    // (Not C000001, which another test edits.)
    const QString sentCustomer =
        *ids(*m_pg, QStringLiteral("SELECT max(id) FROM customers WHERE id <= '%1' AND code <> 'C000001'")
                        .arg(cursor.snapshotAfter))
             .cbegin();
    QVERIFY(!sentCustomer.isEmpty());
    QVERIFY(m_pg->exec(
        QStringLiteral("UPDATE customers SET notes = 'edited during the snapshot' WHERE id = '%1'").arg(sentCustomer)));

    // The rest of the snapshot and the log after it: every page complete, nothing missing.
    QDeadlineTimer deadline(20000);
    while (!pulled.versions.contains(qMakePair(QStringLiteral("customer"), sentCustomer)) ||
           pulled.versions.value(qMakePair(QStringLiteral("customer"), sentCustomer)) < 2) {
        pullPages(service, admin, cursor, 40, pulled);
        QVERIFY2(pulled.error.isEmpty(), qPrintable(pulled.error));
        QVERIFY2(!deadline.hasExpired(), "the edit made during the snapshot never arrived");
        QThread::msleep(20);
    }
    QVERIFY(cursor.snapshotStep < 0);
    QVERIFY(pulled.versions.contains(qMakePair(QStringLiteral("product"), product)));
    QVERIFY(pulled.versions.contains(qMakePair(QStringLiteral("order_line"), line)));
    for (const QString &entity : {QStringLiteral("customer"), QStringLiteral("order"), QStringLiteral("order_line"),
                                  QStringLiteral("product"), QStringLiteral("transaction")}) {
        QCOMPARE(receivedIds(pulled, entity),
                 ids(*m_pg, QStringLiteral("SELECT id FROM ") + EntitySchema::get(entity).table));
    }
}

void TestPullService::scopeChangeDuringSnapshotEvictsAndRestarts()
{
    PullService service(m_pg->db());
    const User agent =
        userNamed(*m_pg, QStringLiteral("username = (SELECT min(username) FROM users WHERE role = 'agent')"));
    const QString agentId =
        *ids(*m_pg, QStringLiteral("SELECT id FROM agents WHERE user_id = '%1'").arg(agent.id)).cbegin();
    const QSet<QString> before =
        ids(*m_pg, QStringLiteral("SELECT territory_id FROM agent_territories WHERE agent_id = '%1'").arg(agentId));
    QCOMPARE(before.size(), 1);
    const QString oldTerritory = *before.cbegin();
    const QString newTerritory =
        *ids(*m_pg,
             QStringLiteral("SELECT max(territory_id) FROM customers WHERE territory_id <> '%1'").arg(oldTerritory))
             .cbegin();
    const int customerStep = int(PullService::snapshotEntities(false).size());
    Pulled pulled;
    Cursor cursor;
    pullPages(service, agent, cursor, 60, pulled, [&](const PullPage &page) {
        return page.cursor.snapshotStep == customerStep && !page.cursor.snapshotAfter.isEmpty();
    });
    QVERIFY2(pulled.error.isEmpty(), qPrintable(pulled.error));
    QCOMPARE(cursor.snapshotStep, customerStep);

    QVERIFY(m_pg->exec(QStringLiteral("UPDATE agent_territories SET territory_id = '%1' WHERE agent_id = '%2'")
                           .arg(newTerritory, agentId)));
    const Result<PullPage> next = service.pull(agent, cursor, 60);
    QVERIFY(next.ok());
    QCOMPARE(next->evictTerritories, QStringList{oldTerritory});
    // The client drops the old territory's customers and what hangs off them.
    for (auto it = pulled.versions.begin(); it != pulled.versions.end();) {
        const bool scoped = QStringList{QStringLiteral("customer"), QStringLiteral("visit"), QStringLiteral("order"),
                                        QStringLiteral("order_line"), QStringLiteral("transaction")}
                                .contains(it.key().first);
        it = scoped ? pulled.versions.erase(it) : std::next(it);
    }
    pullPages(service, agent, cursor, 60, pulled);
    QVERIFY2(pulled.error.isEmpty(), qPrintable(pulled.error));
    QCOMPARE(receivedIds(pulled, QStringLiteral("customer")),
             ids(*m_pg, QStringLiteral("SELECT id FROM customers WHERE territory_id = '%1'").arg(newTerritory)));
    QVERIFY(m_pg->exec(QStringLiteral("UPDATE agent_territories SET territory_id = '%1' WHERE agent_id = '%2'")
                           .arg(oldTerritory, agentId)));
}

void TestPullService::updatesArriveWithTheirNewVersion()
{
    PullService service(m_pg->db());
    const User admin = userNamed(*m_pg, QStringLiteral("role = 'admin'"));
    Cursor end;
    for (;;) {
        const Result<PullPage> page = service.pull(admin, end, 5000);
        QVERIFY(page.ok());
        end = page->cursor;
        if (!page->hasMore) {
            break;
        }
    }
    QVERIFY(m_pg->exec(QStringLiteral("UPDATE customers SET notes = 'moved to the back door' WHERE code = 'C000001'")));
    Cursor cursor = end;
    // Changes held back earlier by transactions elsewhere may come along; pick the customer's.
    const auto customerChange = [](const QJsonArray &got) {
        for (const QJsonValue &v : got) {
            if (v.toObject().value(QStringLiteral("entity")).toString() == u"customer") {
                return v.toObject();
            }
        }
        return QJsonObject();
    };
    const QJsonArray changes =
        pullUntil(service, admin, cursor, [&](const QJsonArray &got) { return !customerChange(got).isEmpty(); });
    int customerChanges = 0;
    for (const QJsonValue &v : changes) {
        customerChanges += v.toObject().value(QStringLiteral("entity")).toString() == u"customer" ? 1 : 0;
    }
    QCOMPARE(customerChanges, 1);
    const QJsonObject change = customerChange(changes);
    QCOMPARE(change.value(QStringLiteral("entity")).toString(), QStringLiteral("customer"));
    QCOMPARE(change.value(QStringLiteral("version")).toInteger(), 2);
    QCOMPARE(change.value(QStringLiteral("fields")).toObject().value(QStringLiteral("notes")).toString(),
             QStringLiteral("moved to the back door"));
    QVERIFY(change.value(QStringLiteral("fields")).toObject().value(QStringLiteral("latitude")).isDouble());
    const Result<PullPage> after = service.pull(admin, cursor, 100);
    // Nothing new: an empty page that keeps the cursor.
    QCOMPARE(after->changes.size(), 0);
    QCOMPARE(after->cursor.toString(), cursor.toString());
    QVERIFY(!after->hasMore);
}

void TestPullService::companyProfileSetOnTheServerReachesAgents()
{
    PullService service(m_pg->db());
    const User agent = userNamed(*m_pg, QStringLiteral("role = 'agent'"));
    Cursor cursor;
    for (;;) {
        const Result<PullPage> page = service.pull(agent, cursor, 5000);
        QVERIFY(page.ok());
        cursor = page->cursor;
        if (!page->hasMore) {
            break;
        }
    }
    const QString demoProfile = ids(*m_pg, QStringLiteral("SELECT id FROM company_profiles")).values().first();

    // From the JSON an administrator writes: a misspelt field is named, not dropped.
    QVERIFY(!CompanyProfiles::fromJson(QJsonObject{{QStringLiteral("nmae"), QStringLiteral("X")}}).ok());
    Result<CompanyProfile> profile =
        CompanyProfiles::fromJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("Nordwind Getränke AG")},
                                              {QStringLiteral("city"), QStringLiteral("Bremen")},
                                              {QStringLiteral("iban"), QStringLiteral("DE89 3704 0044 0532 0130 00")}});
    QVERIFY(profile.ok());
    profile->logo = QByteArray("\x89PNG\r\n\x1a\n", 8);
    // A bad IBAN is refused, naming the field, and nothing changes.
    CompanyProfile bad = *profile;
    bad.iban = QStringLiteral("DE00 0000");
    const Result<CompanyProfile> refused = CompanyProfiles(m_pg->db()).set(bad);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().fields().first().field, QStringLiteral("iban"));

    const Result<CompanyProfile> set = CompanyProfiles(m_pg->db()).set(*profile);
    QVERIFY2(set.ok(), set.ok() ? "" : qPrintable(set.error().message()));
    QCOMPARE(set->id, demoProfile); // the same profile, changed: devices replace their copy
    const auto profileChange = [](const QJsonArray &got) {
        for (const QJsonValue &v : got) {
            if (v.toObject().value(QStringLiteral("entity")).toString() == u"company_profile") {
                return v.toObject();
            }
        }
        return QJsonObject();
    };
    const QJsonArray changes =
        pullUntil(service, agent, cursor, [&](const QJsonArray &got) { return !profileChange(got).isEmpty(); });
    const QJsonObject change = profileChange(changes);
    QCOMPARE(change.value(QStringLiteral("id")).toString(), demoProfile);
    QCOMPARE(change.value(QStringLiteral("version")).toInteger(), 2);
    const QJsonObject fields = change.value(QStringLiteral("fields")).toObject();
    QCOMPARE(fields.value(QStringLiteral("name")).toString(), QStringLiteral("Nordwind Getränke AG"));
    QCOMPARE(fields.value(QStringLiteral("city")).toString(), QStringLiteral("Bremen"));
    QCOMPARE(QByteArray::fromBase64(fields.value(QStringLiteral("logo")).toString().toLatin1()), profile->logo);
    QCOMPARE(fields.value(QStringLiteral("street")).toString(), QString()); // replaced as a whole
}

void TestPullService::movedCustomerIsEvictedAndArrivesWithItsHistory()
{
    PullService service(m_pg->db());
    // Two agents in different territories, both up to date.
    const User from = userNamed(*m_pg, QStringLiteral("role = 'agent'"));
    const QString fromTerritory =
        *ids(*m_pg, QStringLiteral("SELECT at.territory_id FROM agent_territories at JOIN agents "
                                   "a ON a.id = at.agent_id WHERE a.user_id = '%1'")
                        .arg(from.id))
             .cbegin();
    const User to = userNamed(*m_pg, QStringLiteral("role = 'agent' AND id::text IN (SELECT a.user_id FROM agents a "
                                                    "JOIN agent_territories at ON at.agent_id = a.id WHERE "
                                                    "at.territory_id <> '%1')")
                                         .arg(fromTerritory));
    const QString toTerritory =
        *ids(*m_pg, QStringLiteral("SELECT at.territory_id FROM agent_territories at JOIN agents "
                                   "a ON a.id = at.agent_id WHERE a.user_id = '%1'")
                        .arg(to.id))
             .cbegin();
    const auto endOf = [&](const User &u) {
        Cursor c;
        for (;;) {
            const Result<PullPage> page = service.pull(u, c, 5000);
            c = page->cursor;
            if (!page->hasMore) {
                return c;
            }
        }
    };
    Cursor fromCursor = endOf(from);
    Cursor toCursor = endOf(to);
    const QString moved =
        *ids(*m_pg, QStringLiteral("SELECT c.id FROM customers c WHERE c.territory_id = '%1' AND EXISTS (SELECT 1 FROM "
                                   "orders o WHERE o.customer_id = c.id) ORDER BY c.id LIMIT 1")
                        .arg(fromTerritory))
             .cbegin();
    QVERIFY(
        m_pg->exec(QStringLiteral("UPDATE customers SET territory_id = '%1' WHERE id = '%2'").arg(toTerritory, moved)));

    // The old territory's agent is told to evict it, and gets none of its data.
    const QJsonArray left = pullUntil(service, from, fromCursor, [](const QJsonArray &got) { return !got.isEmpty(); });
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().toObject().value(QStringLiteral("id")).toString(), moved);
    QCOMPARE(left.first().toObject().value(QStringLiteral("evicted")).toBool(), true);
    QVERIFY(!left.first().toObject().contains(QStringLiteral("fields")));

    // The new territory's agent receives the customer and its whole history, parents first.
    const QString orders = QStringLiteral("SELECT id FROM orders WHERE customer_id = '%1'").arg(moved);
    const QSet<QString> expected =
        ids(*m_pg, QStringLiteral("SELECT id FROM customers WHERE id = '%1' UNION ALL SELECT "
                                  "id FROM visits WHERE customer_id = '%1' UNION ALL %2 "
                                  "UNION ALL SELECT id FROM order_lines WHERE order_id IN "
                                  "(%2) UNION ALL SELECT id FROM transactions WHERE "
                                  "customer_id = '%1'")
                       .arg(moved, orders));
    const QJsonArray arrived =
        pullUntil(service, to, toCursor, [&](const QJsonArray &got) { return got.size() >= expected.size(); });
    QSet<QString> got;
    for (const QJsonValue &v : arrived) {
        got.insert(v.toObject().value(QStringLiteral("id")).toString());
    }
    QCOMPARE(got, expected);
    QCOMPARE(arrived.first().toObject().value(QStringLiteral("entity")).toString(), QStringLiteral("customer"));

    // Pulling from scratch, the old territory's agent never sees the moved customer or its rows.
    const Pulled fresh = pullAll(service, from, 300);
    QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
    QVERIFY(!receivedIds(fresh, QStringLiteral("customer")).contains(moved));
    QVERIFY(!receivedIds(fresh, QStringLiteral("order")).intersects(ids(*m_pg, orders)));
}

namespace {

// A sales target for a territory (and an agent, when given), written on the server; its id.
QString insertTarget(Test::PgTestDatabase &pg, const QString &territory, const QString &agent = {})
{
    const QString id = UuidV7::generateString();
    const bool ok = pg.exec(QStringLiteral("INSERT INTO sales_targets (id, territory_id, agent_id, period_start, "
                                           "period_end, currency, amount_minor, created_by) VALUES ('%1', '%2', %3, "
                                           "'2026-12-01', '2026-12-31', 'EUR', 2500000, 'admin')")
                                .arg(id, territory, agent.isEmpty() ? QStringLiteral("NULL") : u'\'' + agent + u'\''));
    return ok ? id : QString();
}

} // namespace

void TestPullService::reassignedAgentLosesOldAndGainsNewTerritory()
{
    PullService service(m_pg->db());
    const User agent =
        userNamed(*m_pg, QStringLiteral("username = (SELECT max(username) FROM users WHERE role = 'agent')"));
    QVERIFY(!agent.id.isEmpty());
    const QString agentId =
        *ids(*m_pg, QStringLiteral("SELECT id FROM agents WHERE user_id = '%1'").arg(agent.id)).cbegin();
    const QString oldTerritory =
        *ids(*m_pg, QStringLiteral("SELECT territory_id FROM agent_territories WHERE agent_id = '%1'").arg(agentId))
             .cbegin();
    const QString newTerritory =
        *ids(*m_pg, QStringLiteral("SELECT id FROM territories WHERE level = 'territory' AND id <> '%1' AND EXISTS "
                                   "(SELECT 1 FROM customers WHERE territory_id = territories.id) ORDER BY id LIMIT 1")
                        .arg(oldTerritory))
             .cbegin();
    // Sales targets are scoped like customers: each territory's come and go with it.
    const QString oldTarget = insertTarget(*m_pg, oldTerritory, agentId);
    const QString newTarget = insertTarget(*m_pg, newTerritory);
    QVERIFY(!oldTarget.isEmpty() && !newTarget.isEmpty());
    // Up to date in the old territory.
    Cursor cursor;
    QSet<QString> before;
    for (;;) {
        const Result<PullPage> page = service.pull(agent, cursor, 5000);
        QVERIFY(page.ok());
        for (const QJsonValue &v : page->changesJson()) {
            before.insert(v.toObject().value(QStringLiteral("id")).toString());
        }
        cursor = page->cursor;
        if (!page->hasMore) {
            break;
        }
    }
    QVERIFY(cursor.scopeId > 0);
    QVERIFY(before.contains(oldTarget));
    QVERIFY(!before.contains(newTarget));
    // The admin moves the agent to another territory.
    QVERIFY(m_pg->exec(QStringLiteral("UPDATE agent_territories SET territory_id = '%1' WHERE agent_id = '%2'")
                           .arg(newTerritory, agentId)));
    // The next pulls say to drop the old territory, and bring every row of the new one, in pages.
    QStringList evicted;
    QSet<QString> received;
    int pages = 0;
    QDeadlineTimer deadline(20000);
    for (;;) {
        const Result<PullPage> page = service.pull(agent, cursor, 100); // two customers per arrival page
        QVERIFY(page.ok());
        ++pages;
        evicted << page->evictTerritories;
        for (const QJsonValue &v : page->changesJson()) {
            if (!v.toObject().value(QStringLiteral("evicted")).toBool()) {
                received.insert(v.toObject().value(QStringLiteral("id")).toString());
            }
        }
        cursor = page->cursor;
        if (!page->hasMore || deadline.hasExpired()) {
            break;
        }
    }
    QCOMPARE(evicted, QStringList{oldTerritory});
    QCOMPARE(cursor.arrivalScopeId, 0);
    const QString customers = QStringLiteral("SELECT id FROM customers WHERE territory_id = '%1'").arg(newTerritory);
    const QString orders = QStringLiteral("SELECT id FROM orders WHERE customer_id IN (%1)").arg(customers);
    const QSet<QString> expected =
        ids(*m_pg, QStringLiteral("%1 UNION ALL SELECT id FROM visits WHERE customer_id IN (%1) "
                                  "UNION ALL %2 UNION ALL SELECT id FROM order_lines WHERE "
                                  "order_id IN (%2) UNION ALL SELECT id FROM transactions "
                                  "WHERE customer_id IN (%1)")
                       .arg(customers, orders));
    QVERIFY(expected.size() > 10);
    const QSet<QString> missing = QSet<QString>(expected).subtract(received);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 of %2 rows of the new territory did not arrive, e.g. %3")
                                               .arg(missing.size())
                                               .arg(expected.size())
                                               .arg(missing.isEmpty() ? QString() : *missing.cbegin())));
    QVERIFY(pages > 2);
    // The second scope root arrives after the customers: the new territory's target.
    QVERIFY(received.contains(newTarget));
    QVERIFY(!received.contains(oldTarget));
    // Nothing of the old territory comes any more.
    const Result<PullPage> quiet = service.pull(agent, cursor, 100);
    QVERIFY(quiet->evictTerritories.isEmpty());
    QVERIFY(m_pg->exec(QStringLiteral("UPDATE agent_territories SET territory_id = '%1' WHERE agent_id = '%2'")
                           .arg(oldTerritory, agentId)));
}

void TestPullService::moveWithinAManagersRegionKeepsEverything()
{
    // A manager covers both territories: a move between them must never evict, even when the
    // eviction entry and the customer's own entry land in different pages.
    PullService service(m_pg->db());
    const User manager = userNamed(*m_pg, QStringLiteral("role = 'manager'"));
    const QStringList territories =
        ids(*m_pg, QStringLiteral("WITH RECURSIVE tree(id) AS (SELECT territory_id FROM manager_territories WHERE "
                                  "user_id = '%1' UNION SELECT t.id FROM territories t JOIN tree ON t.parent_id = "
                                  "tree.id) SELECT id FROM tree WHERE id IN (SELECT territory_id FROM customers)")
                       .arg(manager.id))
            .values();
    QVERIFY(territories.size() >= 2);
    Cursor cursor;
    for (;;) {
        const Result<PullPage> page = service.pull(manager, cursor, 5000);
        cursor = page->cursor;
        if (!page->hasMore) {
            break;
        }
    }
    const QString moved =
        *ids(*m_pg, QStringLiteral("SELECT id FROM customers WHERE territory_id = '%1' ORDER BY id LIMIT 1")
                        .arg(territories.at(0)))
             .cbegin();
    QVERIFY(m_pg->exec(
        QStringLiteral("UPDATE customers SET territory_id = '%1' WHERE id = '%2'").arg(territories.at(1), moved)));
    QDeadlineTimer deadline(20000);
    bool evicted = false;
    bool delivered = false;
    while (!deadline.hasExpired()) {
        const Result<PullPage> page = service.pull(manager, cursor, 1); // one log entry per page
        QVERIFY(page.ok());
        for (const QJsonValue &v : page->changesJson()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == moved) {
                evicted = evicted || v.toObject().value(QStringLiteral("evicted")).toBool();
                delivered = delivered || v.toObject().contains(QStringLiteral("fields"));
            }
        }
        cursor = page->cursor;
        if (!page->hasMore && delivered) {
            break;
        }
    }
    QVERIFY(!evicted);
    QVERIFY(delivered);
}

void TestPullService::laterCommitOfAnEarlierWriteIsNotSkipped()
{
    // Writer A writes first (earlier sequence number) but commits last. A cursor built on
    // sequence numbers alone would hand out B's entry and then skip A's for good.
    Test::PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.errorString()));
    PullService service(pg.db());
    User admin;
    admin.id = UuidV7::generateString();
    admin.role = Role::Admin;
    const Cursor start = service.pull(admin, {}, 100)->cursor;

    const QString a = UuidV7::generateString();
    const QString b = UuidV7::generateString();
    QSemaphore aWrote;
    QSemaphore bCommitted;
    QSemaphore aMayCommit;
    QFuture<bool> writerA = QtConcurrent::run([&] {
        PgDatabase own(pg.settings());
        Result<QSqlDatabase> db = own.connection();
        PgTransaction tx(*db);
        const bool ok = insertProduct(own, a, 1).ok();
        aWrote.release();
        aMayCommit.acquire();
        return ok && tx.commit().ok();
    });
    aWrote.acquire();
    QFuture<bool> writerB = QtConcurrent::run([&] {
        PgDatabase own(pg.settings());
        const bool ok = insertProduct(own, b, 2).ok(); // autocommit
        bCommitted.release();
        return ok;
    });
    bCommitted.acquire();
    QVERIFY(writerB.result());
    // B is committed, A is not: nothing may be handed out past A's entry yet.
    const Result<PullPage> early = service.pull(admin, start, 100);
    QVERIFY(early.ok());
    QCOMPARE(early->changes.size(), 0);
    QCOMPARE(early->cursor.toString(), start.toString());
    aMayCommit.release();
    QVERIFY(writerA.result());
    Cursor cursor = early->cursor;
    const QJsonArray late = pullUntil(service, admin, cursor, [](const QJsonArray &got) { return got.size() >= 2; });
    QStringList got;
    for (const QJsonValue &v : late) {
        got << v.toObject().value(QStringLiteral("id")).toString();
    }
    got.sort();
    QStringList expected{a, b};
    expected.sort();
    QCOMPARE(got, expected);
}

void TestPullService::cursorNeverSkipsUnderConcurrentWriters()
{
    Test::PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.errorString()));
    User admin;
    admin.id = UuidV7::generateString();
    admin.role = Role::Admin;
    constexpr int kWriters = 6;
    constexpr int kPerWriter = 40;
    std::atomic<int> running{kWriters};
    QList<QFuture<QStringList>> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers << QtConcurrent::run([&, w] {
            PgDatabase own(pg.settings());
            QRandomGenerator rng(quint32(1000 + w));
            QStringList committed;
            for (int i = 0; i < kPerWriter; ++i) {
                Result<QSqlDatabase> db = own.connection();
                PgTransaction tx(*db);
                const QString id = UuidV7::generateString();
                if (!insertProduct(own, id, w * 1000 + i).ok()) {
                    break;
                }
                // Hold the transaction open for a while, so commits interleave out of order.
                QThread::usleep(rng.bounded(4000));
                if (rng.bounded(10) == 0) {
                    continue; // roll back now and then: rolled-back writes must never be pulled
                }
                if (tx.commit().ok()) {
                    committed << id;
                }
            }
            --running;
            return committed;
        });
    }
    // Read concurrently with small pages until the writers are done and the log is drained.
    PullService service(pg.db());
    Cursor cursor;
    QSet<QString> seen;
    int duplicates = 0;
    for (;;) {
        const bool writersDone = running.load() == 0;
        const Result<PullPage> page = service.pull(admin, cursor, 7);
        QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message()));
        for (const QJsonValue &v : page->changesJson()) {
            if (isAudit(v)) {
                continue;
            }
            const QString id = v.toObject().value(QStringLiteral("id")).toString();
            duplicates += seen.contains(id) ? 1 : 0;
            seen.insert(id);
        }
        cursor = page->cursor;
        if (writersDone && !page->hasMore) {
            break;
        }
    }
    QSet<QString> committed;
    for (QFuture<QStringList> &f : writers) {
        for (const QString &id : f.result()) {
            committed.insert(id);
        }
    }
    // Changes held back by transactions elsewhere on the server arrive a little later.
    const QJsonArray rest = pullUntil(
        service, admin, cursor, [&](const QJsonArray &got) { return seen.size() + got.size() >= committed.size(); });
    for (const QJsonValue &v : rest) {
        const QString id = v.toObject().value(QStringLiteral("id")).toString();
        duplicates += seen.contains(id) ? 1 : 0;
        seen.insert(id);
    }
    QVERIFY(committed.size() > kWriters * kPerWriter / 2);
    QCOMPARE(seen, committed);
    QCOMPARE(duplicates, 0);
}

void TestPullService::cursorTextRoundTrips()
{
    QCOMPARE(Cursor::parse(QStringLiteral("0:0"))->toString(), QStringLiteral("0:0"));
    QCOMPARE(Cursor::parse(QStringLiteral("18446744073709551615:42"))->txid, std::numeric_limits<quint64>::max());
    QVERIFY(!Cursor::parse(QStringLiteral("12")).has_value());
    QVERIFY(!Cursor::parse(QStringLiteral("a:b")).has_value());
    QVERIFY(!Cursor::parse(QStringLiteral("1:-2")).has_value());
    QCOMPARE(Cursor::parse(QStringLiteral("1:2:3"))->scopeId, 3);
    const QString arriving = QStringLiteral("1:2:3:4:") + UuidV7::generateString();
    QCOMPARE(Cursor::parse(arriving)->toString(), arriving);
    QCOMPARE(Cursor::parse(QStringLiteral("1:2:3:4:"))->arrivalScopeId, 4);
    QVERIFY(!Cursor::parse(QStringLiteral("1:2:3:4")).has_value());
    QVERIFY(!Cursor::parse(QStringLiteral("1:2:-3")).has_value());
    QVERIFY(!Cursor::parse(QStringLiteral("1:2:3:4:x' OR 1=1")).has_value());
}

QTEST_GUILESS_MAIN(TestPullService)
#include "tst_pullservice.moc"
