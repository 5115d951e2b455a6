// salessync-screenshots: renders the screens of the user guide (docs/user-guide.md) from the real
// windows on a fresh demo workspace, so the pictures can be refreshed whenever the screens
// change: ./scripts/screenshots.sh. Also renders the application icon's PNGs for packaging.
// With --server, it signs in to a running salessync-server (seeded with demo data) as its admin
// and renders the administration pages that need a server: users and devices, assignments with
// a preview, the realignment history (scripts/screenshots.sh starts such a server).

#include "core/demo/demodatagenerator.h"
#include "core/demo/demoworkspace.h"
#include "core/repositories/customerrepository.h"
#include "core/repositories/productrepository.h"
#include "core/repositories/userrepository.h"
#include "core/repositories/visitrepository.h"
#include "core/store/database.h"
#include "core/store/sqlutil.h"
#include "sync/client/credentialstore.h"
#include "sync/client/syncapi.h"
#include "sync/client/syncsession.h"
#include "sync/client/syncstatus.h"
#include "ui/admin/administrationpage.h"
#include "ui/admin/auditlogpage.h"
#include "ui/admin/companyprofilepage.h"
#include "ui/admin/realignmenthistorypage.h"
#include "ui/admin/realignmentpage.h"
#include "ui/admin/territoriespage.h"
#include "ui/admin/territorydialog.h"
#include "ui/admin/territorymovedialog.h"
#include "ui/admin/userdialog.h"
#include "ui/admin/userspage.h"
#include "ui/appcontroller.h"
#include "ui/appicon.h"
#include "ui/dashboard/dashboardcharts.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/dashboard/kpitile.h"
#include "ui/dialogs/customereditdialog.h"
#include "ui/dialogs/ordereditordialog.h"
#include "ui/dialogs/paymentdialog.h"
#include "ui/dialogs/planvisitdialog.h"
#include "ui/dialogs/reasondialog.h"
#include "ui/dialogs/routedialog.h"
#include "ui/mainwindow.h"
#include "ui/models/customerlistmodel.h"
#include "ui/models/ledgermodel.h"
#include "ui/models/orderlinesmodel.h"
#include "ui/models/orderlistmodel.h"
#include "ui/models/productsearchmodel.h"
#include "ui/models/visitdaymodel.h"
#include "ui/overviewpage.h"
#include "ui/pages/customerspage.h"
#include "ui/pages/orderspage.h"
#include "ui/pages/paymentspage.h"
#include "ui/pages/todaypage.h"
#include "ui/pages/visitpage.h"
#include "ui/positionprovider.h"
#include "ui/profileloader.h"
#include "ui/signindialog.h"
#include "ui/theme/theme.h"
#include "ui/translations.h"
#include "ui/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeWidget>

#include <cmath>
#include <cstdio>
#include <functional>

using namespace SalesSync;

namespace {

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 20000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    // Let layouts and repaints settle.
    for (int i = 0; i < 20; ++i) {
        QCoreApplication::processEvents();
        QThread::msleep(5);
    }
    return true;
}

bool save(QWidget *widget, const QDir &out, const QString &name)
{
    const QString path = out.filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

// A dialog as it first opens, laid out at its own size.
bool saveDialog(QDialog &dialog, const QDir &out, const QString &name)
{
    dialog.show();
    waitUntil([] { return true; });
    const bool ok = save(&dialog, out, QStringLiteral("dialog-") + name);
    dialog.reject();
    return ok;
}

// The administration as the demo's admin sees it, then as the demo agent's manager.
bool saveAdministration(MainWindow &window, const QDir &out, bool dialogs)
{
    bool ok = true;
    TerritoriesPage *territories = window.administration()->territories();
    for (const Role role : {Role::Admin, Role::Manager}) {
        if (const Status s = DemoWorkspace::signInAs(window.workspace().database(), role); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().message()));
            return false;
        }
        window.workspace().localChange({QStringLiteral("user")});
        window.showSection(7);
        waitUntil([&] { return territories->isLoaded() && !territories->tree().nodes().isEmpty(); });
        // An area with its territories, the second region's first area.
        const TerritoryTree &tree = territories->tree();
        for (const TerritoryTree::Node &node : tree.nodes()) {
            if (node.territory.level == TerritoryLevel::Territory && node.customers > 0) {
                territories->select(node.territory.id);
                break;
            }
        }
        waitUntil([] { return true; });
        ok &= save(&window, out,
                   role == Role::Admin ? QStringLiteral("admin-territories") : QStringLiteral("manager-territories"));
        if (dialogs && role == Role::Admin && territories->currentNode()) {
            TerritoryDialog edit(window.workspace(), territories->currentNode()->territory, &window);
            ok &= saveDialog(edit, out, QStringLiteral("territory"));
            const TerritoryTree::Node &area = territories->tree().nodes().at(territories->currentNode()->parent);
            TerritoryMoveDialog move(window.workspace(), territories->tree(), area.territory, &window);
            move.show();
            waitUntil([&] { return move.isPreviewed(); });
            ok &= saveDialog(move, out, QStringLiteral("territory-move"));
        }
        if (role == Role::Admin) {
            AuditLogPage *audit = window.administration()->auditLog();
            window.administration()->tabs()->setCurrentWidget(audit);
            // Credit limits raised over the last three months, a change the issue names.
            AuditLog::Filter limits;
            limits.action = QStringLiteral("customer.credit_limit_changed");
            limits.from = QDateTime(QDate::currentDate().addDays(-90), QTime(0, 0)).toUTC();
            audit->setFilter(limits);
            waitUntil([&] {
                return audit->isLoaded() && audit->log().total() > 0 &&
                       audit->log().rows().size() == audit->log().total() &&
                       audit->log().rows().first().entry.action == limits.action;
            });
            audit->view()->selectRow(2);
            waitUntil([] { return true; });
            ok &= save(&window, out, QStringLiteral("admin-audit-log"));
            CompanyProfilePage *company = window.administration()->companyProfile();
            window.administration()->tabs()->setCurrentWidget(company);
            waitUntil([&] { return company->isLoaded(); });
            ok &= save(&window, out, QStringLiteral("admin-company"));
            window.administration()->tabs()->setCurrentIndex(0);
        }
    }
    return ok;
}

// What an agent's laptop tells the server: it signs in and reports unsynced edits to a few of
// its customers, as a device that has been offline would.
bool reportAgentLaptop(const QUrl &server, const QString &username, const QString &password,
                       const QStringList &editedCustomers)
{
    Sync::SyncApi laptop(server);
    Protocol::LoginRequest login{username, password, QStringLiteral("01936c8e-0000-7000-8000-00000000a1b2")};
    const Sync::ApiReply signedIn = laptop.login(login);
    const Result<Protocol::LoginResponse> session = Protocol::LoginResponse::fromJson(signedIn.json);
    if (!signedIn.ok() || !session) {
        std::fprintf(stderr, "the agent %s cannot sign in: %s\n", qPrintable(username),
                     qPrintable(signedIn.errorMessage()));
        return false;
    }
    laptop.setToken(session->token);
    const Sync::ApiReply reported =
        laptop.deviceStatus({login.deviceId, QStringLiteral(SALESSYNC_VERSION_STRING), 7, editedCustomers});
    if (!reported.ok()) {
        std::fprintf(stderr, "the agent's laptop cannot report: %s\n", qPrintable(reported.errorMessage()));
    }
    return reported.ok();
}

// Signs in to the server as its admin, the way a person does, and waits for the first sync.
MainWindow *signIn(AppController &controller, const QUrl &server, const QString &username, const QString &password)
{
    controller.start({});
    if (!waitUntil([&] { return controller.signInDialog() && controller.signInDialog()->isVisible(); })) {
        return nullptr;
    }
    SignInDialog *dialog = controller.signInDialog();
    dialog->findChild<QLineEdit *>(QStringLiteral("server"))->setText(server.toString());
    dialog->findChild<QLineEdit *>(QStringLiteral("username"))->setText(username);
    dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
    auto *box = dialog->findChild<QDialogButtonBox *>();
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QDialogButtonBox::AcceptRole) {
            b->click();
            break;
        }
    }
    const bool synced = waitUntil(
        [&] {
            return controller.window() && controller.window()->workspace().sync()->status()->lastSuccess().isValid();
        },
        300000);
    return synced ? controller.window() : nullptr;
}

// The administration pages that need the server, as its admin sees them.
bool saveServerAdministration(const QUrl &server, const QString &username, const QString &password, const QSize &size,
                              const QDir &out, bool dialogs)
{
    QTemporaryDir data;
    Sync::MemoryCredentialStore credentials;
    PositionProvider position;
    AppController controller(ProfileStore(data.path()), credentials, &position);
    MainWindow *window = signIn(controller, server, username, password);
    if (!window) {
        std::fprintf(stderr, "cannot sign in to %s as %s\n", qPrintable(server.toString()), qPrintable(username));
        return false;
    }
    window->resize(size);
    QSqlDatabase db = window->workspace().database().connection();
    // The busiest territory with an agent: its customers move; the agent's laptop holds edits.
    const QString from =
        queryValue(db, QStringLiteral("SELECT c.territory_id FROM customers c JOIN agent_territories a "
                                      "ON a.territory_id = c.territory_id GROUP BY 1 ORDER BY "
                                      "count(*) DESC LIMIT 1"))
            ->toString();
    // Another active territory with an agent, a neighbour in the same area when there is one.
    const QString to =
        queryValue(db,
                   QStringLiteral("SELECT t.id FROM territories t JOIN territories f ON f.id = ? JOIN "
                                  "agent_territories a ON a.territory_id = t.id WHERE t.id <> f.id AND t.level = "
                                  "'territory' AND t.active ORDER BY t.parent_id = f.parent_id DESC, t.name LIMIT 1"),
                   {from})
            ->toString();
    const QString agentUser =
        queryValue(db,
                   QStringLiteral("SELECT u.id FROM users u JOIN agents a ON a.user_id = u.id JOIN "
                                  "agent_territories t ON t.agent_id = a.id WHERE t.territory_id = ? LIMIT 1"),
                   {from})
            ->toString();
    const QString agentName =
        queryValue(db, QStringLiteral("SELECT username FROM users WHERE id = ?"), {agentUser})->toString();
    const QStringList edited =
        firstColumn(runQuery(db, QStringLiteral("SELECT id FROM customers WHERE territory_id = ? LIMIT 3"), {from}))
            .value();
    if (!reportAgentLaptop(server, agentName, password, edited)) {
        return false;
    }
    window->showSection(7);
    AdministrationPage *admin = window->administration();

    UsersPage *users = admin->users();
    admin->tabs()->setCurrentWidget(users);
    waitUntil([&] { return users->accountCount() > 0; });
    users->select(agentUser);
    waitUntil([&] { return users->sessionList()->topLevelItemCount() > 0; });
    bool ok = save(window, out, QStringLiteral("admin-users"));
    if (dialogs) {
        const Result<TerritoryTree> tree = TerritoryTree::read(window->workspace().database());
        UserDialog create(window->workspace(), tree ? *tree : TerritoryTree(), Role::Admin, window);
        ok &= saveDialog(create, out, QStringLiteral("user"));
        if (const Result<User> agent = UserRepository(window->workspace().database()).get(agentUser)) {
            PasswordResetDialog reset(window->workspace(), *agent, window);
            ok &= saveDialog(reset, out, QStringLiteral("password-reset"));
        }
    }

    RealignmentPage *plan = admin->realignment();
    admin->tabs()->setCurrentWidget(plan);
    waitUntil([&] { return plan->isLoaded(); });
    plan->sourceTerritoryField()->setCurrentIndex(plan->sourceTerritoryField()->findData(from));
    plan->targetField()->setCurrentIndex(plan->targetField()->findData(to));
    plan->addCustomersButton()->click();
    waitUntil([&] { return plan->planList()->count() == 1; });
    plan->atField()->setChecked(true);
    plan->effectiveAtField()->setDateTime(QDateTime(QDate::currentDate().addDays(7), QTime(6, 0)));
    plan->noteField()->setText(plan->sourceTerritoryField()->currentText().trimmed() + QStringLiteral(" → ") +
                               plan->targetField()->currentText());
    plan->previewButton()->click();
    waitUntil([&] { return plan->isPreviewed(); });
    ok &= save(window, out, QStringLiteral("admin-assignments"));

    // Scheduled, and a smaller move applied at once: the history has both.
    plan->setConfirm([](const QString &) { return true; });
    plan->applyButton()->click();
    waitUntil([&] { return plan->planList()->count() == 0; });
    plan->selectByField()->setCurrentIndex(int(RealignmentPage::SelectBy::Numbers));
    plan->numbersField()->setPlainText(
        firstColumn(runQuery(db, QStringLiteral("SELECT code FROM customers WHERE territory_id = ? LIMIT 2"), {to}))
            .value()
            .join(u'\n'));
    plan->targetField()->setCurrentIndex(plan->targetField()->findData(from));
    plan->addCustomersButton()->click();
    waitUntil([&] { return plan->planList()->count() == 1; });
    plan->previewButton()->click();
    waitUntil([&] { return plan->isPreviewed(); });
    plan->applyButton()->click();
    RealignmentHistoryPage *history = admin->realignmentHistory();
    admin->tabs()->setCurrentWidget(history);
    waitUntil([&] { return history->realignments().size() >= 2; });
    ok &= save(window, out, QStringLiteral("admin-realignment-history"));
    return ok;
}

// The dialogs a field agent meets, for looking at them in every language and scale.
bool saveDialogs(MainWindow &window, const QDir &out, const QString &customerId)
{
    Workspace &workspace = window.workspace();
    const Result<Customer> customer = CustomerRepository(workspace.database()).get(customerId);
    if (!customer) {
        std::fprintf(stderr, "%s\n", qPrintable(customer.error().message()));
        return false;
    }
    bool ok = true;
    RouteDialog route(workspace, window.today()->model()->routeStops(), std::nullopt, QDateTime::currentDateTimeUtc(),
                      &window);
    ok &= saveDialog(route, out, QStringLiteral("route"));
    ReasonDialog reason(
        workspace, QCoreApplication::translate("SalesSync::TodayPage", "Cancel the visit"),
        QCoreApplication::translate("SalesSync::TodayPage",
                                    "Why is the visit to %1 cancelled? The reason goes to your manager.")
            .arg(customer->name),
        QStringLiteral("reason"), [](const QString &) { return Status(); }, &window);
    ok &= saveDialog(reason, out, QStringLiteral("reason"));
    PlanVisitDialog plan(workspace, QDateTime::currentDateTime().addSecs(3600), &window);
    ok &= saveDialog(plan, out, QStringLiteral("plan-visit"));
    CustomerEditDialog edit(workspace, *customer, &window);
    ok &= saveDialog(edit, out, QStringLiteral("customer"));
    PaymentDialog payment(workspace, *customer, &window);
    ok &= saveDialog(payment, out, QStringLiteral("payment"));
    const QList<CustomerStatement::Line> &lines = window.payments()->model()->statement().lines;
    if (!lines.isEmpty()) {
        ReverseDialog reverse(workspace, lines.last().entry, lines.last().reversible, &window);
        ok &= saveDialog(reverse, out, QStringLiteral("reverse"));
    }
    return ok;
}

// A log of GPS fixes at a point, as a receiver would write it (GGA + RMC, one a second).
QByteArray nmeaAt(const GeoPoint &point)
{
    const auto sentence = [](const QByteArray &body) -> QByteArray {
        quint8 sum = 0;
        for (const char c : body) {
            sum ^= quint8(c);
        }
        return '$' + body + '*' + QByteArray::number(sum, 16).rightJustified(2, '0').toUpper() + "\r\n";
    };
    const auto angle = [](double degrees, int digits, char positive, char negative) -> QByteArray {
        const double a = std::fabs(degrees);
        const int whole = int(a);
        return QByteArray::number(whole).rightJustified(digits, '0') +
               QByteArray::number((a - whole) * 60.0, 'f', 4).rightJustified(7, '0') + ',' +
               (degrees >= 0 ? positive : negative);
    };
    QByteArray log;
    const QDateTime start = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 60; ++i) {
        const QDateTime at = start.addSecs(i);
        const QByteArray time = at.time().toString(QStringLiteral("hhmmss")).toLatin1() + ".00";
        const QByteArray lat = angle(point.latitude, 2, 'N', 'S');
        const QByteArray lon = angle(point.longitude, 3, 'E', 'W');
        log += sentence("GPGGA," + time + ',' + lat + ',' + lon + ",1,09,0.8,250.0,M,48.0,M,,");
        log += sentence("GPRMC," + time + ",A," + lat + ',' + lon + ",0.0,0.0," +
                        at.date().toString(QStringLiteral("ddMMyy")).toLatin1() + ",,,A");
    }
    return log;
}

// The first planned visit of the day with a location, checked in 30 m from the shop, with notes;
// then the order taken during it (left unsaved).
bool saveVisitAndOrder(MainWindow &window, PositionProvider &position, const QDir &data, const QDir &out)
{
    TodayPage *today = window.today();
    // A copy: the day's rows are read again as the visit changes.
    std::optional<DayVisit> first;
    for (int row = 0; row < today->model()->rowCount() && !first; ++row) {
        const DayVisit *v = today->model()->at(row);
        if (!v->earlierDay && v->visit.status == VisitStatus::Planned && v->location) {
            first = *v;
        }
    }
    if (!first) {
        return true; // nothing planned today: no picture of a visit
    }
    const QString log = data.filePath(QStringLiteral("shop.nmea"));
    QFile file(log);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(nmeaAt(GeoPoint{first->location->latitude + 0.0003, first->location->longitude})) < 0) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(log));
        return false;
    }
    file.close();
    QString error;
    if (!position.useNmeaLog(log, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    const QString visitId = first->visit.id;
    VisitPage *visit = window.openVisit(visitId);
    waitUntil([&] { return visit->checkInButton()->isEnabled(); });
    visit->checkInButton()->click();
    waitUntil([&] { return visit->checkOutButton()->isEnabled(); });
    visit->outcomeField()->setCurrentText(QCoreApplication::translate("SalesSync::VisitPage", "Order taken"));
    visit->notesField()->setPlainText(QStringLiteral("New shelf by the entrance; autumn range wanted."));
    waitUntil([&] { return !visit->accountText().isEmpty(); });
    bool ok = save(&window, out, QStringLiteral("visit"));

    OrderEditorDialog *order = window.newOrder(first->visit.customerId, visitId);
    if (!waitUntil([&] { return order->isLoaded(); })) {
        std::fprintf(stderr, "the order did not open: %s\n", qPrintable(order->errors().message(QString())));
    }
    int lines = 0;
    for (const Product &p : *ProductRepository(window.workspace().database()).search(QString(), 3, 5)) {
        order->productSearch()->setText(p.sku);
        order->products()->setSearchText(p.sku);
        waitUntil([&] { return order->products()->isCurrent() && order->products()->rowCount() > 0; });
        emit order->productSearch()->returnPressed();
        ++lines;
        waitUntil([&] { return order->lines()->rowCount() == lines; });
    }
    order->lines()->setData(order->lines()->index(0, OrderLinesModel::Quantity), QStringLiteral("12"));
    order->lines()->setData(order->lines()->index(1, OrderLinesModel::Quantity), QStringLiteral("6"));
    order->productSearch()->clear();
    ok &= save(order, out, QStringLiteral("order"));
    delete order; // unsaved on purpose: closing would ask whether to lose the lines
    visit->leave();
    return ok;
}

// The application icon's PNGs for the packages, at every size they need.
bool writeIcons(const QDir &icons)
{
    for (const int size : {16, 32, 48, 64, 128, 256, 512}) {
        const QString path = icons.filePath(QStringLiteral("salessync-%1.png").arg(size));
        if (!AppIcon::pixmap(size).save(path)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return false;
        }
        std::printf("%s\n", qPrintable(path));
    }
    return true;
}

// The first sign-in, as a new user meets it.
bool saveSignIn(const QDir &out)
{
    SignInDialog signIn(SignInDialog::Mode::NewAccount);
    signIn.offerDemo(true);
    signIn.setAccount(QUrl(QStringLiteral("https://sales.example.com")), QStringLiteral("ada.berger"));
    signIn.show();
    waitUntil([&] { return true; });
    if (!save(&signIn, out, QStringLiteral("sign-in"))) {
        return false;
    }
    // A new account with a setup code: the person chooses a password of their own.
    SignInDialog setup(SignInDialog::Mode::NewAccount);
    setup.setAccount(QUrl(QStringLiteral("https://sales.example.com")), QStringLiteral("lena.vogt"));
    setup.findChild<QCheckBox *>(QStringLiteral("useSetupCode"))->setChecked(true);
    setup.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("K7QD-M3XP-9HWA"));
    setup.show();
    waitUntil([&] { return true; });
    return save(&setup, out, QStringLiteral("sign-in-setup-code"));
}

// The manager's dashboard as an admin sees it: the top (tiles), the charts, a region drilled
// into with its areas, and "how is this computed" for the strike rate.
bool saveDashboard(MainWindow &window, const QDir &out)
{
    if (const Status s = DemoWorkspace::signInAs(window.workspace().database(), Role::Admin); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message()));
        return false;
    }
    window.workspace().localChange({QStringLiteral("user")});
    window.showSection(6);
    DashboardView *dashboard = window.overview()->dashboard();
    waitUntil([&] { return !dashboard->isLoading(); });
    // The year so far: every chart has something to show, whatever the day.
    dashboard->setPeriod(DashboardView::Period::Year);
    waitUntil([&] { return !dashboard->isLoading() && !dashboard->figures().children.isEmpty(); });
    bool ok = save(&window, out, QStringLiteral("dashboard"));
    auto *scroll = window.overview()->findChild<QScrollArea *>();
    // The charts' top at the top of the page.
    scroll->verticalScrollBar()->setValue(dashboard->charts()->mapTo(scroll->widget(), QPoint(0, 0)).y());
    waitUntil([] { return true; });
    ok &= save(&window, out, QStringLiteral("dashboard-charts"));
    dashboard->drillInto(0);
    waitUntil([&] { return !dashboard->isLoading() && dashboard->breadcrumb().size() == 2; });
    const auto *children = dashboard->findChild<QTableView *>(QStringLiteral("children"));
    scroll->verticalScrollBar()->setValue(children->mapTo(scroll->widget(), QPoint(0, 0)).y() - 60);
    waitUntil([] { return true; });
    ok &= save(&window, out, QStringLiteral("dashboard-drill-down"));
    scroll->ensureVisible(0, 0);
    dashboard->drillUp(0);
    waitUntil([&] { return !dashboard->isLoading() && dashboard->breadcrumb().size() == 1; });
    emit dashboard->tile(Kpi::StrikeRate)->clicked(Kpi::StrikeRate);
    auto *explanation = window.findChild<QDialog *>(QStringLiteral("kpiExplanation"));
    if (explanation) {
        waitUntil([] { return true; });
        ok &= save(explanation, out, QStringLiteral("dialog-kpi-explanation"));
        explanation->close();
    }
    return ok;
}

// Every screen of the user guide on a fresh demo workspace, as each role sees it.
bool saveDemoScreens(const QDir &out, const QSize &windowSize, bool dialogs)
{
    // A fresh demo workspace.
    QTemporaryDir data;
    ProfileLoader loader;
    bool loaded = false;
    QObject::connect(&loader, &ProfileLoader::finished, &loader, [&] { loaded = true; });
    loader.start(data.filePath(QStringLiteral("demo/salessync.db")), DemoDataSpec::demo());
    if (!waitUntil([&] { return loaded; }, 300000)) {
        std::fprintf(stderr, "the demo workspace did not open\n");
        return false;
    }
    ProfileLoader::Outcome outcome = loader.takeOutcome();
    if (!outcome.database) {
        std::fprintf(stderr, "%s\n", qPrintable(outcome.error));
        return false;
    }
    Database &db = *outcome.database;
    PositionProvider position;
    auto window = std::make_unique<MainWindow>(
        std::make_unique<Workspace>(Profile{QStringLiteral("demo"), {}, {}, {}}, std::move(outcome.database), nullptr),
        ProfileStore(data.path()));
    window->setPositionProvider(&position);
    window->resize(windowSize);
    window->show();
    bool ok = true;

    // Today.
    TodayPage *today = window->today();
    waitUntil([&] { return today->model()->loadedDate() == QDate::currentDate(); });
    ok &= save(window.get(), out, QStringLiteral("today"));

    // A visit, checked in at the shop, and the order taken during it.
    ok &= saveVisitAndOrder(*window, position, data.path(), out);

    // Customers with details.
    window->showSection(1);
    CustomersPage *customers = window->customers();
    waitUntil([&] { return customers->model()->rowCount() > 0 && !customers->model()->isLoading(); });
    customers->selectCustomer(customers->model()->idAt(3));
    waitUntil([&] { return customers->shownCustomerId() == customers->model()->idAt(3); });
    ok &= save(window.get(), out, QStringLiteral("customers"));

    // Orders.
    window->showSection(2);
    waitUntil([&] { return window->orders()->model()->rowCount() > 0; });
    ok &= save(window.get(), out, QStringLiteral("orders"));

    // Payments: the statement of a customer with history.
    window->showSection(3);
    const QString debtor =
        queryValue(db.connection(), QStringLiteral("SELECT customer_id FROM transactions GROUP BY customer_id "
                                                   "ORDER BY count(*) DESC LIMIT 1"))
            ->toString();
    window->payments()->setPeriod(QDate::currentDate().addYears(-1), QDate::currentDate());
    window->payments()->showCustomer(debtor);
    waitUntil([&] { return window->payments()->isLoaded(); });
    ok &= save(window.get(), out, QStringLiteral("payments"));
    if (dialogs) {
        ok &= saveDialogs(*window, out, debtor);
    }

    // Sync and Settings.
    window->showSection(4);
    waitUntil([&] { return true; });
    ok &= save(window.get(), out, QStringLiteral("sync"));
    window->showSection(5);
    waitUntil([&] { return true; });
    ok &= save(window.get(), out, QStringLiteral("settings"));
    window->showSection(6);
    waitUntil([&] { return !window->overview()->isLoading(); });
    ok &= save(window.get(), out, QStringLiteral("overview"));

    ok &= saveDashboard(*window, out);
    ok &= saveAdministration(*window, out, dialogs);
    ok &= saveSignIn(out);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("SalesSync"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SALESSYNC_VERSION_STRING));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Renders the user guide's screenshots and the icon's PNGs."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("out"), QStringLiteral("Write the screenshots to <dir>."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("icons"), QStringLiteral("Write the icon PNGs to <dir>."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("language"), QStringLiteral("Language of the screens (en, de)."),
                      QStringLiteral("code"), QStringLiteral("en")});
    parser.addOption({QStringLiteral("appearance"), QStringLiteral("Light or dark screens (light, dark)."),
                      QStringLiteral("name"), QStringLiteral("light")});
    parser.addOption({QStringLiteral("size"),
                      QStringLiteral("The main window's size, WIDTHxHEIGHT (default 1280x800)."),
                      QStringLiteral("size"), QStringLiteral("1280x800")});
    parser.addOption({QStringLiteral("dialogs"),
                      QStringLiteral("Also save the dialogs (plan a visit, customer, payment, reversal) for review, "
                                     "as dialog-*.png.")});
    parser.addOption({QStringLiteral("server"),
                      QStringLiteral("Instead of the demo workspace: sign in to this salessync-server (seeded with "
                                     "demo data) and save the administration pages that need it."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("username"), QStringLiteral("The server's admin (default admin)."),
                      QStringLiteral("name"), QStringLiteral("admin")});
    parser.addOption({QStringLiteral("password"), QStringLiteral("The demo users' password on that server."),
                      QStringLiteral("password")});
    parser.process(app);
    Theme::apply(app, Theme::appearanceFromKey(parser.value(QStringLiteral("appearance"))));
    QApplication::setWindowIcon(AppIcon::icon());
    Translations::install(
        QLocale(parser.value(QStringLiteral("language")) == u"de" ? QLocale::German : QLocale::English,
                parser.value(QStringLiteral("language")) == u"de" ? QLocale::Germany : QLocale::UnitedKingdom));

    if (parser.isSet(QStringLiteral("icons")) && !writeIcons(QDir(parser.value(QStringLiteral("icons"))))) {
        return 1;
    }
    if (!parser.isSet(QStringLiteral("out"))) {
        return 0;
    }
    const QDir out(parser.value(QStringLiteral("out")));
    if (!QDir().mkpath(out.path())) {
        std::fprintf(stderr, "cannot create the folder %s\n", qPrintable(out.path()));
        return 1;
    }

    const QStringList size = parser.value(QStringLiteral("size")).split(u'x');
    const QSize windowSize(size.value(0).toInt() > 0 ? size.value(0).toInt() : 1280,
                           size.value(1).toInt() > 0 ? size.value(1).toInt() : 800);
    if (parser.isSet(QStringLiteral("server"))) {
        QStandardPaths::setTestModeEnabled(true); // leaves the person's own settings alone
        return saveServerAdministration(
                   QUrl(parser.value(QStringLiteral("server"))), parser.value(QStringLiteral("username")),
                   parser.value(QStringLiteral("password")), windowSize, out, parser.isSet(QStringLiteral("dialogs")))
                   ? 0
                   : 1;
    }

    return saveDemoScreens(out, windowSize, parser.isSet(QStringLiteral("dialogs"))) ? 0 : 1;
}
