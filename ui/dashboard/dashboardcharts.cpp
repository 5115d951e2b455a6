#include "ui/dashboard/dashboardcharts.h"

#include "ui/theme/theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace SalesSync {

namespace {

constexpr int kRankedAgents = 10;

// The first currency's amount in major units (charts draw one currency; the tiles show all).
double major(const QList<Money> &amounts, const Currency &currency)
{
    for (const Money &m : amounts) {
        if (m.currency() == currency) {
            return double(m.minorUnits()) / std::pow(10.0, currency.minorDigits());
        }
    }
    return 0.0;
}

Currency mainCurrency(const DashboardFigures &figures)
{
    const QList<Money> &sales = figures.current.value(Kpi::NetSales).amounts;
    if (!sales.isEmpty()) {
        return sales.constFirst().currency();
    }
    return figures.periodTarget.isEmpty() ? Currency::eur() : figures.periodTarget.constFirst().currency();
}

// An amount axis from zero; with nothing to show, an empty one (no run of "0 0 1 1").
QValueAxis *moneyAxis(double top, const Currency &currency)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, top > 0 ? top * 1.05 : 1.0);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(currency.code());
    if (top > 0) {
        axis->applyNiceNumbers();
    } else {
        axis->setLabelsVisible(false);
        axis->setTickCount(2);
    }
    return axis;
}

// Cumulative amounts per day of the period (days without sales keep the level).
QList<QPointF> cumulative(const QList<KpiRow> &days, const QDate &from, const QDate &to, const Currency &currency,
                          const QDate &plotFrom)
{
    QHash<QString, double> byDay;
    for (const KpiRow &row : days) {
        byDay.insert(row.key, major(row.sales, currency));
    }
    QList<QPointF> points;
    double sum = 0;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        sum += byDay.value(d.toString(Qt::ISODate));
        const QDate plotted = plotFrom.addDays(from.daysTo(d));
        points << QPointF(double(plotted.startOfDay().toMSecsSinceEpoch()), sum);
    }
    return points;
}

} // namespace

DashboardCharts::DashboardCharts(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(Theme::space(3));
    addView(0, 0, 2)->setObjectName(QStringLiteral("salesChart"));
    addView(1, 0)->setObjectName(QStringLiteral("agentsChart"));
    addView(1, 1)->setObjectName(QStringLiteral("categoriesChart"));
    addView(2, 0)->setObjectName(QStringLiteral("outcomesChart"));
    addView(2, 1)->setObjectName(QStringLiteral("ageingChart"));
}

QChartView *DashboardCharts::addView(int row, int column, int columnSpan)
{
    auto *view = new QChartView(this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(Theme::space(60));
    view->setFrameShape(QFrame::StyledPanel);
    static_cast<QGridLayout *>(layout())->addWidget(view, row, column, 1, columnSpan);
    m_views << view;
    return view;
}

QChart *DashboardCharts::newChart(const QString &title) const
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setTheme(Theme::isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().base());
    chart->setTitleBrush(palette().text());
    QFont titleFont = Theme::font(TextStyle::Section);
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(palette().text().color());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(Theme::space(1), Theme::space(1), Theme::space(1), Theme::space(1)));
    chart->setLocalizeNumbers(true);
    chart->legend()->setFont(Theme::font(TextStyle::Secondary));
    return chart;
}

// The axes in the type scale and the palette, and the chart into its view.
void DashboardCharts::finish(QChart *chart, int view)
{
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(Theme::font(TextStyle::Secondary));
        axis->setLabelsColor(palette().text().color());
        axis->setTitleFont(Theme::font(TextStyle::Secondary));
        axis->setTitleBrush(palette().text());
        axis->setTruncateLabels(false);
    }
    QChart *old = m_views.at(view)->chart();
    m_views.at(view)->setChart(chart);
    delete old;
}

void DashboardCharts::show(const DashboardFigures &figures, const KpiScope &comparison,
                           const QList<KpiRow> &comparisonDays, const QString &comparisonName)
{
    salesOverTime(figures, comparison, comparisonDays, comparisonName);
    agentsRanked(figures);
    categories(figures);
    outcomes(figures);
    ageing(figures);
}

QStringList DashboardCharts::titles() const
{
    QStringList out;
    for (const QChartView *view : m_views) {
        out << (view->chart() ? view->chart()->title() : QString());
    }
    return out;
}

QStringList DashboardCharts::rankedAgents() const
{
    return m_rankedAgentNames;
}

// Cumulative net sales day by day up to today, the target as a straight line to the period's
// end, and the comparison period's course laid over the same days.
void DashboardCharts::salesOverTime(const DashboardFigures &figures, const KpiScope &comparison,
                                    const QList<KpiRow> &comparisonDays, const QString &comparisonName)
{
    const Currency currency = mainCurrency(figures);
    const KpiScope &scope = figures.scope;
    const QDate end = std::max(figures.periodEnd, scope.to);
    QChart *chart = newChart(tr("Net sales so far, against the target"));
    auto *sales = new QLineSeries;
    sales->setName(tr("Net sales"));
    sales->append(cumulative(figures.days, scope.from, scope.to, currency, scope.from));
    sales->setPen(QPen(Theme::color(Tone::Accent, palette()), 2.5));
    auto *compared = new QLineSeries;
    compared->setName(comparisonName);
    compared->setPen(QPen(Theme::color(Tone::Secondary, palette()), 1.5, Qt::DotLine));
    const QDate comparedTo = std::min(comparison.to, comparison.from.addDays(scope.from.daysTo(end)));
    compared->append(cumulative(comparisonDays, comparison.from, comparedTo, currency, scope.from));
    chart->addSeries(sales);
    chart->addSeries(compared);
    const double goal = major(figures.periodTarget, currency);
    double top = goal;
    for (const QLineSeries *series : {sales, compared}) {
        for (const QPointF &p : series->points()) {
            top = std::max(top, p.y());
        }
    }
    if (goal > 0) {
        auto *target = new QLineSeries;
        target->setName(tr("Target"));
        target->setPen(QPen(Theme::color(Tone::Warning, palette()), 1.5, Qt::DashLine));
        target->append(double(scope.from.startOfDay().toMSecsSinceEpoch()), 0);
        target->append(double(end.startOfDay().toMSecsSinceEpoch()), goal);
        chart->addSeries(target);
    }
    auto *x = new QDateTimeAxis;
    x->setFormat(tr("d MMM", "the date axis of a chart"));
    x->setRange(scope.from.startOfDay(), end.startOfDay());
    x->setTickCount(std::clamp(int(scope.from.daysTo(end)) + 1, 2, 7));
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = moneyAxis(top, currency);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    finish(chart, 0);
}

// The agents with the most net sales, the best on top; a bar drills to its agent.
void DashboardCharts::agentsRanked(const DashboardFigures &figures)
{
    const Currency currency = mainCurrency(figures);
    QList<KpiRow> agents = figures.agents;
    std::sort(agents.begin(), agents.end(), [&currency](const KpiRow &a, const KpiRow &b) {
        return a.salesIn(currency).minorUnits() > b.salesIn(currency).minorUnits();
    });
    agents = agents.mid(0, kRankedAgents);
    std::reverse(agents.begin(), agents.end()); // horizontal bars are drawn from the bottom up
    QChart *chart = newChart(tr("Agents by net sales"));
    auto *set = new QBarSet(tr("Net sales"));
    set->setColor(Theme::color(Tone::Accent, palette()));
    QStringList names;
    m_rankedAgentIds.clear();
    m_rankedAgentNames.clear();
    double top = 0;
    for (const KpiRow &row : std::as_const(agents)) {
        const double value = major(row.sales, currency);
        *set << value;
        top = std::max(top, value);
        names << figures.agentNames.value(row.key, row.key);
        m_rankedAgentIds.prepend(row.key);
        m_rankedAgentNames.prepend(names.constLast());
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    chart->legend()->hide();
    if (top <= 0) {
        chart->setTitle(tr("Agents by net sales: none in this period"));
    }
    auto *y = new QBarCategoryAxis;
    y->append(names);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QValueAxis *x = moneyAxis(top, currency);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    connect(series, &QHorizontalBarSeries::clicked, this, [this, count = agents.size()](int index, QBarSet *) {
        // Bars count from the bottom; the ids are kept best first.
        const qsizetype best = count - 1 - index;
        if (best >= 0 && best < m_rankedAgentIds.size()) {
            emit agentClicked(m_rankedAgentIds.at(best));
        }
    });
    finish(chart, 1);
}

void DashboardCharts::categories(const DashboardFigures &figures)
{
    const Currency currency = mainCurrency(figures);
    QList<KpiRow> rows = figures.categories;
    std::sort(rows.begin(), rows.end(), [&currency](const KpiRow &a, const KpiRow &b) {
        return a.salesIn(currency).minorUnits() < b.salesIn(currency).minorUnits();
    });
    QChart *chart = newChart(tr("Net sales by product category"));
    auto *set = new QBarSet(tr("Net sales"));
    set->setColor(Theme::color(Tone::Success, palette()));
    QStringList names;
    double top = 0;
    for (const KpiRow &row : std::as_const(rows)) {
        *set << major(row.sales, currency);
        top = std::max(top, major(row.sales, currency));
        names << (row.key.isEmpty() ? tr("No category") : row.key);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    chart->legend()->hide();
    if (top <= 0) {
        chart->setTitle(tr("Net sales by product category: none in this period"));
    }
    auto *y = new QBarCategoryAxis;
    y->append(names);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QValueAxis *x = moneyAxis(top, currency);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    finish(chart, 2);
}

void DashboardCharts::outcomes(const DashboardFigures &figures)
{
    const VisitOutcomes &o = figures.outcomes;
    const bool none = o.productive + o.unsuccessful + o.missed + o.cancelled == 0;
    QChart *chart = newChart(none ? tr("Visits by outcome: none in this period") : tr("Visits by outcome"));
    auto *series = new QPieSeries;
    const QList<std::tuple<QString, qint64, Tone>> slices = {
        {tr("With an order"), o.productive, Tone::Success},
        {tr("Without an order"), o.unsuccessful, Tone::Warning},
        {tr("Missed"), o.missed, Tone::Danger},
        {tr("Cancelled"), o.cancelled, Tone::Neutral},
    };
    const QLocale locale;
    for (const auto &[name, count, tone] : slices) {
        if (count > 0) {
            QPieSlice *slice = series->append(tr("%1: %2").arg(name, locale.toString(count)), double(count));
            slice->setColor(Theme::color(tone, palette()));
            slice->setBorderColor(palette().base().color());
        }
    }
    series->setHoleSize(0.45);
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    finish(chart, 3);
}

void DashboardCharts::ageing(const DashboardFigures &figures)
{
    const Currency currency = mainCurrency(figures);
    QChart *chart = newChart(tr("Receivables by age"));
    auto *set = new QBarSet(currency.code());
    QStringList buckets;
    double top = 0;
    for (int b = 0; b < ReceivablesAgeing::BucketCount; ++b) {
        const auto bucket = ReceivablesAgeing::Bucket(b);
        buckets << ReceivablesAgeing::bucketName(bucket);
        double value = 0;
        for (const ReceivablesAgeing::Row &row : figures.ageing.rows) {
            if (row.currency == currency) {
                value = double(row.minor[b]) / std::pow(10.0, currency.minorDigits());
            }
        }
        *set << value;
        top = std::max(top, value);
    }
    set->setColor(Theme::color(Tone::Danger, palette()));
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    chart->legend()->hide();
    auto *x = new QBarCategoryAxis;
    x->append(buckets);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = moneyAxis(top, currency);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    finish(chart, 4);
}

} // namespace SalesSync
