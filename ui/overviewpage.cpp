#include "ui/overviewpage.h"

#include "core/store/database.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/displaytext.h"
#include "ui/theme/theme.h"
#include "ui/widgets/pageheader.h"
#include "ui/workspace.h"

#include <QDate>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace SalesSync {

namespace {

QString joinAmounts(const QList<Money> &amounts, const QLocale &locale)
{
    if (amounts.isEmpty()) {
        return Money::zero(Currency::eur()).format(locale);
    }
    QStringList parts;
    for (const Money &m : amounts) {
        parts << m.format(locale);
    }
    return parts.join(QStringLiteral(" · "));
}

constexpr int kTilesPerRow = 3;

} // namespace

OverviewPage::OverviewPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("overviewPage"));
    m_header = new PageHeader(tr("Overview"), this);
    auto *refreshButton = new QPushButton(Theme::icon(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    m_header->addWidget(refreshButton);
    auto *outer = new QVBoxLayout(this);
    setPageMargins(outer);
    outer->addWidget(m_header);
    // The dashboard and the figures below it scroll together under the header.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, Theme::space(2), 0);
    m_dashboard = new DashboardView(workspace, content);
    layout->addWidget(m_dashboard);
    connect(m_dashboard, &DashboardView::customerOpened, this, &OverviewPage::customerOpened);

    const bool agent = !workspace.agentId().isEmpty();
    m_workHeading = new QLabel(agent ? tr("Your work") : tr("Everyone's work"), this);
    QGridLayout *work = addGroup(layout, m_workHeading);
    addTile(work, QStringLiteral("visitsToday"), tr("Visits today (completed / all)"),
            agent ? tr("Your visits planned for today, and how many of them are completed.")
                  : tr("Visits planned for today in this workspace, and how many are completed."));
    addTile(work, QStringLiteral("orders30"), tr("Orders in the last 30 days"),
            tr("Orders submitted, approved or fulfilled in the last 30 days, drafts and cancelled ones not counted."));
    addTile(work, QStringLiteral("sales30"), tr("Net sales in the last 30 days"),
            tr("The net value (before tax) of those orders."));

    QGridLayout *held = addGroup(layout, new QLabel(tr("In this workspace"), this));
    addTile(held, QStringLiteral("customers"), tr("Customers"), tr("Every customer on this computer, of any status."));
    addTile(held, QStringLiteral("products"), tr("Active products"), tr("Products that can be ordered."));
    addTile(held, QStringLiteral("openBalance"), tr("Open customer balances"),
            tr("What the customers on this computer owe: charges less payments, after reversals."));
    addTile(held, QStringLiteral("territories"), tr("Territories"), tr("Sales territories on this computer."));
    addTile(held, QStringLiteral("agents"), tr("Active agents"), tr("Field agents with an active account."));
    if (workspace.sync()) {
        addTile(held, QStringLiteral("pending"), tr("Changes waiting to sync"),
                tr("Changes made on this computer that the server has not yet confirmed."));
    }
    layout->addStretch(1);

    connect(refreshButton, &QPushButton::clicked, this, &OverviewPage::refresh);
    connect(refreshButton, &QPushButton::clicked, m_dashboard, &DashboardView::refresh);
    connect(&m_watcher, &QFutureWatcher<Result<WorkspaceSummary>>::finished, this, &OverviewPage::showSummary);
    refresh();
}

OverviewPage::~OverviewPage()
{
    m_watcher.waitForFinished();
}

QGridLayout *OverviewPage::addGroup(QLayout *into, QLabel *heading)
{
    Theme::setTextStyle(heading, TextStyle::Section);
    into->addWidget(heading);
    auto *grid = new QGridLayout;
    grid->setSpacing(Theme::space(3));
    for (int column = 0; column < kTilesPerRow; ++column) {
        grid->setColumnStretch(column, 1);
    }
    auto *holder = new QWidget(into->parentWidget());
    holder->setLayout(grid);
    into->addWidget(holder);
    return grid;
}

void OverviewPage::addTile(QGridLayout *grid, const QString &key, const QString &label, const QString &definition)
{
    auto *tile = new QFrame(this);
    tile->setObjectName(key + QStringLiteral("Tile"));
    tile->setFrameShape(QFrame::StyledPanel);
    tile->setAutoFillBackground(true);
    tile->setBackgroundRole(QPalette::Base);
    tile->setToolTip(definition);
    auto *name = new QLabel(label, tile);
    name->setWordWrap(true);
    Theme::setTextStyle(name, TextStyle::Secondary);
    auto *value = new QLabel(QStringLiteral("…"), tile);
    value->setObjectName(key);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    Theme::setTextStyle(value, TextStyle::Figure);
    name->setBuddy(value);
    auto *tileLayout = new QVBoxLayout(tile);
    tileLayout->setContentsMargins(Theme::space(4), Theme::space(3), Theme::space(4), Theme::space(3));
    tileLayout->setSpacing(Theme::space(1));
    tileLayout->addWidget(name);
    tileLayout->addWidget(value);
    const int index = grid->count();
    grid->addWidget(tile, index / kTilesPerRow, index % kTilesPerRow);
    m_values.insert(key, value);
}

bool OverviewPage::isLoading() const
{
    return m_watcher.isRunning();
}

QString OverviewPage::figure(const QString &key) const
{
    const QLabel *label = m_values.value(key);
    return label ? label->text() : QString();
}

QString OverviewPage::workHeading() const
{
    return m_workHeading->text();
}

void OverviewPage::refresh()
{
    if (m_watcher.isRunning()) {
        return;
    }
    m_header->setSubtitle(tr("Updating…"));
    Database *database = &m_workspace.database();
    const QDate today = QDate::currentDate();
    const QString agentId = m_workspace.agentId();
    m_watcher.setFuture(
        QtConcurrent::run([database, today, agentId] { return WorkspaceSummary::compute(*database, today, agentId); }));
}

void OverviewPage::showSummary()
{
    const Result<WorkspaceSummary> result = m_watcher.result();
    if (!result) {
        m_header->setSubtitle(tr("Could not compute the overview: %1").arg(result.error().message()));
        return;
    }
    const WorkspaceSummary &s = *result;
    const QLocale locale;
    const QList<std::pair<QString, QString>> texts = {
        {QStringLiteral("customers"), locale.toString(s.customers)},
        {QStringLiteral("territories"), locale.toString(s.territories)},
        {QStringLiteral("agents"), locale.toString(s.agents)},
        {QStringLiteral("products"), locale.toString(s.activeProducts)},
        {QStringLiteral("visitsToday"),
         tr("%1 / %2").arg(locale.toString(s.visitsTodayCompleted), locale.toString(s.visitsToday))},
        {QStringLiteral("orders30"), locale.toString(s.ordersLast30Days)},
        {QStringLiteral("sales30"), joinAmounts(s.salesLast30Days, locale)},
        {QStringLiteral("openBalance"), joinAmounts(s.openBalance, locale)},
        {QStringLiteral("pending"), locale.toString(s.pendingChanges)},
    };
    for (const auto &[key, text] : texts) {
        if (QLabel *label = m_values.value(key)) {
            label->setText(text);
        }
    }
    m_header->setSubtitle(tr("As of %1").arg(DisplayText::time(QTime::currentTime())));
    emit refreshed();
}

} // namespace SalesSync
