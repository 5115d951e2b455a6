#include "ui/pages/todaypage.h"

#include "core/repositories/visitrepository.h"
#include "core/rules/workflow.h"
#include "ui/dialogs/planvisitdialog.h"
#include "ui/dialogs/reasondialog.h"
#include "ui/dialogs/routedialog.h"
#include "ui/displaytext.h"
#include "ui/models/visitdaymodel.h"
#include "ui/widgets/listtable.h"
#include "ui/workspace.h"

#include <QAction>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
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
    auto *title = new QLabel(tr("<h2>Today</h2>"), this);

    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous day (Alt+Left)"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next day (Alt+Right)"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    auto *today = new QToolButton(this);
    today->setText(tr("Today"));
    today->setToolTip(tr("Back to today (Alt+Home)"));
    today->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(previous, &QToolButton::clicked, this, [this] { m_date->setDate(m_date->date().addDays(-1)); });
    connect(next, &QToolButton::clicked, this, [this] { m_date->setDate(m_date->date().addDays(1)); });
    connect(today, &QToolButton::clicked, this, [this] { m_date->setDate(QDate::currentDate()); });
    connect(m_date, &QDateEdit::dateChanged, m_model, &VisitDayModel::setDate);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));

    auto *dayBar = new QHBoxLayout;
    dayBar->addWidget(title);
    dayBar->addStretch();
    dayBar->addWidget(previous);
    dayBar->addWidget(m_date);
    dayBar->addWidget(next);
    dayBar->addWidget(today);

    m_view = makeListTable(this, QStringLiteral("visits"), m_model, VisitDayModel::Address);

    m_open = new QAction(tr("&Open visit"), this);
    m_open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_open->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_open);
    m_plan = new QAction(tr("&Plan visit…"), this);
    m_plan->setShortcut(QKeySequence::New);
    m_reschedule = new QAction(tr("&Reschedule…"), this);
    m_reschedule->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_cancel = new QAction(tr("&Cancel visit…"), this);
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_route = new QAction(tr("Suggest route &order…"), this);
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

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_open);
    toolbar->addSeparator();
    toolbar->addAction(m_plan);
    toolbar->addAction(m_reschedule);
    toolbar->addAction(m_cancel);
    toolbar->addSeparator();
    toolbar->addAction(m_route);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(dayBar);
    layout->addWidget(toolbar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    connect(m_model, &VisitDayModel::loaded, this, [this] {
        updateSummary();
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
    setFocusProxy(m_view);
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
    QStringList parts;
    int dayVisits = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        dayVisits += m_model->at(i)->earlierDay ? 0 : 1;
    }
    parts << tr("%n visit(s)", "", dayVisits);
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
    m_route->setEnabled(m_model->openStops().size() >= 2);
    m_plan->setEnabled(!m_workspace.agentId().isEmpty());
}

void TodayPage::planVisit()
{
    // A new visit goes after the day's last one, or at the next full hour today.
    QDateTime when = QDateTime(m_model->date(), QTime(9, 0));
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
    auto *dialog = new RouteDialog(m_workspace, m_model->openStops(), m_position, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace SalesSync
