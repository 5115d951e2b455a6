// An admin's work in the desktop app against a real server on a real PostgreSQL (the CTest
// fixture "postgres"): signing in as an admin brings the administration pages; a territory
// made and deactivated in the tree reaches the server, which records it in its audit trail; that
// trail comes back to the admin's audit log. Accounts: created with a setup code (the form and
// the server both checking), disabled, reset; an agent's session on another laptop ended. A
// realignment planned on the Assignments page: the server's preview, applied as previewed,
// listed in the history; a scheduled one cancelled; the history exported.

#include "core/store/database.h"
#include "core/store/sqlutil.h"
#include "demoserver.h"
#include "dialogwait.h"
#include "sync/client/credentialstore.h"
#include "sync/client/syncapi.h"
#include "sync/client/syncsession.h"
#include "sync/client/syncstatus.h"
#include "sync/server/pgdatabase.h"
#include "ui/admin/administrationpage.h"
#include "ui/admin/auditlogpage.h"
#include "ui/admin/realignmenthistorypage.h"
#include "ui/admin/realignmentpage.h"
#include "ui/admin/territoriespage.h"
#include "ui/admin/territorydialog.h"
#include "ui/admin/territorymovedialog.h"
#include "ui/admin/userdialog.h"
#include "ui/admin/userspage.h"
#include "ui/appcontroller.h"
#include "ui/mainwindow.h"
#include "ui/positionprovider.h"
#include "ui/signindialog.h"
#include "ui/translations.h"
#include "ui/widgets/messagebar.h"
#include "ui/workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace SalesSync;
using SalesSync::Server::pgValue;
using SalesSync::Test::waitForDialog;

namespace {

const QString kPassword = QStringLiteral("admin-day-2026");

DemoDataSpec spec()
{
    DemoDataSpec s;
    s.customers = 120;
    s.orderLines = 300;
    s.products = 20;
    return s;
}

} // namespace

class TestAdminDay : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void adminSignsInToTheAdministration();
    void treeChangesReachTheServerAndItsAuditTrail();
    void accountsAreMadeAndChangedOnTheServer();
    void anAgentsSessionIsEnded();
    void customersMoveAsPreviewed();
    void aScheduledRealignmentIsCancelled();
    void aTreeMoveIsPlannedWithTheServersPreview();
    void cleanupTestCase();

private:
    QString server(const QString &sql, const QVariantList &values = {});
    MainWindow *window() { return m_app->window(); }
    TerritoriesPage *territories() { return window()->administration()->territories(); }
    UsersPage *users() { return window()->administration()->users(); }
    UserDialog *fillNewAgent(const QString &username, const QString &employeeId);
    bool syncNow();

    std::unique_ptr<Test::DemoServer> m_server;
    QTemporaryDir m_dataDir;
    Sync::MemoryCredentialStore m_credentials;
    PositionProvider m_position;
    std::unique_ptr<AppController> m_app;
};

void TestAdminDay::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_server = std::make_unique<Test::DemoServer>(spec(), kPassword);
    QVERIFY2(m_server->isValid(), qPrintable(m_server->errorString()));
}

void TestAdminDay::cleanupTestCase()
{
    m_app.reset();
}

QString TestAdminDay::server(const QString &sql, const QVariantList &values)
{
    const Result<QSqlDatabase> db = m_server->pg().db().connection();
    const Result<QVariant> v = db ? pgValue(*db, sql, values) : Result<QVariant>(db.error());
    return v ? v->toString() : QStringLiteral("error: ") + v.error().message();
}

bool TestAdminDay::syncNow()
{
    Sync::SyncStatus *status = window()->workspace().sync()->status();
    const QDateTime before = status->lastSuccess();
    window()->workspace().sync()->syncNow();
    return QTest::qWaitFor([&] { return status->lastSuccess() > before && status->pendingOps() == 0; }, 30000);
}

void TestAdminDay::adminSignsInToTheAdministration()
{
    m_app = std::make_unique<AppController>(ProfileStore(m_dataDir.path()), m_credentials, &m_position);
    m_app->start({});
    QTRY_VERIFY_WITH_TIMEOUT(m_app->signInDialog() && m_app->signInDialog()->isVisible(), 5000);
    SignInDialog *dialog = m_app->signInDialog();
    dialog->findChild<QLineEdit *>(QStringLiteral("server"))->setText(m_server->url().toString());
    dialog->findChild<QLineEdit *>(QStringLiteral("username"))->setText(QStringLiteral("admin"));
    dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(kPassword);
    auto *box = dialog->findChild<QDialogButtonBox *>();
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QDialogButtonBox::AcceptRole) {
            b->click();
            break;
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(window() != nullptr, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window()->workspace().sync()->status()->lastSuccess().isValid(), 60000);

    // The admin's section, with the whole tree the server has and the audit log.
    QTRY_VERIFY(window()->isSectionShown(7));
    window()->showSection(7);
    QTRY_COMPARE_WITH_TIMEOUT(QString::number(territories()->tree().nodes().size()),
                              server(QStringLiteral("SELECT count(*) FROM territories WHERE NOT deleted")), 10000);
    QTabWidget *tabs = window()->administration()->tabs();
    QVERIFY(tabs->isTabVisible(tabs->indexOf(window()->administration()->auditLog())));
    QVERIFY(territories()->newRegionAction()->isVisible());
}

void TestAdminDay::treeChangesReachTheServerAndItsAuditTrail()
{
    QVERIFY(window());
    // A region and an area below it, through the dialogs.
    const auto add = [](QAction *action, const QString &name, const QString &code) {
        action->trigger();
        const QPointer<TerritoryDialog> dialog = waitForDialog<TerritoryDialog>();
        QVERIFY(dialog);
        dialog->nameField()->setText(name);
        dialog->codeField()->setText(code);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!dialog);
    };
    add(territories()->newRegionAction(), QStringLiteral("Alpen"), QStringLiteral("R-ALPEN"));
    QTRY_VERIFY(territories()->currentNode() && territories()->currentNode()->territory.name == u"Alpen");
    add(territories()->newBelowAction(), QStringLiteral("Allgäu"), QStringLiteral("R-ALPEN-ALLGAEU"));
    QTRY_VERIFY(territories()->currentNode() && territories()->currentNode()->territory.name == u"Allgäu");
    const QString area = territories()->currentNode()->territory.id;
    QVERIFY(syncNow());
    QCOMPARE(server(QStringLiteral("SELECT p.name || ' > ' || t.name || ' ' || t.level || ' ' || t.code FROM "
                                   "territories t JOIN territories p ON p.id = t.parent_id WHERE t.id = ?"),
                    {area}),
             QStringLiteral("Alpen > Allgäu area R-ALPEN-ALLGAEU"));
    // Who did it, from which computer, as the server's own record.
    const QString admin = server(QStringLiteral("SELECT id::text FROM users WHERE username = 'admin'"));
    QCOMPARE(server(QStringLiteral("SELECT user_id || ' ' || device_id FROM audit_entries WHERE action = "
                                   "'territory.created' AND row_id = ?"),
                    {area}),
             admin + u' ' + window()->workspace().database().deviceId());

    // Deactivated here, inactive there.
    territories()->activeAction()->trigger();
    QTRY_COMPARE(territories()->messageBar()->tone(), Tone::Success);
    QVERIFY(syncNow());
    QCOMPARE(server(QStringLiteral("SELECT active::text FROM territories WHERE id = ?"), {area}),
             QStringLiteral("false"));
    QCOMPARE(server(QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'territory.deactivated' AND "
                                   "row_id = ?"),
                    {area}),
             QStringLiteral("1"));

    // The trail comes back with the next sync and shows in the audit log.
    QVERIFY(syncNow());
    AuditLogPage *audit = window()->administration()->auditLog();
    window()->administration()->tabs()->setCurrentWidget(audit);
    AuditLog::Filter mine;
    mine.record = area;
    audit->setFilter(mine);
    QTRY_COMPARE_WITH_TIMEOUT(audit->log().rows().size(), 2, 10000);
    QCOMPARE(audit->model()->index(0, AuditLogColumns::Action).data().toString(),
             QStringLiteral("Territory: deactivated"));
    QCOMPARE(audit->model()->index(1, AuditLogColumns::Action).data().toString(), QStringLiteral("Territory: created"));
    QCOMPARE(audit->model()->index(1, AuditLogColumns::Record).data().toString(), QStringLiteral("Territory Allgäu"));
}

// Opens the new-user dialog and fills it in for an agent in the first territory offered.
UserDialog *TestAdminDay::fillNewAgent(const QString &username, const QString &employeeId)
{
    users()->newUserAction()->trigger();
    auto *dialog = waitForDialog<UserDialog>();
    if (!dialog) {
        return nullptr;
    }
    dialog->findChild<QLineEdit *>(QStringLiteral("username"))->setText(username);
    dialog->findChild<QLineEdit *>(QStringLiteral("displayName"))->setText(QStringLiteral("Lena Vogt"));
    dialog->findChild<QLineEdit *>(QStringLiteral("employeeId"))->setText(employeeId);
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("territories"));
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->flags().testFlag(Qt::ItemIsUserCheckable)) {
            (*it)->setCheckState(0, Qt::Checked);
            break;
        }
    }
    return dialog;
}

void TestAdminDay::accountsAreMadeAndChangedOnTheServer()
{
    QVERIFY(window());
    window()->administration()->tabs()->setCurrentWidget(users());
    QTRY_COMPARE_WITH_TIMEOUT(QString::number(users()->accountCount()),
                              server(QStringLiteral("SELECT count(*) FROM users WHERE NOT deleted")), 10000);

    // The form checks first, naming the field.
    QPointer<UserDialog> dialog = fillNewAgent(QStringLiteral("Lena Vogt"), QStringLiteral("E-7001"));
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    dialog->findChild<QRadioButton *>(QStringLiteral("initialPassword"))->setChecked(true);
    dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("short"));
    ok->click();
    QVERIFY(!dialog->errors().message(QStringLiteral("username")).isEmpty());
    QVERIFY(!dialog->errors().message(QStringLiteral("password")).isEmpty());
    // The server checks again: an employee id another agent has.
    const QString takenEmployee = server(QStringLiteral("SELECT min(employee_id) FROM agents"));
    dialog->findChild<QLineEdit *>(QStringLiteral("username"))->setText(QStringLiteral("lena.vogt"));
    dialog->findChild<QLineEdit *>(QStringLiteral("employeeId"))->setText(takenEmployee);
    dialog->findChild<QRadioButton *>(QStringLiteral("setupCode"))->setChecked(true);
    ok->click();
    QTRY_COMPARE(dialog->errors().message(QStringLiteral("employeeId")),
                 QStringLiteral("This employee id is already another agent's."));
    QCOMPARE(server(QStringLiteral("SELECT count(*) FROM users WHERE username = 'lena.vogt'")), QStringLiteral("0"));

    // Made with a setup code, shown once.
    dialog->findChild<QLineEdit *>(QStringLiteral("employeeId"))->setText(QStringLiteral("E-7001"));
    ok->click();
    QTRY_VERIFY(!dialog);
    QPointer<QMessageBox> shown = waitForDialog<QMessageBox>();
    QVERIFY(shown);
    const QString lena = server(QStringLiteral("SELECT id::text FROM users WHERE username = 'lena.vogt'"));
    QCOMPARE(server(QStringLiteral("SELECT a.employee_id || ' ' || count(t.*) FROM agents a JOIN agent_territories t "
                                   "ON t.agent_id = a.id WHERE a.user_id = ? GROUP BY a.employee_id"),
                    {lena}),
             QStringLiteral("E-7001 1"));
    QCOMPARE(server(QStringLiteral("SELECT (setup_code_hash IS NOT NULL)::text FROM users WHERE id = ?"), {lena}),
             QStringLiteral("true"));
    QVERIFY(shown->text().contains(QStringLiteral("Lena Vogt")));
    shown->close();
    QTRY_VERIFY(!shown);

    // Listed, selected, and, once the sync brought the row, disabled (with the question asked).
    QTRY_COMPARE_WITH_TIMEOUT(users()->view()->currentIndex().data().toString(), QStringLiteral("Lena Vogt"), 20000);
    QVERIFY(users()->activeAction()->isEnabled());
    QCOMPARE(
        users()->view()->model()->index(users()->view()->currentIndex().row(), UsersPage::Status).data().toString(),
        QStringLiteral("Setup code handed out"));
    QString asked;
    users()->setConfirm([&asked](const QString &question) {
        asked = question;
        return true;
    });
    users()->activeAction()->trigger();
    QTRY_COMPARE(server(QStringLiteral("SELECT active::text FROM users WHERE id = ?"), {lena}),
                 QStringLiteral("false"));
    QVERIFY(asked.contains(QStringLiteral("signed out on every device")));
    QTRY_COMPARE(users()->message()->tone(), Tone::Success);
    QCOMPARE(server(QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'user.disabled' AND row_id = ?"),
                    {lena}),
             QStringLiteral("1"));
    QTRY_COMPARE_WITH_TIMEOUT(
        users()->view()->model()->index(users()->view()->currentIndex().row(), UsersPage::Status).data().toString(),
        QStringLiteral("Disabled"), 10000);
    QCOMPARE(users()->activeAction()->text(), QStringLiteral("E&nable"));

    // Another admin renamed her meanwhile (straight in the database, as their change would
    // land): this admin's rename is refused, naming the field, and theirs stays.
    QCOMPARE(server(QStringLiteral("UPDATE users SET display_name = 'Lena V.' WHERE id = ?::uuid RETURNING "
                                   "display_name"),
                    {lena}),
             QStringLiteral("Lena V."));
    users()->editAction()->trigger();
    QPointer<UserDialog> edit = waitForDialog<UserDialog>();
    QVERIFY(edit);
    edit->findChild<QLineEdit *>(QStringLiteral("displayName"))->setText(QStringLiteral("Lena Vogt-Berg"));
    edit->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(edit->errors().message(QStringLiteral("displayName")),
                 QStringLiteral("Someone else changed this person in the meantime. Look at them again, then repeat "
                                "your change."));
    QCOMPARE(server(QStringLiteral("SELECT display_name FROM users WHERE id = ?::uuid"), {lena}),
             QStringLiteral("Lena V."));
    edit->reject();
    QTRY_VERIFY(!edit);
}

void TestAdminDay::anAgentsSessionIsEnded()
{
    QVERIFY(window());
    // The agent signs in on a laptop of their own.
    Sync::SyncApi laptop(m_server->url());
    Protocol::LoginRequest login;
    login.username = m_server->agent();
    login.password = kPassword;
    login.deviceId = QStringLiteral("01936c8e-0000-7000-8000-00000000a1b2");
    const Sync::ApiReply signedIn = laptop.login(login);
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.errorMessage()));
    const QString agent = server(QStringLiteral("SELECT id::text FROM users WHERE username = ?"), {m_server->agent()});

    users()->refreshAction()->trigger();
    QTRY_VERIFY(users()->select(agent));
    QTreeWidget *sessions = users()->sessionList();
    const auto first = [sessions](int column) {
        const QTreeWidgetItem *item = sessions->topLevelItem(0);
        return item ? item->text(column) : QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(first(0), QStringLiteral("Device A1B2"), 10000);
    QCOMPARE(sessions->topLevelItemCount(), 1);
    QVERIFY(first(1).startsWith(QStringLiteral("open until")));
    sessions->setCurrentItem(sessions->topLevelItem(0));
    QVERIFY(users()->revokeAction()->isEnabled());
    users()->revokeAction()->trigger();
    QTRY_COMPARE(
        server(QStringLiteral("SELECT count(*) FROM sessions WHERE user_id = ? AND revoked_at IS NULL"), {agent}),
        QStringLiteral("0"));
    // The laptop's next request is refused: its person signs in again.
    laptop.setToken(Protocol::LoginResponse::fromJson(signedIn.json)->token);
    QCOMPARE(laptop.pull({}).status, 401);
    QTRY_COMPARE_WITH_TIMEOUT(first(1), QStringLiteral("signed out"), 10000);
}

void TestAdminDay::customersMoveAsPreviewed()
{
    QVERIFY(window());
    RealignmentPage *page = window()->administration()->realignment();
    window()->administration()->tabs()->setCurrentWidget(page);
    QTRY_VERIFY(page->isLoaded());
    // The customers of one agent's territory go to another agent's territory.
    const QString from = server(QStringLiteral(
        "SELECT c.territory_id::text FROM customers c JOIN agent_territories a ON a.territory_id = c.territory_id "
        "WHERE NOT c.deleted AND NOT a.deleted GROUP BY c.territory_id ORDER BY count(*) DESC, 1 LIMIT 1"));
    const QString to = server(QStringLiteral("SELECT t.id::text FROM territories t JOIN agent_territories a ON "
                                             "a.territory_id = t.id WHERE t.level = 'territory' AND t.active AND NOT "
                                             "t.deleted AND NOT a.deleted AND t.id::text <> ? ORDER BY t.code LIMIT 1"),
                              {from});
    const int moving =
        server(QStringLiteral("SELECT count(*) FROM customers WHERE territory_id::text = ? AND NOT deleted"), {from})
            .toInt();
    QVERIFY(moving > 0);
    page->selectByField()->setCurrentIndex(int(RealignmentPage::SelectBy::Territory));
    page->sourceTerritoryField()->setCurrentIndex(page->sourceTerritoryField()->findData(from));
    page->targetField()->setCurrentIndex(page->targetField()->findData(to));
    QVERIFY(page->targetField()->currentIndex() >= 0);
    QVERIFY(!page->previewButton()->isEnabled());
    page->addCustomersButton()->click();
    QTRY_COMPARE(page->planList()->count(), 1);
    QCOMPARE(page->moves().customers.value(0).customerIds.size(), moving);

    // The server's preview, per person: the agents of both territories and whoever manages them.
    QVERIFY(!page->applyButton()->isEnabled());
    page->previewButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(page->isPreviewed(), 10000);
    QTreeWidget *impact = page->previewList();
    const QString losing =
        server(QStringLiteral("SELECT u.display_name FROM users u JOIN agents a ON a.user_id = u.id::text "
                              "JOIN agent_territories t ON t.agent_id = a.id WHERE t.territory_id::text = "
                              "? AND NOT t.deleted ORDER BY 1 LIMIT 1"),
               {from});
    QTreeWidgetItem *loser = nullptr;
    for (int i = 0; i < impact->topLevelItemCount(); ++i) {
        if (impact->topLevelItem(i)->text(RealignmentPage::Who) == losing &&
            impact->topLevelItem(i)->toolTip(RealignmentPage::Who) == u"Agent") {
            loser = impact->topLevelItem(i);
        }
    }
    QVERIFY2(loser, qPrintable(losing));
    QCOMPARE(loser->text(RealignmentPage::Customers), QChar(0x2212) + QString::number(moving));
    QVERIFY(page->applyButton()->isEnabled());
    const int previewed = impact->topLevelItemCount();

    // Applied now: the server holds what the preview said; the history lists it with everyone.
    page->setConfirm([](const QString &) { return true; });
    page->applyButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        server(QStringLiteral("SELECT count(*) FROM customers WHERE territory_id::text = ? AND NOT deleted"), {from}),
        QStringLiteral("0"), 10000);
    QTRY_COMPARE(page->message()->tone(), Tone::Success);
    QCOMPARE(page->planList()->count(), 0);
    RealignmentHistoryPage *history = window()->administration()->realignmentHistory();
    window()->administration()->tabs()->setCurrentWidget(history);
    QTRY_COMPARE_WITH_TIMEOUT(history->realignments().size(), 1, 10000);
    QCOMPARE(history->realignments().first().status, QStringLiteral("applied"));
    QCOMPARE(history->realignments().first().preview.holders.size(), previewed);
    // And this computer, after its next sync, has them where the server put them.
    QVERIFY(syncNow());
    const Result<QVariant> here =
        queryValue(window()->workspace().database().connection(),
                   QStringLiteral("SELECT count(*) FROM customers WHERE territory_id = ?"), {from});
    QCOMPARE(here ? here->toInt() : -1, 0);
}

void TestAdminDay::aScheduledRealignmentIsCancelled()
{
    QVERIFY(window());
    RealignmentPage *page = window()->administration()->realignment();
    window()->administration()->tabs()->setCurrentWidget(page);
    // A pasted list with one number nobody has: the rest is taken, the stranger named.
    const QString first = server(QStringLiteral("SELECT min(code) FROM customers WHERE NOT deleted"));
    const QString second =
        server(QStringLiteral("SELECT min(code) FROM customers WHERE NOT deleted AND code > ?"), {first});
    page->selectByField()->setCurrentIndex(int(RealignmentPage::SelectBy::Numbers));
    page->numbersField()->setPlainText(first + QStringLiteral("\nNOBODY-1, ") + second);
    // To a territory with an agent where neither is now: somebody's laptop changes.
    const QString to = server(
        QStringLiteral("SELECT t.id::text FROM territories t JOIN agent_territories a ON a.territory_id = t.id WHERE "
                       "t.level = 'territory' AND t.active AND NOT t.deleted AND NOT a.deleted AND t.id NOT IN "
                       "(SELECT territory_id FROM customers WHERE code IN (?, ?)) ORDER BY t.code LIMIT 1"),
        {first, second});
    page->targetField()->setCurrentIndex(page->targetField()->findData(to));
    page->addCustomersButton()->click();
    QTRY_COMPARE(page->planList()->count(), 1);
    QCOMPARE(page->moves().customers.value(0).customerIds.size(), 2);
    QVERIFY(page->message()->text().contains(QStringLiteral("NOBODY-1")));
    page->atField()->setChecked(true);
    page->effectiveAtField()->setDateTime(QDateTime::currentDateTime().addDays(3));
    page->noteField()->setText(QStringLiteral("Later, perhaps"));
    page->previewButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(page->isPreviewed(), 10000);
    QVERIFY(page->applyButton()->isEnabled());
    page->applyButton()->click();
    QTRY_COMPARE(page->message()->tone(), Tone::Success);
    QVERIFY2(page->message()->text().startsWith(QStringLiteral("Scheduled for")), qPrintable(page->message()->text()));
    RealignmentHistoryPage *history = window()->administration()->realignmentHistory();
    QTRY_COMPARE_WITH_TIMEOUT(history->realignments().size(), 2, 10000);
    QCOMPARE(history->realignments().first().status, QStringLiteral("scheduled"));
    QCOMPARE(server(QStringLiteral("SELECT count(*) FROM realignments WHERE status = 'scheduled'")),
             QStringLiteral("1"));

    window()->administration()->tabs()->setCurrentWidget(history);
    history->view()->setCurrentIndex(history->view()->model()->index(0, 0));
    QVERIFY(history->cancelAction()->isEnabled());
    history->setConfirm([](const QString &) { return true; });
    history->cancelAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(history->realignments().value(0).status, QStringLiteral("cancelled"), 10000);
    QCOMPARE(server(QStringLiteral("SELECT status FROM realignments WHERE note = 'Later, perhaps'")),
             QStringLiteral("cancelled"));

    // The export: a line per realignment and person, the note and status as the server has them.
    const QString csv = m_dataDir.filePath(QStringLiteral("realignments.csv"));
    QString error;
    QVERIFY2(history->saveCsv(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.first().startsWith(QStringLiteral("realignment_id,status,")));
    int cancelled = 0;
    int applied = 0;
    for (const QString &line : lines) {
        cancelled +=
            line.contains(QStringLiteral(",cancelled,")) && line.contains(QStringLiteral("Later, perhaps")) ? 1 : 0;
        applied += line.contains(QStringLiteral(",applied,")) ? 1 : 0;
    }
    QVERIFY(cancelled >= 1);
    QCOMPARE(applied, history->realignments().value(1).preview.holders.size());
}

void TestAdminDay::aTreeMoveIsPlannedWithTheServersPreview()
{
    QVERIFY(window());
    window()->administration()->tabs()->setCurrentWidget(territories());
    // An area with customers, to go below another region.
    const TerritoryTree &tree = territories()->tree();
    QString area;
    for (const TerritoryTree::Node &node : tree.nodes()) {
        if (node.territory.level == TerritoryLevel::Area && node.territory.active && node.customers > 0) {
            area = node.territory.id;
            break;
        }
    }
    QVERIFY(!area.isEmpty());
    territories()->select(area);
    QTRY_VERIFY(territories()->currentNode() && territories()->currentNode()->territory.id == area);
    territories()->moveAction()->trigger();
    QPointer<TerritoryMoveDialog> dialog = waitForDialog<TerritoryMoveDialog>();
    QVERIFY(dialog);
    QVERIFY(dialog->planButton());
    const RealignmentMoves::TerritoryMove chosen = dialog->chosenMove();
    dialog->planButton()->click();
    QTRY_VERIFY(!dialog);
    // Nothing moved yet: the move waits in the plan, and the server previews it with devices.
    RealignmentPage *page = window()->administration()->realignment();
    QCOMPARE(window()->administration()->tabs()->currentWidget(), page);
    QCOMPARE(page->moves().territories.size(), 1);
    QCOMPARE(page->moves().territories.first().parentId, chosen.parentId);
    QVERIFY(page->planList()->item(0)->text().startsWith(QStringLiteral("Move ")));
    QCOMPARE(server(QStringLiteral("SELECT parent_id::text FROM territories WHERE id::text = ?"), {area}),
             tree.nodes().at(tree.nodes().at(tree.indexOf(area)).parent).territory.id);
    page->previewButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(page->isPreviewed(), 10000);
    // The managers above the area change; its agents keep their customers.
    QVERIFY(page->previewList()->topLevelItemCount() > 0);
    for (int i = 0; i < page->previewList()->topLevelItemCount(); ++i) {
        QCOMPARE(page->previewList()->topLevelItem(i)->toolTip(RealignmentPage::Who), QStringLiteral("Manager"));
    }
    page->applyButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        server(QStringLiteral("SELECT parent_id::text FROM territories WHERE id::text = ?"), {area}), chosen.parentId,
        10000);
}

QTEST_MAIN(TestAdminDay)
#include "tst_adminday.moc"
