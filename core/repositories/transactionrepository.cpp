#include "core/repositories/transactionrepository.h"

#include "core/repositories/orderrepository.h"
#include "core/repositories/repositorysupport.h"
#include "core/rules/ledger.h"
#include "core/rules/workflow.h"
#include "core/store/changewriter.h"
#include "core/store/database.h"
#include "core/store/sqlutil.h"
#include "core/store/writetransaction.h"
#include "core/uuidv7.h"

namespace SalesSync {

using namespace RepositorySupport;

namespace {

const EntityDef &entity()
{
    return EntitySchema::get(QStringLiteral("transaction"));
}

const QString kSelect =
    QStringLiteral("SELECT id, customer_id, order_id, kind, direction, reverses_id, amount_minor, currency, method, "
                   "reference, reason, occurred_at, recorded_by, server_version FROM transactions");

Transaction fromQuery(const QSqlQuery &q)
{
    Transaction t;
    t.id = text(q, 0);
    t.customerId = text(q, 1);
    t.orderId = text(q, 2);
    t.kind = transactionKindFromText(text(q, 3)).value_or(TransactionKind::Payment);
    t.direction = transactionDirectionFromText(text(q, 4)).value_or(TransactionDirection::Forward);
    t.reversesId = text(q, 5);
    t.amount = money(q, 6, currency(q, 7));
    t.method = paymentMethodFromText(text(q, 8)).value_or(PaymentMethod::None);
    t.reference = text(q, 9);
    t.reason = text(q, 10);
    t.occurredAt = timestamp(q, 11);
    t.recordedBy = text(q, 12);
    t.serverVersion = q.value(13).toLongLong();
    return t;
}

QVariantMap toValues(const Transaction &t)
{
    return {{QStringLiteral("customer_id"), t.customerId},
            {QStringLiteral("order_id"), t.orderId},
            {QStringLiteral("kind"), transactionKindToText(t.kind)},
            {QStringLiteral("direction"), transactionDirectionToText(t.direction)},
            {QStringLiteral("reverses_id"), t.reversesId},
            {QStringLiteral("amount_minor"), t.amount.minorUnits()},
            {QStringLiteral("currency"), t.amount.currency().code()},
            {QStringLiteral("method"), paymentMethodToText(t.method)},
            {QStringLiteral("reference"), t.reference},
            {QStringLiteral("reason"), t.reason},
            {QStringLiteral("occurred_at"), timestampValue(t.occurredAt)},
            {QStringLiteral("recorded_by"), t.recordedBy}};
}

Result<QList<Transaction>> listOf(Result<QSqlQuery> q)
{
    if (!q) {
        return q.error();
    }
    QList<Transaction> list;
    while (q.value().next()) {
        list << fromQuery(q.value());
    }
    return list;
}

} // namespace

TransactionRepository::TransactionRepository(Database &database)
    : m_database(database)
{}

Result<Transaction> TransactionRepository::get(const QString &id)
{
    Result<QSqlQuery> q = runQuery(m_database.connection(), kSelect + QStringLiteral(" WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return Error(ErrorCode::NotFound, tr("There is no ledger entry with id %1.").arg(id));
    }
    return fromQuery(q.value());
}

Result<QList<Transaction>> TransactionRepository::forCustomer(const QString &customerId)
{
    return listOf(runQuery(m_database.connection(),
                           kSelect + QStringLiteral(" WHERE customer_id = ? ORDER BY occurred_at, id"), {customerId}));
}

Result<QList<Transaction>> TransactionRepository::reversalsOf(const QString &originalId)
{
    return listOf(runQuery(m_database.connection(),
                           kSelect + QStringLiteral(" WHERE reverses_id = ? ORDER BY occurred_at, id"), {originalId}));
}

Result<Transaction> TransactionRepository::insert(Transaction entry)
{
    if (entry.id.isEmpty()) {
        entry.id = UuidV7::generateString();
    }
    if (!entry.occurredAt.isValid()) {
        entry.occurredAt = QDateTime::currentDateTimeUtc();
    }
    if (entry.recordedBy.isEmpty()) {
        entry.recordedBy = m_database.actorUserId();
    }
    if (const QList<FieldError> errors = entry.validate(); !errors.isEmpty()) {
        return Error::validation(errors);
    }
    WriteTransaction tx(m_database.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    const Result<QVariant> customerCurrency =
        queryValue(tx.database(), QStringLiteral("SELECT currency FROM customers WHERE id = ?"), {entry.customerId});
    if (!customerCurrency) {
        return customerCurrency.error();
    }
    if (customerCurrency->isNull()) {
        return Error::validation(QStringLiteral("customerId"), tr("refers to a customer that does not exist"));
    }
    if (customerCurrency->toString() != entry.amount.currency().code()) {
        return Error::validation(QStringLiteral("amount"),
                                 tr("is in %1 but the customer's ledger is in %2")
                                     .arg(entry.amount.currency().code(), customerCurrency->toString()));
    }
    if (entry.isReversal()) {
        const Result<Transaction> original = get(entry.reversesId);
        if (!original) {
            return original.error().code() == ErrorCode::NotFound
                       ? Error::validation(QStringLiteral("reversesId"), tr("refers to an entry that does not exist"))
                       : original.error();
        }
        const Result<QList<Transaction>> earlier = reversalsOf(entry.reversesId);
        if (!earlier) {
            return earlier.error();
        }
        if (const Status s = Ledger::validateReversal(entry, *original, *earlier); !s) {
            return s.error();
        }
    } else if (!entry.orderId.isEmpty()) {
        if (const Status s = requireExisting(tx.database(), QStringLiteral("orders"), entry.orderId,
                                             QStringLiteral("orderId"), tr("refers to an order that does not exist"));
            !s) {
            return s.error();
        }
    }
    ChangeWriter writer(m_database, tx);
    if (const Status s = writer.insert(entity(), entry.id, toValues(entry)); !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return entry;
}

Result<Transaction> TransactionRepository::invoiceOrder(const QString &orderId, const QDateTime &at)
{
    WriteTransaction tx(m_database.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    const Result<Order> order = OrderRepository(m_database).get(orderId);
    if (!order) {
        return order.error();
    }
    if (order->status != OrderStatus::Approved && order->status != OrderStatus::Fulfilled) {
        return Error::validation(
            QStringLiteral("orderId"),
            tr("only an approved order can be invoiced; this one is %1").arg(Workflow::orderStatusName(order->status)));
    }
    // One standing invoice per order: a fully reversed invoice may be raised again.
    const Result<QVariant> outstanding = queryValue(
        tx.database(),
        QStringLiteral(
            "SELECT coalesce(sum(CASE direction WHEN 'forward' THEN amount_minor ELSE -amount_minor END), 0) "
            "FROM transactions WHERE kind = 'invoice' AND (order_id = ? OR reverses_id IN "
            "(SELECT id FROM transactions WHERE order_id = ? AND kind = 'invoice'))"),
        {orderId, orderId});
    if (!outstanding) {
        return outstanding.error();
    }
    if (outstanding->toLongLong() > 0) {
        return Error::validation(QStringLiteral("orderId"), tr("the order is already invoiced"));
    }
    Transaction invoice;
    invoice.customerId = order->customerId;
    invoice.orderId = orderId;
    invoice.kind = TransactionKind::Invoice;
    invoice.amount = order->total;
    invoice.occurredAt = at;
    Result<Transaction> entry = insert(invoice);
    if (!entry) {
        return entry.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return entry;
}

Result<Transaction> TransactionRepository::record(Transaction entry)
{
    if (entry.kind == TransactionKind::Invoice) {
        return Error::validation(QStringLiteral("kind"), tr("invoices are raised from approved orders"));
    }
    if (entry.isReversal()) {
        return Error::validation(QStringLiteral("direction"),
                                 tr("a reversal is recorded by reversing the original entry"));
    }
    return insert(entry);
}

Result<Transaction> TransactionRepository::reverse(const QString &originalId, const QString &reason,
                                                   std::optional<Money> amount, const QDateTime &at)
{
    const Result<Transaction> original = get(originalId);
    if (!original) {
        return original.error();
    }
    Transaction reversal;
    reversal.customerId = original->customerId;
    reversal.orderId = original->orderId;
    reversal.kind = original->kind;
    reversal.direction = TransactionDirection::Reverse;
    reversal.reversesId = originalId;
    reversal.method = original->method;
    reversal.reason = reason.trimmed();
    reversal.occurredAt = at;
    if (amount) {
        reversal.amount = *amount;
    } else {
        const Result<QList<Transaction>> earlier = reversalsOf(originalId);
        if (!earlier) {
            return earlier.error();
        }
        const Result<Money> remaining = Ledger::remainingReversible(*original, *earlier);
        if (!remaining) {
            return remaining.error();
        }
        if (remaining->isZero()) {
            return Error::validation(QStringLiteral("reversesId"), tr("the entry is already fully reversed"));
        }
        reversal.amount = *remaining;
    }
    return insert(reversal);
}

QVariantMap TransactionRepository::values(const Transaction &row)
{
    return toValues(row);
}

} // namespace SalesSync
