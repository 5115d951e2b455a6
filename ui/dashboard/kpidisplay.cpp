#include "ui/dashboard/kpidisplay.h"

#include <QLocale>

#include <cmath>

namespace SalesSync {

namespace {

const QString kNoData = QStringLiteral("—");

} // namespace

QString KpiDisplay::amounts(const QList<Money> &amounts)
{
    if (amounts.isEmpty()) {
        return kNoData;
    }
    QStringList parts;
    for (const Money &m : amounts) {
        parts << m.format(QLocale());
    }
    return parts.join(QStringLiteral(" · "));
}

std::optional<double> KpiDisplay::number(Kpi kpi, const KpiValue &value)
{
    if (kpi == Kpi::SalesAgainstTarget) {
        // The first currency that has a target: its sales as a share of it.
        for (const Money &target : value.reference) {
            if (target.minorUnits() > 0) {
                return 100.0 * double(value.amount(target.currency()).minorUnits()) / double(target.minorUnits());
            }
        }
        return std::nullopt;
    }
    switch (Kpis::definition(kpi).unit) {
    case KpiUnit::Count:
        return double(value.numerator);
    case KpiUnit::Percent:
        return value.denominator > 0 ? std::optional<double>(100.0 * value.ratio()) : std::nullopt;
    case KpiUnit::Average:
        return value.denominator > 0 ? std::optional<double>(value.ratio()) : std::nullopt;
    case KpiUnit::Minutes:
        return value.denominator > 0 ? std::optional<double>(value.ratio() / 60.0) : std::nullopt;
    case KpiUnit::Money:
        break;
    }
    if (value.amounts.isEmpty()) {
        return std::nullopt;
    }
    const Money &first = value.amounts.constFirst();
    return double(first.minorUnits()) / std::pow(10.0, first.currency().minorDigits());
}

QString KpiDisplay::value(Kpi kpi, const KpiValue &value)
{
    const QLocale locale;
    const KpiUnit unit = Kpis::definition(kpi).unit;
    if (unit == KpiUnit::Money) {
        return amounts(value.amounts);
    }
    const std::optional<double> n = number(kpi, value);
    if (!n) {
        return kNoData;
    }
    switch (unit) {
    case KpiUnit::Count:
        return locale.toString(value.numerator);
    case KpiUnit::Percent:
        return tr("%1 %").arg(locale.toString(*n, 'f', 0));
    case KpiUnit::Money:
        break;
    case KpiUnit::Average:
        return locale.toString(*n, 'f', 1);
    case KpiUnit::Minutes:
        return tr("%1 min").arg(locale.toString(*n, 'f', 0));
    }
    return kNoData;
}

QString KpiDisplay::parts(Kpi kpi, const KpiValue &value)
{
    const QLocale locale;
    switch (kpi) {
    case Kpi::CallCompliance:
        return tr("%1 of %Ln planned visit(s)", "", int(value.denominator)).arg(locale.toString(value.numerator));
    case Kpi::Coverage:
        return tr("%1 of %Ln active customer(s)", "", int(value.denominator)).arg(locale.toString(value.numerator));
    case Kpi::StrikeRate:
    case Kpi::UnsuccessfulVisitRate:
        return tr("%1 of %Ln completed visit(s)", "", int(value.denominator)).arg(locale.toString(value.numerator));
    case Kpi::GeofenceExceptions:
        return tr("%1 of %Ln check-in(s)", "", int(value.denominator)).arg(locale.toString(value.numerator));
    case Kpi::VisitsPerAgentDay:
    case Kpi::WorkingTime:
    case Kpi::TravelTime:
        return tr("over %Ln agent-day(s)", "", int(value.denominator));
    case Kpi::TimeInStore:
        return tr("over %Ln visit(s)", "", int(value.denominator));
    case Kpi::LinesPerProductiveCall:
        return tr("over %Ln order(s) at visits", "", int(value.denominator));
    case Kpi::DropSize:
        return tr("over %Ln productive call(s)", "", int(value.denominator));
    case Kpi::AverageOrderValue:
    case Kpi::NetSales:
        return tr("%Ln order(s)", "", int(value.numerator));
    case Kpi::Reversals:
        return tr("%Ln reversal(s)", "", int(value.numerator));
    case Kpi::SalesAgainstTarget:
        return value.reference.isEmpty()
                   ? tr("no target set for these days")
                   : tr("%1 of a target of %2 for these days").arg(amounts(value.amounts), amounts(value.reference));
    case Kpi::VisitsPlanned:
    case Kpi::VisitsCompleted:
    case Kpi::Collections:
    case Kpi::Receivables:
    case Kpi::NumericDistribution:
        break;
    }
    return {};
}

KpiDisplay::Change KpiDisplay::change(Kpi kpi, const KpiValue &now, const KpiValue &then, const QString &against)
{
    const std::optional<double> a = number(kpi, now);
    const std::optional<double> b = number(kpi, then);
    if (!a || !b) {
        return {tr("no figure %1 to compare").arg(against), Tone::Secondary};
    }
    const QLocale locale;
    const double diff = *a - *b;
    QString amount;
    if (Kpis::definition(kpi).unit == KpiUnit::Percent || kpi == Kpi::SalesAgainstTarget) {
        amount = tr("%1 pts").arg(locale.toString(std::abs(diff), 'f', 1));
    } else if (*b != 0.0) {
        amount = tr("%1 %").arg(locale.toString(std::abs(100.0 * diff / *b), 'f', 0));
    } else {
        return {tr("new %1").arg(against), Tone::Secondary};
    }
    if (std::abs(diff) < 1e-9) {
        return {tr("= %1").arg(against), Tone::Secondary};
    }
    const bool up = diff > 0;
    const bool good = up == Kpis::definition(kpi).higherIsBetter;
    return {QStringLiteral("%1 %2 %3").arg(up ? QStringLiteral("▲") : QStringLiteral("▼"), amount, against),
            good ? Tone::Success : Tone::Danger};
}

} // namespace SalesSync
