#include "core/reports/workspacesummary.h"
#include "core/store/database.h"
#include "ui/helpdialogs.h"
#include "ui/mainwindow.h"
#include "ui/overviewpage.h"
#include "ui/profileloader.h"
#include "ui/workspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace SalesSync;

namespace {
DemoDataSpec smallSpec()
{
    DemoDataSpec spec;
    spec.customers = 120;
    spec.orderLines = 1500;
    spec.products = 40;
    spec.customersPerTerritory = 40;
    return spec;
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void loaderCreatesTheDemoWorkspace();
    void overviewShowsTheWorkspace();
    void sectionsAndShortcuts();
    void loaderReportsDamagedFiles();
    void loaderCanBeCancelled();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMainWindow::loaderCreatesTheDemoWorkspace()
{
    QTemporaryDir dir;
    ProfileLoader loader;
    QSignalSpy progress(&loader, &ProfileLoader::progress);
    QSignalSpy finished(&loader, &ProfileLoader::finished);
    loader.start(dir.filePath(QStringLiteral("demo/salessync.db")), smallSpec());
    QVERIFY(finished.wait(60000));
    ProfileLoader::Outcome outcome = loader.takeOutcome();
    QVERIFY2(outcome.database, qPrintable(outcome.error));
    QVERIFY(outcome.populated);
    QVERIFY(progress.size() > 0);
    // A second load opens the same workspace without generating anything.
    outcome.database.reset();
    loader.start(dir.filePath(QStringLiteral("demo/salessync.db")), smallSpec());
    QVERIFY(finished.wait(60000));
    outcome = loader.takeOutcome();
    QVERIFY(outcome.database);
    QVERIFY(!outcome.populated);
}

void TestMainWindow::overviewShowsTheWorkspace()
{
    QTemporaryDir dir;
    ProfileLoader loader;
    QSignalSpy finished(&loader, &ProfileLoader::finished);
    loader.start(dir.filePath(QStringLiteral("demo/salessync.db")), smallSpec());
    QVERIFY(finished.wait(60000));
    ProfileLoader::Outcome outcome = loader.takeOutcome();
    QVERIFY(outcome.database);
    MainWindow window(
        std::make_unique<Workspace>(Profile{QStringLiteral("demo"), {}, {}, {}}, std::move(outcome.database), nullptr));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("Demo workspace — SalesSync"));
    // The demo signs in an agent: the work figures are that agent's, never the whole workspace's.
    const QString agentId = window.workspace().agentId();
    QVERIFY(!agentId.isEmpty());
    const QDate today = QDate::currentDate();
    const WorkspaceSummary expected = *WorkspaceSummary::compute(window.workspace().database(), today, agentId);
    const WorkspaceSummary everyone = *WorkspaceSummary::compute(window.workspace().database(), today);
    QVERIFY(expected.ordersLast30Days < everyone.ordersLast30Days);
    OverviewPage *overview = window.overview();
    QCOMPARE(overview->workHeading(), QStringLiteral("Your work"));
    QTRY_COMPARE_WITH_TIMEOUT(overview->figure(QStringLiteral("customers")), QStringLiteral("120"), 20000);
    QCOMPARE(overview->figure(QStringLiteral("products")), QString::number(expected.activeProducts));
    QCOMPARE(overview->figure(QStringLiteral("orders30")), QLocale().toString(expected.ordersLast30Days));
    QCOMPARE(overview->figure(QStringLiteral("visitsToday")),
             QStringLiteral("%1 / %2").arg(expected.visitsTodayCompleted).arg(expected.visitsToday));
    QCOMPARE(overview->figure(QStringLiteral("openBalance")), expected.openBalance.first().format(QLocale()));
    // The demo never syncs: no count of changes waiting for a sync that will not come.
    QCOMPARE(overview->figure(QStringLiteral("pending")), QString());
    QVERIFY(expected.openBalance.first().minorUnits() > 0);
}

void TestMainWindow::sectionsAndShortcuts()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(QStringLiteral("p/salessync.db")));
    QVERIFY(db.ok());
    MainWindow window(
        std::make_unique<Workspace>(Profile{QStringLiteral("work"), {}, {}, {}}, std::move(db).value(), nullptr));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("work — SalesSync"));
    QCOMPARE(window.sections(),
             (QStringList{"Today", "Customers", "Orders", "Payments", "Sync", "Settings", "Overview"}));
    QCOMPARE(window.currentSection(), 0);
    for (const int n : {5, 2, 6, 7, 1}) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_0 + n), Qt::ControlModifier);
        QCOMPARE(window.currentSection(), n - 1);
    }
    window.showSection(6);
    QTRY_COMPARE_WITH_TIMEOUT(window.overview()->figure(QStringLiteral("customers")), QStringLiteral("0"), 20000);

    // Help: the shortcut list is read from the actions, so it holds what works, where it works.
    QTest::keyClick(&window, Qt::Key_Slash, Qt::ControlModifier);
    ShortcutsDialog *keys = nullptr;
    QTRY_VERIFY((keys = window.findChild<ShortcutsDialog *>()) != nullptr);
    QStringList rows;
    for (int i = 0; i < keys->list()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = keys->list()->topLevelItem(i);
        rows << item->text(0) + u'|' + item->text(1) + u'|' + item->text(2);
    }
    QVERIFY2(rows.contains(QStringLiteral("Today|Plan visit|Ctrl+N")), qPrintable(rows.join(u'\n')));
    QVERIFY(rows.contains(QStringLiteral("Everywhere|Go to Customers|Ctrl+2")));
    QVERIFY(rows.contains(QStringLiteral("Everywhere|User guide|F1")));
    QVERIFY(rows.contains(QStringLiteral("Customers|Edit|F2")));
    keys->close();
    // The user guide, offline, with its pictures.
    QTest::keyClick(&window, Qt::Key_F1);
    UserGuideDialog *guide = nullptr;
    QTRY_VERIFY((guide = window.findChild<UserGuideDialog *>()) != nullptr);
    QVERIFY(guide->browser()->toPlainText().contains(QStringLiteral("Today")));
    const QVariant picture = guide->browser()->document()->resource(QTextDocument::ImageResource,
                                                                    QUrl(QStringLiteral("images/en/today.png")));
    QVERIFY(picture.isValid());
    guide->close();
}

void TestMainWindow::loaderReportsDamagedFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.db"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    ProfileLoader loader;
    QSignalSpy finished(&loader, &ProfileLoader::finished);
    loader.start(path);
    QVERIFY(finished.wait(20000));
    const ProfileLoader::Outcome outcome = loader.takeOutcome();
    QVERIFY(!outcome.database);
    QVERIFY(outcome.error.contains(QStringLiteral("damaged")));
    QVERIFY(outcome.error.contains(path));
}

void TestMainWindow::loaderCanBeCancelled()
{
    QTemporaryDir dir;
    ProfileLoader loader;
    QSignalSpy finished(&loader, &ProfileLoader::finished);
    loader.start(dir.filePath(QStringLiteral("demo/salessync.db")), smallSpec());
    loader.cancel();
    QVERIFY(finished.wait(60000));
    const ProfileLoader::Outcome outcome = loader.takeOutcome();
    QVERIFY(!outcome.database);
    QVERIFY(outcome.error.contains(QStringLiteral("cancelled")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
