// The administration pages on a real demo data file, driven through their widgets on the
// offscreen platform: who sees them, and the territory tree's changes with their rules.

#include "core/demo/demoworkspace.h"
#include "core/money.h"
#include "core/store/database.h"
#include "core/store/sqlutil.h"
#include "dialogwait.h"
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
#include "ui/displaytext.h"
#include "ui/mainwindow.h"
#include "ui/pages/customerspage.h"
#include "ui/translations.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/messagebar.h"
#include "ui/workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace SalesSync;
using SalesSync::Test::waitForDialog;

namespace {

DemoDataSpec spec()
{
    DemoDataSpec s = DemoDataSpec::demo();
    s.customers = 400;
    s.orderLines = 400;
    s.products = 20;
    return s;
}

// Types text as keys, also letters QTest::keyClicks cannot (ü).
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
    }
}

} // namespace

class TestAdminPages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void eachRoleSeesWhatConcernsIt_data();
    void eachRoleSeesWhatConcernsIt();
    void treeCountsWhatIsInIt();
    void adminAddsANodeWithAProposedCode();
    void codesStayUnique();
    void deactivationFollowsTheRules();
    void moveShowsWhoseDevicesChange();
    void auditLogIsTheAdminsOnly();
    void auditLogFiltersOpensAndExports();
    void companyProfileIsCheckedAndSaved();
    void accountsNeedTheServer();
    void managersMakeAgentsAndManagersOnly();

private:
    // A main window on a fresh copy of the demo file, worked as this role's demo person.
    void open(Role role);
    TerritoriesPage *territories();
    QString value(const QString &sql);
    // Adds a node through the dialog below the current node (or a region); returns the dialog's
    // error for the field, or empty when it was written.
    QString addThroughDialog(QAction *action, const QString &name, const QString &code = {});

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    QString m_template;
};

void TestAdminPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_template = m_dir.filePath(QStringLiteral("template.db"));
    Result<std::unique_ptr<Database>> db = Database::open(m_template);
    QVERIFY(db.ok());
    QVERIFY(DemoWorkspace::populate(**db, spec()).ok());
    QVERIFY(runQuery((*db)->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
}

void TestAdminPages::open(Role role)
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
    new QAbstractItemModelTester(territories()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_window.get());
    new QAbstractItemModelTester(m_window->administration()->auditLog()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, m_window.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(territories()->isLoaded());
    if (role != Role::Agent) {
        m_window->showSection(7);
    }
}

void TestAdminPages::cleanup()
{
    m_window.reset();
}

TerritoriesPage *TestAdminPages::territories()
{
    return m_window->administration()->territories();
}

QString TestAdminPages::value(const QString &sql)
{
    const Result<QVariant> v = queryValue(m_window->workspace().database().connection(), sql);
    return v ? v->toString() : QStringLiteral("error: ") + v.error().message();
}

QString TestAdminPages::addThroughDialog(QAction *action, const QString &name, const QString &code)
{
    action->trigger();
    // The dialog goes when it closes.
    const QPointer<TerritoryDialog> dialog = waitForDialog<TerritoryDialog>();
    if (!dialog) {
        return QStringLiteral("no dialog");
    }
    type(dialog->nameField(), name);
    if (!code.isEmpty()) {
        dialog->codeField()->selectAll();
        type(dialog->codeField(), code);
    }
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    for (int waited = 0; waited < 5000 && dialog && dialog->isVisible(); waited += 20) {
        if (!dialog->errors().isEmpty()) {
            const QString error =
                dialog->errors().message(QStringLiteral("code")) + dialog->errors().message(QStringLiteral("name"));
            dialog->reject();
            return error.isEmpty() ? QStringLiteral("an error on another field") : error;
        }
        QTest::qWait(20);
    }
    return {};
}

void TestAdminPages::eachRoleSeesWhatConcernsIt_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("shown");
    QTest::addColumn<bool>("changes");
    QTest::newRow("admin") << Role::Admin << true << true;
    QTest::newRow("manager") << Role::Manager << true << false;
    QTest::newRow("agent") << Role::Agent << false << false;
}

void TestAdminPages::eachRoleSeesWhatConcernsIt()
{
    QFETCH(Role, role);
    QFETCH(bool, shown);
    QFETCH(bool, changes);
    open(role);
    QCOMPARE(m_window->sections().contains(QStringLiteral("Administration")), shown);
    QCOMPARE(m_window->isSectionShown(7), shown);
    // Ctrl+8 goes there only when it is offered.
    m_window->showSection(0);
    QTest::keyClick(m_window.get(), Qt::Key_8, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection() == 7, shown);
    QCOMPARE(territories()->newRegionAction()->isVisible(), changes);
    QCOMPARE(territories()->editAction()->isVisible(), changes);
    if (role == Role::Manager) {
        // Exactly the subtrees the manager manages, nothing above or beside them.
        const QString user = m_window->workspace().userId();
        const TerritoryTree &tree = territories()->tree();
        QVERIFY(!tree.nodes().isEmpty());
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM manager_territories WHERE user_id = '%1'").arg(user)),
                 QString::number(std::count_if(tree.nodes().cbegin(), tree.nodes().cend(),
                                               [](const TerritoryTree::Node &n) { return n.parent < 0; })));
        QCOMPARE(
            territories()->model()->rowCount(),
            value(QStringLiteral("SELECT count(*) FROM manager_territories WHERE user_id = '%1'").arg(user)).toInt());
        QVERIFY(territories()->subtitle().contains(QStringLiteral("the territories you manage")));
        const qint64 customers = value(QStringLiteral("WITH RECURSIVE below(id) AS (SELECT territory_id FROM "
                                                      "manager_territories WHERE user_id = '%1' UNION SELECT t.id FROM "
                                                      "territories t JOIN below b ON t.parent_id = b.id) SELECT "
                                                      "count(*) FROM customers WHERE territory_id IN below")
                                           .arg(user))
                                     .toLongLong();
        QCOMPARE(territories()->tree().customers(), customers);
    }
}

void TestAdminPages::treeCountsWhatIsInIt()
{
    open(Role::Admin);
    const TerritoryTree &tree = territories()->tree();
    QCOMPARE(QString::number(tree.nodes().size()), value(QStringLiteral("SELECT count(*) FROM territories")));
    QCOMPARE(QString::number(tree.customers()), value(QStringLiteral("SELECT count(*) FROM customers")));
    // A region's figure is the sum of its leaves', and the row shows it.
    const int region = 0;
    QCOMPARE(tree.nodes().at(region).territory.level, TerritoryLevel::Region);
    qint64 leaves = 0;
    for (const TerritoryTree::Node &n : tree.nodes()) {
        int up = n.parent;
        while (up >= 0 && up != region) {
            up = tree.nodes().at(up).parent;
        }
        leaves += up == region ? n.ownCustomers : 0;
    }
    QCOMPARE(tree.nodes().at(region).customers, leaves);
    QStandardItemModel *model = territories()->model();
    QCOMPARE(model->index(0, TerritoriesPage::Customers).data().toString(), QLocale().toString(leaves));
    // A territory lists its agents by name.
    const QString leaf = value(QStringLiteral("SELECT t.id FROM territories t JOIN agent_territories x ON "
                                              "x.territory_id = t.id ORDER BY t.code LIMIT 1"));
    const QString agent = value(QStringLiteral("SELECT u.display_name FROM agent_territories x JOIN agents a ON a.id "
                                               "= x.agent_id JOIN users u ON u.id = a.user_id WHERE x.territory_id "
                                               "= '%1' ORDER BY u.display_name LIMIT 1")
                                    .arg(leaf));
    territories()->select(leaf);
    QVERIFY(territories()->currentNode());
    QCOMPARE(territories()->currentNode()->territory.id, leaf);
    QVERIFY(territories()
                ->view()
                ->currentIndex()
                .siblingAtColumn(TerritoriesPage::Agents)
                .data()
                .toString()
                .contains(agent));
}

void TestAdminPages::adminAddsANodeWithAProposedCode()
{
    open(Role::Admin);
    QVERIFY(addThroughDialog(territories()->newRegionAction(), QStringLiteral("Süd West")).isEmpty());
    QTRY_COMPARE(value(QStringLiteral("SELECT code FROM territories WHERE name = 'Süd West'")),
                 QStringLiteral("S-WEST"));
    const QString region = value(QStringLiteral("SELECT id FROM territories WHERE name = 'Süd West'"));
    QCOMPARE(value(QStringLiteral("SELECT level FROM territories WHERE id = '%1'").arg(region)),
             QStringLiteral("region"));
    // The new region is current once the tree is read again; below it goes an area, whose code
    // starts with the region's.
    QTRY_COMPARE(territories()->currentNode() ? territories()->currentNode()->territory.id : QString(), region);
    QCOMPARE(territories()->newBelowAction()->text().remove(u'&'), QStringLiteral("New area…"));
    QVERIFY(addThroughDialog(territories()->newBelowAction(), QStringLiteral("Freiburg")).isEmpty());
    QTRY_COMPARE(value(QStringLiteral("SELECT parent_id || ' ' || level || ' ' || code FROM territories WHERE name = "
                                      "'Freiburg'")),
                 region + QStringLiteral(" area S-WEST-FREIBURG"));
    // Both wait in the outbox to be pushed, as any other change.
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'territory' AND op = 'create'")),
             QStringLiteral("2"));
    // A leaf takes nothing below it.
    const QString leaf = value(QStringLiteral("SELECT id FROM territories WHERE level = 'territory' LIMIT 1"));
    territories()->select(leaf);
    QVERIFY(!territories()->newBelowAction()->isEnabled());
}

void TestAdminPages::codesStayUnique()
{
    open(Role::Admin);
    const QString taken = value(QStringLiteral("SELECT code FROM territories WHERE level = 'region' LIMIT 1"));
    const QString takenBy = value(QStringLiteral("SELECT name FROM territories WHERE code = '%1'").arg(taken));
    QCOMPARE(addThroughDialog(territories()->newRegionAction(), QStringLiteral("Another"), taken),
             QStringLiteral("is already the code of %1").arg(takenBy));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM territories WHERE name = 'Another'")), QStringLiteral("0"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'territory'")), QStringLiteral("0"));
}

void TestAdminPages::deactivationFollowsTheRules()
{
    open(Role::Admin);
    // A territory with customers stays active, and the bar says why.
    const QString busy = value(QStringLiteral("SELECT territory_id FROM customers GROUP BY territory_id ORDER BY "
                                              "count(*) DESC LIMIT 1"));
    const QString customers =
        value(QStringLiteral("SELECT count(*) FROM customers WHERE territory_id = '%1'").arg(busy));
    territories()->select(busy);
    QCOMPARE(territories()->activeAction()->text().remove(u'&'), QStringLiteral("Deactivate"));
    territories()->activeAction()->trigger();
    QTRY_VERIFY(territories()->messageBar()->isVisible());
    QCOMPARE(territories()->messageBar()->tone(), Tone::Danger);
    QVERIFY2(
        territories()->messageBar()->text().contains(QStringLiteral("customers are still in it (%1)").arg(customers)),
        qPrintable(territories()->messageBar()->text()));
    QCOMPARE(value(QStringLiteral("SELECT active FROM territories WHERE id = '%1'").arg(busy)), QStringLiteral("1"));

    // An empty new area can go, shows as inactive, and comes back.
    const QString region = value(QStringLiteral("SELECT id FROM territories WHERE level = 'region' LIMIT 1"));
    territories()->select(region);
    QVERIFY(addThroughDialog(territories()->newBelowAction(), QStringLiteral("Empty area")).isEmpty());
    QTRY_VERIFY(!value(QStringLiteral("SELECT id FROM territories WHERE name = 'Empty area'")).isEmpty());
    const QString area = value(QStringLiteral("SELECT id FROM territories WHERE name = 'Empty area'"));
    QTRY_COMPARE(territories()->currentNode() ? territories()->currentNode()->territory.id : QString(), area);
    territories()->activeAction()->trigger();
    QTRY_COMPARE(value(QStringLiteral("SELECT active FROM territories WHERE id = '%1'").arg(area)),
                 QStringLiteral("0"));
    QTRY_COMPARE(territories()->messageBar()->tone(), Tone::Success);
    QTRY_COMPARE(territories()->view()->currentIndex().siblingAtColumn(TerritoriesPage::Status).data().toString(),
                 QStringLiteral("Inactive"));
    QTRY_COMPARE(territories()->activeAction()->text().remove(u'&'), QStringLiteral("Reactivate"));
    // Nothing can be added below an inactive node.
    QVERIFY(!territories()->newBelowAction()->isEnabled());
    territories()->activeAction()->trigger();
    QTRY_COMPARE(value(QStringLiteral("SELECT active FROM territories WHERE id = '%1'").arg(area)),
                 QStringLiteral("1"));
}

void TestAdminPages::moveShowsWhoseDevicesChange()
{
    open(Role::Admin);
    // An area with customers, and a region it is not in.
    const QString area = value(QStringLiteral("SELECT a.id FROM territories a JOIN territories t ON t.parent_id = a.id "
                                              "JOIN customers c ON c.territory_id = t.id WHERE a.level = 'area' "
                                              "GROUP BY a.id ORDER BY count(*) DESC LIMIT 1"));
    const QString from = value(QStringLiteral("SELECT parent_id FROM territories WHERE id = '%1'").arg(area));
    const qint64 customers = value(QStringLiteral("SELECT count(*) FROM customers c JOIN territories t ON t.id = "
                                                  "c.territory_id WHERE t.parent_id = '%1'")
                                       .arg(area))
                                 .toLongLong();
    QVERIFY(customers > 0);
    const auto managerOf = [&](const QString &region) {
        return value(QStringLiteral("SELECT u.display_name FROM manager_territories m JOIN users u ON u.id = "
                                    "m.user_id WHERE m.territory_id = '%1'")
                         .arg(region));
    };
    territories()->select(area);
    QVERIFY(territories()->moveAction()->isEnabled());
    territories()->moveAction()->trigger();
    const QPointer<TerritoryMoveDialog> dialog = waitForDialog<TerritoryMoveDialog>();
    QVERIFY(dialog);
    QComboBox *parent = dialog->parentField();
    QVERIFY(parent->count() > 0);
    QCOMPARE(parent->findData(from), -1); // not where it is now
    const QString to = parent->itemData(0).toString();
    QTRY_VERIFY(dialog->isPreviewed());
    // The area's customers leave the old region's manager and arrive at the new one's; no agent changes.
    QCOMPARE(dialog->impacts().size(), 2);
    for (const LocalRealignment::Impact &impact : dialog->impacts()) {
        QCOMPARE(impact.role, Role::Manager);
        if (impact.displayName == managerOf(from)) {
            QCOMPARE(impact.leaving, customers);
            QCOMPARE(impact.arriving, 0);
        } else {
            QCOMPARE(impact.displayName, managerOf(to));
            QCOMPARE(impact.arriving, customers);
            QCOMPARE(impact.leaving, 0);
        }
    }
    QCOMPARE(dialog->impactList()->topLevelItemCount(), 2);
    dialog->findChild<QPushButton *>(QStringLiteral("move"))->click();
    QTRY_VERIFY(!dialog);
    QCOMPARE(value(QStringLiteral("SELECT parent_id FROM territories WHERE id = '%1'").arg(area)), to);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'territory' AND op = 'update' AND "
                                  "row_id = '%1'")
                       .arg(area)),
             QStringLiteral("1"));
    QTRY_VERIFY(territories()->currentNode() && territories()->currentNode()->territory.parentId == to);
}

void TestAdminPages::auditLogIsTheAdminsOnly()
{
    open(Role::Manager);
    QTabWidget *tabs = m_window->administration()->tabs();
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(m_window->administration()->auditLog())));
    open(Role::Admin);
    tabs = m_window->administration()->tabs();
    QVERIFY(tabs->isTabVisible(tabs->indexOf(m_window->administration()->auditLog())));
}

void TestAdminPages::auditLogFiltersOpensAndExports()
{
    open(Role::Admin);
    AuditLogPage *audit = m_window->administration()->auditLog();
    m_window->administration()->tabs()->setCurrentWidget(audit);
    QTRY_VERIFY(audit->isLoaded());
    // The last 30 days by default, newest first.
    const QString since = QDateTime(QDate::currentDate().addDays(-30), QTime(0, 0))
                              .toUTC()
                              .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    QTRY_COMPARE(QString::number(audit->log().total()),
                 value(QStringLiteral("SELECT count(*) FROM audit_entries WHERE at >= '%1'").arg(since)));
    QVERIFY(audit->log().total() > 0);
    QVERIFY(audit->log().rows().first().entry.at >= audit->log().rows().last().entry.at);
    QCOMPARE(audit->summaryText(), QStringLiteral("%1 entries").arg(audit->log().total()));

    // One person: only their entries.
    auto *who = audit->findChild<QComboBox *>(QStringLiteral("user"));
    QTRY_VERIFY(who->count() > 2);
    const QString someone = who->itemData(2).toString();
    who->setCurrentIndex(2);
    QTRY_VERIFY(audit->isLoaded() && !audit->log().rows().isEmpty() &&
                std::all_of(audit->log().rows().cbegin(), audit->log().rows().cend(),
                            [&](const AuditLog::Row &r) { return r.entry.userId == someone; }));
    QCOMPARE(QString::number(audit->log().total()),
             value(QStringLiteral("SELECT count(*) FROM audit_entries WHERE at >= '%1' AND user_id = '%2'")
                       .arg(since, someone)));

    // Credit limits raised, in words with before and after.
    AuditLog::Filter limits;
    limits.action = QStringLiteral("customer.credit_limit_changed");
    limits.from = QDateTime(QDate::currentDate().addDays(-90), QTime(0, 0)).toUTC();
    audit->setFilter(limits);
    QTRY_VERIFY(!audit->log().rows().isEmpty() &&
                audit->log().rows().first().entry.action == u"customer.credit_limit_changed");
    QCOMPARE(QString::number(audit->log().total()),
             value(QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = "
                                  "'customer.credit_limit_changed'")));
    const QModelIndex first = audit->model()->index(0, AuditLogColumns::Action);
    QCOMPARE(first.data().toString(), QStringLiteral("Customer: credit limit changed"));
    const AuditEntry entry = audit->log().rows().first().entry; // a copy: the log is read again below
    const qint64 after =
        entry.details.value(QStringLiteral("after")).toObject().value(QStringLiteral("credit_limit_minor")).toInteger();
    // The limit in the customer's currency; the record by the customer's name.
    const Currency currency =
        *Currency::fromCode(value(QStringLiteral("SELECT currency FROM customers WHERE id = '%1'").arg(entry.rowId)));
    QCOMPARE(
        first.siblingAtColumn(AuditLogColumns::Changes).data().toString(),
        QStringLiteral("credit limit: %1 → %2")
            .arg(DisplayText::amount(Money(after - after / 5, currency)), DisplayText::amount(Money(after, currency))));
    QCOMPARE(first.siblingAtColumn(AuditLogColumns::Record).data().toString(),
             QStringLiteral("Customer ") +
                 value(QStringLiteral("SELECT name FROM customers WHERE id = '%1'").arg(entry.rowId)));

    // Exported as shown: a header and one line per entry, details as quoted JSON.
    const QString csv = m_dir.filePath(QStringLiteral("audit.csv"));
    QString error;
    QVERIFY2(audit->saveCsv(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), audit->log().rows().size() + 2); // the last line break leaves an empty piece
    QCOMPARE(lines.first().trimmed(),
             QByteArray("at,user_id,user,device_id,action,entity,row_id,record,details,entry_id"));
    const QByteArray expected =
        QByteArray("\"{\"\"after\"\":{\"\"credit_limit_minor\"\":").append(QByteArray::number(after));
    QVERIFY2(lines.at(1).contains(expected), lines.at(1).constData());

    // One record by the start of its id; it opens in Customers.
    AuditLog::Filter one;
    one.record = entry.rowId.left(32).toUpper(); // demo ids made in one millisecond share their start
    one.from = limits.from;
    audit->setFilter(one);
    QTRY_VERIFY(!audit->log().rows().isEmpty() &&
                std::all_of(audit->log().rows().cbegin(), audit->log().rows().cend(),
                            [&](const AuditLog::Row &r) { return r.entry.rowId == entry.rowId; }));
    audit->view()->selectRow(0);
    QVERIFY(audit->openAction()->isEnabled());
    audit->openAction()->trigger();
    QCOMPARE(m_window->currentSection(), 1);
    QTRY_COMPARE(m_window->customers()->shownCustomerId(), entry.rowId);

    // Nothing in the period: the list says so.
    AuditLog::Filter none;
    none.from = QDateTime(QDate(2001, 1, 1), QTime(0, 0)).toUTC();
    none.until = QDateTime(QDate(2001, 1, 2), QTime(0, 0)).toUTC();
    audit->setFilter(none);
    QTRY_VERIFY(audit->isLoaded() && audit->log().rows().isEmpty());
    QCOMPARE(audit->summaryText(), QStringLiteral("0 entries"));
    QVERIFY(!audit->exportAction()->isEnabled());
}

void TestAdminPages::companyProfileIsCheckedAndSaved()
{
    open(Role::Manager);
    QTabWidget *tabs = m_window->administration()->tabs();
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(m_window->administration()->companyProfile())));
    open(Role::Admin);
    CompanyProfilePage *page = m_window->administration()->companyProfile();
    tabs = m_window->administration()->tabs();
    QVERIFY(tabs->isTabVisible(tabs->indexOf(page)));
    tabs->setCurrentWidget(page);
    QTRY_VERIFY(page->isLoaded());
    QCOMPARE(page->field(QStringLiteral("name"))->text(), value(QStringLiteral("SELECT name FROM company_profiles")));
    QVERIFY(!page->logo().isEmpty());
    QVERIFY(!page->saveAction()->isEnabled());

    // Wrong check digits and a broken address: said under the fields, nothing written.
    page->field(QStringLiteral("iban"))->setText(QStringLiteral("DE89 3704 0044 0532 0130 01"));
    page->field(QStringLiteral("email"))->setText(QStringLiteral("orders@"));
    QVERIFY(page->saveAction()->isEnabled());
    page->saveAction()->trigger();
    QTRY_VERIFY(!page->errors().message(QStringLiteral("iban")).isEmpty());
    QCOMPARE(page->errors().message(QStringLiteral("iban")),
             QStringLiteral("is not a valid IBAN (its check digits do not match)"));
    QVERIFY(!page->errors().message(QStringLiteral("email")).isEmpty());
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'company_profile'")),
             QStringLiteral("0"));

    // A file that is no image is refused as a logo; a PNG is taken.
    const QString text = m_dir.filePath(QStringLiteral("logo.txt"));
    QFile notAnImage(text);
    QVERIFY(notAnImage.open(QIODevice::WriteOnly) && notAnImage.write("not an image") > 0);
    notAnImage.close();
    QVERIFY(!page->setLogoFile(text));
    QCOMPARE(page->errors().message(QStringLiteral("logo")), QStringLiteral("must be a PNG, JPEG or SVG image"));
    const QString png = m_dir.filePath(QStringLiteral("logo.png"));
    QImage image(120, 40, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    QVERIFY(image.save(png));
    QVERIFY(page->setLogoFile(png));

    // Put right and saved: one change for the outbox, and the documents' profile is the new one.
    page->field(QStringLiteral("iban"))->setText(QStringLiteral("DE89 3704 0044 0532 0130 00"));
    page->field(QStringLiteral("email"))->setText(QStringLiteral("orders@nordwind.example"));
    page->registrationField()->setPlainText(QStringLiteral("Amtsgericht Hamburg HRB 12345"));
    page->saveAction()->trigger();
    QTRY_COMPARE(page->messageBar()->tone(), Tone::Success);
    QCOMPARE(value(QStringLiteral("SELECT iban || ' ' || email || ' ' || registration FROM company_profiles")),
             QStringLiteral("DE89 3704 0044 0532 0130 00 orders@nordwind.example Amtsgericht Hamburg HRB 12345"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'company_profile' AND op = 'update'")),
             QStringLiteral("1"));
    QVERIFY(value(QStringLiteral("SELECT logo FROM company_profiles")).startsWith(QStringLiteral("iVBORw0KGgo")));
    QVERIFY(!page->saveAction()->isEnabled());
}

void TestAdminPages::accountsNeedTheServer()
{
    open(Role::Admin);
    UsersPage *users = m_window->administration()->users();
    m_window->administration()->tabs()->setCurrentWidget(users);
    // The demo has no server: the page says so instead of showing an empty list.
    QTRY_VERIFY(users->unavailable()->isVisible());
    QCOMPARE(users->unavailable()->title(), QStringLiteral("Accounts are managed on the server"));
    QVERIFY(users->unavailable()->hint().contains(QStringLiteral("not connected to a server")));
    QCOMPARE(users->accountCount(), -1);
    QVERIFY(!users->newUserAction()->isEnabled());
    QVERIFY(!users->activeAction()->isEnabled());
    // So do the assignments and their history (Move… in the tree works on this copy instead).
    RealignmentPage *realignment = m_window->administration()->realignment();
    m_window->administration()->tabs()->setCurrentWidget(realignment);
    QTRY_VERIFY(realignment->unavailable()->isVisible());
    QCOMPARE(realignment->unavailable()->title(), QStringLiteral("Realignments are made on the server"));
    RealignmentHistoryPage *history = m_window->administration()->realignmentHistory();
    m_window->administration()->tabs()->setCurrentWidget(history);
    QTRY_VERIFY(history->unavailable()->isVisible());
    QCOMPARE(history->unavailable()->title(), QStringLiteral("The history is kept on the server"));
    QVERIFY(!history->exportAction()->isEnabled());
    QVERIFY(!history->cancelAction()->isEnabled());
}

void TestAdminPages::managersMakeAgentsAndManagersOnly()
{
    open(Role::Manager);
    const std::optional<User> me = m_window->workspace().user();
    QVERIFY(me);
    const Result<TerritoryTree> tree = TerritoryTree::read(m_window->workspace().database(), me->managedTerritoryIds);
    QVERIFY(tree.ok());
    UserDialog dialog(m_window->workspace(), *tree, Role::Manager);
    auto *role = dialog.findChild<QComboBox *>(QStringLiteral("role"));
    QCOMPARE(role->count(), 2);
    QCOMPARE(role->itemText(0), DisplayText::role(Role::Agent));
    QCOMPARE(role->itemText(1), DisplayText::role(Role::Manager));
    // An agent is given leaves only; every territory offered lies in the manager's subtree.
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("territories"));
    qsizetype offered = 0;
    qsizetype choosable = 0;
    for (QTreeWidgetItemIterator it(list); *it; ++it) {
        ++offered;
        choosable += (*it)->flags().testFlag(Qt::ItemIsUserCheckable) ? 1 : 0;
    }
    QCOMPARE(offered, tree->nodes().size());
    QCOMPARE(choosable, std::count_if(tree->nodes().cbegin(), tree->nodes().cend(), [](const TerritoryTree::Node &n) {
                 return n.territory.level == TerritoryLevel::Territory && n.territory.active;
             }));
    role->setCurrentIndex(1);
    for (QTreeWidgetItemIterator it(list); *it; ++it) {
        QVERIFY((*it)->flags().testFlag(Qt::ItemIsUserCheckable));
    }
    // The form names what is missing before anything goes to the server.
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.errors().message(QStringLiteral("username")), QStringLiteral("is required"));
    QCOMPARE(dialog.errors().message(QStringLiteral("displayName")), QStringLiteral("is required"));
}

QTEST_MAIN(TestAdminPages)
#include "tst_adminpages.moc"
