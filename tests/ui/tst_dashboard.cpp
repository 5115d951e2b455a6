// The dashboard on a real demo data file, driven through its widgets on the offscreen platform:
// what each role sees, figures equal to the same KPIs computed independently from the base
// tables, drilling down region > area > territory > agent > customer and back up the breadcrumb,
// period comparisons, and "how is this computed".
#include "core/demo/demoworkspace.h"
#include "core/kpi/dashboardquery.h"
#include "core/kpi/kpicalculator.h"
#include "core/store/database.h"
#include "core/store/sqlutil.h"
#include "ui/dashboard/dashboardcharts.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/dashboard/kpidisplay.h"
#include "ui/dashboard/kpitile.h"
#include "ui/mainwindow.h"
#include "ui/overviewpage.h"
#include "ui/translations.h"
#include "ui/workspace.h"

#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace SalesSync;

class TestDashboard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void adminSeesTheTeamAsTheBaseTablesSayIt();
    void drillsDownAndBackUp();
    void comparesWithTheDaysBefore();
    void explainsAFigure();
    void anAgentSeesTheirOwnPerformance();

private:
    void open(Role role);
    DashboardView *dashboard() const { return m_window->overview()->dashboard(); }
    void waitLoaded();

    QTemporaryDir m_dir;
    QString m_template;
    std::unique_ptr<MainWindow> m_window;
};

void TestDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_template = m_dir.filePath(QStringLiteral("template.db"));
    Result<std::unique_ptr<Database>> db = Database::open(m_template);
    QVERIFY(db.ok());
    DemoDataSpec spec = DemoDataSpec::demo();
    spec.customers = 400;
    spec.orderLines = 3000;
    spec.products = 30;
    QVERIFY(DemoWorkspace::populate(**db, spec).ok());
    QVERIFY(runQuery((*db)->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
}

void TestDashboard::open(Role role)
{
    const QString path = m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction()));
    m_window.reset();
    QFile::remove(path);
    QVERIFY(QFile::copy(m_template, path));
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY(db.ok());
    QVERIFY(DemoWorkspace::signInAs(**db, role).ok());
    m_window = std::make_unique<MainWindow>(
        std::make_unique<Workspace>(Profile{QStringLiteral("demo"), {}, {}, {}}, std::move(db).value(), nullptr));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showSection(6);
    waitLoaded();
}

void TestDashboard::waitLoaded()
{
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard()->isLoading() && dashboard()->figures().scope.from.isValid(), 20000);
}

void TestDashboard::adminSeesTheTeamAsTheBaseTablesSayIt()
{
    open(Role::Admin);
    DashboardView *view = dashboard();
    QCOMPARE(view->heading(), QStringLiteral("Team performance"));
    QCOMPARE(view->breadcrumb(), QStringList{QStringLiteral("All territories")});
    QCOMPARE(view->freshness(),
             QStringLiteral("Demo workspace: the figures are computed from the data on this computer."));
    // This month up to today, computed again from the base tables.
    const QDate today = QDate::currentDate();
    const KpiScope month{QDate(today.year(), today.month(), 1), today, {}, {}};
    QCOMPARE(view->figures().scope.from, month.from);
    QCOMPARE(view->figures().scope.to, month.to);
    const Result<QHash<Kpi, KpiValue>> base =
        KpiCalculator::compute(m_window->workspace().database(), month, KpiSource::BaseTables);
    QVERIFY(base.ok());
    for (const Kpi kpi : {Kpi::VisitsPlanned, Kpi::VisitsCompleted, Kpi::StrikeRate, Kpi::NetSales, Kpi::Receivables,
                          Kpi::SalesAgainstTarget, Kpi::Coverage}) {
        QCOMPARE(view->tile(kpi)->valueText(), KpiDisplay::value(kpi, base->value(kpi)));
    }
    QVERIFY(view->tile(Kpi::NetSales)->valueText().contains(u"EUR"));
    QVERIFY(view->tile(Kpi::SalesAgainstTarget)->valueText().endsWith(u" %")); // the demo has targets
    QVERIFY(view->tile(Kpi::NetSales)->previousText().contains(u"vs. last month"));
    // The next level down: the regions, with the whole company's sales between them.
    const QStringList regions = *firstColumn(runQuery(m_window->workspace().database().connection(),
                                                      QStringLiteral("SELECT name FROM territories WHERE parent_id "
                                                                     "IS NULL ORDER BY name")));
    QStandardItemModel *children = view->childrenModel();
    QStringList shown;
    for (int row = 0; row < children->rowCount(); ++row) {
        shown << children->item(row, 0)->text();
    }
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, regions);
    // Every agent in the leaderboard, ranked by net sales; and the charts.
    QVERIFY(view->leaderboardModel()->rowCount() > 1);
    QVERIFY(view->leaderboardModel()->item(0, 0)->text().startsWith(u"1. "));
    QCOMPARE(view->charts()->titles().size(), 5);
    QVERIFY(!view->charts()->rankedAgents().isEmpty());
    QCOMPARE(view->charts()->rankedAgents().constFirst(),
             view->leaderboardModel()->item(0, 0)->text().section(u' ', 1));
}

void TestDashboard::drillsDownAndBackUp()
{
    open(Role::Admin);
    DashboardView *view = dashboard();
    Database &db = m_window->workspace().database();
    view->setPeriod(DashboardView::Period::Year); // a year of the demo's history below every level
    waitLoaded();
    // Region > area > territory: each level's figures are its own, its rows the level below.
    const QString region = view->childrenModel()->item(0, 0)->text();
    view->drillInto(0);
    waitLoaded();
    QCOMPARE(view->breadcrumb(), (QStringList{QStringLiteral("All territories"), region}));
    QCOMPARE(view->figures().children.constFirst().kind, DashboardChild::Kind::Territory);
    view->drillInto(0); // an area
    waitLoaded();
    view->drillInto(0); // a territory: its agents below
    waitLoaded();
    QCOMPARE(view->breadcrumb().size(), 4);
    const KpiScope scope = view->figures().scope;
    QCOMPARE(scope.territoryIds.size(), 1);
    const Result<QHash<Kpi, KpiValue>> base = KpiCalculator::compute(db, scope, KpiSource::BaseTables);
    QCOMPARE(view->tile(Kpi::NetSales)->valueText(), KpiDisplay::value(Kpi::NetSales, base->value(Kpi::NetSales)));
    QVERIFY(!view->figures().children.isEmpty());
    QCOMPARE(view->figures().children.constFirst().kind, DashboardChild::Kind::Agent);
    // An agent: their customers below; a customer opens in Customers.
    view->drillInto(0);
    waitLoaded();
    QCOMPARE(view->breadcrumb().size(), 5);
    QCOMPARE(view->figures().scope.agentIds.size(), 1);
    QVERIFY(!view->figures().children.isEmpty());
    QCOMPARE(view->figures().children.constFirst().kind, DashboardChild::Kind::Customer);
    QSignalSpy opened(m_window->overview(), &OverviewPage::customerOpened);
    view->drillInto(0);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.constFirst().constFirst().toString(), view->figures().children.constFirst().id);
    // The breadcrumb leads back to the region, then to the top.
    view->drillUp(1);
    waitLoaded();
    QCOMPARE(view->breadcrumb(), (QStringList{QStringLiteral("All territories"), region}));
    view->drillUp(0);
    waitLoaded();
    QCOMPARE(view->breadcrumb().size(), 1);
    QVERIFY(view->figures().scope.territoryIds.isEmpty());
}

void TestDashboard::comparesWithTheDaysBefore()
{
    open(Role::Admin);
    DashboardView *view = dashboard();
    const QDate today = QDate::currentDate();
    view->setPeriod(DashboardView::Period::Custom, today.addDays(-40), today.addDays(-31));
    waitLoaded();
    const DashboardFigures &f = view->figures();
    QCOMPARE(f.scope.from, today.addDays(-40));
    QCOMPARE(f.scope.to, today.addDays(-31));
    QCOMPARE(f.previousScope.from, today.addDays(-50));
    QCOMPARE(f.previousScope.to, today.addDays(-41));
    QCOMPARE(f.lastYearScope.from, today.addDays(-40).addYears(-1));
    const Result<QHash<Kpi, KpiValue>> before =
        KpiCalculator::compute(m_window->workspace().database(), f.previousScope, KpiSource::BaseTables);
    const KpiDisplay::Change change =
        KpiDisplay::change(Kpi::VisitsCompleted, f.current.value(Kpi::VisitsCompleted),
                           before->value(Kpi::VisitsCompleted), QStringLiteral("vs. the 10 days before"));
    QCOMPARE(view->tile(Kpi::VisitsCompleted)->previousText(), change.text);
    QVERIFY(change.text.endsWith(u"vs. the 10 days before"));
    // Whole months compare with the month before.
    view->setPeriod(DashboardView::Period::Month);
    waitLoaded();
    QCOMPARE(view->figures().previousScope.from, view->figures().scope.from.addMonths(-1));
}

void TestDashboard::explainsAFigure()
{
    open(Role::Manager);
    DashboardView *view = dashboard();
    QCOMPARE(view->breadcrumb(), QStringList{QStringLiteral("My territories")});
    QSignalSpy explained(view, &DashboardView::kpiExplained);
    QTest::mouseClick(view->tile(Kpi::StrikeRate), Qt::LeftButton);
    QCOMPARE(explained.size(), 1);
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("kpiExplanation"));
    QVERIFY(dialog);
    const QString text = dialog->findChild<QLabel *>(QStringLiteral("explanation"))->text();
    QVERIFY(text.contains(Kpis::definition(Kpi::StrikeRate).definition.toHtmlEscaped()));
    QVERIFY(text.contains(view->tile(Kpi::StrikeRate)->valueText()));
    dialog->close();
}

void TestDashboard::anAgentSeesTheirOwnPerformance()
{
    open(Role::Agent);
    DashboardView *view = dashboard();
    QCOMPARE(view->heading(), QStringLiteral("My performance"));
    QCOMPARE(view->breadcrumb(), QStringList{QStringLiteral("My customers")});
    QCOMPARE(view->figures().scope.agentIds, QStringList{m_window->workspace().agentId()});
    QVERIFY(!view->findChild<QWidget *>(QStringLiteral("leaderboard"))->isVisibleTo(view));
    // Their own target: the agent's, not the team's.
    const Result<QList<Money>> target = KpiCalculator::targets(m_window->workspace().database(), view->figures().scope);
    QCOMPARE(KpiDisplay::amounts(view->figures().current.value(Kpi::SalesAgainstTarget).reference),
             KpiDisplay::amounts(*target));
    for (const DashboardChild &child : view->figures().children) {
        QCOMPARE(child.kind, DashboardChild::Kind::Customer);
    }
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
