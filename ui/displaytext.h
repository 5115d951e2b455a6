#pragma once

#include "core/domain/customer.h"
#include "core/domain/order.h"
#include "core/domain/transaction.h"
#include "core/domain/user.h"
#include "core/domain/visit.h"
#include "ui/theme/theme.h"

#include <QCoreApplication>
#include <QLocale>

namespace SalesSync {

// Names of states and kinds as the screens show them, capitalised for table cells and labels
// (the core's Workflow names are lower case, for use inside sentences).
class DisplayText final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::DisplayText)

public:
    static QString visitStatus(VisitStatus status);
    static QString orderStatus(OrderStatus status);
    static QString customerStatus(CustomerStatus status);
    static QString role(Role role); // "admin", "manager", "agent" for people
    // The text with its first letter in upper case, to stand alone in a cell or start a line.
    static QString capitalized(QString text);
    static QString transactionKind(TransactionKind kind, TransactionDirection direction);
    static QString paymentMethod(PaymentMethod method);
    // The English texts of the two above, to translate into another language (documents).
    static const char *transactionKindSource(TransactionKind kind, TransactionDirection direction);
    static const char *paymentMethodSource(PaymentMethod method); // null for none
    // The colour of a status chip: what needs the agent (overdue, refused) in the danger tone,
    // what went well in the success tone, what is under way in the accent.
    static Tone visitTone(VisitStatus status, bool overdue);
    static Tone orderTone(OrderStatus status);
    // The amount as a person types it in the current locale, without the currency: "1,234.50",
    // "1.234,50". Money::parse reads it back exactly.
    static QString amount(const Money &money);
    // A catalogue unit code ("pc", "case", "kg") as the screens and documents name it in the
    // current language ("Stk.", "Kiste"); a code SalesSync does not know is shown as it is.
    static QString unit(const QString &code);
    // The English abbreviation of a unit code, to translate; null for a code without one.
    static const char *unitSource(const QString &code);
    // For units that are words ("case"), a count with the unit ("%n case(s)") to translate with
    // its plural; null for abbreviations and codes SalesSync does not know.
    static const char *countedUnitSource(const QString &code);
    // A quantity in thousandths as people write it: "12", "2,5" (no trailing zeros).
    static QString quantity(qint64 milli, const QLocale &locale = QLocale());
    // 850 m, 12.4 km in the current locale.
    static QString distance(double metres);
    // Times as the current locale writes them short, never with seconds ("14:05", "2:05 PM").
    static QString timeFormat();
    static QString time(const QTime &time);
    // A UTC instant in local time: the short date and the time without seconds.
    static QString dateTime(const QDateTime &utc);
    // The short date of a UTC instant in local time, or of a calendar date.
    static QString date(const QDateTime &utc);
    static QString date(const QDate &date);
};

} // namespace SalesSync
