#pragma once

#include "core/domain/customer.h"
#include "core/domain/order.h"
#include "core/domain/transaction.h"
#include "core/domain/visit.h"
#include "core/result.h"
#include "core/rules/creditcheck.h"

#include <QDateTime>
#include <QList>

namespace SalesSync {

class Database;

// What an agent needs in front of them during a visit: the customer and their account, what
// was taken during this visit, the orders still open, the last ones, and what earlier visits
// noted. Run it off the UI thread.
struct VisitBrief {
    static constexpr int kLastOrders = 5;
    static constexpr int kEarlierVisits = 8;

    Visit visit;
    Customer customer;
    CreditHeadroom credit;                // open balance, orders not yet invoiced, limit
    QList<Order> ordersThisVisit;         // taken during this visit (the order names the visit)
    QList<Transaction> paymentsThisVisit; // the customer's payments dated within this visit
    QList<Order> openOrders;              // submitted or approved, not yet fulfilled; newest first
    QList<Order> lastOrders;              // the others, newest first, at most kLastOrders
    QList<Visit> earlierVisits;           // checked out before this one, with what they noted; newest first

    // now closes a visit still under way (its payments are those up to now).
    static Result<VisitBrief> compute(Database &database, const QString &visitId, const QDateTime &now);
};

} // namespace SalesSync
