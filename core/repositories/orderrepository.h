#pragma once

#include "core/domain/order.h"
#include "core/result.h"
#include "core/rules/creditcheck.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

namespace SalesSync {

class Database;

// One line of the order list.
struct OrderListRow {
    QString id;
    QString customerId;
    QString customerName;
    OrderStatus status = OrderStatus::Draft;
    Money total;
    QDateTime createdAt; // UTC
    int lineCount = 0;
};

struct OrderListQuery {
    std::optional<OrderStatus> status; // none: every status
    QString agentId;                   // empty: every agent's orders in the file
    int limit = 200;
    // Keyset paging, newest first: the orders after this one (the previous page's last row).
    std::optional<OrderListRow> after;
};

struct SubmitResult {
    Order order;
    CreditCheckResult credit;
};

class OrderRepository final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::OrderRepository)

public:
    explicit OrderRepository(Database &database);

    Result<Order> get(const QString &id);
    Result<QList<Order>> forCustomer(const QString &customerId);
    // A page of orders, newest first, with the customer's name and the number of lines.
    Result<QList<OrderListRow>> list(const OrderListQuery &query);

    // Saves a new draft with its lines as one change set. Ids and line numbers are assigned
    // where empty; amounts are computed by OrderCalculator.
    Result<Order> createDraft(Order order);
    // Replaces a draft's header fields and lines (lines matched by id).
    Result<Order> updateDraft(const Order &order);

    // The credit check the order would face on submit, without submitting it.
    Result<CreditCheckResult> creditCheck(const QString &orderId);
    // What a new order of the customer is checked against: the open balance plus the orders
    // submitted, approved or fulfilled but not yet invoiced (other than excludingOrderId). With
    // checkCredit(), an order screen checks the credit limit as the agent types.
    Result<Money> committedExposure(const QString &customerId, const QString &excludingOrderId = {});
    // The customer's credit headroom (open balance and orders not yet invoiced, other than
    // excludingOrderId, against the limit): the "available credit" every screen shows.
    Result<CreditHeadroom> creditHeadroom(const QString &customerId, const QString &excludingOrderId = {});
    Result<SubmitResult> submit(const QString &id, CreditPolicy policy);
    // Saves the draft (creating it when it has no id yet) and submits it, all or nothing: when
    // the submit is refused, not even the draft is saved.
    Result<SubmitResult> saveAndSubmit(const Order &draft, CreditPolicy policy);
    Result<Order> approve(const QString &id);
    Result<Order> reject(const QString &id, const QString &reason);
    Result<Order> fulfil(const QString &id);
    Result<Order> cancel(const QString &id, const QString &reason);

    // The policy from the local settings (LocalSettings::creditPolicy).
    Result<CreditPolicy> creditPolicy();

    static QVariantMap values(const Order &row);
    static QVariantMap values(const QString &orderId, const OrderLine &row);

private:
    Status prepare(Order &order);
    Result<Order> transition(const QString &id, OrderStatus to, const QString &reason = {});
    Database &m_database;
};

} // namespace SalesSync
