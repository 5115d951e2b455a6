#include "ui/displaytext.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace SalesSync {

QString DisplayText::visitStatus(VisitStatus status)
{
    switch (status) {
    case VisitStatus::Planned:
        return tr("Planned");
    case VisitStatus::CheckedIn:
        return tr("Checked in");
    case VisitStatus::Completed:
        return tr("Completed");
    case VisitStatus::Cancelled:
        return tr("Cancelled");
    case VisitStatus::Missed:
        return tr("Missed");
    }
    return {};
}

QString DisplayText::orderStatus(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Draft:
        return tr("Draft");
    case OrderStatus::Submitted:
        return tr("Submitted");
    case OrderStatus::Approved:
        return tr("Approved");
    case OrderStatus::Rejected:
        return tr("Rejected");
    case OrderStatus::Fulfilled:
        return tr("Fulfilled");
    case OrderStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString DisplayText::role(Role role)
{
    switch (role) {
    case Role::Admin:
        return tr("admin");
    case Role::Manager:
        return tr("manager");
    case Role::Agent:
        return tr("agent");
    }
    return {};
}

QString DisplayText::customerStatus(CustomerStatus status)
{
    switch (status) {
    case CustomerStatus::Active:
        return tr("Active");
    case CustomerStatus::OnHold:
        return tr("On hold");
    case CustomerStatus::Inactive:
        return tr("Inactive");
    }
    return {};
}

const char *DisplayText::transactionKindSource(TransactionKind kind, TransactionDirection direction)
{
    const bool reverse = direction == TransactionDirection::Reverse;
    switch (kind) {
    case TransactionKind::Invoice:
        return reverse ? QT_TR_NOOP("Invoice reversal") : QT_TR_NOOP("Invoice");
    case TransactionKind::Payment:
        return reverse ? QT_TR_NOOP("Payment reversal") : QT_TR_NOOP("Payment");
    case TransactionKind::CreditNote:
        return reverse ? QT_TR_NOOP("Credit note reversal") : QT_TR_NOOP("Credit note");
    case TransactionKind::Refund:
        return reverse ? QT_TR_NOOP("Refund reversal") : QT_TR_NOOP("Refund");
    }
    return "";
}

QString DisplayText::transactionKind(TransactionKind kind, TransactionDirection direction)
{
    return tr(transactionKindSource(kind, direction));
}

const char *DisplayText::paymentMethodSource(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::None:
        return nullptr;
    case PaymentMethod::Cash:
        return QT_TR_NOOP("Cash");
    case PaymentMethod::Cheque:
        return QT_TR_NOOP("Cheque");
    case PaymentMethod::BankTransfer:
        return QT_TR_NOOP("Bank transfer");
    case PaymentMethod::Card:
        return QT_TR_NOOP("Card");
    }
    return nullptr;
}

QString DisplayText::paymentMethod(PaymentMethod method)
{
    const char *source = paymentMethodSource(method);
    return source ? tr(source) : QString();
}

Tone DisplayText::visitTone(VisitStatus status, bool overdue)
{
    if (overdue) {
        return Tone::Danger;
    }
    switch (status) {
    case VisitStatus::Completed:
        return Tone::Success;
    case VisitStatus::CheckedIn:
        return Tone::Accent;
    case VisitStatus::Missed:
        return Tone::Danger;
    case VisitStatus::Planned:
    case VisitStatus::Cancelled:
        break;
    }
    return Tone::Neutral;
}

Tone DisplayText::orderTone(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Submitted:
        return Tone::Accent;
    case OrderStatus::Approved:
    case OrderStatus::Fulfilled:
        return Tone::Success;
    case OrderStatus::Rejected:
        return Tone::Danger;
    case OrderStatus::Draft:
    case OrderStatus::Cancelled:
        break;
    }
    return Tone::Neutral;
}

QString DisplayText::amount(const Money &money)
{
    return money.formatNumber(QLocale());
}

const char *DisplayText::unitSource(const QString &code)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("pc"), QT_TR_NOOP("pc")},         {QStringLiteral("case"), QT_TR_NOOP("case")},
        {QStringLiteral("box"), QT_TR_NOOP("box")},       {QStringLiteral("pack"), QT_TR_NOOP("pack")},
        {QStringLiteral("bottle"), QT_TR_NOOP("bottle")}, {QStringLiteral("can"), QT_TR_NOOP("can")},
        {QStringLiteral("crate"), QT_TR_NOOP("crate")},   {QStringLiteral("kg"), QT_TR_NOOP("kg")},
        {QStringLiteral("g"), QT_TR_NOOP("g")},           {QStringLiteral("l"), QT_TR_NOOP("l")},
        {QStringLiteral("m"), QT_TR_NOOP("m")},
    };
    return names.value(code, nullptr);
}

const char *DisplayText::countedUnitSource(const QString &code)
{
    // Units that are words take the plural after a count; abbreviations (Stk., kg) do not.
    static const QHash<QString, const char *> counted = {
        {QStringLiteral("case"), QT_TR_N_NOOP("%n case(s)")}, {QStringLiteral("box"), QT_TR_N_NOOP("%n box(es)")},
        {QStringLiteral("pack"), QT_TR_N_NOOP("%n pack(s)")}, {QStringLiteral("bottle"), QT_TR_N_NOOP("%n bottle(s)")},
        {QStringLiteral("can"), QT_TR_N_NOOP("%n can(s)")},   {QStringLiteral("crate"), QT_TR_N_NOOP("%n crate(s)")},
    };
    return counted.value(code, nullptr);
}

QString DisplayText::unit(const QString &code)
{
    const char *source = unitSource(code);
    return source ? tr(source) : code;
}

QString DisplayText::quantity(qint64 milli, const QLocale &locale)
{
    if (milli % 1000 == 0) {
        return locale.toString(milli / 1000);
    }
    QString text = locale.toString(double(milli) / 1000.0, 'f', 3);
    while (text.endsWith(u'0')) {
        text.chop(1);
    }
    return text;
}

QString DisplayText::timeFormat()
{
    // The locale's short format, less any seconds (the C locale's short format has them).
    static const QRegularExpression seconds(QStringLiteral("[:.]?s+"));
    return QLocale().timeFormat(QLocale::ShortFormat).remove(seconds).trimmed();
}

QString DisplayText::time(const QTime &time)
{
    return QLocale().toString(time, timeFormat());
}

QString DisplayText::dateTime(const QDateTime &utc)
{
    if (!utc.isValid()) {
        return {};
    }
    const QDateTime local = utc.toLocalTime();
    return date(local.date()) + u' ' + time(local.time());
}

QString DisplayText::date(const QDateTime &utc)
{
    return utc.isValid() ? date(utc.toLocalTime().date()) : QString();
}

QString DisplayText::date(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString DisplayText::distance(double metres)
{
    const QLocale locale;
    return metres < 1000 ? tr("%1 m").arg(locale.toString(qRound(metres)))
                         : tr("%1 km").arg(locale.toString(metres / 1000.0, 'f', 1));
}

QString DisplayText::capitalized(QString text)
{
    if (!text.isEmpty()) {
        text[0] = text.at(0).toUpper();
    }
    return text;
}

} // namespace SalesSync
