#include "core/repositories/customerrepository.h"
#include "core/repositories/orderrepository.h"
#include "core/repositories/transactionrepository.h"
#include "core/rules/ledger.h"
#include "core/store/sqlutil.h"
#include "testfixture.h"

#include <QTest>

using namespace SalesSync;

namespace {
// An approved order of 3 cases of beer: 56.97 + 10.82 = 67.79 EUR.
QString approvedOrder(Test::Fixture &f)
{
    OrderRepository orders(f.db());
    const QString id = orders.createDraft(f.draftOrder(f.customer, {{f.beer, 3000}}))->id;
    if (!orders.submit(id, CreditPolicy::Warn).ok() || !orders.approve(id).ok()) {
        qFatal("the test order could not be submitted and approved");
    }
    return id;
}

Transaction payment(const Test::Fixture &f, qint64 amount, PaymentMethod method = PaymentMethod::Cheque)
{
    Transaction t;
    t.customerId = f.customer.id;
    t.kind = TransactionKind::Payment;
    t.amount = Money(amount, Currency::eur());
    t.method = method;
    t.reference = QStringLiteral("CHQ 123456");
    return t;
}
} // namespace

class TestTransactionRepository : public QObject {
    Q_OBJECT

private slots:
    void invoiceOnlyForApprovedOrders();
    void paymentsAndBalance();
    void reversalsNeverTouchTheOriginal();
    void reversalLimits();
    void ledgerIsAppendOnlyInTheFile();
    void paymentInWrongCurrencyRefused();
    void balanceInSqlAgreesWithLedgerRules();
};

void TestTransactionRepository::invoiceOnlyForApprovedOrders()
{
    Test::Fixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    OrderRepository orders(f.db());
    TransactionRepository ledger(f.db());
    Order draft;
    draft.customerId = f.customer.id;
    draft.agentId = f.agent.id;
    draft.currency = Currency::eur();
    const QString draftId = orders.createDraft(draft)->id;
    const Result<Transaction> early = ledger.invoiceOrder(draftId);
    QVERIFY(!early.ok());
    QVERIFY(early.error().messageFor(QStringLiteral("orderId")).contains(QStringLiteral("approved")));

    const QString id = approvedOrder(f);
    const Result<Transaction> invoice = ledger.invoiceOrder(id);
    QVERIFY2(invoice.ok(), invoice.ok() ? "" : qPrintable(invoice.error().message()));
    QCOMPARE(invoice->amount.minorUnits(), 6779);
    QCOMPARE(invoice->kind, TransactionKind::Invoice);
    QCOMPARE(invoice->recordedBy, f.agentUser.id);
    QVERIFY(!ledger.invoiceOrder(id).ok());
    // A fully reversed invoice can be raised again.
    QVERIFY(ledger.reverse(invoice->id, QStringLiteral("Wrong delivery address")).ok());
    QVERIFY(ledger.invoiceOrder(id).ok());
    QCOMPARE(CustomerRepository(f.db()).openBalance(f.customer.id)->minorUnits(), 6779);
}

void TestTransactionRepository::paymentsAndBalance()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    TransactionRepository ledger(f.db());
    QVERIFY(ledger.invoiceOrder(approvedOrder(f)).ok());
    QVERIFY(ledger.record(payment(f, 5000, PaymentMethod::Cash)).ok());
    QCOMPARE(CustomerRepository(f.db()).openBalance(f.customer.id)->minorUnits(), 1779);
    Transaction noMethod = payment(f, 100, PaymentMethod::None);
    const Result<Transaction> refused = ledger.record(noMethod);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().hasField(QStringLiteral("method")));
    Transaction invoice = payment(f, 100);
    invoice.kind = TransactionKind::Invoice;
    QVERIFY(!ledger.record(invoice).ok());
    QCOMPARE(ledger.forCustomer(f.customer.id)->size(), 2);
}

void TestTransactionRepository::reversalsNeverTouchTheOriginal()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    TransactionRepository ledger(f.db());
    const Transaction paid = *ledger.record(payment(f, 5000));
    const Result<Transaction> noReason = ledger.reverse(paid.id, QStringLiteral(" "));
    QVERIFY(!noReason.ok());
    QVERIFY(noReason.error().hasField(QStringLiteral("reason")));
    const Result<Transaction> bounced = ledger.reverse(paid.id, QStringLiteral("Cheque returned unpaid"));
    QVERIFY2(bounced.ok(), bounced.ok() ? "" : qPrintable(bounced.error().message()));
    QCOMPARE(bounced->reversesId, paid.id);
    QCOMPARE(bounced->direction, TransactionDirection::Reverse);
    QCOMPARE(bounced->amount.minorUnits(), 5000);
    const Transaction original = *ledger.get(paid.id);
    QCOMPARE(original.amount.minorUnits(), 5000);
    QCOMPARE(original.direction, TransactionDirection::Forward);
    QCOMPARE(original.reason, QString());
    QCOMPARE(ledger.forCustomer(f.customer.id)->size(), 2);
    QCOMPARE(CustomerRepository(f.db()).openBalance(f.customer.id)->minorUnits(), 0);
}

void TestTransactionRepository::reversalLimits()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    TransactionRepository ledger(f.db());
    const Transaction paid = *ledger.record(payment(f, 5000));
    QVERIFY(ledger.reverse(paid.id, QStringLiteral("Partly bounced"), Money(2000, Currency::eur())).ok());
    const qint64 outboxBefore = f.outboxCount();
    const Result<Transaction> tooMuch = ledger.reverse(paid.id, QStringLiteral("Again"), Money(3001, Currency::eur()));
    QVERIFY(!tooMuch.ok());
    QVERIFY(tooMuch.error().messageFor(QStringLiteral("amount")).contains(QStringLiteral("30.00 EUR")));
    QCOMPARE(f.outboxCount(), outboxBefore);
    const Result<Transaction> rest = ledger.reverse(paid.id, QStringLiteral("Rest bounced too"));
    QVERIFY(rest.ok());
    QCOMPARE(rest->amount.minorUnits(), 3000);
    const Result<Transaction> nothingLeft = ledger.reverse(paid.id, QStringLiteral("Once more"));
    QVERIFY(!nothingLeft.ok());
    QVERIFY(nothingLeft.error().message().contains(QStringLiteral("fully reversed")));
    const Result<Transaction> chain = ledger.reverse(rest->id, QStringLiteral("Undo the undo"));
    QVERIFY(!chain.ok());
    QVERIFY(chain.error().hasField(QStringLiteral("reversesId")));
    QCOMPARE(ledger.reversalsOf(paid.id)->size(), 2);
}

void TestTransactionRepository::ledgerIsAppendOnlyInTheFile()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    const Transaction paid = *TransactionRepository(f.db()).record(payment(f, 5000));
    // Even SQL that goes around the repositories cannot rewrite history.
    const Result<QSqlQuery> edit = runQuery(
        f.db().connection(), QStringLiteral("UPDATE transactions SET amount_minor = 1 WHERE id = ?"), {paid.id});
    QVERIFY(!edit.ok());
    QVERIFY(edit.error().message().contains(QStringLiteral("append-only")));
    QVERIFY(!runQuery(f.db().connection(), QStringLiteral("DELETE FROM transactions WHERE id = ?"), {paid.id}).ok());
    // The sync engine may still record the server's acknowledgement.
    QVERIFY(runQuery(f.db().connection(), QStringLiteral("UPDATE transactions SET server_version = 3 WHERE id = ?"),
                     {paid.id})
                .ok());
    QCOMPARE(TransactionRepository(f.db()).get(paid.id)->amount.minorUnits(), 5000);
}

void TestTransactionRepository::paymentInWrongCurrencyRefused()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    Transaction t = payment(f, 5000);
    t.amount = Money(5000, *Currency::fromCode(u"USD"));
    const Result<Transaction> r = TransactionRepository(f.db()).record(t);
    QVERIFY(!r.ok());
    QVERIFY(r.error().messageFor(QStringLiteral("amount")).contains(QStringLiteral("EUR")));
    QCOMPARE(f.rowCount(QStringLiteral("transactions")), 0);
}

void TestTransactionRepository::balanceInSqlAgreesWithLedgerRules()
{
    Test::Fixture f;
    QVERIFY(f.isValid());
    TransactionRepository ledger(f.db());
    const Transaction invoice = *ledger.invoiceOrder(approvedOrder(f));
    QVERIFY(ledger.reverse(invoice.id, QStringLiteral("Price correction"), Money(779, Currency::eur())).ok());
    const Transaction paid = *ledger.record(payment(f, 4000));
    QVERIFY(ledger.reverse(paid.id, QStringLiteral("Bounced")).ok());
    Transaction credit = payment(f, 500);
    credit.kind = TransactionKind::CreditNote;
    const Transaction credited = *ledger.record(credit);
    Transaction refund = payment(f, 500, PaymentMethod::BankTransfer);
    refund.kind = TransactionKind::Refund;
    QVERIFY(ledger.record(refund).ok());
    QVERIFY(ledger.reverse(credited.id, QStringLiteral("Credit note issued twice")).ok());
    const QList<Transaction> entries = *ledger.forCustomer(f.customer.id);
    QCOMPARE(entries.size(), 7);
    const Money fromRules = *Ledger::balance(entries, Currency::eur());
    // 67.79 - 7.79 - 40 + 40 - 5 + 5 + 5 = 65.00
    QCOMPARE(fromRules.minorUnits(), 6500);
    QCOMPARE(*CustomerRepository(f.db()).openBalance(f.customer.id), fromRules);
}

QTEST_GUILESS_MAIN(TestTransactionRepository)
#include "tst_transactionrepository.moc"
