#include "core/repositories/customerrepository.h"
#include "core/store/sqlutil.h"
#include "sync/client/localsyncstore.h"
#include "testfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace SalesSync;
using namespace SalesSync::Sync;
using Protocol::OpResult;
using Protocol::OpStatus;
using Protocol::RejectionCode;
using Protocol::RowChange;

// LocalSyncStore driven by hand-written push results and pull pages: no server, no network, a
// real SQLite file. The engine tests (tst_syncengine) run the same code against a real server.
class TestLocalSyncStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void pushRequestKeepsChangeSetsWhole();
    void appliedOpsLeaveTheOutbox();
    void serverValuesOfConflictsAreTaken();
    void rejectedOpsAreSetAsideAndUndone();
    void answersThatDoNotMatchChangeNothing();
    void aDamagedOpIsSetAsideNotSent();
    void pulledRowsArriveByVersion();
    void pendingLocalEditsSurviveAPull();
    void evictionsTakeTheWholeFamily();
    void scopeEvictionCoversEveryScopeRoot();
    void aPageThatCannotApplyLeavesNothing();
    void laterOpsOfANewRowAreBasedOnItsCreate();
    void aRowTheServerNeverHadStaysGone();

private:
    // The outbox after editing the customer's phone and notes (one change set).
    QList<OutboxOp> editCustomer(const QString &phone, const QString &notes);
    QString field(const QString &sql, const QVariantList &binds = {});
    RowChange customerRow(qint64 version, const QString &name, const QString &territory);

    std::unique_ptr<Test::Fixture> m_f;
    std::unique_ptr<LocalSyncStore> m_store;
};

void TestLocalSyncStore::init()
{
    m_f = std::make_unique<Test::Fixture>();
    QVERIFY(m_f->isValid());
    m_f->clearOutbox();
    m_store = std::make_unique<LocalSyncStore>(m_f->db());
}

QList<OutboxOp> TestLocalSyncStore::editCustomer(const QString &phone, const QString &notes)
{
    Customer c = *CustomerRepository(m_f->db()).get(m_f->customer.id);
    c.phone = phone;
    c.notes = notes;
    if (!CustomerRepository(m_f->db()).update(c).ok()) {
        return {};
    }
    return m_store->nextBatch(500).value();
}

QString TestLocalSyncStore::field(const QString &sql, const QVariantList &binds)
{
    const Result<QVariant> v = queryValue(m_f->db().connection(), sql, binds);
    return v ? v->toString() : QStringLiteral("<error>");
}

RowChange TestLocalSyncStore::customerRow(qint64 version, const QString &name, const QString &territory)
{
    RowChange row;
    row.entity = QStringLiteral("customer");
    row.id = UuidV7::generateString();
    row.version = version;
    QJsonObject fields;
    for (const FieldDef &f : EntitySchema::get(QStringLiteral("customer")).fields) {
        fields.insert(f.name, f.type == FieldType::Text ? QJsonValue(QString()) : QJsonValue());
    }
    fields.insert(QStringLiteral("code"), QString(QStringLiteral("P-") + row.id.right(6)));
    fields.insert(QStringLiteral("name"), name);
    fields.insert(QStringLiteral("credit_limit_minor"), 0);
    fields.insert(QStringLiteral("currency"), QStringLiteral("EUR"));
    fields.insert(QStringLiteral("payment_terms_days"), 30);
    fields.insert(QStringLiteral("territory_id"), territory);
    fields.insert(QStringLiteral("status"), QStringLiteral("active"));
    row.fields = fields;
    return row;
}

void TestLocalSyncStore::pushRequestKeepsChangeSetsWhole()
{
    QVERIFY(!editCustomer(QStringLiteral("+49 1"), QStringLiteral("a")).isEmpty());
    const QList<OutboxOp> batch = editCustomer(QStringLiteral("+49 2"), QStringLiteral("b"));
    QCOMPARE(batch.size(), 2);
    const Result<Protocol::PushRequest> request = m_store->pushRequest(batch);
    QVERIFY(request.ok());
    QCOMPARE(request->deviceId, m_f->db().deviceId());
    QCOMPARE(request->changeSets.size(), 2);
    const Protocol::Op &second = request->changeSets.at(1).ops.first();
    QCOMPARE(second.kind, Protocol::OpKind::Update);
    QCOMPARE(second.fields.value(QStringLiteral("phone")).oldValue.toString(), QStringLiteral("+49 1"));
    QCOMPARE(second.fields.value(QStringLiteral("phone")).newValue.toString(), QStringLiteral("+49 2"));
    // What goes on the wire parses as a request.
    QVERIFY(Protocol::PushRequest::fromJson(request->toJson()).ok());
    // A batch of at most one op still takes the first change set whole.
    QCOMPARE(m_store->nextBatch(1)->size(), 1);
}

void TestLocalSyncStore::appliedOpsLeaveTheOutbox()
{
    const QList<OutboxOp> batch = editCustomer(QStringLiteral("+49 7"), QStringLiteral("x"));
    QCOMPARE(batch.size(), 1);
    OpResult applied;
    applied.opId = batch.first().opId;
    applied.version = 9;
    QVERIFY(m_store->recordPushResults(batch, {applied}).ok());
    QCOMPARE(m_f->outboxCount(), 0);
    QCOMPARE(field(QStringLiteral("SELECT server_version FROM customers WHERE id = ?"), {m_f->customer.id}),
             QStringLiteral("9"));
    QCOMPARE(m_store->summary()->pendingOps, 0);
}

void TestLocalSyncStore::serverValuesOfConflictsAreTaken()
{
    const QList<OutboxOp> batch = editCustomer(QStringLiteral("+49 7"), QStringLiteral("mine"));
    OpResult result;
    result.opId = batch.first().opId;
    result.status = OpStatus::Conflict;
    result.version = 4;
    result.conflicts << Protocol::ConflictReport{QStringLiteral("notes"),        QString(),
                                                 QStringLiteral("mine"),         QStringLiteral("theirs"),
                                                 ConflictPolicy::LastWriterWins, Resolution::Theirs}
                     << Protocol::ConflictReport{QStringLiteral("phone"), QString(),
                                                 QStringLiteral("+49 7"), QStringLiteral("+49 8"),
                                                 ConflictPolicy::Manual,  Resolution::Manual};
    QVERIFY(m_store->recordPushResults(batch, {result}).ok());
    const Customer now = *CustomerRepository(m_f->db()).get(m_f->customer.id);
    QCOMPARE(now.notes, QStringLiteral("theirs"));
    QCOMPARE(now.phone, QStringLiteral("+49 8")); // the server kept its value; the person decides later
    const QList<ConflictRecord> open = *m_store->conflicts(true);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().field, QStringLiteral("phone"));
    QCOMPARE(open.first().policy, ConflictPolicy::Manual);
    QCOMPARE(m_store->conflicts(false)->size(), 2);
    // A conflict is resolved as an ordinary edit, which goes to the outbox.
    QVERIFY(m_store->resolveConflict(open.first().id, QStringLiteral("+49 7")).ok());
    QCOMPARE(CustomerRepository(m_f->db()).get(m_f->customer.id)->phone, QStringLiteral("+49 7"));
    QCOMPARE(m_f->outboxCount(), 1);
    QCOMPARE(m_store->summary()->openConflicts, 0);
}

void TestLocalSyncStore::rejectedOpsAreSetAsideAndUndone()
{
    const QString before = CustomerRepository(m_f->db()).get(m_f->customer.id)->phone;
    const QList<OutboxOp> batch = editCustomer(QStringLiteral("+49 9"), QStringLiteral("refused"));
    QVERIFY(m_store
                ->recordPushResults(
                    batch, {OpResult::rejected(batch.first().opId, RejectionCode::Deleted, QStringLiteral("gone"))})
                .ok());
    QCOMPARE(m_f->outboxCount(), 0);
    const QList<QuarantinedOp> aside = *m_store->quarantine();
    QCOMPARE(aside.size(), 1);
    QCOMPARE(aside.first().code, RejectionCode::Deleted);
    QCOMPARE(aside.first().message, QStringLiteral("gone"));
    // The replica shows the server's state again.
    QCOMPARE(CustomerRepository(m_f->db()).get(m_f->customer.id)->phone, before);
    // Retry re-applies the change and queues it again as a new op.
    QVERIFY(m_store->retryQuarantined(aside.first().op.opId).ok());
    QCOMPARE(CustomerRepository(m_f->db()).get(m_f->customer.id)->phone, QStringLiteral("+49 9"));
    QCOMPARE(m_f->outboxCount(), 1);
    QVERIFY(m_store->quarantine()->isEmpty());
}

void TestLocalSyncStore::answersThatDoNotMatchChangeNothing()
{
    const QList<OutboxOp> batch = editCustomer(QStringLiteral("+49 5"), QStringLiteral("n"));
    QVERIFY(!m_store->recordPushResults(batch, {}).ok());
    OpResult stranger;
    stranger.opId = UuidV7::generateString();
    QVERIFY(!m_store->recordPushResults(batch, {stranger}).ok());
    QCOMPARE(m_f->outboxCount(), 1);
}

void TestLocalSyncStore::aDamagedOpIsSetAsideNotSent()
{
    QVERIFY(!editCustomer(QStringLiteral("+49 1"), QStringLiteral("first")).isEmpty());
    QVERIFY(editCustomer(QStringLiteral("+49 2"), QStringLiteral("second")).size() == 2);
    // The first op's record is damaged (a field change without its new value).
    QVERIFY(runQuery(m_f->db().connection(),
                     QStringLiteral("UPDATE outbox SET fields = '{\"phone\": {\"old\": \"x\"}}' WHERE seq = "
                                    "(SELECT min(seq) FROM outbox)"))
                .ok());
    const Result<QList<OutboxOp>> batch = m_store->nextBatch(500);
    QVERIFY(batch.ok());
    QCOMPARE(batch->size(), 1);
    QCOMPARE(batch->first().fields.value(QStringLiteral("notes")).toObject().value(QStringLiteral("new")).toString(),
             QStringLiteral("second"));
    QVERIFY(m_store->pushRequest(*batch).ok());
    const QList<QuarantinedOp> aside = *m_store->quarantine();
    QCOMPARE(aside.size(), 1);
    QCOMPARE(aside.first().code, RejectionCode::BadValue);
    QVERIFY(aside.first().message.contains(QStringLiteral("new")));
}

void TestLocalSyncStore::pulledRowsArriveByVersion()
{
    Protocol::PullResponse page;
    RowChange row = customerRow(2, QStringLiteral("Neu GmbH"), m_f->territory.id);
    page.changes << row;
    page.cursor = QStringLiteral("10:1:3");
    page.snapshotRows = 77;
    QVERIFY(m_store->applyPullPage(page).ok());
    QCOMPARE(field(QStringLiteral("SELECT name || ' ' || server_version FROM customers WHERE id = ?"), {row.id}),
             QStringLiteral("Neu GmbH 2"));
    QCOMPARE(m_store->cursor().value(), QStringLiteral("10:1:3"));
    QCOMPARE(m_store->snapshotRows().value(), 77);
    // An older version changes nothing; a newer one replaces the row.
    row.version = 1;
    row.fields.insert(QStringLiteral("name"), QStringLiteral("Alt"));
    page.changes = {row};
    QVERIFY(m_store->applyPullPage(page).ok());
    QCOMPARE(field(QStringLiteral("SELECT name FROM customers WHERE id = ?"), {row.id}), QStringLiteral("Neu GmbH"));
    row.version = 3;
    row.fields.insert(QStringLiteral("name"), QStringLiteral("Neuer Name"));
    page.changes = {row};
    QVERIFY(m_store->applyPullPage(page).ok());
    QCOMPARE(field(QStringLiteral("SELECT name FROM customers WHERE id = ?"), {row.id}), QStringLiteral("Neuer Name"));
    QCOMPARE(m_f->outboxCount(), 0); // pulled rows are the server's: nothing to push back
}

void TestLocalSyncStore::pendingLocalEditsSurviveAPull()
{
    QVERIFY(!editCustomer(QStringLiteral("+49 6"), QStringLiteral("typed here")).isEmpty());
    RowChange row;
    row.entity = QStringLiteral("customer");
    row.id = m_f->customer.id;
    row.version = 50;
    QJsonObject fields;
    const Customer local = *CustomerRepository(m_f->db()).get(m_f->customer.id);
    for (const FieldDef &f : EntitySchema::get(QStringLiteral("customer")).fields) {
        fields.insert(f.name, QJsonValue::Null);
    }
    fields.insert(QStringLiteral("code"), local.code);
    fields.insert(QStringLiteral("name"), QStringLiteral("From the server"));
    fields.insert(QStringLiteral("notes"), QStringLiteral("server notes"));
    fields.insert(QStringLiteral("phone"), QStringLiteral("server phone"));
    fields.insert(QStringLiteral("credit_limit_minor"), 100000);
    fields.insert(QStringLiteral("currency"), QStringLiteral("EUR"));
    fields.insert(QStringLiteral("payment_terms_days"), 30);
    fields.insert(QStringLiteral("territory_id"), m_f->territory.id);
    fields.insert(QStringLiteral("status"), QStringLiteral("active"));
    row.fields = fields;
    Protocol::PullResponse page;
    page.changes << row;
    page.cursor = QStringLiteral("11:1:3");
    QVERIFY(m_store->applyPullPage(page).ok());
    const Customer after = *CustomerRepository(m_f->db()).get(m_f->customer.id);
    QCOMPARE(after.name, QStringLiteral("From the server"));
    QCOMPARE(after.notes, QStringLiteral("typed here")); // pending: the push decides
    QCOMPARE(after.phone, QStringLiteral("+49 6"));
}

void TestLocalSyncStore::evictionsTakeTheWholeFamily()
{
    // A pending edit of an evicted customer is set aside, with the customer's orders and ledger.
    QVERIFY(!editCustomer(QStringLiteral("+49 4"), QStringLiteral("left")).isEmpty());
    const qint64 orders = m_f->rowCount(QStringLiteral("orders"));
    Protocol::PullResponse page;
    page.changes << RowChange::eviction(QStringLiteral("customer"), m_f->customer.id);
    page.cursor = QStringLiteral("12:1:3");
    QVERIFY(m_store->applyPullPage(page).ok());
    QCOMPARE(field(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {m_f->customer.id}),
             QStringLiteral("0"));
    QCOMPARE(field(QStringLiteral("SELECT count(*) FROM transactions WHERE customer_id = ?"), {m_f->customer.id}),
             QStringLiteral("0"));
    QVERIFY(m_f->rowCount(QStringLiteral("orders")) <= orders);
    const QList<QuarantinedOp> aside = *m_store->quarantine();
    QCOMPARE(aside.size(), 1);
    QCOMPARE(aside.first().code, RejectionCode::Evicted);
    QCOMPARE(m_f->outboxCount(), 0);
}

void TestLocalSyncStore::scopeEvictionCoversEveryScopeRoot()
{
    // A sales target of the territory that leaves goes too, like its customers.
    RowChange target;
    target.entity = QStringLiteral("sales_target");
    target.id = UuidV7::generateString();
    target.version = 1;
    target.fields = QJsonObject{{QStringLiteral("territory_id"), m_f->territory.id},
                                {QStringLiteral("agent_id"), QJsonValue::Null},
                                {QStringLiteral("period_start"), QStringLiteral("2026-12-01")},
                                {QStringLiteral("period_end"), QStringLiteral("2026-12-31")},
                                {QStringLiteral("currency"), QStringLiteral("EUR")},
                                {QStringLiteral("amount_minor"), 1000000},
                                {QStringLiteral("created_by"), m_f->admin.id}};
    Protocol::PullResponse page;
    page.changes << target;
    page.cursor = QStringLiteral("13:1:3");
    QVERIFY(m_store->applyPullPage(page).ok());
    QCOMPARE(m_f->rowCount(QStringLiteral("sales_targets")), 1);
    Protocol::PullResponse leave;
    leave.evictTerritories << m_f->territory.id;
    leave.cursor = QStringLiteral("14:1:4");
    QVERIFY(m_store->applyPullPage(leave).ok());
    QCOMPARE(m_f->rowCount(QStringLiteral("sales_targets")), 0);
    QCOMPARE(field(QStringLiteral("SELECT count(*) FROM customers WHERE territory_id = ?"), {m_f->territory.id}),
             QStringLiteral("0"));
    QCOMPARE(m_store->cursor().value(), QStringLiteral("14:1:4"));
}

void TestLocalSyncStore::aPageThatCannotApplyLeavesNothing()
{
    Protocol::PullResponse page;
    const RowChange fine = customerRow(1, QStringLiteral("Fine"), m_f->territory.id);
    const RowChange dangling = customerRow(1, QStringLiteral("Dangling"), UuidV7::generateString());
    page.changes << fine << dangling; // its territory never came: the references are checked at the end
    page.cursor = QStringLiteral("99:1:3");
    const QString cursorBefore = m_store->cursor().value();
    QVERIFY(!m_store->applyPullPage(page).ok());
    QCOMPARE(field(QStringLiteral("SELECT count(*) FROM customers WHERE id IN (?, ?)"), {fine.id, dangling.id}),
             QStringLiteral("0"));
    QCOMPARE(m_store->cursor().value(), cursorBefore);
}

// A new row changed again before its create went out: once the create is acknowledged, the
// later ops are based on the version the server gave it, not 0 (the server would refuse their
// delete as "edited since").
void TestLocalSyncStore::laterOpsOfANewRowAreBasedOnItsCreate()
{
    Customer c = m_f->customer;
    c.id.clear();
    c.code = QStringLiteral("NEW-1");
    const Result<Customer> made = CustomerRepository(m_f->db()).create(c);
    QVERIFY(made.ok());
    Customer changed = *made;
    changed.notes = QStringLiteral("changed before the first push");
    QVERIFY(CustomerRepository(m_f->db()).update(changed).ok());
    const QList<OutboxOp> batch = m_store->nextBatch(500).value();
    QCOMPARE(batch.size(), 2);
    QCOMPARE(batch.at(1).baseVersion, 0);
    OpResult created;
    created.opId = batch.first().opId;
    created.version = 1;
    QVERIFY(m_store->recordPushResults(batch.mid(0, 1), {created}).ok());
    const QList<OutboxOp> left = m_store->nextBatch(500).value();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().baseVersion, 1);
}

// Found by the convergence simulation: a refused create and then a refused delete of the same
// row. The delete's undo must not bring back a row the server never had.
void TestLocalSyncStore::aRowTheServerNeverHadStaysGone()
{
    Customer c = m_f->customer;
    c.id.clear();
    c.code = QStringLiteral("NEW-2");
    const Result<Customer> made = CustomerRepository(m_f->db()).create(c);
    QVERIFY(made.ok());
    QVERIFY(CustomerRepository(m_f->db()).remove(made->id).ok());
    const QList<OutboxOp> batch = m_store->nextBatch(500).value();
    QCOMPARE(batch.size(), 2);
    QVERIFY(m_store
                ->recordPushResults(
                    batch, {OpResult::rejected(batch.at(0).opId, RejectionCode::Forbidden, QStringLiteral("no")),
                            OpResult::rejected(batch.at(1).opId, RejectionCode::NotFound, QStringLiteral("gone"))})
                .ok());
    QCOMPARE(field(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {made->id}), QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestLocalSyncStore)
#include "tst_localsyncstore.moc"
