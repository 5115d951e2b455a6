// A field agent's day through the real windows: the first sign-in against a real server on a
// real PostgreSQL, then work with the network gone (the proxy in front of the server refuses
// every connection), then the network back and everything on the server. Positions come from a
// replayed NMEA log.

#include "core/repositories/customerrepository.h"
#include "core/repositories/orderrepository.h"
#include "core/repositories/productrepository.h"
#include "core/repositories/transactionrepository.h"
#include "core/repositories/visitrepository.h"
#include "core/store/database.h"
#include "core/store/sqlutil.h"
#include "core/uuidv7.h"
#include "demoserver.h"
#include "faultproxy.h"
#include "nmealog.h"
#include "sync/client/credentialstore.h"
#include "sync/client/syncsession.h"
#include "sync/client/syncstatus.h"
#include "sync/server/accountservice.h"
#include "sync/server/pgdatabase.h"
#include "ui/appcontroller.h"
#include "ui/dialogs/ordereditordialog.h"
#include "ui/dialogs/paymentdialog.h"
#include "ui/dialogs/planvisitdialog.h"
#include "ui/dialogs/reasondialog.h"
#include "ui/mainwindow.h"
#include "ui/models/customerlistmodel.h"
#include "ui/models/ledgermodel.h"
#include "ui/models/orderlinesmodel.h"
#include "ui/models/syncissuesmodels.h"
#include "ui/models/visitdaymodel.h"
#include "ui/pages/customerspage.h"
#include "ui/pages/paymentspage.h"
#include "ui/pages/syncpage.h"
#include "ui/pages/todaypage.h"
#include "ui/pages/visitpage.h"
#include "ui/positionprovider.h"
#include "ui/signindialog.h"
#include "ui/syncindicator.h"
#include "ui/translations.h"
#include "ui/widgets/customerpicker.h"
#include "ui/workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace SalesSync;
using SalesSync::Server::pgQuery;
using SalesSync::Server::pgValue;

namespace {

const QString kPassword = QStringLiteral("field-day-2026");

DemoDataSpec spec()
{
    DemoDataSpec s;
    s.customers = 240;
    s.orderLines = 1500;
    s.products = 30;
    s.customersPerTerritory = 120;
    return s;
}

QPushButton *acceptButton(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QDialogButtonBox::AcceptRole) {
            return qobject_cast<QPushButton *>(b);
        }
    }
    return nullptr;
}

} // namespace

class TestAgentDay : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void firstSignInRefusesAWrongPasswordAndKeepsNothing();
    void firstSignInCopiesTheAgentsData();
    void aDayOfflineThenSynced();
    void conflictsAndRefusalsAreDecidedOnTheSyncPage();
    void nextStartOpensOfflineWithTheKeptSignIn();
    void newAccountsChooseTheirOwnPassword_data();
    void newAccountsChooseTheirOwnPassword();
    void cleanupTestCase();

private:
    QSqlDatabase pg();
    std::unique_ptr<AppController> startApp();

    std::unique_ptr<Test::DemoServer> m_server;
    std::unique_ptr<Sim::FaultProxy> m_proxy;
    bool m_offline = false;
    QTemporaryDir m_dataDir;
    Sync::MemoryCredentialStore m_credentials;
    PositionProvider m_position;
    std::unique_ptr<AppController> m_app;
    QUrl m_url;
};

void TestAgentDay::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_server = std::make_unique<Test::DemoServer>(spec(), kPassword);
    QVERIFY2(m_server->isValid(), qPrintable(m_server->errorString()));
    m_proxy = std::make_unique<Sim::FaultProxy>(
        [this](const QByteArray &) {
            Sim::FaultProxy::Decision d;
            d.fault = m_offline ? Sim::Fault::Refuse : Sim::Fault::None;
            return d;
        },
        [](const QString &) {});
    QVERIFY(m_proxy->listen());
    m_proxy->setBackends({quint16(m_server->url().port())});
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port()));
}

void TestAgentDay::cleanupTestCase()
{
    m_app.reset();
}

QSqlDatabase TestAgentDay::pg()
{
    const Result<QSqlDatabase> db = m_server->pg().db().connection();
    if (!db) {
        qFatal("no PostgreSQL connection: %s", qPrintable(db.error().message()));
    }
    return *db;
}

std::unique_ptr<AppController> TestAgentDay::startApp()
{
    auto app = std::make_unique<AppController>(ProfileStore(m_dataDir.path()), m_credentials, &m_position);
    app->start({});
    return app;
}

void TestAgentDay::firstSignInRefusesAWrongPasswordAndKeepsNothing()
{
    m_app = startApp();
    // No profile yet: the sign-in, offering the demo workspace too.
    QTRY_VERIFY_WITH_TIMEOUT(m_app->signInDialog() && m_app->signInDialog()->isVisible(), 5000);
    SignInDialog *dialog = m_app->signInDialog();
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("demo"))->isVisible());

    // Not an address: said next to the server field, nothing sent.
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("server")), QStringLiteral("ftp://files"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("username")), m_server->agent());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("wrong"));
    acceptButton(dialog)->click();
    QVERIFY(!dialog->errors().message(QStringLiteral("server")).isEmpty());

    // A wrong password: the server's refusal in the client's words; no profile is left behind.
    dialog->findChild<QLineEdit *>(QStringLiteral("server"))->setText(m_url.toString());
    acceptButton(dialog)->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->errors().message(QString()), QStringLiteral("The username or password is wrong."),
                              20000);
    QTRY_COMPARE_WITH_TIMEOUT(ProfileStore(m_dataDir.path()).all().size(), 0, 5000);
    QTRY_VERIFY(
        !QDir(m_dataDir.filePath(QStringLiteral("profiles"))).exists() ||
        QDir(m_dataDir.filePath(QStringLiteral("profiles"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    QVERIFY(!m_app->window());
    QVERIFY(dialog->isVisible());
}

void TestAgentDay::firstSignInCopiesTheAgentsData()
{
    SignInDialog *dialog = m_app->signInDialog();
    QVERIFY(dialog);
    QLineEdit *password = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
    password->setText(kPassword);
    acceptButton(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window() != nullptr, 20000);
    MainWindow *window = m_app->window();
    Workspace &workspace = window->workspace();
    QCOMPARE(workspace.profile().username, m_server->agent());
    QCOMPARE(workspace.profile().server, m_url);
    // The token is kept; the password is not.
    QVERIFY(!m_credentials.readToken(m_url, m_server->agent())->isEmpty());

    // The first sync runs behind the window and fills it.
    Sync::SyncStatus *status = workspace.sync()->status();
    QTRY_VERIFY_WITH_TIMEOUT(status->lastSuccess().isValid(), 60000);
    QVERIFY2(window->syncIndicator()->text().startsWith(QStringLiteral("Up to date")),
             qPrintable(window->syncIndicator()->text()));
    const Result<QVariant> scope =
        pgValue(pg(),
                QStringLiteral("SELECT count(*) FROM customers c JOIN agent_territories t ON "
                               "t.territory_id::text = c.territory_id::text JOIN agents a ON a.id::text = "
                               "t.agent_id::text JOIN users u ON u.id::text = a.user_id::text WHERE u.username = ?"),
                {m_server->agent()});
    QVERIFY2(scope.ok(), qPrintable(scope.ok() ? QString() : scope.error().message()));
    const qint64 inScope = scope->toLongLong();
    QVERIFY(inScope > 0);
    QCOMPARE(*CustomerRepository(workspace.database()).count(), inScope);
    window->showSection(1);
    QTRY_COMPARE_WITH_TIMEOUT(window->customers()->countText(), QStringLiteral("%1 customers").arg(inScope), 10000);
    QVERIFY(!workspace.agentId().isEmpty());
}

void TestAgentDay::aDayOfflineThenSynced()
{
    MainWindow *window = m_app->window();
    QVERIFY(window);
    Workspace &workspace = window->workspace();
    Database &db = workspace.database();
    Sync::SyncStatus *status = workspace.sync()->status();
    new QAbstractItemModelTester(window->today()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 window);

    // Tomorrow's visit to a customer with coordinates, already on the server: cancelling it later
    // is an edit of a row the server has.
    Customer customer;
    for (const Customer &c : *CustomerRepository(db).search(QString(), 50)) {
        if (c.location) {
            customer = c;
            break;
        }
    }
    QVERIFY(!customer.id.isEmpty());
    Visit tomorrow;
    tomorrow.customerId = customer.id;
    tomorrow.agentId = workspace.agentId();
    tomorrow.plannedAt = QDateTime(QDate::currentDate().addDays(1), QTime(9, 0)).toUTC();
    tomorrow = *VisitRepository(db).plan(tomorrow);
    workspace.localChange({QStringLiteral("visit")});
    workspace.sync()->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(
        pgValue(pg(), QStringLiteral("SELECT count(*) FROM visits WHERE id = ?"), {tomorrow.id})->toInt(), 1, 30000);

    // The network goes.
    m_offline = true;
    workspace.sync()->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(status->state(), Sync::SyncStatus::State::Offline, 20000);
    QTRY_VERIFY(window->syncIndicator()->text().startsWith(QStringLiteral("Offline")));

    // Plan a visit for later today to a customer with coordinates, through the Plan dialog.
    window->showSection(0);
    TodayPage *today = window->today();
    QTRY_COMPARE_WITH_TIMEOUT(today->model()->loadedDate(), QDate::currentDate(), 10000);
    const int rowsBefore = today->model()->rowCount();
    today->planAction()->trigger();
    PlanVisitDialog *plan = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((plan = window->findChild<PlanVisitDialog *>()) != nullptr, 5000);
    QTest::keyClicks(plan->customerPicker()->searchField(), customer.code);
    QTRY_COMPARE_WITH_TIMEOUT(plan->customerPicker()->model()->rowCount(), 1, 5000);
    QTest::keyClick(plan->customerPicker()->searchField(), Qt::Key_Return);
    QCOMPARE(plan->customerPicker()->customerId(), customer.id);
    plan->timeField()->setDateTime(QDateTime(QDate::currentDate(), QTime(23, 30)));
    acceptButton(plan)->click();
    QTRY_COMPARE_WITH_TIMEOUT(today->model()->rowCount(), rowsBefore + 1, 5000);
    Visit visit = *VisitRepository(db).get(today->selectedVisitId());
    QCOMPARE(visit.customerId, customer.id);

    // Drive there: the receiver says we are 25 m from the shop.
    const QString log = m_dataDir.filePath(QStringLiteral("drive.nmea"));
    QFile file(log);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const GeoPoint atShop{customer.location->latitude + 25 / 111195.08, customer.location->longitude};
    file.write(Test::nmeaLog(QList<GeoPoint>(20, atShop), QDateTime::currentDateTimeUtc(), 0.9));
    file.close();
    QString error;
    QVERIFY2(m_position.useNmeaLog(log, &error), qPrintable(error));

    // Check in, note, check out: all offline.
    today->openAction()->trigger();
    VisitPage *dialog = window->visitPage();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->checkInButton()->isEnabled(), 5000);
    dialog->checkInButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(VisitRepository(db).get(visit.id)->status, VisitStatus::CheckedIn, 10000);
    QTRY_VERIFY(dialog->checkOutButton()->isEnabled());
    dialog->outcomeField()->setCurrentText(QStringLiteral("Order taken"));
    QTest::keyClicks(dialog->notesField(), QStringLiteral("Owner wants the winter range"));

    // An order during the visit: two products, found by SKU, quantities typed; submitted.
    dialog->orderButton()->click();
    OrderEditorDialog *editor = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((editor = window->findChild<OrderEditorDialog *>()) != nullptr, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(editor->isLoaded(), 5000);
    editor->setConfirm([](const QString &) { return true; });
    const QList<Product> catalogue = *ProductRepository(db).search(QString(), 2);
    for (const Product &p : catalogue) {
        editor->productSearch()->clear();
        QTest::keyClicks(editor->productSearch(), p.sku);
        QTest::keyClick(editor->productSearch(), Qt::Key_Return);
    }
    QTRY_COMPARE_WITH_TIMEOUT(editor->lines()->rowCount(), 2, 5000);
    QVERIFY(editor->lines()->setData(editor->lines()->index(0, OrderLinesModel::Quantity), QStringLiteral("12")));
    QVERIFY(editor->lines()->setData(editor->lines()->index(1, OrderLinesModel::Quantity), QStringLiteral("3.5")));
    QTRY_VERIFY(editor->submitButton()->isEnabled());
    editor->submitButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->lines()->isEditable(), 5000);
    const Order order = *OrderRepository(db).get(editor->order().id);
    QCOMPARE(order.status, OrderStatus::Submitted);
    QCOMPARE(order.visitId, visit.id);
    editor->close();
    // Back at the visit, which lists the order taken.
    QVERIFY(dialog->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->thisVisitList()->topLevelItemCount(), 1, 5000);

    // A cash payment, and part of it reversed (miscounted), from the Payments page.
    window->showSection(3);
    PaymentsPage *payments = window->payments();
    payments->showCustomer(customer.id);
    QTRY_VERIFY_WITH_TIMEOUT(payments->isLoaded(), 5000);
    payments->recordAction()->trigger();
    PaymentDialog *pay = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((pay = window->findChild<PaymentDialog *>()) != nullptr, 5000);
    QTest::keyClicks(pay->amountField(), QStringLiteral("250.00"));
    QString paymentId;
    connect(pay, &QDialog::accepted, this, [&paymentId, pay] { paymentId = pay->recorded().id; });
    pay->submit(); // the dialog closes and goes once the payment is recorded
    QTRY_VERIFY_WITH_TIMEOUT(!paymentId.isEmpty(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(payments->model()->rowCount() >= 2, 5000);
    int paymentRow = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 0; row < payments->model()->rowCount(); ++row) {
                if (payments->model()->index(row, 0).data(LedgerModel::IdRole).toString() == paymentId) {
                    paymentRow = row;
                }
            }
            return paymentRow >= 0;
        }(),
        5000);
    payments->view()->setCurrentIndex(payments->model()->index(paymentRow, 0));
    payments->reverseAction()->trigger();
    ReverseDialog *reverse = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((reverse = window->findChild<ReverseDialog *>()) != nullptr, 5000);
    reverse->amountField()->setText(QStringLiteral("20.00"));
    QTest::keyClicks(reverse->reasonField(), QStringLiteral("Miscounted the cash"));
    reverse->submit();
    QTRY_COMPARE_WITH_TIMEOUT(TransactionRepository(db).reversalsOf(paymentId)->size(), 1, 5000);

    window->showSection(0);
    // Checked in moments ago: check-out asks, and says how long it was.
    QString asked;
    dialog->setConfirm([&asked](const QString &question) {
        asked = question;
        return true;
    });
    dialog->checkOutButton()->click();
    QVERIFY2(asked.contains(QStringLiteral("minute")), qPrintable(asked));
    QTRY_COMPARE_WITH_TIMEOUT(VisitRepository(db).get(visit.id)->status, VisitStatus::Completed, 5000);
    dialog->leave();

    // Cancel another of today's visits, with its reason.
    today->findChild<QDateEdit *>(QStringLiteral("date"))->setDate(QDate::currentDate().addDays(1));
    QTRY_COMPARE_WITH_TIMEOUT(today->model()->loadedDate(), QDate::currentDate().addDays(1), 5000);
    const QString cancelled = tomorrow.id;
    today->selectVisit(cancelled);
    today->cancelAction()->trigger();
    ReasonDialog *reason = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((reason = window->findChild<ReasonDialog *>()) != nullptr, 5000);
    QTest::keyClicks(reason->reasonField(), QStringLiteral("Closed for renovation"));
    reason->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE_WITH_TIMEOUT(VisitRepository(db).get(cancelled)->status, VisitStatus::Cancelled, 5000);

    // Nothing reached the server; the status bar counts the waiting changes.
    QCOMPARE(pgValue(pg(), QStringLiteral("SELECT count(*) FROM visits WHERE id = ?"), {visit.id})->toInt(), 0);
    QCOMPARE(pgValue(pg(), QStringLiteral("SELECT status FROM visits WHERE id = ?"), {cancelled})->toString(),
             QStringLiteral("planned"));
    QTRY_VERIFY_WITH_TIMEOUT(status->pendingOps() >= 3, 10000);
    QTRY_VERIFY(window->syncIndicator()->text().contains(QStringLiteral("waiting")));

    // The network is back: Sync now sends it all.
    m_offline = false;
    window->syncIndicator()->findChild<QToolButton *>(QStringLiteral("syncNow"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(status->pendingOps(), 0, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(status->state(), Sync::SyncStatus::State::Idle, 10000);
    Result<QSqlQuery> row = pgQuery(
        pg(),
        QStringLiteral("SELECT status, outcome, notes, check_in_source, outside_geofence, round(check_in_distance_m) "
                       "FROM visits WHERE id = ?"),
        {visit.id});
    QVERIFY(row.ok());
    QSqlQuery &q = row.value();
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("completed"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("Order taken"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("Owner wants the winter range"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("gps"));
    QCOMPARE(q.value(4).toBool(), false);
    QCOMPARE(q.value(5).toInt(), 25);
    QCOMPARE(pgValue(pg(), QStringLiteral("SELECT cancel_reason FROM visits WHERE id = ?"), {cancelled})->toString(),
             QStringLiteral("Closed for renovation"));
    // The order with its lines, for the visit.
    QCOMPARE(pgValue(pg(),
                     QStringLiteral("SELECT status || '|' || total_minor || '|' || visit_id FROM orders WHERE id = ?"),
                     {order.id})
                 ->toString(),
             QStringLiteral("submitted|%1|%2").arg(order.total.minorUnits()).arg(visit.id));
    QCOMPARE(pgValue(pg(), QStringLiteral("SELECT count(*) FROM order_lines WHERE order_id = ?"), {order.id})->toInt(),
             2);
    // The payment and its reversal; the original entry unchanged.
    QCOMPARE(pgValue(pg(), QStringLiteral("SELECT amount_minor || '|' || method FROM transactions WHERE id = ?"),
                     {paymentId})
                 ->toString(),
             QStringLiteral("25000|cash"));
    QCOMPARE(pgValue(pg(),
                     QStringLiteral("SELECT amount_minor || '|' || reason FROM transactions WHERE reverses_id = ?"),
                     {paymentId})
                 ->toString(),
             QStringLiteral("2000|Miscounted the cash"));
}

void TestAgentDay::conflictsAndRefusalsAreDecidedOnTheSyncPage()
{
    // The same agent's second laptop, signed in too. It talks to the server directly, so it
    // stays online while this laptop's network goes.
    MainWindow *window = m_app->window();
    QVERIFY(window);
    Workspace &a = window->workspace();
    QTemporaryDir otherDir;
    Result<std::unique_ptr<Database>> otherDb = Database::open(otherDir.filePath(QStringLiteral("b.db")));
    QVERIFY(otherDb.ok());
    Sync::MemoryCredentialStore otherCredentials;
    Workspace b(Profile{QStringLiteral("b"), m_server->url(), m_server->agent(), {}}, std::move(otherDb).value(),
                &otherCredentials);
    QSignalSpy signedIn(b.sync(), &Sync::SyncSession::signedIn);
    b.sync()->signIn(m_server->agent(), kPassword);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 10000);
    QVERIFY2(signedIn.first().at(0).toBool(), qPrintable(signedIn.first().at(1).toString()));
    QTRY_VERIFY2_WITH_TIMEOUT(b.sync()->status()->lastSuccess().isValid(),
                              qPrintable(b.sync()->status()->summaryText()), 30000);

    // A payment recorded on the second laptop reaches this one.
    const Customer original = CustomerRepository(a.database()).search(QString(), 1, 3)->first();
    Transaction payment;
    payment.customerId = original.id;
    payment.kind = TransactionKind::Payment;
    payment.amount = Money(5000, original.currency());
    payment.method = PaymentMethod::Cash;
    const Transaction paid = *TransactionRepository(b.database()).record(payment);
    b.sync()->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(TransactionRepository(a.database()).get(paid.id).ok() || (a.sync()->syncNow(), false),
                             30000);

    // This laptop goes offline; both rename the same customer and reverse all of the same
    // payment. The second laptop's changes reach the server first.
    m_offline = true;
    Customer onA = *CustomerRepository(a.database()).get(original.id);
    onA.name = original.name + QStringLiteral(" (A)");
    QVERIFY(CustomerRepository(a.database()).update(onA).ok());
    QVERIFY(TransactionRepository(a.database()).reverse(paid.id, QStringLiteral("Wrong customer")).ok());
    a.localChange({QStringLiteral("customer"), QStringLiteral("transaction")});
    Customer onB = *CustomerRepository(b.database()).get(original.id);
    onB.name = original.name + QStringLiteral(" (B)");
    QVERIFY(CustomerRepository(b.database()).update(onB).ok());
    QVERIFY(TransactionRepository(b.database()).reverse(paid.id, QStringLiteral("Entered twice")).ok());
    b.sync()->syncNow();
    // On the server (the other laptop's pending count is not told about local writes at once).
    QTRY_COMPARE_WITH_TIMEOUT(
        pgValue(pg(), QStringLiteral("SELECT name FROM customers WHERE id = ?"), {original.id})->toString(), onB.name,
        20000);
    QTRY_COMPARE_WITH_TIMEOUT(
        pgValue(pg(), QStringLiteral("SELECT count(*) FROM transactions WHERE reverses_id = ?"), {paid.id})->toInt(), 1,
        20000);

    // Back online: the name waits for a person, the second reversal is refused.
    m_offline = false;
    a.sync()->syncNow();

    window->showSection(4);
    SyncPage *page = window->syncPage();
    new QAbstractItemModelTester(page->conflicts(), QAbstractItemModelTester::FailureReportingMode::QtTest, page);
    new QAbstractItemModelTester(page->quarantine(), QAbstractItemModelTester::FailureReportingMode::QtTest, page);
    QTRY_VERIFY2_WITH_TIMEOUT(
        page->conflicts()->rowCount() >= 1 && page->quarantine()->rowCount() >= 1,
        qPrintable(QStringLiteral("conflicts %1, refused %2; this laptop: %3 (pending %4, "
                                  "refused %5, open conflicts %6)")
                       .arg(page->conflicts()->rowCount())
                       .arg(page->quarantine()->rowCount())
                       .arg(a.sync()->status()->summaryText())
                       .arg(a.sync()->status()->pendingOps())
                       .arg(a.sync()->status()->quarantined())
                       .arg(a.sync()->status()->openConflicts()) +
                   QStringLiteral("; other laptop: %1 (refused %2); server name %3")
                       .arg(b.sync()->status()->summaryText())
                       .arg(b.sync()->status()->quarantined())
                       .arg(pgValue(pg(), QStringLiteral("SELECT name FROM customers WHERE id = ?"), {original.id})
                                ->toString())),
        30000);

    // The refused reversal, in words.
    QCOMPARE(page->quarantine()->index(0, QuarantineModel::Reason).data().toString(),
             QStringLiteral("The reversal is not possible (more than what is left, or of another customer's entry)."));
    // Until someone decides, the server's name stands here too.
    int row = -1;
    for (int r = 0; r < page->conflicts()->rowCount(); ++r) {
        if (page->conflicts()->at(r)->field == u"name" && page->conflicts()->at(r)->rowId == original.id) {
            row = r;
        }
    }
    QVERIFY(row >= 0);
    QCOMPARE(page->conflicts()->index(row, ConflictModel::Mine).data().toString(), onA.name);
    QCOMPARE(page->conflicts()->index(row, ConflictModel::Theirs).data().toString(), onB.name);
    QCOMPARE(page->conflicts()->index(row, ConflictModel::Base).data().toString(), original.name);
    QCOMPARE(CustomerRepository(a.database()).get(original.id)->name, onB.name);

    // Decide with a typed value; it travels as an ordinary edit.
    page->conflictView()->setCurrentIndex(page->conflicts()->index(row, 0));
    const QString decided = original.name + QStringLiteral(" GmbH");
    page->resolveSelected(QStringLiteral("edited"), decided);
    QTRY_COMPARE_WITH_TIMEOUT(CustomerRepository(a.database()).get(original.id)->name, decided, 5000);
    a.sync()->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(
        pgValue(pg(), QStringLiteral("SELECT name FROM customers WHERE id = ?"), {original.id})->toString(), decided,
        20000);
    QTRY_COMPARE_WITH_TIMEOUT(page->conflicts()->rowCount(), 0, 10000);

    // The refused reversal is discarded: the ledger here matches the server again.
    page->quarantineView()->setCurrentIndex(page->quarantine()->index(0, 0));
    page->discardSelected(true);
    QTRY_COMPARE_WITH_TIMEOUT(page->quarantine()->rowCount(), 0, 5000);
    QCOMPARE(TransactionRepository(a.database()).reversalsOf(paid.id)->size(), 1);
}

void TestAgentDay::nextStartOpensOfflineWithTheKeptSignIn()
{
    // Quit, and start again with the server unreachable: the last profile opens at once, with
    // its data, and syncs when the network is back.
    m_app.reset();
    m_offline = true;
    m_app = startApp();
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window() != nullptr, 10000);
    QVERIFY(!m_app->signInDialog());
    MainWindow *window = m_app->window();
    window->showSection(1);
    QTRY_VERIFY_WITH_TIMEOUT(window->customers()->model()->rowCount() > 0, 10000);
    Sync::SyncStatus *status = window->workspace().sync()->status();
    QTRY_COMPARE_WITH_TIMEOUT(status->state(), Sync::SyncStatus::State::Offline, 20000);
    QVERIFY(!status->needsLogin());
    m_offline = false;
    window->workspace().sync()->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(status->state(), Sync::SyncStatus::State::Idle, 20000);
}

void TestAgentDay::newAccountsChooseTheirOwnPassword_data()
{
    QTest::addColumn<bool>("setupCode");
    QTest::newRow("initial password") << false;
    QTest::newRow("setup code") << true;
}

// An administrator made the account with an initial password (or a setup code): the first
// sign-in on a laptop asks for a password of the person's own, sets it, and signs in with it.
void TestAgentDay::newAccountsChooseTheirOwnPassword()
{
    QFETCH(bool, setupCode);
    m_app.reset();
    m_offline = false;
    User user;
    user.id = UuidV7::generateString();
    user.username = setupCode ? QStringLiteral("code.person") : QStringLiteral("new.person");
    user.displayName = QStringLiteral("New Person");
    user.role = Role::Manager;
    QString code;
    const Server::AccountResult<Server::AccountService::Credential> credential =
        Server::AccountService::makeCredential(QStringLiteral("initial password 9"), setupCode, &code);
    QVERIFY(credential.ok());
    QVERIFY(Server::AccountService::insertUser(pg(), user, *credential.value).ok());

    QTemporaryDir dataDir;
    AppController app(ProfileStore(dataDir.path()), m_credentials, &m_position);
    app.start({});
    QTRY_VERIFY_WITH_TIMEOUT(app.signInDialog() && app.signInDialog()->isVisible(), 5000);
    SignInDialog *dialog = app.signInDialog();
    auto *newPassword = dialog->findChild<QLineEdit *>(QStringLiteral("newPassword"));
    QVERIFY(newPassword->isHidden());
    dialog->findChild<QLineEdit *>(QStringLiteral("server"))->setText(m_url.toString());
    dialog->findChild<QLineEdit *>(QStringLiteral("username"))->setText(user.username);
    if (setupCode) {
        // The code is typed where the password goes, once the person says they have one.
        dialog->findChild<QCheckBox *>(QStringLiteral("useSetupCode"))->click();
        QVERIFY(!newPassword->isHidden());
        dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(code.toLower());
    } else {
        dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("initial password 9"));
        acceptButton(dialog)->click();
        // The server wants a password of the person's own: the dialog asks for it.
        QTRY_VERIFY_WITH_TIMEOUT(!newPassword->isHidden(), 20000);
        QVERIFY(dialog->errors().message(QString()).contains(u"administrator"));
    }
    newPassword->setText(QStringLiteral("short"));
    acceptButton(dialog)->click();
    QVERIFY(!dialog->errors().message(QStringLiteral("newPassword")).isEmpty());
    newPassword->setText(QStringLiteral("my very own words"));
    dialog->findChild<QLineEdit *>(QStringLiteral("repeatPassword"))->setText(QStringLiteral("my very own wordz"));
    acceptButton(dialog)->click();
    QVERIFY(!dialog->errors().message(QStringLiteral("repeatPassword")).isEmpty());
    dialog->findChild<QLineEdit *>(QStringLiteral("repeatPassword"))->setText(QStringLiteral("my very own words"));
    acceptButton(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(app.window() != nullptr, 30000);
    QCOMPARE(app.window()->workspace().profile().username, user.username);
    const Result<QVariant> changed = pgValue(
        pg(),
        QStringLiteral("SELECT must_change_password OR setup_code_hash IS NOT NULL FROM users WHERE id = ?::uuid"),
        {user.id});
    QCOMPARE(changed->toBool(), false);
}

QTEST_MAIN(TestAgentDay)
#include "tst_agentday.moc"
