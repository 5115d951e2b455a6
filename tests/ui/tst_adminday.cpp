// An admin's work in the desktop app against a real server on a real PostgreSQL (the CTest
// fixture "postgres"): signing in as an admin brings the administration pages; a territory
// made and deactivated in the tree reaches the server, which records it in its audit trail; that
// trail comes back to the admin's audit log.

#include "core/store/database.h"
#include "core/store/sqlutil.h"
#include "demoserver.h"
#include "dialogwait.h"
#include "sync/client/credentialstore.h"
#include "sync/client/syncsession.h"
#include "sync/client/syncstatus.h"
#include "sync/server/pgdatabase.h"
#include "ui/admin/administrationpage.h"
#include "ui/admin/auditlogpage.h"
#include "ui/admin/territoriespage.h"
#include "ui/admin/territorydialog.h"
#include "ui/appcontroller.h"
#include "ui/mainwindow.h"
#include "ui/positionprovider.h"
#include "ui/signindialog.h"
#include "ui/translations.h"
#include "ui/widgets/messagebar.h"
#include "ui/workspace.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

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
    void cleanupTestCase();

private:
    QString server(const QString &sql, const QVariantList &values = {});
    MainWindow *window() { return m_app->window(); }
    TerritoriesPage *territories() { return window()->administration()->territories(); }
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

QTEST_MAIN(TestAdminDay)
#include "tst_adminday.moc"
