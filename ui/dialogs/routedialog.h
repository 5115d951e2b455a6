#pragma once

#include "core/rules/routeschedule.h"
#include "ui/models/visitdaymodel.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace SalesSync {

class Workspace;

// A new order and new times for the visits of a day still to do (RouteSchedule): from now on
// today, around appointments, with the drive between stops. Shows the length of the day's route
// now and with the new order, measured as the Today page measures it (straight lines between
// the stops of the day, in time order). Applying it reschedules the moved visits in one write;
// previousTimes() lets the caller undo it.
class RouteDialog final : public QDialog {
    Q_OBJECT

public:
    // dayRoute: the day's route stops in order (VisitDayModel::routeStops()); start: where the
    // agent is, if known; now: the earliest time a visit may be given today.
    RouteDialog(Workspace &workspace, const QList<DayVisit> &dayRoute, const std::optional<GeoPoint> &start,
                const QDateTime &now, QWidget *parent = nullptr);

    QPushButton *applyButton() const { return m_apply; }
    // The day's route length in metres as planned now, and with the new times.
    double plannedMetres() const { return m_plannedMetres; }
    double suggestedMetres() const { return m_suggestedMetres; }
    // The visits whose time changes, with their new and their present times (UTC).
    QList<std::pair<QString, QDateTime>> newTimes() const;
    QList<std::pair<QString, QDateTime>> previousTimes() const;
    // The schedule in visiting order (indexes into the open stops).
    const QList<ScheduledStop> &schedule() const { return m_schedule; }
    const QList<DayVisit> &openStops() const { return m_open; }

private:
    void measure(const QList<DayVisit> &dayRoute);
    void fillList();
    // Whether every new time is on the day; says why not under the list.
    bool fitsTheDay(const QDate &day) const;
    void apply();
    // The visits whose time changes, with the new time or the present one.
    QList<std::pair<QString, QDateTime>> movedTimes(bool newOnes) const;

    Workspace &m_workspace;
    QList<DayVisit> m_open;
    QList<ScheduledStop> m_schedule;
    double m_plannedMetres = 0;
    double m_suggestedMetres = 0;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace SalesSync
