#include "core/rules/workflow.h"

#include <QCoreApplication>

namespace SalesSync {

namespace {
QString orderStatusName(OrderStatus status) {
    switch (status) {
    case OrderStatus::Draft:
        return Workflow::tr("draft");
    case OrderStatus::Submitted:
        return Workflow::tr("submitted");
    case OrderStatus::Approved:
        return Workflow::tr("approved");
    case OrderStatus::Rejected:
        return Workflow::tr("rejected");
    case OrderStatus::Fulfilled:
        return Workflow::tr("fulfilled");
    case OrderStatus::Cancelled:
        return Workflow::tr("cancelled");
    }
    return {};
}

QString visitStatusName(VisitStatus status) {
    switch (status) {
    case VisitStatus::Planned:
        return Workflow::tr("planned");
    case VisitStatus::CheckedIn:
        return Workflow::tr("checked in");
    case VisitStatus::Completed:
        return Workflow::tr("completed");
    case VisitStatus::Cancelled:
        return Workflow::tr("cancelled");
    case VisitStatus::Missed:
        return Workflow::tr("missed");
    }
    return {};
}

QString orderReason(OrderStatus from, OrderStatus to) {
    if (from == to) {
        return Workflow::tr("it already is");
    }
    switch (from) {
    case OrderStatus::Rejected:
    case OrderStatus::Fulfilled:
    case OrderStatus::Cancelled:
        return Workflow::tr("a %1 order is final").arg(orderStatusName(from));
    case OrderStatus::Draft:
        return to == OrderStatus::Fulfilled || to == OrderStatus::Approved || to == OrderStatus::Rejected
                   ? Workflow::tr("it must be submitted first")
                   : QString();
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

QList<OrderStatus> Workflow::nextOrderStatuses(OrderStatus from) {
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

Status Workflow::checkOrderTransition(OrderStatus from, OrderStatus to) {
    if (nextOrderStatuses(from).contains(to)) {
        return {};
    }
    return Error(ErrorCode::IllegalTransition,
                 tr("An order cannot go from %1 to %2: %3.")
                     .arg(orderStatusName(from), orderStatusName(to), orderReason(from, to)));
}

QList<VisitStatus> Workflow::nextVisitStatuses(VisitStatus from) {
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

Status Workflow::checkVisitTransition(VisitStatus from, VisitStatus to) {
    if (nextVisitStatuses(from).contains(to)) {
        return {};
    }
    QString reason;
    if (from == to) {
        reason = tr("it already is");
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
