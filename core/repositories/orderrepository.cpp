#include "core/repositories/orderrepository.h"

#include "core/repositories/customerrepository.h"
#include "core/repositories/repositorysupport.h"
#include "core/rules/ordercalculator.h"
#include "core/rules/workflow.h"
#include "core/store/changewriter.h"
#include "core/store/database.h"
#include "core/store/localsettings.h"
#include "core/store/sqlutil.h"
#include "core/store/writetransaction.h"
#include "core/timeutil.h"
#include "core/uuidv7.h"

#include <QHash>

namespace SalesSync {

using namespace RepositorySupport;

namespace {

const EntityDef &orderEntity()
{
    return EntitySchema::get(QStringLiteral("order"));
}
const EntityDef &lineEntity()
{
    return EntitySchema::get(QStringLiteral("order_line"));
}

const QString kSelectOrder = QStringLiteral(
    "SELECT id, customer_id, agent_id, visit_id, status, currency, net_minor, tax_minor, total_minor, notes, "
    "status_reason, created_at, submitted_at, decided_at, fulfilled_at, cancelled_at, server_version FROM orders");
const QString kSelectLines = QStringLiteral(
    "SELECT id, line_no, product_id, description, quantity_milli, unit_price_minor, discount_minor, tax_rate_bp, "
    "net_minor, tax_minor, server_version FROM order_lines WHERE order_id = ? ORDER BY line_no");

Order orderFromQuery(const QSqlQuery &q)
{
    Order o;
    o.id = text(q, 0);
    o.customerId = text(q, 1);
    o.agentId = text(q, 2);
    o.visitId = text(q, 3);
    o.status = orderStatusFromText(text(q, 4)).value_or(OrderStatus::Draft);
    o.currency = currency(q, 5);
    o.netTotal = money(q, 6, o.currency);
    o.taxTotal = money(q, 7, o.currency);
    o.total = money(q, 8, o.currency);
    o.notes = text(q, 9);
    o.statusReason = text(q, 10);
    o.createdAt = timestamp(q, 11);
    o.submittedAt = timestamp(q, 12);
    o.decidedAt = timestamp(q, 13);
    o.fulfilledAt = timestamp(q, 14);
    o.cancelledAt = timestamp(q, 15);
    o.serverVersion = q.value(16).toLongLong();
    return o;
}

OrderLine lineFromQuery(const QSqlQuery &q, const Currency &currency)
{
    OrderLine l;
    l.id = text(q, 0);
    l.lineNo = q.value(1).toInt();
    l.productId = text(q, 2);
    l.description = text(q, 3);
    l.quantityMilli = q.value(4).toLongLong();
    l.unitPrice = money(q, 5, currency);
    l.discount = money(q, 6, currency);
    l.taxRateBasisPoints = q.value(7).toInt();
    l.net = money(q, 8, currency);
    l.tax = money(q, 9, currency);
    l.serverVersion = q.value(10).toLongLong();
    return l;
}

QVariantMap orderValues(const Order &o)
{
    return {{QStringLiteral("customer_id"), o.customerId},
            {QStringLiteral("agent_id"), o.agentId},
            {QStringLiteral("visit_id"), o.visitId},
            {QStringLiteral("status"), orderStatusToText(o.status)},
            {QStringLiteral("currency"), o.currency.code()},
            {QStringLiteral("net_minor"), o.netTotal.minorUnits()},
            {QStringLiteral("tax_minor"), o.taxTotal.minorUnits()},
            {QStringLiteral("total_minor"), o.total.minorUnits()},
            {QStringLiteral("notes"), o.notes},
            {QStringLiteral("status_reason"), o.statusReason},
            {QStringLiteral("created_at"), timestampValue(o.createdAt)},
            {QStringLiteral("submitted_at"), timestampValue(o.submittedAt)},
            {QStringLiteral("decided_at"), timestampValue(o.decidedAt)},
            {QStringLiteral("fulfilled_at"), timestampValue(o.fulfilledAt)},
            {QStringLiteral("cancelled_at"), timestampValue(o.cancelledAt)}};
}

QVariantMap lineValues(const QString &orderId, const OrderLine &l)
{
    return {{QStringLiteral("order_id"), orderId},
            {QStringLiteral("line_no"), l.lineNo},
            {QStringLiteral("product_id"), l.productId},
            {QStringLiteral("description"), l.description},
            {QStringLiteral("quantity_milli"), l.quantityMilli},
            {QStringLiteral("unit_price_minor"), l.unitPrice.minorUnits()},
            {QStringLiteral("discount_minor"), l.discount.minorUnits()},
            {QStringLiteral("tax_rate_bp"), l.taxRateBasisPoints},
            {QStringLiteral("net_minor"), l.net.minorUnits()},
            {QStringLiteral("tax_minor"), l.tax.minorUnits()}};
}

} // namespace

OrderRepository::OrderRepository(Database &database)
    : m_database(database)
{}

Result<CreditPolicy> OrderRepository::creditPolicy()
{
    const Result<LocalSettings> settings = LocalSettingsStore(m_database).load();
    if (!settings) {
        return settings.error();
    }
    return settings->creditPolicy;
}

Result<Order> OrderRepository::get(const QString &id)
{
    Result<QSqlQuery> q = runQuery(m_database.connection(), kSelectOrder + QStringLiteral(" WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return Error(ErrorCode::NotFound, tr("There is no order with id %1.").arg(id));
    }
    Order order = orderFromQuery(q.value());
    Result<QSqlQuery> lines = runQuery(m_database.connection(), kSelectLines, {id});
    if (!lines) {
        return lines.error();
    }
    while (lines.value().next()) {
        order.lines << lineFromQuery(lines.value(), order.currency);
    }
    return order;
}

Result<QList<Order>> OrderRepository::forCustomer(const QString &customerId)
{
    Result<QSqlQuery> q = runQuery(
        m_database.connection(),
        QStringLiteral("SELECT id FROM orders WHERE customer_id = ? ORDER BY created_at DESC, id"), {customerId});
    if (!q) {
        return q.error();
    }
    QList<Order> orders;
    while (q.value().next()) {
        Result<Order> order = get(q.value().value(0).toString());
        if (!order) {
            return order.error();
        }
        orders << *order;
    }
    return orders;
}

Result<QList<OrderListRow>> OrderRepository::list(const OrderListQuery &query)
{
    QStringList where;
    QVariantList params;
    if (query.status) {
        where << QStringLiteral("o.status = ?");
        params << orderStatusToText(*query.status);
    }
    if (!query.agentId.isEmpty()) {
        where << QStringLiteral("o.agent_id = ?");
        params << query.agentId;
    }
    if (query.after) {
        where << QStringLiteral("(o.created_at, o.id) < (?, ?)");
        params << toIsoUtc(query.after->createdAt) << query.after->id;
    }
    params << std::max(1, query.limit);
    Result<QSqlQuery> q = runQuery(
        m_database.connection(),
        QStringLiteral("SELECT o.id, o.customer_id, c.name, o.status, o.currency, o.total_minor, o.created_at, "
                       "(SELECT count(*) FROM order_lines l WHERE l.order_id = o.id) "
                       "FROM orders o JOIN customers c ON c.id = o.customer_id %1 "
                       "ORDER BY o.created_at DESC, o.id DESC LIMIT ?")
            .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))),
        params);
    if (!q) {
        return q.error();
    }
    QList<OrderListRow> rows;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        OrderListRow row;
        row.id = text(r, 0);
        row.customerId = text(r, 1);
        row.customerName = text(r, 2);
        row.status = orderStatusFromText(text(r, 3)).value_or(OrderStatus::Draft);
        row.total = money(r, 5, currency(r, 4));
        row.createdAt = timestamp(r, 6);
        row.lineCount = r.value(7).toInt();
        rows << row;
    }
    return rows;
}

Status OrderRepository::prepare(Order &order)
{
    int nextLineNo = 1;
    for (const OrderLine &line : std::as_const(order.lines)) {
        nextLineNo = std::max(nextLineNo, line.lineNo + 1);
    }
    for (OrderLine &line : order.lines) {
        if (line.id.isEmpty()) {
            line.id = UuidV7::generateString();
        }
        if (line.lineNo <= 0) {
            line.lineNo = nextLineNo++;
        }
    }
    if (const QList<FieldError> errors = order.validate(); !errors.isEmpty()) {
        return Error::validation(errors);
    }
    if (const Status s = OrderCalculator::calculate(order); !s) {
        return s;
    }
    const Result<QVariant> customerCurrency = queryValue(
        m_database.connection(), QStringLiteral("SELECT currency FROM customers WHERE id = ?"), {order.customerId});
    if (!customerCurrency) {
        return customerCurrency.error();
    }
    if (customerCurrency->isNull()) {
        return Error::validation(QStringLiteral("customerId"), tr("refers to a customer that does not exist"));
    }
    if (customerCurrency->toString() != order.currency.code()) {
        return Error::validation(
            QStringLiteral("currency"),
            tr("is %1 but the customer trades in %2").arg(order.currency.code(), customerCurrency->toString()));
    }
    if (const Status s = requireExisting(m_database.connection(), QStringLiteral("agents"), order.agentId,
                                         QStringLiteral("agentId"), tr("refers to an agent that does not exist"));
        !s) {
        return s;
    }
    if (!order.visitId.isEmpty()) {
        if (const Status s = requireExisting(m_database.connection(), QStringLiteral("visits"), order.visitId,
                                             QStringLiteral("visitId"), tr("refers to a visit that does not exist"));
            !s) {
            return s;
        }
    }
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        if (const Status s = requireExisting(m_database.connection(), QStringLiteral("products"),
                                             order.lines.at(i).productId, QStringLiteral("lines[%1].productId").arg(i),
                                             tr("refers to a product that does not exist"));
            !s) {
            return s;
        }
    }
    return {};
}

Result<Order> OrderRepository::createDraft(Order order)
{
    if (order.id.isEmpty()) {
        order.id = UuidV7::generateString();
    }
    order.status = OrderStatus::Draft;
    if (!order.createdAt.isValid()) {
        order.createdAt = QDateTime::currentDateTimeUtc();
    }
    WriteTransaction tx(m_database.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    if (const Status s = prepare(order); !s) {
        return s.error();
    }
    ChangeWriter writer(m_database, tx);
    if (const Status s = writer.insert(orderEntity(), order.id, orderValues(order)); !s) {
        return s.error();
    }
    for (const OrderLine &line : std::as_const(order.lines)) {
        if (const Status s = writer.insert(lineEntity(), line.id, lineValues(order.id, line)); !s) {
            return s.error();
        }
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return get(order.id);
}

Result<Order> OrderRepository::updateDraft(const Order &changed)
{
    WriteTransaction tx(m_database.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    const Result<Order> current = get(changed.id);
    if (!current) {
        return current.error();
    }
    if (current->status != OrderStatus::Draft) {
        return Error(
            ErrorCode::IllegalTransition,
            tr("Only a draft order can be edited; this one is %1.").arg(Workflow::orderStatusName(current->status)));
    }
    Order order = changed;
    order.status = OrderStatus::Draft;
    order.createdAt = current->createdAt;
    order.customerId = current->customerId;
    order.currency = current->currency;
    if (const Status s = prepare(order); !s) {
        return s.error();
    }
    ChangeWriter writer(m_database, tx);
    QHash<QString, OrderLine> existing;
    for (const OrderLine &line : current->lines) {
        existing.insert(line.id, line);
    }
    // Delete removed lines first so a renumbered line never collides with UNIQUE(order_id, line_no).
    QSet<QString> kept;
    for (const OrderLine &line : std::as_const(order.lines)) {
        kept.insert(line.id);
    }
    for (const OrderLine &line : current->lines) {
        if (!kept.contains(line.id)) {
            if (const Status s = writer.remove(lineEntity(), line.id); !s) {
                return s.error();
            }
        }
    }
    if (const Status s = writer.update(orderEntity(), order.id, orderValues(order)); !s) {
        return s.error();
    }
    for (const OrderLine &line : std::as_const(order.lines)) {
        const Status s = existing.contains(line.id) ? writer.update(lineEntity(), line.id, lineValues(order.id, line))
                                                    : writer.insert(lineEntity(), line.id, lineValues(order.id, line));
        if (!s) {
            return s.error();
        }
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return get(order.id);
}

Result<CreditCheckResult> OrderRepository::creditCheck(const QString &orderId)
{
    const Result<Order> order = get(orderId);
    if (!order) {
        return order.error();
    }
    const Result<Customer> customer = CustomerRepository(m_database).get(order->customerId);
    if (!customer) {
        return customer.error();
    }
    const Result<Money> exposure = committedExposure(order->customerId, orderId);
    if (!exposure) {
        return exposure.error();
    }
    return checkCredit(*exposure, order->total, customer->creditLimit);
}

Result<Money> OrderRepository::committedExposure(const QString &customerId, const QString &excludingOrderId)
{
    const Result<CreditHeadroom> headroom = creditHeadroom(customerId, excludingOrderId);
    if (!headroom) {
        return headroom.error();
    }
    return headroom->committed();
}

Result<CreditHeadroom> OrderRepository::creditHeadroom(const QString &customerId, const QString &excludingOrderId)
{
    const Result<Customer> customer = CustomerRepository(m_database).get(customerId);
    if (!customer) {
        return customer.error();
    }
    const Result<Money> balance = CustomerRepository(m_database).openBalance(customerId);
    if (!balance) {
        return balance.error();
    }
    // Orders submitted or approved but not yet invoiced also count against the limit.
    const Result<QVariant> pending = queryValue(
        m_database.connection(),
        QStringLiteral(
            "SELECT coalesce(sum(o.total_minor), 0) FROM orders o WHERE o.customer_id = ? AND o.id <> ? AND "
            "o.status IN ('submitted', 'approved', 'fulfilled') AND NOT EXISTS (SELECT 1 FROM transactions t "
            "WHERE t.order_id = o.id AND t.kind = 'invoice' AND t.direction = 'forward')"),
        {customerId, excludingOrderId.isNull() ? QStringLiteral("") : excludingOrderId});
    if (!pending) {
        return pending.error();
    }
    const Currency currency = customer->creditLimit.currency();
    return CreditHeadroom::of(customer->creditLimit, *balance, Money(pending->toLongLong(), currency),
                              Money::zero(currency));
}

Result<SubmitResult> OrderRepository::submit(const QString &id, CreditPolicy policy)
{
    WriteTransaction tx(m_database.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    const Result<CreditCheckResult> credit = creditCheck(id);
    if (!credit) {
        return credit.error();
    }
    if (!credit->withinLimit() && policy == CreditPolicy::Block) {
        return Error(ErrorCode::CreditLimit,
                     tr("The order cannot be submitted: it would exceed the customer's credit limit of %2 by %1 "
                        "(open %3 + this order %4).")
                         .arg(credit->exceededBy.toString(), credit->creditLimit.toString(),
                              credit->openBalance.toString(), credit->orderTotal.toString()));
    }
    Result<Order> order = transition(id, OrderStatus::Submitted);
    if (!order) {
        return order.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return SubmitResult{*order, *credit};
}

Result<SubmitResult> OrderRepository::saveAndSubmit(const Order &draft, CreditPolicy policy)
{
    WriteTransaction tx(m_database.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    const Result<Order> saved = draft.id.isEmpty() ? createDraft(draft) : updateDraft(draft);
    if (!saved) {
        return saved.error();
    }
    Result<SubmitResult> submitted = submit(saved->id, policy);
    if (!submitted) {
        return submitted.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return submitted;
}

Result<Order> OrderRepository::transition(const QString &id, OrderStatus to, const QString &reason)
{
    WriteTransaction tx(m_database.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    const Result<Order> current = get(id);
    if (!current) {
        return current.error();
    }
    if (const Status s = Workflow::checkOrderTransition(current->status, to); !s) {
        return s.error();
    }
    Order order = *current;
    order.status = to;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (to) {
    case OrderStatus::Submitted:
        order.submittedAt = now;
        break;
    case OrderStatus::Approved:
    case OrderStatus::Rejected:
        order.decidedAt = now;
        break;
    case OrderStatus::Fulfilled:
        order.fulfilledAt = now;
        break;
    case OrderStatus::Cancelled:
        order.cancelledAt = now;
        break;
    case OrderStatus::Draft:
        break;
    }
    if (!reason.isNull()) {
        order.statusReason = reason.trimmed();
    }
    if (const QList<FieldError> errors = order.validate(); !errors.isEmpty()) {
        return Error::validation(errors);
    }
    ChangeWriter writer(m_database, tx);
    if (const Status s = writer.update(orderEntity(), id, orderValues(order)); !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return get(id);
}

Result<Order> OrderRepository::approve(const QString &id)
{
    return transition(id, OrderStatus::Approved);
}

Result<Order> OrderRepository::reject(const QString &id, const QString &reason)
{
    return transition(id, OrderStatus::Rejected, reason.isNull() ? QStringLiteral("") : reason);
}

Result<Order> OrderRepository::fulfil(const QString &id)
{
    return transition(id, OrderStatus::Fulfilled);
}

Result<Order> OrderRepository::cancel(const QString &id, const QString &reason)
{
    return transition(id, OrderStatus::Cancelled, reason.isNull() ? QStringLiteral("") : reason);
}

QVariantMap OrderRepository::values(const Order &row)
{
    return orderValues(row);
}

QVariantMap OrderRepository::values(const QString &orderId, const OrderLine &row)
{
    return lineValues(orderId, row);
}

} // namespace SalesSync
