#pragma once

#include "core/kpi/kpi.h"
#include "ui/dashboard/kpidisplay.h"

#include <QFrame>
#include <QList>

class QLabel;

namespace SalesSync {

// A small line of a figure's course over the period, without axes: the shape, not the values.
class Sparkline final : public QWidget {
    Q_OBJECT

public:
    explicit Sparkline(QWidget *parent = nullptr);
    void setValues(const QList<double> &values);
    const QList<double> &values() const { return m_values; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<double> m_values;
};

// One KPI: its name, the figure, what it divides, the change against the previous period and
// against the same days last year (arrow and colour, with words), a sparkline, and its
// definition on hover. A click asks for the "how is this computed" panel.
class KpiTile final : public QFrame {
    Q_OBJECT

public:
    explicit KpiTile(Kpi kpi, QWidget *parent = nullptr);

    Kpi kpi() const { return m_kpi; }
    void show(const KpiValue &now, const KpiValue &previous, const KpiValue &lastYear, const QString &previousName,
              const QList<double> &series);
    void clear();
    // Off when the previous period is the same days a year ago (a year compared with the last).
    void setYearAgoShown(bool shown);
    QString valueText() const;
    QString previousText() const;
    QString lastYearText() const;

signals:
    void clicked(SalesSync::Kpi kpi);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Kpi m_kpi;
    QLabel *m_name = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_parts = nullptr;
    QLabel *m_previous = nullptr;
    QLabel *m_lastYear = nullptr;
    Sparkline *m_sparkline = nullptr;
};

} // namespace SalesSync
