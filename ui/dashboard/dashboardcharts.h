#pragma once

#include "core/kpi/dashboardquery.h"

#include <QCoreApplication>
#include <QWidget>

class QChart;
class QChartView;

namespace SalesSync {

// The dashboard's charts (Qt Charts), in the palette, with locale-formatted axes: net sales
// over the period against the target line (and the comparison period), agents ranked, sales by
// category, visits by outcome, receivables by age. A click on an agent's bar asks to drill to
// that agent.
class DashboardCharts final : public QWidget {
    Q_OBJECT

public:
    explicit DashboardCharts(QWidget *parent = nullptr);

    // The comparison's days are drawn as a dotted line, named by comparisonName.
    void show(const DashboardFigures &figures, const KpiScope &comparison, const QList<KpiRow> &comparisonDays,
              const QString &comparisonName);
    // The titles of the charts shown, and the agents ranked (tests).
    QStringList titles() const;
    QStringList rankedAgents() const;

signals:
    void agentClicked(const QString &agentId);

private:
    QChartView *addView(int row, int column, int columnSpan = 1);
    void salesOverTime(const DashboardFigures &figures, const KpiScope &comparison, const QList<KpiRow> &comparisonDays,
                       const QString &comparisonName);
    void agentsRanked(const DashboardFigures &figures);
    void categories(const DashboardFigures &figures);
    void outcomes(const DashboardFigures &figures);
    void ageing(const DashboardFigures &figures);
    QChart *newChart(const QString &title) const;
    void finish(QChart *chart, int view);

    QList<QChartView *> m_views;
    QStringList m_rankedAgentIds;
    QStringList m_rankedAgentNames;
};

} // namespace SalesSync
