#pragma once

#include "core/domain/customer.h"
#include "core/domain/order.h"
#include "core/domain/product.h"
#include "core/domain/transaction.h"
#include "core/reports/customerstatement.h"
#include "core/result.h"

#include <QCoreApplication>

class QWidget;

namespace SalesSync {

// The printable documents: HTML laid out for A4, in the current locale's formats, rendered to PDF
// or a printer by Qt's text engine (no extra library).
class Documents final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Documents)

public:
    // The order confirmation: customer, order number and dates, lines with quantity, price,
    // discount, tax and net, and the totals.
    static QString orderConfirmation(const Order &order, const Customer &customer, const QList<Product> &products);
    // A customer statement for a period: opening balance, every entry with the running balance,
    // closing balance.
    static QString statement(const CustomerStatement &statement);
    // The short number people read out on the phone: the last eight characters of the id.
    static QString orderNumber(const QString &orderId);

    // Renders the HTML to a PDF file (A4, 15 mm margins).
    static Status writePdf(const QString &html, const QString &path, const QString &title);
    // Asks for a printer and prints the HTML; false when the person cancelled.
    static bool print(const QString &html, QWidget *parent);
};

} // namespace SalesSync
