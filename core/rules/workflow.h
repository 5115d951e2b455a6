#pragma once

#include "core/domain/order.h"
#include "core/domain/visit.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>

namespace SalesSync {

// The order and visit state machines. Each refusal says which transition and why.
class Workflow final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Workflow)

public:
    static Status checkOrderTransition(OrderStatus from, OrderStatus to);
    static QList<OrderStatus> nextOrderStatuses(OrderStatus from);
    static Status checkVisitTransition(VisitStatus from, VisitStatus to);
    static QList<VisitStatus> nextVisitStatuses(VisitStatus from);
    // Status names for people, translated ("draft", "checked in").
    static QString orderStatusName(OrderStatus status);
    static QString visitStatusName(VisitStatus status);
};

} // namespace SalesSync
