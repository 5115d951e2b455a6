#include "core/repositories/orderrepository.h"
#include "core/repositories/transactionrepository.h"
#include "core/store/sqlutil.h"
#include "testfixture.h"

#include <QTest>

using namespace SalesSync;

namespace {
Order draftFor(const Test::Fixture &f, const Customer &customer, qint64 beerCasesMilli)
{
    return f.draftOrder(customer, {{f.beer, beerCasesMilli}});
}
} // namespace

class TestOrderRepository : public QObject {
    Q_OBJECT

private slots:
    void draftIsComputedAndStored();
    void draftEditsReplaceLines();
    void invalidDraftLeavesNothing_data();
    void invalidDraftLeavesNothing();
    void submitWithinLimit();
    void refusedSubmitSavesNothing();
    void submitOverLimitWarnsAndAudits();
    void submitOverLimitBlocksWhenPolicySaysSo();
    void illegalTransitionsChangeNothing();
    void rejectAndCancelNeedAReason();
    void submittedOrdersCountAgainstTheLimit();
    void listPagesNewestFirstAndFilters();
};

void TestOrderRepository::draftIsComputedAndStored()
{
    Test::Fixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    Order order = draftFor(f, f.customer, 3000);
    OrderLine bread;
    bread.productId = f.bread.id;
    bread.quantityMilli = 2500;
    bread.unitPrice = f.bread.unitPrice;
    bread.discount = Money(23, Currency::eur());
    bread.taxRateBasisPoints = 700;
    order.lines << bread;
    const Result<Order> saved = OrderRepository(f.db()).createDraft(order);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message()));
    QCOMPARE(saved->status, OrderStatus::Draft);
    QCOMPARE(saved->lines.size(), 2);
    QCOMPARE(saved->lines.at(0).lineNo, 1);
    QCOMPARE(saved->lines.at(1).lineNo, 2);
    // 3 x 18.99 = 56.97, tax 10.82; 2.5 kg x 3.49 = 8.73 - 0.23 = 8.50, tax 0.60 (0.595 -> 0.60)
    QCOMPARE(saved->lines.at(0).net.minorUnits(), 5697);
    QCOMPARE(saved->lines.at(0).tax.minorUnits(), 1082);
    QCOMPARE(saved->lines.at(1).net.minorUnits(), 850);
    QCOMPARE(saved->lines.at(1).tax.minorUnits(), 60);
    QCOMPARE(saved->netTotal.minorUnits(), 6547);
    QCOMPARE(saved->taxTotal.minorUnits(), 1142);
    QCOMPARE(saved->total.minorUnits(), 7689);
    QVERIFY(saved->createdAt.isValid());
    QCOMPARE(saved->createdAt.timeSpec(), Qt::UTC);
}

void TestOrderRepository::draftEditsReplaceLines()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    OrderRepository orders(f.db());
    Order order = *orders.createDraft(draftFor(f, f.customer, 1000));
    order.lines.first().quantityMilli = 2000;
    OrderLine bread;
    bread.productId = f.bread.id;
    bread.quantityMilli = 1000;
    bread.unitPrice = f.bread.unitPrice;
    bread.discount = Money::zero(order.currency);
    bread.taxRateBasisPoints = 700;
    order.lines << bread;
    order.notes = QStringLiteral("Deliver to the back door");
    const Result<Order> edited = orders.updateDraft(order);
    QVERIFY2(edited.ok(), edited.ok() ? "" : qPrintable(edited.error().message()));
    QCOMPARE(edited->lines.size(), 2);
    QCOMPARE(edited->lines.first().net.minorUnits(), 3798);
    QCOMPARE(edited->netTotal.minorUnits(), 3798 + 349);
    QCOMPARE(edited->notes, order.notes);
    order = *edited;
    order.lines.removeFirst();
    const Result<Order> shrunk = orders.updateDraft(order);
    QVERIFY(shrunk.ok());
    QCOMPARE(shrunk->lines.size(), 1);
    QCOMPARE(shrunk->total.minorUnits(), 349 + 24);
    QCOMPARE(f.rowCount(QStringLiteral("order_lines")), 1);
}

void TestOrderRepository::invalidDraftLeavesNothing_data()
{
    QTest::addColumn<QString>("breakage");
    QTest::addColumn<QString>("field");
    QTest::newRow("line in another currency") << "currency"
                                              << "lines[0].unitPrice";
    QTest::newRow("order in another currency than the customer") << "order-currency"
                                                                 << "currency";
    QTest::newRow("unknown product") << "product"
                                     << "lines[0].productId";
    QTest::newRow("zero quantity") << "quantity"
                                   << "lines[0].quantity";
    QTest::newRow("discount above line amount") << "discount"
                                                << "lines[0].discount";
    QTest::newRow("unknown customer") << "customer"
                                      << "customerId";
    QTest::newRow("unknown visit") << "visit"
                                   << "visitId";
}

void TestOrderRepository::invalidDraftLeavesNothing()
{
    QFETCH(QString, breakage);
    QFETCH(QString, field);
    Test::Fixture f;
    QVERIFY(f.isValid());
    const qint64 outboxBefore = f.outboxCount();
    Order order = draftFor(f, f.customer, 1000);
    const Currency chf = *Currency::fromCode(u"CHF");
    if (breakage == u"currency") {
        order.lines.first().unitPrice = Money(1899, chf);
    } else if (breakage == u"order-currency") {
        order.currency = chf;
        order.lines.first().unitPrice = Money(1899, chf);
        order.lines.first().discount = Money(0, chf);
    } else if (breakage == u"product") {
        order.lines.first().productId = UuidV7::generateString();
    } else if (breakage == u"quantity") {
        order.lines.first().quantityMilli = 0;
    } else if (breakage == u"discount") {
        order.lines.first().discount = Money(1900, Currency::eur());
    } else if (breakage == u"customer") {
        order.customerId = UuidV7::generateString();
    } else if (breakage == u"visit") {
        order.visitId = UuidV7::generateString();
    }
    const Result<Order> saved = OrderRepository(f.db()).createDraft(order);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().hasField(field), qPrintable(saved.error().message()));
    QCOMPARE(f.rowCount(QStringLiteral("orders")), 0);
    QCOMPARE(f.rowCount(QStringLiteral("order_lines")), 0);
    QCOMPARE(f.outboxCount(), outboxBefore);
}

void TestOrderRepository::submitWithinLimit()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    OrderRepository orders(f.db());
    const Order draft = *orders.createDraft(draftFor(f, f.customer, 10000)); // 189.90 + 36.08 = 225.98
    const Result<SubmitResult> submitted = orders.submit(draft.id, CreditPolicy::Block);
    QVERIFY2(submitted.ok(), submitted.ok() ? "" : qPrintable(submitted.error().message()));
    QCOMPARE(submitted->order.status, OrderStatus::Submitted);
    QVERIFY(submitted->order.submittedAt.isValid());
    QVERIFY(submitted->credit.withinLimit());
    QCOMPARE(submitted->credit.available.minorUnits(), 100000);
}

void TestOrderRepository::refusedSubmitSavesNothing()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    OrderRepository orders(f.db());
    const qint64 outboxBefore = f.outboxCount();
    // A new order without lines: submitting it is refused, and no empty draft is left behind.
    Order empty = draftFor(f, f.customer, 1000);
    empty.lines.clear();
    const Result<SubmitResult> refused = orders.saveAndSubmit(empty, CreditPolicy::Warn);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().hasField(QStringLiteral("lines")), qPrintable(refused.error().message()));
    QCOMPARE(f.rowCount(QStringLiteral("orders")), 0);
    QCOMPARE(f.outboxCount(), outboxBefore);
    // An existing draft whose new lines are refused keeps what it had.
    const Order draft = *orders.createDraft(draftFor(f, f.customer, 1000));
    const qint64 outboxWithDraft = f.outboxCount();
    Order changed = draft;
    changed.lines.clear();
    QVERIFY(!orders.saveAndSubmit(changed, CreditPolicy::Warn).ok());
    const Order stored = *orders.get(draft.id);
    QCOMPARE(stored.status, OrderStatus::Draft);
    QCOMPARE(stored.lines.size(), 1);
    QCOMPARE(f.outboxCount(), outboxWithDraft);
    // Over the limit with the Block policy: refused, nothing saved.
    Order big = draftFor(f, f.customer, 9000000);
    QVERIFY(!orders.saveAndSubmit(big, CreditPolicy::Block).ok());
    QCOMPARE(f.rowCount(QStringLiteral("orders")), 1);
    // And a good one goes through, saved and submitted in one.
    const Result<SubmitResult> ok = orders.saveAndSubmit(draftFor(f, f.customer, 2000), CreditPolicy::Block);
    QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().message()));
    QCOMPARE(orders.get(ok->order.id)->status, OrderStatus::Submitted);
}

void TestOrderRepository::submitOverLimitWarnsAndAudits()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    OrderRepository orders(f.db());
    // 50 cases: 949.50 + 180.41 tax = 1,129.91 against a 1,000.00 limit.
    const Order draft = *orders.createDraft(draftFor(f, f.customer, 50000));
    const Result<CreditCheckResult> preview = orders.creditCheck(draft.id);
    QVERIFY(preview.ok());
    QVERIFY(!preview->withinLimit());
    QCOMPARE(preview->exceededBy.minorUnits(), 12991);
    QCOMPARE(orders.creditPolicy().value(), CreditPolicy::Warn);
    const Result<SubmitResult> submitted = orders.submit(draft.id, CreditPolicy::Warn);
    QVERIFY(submitted.ok());
    QCOMPARE(submitted->order.status, OrderStatus::Submitted);
    QCOMPARE(submitted->credit.exceededBy.minorUnits(), 12991);
}

void TestOrderRepository::submitOverLimitBlocksWhenPolicySaysSo()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.db().setMetaValue(QStringLiteral("credit_policy"), QStringLiteral("block")).ok());
    OrderRepository orders(f.db());
    const Order draft = *orders.createDraft(draftFor(f, f.customer, 50000));
    const qint64 outboxBefore = f.outboxCount();
    QCOMPARE(orders.creditPolicy().value(), CreditPolicy::Block);
    const Result<SubmitResult> submitted = orders.submit(draft.id, orders.creditPolicy().value());
    QVERIFY(!submitted.ok());
    QCOMPARE(submitted.error().code(), ErrorCode::CreditLimit);
    QVERIFY2(submitted.error().message().contains(QStringLiteral("129.91 EUR")),
             qPrintable(submitted.error().message()));
    QCOMPARE(orders.get(draft.id)->status, OrderStatus::Draft);
    QCOMPARE(f.outboxCount(), outboxBefore);
}

void TestOrderRepository::illegalTransitionsChangeNothing()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    OrderRepository orders(f.db());
    const Order draft = *orders.createDraft(draftFor(f, f.customer, 1000));
    const qint64 outboxBefore = f.outboxCount();
    const Result<Order> approved = orders.approve(draft.id);
    QVERIFY(!approved.ok());
    QCOMPARE(approved.error().code(), ErrorCode::IllegalTransition);
    QVERIFY(approved.error().message().contains(QStringLiteral("draft")));
    QVERIFY(!orders.fulfil(draft.id).ok());
    QCOMPARE(orders.get(draft.id)->status, OrderStatus::Draft);
    QCOMPARE(f.outboxCount(), outboxBefore);
    QVERIFY(orders.submit(draft.id, CreditPolicy::Warn).ok());
    QVERIFY(orders.approve(draft.id).ok());
    const Result<Order> cancelled = orders.cancel(draft.id, QStringLiteral("Too late"));
    QVERIFY(!cancelled.ok());
    QVERIFY(cancelled.error().message().contains(QStringLiteral("reverse its invoice")));
    QVERIFY(!orders.updateDraft(*orders.get(draft.id)).ok());
    QCOMPARE(orders.fulfil(draft.id)->status, OrderStatus::Fulfilled);
}

void TestOrderRepository::rejectAndCancelNeedAReason()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    OrderRepository orders(f.db());
    const Order draft = *orders.createDraft(draftFor(f, f.customer, 1000));
    QVERIFY(orders.submit(draft.id, CreditPolicy::Warn).ok());
    const Result<Order> rejected = orders.reject(draft.id, QStringLiteral("  "));
    QVERIFY(!rejected.ok());
    QVERIFY(rejected.error().hasField(QStringLiteral("statusReason")));
    QCOMPARE(orders.get(draft.id)->status, OrderStatus::Submitted);
    const Result<Order> ok = orders.reject(draft.id, QStringLiteral("Customer on stop list"));
    QVERIFY(ok.ok());
    QCOMPARE(ok->statusReason, QStringLiteral("Customer on stop list"));
    QVERIFY(ok->decidedAt.isValid());
}

void TestOrderRepository::submittedOrdersCountAgainstTheLimit()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    OrderRepository orders(f.db());
    // 40 cases: 759.60 + 144.32 = 903.92 submitted; then 1 more case (22.60) fits, 5 more do not.
    const Order big = *orders.createDraft(draftFor(f, f.customer, 40000));
    QVERIFY(orders.submit(big.id, CreditPolicy::Block).ok());
    const Order small = *orders.createDraft(draftFor(f, f.customer, 1000));
    QVERIFY(orders.creditCheck(small.id)->withinLimit());
    const Order more = *orders.createDraft(draftFor(f, f.customer, 5000));
    const CreditCheckResult check = *orders.creditCheck(more.id);
    QVERIFY(!check.withinLimit());
    QCOMPARE(check.openBalance.minorUnits(), 90392);
    // Once invoiced, the order counts through the ledger instead, not twice.
    QVERIFY(orders.approve(big.id).ok());
    QVERIFY(TransactionRepository(f.db()).invoiceOrder(big.id).ok());
    QCOMPARE(orders.creditCheck(more.id)->openBalance.minorUnits(), 90392);
}

void TestOrderRepository::listPagesNewestFirstAndFilters()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    OrderRepository orders(f.db());
    QStringList ids; // oldest first
    const QDateTime base(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < 11; ++i) {
        Order o = f.draftOrder(i % 2 ? f.customer : f.farCustomer, {{f.beer, 1000 * (i + 1)}});
        // Two orders share each creation time: the id breaks the tie.
        o.createdAt = base.addSecs(60 * (i / 2));
        const Result<Order> saved = orders.createDraft(o);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message()));
        ids << saved->id;
        if (i % 3 == 0) {
            QVERIFY(orders.submit(saved->id, CreditPolicy::Warn).ok());
        }
    }
    OrderListQuery query;
    query.limit = 1000;
    const QList<OrderListRow> all = *orders.list(query);
    QCOMPARE(all.size(), 11);
    for (qsizetype i = 1; i < all.size(); ++i) {
        QVERIFY(std::pair(all.at(i - 1).createdAt, all.at(i - 1).id) > std::pair(all.at(i).createdAt, all.at(i).id));
    }
    QCOMPARE(all.first().lineCount, 1);
    QCOMPARE(all.first().customerName, f.farCustomer.name);
    QCOMPARE(all.first().total, orders.get(all.first().id)->total);

    // Pages of three continued after the last row give the same orders once each.
    query.limit = 3;
    QStringList paged;
    for (;;) {
        const QList<OrderListRow> page = *orders.list(query);
        for (const OrderListRow &r : page) {
            paged << r.id;
        }
        if (page.size() < query.limit) {
            break;
        }
        query.after = page.last();
    }
    QStringList expected;
    for (const OrderListRow &r : all) {
        expected << r.id;
    }
    QCOMPARE(paged, expected);

    OrderListQuery submitted;
    submitted.status = OrderStatus::Submitted;
    QCOMPARE(orders.list(submitted)->size(), 4);
    OrderListQuery nobody;
    nobody.agentId = QStringLiteral("someone-else");
    QCOMPARE(orders.list(nobody)->size(), 0);
}

QTEST_GUILESS_MAIN(TestOrderRepository)
#include "tst_orderrepository.moc"
