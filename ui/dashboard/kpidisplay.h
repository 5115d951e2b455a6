#pragma once

#include "core/kpi/kpicalculator.h"
#include "ui/theme/theme.h"

#include <QCoreApplication>
#include <QString>

namespace SalesSync {

// How a KPI's value reads on screen, in the user's locale: counts, percentages with their parts
// ("67 % — 2 of 3"), averages, minutes, amounts per currency; "—" for no data.
class KpiDisplay final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::KpiDisplay)

public:
    static QString value(Kpi kpi, const KpiValue &value);
    // What the figure divides, for the tile's second line and the "how" panel ("2 of 3 visits").
    static QString parts(Kpi kpi, const KpiValue &value);
    // The figure as one number to compare and draw (a ratio, an average, the first currency's
    // amount in major units); nullopt for no data.
    static std::optional<double> number(Kpi kpi, const KpiValue &value);

    // A change against a comparison: "▲ 12 % vs. last month", in percentage points for shares.
    struct Change {
        QString text;
        Tone tone = Tone::Neutral;
    };
    static Change change(Kpi kpi, const KpiValue &now, const KpiValue &then, const QString &against);

    // Amounts per currency, one after the other ("1.234,00 € · 56,00 CHF"); "—" for none.
    static QString amounts(const QList<Money> &amounts);
};

} // namespace SalesSync
