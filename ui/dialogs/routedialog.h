#pragma once

#include "core/rules/routeplanner.h"
#include "ui/models/visitdaymodel.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace SalesSync {

class Workspace;

// The suggested order for the visits still to do today, next to the planned one, with both
// distances. Applying it gives the visits the same time slots in the new order.
class RouteDialog final : public QDialog {
    Q_OBJECT

public:
    RouteDialog(Workspace &workspace, const QList<const DayVisit *> &openStops, const std::optional<GeoPoint> &start,
                QWidget *parent = nullptr);

    const RoutePlan &planned() const { return m_planned; }
    const RoutePlan &suggested() const { return m_suggested; }
    QPushButton *applyButton() const { return m_apply; }
    // The new planned time of each visit, in the suggested order: the planned times, sorted, a
    // minute apart at least.
    QList<std::pair<QString, QDateTime>> newTimes() const;

private:
    void apply();

    Workspace &m_workspace;
    QList<DayVisit> m_stops;
    RoutePlan m_planned;
    RoutePlan m_suggested;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace SalesSync
