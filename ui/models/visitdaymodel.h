#pragma once

#include "core/domain/visit.h"
#include "core/rules/routeplanner.h"

#include <QAbstractTableModel>
#include <QDate>

namespace SalesSync {

class Workspace;

// One row of the day's route: the visit and where it is.
struct DayVisit {
    Visit visit;
    QString customerName;
    QString customerCode;
    QString address;
    std::optional<GeoPoint> location;
    bool earlierDay = false; // still planned from a day before the one shown (overdue)
    int stop = 0;            // position in the route, 1-based; 0 when not part of it
    double legMetres = 0;    // from the previous stop of the route
};

// The signed-in agent's visits for one day, in route order (by planned time), with the leg
// distances of the route; when the day is today, also the visits of earlier days still planned.
// A visit is overdue when its time has passed and nobody checked in. Read on the workspace's
// worker threads.
class VisitDayModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Stop, Time, Customer, Address, Status, Distance, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, OverdueRole };

    explicit VisitDayModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QDate date() const { return m_date; }
    // The day the rows are of: date() once its read has come back.
    QDate loadedDate() const { return m_loadedDate; }
    void setDate(const QDate &date);
    void reload();

    const DayVisit *at(int row) const;
    int rowOf(const QString &visitId) const;
    bool isOverdue(const DayVisit &row) const;
    // Checked in farther from the customer than the geofence allows (shown in the warning tone).
    static bool outsideGeofence(const DayVisit &row);
    // The day's route as planned (stops that are not cancelled or missed).
    const RoutePlan &route() const { return m_route; }
    int count(VisitStatus status) const;
    int overdueCount() const;
    // The visits of the shown day still to do, for a new route order.
    QList<const DayVisit *> openStops() const;
    // The stops of the day's route (not cancelled or missed, not from earlier days), in order.
    QList<DayVisit> routeStops() const;

signals:
    void loaded();
    void errorOccurred(const QString &message);

private:
    Workspace &m_workspace;
    QDate m_date;
    QDate m_loadedDate;
    QList<DayVisit> m_rows;
    RoutePlan m_route;
    quint64 m_generation = 0;
};

} // namespace SalesSync
