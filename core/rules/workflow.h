#pragma once

#include "core/domain/order.h"
#include "core/domain/user.h"
#include "core/domain/visit.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>

namespace SalesSync {

// What a person may do with an order in a status: screens enable their actions from this.
struct OrderActions {
    bool editLines = false; // change lines, quantities, discounts and notes
    bool submit = false;
    bool cancel = false; // a saved order only
};

// What a person may do with a visit in a status.
struct VisitActions {
    bool checkIn = false;
    bool reschedule = false;
    bool cancel = false;
    bool record = false; // outcome, notes, an order, check-out: while checked in
};

// The order and visit state machines. Each refusal says which transition and why.
class Workflow final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Workflow)

public:
    static OrderActions orderActions(OrderStatus status, bool saved);
    static VisitActions visitActions(VisitStatus status);
    // Whether payments may be recorded against an order in this status (it is a sale the
    // customer has committed to).
    static bool acceptsPayments(OrderStatus status);

    static Status checkOrderTransition(OrderStatus from, OrderStatus to);
    // The same, for a person of the role: approving, rejecting and fulfilling an order are a
    // manager's or an admin's decisions, never the agent's who took it.
    static Status checkOrderTransition(OrderStatus from, OrderStatus to, Role role);
    static QList<OrderStatus> nextOrderStatuses(OrderStatus from);
    static Status checkVisitTransition(VisitStatus from, VisitStatus to);
    static QList<VisitStatus> nextVisitStatuses(VisitStatus from);
    // Status names for people, translated ("draft", "checked in").
    static QString orderStatusName(OrderStatus status);
    static QString visitStatusName(VisitStatus status);
};

} // namespace SalesSync
