#include "core/reports/visitbrief.h"

#include "core/repositories/customerrepository.h"
#include "core/repositories/orderrepository.h"
#include "core/repositories/transactionrepository.h"
#include "core/repositories/visitrepository.h"

namespace SalesSync {

namespace {

bool isOpen(const Order &order)
{
    return order.status == OrderStatus::Submitted || order.status == OrderStatus::Approved;
}

// Payments have no visit of their own: those of the customer dated from the check-in to the
// check-out (or now) were taken during it.
QList<Transaction> paymentsWithin(const QList<Transaction> &ledger, const Visit &visit, const QDateTime &now)
{
    QList<Transaction> payments;
    if (!visit.checkIn) {
        return payments;
    }
    const QDateTime end = visit.checkedOutAt.isValid() ? visit.checkedOutAt : now;
    for (const Transaction &t : ledger) {
        if (t.kind == TransactionKind::Payment && !t.isReversal() && t.occurredAt >= visit.checkIn->at &&
            t.occurredAt <= end) {
            payments << t;
        }
    }
    return payments;
}

} // namespace

Result<VisitBrief> VisitBrief::compute(Database &database, const QString &visitId, const QDateTime &now)
{
    VisitBrief brief;
    Result<Visit> visit = VisitRepository(database).get(visitId);
    if (!visit) {
        return visit.error();
    }
    brief.visit = *std::move(visit);
    const QString customerId = brief.visit.customerId;
    Result<Customer> customer = CustomerRepository(database).get(customerId);
    const Result<CreditHeadroom> credit = OrderRepository(database).creditHeadroom(customerId);
    const Result<QList<Order>> orders = OrderRepository(database).forCustomer(customerId);
    const Result<QList<Transaction>> ledger = TransactionRepository(database).forCustomer(customerId);
    const Result<QList<Visit>> visits = VisitRepository(database).forCustomer(customerId);
    if (!customer || !credit || !orders || !ledger || !visits) {
        return !customer ? customer.error()
               : !credit ? credit.error()
               : !orders ? orders.error()
               : !ledger ? ledger.error()
                         : visits.error();
    }
    brief.customer = *std::move(customer);
    brief.credit = *credit;
    for (const Order &order : *orders) { // newest first
        if (order.visitId == visitId) {
            brief.ordersThisVisit << order;
        } else if (isOpen(order)) {
            brief.openOrders << order;
        } else if (order.status != OrderStatus::Draft && brief.lastOrders.size() < kLastOrders) {
            brief.lastOrders << order;
        }
    }
    brief.paymentsThisVisit = paymentsWithin(*ledger, brief.visit, now);
    for (const Visit &earlier : *visits) { // newest first
        if (earlier.id != visitId && earlier.status == VisitStatus::Completed &&
            brief.earlierVisits.size() < kEarlierVisits) {
            brief.earlierVisits << earlier;
        }
    }
    return brief;
}

} // namespace SalesSync
