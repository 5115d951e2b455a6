#pragma once

#include "core/geo.h"

#include <QWidget>

class QAction;
class QDateEdit;
class QLabel;
class QTableView;

namespace SalesSync {

class EmptyState;
class MapView;
class TileSource;
class MessageBar;
class PageHeader;
class VisitDayModel;
class Workspace;

// The agent's day: visits in route order with customer, address, planned time, status and the
// distance from the stop before; overdue and missed visits in red. Plan, reschedule and cancel
// visits, and have the route order suggested.
class TodayPage final : public QWidget {
    Q_OBJECT

public:
    explicit TodayPage(Workspace &workspace, QWidget *parent = nullptr);

    VisitDayModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString summaryText() const;
    // The page's heading: Today, Tomorrow, Yesterday or the date shown.
    QString title() const;
    QString selectedVisitId() const;
    void selectVisit(const QString &id);
    // Where the agent is now, for route suggestions; none: start at the first stop.
    void setCurrentPosition(const std::optional<GeoPoint> &position) { m_position = position; }

    QAction *planAction() const { return m_plan; }
    QAction *rescheduleAction() const { return m_reschedule; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *routeAction() const { return m_route; }
    QAction *openAction() const { return m_open; }
    MapView *map() const { return m_map; }
    // Where the map's tiles come from (none: the map draws without them).
    void setTileSource(TileSource *tiles);
    // What the page says across its top (a route applied, with Undo), empty when nothing.
    MessageBar *messageBar() const { return m_message; }

signals:
    // The agent wants to work on this visit (check in, order, check out).
    void visitOpened(const QString &visitId);
    // A pin on the day's map was clicked: show that customer.
    void customerRequested(const QString &customerId);

private:
    void updateSummary();
    void updateHeading();
    void updateMap();
    void updateActions();
    void planVisit();
    void rescheduleVisit();
    void cancelVisit();
    void suggestRoute();
    void restoreTimes(const QList<std::pair<QString, QDateTime>> &times);

    Workspace &m_workspace;
    VisitDayModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_summary = nullptr;
    PageHeader *m_header = nullptr;
    EmptyState *m_empty = nullptr;
    MessageBar *m_message = nullptr;
    MapView *m_map = nullptr;
    QAction *m_open = nullptr;
    QAction *m_plan = nullptr;
    QAction *m_reschedule = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_route = nullptr;
    std::optional<GeoPoint> m_position;
    QString m_reselect; // the visit to select again after a reload
};

} // namespace SalesSync
