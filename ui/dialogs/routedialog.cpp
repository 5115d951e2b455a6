#include "ui/dialogs/routedialog.h"

#include "core/repositories/visitrepository.h"
#include "ui/background.h"
#include "ui/displaytext.h"
#include "ui/fielderrors.h"
#include "ui/theme/theme.h"
#include "ui/workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace SalesSync {

namespace {

double routeMetres(QList<std::pair<QDateTime, std::optional<GeoPoint>>> stops)
{
    std::stable_sort(stops.begin(), stops.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<std::optional<GeoPoint>> positions;
    for (const auto &stop : std::as_const(stops)) {
        positions << stop.second;
    }
    QList<int> order(positions.size());
    std::iota(order.begin(), order.end(), 0);
    return RoutePlanner::measure(std::nullopt, positions, order).totalMetres;
}

} // namespace

RouteDialog::RouteDialog(Workspace &workspace, const QList<DayVisit> &dayRoute, const std::optional<GeoPoint> &start,
                         const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Suggested route"));
    const QDate day =
        dayRoute.isEmpty() ? now.toLocalTime().date() : dayRoute.first().visit.plannedAt.toLocalTime().date();
    // Where the agent is counts today only: another day starts at its first stop.
    const bool today = day == now.toLocalTime().date();
    std::optional<GeoPoint> from = today ? start : std::nullopt;
    QList<ScheduleStop> stops;
    QDateTime earliest;
    for (const DayVisit &stop : dayRoute) {
        if (stop.visit.status != VisitStatus::Planned) {
            // Where the agent was last, when nothing better is known.
            from = today && start ? start : (stop.location ? stop.location : from);
            continue;
        }
        m_open << stop;
        stops << ScheduleStop{stop.location, stop.visit.plannedAt, stop.visit.appointment};
        earliest = earliest.isValid() ? std::min(earliest, stop.visit.plannedAt) : stop.visit.plannedAt;
    }
    // Never before now: a visit put in the past would be overdue the moment it is applied.
    earliest = std::max(earliest, now.toUTC());
    m_schedule = RouteSchedule::plan(from, stops, earliest);
    measure(dayRoute);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("routeSummary"));
    m_summary->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("suggestedOrder"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("#"), tr("New time"), tr("Now"), tr("Customer"), tr("Address"), tr("Distance")});
    fillList();
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);

    m_error = FieldErrors::makeLabel(this, QStringLiteral("error"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply these times"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("apply"));
    m_apply->setEnabled(!newTimes().isEmpty() && fitsTheDay(day));
    connect(m_apply, &QPushButton::clicked, this, &RouteDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 22)));
}

void RouteDialog::measure(const QList<DayVisit> &dayRoute)
{
    QList<std::pair<QDateTime, std::optional<GeoPoint>>> now;
    QList<std::pair<QDateTime, std::optional<GeoPoint>>> then;
    QHash<QString, QDateTime> moved;
    for (const ScheduledStop &s : std::as_const(m_schedule)) {
        moved.insert(m_open.at(s.stop).visit.id, s.at);
    }
    for (const DayVisit &stop : dayRoute) {
        now.append({stop.visit.plannedAt, stop.location});
        then.append({moved.value(stop.visit.id, stop.visit.plannedAt), stop.location});
    }
    m_plannedMetres = routeMetres(now);
    m_suggestedMetres = routeMetres(then);
}

void RouteDialog::fillList()
{
    int late = 0;
    std::optional<GeoPoint> previous;
    for (qsizetype i = 0; i < m_schedule.size(); ++i) {
        const ScheduledStop &s = m_schedule.at(i);
        const DayVisit &stop = m_open.at(s.stop);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, QString::number(i + 1));
        item->setText(1, DisplayText::time(s.at.toLocalTime().time()));
        item->setText(2, DisplayText::time(stop.visit.plannedAt.toLocalTime().time()));
        item->setText(3, stop.visit.appointment ? tr("%1 (appointment)").arg(stop.customerName) : stop.customerName);
        item->setText(4, stop.address);
        item->setText(5, previous && stop.location ? DisplayText::distance(distanceMetres(*previous, *stop.location))
                                                   : QString());
        for (const int column : {0, 1, 2, 5}) {
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        }
        if (s.late) {
            ++late;
            item->setForeground(1, Theme::color(Tone::Danger));
            item->setToolTip(1, tr("The drive from the visit before arrives after this appointment's time."));
        }
        previous = stop.location ? stop.location : previous;
    }
    const int moved = int(newTimes().size());
    QStringList parts;
    parts << (moved == 0 ? tr("The visits still to do are already in a good order at good times.")
                         : tr("%n visit(s) get a new time, from now on, around appointments.", "", moved));
    parts << tr("The day's route: %1 now, %2 with these times (straight lines between the stops).")
                 .arg(DisplayText::distance(m_plannedMetres), DisplayText::distance(m_suggestedMetres));
    if (late > 0) {
        parts << tr("%n appointment(s) cannot be reached in time; they keep their times.", "", late);
    }
    m_summary->setText(parts.join(u' '));
}

bool RouteDialog::fitsTheDay(const QDate &day) const
{
    for (const ScheduledStop &s : m_schedule) {
        if (s.at.toLocalTime().date() != day) {
            m_error->setText(tr("These visits do not fit into the day: the last would be on %1. Move some to "
                                "another day first.")
                                 .arg(DisplayText::dateTime(m_schedule.last().at)));
            m_error->setVisible(true);
            return false;
        }
    }
    return true;
}

QList<std::pair<QString, QDateTime>> RouteDialog::movedTimes(bool newOnes) const
{
    QList<std::pair<QString, QDateTime>> times;
    for (const ScheduledStop &s : m_schedule) {
        const Visit &visit = m_open.at(s.stop).visit;
        if (s.at != visit.plannedAt) {
            times.append({visit.id, newOnes ? s.at : visit.plannedAt});
        }
    }
    return times;
}

QList<std::pair<QString, QDateTime>> RouteDialog::newTimes() const
{
    return movedTimes(true);
}

QList<std::pair<QString, QDateTime>> RouteDialog::previousTimes() const
{
    return movedTimes(false);
}

void RouteDialog::apply()
{
    m_apply->setEnabled(false);
    runInBackground(
        m_workspace.pool(), this,
        [&database = m_workspace.database(), times = newTimes()] {
            return VisitRepository(database).rescheduleAll(times);
        },
        [this](Status done) {
            if (!done) {
                m_error->setText(done.error().message());
                m_error->setVisible(true);
                m_apply->setEnabled(true);
                return;
            }
            m_workspace.localChange({QStringLiteral("visit")});
            accept();
        });
}

} // namespace SalesSync
