// The Today and Customers screens on a real demo data file, driven through their widgets on the
// offscreen platform. Every model runs under QAbstractItemModelTester.

#include "core/demo/demoworkspace.h"
#include "core/repositories/customerrepository.h"
#include "core/repositories/orderrepository.h"
#include "core/repositories/productrepository.h"
#include "core/repositories/transactionrepository.h"
#include "core/repositories/visitrepository.h"
#include "core/rules/ordercalculator.h"
#include "core/store/database.h"
#include "core/store/sqlutil.h"
#include "core/uuidv7.h"
#include "dialogwait.h"
#include "nmealog.h"
#include "ui/dialogs/customereditdialog.h"
#include "ui/dialogs/ordereditordialog.h"
#include "ui/dialogs/paymentdialog.h"
#include "ui/dialogs/planvisitdialog.h"
#include "ui/dialogs/reasondialog.h"
#include "ui/dialogs/routedialog.h"
#include "ui/displaytext.h"
#include "ui/documents/documentlanguage.h"
#include "ui/documents/documents.h"
#include "ui/mainwindow.h"
#include "ui/map/mapview.h"
#include "ui/models/customerlistmodel.h"
#include "ui/models/ledgermodel.h"
#include "ui/models/orderlinesmodel.h"
#include "ui/models/orderlistmodel.h"
#include "ui/models/productsearchmodel.h"
#include "ui/models/visitdaymodel.h"
#include "ui/pages/customerspage.h"
#include "ui/pages/orderspage.h"
#include "ui/pages/paymentspage.h"
#include "ui/pages/todaypage.h"
#include "ui/pages/visitpage.h"
#include "ui/positionprovider.h"
#include "ui/theme/theme.h"
#include "ui/translations.h"
#include "ui/widgets/customerpicker.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/matchdelegate.h"
#include "ui/widgets/messagebar.h"
#include "ui/workspace.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <cmath>

using namespace SalesSync;
using SalesSync::Test::waitForDialog;

namespace {

DemoDataSpec spec()
{
    DemoDataSpec s = DemoDataSpec::demo();
    s.customers = 3000;
    s.orderLines = 3000;
    s.products = 40;
    s.customersPerTerritory = 1500;
    return s;
}

} // namespace

class TestPages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void todayListsTheRouteWithDistances();
    void planRescheduleAndCancelAVisit();
    void suggestedRouteIsShorterAndApplies();
    void headingSummaryAndEmptyDayTellTheTruth();
    void customerPickerTellsNamesApartAndHidesInactive();
    void routesArePlannedFromNowAroundAppointments();
    void customerListLoadsLazilyAndSearches();
    void customerListSortsByEveryKeyColumn();
    void customerDetailsShowBalanceAndHistory();
    void customerEditorShowsErrorsNextToFields();
    void visitFromCheckInInsideTheGeofenceToCheckOut();
    void visitWorkspaceShowsTheAccountAndWhatWasTaken();
    void reasonPromptKeepsAmpersands();
    void checkInOutsideTheGeofenceNeedsAReason();
    void withoutAFixTheCheckInIsManual();
    void orderWithLiveTotalsDraftSubmitAndPdf();
    void creditLimitBlocksSubmitWhenPolicySaysSo();
    void paymentReversalAndStatement();

private:
    // The first still-planned visit of today, with its customer.
    std::pair<Visit, Customer> plannedVisitToday();
    // A position source replaying a log that stays at this point.
    std::unique_ptr<PositionProvider> positionAt(const GeoPoint &where);

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    QString m_template; // the demo file, made once and copied per test
};

void TestPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_template = m_dir.filePath(QStringLiteral("template.db"));
    Result<std::unique_ptr<Database>> db = Database::open(m_template);
    QVERIFY(db.ok());
    QVERIFY(DemoWorkspace::populate(**db, spec()).ok());
    QVERIFY(runQuery((*db)->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
}

void TestPages::init()
{
    const QString path = m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction()));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_template, path));
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY(db.ok());
    m_window = std::make_unique<MainWindow>(
        std::make_unique<Workspace>(Profile{QStringLiteral("demo"), {}, {}, {}}, std::move(db).value(), nullptr));
    new QAbstractItemModelTester(m_window->today()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_window.get());
    new QAbstractItemModelTester(m_window->customers()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_window.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPages::cleanup()
{
    m_window.reset();
}

void TestPages::todayListsTheRouteWithDistances()
{
    TodayPage *today = m_window->today();
    VisitDayModel *model = today->model();
    Database &db = m_window->workspace().database();
    const QString agent = m_window->workspace().agentId();
    QVERIFY(!agent.isEmpty());
    const QDateTime dayStart = QDateTime(QDate::currentDate(), QTime(0, 0)).toUTC();
    const QList<Visit> expected = *VisitRepository(db).forAgent(agent, dayStart, dayStart.addDays(1));
    QVERIFY2(expected.size() >= 3, "the demo plans today's route");
    QTRY_COMPARE_WITH_TIMEOUT(model->loadedDate(), QDate::currentDate(), 10000);
    // Today's visits in planned order, numbered as stops, the first without a leg.
    int firstOfDay = 0;
    while (model->at(firstOfDay)->earlierDay) {
        ++firstOfDay;
    }
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const DayVisit *row = model->at(firstOfDay + int(i));
        QCOMPARE(row->visit.id, expected.at(i).id);
        QCOMPARE(row->stop, int(i + 1));
        QCOMPARE(row->customerName, CustomerRepository(db).get(expected.at(i).customerId)->name);
    }
    QCOMPARE(model->index(firstOfDay, VisitDayModel::Distance).data().toString(), QString());
    const DayVisit *second = model->at(firstOfDay + 1);
    const GeoPoint a = *CustomerRepository(db).get(expected.at(0).customerId)->location;
    const GeoPoint b = *CustomerRepository(db).get(expected.at(1).customerId)->location;
    QVERIFY(qAbs(second->legMetres - distanceMetres(a, b)) < 0.01);
    QVERIFY(model->route().totalMetres > second->legMetres);
    QVERIFY(today->summaryText().contains(QStringLiteral("%1 visits").arg(expected.size())));
    QVERIFY(today->summaryText().contains(QStringLiteral("route ")));

    // Another day through the keyboard, and back.
    today->view()->setFocus();
    QTest::keyClick(today, Qt::Key_Right, Qt::AltModifier);
    QTRY_COMPARE(model->loadedDate(), QDate::currentDate().addDays(1));
    const QList<const DayVisit *> tomorrow = model->openStops();
    QVERIFY(std::all_of(tomorrow.cbegin(), tomorrow.cend(), [](const DayVisit *v) {
        return v->visit.plannedAt.toLocalTime().date() == QDate::currentDate().addDays(1);
    }));
    QTest::keyClick(today, Qt::Key_Home, Qt::AltModifier);
    QTRY_COMPARE(model->loadedDate(), QDate::currentDate());

    // The map under the list: a pin per located visit, numbered by stop, and the route; a click
    // on a pin shows that customer.
    MapView *map = today->map();
    int located = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        located += model->at(row)->location ? 1 : 0;
    }
    QTRY_COMPARE_WITH_TIMEOUT(map->markers().size(), located, 5000);
    QVERIFY(located > 0);
    const MapMarker pin = map->markers().first();
    const DayVisit *first = model->at(0);
    QCOMPARE(pin.id, first->visit.customerId);
    QCOMPARE(pin.text, first->stop > 0 ? QString::number(first->stop) : QString());
    QVERIFY(QRectF(map->rect()).contains(map->toWidget(pin.point)));
    QTest::mouseClick(map, Qt::LeftButton, {}, map->toWidget(map->markers().last().point).toPoint());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentSection(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->customers()->shownCustomerId(), map->markers().last().id, 5000);
    QCOMPARE(m_window->customers()->map()->markers().size(), 1);
}

void TestPages::planRescheduleAndCancelAVisit()
{
    TodayPage *today = m_window->today();
    VisitDayModel *model = today->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 10000);
    const int before = model->rowCount();
    Database &db = m_window->workspace().database();
    const Customer customer = CustomerRepository(db).search(QString(), 1, 17)->first();

    // Plan: pick the customer by typing, then Down and Return.
    today->planAction()->trigger();
    auto *plan = waitForDialog<PlanVisitDialog>();
    QVERIFY(plan);
    const QDateTime at = QDateTime(QDate::currentDate(), QTime(23, 15));
    plan->timeField()->setDateTime(at);
    QPushButton *save = nullptr;
    for (QAbstractButton *b : plan->findChild<QDialogButtonBox *>()->buttons()) {
        if (plan->findChild<QDialogButtonBox *>()->buttonRole(b) == QDialogButtonBox::AcceptRole) {
            save = qobject_cast<QPushButton *>(b);
        }
    }
    QVERIFY(save);
    // Without a customer the dialog refuses, next to the field.
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!plan->errors().message(QStringLiteral("customerId")).isEmpty());
    CustomerPicker *picker = plan->customerPicker();
    QTest::keyClicks(picker->searchField(), customer.code);
    QTRY_COMPARE_WITH_TIMEOUT(picker->model()->rowCount(), 1, 5000);
    QTest::keyClick(picker->searchField(), Qt::Key_Down);
    QTest::keyClick(picker->matches(), Qt::Key_Return);
    QCOMPARE(picker->customerId(), customer.id);
    // The matches make way once the customer is chosen; typing brings them back.
    QVERIFY(picker->matches()->isHidden());
    QVERIFY(picker->showInactiveField()->isHidden());
    // Choosing the customer plans nothing yet: the time is next, and the error has gone.
    QVERIFY(plan->isVisible());
    QCOMPARE(model->rowCount(), before);
    QVERIFY(plan->timeField()->hasFocus());
    QVERIFY(plan->errors().message(QStringLiteral("customerId")).isEmpty());
    // A time that has passed is said to be one; a later one is not.
    plan->timeField()->setDateTime(QDateTime::currentDateTime().addDays(-1));
    QCOMPARE(plan->warning(), QStringLiteral("This time has passed: the visit will show as overdue at once."));
    plan->timeField()->setDateTime(at);
    if (at > QDateTime::currentDateTime()) {
        QCOMPARE(plan->warning(), QString());
    }
    plan->appointmentField()->setChecked(true);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), before + 1, 5000);
    const QString id = today->selectedVisitId();
    QVERIFY(!id.isEmpty());
    const Visit planned = *VisitRepository(db).get(id);
    QCOMPARE(planned.customerId, customer.id);
    QCOMPARE(planned.plannedAt, at.toUTC());
    QCOMPARE(planned.status, VisitStatus::Planned);
    QVERIFY(planned.appointment);

    // Reschedule it half an hour earlier.
    today->rescheduleAction()->trigger();
    auto *move = waitForDialog<PlanVisitDialog>();
    QVERIFY(move);
    move->timeField()->setDateTime(at.addSecs(-1800));
    QTest::keyClick(move->timeField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(VisitRepository(db).get(id)->plannedAt, at.addSecs(-1800).toUTC(), 5000);

    // Cancel: a reason is required, and said so next to the field.
    QTRY_COMPARE(today->selectedVisitId(), id);
    today->cancelAction()->trigger();
    auto *cancel = waitForDialog<ReasonDialog>();
    QVERIFY(cancel);
    cancel->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!cancel->errors().message(QStringLiteral("cancelReason")).isEmpty(), 5000);
    QCOMPARE(VisitRepository(db).get(id)->status, VisitStatus::Planned);
    QTest::keyClicks(cancel->reasonField(), QStringLiteral("Shop closed for stocktaking"));
    cancel->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE_WITH_TIMEOUT(VisitRepository(db).get(id)->status, VisitStatus::Cancelled, 5000);
    QCOMPARE(VisitRepository(db).get(id)->cancelReason, QStringLiteral("Shop closed for stocktaking"));
    QTRY_COMPARE(model->index(model->rowOf(id), VisitDayModel::Status).data().toString(), QStringLiteral("Cancelled"));
}

void TestPages::suggestedRouteIsShorterAndApplies()
{
    TodayPage *today = m_window->today();
    VisitDayModel *model = today->model();
    Database &db = m_window->workspace().database();
    // Tomorrow's visits are all still planned: a route to reorder. The agent is somewhere else
    // (the lengths shown must still be the Today page's, stop to stop).
    today->findChild<QDateEdit *>(QStringLiteral("date"))->setDate(QDate::currentDate().addDays(1));
    QTRY_COMPARE_WITH_TIMEOUT(model->loadedDate(), QDate::currentDate().addDays(1), 5000);
    today->setCurrentPosition(GeoPoint{52.52, 13.40});
    // A day an agent can drive: six visits (the demo plans more than fit into one day).
    QVERIFY(model->openStops().size() >= 6);
    for (const DayVisit *stop : model->openStops().mid(6)) {
        QVERIFY(VisitRepository(db).cancel(stop->visit.id, QStringLiteral("Fewer stops for the test")).ok());
    }
    m_window->workspace().localChange({QStringLiteral("visit")});
    QTRY_COMPARE_WITH_TIMEOUT(model->openStops().size(), 6, 5000);
    QVERIFY(today->routeAction()->isEnabled());
    QHash<QString, QDateTime> before;
    QDateTime earliest;
    for (const DayVisit *stop : model->openStops()) {
        before.insert(stop->visit.id, stop->visit.plannedAt);
        earliest = earliest.isValid() ? std::min(earliest, stop->visit.plannedAt) : stop->visit.plannedAt;
    }
    today->routeAction()->trigger();
    auto *dialog = waitForDialog<RouteDialog>();
    QVERIFY(dialog);
    QVERIFY2(qAbs(dialog->plannedMetres() - model->route().totalMetres) < 1,
             qPrintable(QStringLiteral("%1 vs %2").arg(dialog->plannedMetres()).arg(model->route().totalMetres)));
    QVERIFY2(dialog->suggestedMetres() < dialog->plannedMetres(), "random demo times are not a short route");
    const QList<std::pair<QString, QDateTime>> times = dialog->newTimes();
    QVERIFY(!times.isEmpty());
    const double suggested = dialog->suggestedMetres();
    // In visiting order, each later than the one before, on the 5-minute grid, none before the day's first.
    QDateTime previous;
    for (const ScheduledStop &s : dialog->schedule()) {
        QVERIFY(s.at >= RouteSchedule::roundUp(earliest));
        QVERIFY(!previous.isValid() || s.at > previous);
        QCOMPARE(s.at.time().minute() % 5, 0);
        previous = s.at;
    }
    QPointer<RouteDialog> open(dialog);
    dialog->applyButton()->click();
    QTRY_VERIFY2_WITH_TIMEOUT(
        !open, qPrintable(open ? open->findChild<QLabel *>(QStringLiteral("error"))->text() : QString()), 5000);
    // Applied: the day's route is as long as the dialog said, and every moved visit has its new time.
    QTRY_VERIFY2_WITH_TIMEOUT(qAbs(model->route().totalMetres - suggested) < 1,
                              qPrintable(QStringLiteral("%1 vs %2").arg(model->route().totalMetres).arg(suggested)),
                              5000);
    for (const auto &[id, when] : times) {
        QCOMPARE(VisitRepository(db).get(id)->plannedAt, when);
    }
    // Undo puts every time back.
    MessageBar *message = today->messageBar();
    QCOMPARE(message->text(), QStringLiteral("New times applied to %1 visits.").arg(times.size()));
    auto *undo = message->findChild<QToolButton *>(QStringLiteral("messageAction"));
    QVERIFY(undo);
    QCOMPARE(undo->text(), QStringLiteral("&Undo"));
    undo->click();
    QTRY_COMPARE_WITH_TIMEOUT(message->text(), QStringLiteral("The earlier times are back."), 5000);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QCOMPARE(VisitRepository(db).get(it.key())->plannedAt, it.value());
    }
}

void TestPages::headingSummaryAndEmptyDayTellTheTruth()
{
    TodayPage *today = m_window->today();
    VisitDayModel *model = today->model();
    auto *date = today->findChild<QDateEdit *>(QStringLiteral("date"));
    QCOMPARE(today->title(), QStringLiteral("Today"));
    // Today lists the day's visits and those still open from earlier days; the summary counts
    // exactly the rows listed.
    QTRY_VERIFY_WITH_TIMEOUT(model->loadedDate() == QDate::currentDate() && model->rowCount() > 0, 10000);
    QVERIFY(today->summaryText().startsWith(
        QStringLiteral("%1 visit%2").arg(model->rowCount()).arg(model->rowCount() == 1 ? "" : "s")));
    date->setDate(QDate::currentDate().addDays(-1));
    QCOMPARE(today->title(), QStringLiteral("Yesterday"));
    date->setDate(QDate::currentDate().addDays(1));
    QCOMPARE(today->title(), QStringLiteral("Tomorrow"));
    const QDate later = QDate::currentDate().addDays(60);
    date->setDate(later);
    QCOMPARE(today->title(), QLocale().toString(later, QLocale::LongFormat));
    QTRY_COMPARE_WITH_TIMEOUT(model->loadedDate(), later, 5000);
    QCOMPARE(model->rowCount(), 0);
    auto *empty = today->findChild<EmptyState *>();
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->title(),
             QStringLiteral("No visits planned for %1").arg(QLocale().toString(later, QLocale::LongFormat)));
    QCOMPARE(today->summaryText(), QStringLiteral("0 visits · 0 completed · route 0 m"));
}

void TestPages::reasonPromptKeepsAmpersands()
{
    ReasonDialog dialog(m_window->workspace(), QStringLiteral("Cancel the visit"),
                        QStringLiteral("Why is the visit to Müller & Söhne cancelled?"), QStringLiteral("reason"),
                        [](const QString &) { return Status(); });
    auto *prompt = dialog.findChild<QLabel *>(QStringLiteral("prompt"));
    QVERIFY(prompt);
    QAccessibleInterface *shown = QAccessible::queryAccessibleInterface(prompt);
    QVERIFY(shown);
    QCOMPARE(shown->text(QAccessible::Name), QStringLiteral("Why is the visit to Müller & Söhne cancelled?"));
}

void TestPages::customerPickerTellsNamesApartAndHidesInactive()
{
    Database &db = m_window->workspace().database();
    const QString inactiveCode =
        queryValue(db.connection(), QStringLiteral("SELECT code FROM customers WHERE status = 'inactive' LIMIT 1"))
            ->toString();
    QVERIFY(!inactiveCode.isEmpty());
    CustomerPicker picker(m_window->workspace());
    new QAbstractItemModelTester(picker.model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &picker);
    QTest::keyClicks(picker.searchField(), inactiveCode);
    QTRY_COMPARE_WITH_TIMEOUT(picker.model()->matchCount(), 0, 5000);
    QCOMPARE(picker.model()->rowCount(), 0);
    picker.showInactiveField()->setChecked(true);
    QTRY_COMPARE_WITH_TIMEOUT(picker.model()->rowCount(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(picker.model()->matchCount(), 1, 5000);
    // Beside the name: the customer number and the city.
    const Customer c = *CustomerRepository(db).get(picker.model()->idAt(0));
    QCOMPARE(picker.model()->index(0, CustomerListModel::Name).data(MatchDelegate::DetailRole).toString(),
             QStringLiteral("%1 · %2").arg(c.code, c.city));
    // Chosen, the matches go; typing again (another customer) brings them back.
    QTest::mouseClick(picker.matches()->viewport(), Qt::LeftButton, {},
                      picker.matches()->visualRect(picker.model()->index(0, CustomerListModel::Name)).center());
    QCOMPARE(picker.customerId(), c.id);
    QVERIFY(picker.matches()->isHidden());
    QTest::keyClick(picker.searchField(), Qt::Key_Backspace);
    QVERIFY(!picker.matches()->isHidden());
    QVERIFY(picker.customerId().isEmpty());
}

void TestPages::routesArePlannedFromNowAroundAppointments()
{
    // At 10:49, visits planned for 08:00 and 09:30 must not be given times that have passed, and
    // the 14:00 appointment keeps its time.
    const QDate day = QDate::currentDate();
    const auto at = [day](int hour, int minute) {
        return QDateTime(day, QTime(hour, minute)).toUTC();
    };
    QList<DayVisit> route;
    const QList<std::tuple<QTime, double, bool>> stops = {{QTime(8, 0), 13.30, false},
                                                          {QTime(9, 30), 13.35, false},
                                                          {QTime(14, 0), 13.40, true},
                                                          {QTime(15, 0), 13.32, false}};
    for (const auto &[time, longitude, appointment] : stops) {
        DayVisit row;
        row.visit.id = UuidV7::generateString();
        row.visit.plannedAt = at(time.hour(), time.minute());
        row.visit.appointment = appointment;
        row.customerName = QStringLiteral("Customer at %1").arg(time.toString());
        row.location = GeoPoint{52.50, longitude};
        row.stop = int(route.size() + 1);
        route << row;
    }
    RouteDialog dialog(m_window->workspace(), route, std::nullopt, at(10, 49));
    QCOMPARE(dialog.schedule().size(), 4);
    for (const auto &[id, when] : dialog.newTimes()) {
        QVERIFY2(when > at(10, 49), qPrintable(when.toLocalTime().toString()));
        QVERIFY(id != route.at(2).visit.id);
    }
    QCOMPARE(dialog.newTimes().size(), 3);
    QCOMPARE(dialog.previousTimes().size(), 3);
    for (const ScheduledStop &s : dialog.schedule()) {
        if (dialog.openStops().at(s.stop).visit.appointment) {
            QCOMPARE(s.at, at(14, 0));
        }
    }
}

void TestPages::customerListLoadsLazilyAndSearches()
{
    CustomersPage *page = m_window->customers();
    CustomerListModel *model = page->model();
    m_window->showSection(1);
    // The first page only; more as the view scrolls.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 200, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(page->countText(), QStringLiteral("3,000 customers"), 10000);
    page->view()->scrollToBottom();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 400, 10000);
    QVERIFY(model->rowCount() < 3000);
    // Narrow, the list leaves out the phone first and never the name or the balance; wide, all come back.
    m_window->resize(700, 600);
    QTRY_VERIFY_WITH_TIMEOUT(page->view()->isColumnHidden(CustomerListModel::Phone), 5000);
    QVERIFY(!page->view()->isColumnHidden(CustomerListModel::Name));
    QVERIFY(!page->view()->isColumnHidden(CustomerListModel::Balance));
    m_window->resize(1900, 900);
    QTRY_VERIFY_WITH_TIMEOUT(!page->view()->isColumnHidden(CustomerListModel::Phone), 5000);
    QVERIFY(!page->view()->isColumnHidden(CustomerListModel::City));
    // Ctrl+End goes to the real last customer, reading the rest first; every customer is there once.
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_End, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3000, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(page->view()->currentIndex().row(), 2999, 5000);
    QSet<QString> ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        ids.insert(model->idAt(row));
    }
    QCOMPARE(ids.size(), 3000);
    QVERIFY(!model->canFetchMore({}));

    // Search by a customer's city and name words; the count follows.
    Database &db = m_window->workspace().database();
    // A customer whose name and city type on any keyboard (QTest types ASCII only).
    Customer target;
    for (int offset = 1234; target.id.isEmpty() || !QString(target.name + target.city).isSimpleText() ||
                            QString(target.name + target.city).toLatin1() != (target.name + target.city).toUtf8();
         ++offset) {
        target = CustomerRepository(db).search(QString(), 1, offset)->first();
    }
    QTest::keyClick(page, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(page->searchField()->hasFocus());
    const QString words = target.name.section(u' ', 0, 0) + u' ' + target.city;
    QTest::keyClicks(page->searchField(), words);
    const qint64 expected = *CustomerRepository(db).count(words);
    QTRY_COMPARE_WITH_TIMEOUT(model->matchCount(), expected, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(std::min<qint64>(expected, 200)), 5000);
    QVERIFY(model->rowOf(target.id) >= 0);
    QCOMPARE(page->countText(),
             expected == 1 ? QStringLiteral("1 customer found") : QStringLiteral("%1 customers found").arg(expected));
    // By phone number too.
    page->searchField()->clear();
    QTest::keyClicks(page->searchField(), target.phone.section(u' ', -1));
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(target.id) >= 0, 5000);
}

void TestPages::customerListSortsByEveryKeyColumn()
{
    CustomerListModel *model = m_window->customers()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 200, 10000);
    for (const int column :
         {int(CustomerListModel::City), int(CustomerListModel::Code), int(CustomerListModel::Name)}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            m_window->customers()->view()->sortByColumn(column, order);
            QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 200, 5000);
            QTRY_VERIFY(!model->isLoading());
            // In the order people read (accents with their base letter: the repository's keys).
            const auto key = [&](int row) {
                const CustomerListRow *r = model->rowAt(row);
                return column == CustomerListModel::Name   ? r->nameKey
                       : column == CustomerListModel::City ? r->cityKey
                                                           : r->code;
            };
            for (int row = 1; row < model->rowCount(); ++row) {
                const QString a = key(row - 1);
                const QString b = key(row);
                QVERIFY2(order == Qt::AscendingOrder ? a <= b : a >= b, qPrintable(a + u'/' + b));
            }
        }
    }
}

void TestPages::customerDetailsShowBalanceAndHistory()
{
    CustomersPage *page = m_window->customers();
    Database &db = m_window->workspace().database();
    // A customer with ledger entries.
    const QString id =
        queryValue(db.connection(), QStringLiteral("SELECT customer_id FROM transactions GROUP BY customer_id "
                                                   "ORDER BY count(*) DESC LIMIT 1"))
            ->toString();
    const Customer c = *CustomerRepository(db).get(id);
    QTest::keyClicks(page->searchField(), c.code);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 5000);
    QSignalSpy shown(page, &CustomersPage::detailsShown);
    page->selectCustomer(id);
    QTRY_COMPARE_WITH_TIMEOUT(page->shownCustomerId(), id, 5000);
    QCOMPARE(page->detail(QStringLiteral("balance")), CustomerRepository(db).openBalance(id)->format(QLocale()));
    QCOMPARE(page->detail(QStringLiteral("creditLimit")), c.creditLimit.format(QLocale()));
    // Available credit is the one figure from core: limit − open balance − orders not yet
    // invoiced (the order editor starts from the same).
    const Money committed = *OrderRepository(db).committedExposure(id);
    const Money available(std::max<qint64>(0, c.creditLimit.minorUnits() - committed.minorUnits()), c.currency());
    QCOMPARE(page->detail(QStringLiteral("available")), available.format(QLocale()));
    QCOMPARE(page->detail(QStringLiteral("phone")), c.phone);
    QCOMPARE(page->historyCount(2), int(TransactionRepository(db).forCustomer(id)->size()));
    QCOMPARE(page->historyCount(0), int(VisitRepository(db).forCustomer(id)->size()));
    QVERIFY(page->historyCount(2) > 0);
}

void TestPages::customerEditorShowsErrorsNextToFields()
{
    CustomersPage *page = m_window->customers();
    Database &db = m_window->workspace().database();
    const Customer c = CustomerRepository(db).search(QString(), 1, 5)->first();
    QTest::keyClicks(page->searchField(), c.code);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 5000);
    page->selectCustomer(c.id);
    QTRY_COMPARE_WITH_TIMEOUT(page->shownCustomerId(), c.id, 5000);
    // Changing only the phone saves as it is: every other field reads back what it showed
    // (the credit limit in the locale's format, without its currency).
    page->editAction()->trigger();
    auto *first = waitForDialog<CustomerEditDialog>();
    QVERIFY(first);
    auto *phone = qobject_cast<QLineEdit *>(first->editor(QStringLiteral("phone")));
    phone->setText(QStringLiteral("+49 30 1234567"));
    first->submit();
    QTRY_COMPARE_WITH_TIMEOUT(CustomerRepository(db).get(c.id)->phone, QStringLiteral("+49 30 1234567"), 5000);
    QCOMPARE(CustomerRepository(db).get(c.id)->creditLimit, c.creditLimit);
    QTRY_COMPARE_WITH_TIMEOUT(page->shownCustomerId(), c.id, 5000);
    QTRY_VERIFY(page->editAction()->isEnabled());

    page->editAction()->trigger();
    auto *editor = waitForDialog<CustomerEditDialog>();
    QVERIFY(editor);
    // An agent is not offered what only admins change (the entity declaration says who may):
    // the customer number is fixed once given, the territory, limit, terms and status are the
    // office's.
    QCOMPARE(m_window->workspace().user()->role, Role::Agent);
    for (const char *field : {"code", "territoryId", "creditLimit", "paymentTermsDays", "status"}) {
        QVERIFY2(!editor->editor(QString::fromLatin1(field))->isEnabled(), field);
    }
    QVERIFY(editor->editor(QStringLiteral("phone"))->isEnabled());
    auto *email = qobject_cast<QLineEdit *>(editor->editor(QStringLiteral("email")));
    auto *name = qobject_cast<QLineEdit *>(editor->editor(QStringLiteral("name")));
    auto *limit = qobject_cast<QLineEdit *>(editor->editor(QStringLiteral("creditLimit")));
    email->setText(QStringLiteral("not an address"));
    name->clear();
    limit->setText(QStringLiteral("12.345"));
    editor->submit();
    QVERIFY(!editor->errors().message(QStringLiteral("email")).isEmpty());
    QVERIFY(!editor->errors().message(QStringLiteral("creditLimit")).isEmpty()); // EUR has two decimals
    QVERIFY(!editor->errors().message(QStringLiteral("name")).isEmpty());
    QCOMPARE(CustomerRepository(db).get(c.id)->email, c.email); // nothing saved
    // Fix everything: one save, and the list shows the new name.
    name->setText(c.name + QStringLiteral(" Süd"));
    email->setText(QStringLiteral("orders@example.com"));
    limit->setText(QStringLiteral("12,345.50"));
    editor->submit();
    QVERIFY2(editor->errors().isEmpty(), qPrintable(editor->errors().message(QString())));
    QTRY_COMPARE_WITH_TIMEOUT(CustomerRepository(db).get(c.id)->email, QStringLiteral("orders@example.com"), 5000);
    const Customer saved = *CustomerRepository(db).get(c.id);
    QCOMPARE(saved.name, c.name + QStringLiteral(" Süd"));
    QCOMPARE(saved.creditLimit.minorUnits(), 1234550);
    QTRY_COMPARE_WITH_TIMEOUT(page->detail(QStringLiteral("email")), QStringLiteral("orders@example.com"), 5000);

    // A new customer: the agent gives the number and places it in one of their territories.
    CustomerEditDialog fresh(m_window->workspace(), Customer());
    QVERIFY(fresh.editor(QStringLiteral("code"))->isEnabled());
    QVERIFY(fresh.editor(QStringLiteral("territoryId"))->isEnabled());
    QVERIFY(!fresh.editor(QStringLiteral("creditLimit"))->isEnabled());
}

std::pair<Visit, Customer> TestPages::plannedVisitToday()
{
    Database &db = m_window->workspace().database();
    const QDateTime dayStart = QDateTime(QDate::currentDate(), QTime(0, 0)).toUTC();
    for (const Visit &v :
         *VisitRepository(db).forAgent(m_window->workspace().agentId(), dayStart, dayStart.addDays(1))) {
        const Customer c = *CustomerRepository(db).get(v.customerId);
        if (v.status == VisitStatus::Planned && c.location) {
            return {v, c};
        }
    }
    return {};
}

std::unique_ptr<PositionProvider> TestPages::positionAt(const GeoPoint &where)
{
    const QString path = m_dir.filePath(QStringLiteral("%1.nmea").arg(QTest::currentTestFunction()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return nullptr;
    }
    file.write(Test::nmeaLog(QList<GeoPoint>(30, where), QDateTime::currentDateTimeUtc(), 1.2));
    file.close();
    auto provider = std::make_unique<PositionProvider>();
    QString error;
    if (!provider->useNmeaLog(path, &error)) {
        qWarning() << error;
        return nullptr;
    }
    return provider;
}

void TestPages::visitFromCheckInInsideTheGeofenceToCheckOut()
{
    const auto [visit, customer] = plannedVisitToday();
    QVERIFY(!visit.id.isEmpty());
    // 40 m north of the customer: inside the 200 m geofence.
    const GeoPoint here{customer.location->latitude + 40 / 111195.08, customer.location->longitude};
    const std::unique_ptr<PositionProvider> gps = positionAt(here);
    QVERIFY(gps);
    m_window->setPositionProvider(gps.get());
    TodayPage *today = m_window->today();
    QTRY_VERIFY_WITH_TIMEOUT(today->model()->rowOf(visit.id) >= 0, 10000);
    today->selectVisit(visit.id);
    today->view()->setFocus();
    QTest::keyClick(today->view(), Qt::Key_Return);
    // The visit opens in place of the day's list, not in a window of its own.
    VisitPage *dialog = m_window->visitPage();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 5000);
    QVERIFY(!today->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->checkInButton()->isEnabled(), 5000);
    QVERIFY(!dialog->checkOutButton()->isEnabled());
    // Before the check-in the map shows the customer inside the geofence's circle.
    QCOMPARE(dialog->map()->markers().size(), 1);
    dialog->checkInButton()->click();
    Database &db = m_window->workspace().database();
    QTRY_COMPARE_WITH_TIMEOUT(VisitRepository(db).get(visit.id)->status, VisitStatus::CheckedIn, 10000);
    const Visit in = *VisitRepository(db).get(visit.id);
    QCOMPARE(in.checkIn->source, PositionSource::Gps);
    QVERIFY(qAbs(in.checkIn->position->latitude - here.latitude) < 1e-5);
    QVERIFY(qAbs(*in.checkIn->distanceMetres - 40) < 1);
    // Qt Positioning's 95 % figure from the log's HDOP: 2 x HDOP x UERE (5.1 m).
    QVERIFY(qAbs(in.checkIn->accuracyMetres - 2 * 1.2 * 5.1) < 0.01);
    QVERIFY(!in.checkIn->outsideGeofence);
    QTRY_VERIFY(dialog->checkInText().contains(QStringLiteral("40 m from the customer")));
    QVERIFY(!dialog->checkInText().contains(QStringLiteral("review")));
    // The map: the customer, and the check-in where it was made, in the colour of a good one.
    QTRY_COMPARE(dialog->map()->markers().size(), 2);
    QCOMPARE(dialog->map()->markers().at(1).tone, Tone::Success);
    QVERIFY(qAbs(dialog->map()->markers().at(1).point.latitude - here.latitude) < 1e-5);

    // Notes are kept as they are typed, before check-out.
    QTRY_VERIFY(dialog->checkOutButton()->isEnabled());
    dialog->outcomeField()->setCurrentText(QStringLiteral("Order taken"));
    QTest::keyClicks(dialog->notesField(), QStringLiteral("New shelf by the door"));
    QTest::keyClicks(dialog->followUpField(), QStringLiteral("Bring the autumn leaflet"));
    QTRY_COMPARE_WITH_TIMEOUT(VisitRepository(db).get(visit.id)->notes, QStringLiteral("New shelf by the door"), 5000);
    QCOMPARE(VisitRepository(db).get(visit.id)->status, VisitStatus::CheckedIn);

    // Checking out a minute after the check-in asks first; No keeps the visit open.
    QString asked;
    bool answer = false;
    dialog->setConfirm([&](const QString &question) {
        asked = question;
        return answer;
    });
    dialog->checkOutButton()->click();
    QVERIFY2(asked.contains(QStringLiteral("minute")), qPrintable(asked));
    QVERIFY(!asked.contains(QStringLiteral("outcome")));
    QTest::qWait(100);
    QCOMPARE(VisitRepository(db).get(visit.id)->status, VisitStatus::CheckedIn);
    answer = true;
    dialog->checkOutButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(VisitRepository(db).get(visit.id)->status, VisitStatus::Completed, 5000);
    const Visit out = *VisitRepository(db).get(visit.id);
    QCOMPARE(out.outcome, QStringLiteral("Order taken"));
    QCOMPARE(out.followUp, QStringLiteral("Bring the autumn leaflet"));
    QVERIFY(out.checkedOutAt >= out.checkIn->at);
    QTRY_VERIFY(dialog->stateText().startsWith(QStringLiteral("Completed")));
    // Today shows it completed.
    QTRY_COMPARE_WITH_TIMEOUT(
        today->model()->index(today->model()->rowOf(visit.id), VisitDayModel::Status).data().toString(),
        QStringLiteral("Completed"), 5000);
    dialog->leave();
    QTRY_VERIFY(today->isVisible());
    QVERIFY(!dialog->isVisible());
}

void TestPages::checkInOutsideTheGeofenceNeedsAReason()
{
    const auto [visit, customer] = plannedVisitToday();
    QVERIFY(!visit.id.isEmpty());
    // 1.5 km east of the customer.
    const GeoPoint there{customer.location->latitude,
                         customer.location->longitude +
                             1500 / (111195.08 * std::cos(customer.location->latitude * M_PI / 180))};
    const std::unique_ptr<PositionProvider> gps = positionAt(there);
    QVERIFY(gps);
    m_window->setPositionProvider(gps.get());
    VisitPage *dialog = m_window->openVisit(visit.id);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->checkInButton()->isEnabled(), 5000);
    dialog->checkInButton()->click();
    // The distance is shown and a reason asked for; nothing is written yet.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->reasonField()->isVisible(), 10000);
    QVERIFY2(dialog->checkInText().contains(QStringLiteral("1.5 km from the customer")),
             qPrintable(dialog->checkInText()));
    // The map shows where the agent is, outside the circle, as a warning.
    QCOMPARE(dialog->map()->markers().size(), 2);
    QCOMPARE(dialog->map()->markers().at(1).tone, Tone::Warning);
    Database &db = m_window->workspace().database();
    QCOMPARE(VisitRepository(db).get(visit.id)->status, VisitStatus::Planned);
    // Without the reason: refused, next to the field.
    dialog->checkInButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errors().message(QStringLiteral("checkIn.reason")).isEmpty(), 5000);
    QCOMPARE(VisitRepository(db).get(visit.id)->status, VisitStatus::Planned);
    QTest::keyClicks(dialog->reasonField(), QStringLiteral("Customer's coordinates are at the old shop"));
    dialog->checkInButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(VisitRepository(db).get(visit.id)->status, VisitStatus::CheckedIn, 5000);
    const Visit in = *VisitRepository(db).get(visit.id);
    QVERIFY(in.checkIn->outsideGeofence);
    QVERIFY(qAbs(*in.checkIn->distanceMetres - 1500) < 20);
    QCOMPARE(in.checkIn->reason, QStringLiteral("Customer's coordinates are at the old shop"));
    QTRY_VERIFY(dialog->checkInText().contains(QStringLiteral("Marked for your manager's review")));
    dialog->leave();
    // Today flags it: not the look of a good check-in.
    VisitDayModel *day = m_window->today()->model();
    const QModelIndex status = day->index(day->rowOf(visit.id), VisitDayModel::Status);
    QTRY_COMPARE_WITH_TIMEOUT(status.data().toString(), QStringLiteral("Checked in · 1.5 km away"), 5000);
    QCOMPARE(status.data(Theme::ToneRole).toInt(), int(Tone::Warning));
    QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("old shop")));
}

void TestPages::withoutAFixTheCheckInIsManual()
{
    const auto [visit, customer] = plannedVisitToday();
    QVERIFY(!visit.id.isEmpty());
    // A receiver that never gets a fix: an empty log, and a short timeout.
    const QString path = m_dir.filePath(QStringLiteral("empty.nmea"));
    QFile empty(path);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    PositionProvider gps;
    QString error;
    QVERIFY(gps.useNmeaLog(path, &error));
    Database &db = m_window->workspace().database();
    QVERIFY(db.setMetaValue(QStringLiteral("position_timeout_s"), QStringLiteral("5")));
    m_window->setPositionProvider(&gps);
    VisitPage *dialog = m_window->openVisit(visit.id);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->checkInButton()->isEnabled(), 5000);
    dialog->checkInButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->reasonField()->isVisible(), 15000);
    QCOMPARE(VisitRepository(db).get(visit.id)->status, VisitStatus::Planned);
    QTest::keyClicks(dialog->reasonField(), QStringLiteral("Underground car park, no signal"));
    dialog->manualButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(VisitRepository(db).get(visit.id)->status, VisitStatus::CheckedIn, 5000);
    const Visit in = *VisitRepository(db).get(visit.id);
    QCOMPARE(in.checkIn->source, PositionSource::Manual);
    QVERIFY(!in.checkIn->position);
    QCOMPARE(in.checkIn->reason, QStringLiteral("Underground car park, no signal"));
    dialog->leave();
}

void TestPages::visitWorkspaceShowsTheAccountAndWhatWasTaken()
{
    const auto [visit, customer] = plannedVisitToday();
    QVERIFY(!visit.id.isEmpty());
    Database &db = m_window->workspace().database();
    CheckInInput manual;
    manual.source = PositionSource::Manual;
    manual.reason = QStringLiteral("Receiver off");
    QVERIFY(VisitRepository(db).checkIn(visit.id, manual).ok());
    // An earlier visit's notes, to be read on arrival.
    Visit earlier = visit;
    earlier.id = UuidV7::generateString();
    earlier.plannedAt = visit.plannedAt.addDays(-14);
    earlier.appointment = false;
    QVERIFY(VisitRepository(db).plan(earlier).ok());
    QVERIFY(VisitRepository(db).checkIn(earlier.id, manual).ok());
    QVERIFY(VisitRepository(db)
                .checkOut(earlier.id, QDateTime::currentDateTimeUtc(), QStringLiteral("No order this time"),
                          QStringLiteral("Owner on holiday until the 20th"), QStringLiteral("Call after the 20th"))
                .ok());

    VisitPage *page = m_window->openVisit(visit.id);
    QTRY_VERIFY_WITH_TIMEOUT(page->checkOutButton()->isEnabled(), 5000);
    const QLocale locale;
    const CreditHeadroom credit = *OrderRepository(db).creditHeadroom(customer.id);
    const auto plain = [&locale](const Money &m) {
        return m.format(locale).replace(QChar(0x00A0), u' ');
    };
    QVERIFY2(page->accountText().contains(QStringLiteral("Open balance: %1").arg(plain(credit.openBalance))),
             qPrintable(page->accountText()));
    QVERIFY(page->accountText().contains(QStringLiteral("Available credit: %1").arg(plain(credit.available()))));
    QVERIFY(page->accountText().contains(customer.phone));
    QCOMPARE(page->thisVisitList()->topLevelItemCount(), 0);
    QVERIFY(page->brief().earlierVisits.size() >= 1);
    QCOMPARE(page->brief().earlierVisits.first().id, earlier.id);

    // An order taken during the visit is listed under it.
    Order order;
    order.customerId = customer.id;
    order.visitId = visit.id;
    order.agentId = visit.agentId;
    order.currency = customer.currency();
    const Result<Order> draft = OrderRepository(db).createDraft(order);
    QVERIFY2(draft.ok(), draft.ok() ? "" : qPrintable(draft.error().message()));
    m_window->workspace().localChange({QStringLiteral("order")});
    QTRY_COMPARE_WITH_TIMEOUT(page->thisVisitList()->topLevelItemCount(), 1, 5000);
    QCOMPARE(page->thisVisitList()->topLevelItem(0)->text(1), Documents::orderNumber(draft->id));

    // A payment recorded from the visit comes back to it: listed, with its receipt offered.
    page->paymentButton()->click();
    auto *pay = waitForDialog<PaymentDialog>();
    QVERIFY(pay);
    pay->amountField()->setText(QStringLiteral("50.00"));
    pay->methodField()->setCurrentIndex(pay->methodField()->findText(QStringLiteral("Cash")));
    pay->submit();
    QTRY_COMPARE_WITH_TIMEOUT(page->thisVisitList()->topLevelItemCount(), 2, 5000);
    QCOMPARE(page->thisVisitList()->topLevelItem(1)->text(0), QStringLiteral("Payment"));
    QCOMPARE(page->thisVisitList()->topLevelItem(1)->text(3), DisplayText::amount(Money(5000, customer.currency())));
    QCOMPARE(page->thisVisitList()->headerItem()->text(3), QStringLiteral("Amount %1").arg(customer.currency().code()));
    QVERIFY(page->isVisible());
    QVERIFY(page->messageBar()->isVisible());
    QVERIFY(page->messageBar()->text().contains(Money(5000, customer.currency()).format(locale)));
    const Money balance = *CustomerRepository(db).openBalance(customer.id);
    QTRY_VERIFY(page->accountText().contains(QStringLiteral("Open balance: %1").arg(plain(balance))));

    // Opening the order from the list, and closing it, comes back to the visit.
    emit page->thisVisitList()->itemActivated(page->thisVisitList()->topLevelItem(0), 0);
    auto *editor = waitForDialog<OrderEditorDialog>();
    QVERIFY(editor);
    editor->close();
    QVERIFY(page->isVisible());
    page->leave();
}

void TestPages::orderWithLiveTotalsDraftSubmitAndPdf()
{
    Database &db = m_window->workspace().database();
    // A customer with room on the credit line.
    Customer customer = CustomerRepository(db).search(QString(), 1, 40)->first();
    customer.creditLimit = Money(100000000, customer.currency());
    QVERIFY(CustomerRepository(db).update(customer).ok());
    const Product beer = ProductRepository(db).search(QString(), 1)->first();
    const Product other = ProductRepository(db).search(QString(), 1, 1)->first();

    OrderEditorDialog *editor = m_window->newOrder(customer.id);
    QVERIFY(editor);
    new QAbstractItemModelTester(editor->lines(), QAbstractItemModelTester::FailureReportingMode::QtTest, editor);
    new QAbstractItemModelTester(editor->products(), QAbstractItemModelTester::FailureReportingMode::QtTest, editor);
    QTRY_VERIFY_WITH_TIMEOUT(editor->isLoaded(), 5000);
    // Submitting nothing is refused, and leaves no empty draft behind.
    const qint64 ordersBefore =
        queryValue(db.connection(), QStringLiteral("SELECT count(*) FROM orders"))->toLongLong();
    QString asked;
    bool answer = true;
    editor->setConfirm([&](const QString &question) {
        asked = question;
        return answer;
    });
    QVERIFY(editor->submitButton()->isEnabled());
    editor->submitButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->errorText().isEmpty(), 5000);
    QVERIFY2(editor->errorText().contains(QStringLiteral("at least one line")), qPrintable(editor->errorText()));
    QCOMPARE(queryValue(db.connection(), QStringLiteral("SELECT count(*) FROM orders"))->toLongLong(), ordersBefore);
    QVERIFY(editor->order().id.isEmpty());

    // Find by SKU; Down moves into the matches, Return there adds one unit at the customer's price.
    QTest::keyClicks(editor->productSearch(), beer.sku);
    QTRY_COMPARE_WITH_TIMEOUT(editor->products()->rowCount(), 1, 5000);
    QCOMPARE(editor->products()->index(0).data().toString(), beer.name);
    QVERIFY(editor->products()->index(0).data(MatchDelegate::DetailRole).toString().startsWith(beer.sku));
    auto *matches = editor->findChild<QListView *>(QStringLiteral("productMatches"));
    QTest::keyClick(editor->productSearch(), Qt::Key_Down);
    QVERIFY(matches->hasFocus());
    QCOMPARE(matches->currentIndex().row(), 0);
    QTest::keyClick(matches, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(editor->lines()->rowCount(), 1, 5000);
    const Money price = *ProductRepository(db).priceFor(beer.id, customer.priceListId);
    QCOMPARE(editor->lines()->order().lines.first().unitPrice, price);
    editor->productSearch()->clear();
    // Return right after typing, before the matches are in: the product typed is added.
    QTest::keyClicks(editor->productSearch(), other.sku);
    QTest::keyClick(editor->productSearch(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(editor->lines()->rowCount(), 2, 5000);
    QCOMPARE(editor->lines()->order().lines.at(1).productId, other.id);

    // Tab goes from a line's quantity to its discount, then to the next line's quantity.
    QTableView *grid = editor->linesView();
    grid->setFocus();
    grid->setCurrentIndex(editor->lines()->index(0, OrderLinesModel::Quantity));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(grid->currentIndex(), editor->lines()->index(0, OrderLinesModel::Discount));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(grid->currentIndex(), editor->lines()->index(1, OrderLinesModel::Quantity));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(grid->currentIndex(), editor->lines()->index(0, OrderLinesModel::Discount));
    editor->productSearch()->setFocus();

    // Quantity 2.5 and a discount of 1.00 on the first line: totals follow at once.
    OrderLinesModel *lines = editor->lines();
    QVERIFY(lines->setData(lines->index(0, OrderLinesModel::Quantity), QStringLiteral("2.5")));
    QVERIFY(lines->setData(lines->index(0, OrderLinesModel::Discount), QStringLiteral("1.00")));
    Order expected = lines->order();
    QVERIFY(OrderCalculator::calculate(expected));
    QCOMPARE(lines->order().total, expected.total);
    QCOMPARE(lines->order().lines.first().quantityMilli, 2500);
    QVERIFY(editor->totalsText().contains(expected.total.format(QLocale())));
    // The credit line: limit − open balance − orders not yet invoiced − this order.
    const Money committed = *OrderRepository(db).committedExposure(customer.id);
    const Money left(customer.creditLimit.minorUnits() - committed.minorUnits() - expected.total.minorUnits(),
                     customer.currency());
    const Money now(customer.creditLimit.minorUnits() - committed.minorUnits(), customer.currency());
    QCOMPARE(editor->creditText(),
             QStringLiteral("Available credit: %1, after this order %2 (limit %3).")
                 .arg(now.format(QLocale()), left.format(QLocale()), customer.creditLimit.format(QLocale())));
    // The same figure, under the same name, as the customer page shows.
    m_window->showSection(1);
    m_window->customers()->selectCustomer(customer.id);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->customers()->detail(QStringLiteral("available")), now.format(QLocale()), 5000);
    // Nonsense is refused with the line and the field named; nothing changes.
    QVERIFY(!lines->setData(lines->index(1, OrderLinesModel::Quantity), QStringLiteral("two")));
    QVERIFY(lines->lastError().contains(QStringLiteral("Line 2")));
    QVERIFY(lines->lastError().contains(QStringLiteral("quantity")));
    QVERIFY(!lines->setData(lines->index(1, OrderLinesModel::Quantity), QStringLiteral("1.2345")));
    QVERIFY(!lines->setData(lines->index(1, OrderLinesModel::Discount), QStringLiteral("0.001")));
    QCOMPARE(lines->order().total, expected.total);
    // The message about line 2 goes with the line; the line comes back without it.
    QVERIFY(!editor->errorText().isEmpty());
    lines->removeLine(1);
    QCOMPARE(editor->errorText(), QString());
    QVERIFY(!lines->setData(lines->index(0, OrderLinesModel::Discount), QStringLiteral("0.001")));
    QVERIFY(!editor->errorText().isEmpty());
    QVERIFY(lines->setData(lines->index(0, OrderLinesModel::Discount), QStringLiteral("1.00")));
    QCOMPARE(editor->errorText(), QString());
    editor->productSearch()->clear();
    QTest::keyClicks(editor->productSearch(), other.sku);
    QTest::keyClick(editor->productSearch(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(editor->lines()->rowCount(), 2, 5000);
    QCOMPARE(lines->order().total, expected.total);

    // Save a draft, then submit.
    editor->saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->order().id.isEmpty(), 5000);
    const QString id = editor->order().id;
    QCOMPARE(OrderRepository(db).get(id)->status, OrderStatus::Draft);
    QCOMPARE(OrderRepository(db).get(id)->total, expected.total);
    QCOMPARE(OrderRepository(db).get(id)->lines.size(), 2);
    QTRY_VERIFY(editor->submitButton()->isEnabled());
    // Submitting cannot be taken back: it asks first, and No changes nothing.
    answer = false;
    asked.clear();
    editor->submitButton()->click();
    QVERIFY2(asked.contains(QStringLiteral("can no longer be changed")), qPrintable(asked));
    QVERIFY(asked.contains(expected.total.format(QLocale())));
    QTest::qWait(200);
    QCOMPARE(OrderRepository(db).get(id)->status, OrderStatus::Draft);
    answer = true;
    editor->submitButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(OrderRepository(db).get(id)->status, OrderStatus::Submitted, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->lines()->isEditable(), 5000);
    QVERIFY(!editor->saveButton()->isEnabled());

    // The confirmation as PDF.
    const QString pdf = m_dir.filePath(QStringLiteral("order.pdf"));
    QVERIFY(editor->savePdf(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(file.size() > 2000);
    const BusinessLetter letter =
        Documents::orderConfirmation(editor->order(), customer, editor->lines()->products(), std::nullopt);
    QCOMPARE(letter.information.first().second, Documents::orderNumber(id));
    QVERIFY(std::any_of(letter.table.rows.cbegin(), letter.table.rows.cend(),
                        [&](const QStringList &row) { return row.at(1) == beer.sku; }));
    QCOMPARE(letter.totals.last().second, DocumentLanguage::forCustomer(customer).money(expected.total));
    editor->close();

    // The Orders page lists it first (newest), and under "Submitted".
    m_window->showSection(2);
    OrderListModel *orders = m_window->orders()->model();
    new QAbstractItemModelTester(orders, QAbstractItemModelTester::FailureReportingMode::QtTest, m_window.get());
    QTRY_COMPARE_WITH_TIMEOUT(orders->idAt(0), id, 5000);
    QCOMPARE(orders->index(0, OrderListModel::Status).data().toString(), QStringLiteral("Submitted"));
    QCOMPARE(orders->index(0, OrderListModel::Lines).data().toString(), QStringLiteral("2"));
    m_window->orders()->statusFilter()->setCurrentIndex(
        m_window->orders()->statusFilter()->findText(QStringLiteral("Draft")));
    QTRY_VERIFY_WITH_TIMEOUT(orders->rowOf(id) < 0, 5000);
}

void TestPages::creditLimitBlocksSubmitWhenPolicySaysSo()
{
    Database &db = m_window->workspace().database();
    QVERIFY(db.setMetaValue(QStringLiteral("credit_policy"), QStringLiteral("block")));
    Customer customer = CustomerRepository(db).search(QString(), 1, 41)->first();
    const Money exposure = *OrderRepository(db).committedExposure(customer.id);
    customer.creditLimit = Money(std::max<qint64>(0, exposure.minorUnits()) + 100, customer.currency()); // 1.00 left
    QVERIFY(CustomerRepository(db).update(customer).ok());
    OrderEditorDialog *editor = m_window->newOrder(customer.id);
    QTRY_VERIFY_WITH_TIMEOUT(editor->isLoaded(), 5000);
    QTest::keyClicks(editor->productSearch(), ProductRepository(db).search(QString(), 1)->first().sku);
    QTRY_COMPARE_WITH_TIMEOUT(editor->products()->rowCount(), 1, 5000);
    QTest::keyClick(editor->productSearch(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(editor->lines()->rowCount(), 1, 5000);
    QVERIFY(editor->lines()->setData(editor->lines()->index(0, OrderLinesModel::Quantity), QStringLiteral("10")));
    QVERIFY2(editor->creditText().startsWith(QStringLiteral("Over the credit limit")),
             qPrintable(editor->creditText()));
    QVERIFY(editor->creditText().contains(QStringLiteral("does not allow")));
    QVERIFY(!editor->submitButton()->isEnabled());
    // A draft can still be kept.
    editor->saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->order().id.isEmpty(), 5000);
    const QString id = editor->order().id;
    QCOMPARE(OrderRepository(db).get(id)->status, OrderStatus::Draft);
    QVERIFY(!editor->submitButton()->isEnabled());

    // ... or cancelled, with the reason (refused without one).
    QTRY_VERIFY(editor->cancelOrderButton()->isEnabled());
    editor->cancelOrderButton()->click();
    auto *reason = waitForDialog<ReasonDialog>();
    QVERIFY(reason);
    reason->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!reason->errors().message(QStringLiteral("statusReason")).isEmpty(), 5000);
    QTest::keyClicks(reason->reasonField(), QStringLiteral("Customer pays first"));
    reason->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE_WITH_TIMEOUT(OrderRepository(db).get(id)->status, OrderStatus::Cancelled, 5000);
    QCOMPARE(OrderRepository(db).get(id)->statusReason, QStringLiteral("Customer pays first"));
    QTRY_VERIFY_WITH_TIMEOUT(!editor->cancelOrderButton()->isEnabled(), 5000);
    QVERIFY(!editor->saveButton()->isEnabled());
    editor->close();
}

void TestPages::paymentReversalAndStatement()
{
    Database &db = m_window->workspace().database();
    const Customer customer = CustomerRepository(db).search(QString(), 1, 77)->first();
    const Money before = *CustomerRepository(db).openBalance(customer.id);
    PaymentsPage *page = m_window->payments();
    new QAbstractItemModelTester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, page);
    m_window->showSection(3);
    page->showCustomer(customer.id);
    page->setPeriod(QDate::currentDate().addYears(-2), QDate::currentDate());
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), 5000);
    QCOMPARE(page->model()->statement().closing(), before);

    // A cheque without its number is refused, next to the field; then recorded.
    page->recordAction()->trigger();
    auto *pay = waitForDialog<PaymentDialog>();
    QVERIFY(pay);
    QTest::keyClicks(pay->amountField(), QStringLiteral("1,234.5"));
    pay->methodField()->setCurrentIndex(pay->methodField()->findText(QStringLiteral("Cheque")));
    pay->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!pay->errors().message(QStringLiteral("reference")).isEmpty(), 5000);
    // The dialog grows to show the message whole, and the message goes the moment the field changes.
    QLabel *referenceError = pay->findChild<QLabel *>(QStringLiteral("referenceError"));
    QVERIFY(referenceError && referenceError->isVisible());
    QVERIFY(pay->height() >= pay->sizeHint().height());
    QTest::keyClicks(pay->referenceField(), QStringLiteral("CHQ 445566"));
    QCOMPARE(pay->errors().message(QStringLiteral("reference")), QString());
    QVERIFY(!referenceError->isVisible());
    pay->submit();
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->statement().closing(),
                              Money(before.minorUnits() - 123450, before.currency()), 5000);
    // The new payment is the last line, with the running balance.
    const int last = page->model()->rowCount() - 1;
    QCOMPARE(page->model()->lineAt(last)->entry.reference, QStringLiteral("CHQ 445566"));
    QCOMPARE(page->model()->index(last, LedgerModel::Credit).data().toString(),
             Money(123450, before.currency()).format(QLocale()));
    // It is selected, with a message offering its receipt; the receipt says what was paid.
    QCOMPARE(page->view()->currentIndex().row(), last);
    QVERIFY(page->messageBar()->isVisible());
    QVERIFY(page->messageBar()->text().contains(Money(123450, before.currency()).format(QLocale())));
    QVERIFY(page->receiptAction()->isEnabled());
    const QString receipt = m_dir.filePath(QStringLiteral("receipt.pdf"));
    QString receiptError;
    QVERIFY2(page->saveReceipt(receipt, &receiptError), qPrintable(receiptError));
    QFile receiptFile(receipt);
    QVERIFY(receiptFile.open(QIODevice::ReadOnly));
    QCOMPARE(receiptFile.read(5), QByteArray("%PDF-"));
    const Result<BusinessLetter> letter = Documents::paymentReceipt(
        m_window->workspace().database(), *page->model()->lineAt(last), page->model()->statement().customer);
    QVERIFY(letter.ok());
    QCOMPARE(letter->table.rows.first().last(),
             Money(123450, before.currency())
                 .formatNumber(DocumentLanguage::forCustomer(page->model()->statement().customer).locale()));
    QCOMPARE(letter->table.rows.first().at(2), QStringLiteral("CHQ 445566"));

    // Reverse 34.50 of it: the reason is required; the original stays.
    page->view()->setCurrentIndex(page->model()->index(last, 0));
    QVERIFY(page->reverseAction()->isEnabled());
    page->reverseAction()->trigger();
    auto *reverse = waitForDialog<ReverseDialog>();
    QVERIFY(reverse);
    reverse->amountField()->setText(QStringLiteral("34.50"));
    reverse->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!reverse->errors().message(QStringLiteral("reason")).isEmpty(), 5000);
    QTest::keyClicks(reverse->reasonField(), QStringLiteral("Cheque partly covered"));
    QCOMPARE(reverse->errors().message(QStringLiteral("reason")), QString());
    reverse->submit();
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->statement().closing(),
                              Money(before.minorUnits() - 123450 + 3450, before.currency()), 5000);
    const CustomerStatement::Line *original = page->model()->lineAt(last);
    QCOMPARE(original->entry.amount, Money(123450, before.currency()));
    QCOMPARE(original->reversible, Money(120000, before.currency()));
    QVERIFY(page->model()->index(last, LedgerModel::Reference).data().toString().contains(QStringLiteral("reversed")));
    QCOMPARE(*CustomerRepository(db).openBalance(customer.id), page->model()->statement().closing());

    // The statement to CSV and PDF.
    QString error;
    const QString csv = m_dir.filePath(QStringLiteral("statement.csv"));
    QVERIFY2(page->saveCsv(csv, &error), qPrintable(error));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray text = csvFile.readAll();
    QCOMPARE(text, page->model()->statement().toCsv());
    QVERIFY(text.contains(",CHQ 445566,,cheque,,1234.50,"));
    QVERIFY(text.contains(",Cheque partly covered,cheque,34.50,,"));
    const QString pdf = m_dir.filePath(QStringLiteral("statement.pdf"));
    QVERIFY2(page->savePdf(pdf, &error), qPrintable(error));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QCOMPARE(pdfFile.read(5), QByteArray("%PDF-"));
    QVERIFY(!page->saveCsv(m_dir.filePath(QStringLiteral("no/such/folder/s.csv")), &error));
    QVERIFY(error.contains(QStringLiteral("no/such/folder")));
}

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
