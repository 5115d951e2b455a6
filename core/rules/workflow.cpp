#include "core/rules/workflow.h"

namespace SalesSync {

namespace {

QString orderReason(OrderStatus from, OrderStatus to)
{
    if (from == to) {
        return Workflow::tr("it already has that status");
    }
    switch (from) {
    case OrderStatus::Rejected:
    case OrderStatus::Fulfilled:
    case OrderStatus::Cancelled:
        return Workflow::tr("a %1 order is final").arg(Workflow::orderStatusName(from));
    case OrderStatus::Draft:
        return Workflow::tr("it must be submitted first");
    case OrderStatus::Submitted:
        return to == OrderStatus::Fulfilled ? Workflow::tr("it must be approved first")
                                            : Workflow::tr("a submitted order cannot go back to draft");
    case OrderStatus::Approved:
        return to == OrderStatus::Cancelled
                   ? Workflow::tr("an approved order can no longer be cancelled; reverse its invoice instead")
                   : Workflow::tr("an approved order can only be fulfilled");
    }
    return {};
}

} // namespace

QString Workflow::orderStatusName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Draft:
        return tr("draft", "order status");
    case OrderStatus::Submitted:
        return tr("submitted", "order status");
    case OrderStatus::Approved:
        return tr("approved", "order status");
    case OrderStatus::Rejected:
        return tr("rejected", "order status");
    case OrderStatus::Fulfilled:
        return tr("fulfilled", "order status");
    case OrderStatus::Cancelled:
        return tr("cancelled", "order status");
    }
    return {};
}

QString Workflow::visitStatusName(VisitStatus status)
{
    switch (status) {
    case VisitStatus::Planned:
        return tr("planned", "visit status");
    case VisitStatus::CheckedIn:
        return tr("checked in", "visit status");
    case VisitStatus::Completed:
        return tr("completed", "visit status");
    case VisitStatus::Cancelled:
        return tr("cancelled", "visit status");
    case VisitStatus::Missed:
        return tr("missed", "visit status");
    }
    return {};
}

OrderActions Workflow::orderActions(OrderStatus status, bool saved)
{
    const QList<OrderStatus> next = nextOrderStatuses(status);
    OrderActions actions;
    actions.editLines = status == OrderStatus::Draft; // an order is fixed once submitted
    actions.submit = next.contains(OrderStatus::Submitted);
    actions.cancel = saved && next.contains(OrderStatus::Cancelled);
    return actions;
}

VisitActions Workflow::visitActions(VisitStatus status)
{
    const QList<VisitStatus> next = nextVisitStatuses(status);
    VisitActions actions;
    actions.checkIn = next.contains(VisitStatus::CheckedIn);
    actions.reschedule = status == VisitStatus::Planned; // only a visit that has not begun moves
    actions.cancel = next.contains(VisitStatus::Cancelled);
    actions.record = next.contains(VisitStatus::Completed);
    return actions;
}

bool Workflow::acceptsPayments(OrderStatus status)
{
    return status == OrderStatus::Submitted || status == OrderStatus::Approved || status == OrderStatus::Fulfilled;
}

QList<OrderStatus> Workflow::nextOrderStatuses(OrderStatus from)
{
    switch (from) {
    case OrderStatus::Draft:
        return {OrderStatus::Submitted, OrderStatus::Cancelled};
    case OrderStatus::Submitted:
        return {OrderStatus::Approved, OrderStatus::Rejected, OrderStatus::Cancelled};
    case OrderStatus::Approved:
        return {OrderStatus::Fulfilled};
    case OrderStatus::Rejected:
    case OrderStatus::Fulfilled:
    case OrderStatus::Cancelled:
        return {};
    }
    return {};
}

Status Workflow::checkOrderTransition(OrderStatus from, OrderStatus to)
{
    if (nextOrderStatuses(from).contains(to)) {
        return {};
    }
    return Error(ErrorCode::IllegalTransition,
                 tr("An order cannot go from %1 to %2: %3.")
                     .arg(orderStatusName(from), orderStatusName(to), orderReason(from, to)));
}

Status Workflow::checkOrderTransition(OrderStatus from, OrderStatus to, Role role)
{
    if (const Status s = checkOrderTransition(from, to); !s) {
        return s;
    }
    const bool decision = to == OrderStatus::Approved || to == OrderStatus::Rejected || to == OrderStatus::Fulfilled;
    if (decision && role == Role::Agent) {
        return Error(ErrorCode::IllegalTransition,
                     tr("Only a manager or an admin may mark an order %1.").arg(orderStatusName(to)));
    }
    return {};
}

QList<VisitStatus> Workflow::nextVisitStatuses(VisitStatus from)
{
    switch (from) {
    case VisitStatus::Planned:
        return {VisitStatus::CheckedIn, VisitStatus::Cancelled, VisitStatus::Missed};
    case VisitStatus::CheckedIn:
        return {VisitStatus::Completed};
    case VisitStatus::Completed:
    case VisitStatus::Cancelled:
    case VisitStatus::Missed:
        return {};
    }
    return {};
}

Status Workflow::checkVisitTransition(VisitStatus from, VisitStatus to)
{
    if (nextVisitStatuses(from).contains(to)) {
        return {};
    }
    QString reason;
    if (from == to) {
        reason = tr("it already has that status");
    } else if (from == VisitStatus::Completed || from == VisitStatus::Cancelled || from == VisitStatus::Missed) {
        reason = tr("a %1 visit is final").arg(visitStatusName(from));
    } else if (from == VisitStatus::Planned) {
        reason = tr("the agent must check in first");
    } else {
        reason = tr("a visit in progress can only be completed by checking out");
    }
    return Error(ErrorCode::IllegalTransition,
                 tr("A visit cannot go from %1 to %2: %3.").arg(visitStatusName(from), visitStatusName(to), reason));
}

} // namespace SalesSync
