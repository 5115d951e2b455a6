#include "ui/models/visitdaymodel.h"

#include "core/repositories/customerrepository.h"
#include "core/repositories/visitrepository.h"
#include "ui/background.h"
#include "ui/displaytext.h"
#include "ui/workspace.h"

#include <QFont>
#include <QLocale>

namespace SalesSync {

namespace {

constexpr int kOverdueLookbackDays = 14;

struct DayLoad {
    QList<DayVisit> rows;
    RoutePlan route;
};

Result<DayLoad> loadDay(Database &database, const QString &agentId, const QDate &date, bool withEarlier)
{
    const QDateTime dayStart = QDateTime(date, QTime(0, 0)).toUTC();
    const QDateTime dayEnd = QDateTime(date.addDays(1), QTime(0, 0)).toUTC();
    VisitRepository visits(database);
    CustomerRepository customers(database);
    QList<Visit> found;
    if (withEarlier) {
        const Result<QList<Visit>> earlier =
            visits.forAgent(agentId, dayStart.addDays(-kOverdueLookbackDays), dayStart);
        if (!earlier) {
            return earlier.error();
        }
        for (const Visit &v : *earlier) {
            if (v.status == VisitStatus::Planned) {
                found << v;
            }
        }
    }
    const qsizetype earlierCount = found.size();
    const Result<QList<Visit>> day = visits.forAgent(agentId, dayStart, dayEnd);
    if (!day) {
        return day.error();
    }
    found << *day;

    DayLoad load;
    QList<std::optional<GeoPoint>> positions;
    QList<int> routeRows;
    for (qsizetype i = 0; i < found.size(); ++i) {
        DayVisit row;
        row.visit = found.at(i);
        row.earlierDay = i < earlierCount;
        if (const Result<Customer> c = customers.get(row.visit.customerId); c) {
            row.customerName = c->name;
            row.customerCode = c->code;
            QStringList parts;
            for (const QString &part : {c->street, QString(c->postalCode + u' ' + c->city).trimmed()}) {
                if (!part.isEmpty()) {
                    parts << part;
                }
            }
            row.address = parts.join(QStringLiteral(", "));
            row.location = c->location;
        }
        if (!row.earlierDay && row.visit.status != VisitStatus::Cancelled && row.visit.status != VisitStatus::Missed) {
            routeRows << int(load.rows.size());
            positions << row.location;
        }
        load.rows << row;
    }
    QList<int> order(positions.size());
    std::iota(order.begin(), order.end(), 0);
    load.route = RoutePlanner::measure(std::nullopt, positions, order);
    for (qsizetype i = 0; i < routeRows.size(); ++i) {
        DayVisit &row = load.rows[routeRows.at(i)];
        row.stop = int(i + 1);
        row.legMetres = load.route.legMetres.at(i);
    }
    return load;
}

} // namespace

VisitDayModel::VisitDayModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_date(QDate::currentDate())
{
    reload();
}

int VisitDayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VisitDayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool VisitDayModel::outsideGeofence(const DayVisit &row)
{
    return row.visit.checkIn && row.visit.checkIn->outsideGeofence;
}

bool VisitDayModel::isOverdue(const DayVisit &row) const
{
    return row.visit.status == VisitStatus::Planned && row.visit.plannedAt < QDateTime::currentDateTimeUtc();
}

QVariant VisitDayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const DayVisit &row = m_rows.at(index.row());
    const QLocale locale;
    const bool overdue = isOverdue(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Stop:
            return row.stop > 0 ? QVariant(row.stop) : QVariant();
        case Time: {
            return row.earlierDay ? DisplayText::dateTime(row.visit.plannedAt)
                                  : DisplayText::time(row.visit.plannedAt.toLocalTime().time());
        }
        case Customer:
            return row.customerName;
        case Address:
            return row.address;
        case Status:
            if (overdue) {
                return row.earlierDay ? tr("Overdue (earlier day)") : tr("Overdue");
            }
            if (outsideGeofence(row)) {
                return tr("%1 · %2 away")
                    .arg(DisplayText::visitStatus(row.visit.status),
                         DisplayText::distance(row.visit.checkIn->distanceMetres.value_or(0)));
            }
            return DisplayText::visitStatus(row.visit.status);
        case Distance:
            if (row.stop <= 1) {
                return {};
            }
            return row.location ? DisplayText::distance(row.legMetres) : tr("no coordinates");
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Status && row.visit.status == VisitStatus::Cancelled) {
            return tr("Cancelled: %1").arg(row.visit.cancelReason);
        }
        if (index.column() == Status && outsideGeofence(row)) {
            return tr("Checked in outside the geofence, %1 from the customer. Reason given: %2")
                .arg(DisplayText::distance(row.visit.checkIn->distanceMetres.value_or(0)), row.visit.checkIn->reason);
        }
        if (index.column() == Customer) {
            return tr("Customer no. %1").arg(row.customerCode);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Distance || index.column() == Stop ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                    : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Time && overdue) {
            return Theme::color(Tone::Danger);
        }
        if (row.visit.status == VisitStatus::Cancelled) {
            return Theme::color(Tone::Secondary);
        }
        return {};
    case Qt::FontRole:
        if (row.visit.status == VisitStatus::CheckedIn || row.visit.status == VisitStatus::Cancelled) {
            QFont font;
            font.setBold(row.visit.status == VisitStatus::CheckedIn);
            font.setStrikeOut(row.visit.status == VisitStatus::Cancelled && index.column() == Customer);
            return font;
        }
        return {};
    case Theme::ToneRole:
        if (index.column() != Status) {
            return {};
        }
        // A check-in far from the customer stands out from a good one.
        return int(outsideGeofence(row) ? Tone::Warning : DisplayText::visitTone(row.visit.status, overdue));
    case IdRole:
        return row.visit.id;
    case OverdueRole:
        return overdue;
    default:
        return {};
    }
}

QVariant VisitDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Stop:
        return tr("#");
    case Time:
        return tr("Time");
    case Customer:
        return tr("Customer");
    case Address:
        return tr("Address");
    case Status:
        return tr("Status");
    case Distance:
        return tr("Distance");
    default:
        return {};
    }
}

void VisitDayModel::setDate(const QDate &date)
{
    if (date.isValid() && date != m_date) {
        m_date = date;
        reload();
    }
}

void VisitDayModel::reload()
{
    const quint64 generation = ++m_generation;
    const QString agentId = m_workspace.agentId();
    const bool withEarlier = m_date == QDate::currentDate();
    runInBackground(
        m_workspace.pool(), this,
        [&database = m_workspace.database(), agentId, date = m_date, withEarlier] {
            return loadDay(database, agentId, date, withEarlier);
        },
        [this, generation, date = m_date](Result<DayLoad> load) {
            if (generation != m_generation) {
                return;
            }
            if (!load) {
                emit errorOccurred(load.error().message());
                return;
            }
            beginResetModel();
            m_rows = std::move(load->rows);
            m_route = std::move(load->route);
            m_loadedDate = date;
            endResetModel();
            emit loaded();
        });
}

const DayVisit *VisitDayModel::at(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int VisitDayModel::rowOf(const QString &visitId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).visit.id == visitId) {
            return int(i);
        }
    }
    return -1;
}

int VisitDayModel::count(VisitStatus status) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [status](const DayVisit &r) { return !r.earlierDay && r.visit.status == status; }));
}

int VisitDayModel::overdueCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const DayVisit &r) { return isOverdue(r); }));
}

QList<DayVisit> VisitDayModel::routeStops() const
{
    QList<DayVisit> stops;
    for (const DayVisit &row : m_rows) {
        if (row.stop > 0) {
            stops << row;
        }
    }
    std::sort(stops.begin(), stops.end(), [](const DayVisit &a, const DayVisit &b) { return a.stop < b.stop; });
    return stops;
}

QList<const DayVisit *> VisitDayModel::openStops() const
{
    QList<const DayVisit *> stops;
    for (const DayVisit &row : m_rows) {
        if (!row.earlierDay && row.visit.status == VisitStatus::Planned) {
            stops << &row;
        }
    }
    return stops;
}

} // namespace SalesSync
