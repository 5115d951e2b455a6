#include "ui/dashboard/dashboardview.h"

#include "core/kpi/kpiaggregates.h"
#include "core/store/database.h"
#include "sync/client/localsyncstore.h"
#include "ui/dashboard/dashboardcharts.h"
#include "ui/dashboard/kpitile.h"
#include "ui/displaytext.h"
#include "ui/theme/theme.h"
#include "ui/workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace SalesSync {

namespace {

constexpr int kMostTilesPerRow = 4;

QStandardItem *textItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

QStandardItem *figureItem(const QString &text)
{
    QStandardItem *item = textItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString share(qint64 part, qint64 whole)
{
    return whole > 0 ? KpiDisplay::tr("%1 %").arg(QLocale().toString(100.0 * double(part) / double(whole), 'f', 0))
                     : QStringLiteral("—");
}

QTableView *newTable(QStandardItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(false);
    view->setAlternatingRowColors(true);
    view->setMinimumHeight(Theme::space(50));
    return view;
}

} // namespace

DashboardView::DashboardView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("dashboard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Theme::space(3));
    m_heading = new QLabel(this);
    Theme::setTextStyle(m_heading, TextStyle::Section);
    layout->addWidget(m_heading);
    auto *controls = new QHBoxLayout;
    buildControls(controls);
    layout->addLayout(controls);
    m_breadcrumb = new QWidget(this);
    m_breadcrumb->setObjectName(QStringLiteral("breadcrumb"));
    auto *crumbs = new QHBoxLayout(m_breadcrumb);
    crumbs->setContentsMargins(0, 0, 0, 0);
    crumbs->setSpacing(Theme::space(1));
    layout->addWidget(m_breadcrumb);
    m_freshness = new QLabel(this);
    m_freshness->setObjectName(QStringLiteral("freshness"));
    m_freshness->setWordWrap(true);
    Theme::setTextStyle(m_freshness, TextStyle::Secondary);
    layout->addWidget(m_freshness);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    auto *tiles = new QGridLayout;
    tiles->setSpacing(Theme::space(3));
    for (const Kpi kpi : Kpis::all()) {
        if (kpi == Kpi::NumericDistribution) {
            continue; // per product: the categories chart and the reports show it
        }
        auto *tile = new KpiTile(kpi, this);
        m_tiles.insert(kpi, tile);
        m_tileOrder << tile;
        connect(tile, &KpiTile::clicked, this, &DashboardView::explain);
    }
    m_tileGrid = tiles;
    layoutTiles(kMostTilesPerRow);
    layout->addLayout(tiles);
    m_charts = new DashboardCharts(this);
    layout->addWidget(m_charts);
    connect(m_charts, &DashboardCharts::agentClicked, this, &DashboardView::drillToAgent);
    auto *tables = new QGridLayout;
    tables->setSpacing(Theme::space(3));
    buildTables(tables);
    layout->addLayout(tables);

    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, &DashboardView::show);
    connect(&workspace, &Workspace::dataChanged, this, [this](const QStringList &entities) {
        if (entities.contains(u"user")) {
            resetLevels(); // a role or managed territories changed with the last sync
        }
        refresh();
    });
    resetLevels();
    refresh();
}

DashboardView::~DashboardView()
{
    m_watcher.waitForFinished();
}

void DashboardView::buildControls(QHBoxLayout *row)
{
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->addItem(tr("Today"), int(Period::Today));
    m_period->addItem(tr("This week"), int(Period::Week));
    m_period->addItem(tr("This month"), int(Period::Month));
    m_period->addItem(tr("This quarter"), int(Period::Quarter));
    m_period->addItem(tr("This year"), int(Period::Year));
    m_period->addItem(tr("Custom range…"), int(Period::Custom));
    m_period->setCurrentIndex(2);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    m_from = new QDateEdit(QDate::currentDate().addDays(-29), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setVisible(false);
        connect(edit, &QDateEdit::dateChanged, this, &DashboardView::refresh);
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    m_compare = new QComboBox(this);
    m_compare->setObjectName(QStringLiteral("compare"));
    m_compare->addItem(tr("the previous period"));
    m_compare->addItem(tr("the same days a year ago"));
    auto *compareLabel = new QLabel(tr("Chart &compares with:"), this);
    compareLabel->setBuddy(m_compare);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(Theme::space(24));
    m_busy->setTextVisible(false);
    m_busy->hide();
    row->addWidget(periodLabel);
    row->addWidget(m_period);
    row->addWidget(m_from);
    row->addWidget(m_to);
    row->addSpacing(Theme::space(4));
    row->addWidget(compareLabel);
    row->addWidget(m_compare);
    row->addStretch(1);
    row->addWidget(m_busy);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardView::periodChosen);
    connect(m_compare, &QComboBox::currentIndexChanged, this, [this] {
        if (!isLoading()) {
            show();
        }
    });
}

void DashboardView::buildTables(QGridLayout *grid)
{
    m_childrenTitle = new QLabel(this);
    Theme::setTextStyle(m_childrenTitle, TextStyle::Section);
    m_children = new QStandardItemModel(this);
    m_childrenView = newTable(m_children, this);
    m_childrenView->setObjectName(QStringLiteral("children"));
    m_childrenView->setToolTip(tr("Double-click or press Enter to look closer"));
    connect(m_childrenView, &QTableView::activated, this, [this](const QModelIndex &index) { drillInto(index.row()); });
    auto *leaderTitle = new QLabel(tr("Leaderboard"), this);
    m_leaderboardTitle = leaderTitle;
    Theme::setTextStyle(leaderTitle, TextStyle::Section);
    m_leaderboard = new QStandardItemModel(this);
    m_leaderboardView = newTable(m_leaderboard, this);
    m_leaderboardView->setObjectName(QStringLiteral("leaderboard"));
    connect(m_leaderboardView, &QTableView::activated, this,
            [this](const QModelIndex &index) { drillToAgent(m_leaderboard->item(index.row(), 0)->data().toString()); });
    // One above the other: side by side, names and figures would not both fit.
    grid->addWidget(m_childrenTitle, 0, 0);
    grid->addWidget(m_childrenView, 1, 0);
    grid->addWidget(leaderTitle, 2, 0);
    grid->addWidget(m_leaderboardView, 3, 0);
}

void DashboardView::resetLevels()
{
    const std::optional<User> me = m_workspace.user();
    m_agentView = !me || me->role == Role::Agent;
    m_heading->setText(m_agentView ? tr("My performance") : tr("Team performance"));
    if (m_leaderboardView) {
        m_leaderboardView->setVisible(!m_agentView);
        m_leaderboardTitle->setVisible(!m_agentView);
    }
    m_crumbs.clear();
    if (m_agentView) {
        m_crumbs << Crumb{{QString(), m_workspace.agentId()}, tr("My customers")};
    } else {
        const std::optional<User> user = m_workspace.user();
        m_crumbs << Crumb{{}, user && user->role == Role::Manager ? tr("My territories") : tr("All territories")};
    }
}

bool DashboardView::isLoading() const
{
    return m_loading; // until the figures read are shown, not only until they are read
}

void DashboardView::setPeriod(Period period, const QDate &from, const QDate &to)
{
    if (period == Period::Custom) {
        const QSignalBlocker a(m_from), b(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    m_period->setCurrentIndex(m_period->findData(int(period)));
    periodChosen();
}

void DashboardView::setCompareWithLastYear(bool lastYear)
{
    m_compare->setCurrentIndex(lastYear ? 1 : 0);
}

void DashboardView::periodChosen()
{
    const bool custom = Period(m_period->currentData().toInt()) == Period::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    refresh();
}

std::pair<QDate, QDate> DashboardView::periodDays() const
{
    const QDate today = QDate::currentDate();
    switch (Period(m_period->currentData().toInt())) {
    case Period::Today:
        return {today, today};
    case Period::Week: {
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        return {monday, monday.addDays(6)};
    }
    case Period::Month: {
        const QDate first(today.year(), today.month(), 1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    case Period::Quarter: {
        const QDate first(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        return {first, first.addMonths(3).addDays(-1)};
    }
    case Period::Year:
        return {QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)};
    case Period::Custom:
        break;
    }
    return {std::min(m_from->date(), m_to->date()), std::max(m_from->date(), m_to->date())};
}

QString DashboardView::previousName() const
{
    switch (Period(m_period->currentData().toInt())) {
    case Period::Today:
        return tr("yesterday");
    case Period::Week:
        return tr("last week");
    case Period::Month:
        return tr("last month");
    case Period::Quarter:
        return tr("last quarter");
    case Period::Year:
        return tr("last year");
    case Period::Custom:
        break;
    }
    const auto [from, to] = periodDays();
    return tr("the %Ln day(s) before", "", int(from.daysTo(to) + 1));
}

void DashboardView::refresh()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_again = false;
    m_loading = true;
    const auto [from, to] = periodDays();
    const std::optional<User> user = m_workspace.user();
    DashboardRequest request{from, to, QDate::currentDate(),
                             user && user->role == Role::Manager ? user->managedTerritoryIds : QStringList(),
                             m_crumbs.constLast().level};
    Database *db = &m_workspace.database();
    const bool syncs = m_workspace.sync() != nullptr;
    QPointer<QLabel> status = m_status;
    m_busy->show();
    m_watcher.setFuture(QtConcurrent::run(m_workspace.pool(), [db, request, syncs, status] {
        Loaded loaded{Error(ErrorCode::NotFound, QString()), {}, 0};
        if (const Result<bool> live = KpiAggregates::isLive(db->connection()); live && !*live) {
            // A first sync or a new version left them to be rebuilt: once, with progress.
            const Status rebuilt = KpiAggregates::rebuild(*db, [status](int done, int steps) {
                QMetaObject::invokeMethod(status, [status, done, steps] {
                    if (status) {
                        status->show();
                        status->setText(DashboardView::tr("Preparing the figures on this computer… step %1 of %2")
                                            .arg(std::min(done + 1, steps))
                                            .arg(steps));
                    }
                });
                return true;
            });
            if (!rebuilt) {
                loaded.figures = rebuilt.error();
                return loaded;
            }
        }
        loaded.figures = DashboardQuery::load(*db, request);
        if (syncs) {
            Sync::LocalSyncStore store(*db);
            const Result<QDateTime> pulled = store.pulledAt();
            const Result<Sync::PendingSummary> pending = store.summary();
            loaded.pulledAt = pulled ? *pulled : QDateTime();
            loaded.pending = pending ? pending->pendingOps : 0;
        }
        return loaded;
    }));
}

void DashboardView::show()
{
    if (m_watcher.isRunning()) {
        return;
    }
    m_loading = m_again;
    m_busy->hide();
    if (m_watcher.future().resultCount() > 0) {
        const Loaded loaded = m_watcher.result();
        if (!loaded.figures) {
            m_status->setText(tr("The figures could not be computed: %1").arg(loaded.figures.error().message()));
            Theme::setTone(m_status, Tone::Danger);
            m_status->show();
            if (m_again) {
                refresh();
            }
            return;
        }
        m_figures = *loaded.figures;
        showFreshness(loaded);
        m_status->clear();
        m_status->hide();
    }
    updateBreadcrumb();
    showTiles();
    const bool lastYear = m_compare->currentIndex() == 1;
    m_charts->show(m_figures, lastYear ? m_figures.lastYearScope : m_figures.previousScope,
                   lastYear ? m_figures.lastYearDays : m_figures.previousDays,
                   lastYear ? tr("a year ago") : DisplayText::capitalized(previousName()));
    showChildren();
    showLeaderboard();
    emit refreshed();
    if (m_again) {
        refresh();
    }
}

void DashboardView::showFreshness(const Loaded &loaded)
{
    if (!m_workspace.sync()) {
        m_freshness->setText(tr("Demo workspace: the figures are computed from the data on this computer."));
        return;
    }
    if (!loaded.pulledAt.isValid()) {
        m_freshness->setText(tr("Not synced yet: the figures show only what is on this computer."));
        return;
    }
    const QDateTime local = loaded.pulledAt.toLocalTime();
    const QString when =
        local.date() == QDate::currentDate() ? DisplayText::time(local.time()) : DisplayText::dateTime(loaded.pulledAt);
    m_freshness->setText(
        loaded.pending > 0
            ? tr("Data as of the last sync at %1 — %Ln change(s) on this computer not yet sent", "",
                 int(loaded.pending))
                  .arg(when)
            : tr("Data as of the last sync at %1 — everything made on this computer has been sent").arg(when));
}

// A tile's course over the period: day by day, or week by week in a period of more than two
// months (a year of days is noise at a tile's size).
QList<double> DashboardView::series(Kpi kpi) const
{
    QHash<QString, KpiRow> byDay;
    for (const KpiRow &row : m_figures.days) {
        byDay.insert(row.key, row);
    }
    const QList<Money> &sales = m_figures.current.value(Kpi::NetSales).amounts;
    const Currency currency = sales.isEmpty() ? Currency::eur() : sales.constFirst().currency();
    const QDate last = std::min(m_figures.scope.to, QDate::currentDate());
    const int step = m_figures.scope.from.daysTo(last) > 62 ? 7 : 1;
    QList<KpiRow> buckets;
    for (QDate d = m_figures.scope.from; d <= last; d = d.addDays(1)) {
        if (m_figures.scope.from.daysTo(d) % step == 0) {
            buckets << KpiRow{};
        }
        KpiRow &bucket = buckets.last();
        const KpiRow row = byDay.value(d.toString(Qt::ISODate));
        bucket.sales = {Money(bucket.salesIn(currency).minorUnits() + row.salesIn(currency).minorUnits(), currency)};
        bucket.orders += row.orders;
        bucket.visits += row.visits;
        bucket.productive += row.productive;
        bucket.planned += row.planned;
        bucket.plannedDone += row.plannedDone;
    }
    QList<double> out;
    for (const KpiRow &row : std::as_const(buckets)) {
        const auto ratio = [&out](qint64 part, qint64 whole) {
            if (whole > 0) {
                out << double(part) / double(whole);
            }
        };
        switch (kpi) {
        case Kpi::NetSales:
            out << double(row.salesIn(currency).minorUnits());
            break;
        case Kpi::AverageOrderValue:
            ratio(row.salesIn(currency).minorUnits(), row.orders);
            break;
        case Kpi::VisitsCompleted:
            out << double(row.visits);
            break;
        case Kpi::VisitsPlanned:
            out << double(row.planned);
            break;
        case Kpi::CallCompliance:
            ratio(row.plannedDone, row.planned);
            break;
        case Kpi::StrikeRate:
            ratio(row.productive, row.visits);
            break;
        case Kpi::UnsuccessfulVisitRate:
            ratio(row.visits - row.productive, row.visits);
            break;
        default:
            return {};
        }
    }
    return out;
}

void DashboardView::showTiles()
{
    const QString previous = previousName();
    const bool sameDays = m_figures.previousScope.from == m_figures.lastYearScope.from &&
                          m_figures.previousScope.to == m_figures.lastYearScope.to;
    for (auto it = m_tiles.cbegin(); it != m_tiles.cend(); ++it) {
        it.value()->show(m_figures.current.value(it.key()), m_figures.previous.value(it.key()),
                         m_figures.lastYear.value(it.key()), previous, series(it.key()));
        it.value()->setYearAgoShown(!sameDays);
    }
}

// As many tiles in a row as fit at a readable width (4 on a wide window, 2 on a narrow one).
void DashboardView::layoutTiles(int perRow)
{
    if (perRow == m_tilesPerRow) {
        return;
    }
    m_tilesPerRow = perRow;
    for (KpiTile *tile : std::as_const(m_tileOrder)) {
        m_tileGrid->removeWidget(tile);
    }
    for (int column = 0; column < kMostTilesPerRow; ++column) {
        m_tileGrid->setColumnStretch(column, column < perRow ? 1 : 0);
    }
    for (qsizetype i = 0; i < m_tileOrder.size(); ++i) {
        m_tileGrid->addWidget(m_tileOrder.at(i), int(i) / perRow, int(i) % perRow);
    }
}

void DashboardView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutTiles(std::clamp(width() / Theme::space(58), 2, kMostTilesPerRow));
}

void DashboardView::showChildren()
{
    m_children->clear();
    m_children->setHorizontalHeaderLabels(
        {tr("Name"), tr("Net sales"), tr("Orders"), tr("Completed visits"), tr("Strike rate"), tr("Call compliance")});
    const QLocale locale;
    QString title = tr("Territories");
    for (const DashboardChild &child : std::as_const(m_figures.children)) {
        const KpiRow &f = child.figures;
        title = child.kind == DashboardChild::Kind::Agent      ? tr("Agents")
                : child.kind == DashboardChild::Kind::Customer ? tr("Customers")
                                                               : tr("Territories");
        QStandardItem *name = textItem(child.name.isEmpty() ? child.id : child.name);
        name->setData(child.id);
        m_children->appendRow({name, figureItem(KpiDisplay::amounts(f.sales)), figureItem(locale.toString(f.orders)),
                               figureItem(locale.toString(f.visits)), figureItem(share(f.productive, f.visits)),
                               figureItem(share(f.plannedDone, f.planned))});
    }
    if (m_figures.children.isEmpty()) {
        title = m_crumbs.constLast().level.agentId.isEmpty() ? tr("Nothing below this level in the period")
                                                             : tr("No customer of this agent in the period");
    }
    m_childrenTitle->setText(title);
    m_childrenView->resizeColumnsToContents();
    m_childrenView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void DashboardView::showLeaderboard()
{
    m_leaderboard->clear();
    m_leaderboard->setHorizontalHeaderLabels({tr("Agent"), tr("Net sales"), tr("Strike rate"), tr("Completed visits")});
    const QList<Money> &sales = m_figures.current.value(Kpi::NetSales).amounts;
    const Currency currency = sales.isEmpty() ? Currency::eur() : sales.constFirst().currency();
    QList<KpiRow> agents = m_figures.agents;
    std::sort(agents.begin(), agents.end(), [&currency](const KpiRow &a, const KpiRow &b) {
        return a.salesIn(currency).minorUnits() > b.salesIn(currency).minorUnits();
    });
    const QLocale locale;
    for (qsizetype i = 0; i < agents.size(); ++i) {
        const KpiRow &a = agents.at(i);
        QStandardItem *name = textItem(tr("%1. %2").arg(i + 1).arg(m_figures.agentNames.value(a.key, a.key)));
        name->setData(a.key);
        m_leaderboard->appendRow({name, figureItem(KpiDisplay::amounts(a.sales)),
                                  figureItem(share(a.productive, a.visits)), figureItem(locale.toString(a.visits))});
    }
    m_leaderboardView->resizeColumnsToContents();
    m_leaderboardView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void DashboardView::updateBreadcrumb()
{
    QLayout *row = m_breadcrumb->layout();
    while (QLayoutItem *item = row->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (qsizetype i = 0; i < m_crumbs.size(); ++i) {
        if (i > 0) {
            row->addWidget(new QLabel(QStringLiteral("›"), m_breadcrumb));
        }
        if (i + 1 == m_crumbs.size()) {
            auto *here = new QLabel(m_crumbs.at(i).name, m_breadcrumb);
            QFont bold = here->font();
            bold.setBold(true);
            here->setFont(bold);
            row->addWidget(here);
            continue;
        }
        auto *button = new QToolButton(m_breadcrumb);
        button->setText(m_crumbs.at(i).name);
        button->setAutoRaise(true);
        button->setToolTip(tr("Back to %1").arg(m_crumbs.at(i).name));
        Theme::setTone(button, Tone::Accent);
        connect(button, &QToolButton::clicked, this, [this, i] { drillUp(int(i)); });
        row->addWidget(button);
    }
    static_cast<QHBoxLayout *>(row)->addStretch(1);
}

QStringList DashboardView::breadcrumb() const
{
    QStringList out;
    for (const Crumb &crumb : m_crumbs) {
        out << crumb.name;
    }
    return out;
}

void DashboardView::drillInto(int child)
{
    if (child < 0 || child >= m_figures.children.size()) {
        return;
    }
    const DashboardChild &c = m_figures.children.at(child);
    switch (c.kind) {
    case DashboardChild::Kind::Territory:
        m_crumbs << Crumb{{c.id, QString()}, c.name};
        break;
    case DashboardChild::Kind::Agent:
        m_crumbs << Crumb{{m_crumbs.constLast().level.territoryId, c.id}, c.name};
        break;
    case DashboardChild::Kind::Customer:
        emit customerOpened(c.id);
        return;
    }
    refresh();
}

void DashboardView::drillToAgent(const QString &agentId)
{
    if (agentId.isEmpty() || !m_crumbs.constLast().level.agentId.isEmpty()) {
        return;
    }
    m_crumbs << Crumb{{m_crumbs.constLast().level.territoryId, agentId}, m_figures.agentNames.value(agentId, agentId)};
    refresh();
}

void DashboardView::drillUp(int crumb)
{
    if (crumb < 0 || crumb + 1 >= m_crumbs.size()) {
        return;
    }
    m_crumbs.resize(crumb + 1);
    refresh();
}

KpiTile *DashboardView::tile(Kpi kpi) const
{
    return m_tiles.value(kpi);
}

QString DashboardView::freshness() const
{
    return m_freshness->text();
}

QString DashboardView::heading() const
{
    return m_heading->text();
}

// "How is this computed": the definition, the figure with its parts, and the comparisons.
void DashboardView::explain(Kpi kpi)
{
    const KpiDefinition d = Kpis::definition(kpi);
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("kpiExplanation"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("How is this computed? — %1").arg(d.name));
    const auto line = [kpi](const QString &when, const KpiScope &scope, const KpiValue &value) {
        const QString parts = KpiDisplay::parts(kpi, value);
        return tr("<p><b>%1</b> (%2 – %3): %4%5</p>")
            .arg(when.toHtmlEscaped(), DisplayText::date(scope.from), DisplayText::date(scope.to),
                 KpiDisplay::value(kpi, value).toHtmlEscaped(),
                 parts.isEmpty() ? QString() : QStringLiteral(" — ") + parts.toHtmlEscaped());
    };
    QString extra;
    if (kpi == Kpi::SalesAgainstTarget || kpi == Kpi::NetSales) {
        extra = tr("<p>Target for the whole period (to %1): %2. At the rate so far, the period ends at %3.</p>")
                    .arg(DisplayText::date(m_figures.periodEnd), KpiDisplay::amounts(m_figures.periodTarget),
                         KpiDisplay::amounts(m_figures.projection));
    }
    auto *text = new QLabel(
        QStringLiteral("<p>%1</p>").arg(d.definition.toHtmlEscaped()) + extra +
            line(tr("This period"), m_figures.scope, m_figures.current.value(kpi)) +
            line(DisplayText::capitalized(previousName()), m_figures.previousScope, m_figures.previous.value(kpi)) +
            line(tr("A year ago"), m_figures.lastYearScope, m_figures.lastYear.value(kpi)),
        dialog);
    text->setObjectName(QStringLiteral("explanation"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(Theme::space(110));
    dialog->open();
    emit kpiExplained(kpi);
}

} // namespace SalesSync
