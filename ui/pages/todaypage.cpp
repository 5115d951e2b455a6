#include "ui/pages/todaypage.h"

#include "core/repositories/visitrepository.h"
#include "core/rules/workflow.h"
#include "ui/background.h"
#include "ui/dialogs/planvisitdialog.h"
#include "ui/dialogs/reasondialog.h"
#include "ui/dialogs/routedialog.h"
#include "ui/displaytext.h"
#include "ui/map/mapview.h"
#include "ui/models/visitdaymodel.h"
#include "ui/theme/theme.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/listtable.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/pageheader.h"
#include "ui/workspace.h"

#include <QAction>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace SalesSync {

TodayPage::TodayPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new VisitDayModel(workspace, this))
{
    setObjectName(QStringLiteral("todayPage"));
    m_header = new PageHeader(tr("Today"), this);

    auto *previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("previousDay"));
    previous->setIcon(Theme::icon(QStringLiteral("go-previous")));
    previous->setAutoRaise(true);
    previous->setToolTip(tr("Previous day (Alt+Left)"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    auto *next = new QToolButton(this);
    next->setObjectName(QStringLiteral("nextDay"));
    next->setIcon(Theme::icon(QStringLiteral("go-next")));
    next->setAutoRaise(true);
    next->setToolTip(tr("Next day (Alt+Right)"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    auto *today = new QToolButton(this);
    today->setObjectName(QStringLiteral("backToToday"));
    today->setIcon(Theme::icon(QStringLiteral("go-jump-today")));
    today->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    today->setAutoRaise(true);
    today->setText(tr("Today"));
    today->setToolTip(tr("Back to today (Alt+Home)"));
    today->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(previous, &QToolButton::clicked, this, [this] { m_date->setDate(m_date->date().addDays(-1)); });
    connect(next, &QToolButton::clicked, this, [this] { m_date->setDate(m_date->date().addDays(1)); });
    connect(today, &QToolButton::clicked, this, [this] { m_date->setDate(QDate::currentDate()); });
    connect(m_date, &QDateEdit::dateChanged, m_model, &VisitDayModel::setDate);
    connect(m_date, &QDateEdit::dateChanged, this, &TodayPage::updateHeading);

    for (QToolButton *button : {previous, next, today}) {
        button->setFocusPolicy(Qt::StrongFocus);
    }
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    Theme::setTextStyle(m_summary, TextStyle::Secondary);

    for (QWidget *w : std::initializer_list<QWidget *>{previous, m_date, next, today}) {
        m_header->addWidget(w);
    }

    m_view = makeListTable(this, QStringLiteral("visits"), m_model, VisitDayModel::Address);

    m_open = new QAction(Theme::icon(QStringLiteral("document-open")), tr("&Open visit"), this);
    m_open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_open->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_open);
    m_plan = new QAction(Theme::icon(QStringLiteral("appointment-new")), tr("&Plan visit…"), this);
    m_plan->setShortcut(QKeySequence::New);
    m_reschedule = new QAction(Theme::icon(QStringLiteral("clock")), tr("&Reschedule…"), this);
    m_reschedule->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_cancel = new QAction(Theme::icon(QStringLiteral("dialog-cancel")), tr("&Cancel visit…"), this);
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_route = new QAction(Theme::icon(QStringLiteral("map-flat")), tr("Suggest route &order…"), this);
    m_route->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    for (QAction *action : {m_plan, m_reschedule, m_cancel, m_route}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_open, &QAction::triggered, this, [this] {
        if (const QString id = selectedVisitId(); !id.isEmpty()) {
            emit visitOpened(id);
        }
    });
    connect(m_view, &QTableView::activated, m_open, &QAction::trigger);
    connect(m_plan, &QAction::triggered, this, &TodayPage::planVisit);
    connect(m_reschedule, &QAction::triggered, this, &TodayPage::rescheduleVisit);
    connect(m_cancel, &QAction::triggered, this, &TodayPage::cancelVisit);
    connect(m_route, &QAction::triggered, this, &TodayPage::suggestRoute);

    m_empty = new EmptyState(QStringLiteral("view-calendar-day"), QString(), QString(), this);
    m_empty->setAction(m_plan);
    attachEmptyState(m_view, m_empty);

    QToolBar *toolbar = makePageToolBar(this);
    toolbar->addAction(m_open);
    toolbar->addSeparator();
    toolbar->addAction(m_plan);
    toolbar->addAction(m_reschedule);
    toolbar->addAction(m_cancel);
    toolbar->addSeparator();
    toolbar->addAction(m_route);

    // The day's customers on a map under the list: the route in order, a pin per stop.
    m_map = new MapView(this);
    m_map->setObjectName(QStringLiteral("dayMap"));
    connect(m_map, &MapView::markerActivated, this, &TodayPage::customerRequested);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_view);
    split->addWidget(m_map);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    setPageMargins(layout);
    layout->addWidget(m_header);
    m_message = new MessageBar(this);
    layout->addWidget(m_message);
    layout->addWidget(toolbar);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);

    connect(m_model, &VisitDayModel::loaded, this, [this] {
        updateSummary();
        updateMap();
        if (!m_reselect.isEmpty()) {
            selectVisit(m_reselect);
            m_reselect.clear();
        }
        updateActions();
    });
    connect(m_model, &VisitDayModel::errorOccurred, m_summary, &QLabel::setText);
    // Keeps the selection across reloads, unless a dialog asked for another visit to be selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_reselect.isEmpty()) {
            m_reselect = selectedVisitId();
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TodayPage::updateActions);
    connect(&m_workspace, &Workspace::dataChanged, this, [this](const QStringList &entities) {
        if (entities.contains(u"visit") || entities.contains(u"customer")) {
            m_model->reload();
        }
    });
    updateActions();
    updateHeading();
    setFocusProxy(m_view);
}

void TodayPage::setTileSource(TileSource *tiles)
{
    m_map->setTileSource(tiles);
}

void TodayPage::updateMap()
{
    QList<MapMarker> markers;
    QList<GeoPoint> route;
    for (const DayVisit &stop : m_model->routeStops()) {
        if (stop.location) {
            route << *stop.location;
        }
    }
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const DayVisit *row = m_model->at(i);
        if (!row->location) {
            continue;
        }
        const QModelIndex status = m_model->index(i, VisitDayModel::Status);
        markers << MapMarker{
            row->visit.customerId, *row->location,
            tr("%1 — %2, %3")
                .arg(row->customerName, row->address, m_model->index(i, VisitDayModel::Time).data().toString()),
            row->stop > 0 ? QString::number(row->stop) : QString(), Tone(status.data(Theme::ToneRole).toInt())};
    }
    m_map->setMarkers(markers);
    m_map->setRoute(route);
    m_map->fitToContent();
}

void TodayPage::updateHeading()
{
    const QDate date = m_date->date();
    const QDate today = QDate::currentDate();
    const QString longDate = QLocale().toString(date, QLocale::LongFormat);
    QString title = longDate;
    if (date == today) {
        title = tr("Today");
    } else if (date == today.addDays(1)) {
        title = tr("Tomorrow");
    } else if (date == today.addDays(-1)) {
        title = tr("Yesterday");
    }
    m_header->setTitle(title);
    m_header->setSubtitle(title == longDate ? QString() : longDate);
    m_empty->setTitle(date == today ? tr("No visits planned for today") : tr("No visits planned for %1").arg(longDate));
    m_empty->setHint(tr("Plan one, or choose another day with the arrows (Alt+Left, Alt+Right)."));
}

QString TodayPage::title() const
{
    return m_header->title();
}

QString TodayPage::summaryText() const
{
    return m_summary->text();
}

QString TodayPage::selectedVisitId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(VisitDayModel::IdRole).toString();
}

void TodayPage::selectVisit(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
}

void TodayPage::updateSummary()
{
    // Every figure counts rows of the list above it: the day's visits and, on today, the ones
    // still open from earlier days.
    QStringList parts;
    int earlier = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        earlier += m_model->at(i)->earlierDay ? 1 : 0;
    }
    parts << tr("%n visit(s)", "", m_model->rowCount());
    if (earlier > 0) {
        parts << tr("%n from earlier days", "", earlier);
    }
    parts << tr("%n completed", "", m_model->count(VisitStatus::Completed));
    if (const int overdue = m_model->overdueCount(); overdue > 0) {
        parts << tr("%n overdue", "", overdue);
    }
    if (const int missed = m_model->count(VisitStatus::Missed); missed > 0) {
        parts << tr("%n missed", "", missed);
    }
    parts << tr("route %1").arg(DisplayText::distance(m_model->route().totalMetres));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void TodayPage::updateActions()
{
    const DayVisit *row = m_model->at(m_model->rowOf(selectedVisitId()));
    const VisitActions may = row ? Workflow::visitActions(row->visit.status) : VisitActions{};
    m_open->setEnabled(row != nullptr);
    m_reschedule->setEnabled(may.reschedule);
    m_cancel->setEnabled(may.cancel);
    // From now on: a day that has passed has no times left to give.
    m_route->setEnabled(!m_model->openStops().isEmpty() && m_model->date() >= QDate::currentDate());
    m_plan->setEnabled(!m_workspace.agentId().isEmpty());
}

void TodayPage::planVisit()
{
    // A new visit goes after the day's last one, at 09:00 on an empty day, and never before the
    // next full hour today.
    QDateTime when = QDateTime(m_model->date(), QTime(9, 0));
    if (m_model->date() == QDate::currentDate()) {
        const QDateTime now = QDateTime::currentDateTime();
        when = std::max(when, QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600));
    }
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const DayVisit *row = m_model->at(i);
        if (!row->earlierDay) {
            when = std::max(when, row->visit.plannedAt.toLocalTime().addSecs(3600));
        }
    }
    auto *dialog = new PlanVisitDialog(m_workspace, when, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_reselect = dialog->visit().id;
        m_date->setDate(dialog->visit().plannedAt.toLocalTime().date());
    });
    dialog->open();
}

void TodayPage::rescheduleVisit()
{
    const DayVisit *row = m_model->at(m_model->rowOf(selectedVisitId()));
    if (!row) {
        return;
    }
    auto *dialog = new PlanVisitDialog(m_workspace, row->visit, row->customerName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_reselect = dialog->visit().id;
        m_date->setDate(dialog->visit().plannedAt.toLocalTime().date());
    });
    dialog->open();
}

void TodayPage::cancelVisit()
{
    const DayVisit *row = m_model->at(m_model->rowOf(selectedVisitId()));
    if (!row) {
        return;
    }
    auto *dialog = new ReasonDialog(
        m_workspace, tr("Cancel the visit"),
        tr("Why is the visit to %1 cancelled? The reason goes to your manager.").arg(row->customerName),
        QStringLiteral("cancelReason"),
        [&database = m_workspace.database(), id = row->visit.id](const QString &reason) -> Status {
            const Result<Visit> v = VisitRepository(database).cancel(id, reason);
            return v ? Status() : Status(v.error());
        },
        this);
    dialog->setObjectName(QStringLiteral("cancelVisitDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { m_workspace.localChange({QStringLiteral("visit")}); });
    dialog->open();
}

void TodayPage::suggestRoute()
{
    auto *dialog =
        new RouteDialog(m_workspace, m_model->routeStops(), m_position, QDateTime::currentDateTimeUtc(), this);
    dialog->setObjectName(QStringLiteral("routeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<std::pair<QString, QDateTime>> previous = dialog->previousTimes();
        m_message->showMessage(tr("New times applied to %n visit(s).", "", int(previous.size())), Tone::Success);
        m_message->addButton(tr("&Undo"), [this, previous] { restoreTimes(previous); });
    });
    dialog->open();
}

void TodayPage::restoreTimes(const QList<std::pair<QString, QDateTime>> &times)
{
    runInBackground(
        m_workspace.pool(), this,
        [&database = m_workspace.database(), times] { return VisitRepository(database).rescheduleAll(times); },
        [this](Status done) {
            if (!done) {
                m_message->showMessage(tr("The earlier times could not be restored: %1").arg(done.error().message()),
                                       Tone::Danger);
                return;
            }
            m_message->showMessage(tr("The earlier times are back."), Tone::Accent);
            m_workspace.localChange({QStringLiteral("visit")});
        });
}

} // namespace SalesSync
