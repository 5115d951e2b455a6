#include "ui/mainwindow.h"

#include "core/demo/demoworkspace.h"
#include "core/repositories/userrepository.h"
#include "core/store/database.h"
#include "sync/client/syncsession.h"
#include "ui/admin/administrationpage.h"
#include "ui/admin/auditlogpage.h"
#include "ui/dialogs/ordereditordialog.h"
#include "ui/displaytext.h"
#include "ui/helpdialogs.h"
#include "ui/map/tilesource.h"
#include "ui/overviewpage.h"
#include "ui/pages/customerspage.h"
#include "ui/pages/orderspage.h"
#include "ui/pages/paymentspage.h"
#include "ui/pages/settingspage.h"
#include "ui/pages/syncpage.h"
#include "ui/pages/todaypage.h"
#include "ui/pages/visitpage.h"
#include "ui/passwordchange.h"
#include "ui/positionprovider.h"
#include "ui/signindialog.h"
#include "ui/syncindicator.h"
#include "ui/theme/theme.h"
#include "ui/widgets/customerpicker.h"
#include "ui/widgets/navigationlist.h"
#include "ui/workspace.h"

#include <QAction>
#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace SalesSync {

MainWindow::MainWindow(std::unique_ptr<Workspace> workspace, ProfileStore profiles, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(std::move(workspace))
    , m_profiles(std::move(profiles))
{
    Database &database = m_workspace->database();
    const Profile &profile = m_workspace->profile();
    // A file that cannot answer this read could not have opened; the title then names the profile.
    const Result<bool> isDemo = DemoWorkspace::isDemo(database);
    const bool demo = isDemo && *isDemo;
    // The document first, the application last, as desktop windows are named.
    setWindowTitle(demo ? tr("Demo workspace — SalesSync") : tr("%1 — SalesSync").arg(profile.name));
    resize(1200, 760);

    buildPages();
    buildMenus();
    buildStatusBar(demo);
    connectPages();
}

// The sections, each a page behind an entry of the navigation (Ctrl+1 ... Ctrl+7).
void MainWindow::buildPages()
{
    m_navigation = new NavigationList(this);
    m_pages = new QStackedWidget(this);

    m_today = new TodayPage(*m_workspace, this);
    // A visit opens in place of the day's list, in the Today section; "Back to today" returns.
    m_visit = new VisitPage(*m_workspace, nullptr, this);
    m_todayStack = new QStackedWidget(this);
    m_todayStack->addWidget(m_today);
    m_todayStack->addWidget(m_visit);
    m_todayStack->setFocusProxy(m_today);
    m_customers = new CustomersPage(*m_workspace, this);
    m_orders = new OrdersPage(*m_workspace, this);
    m_payments = new PaymentsPage(*m_workspace, this);
    m_syncPage = new SyncPage(*m_workspace, this);
    m_settings = new SettingsPage(*m_workspace, m_profiles, this);
    m_overview = new OverviewPage(*m_workspace, this);
    m_administration = new AdministrationPage(*m_workspace, this);
    const QList<std::tuple<QString, QString, QWidget *>> sections = {
        {QStringLiteral("view-calendar-day"), tr("Today"), m_todayStack},
        {QStringLiteral("system-users"), tr("Customers"), m_customers},
        {QStringLiteral("view-list-details"), tr("Orders"), m_orders},
        {QStringLiteral("view-financial-list"), tr("Payments"), m_payments},
        {QStringLiteral("view-refresh"), tr("Sync"), m_syncPage},
        {QStringLiteral("configure"), tr("Settings"), m_settings},
        {QStringLiteral("view-statistics"), tr("Overview"), m_overview},
        {QStringLiteral("security-high"), tr("Administration"), m_administration},
    };
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const auto &[icon, name, page] = sections.at(i);
        m_navigation->addSection(icon, name);
        m_pages->addWidget(page);
        // Ctrl+1 ... Ctrl+7 jump to a section.
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        shortcut->setWhatsThis(tr("Go to %1").arg(name));
        connect(shortcut, &QShortcut::activated, this, [this, i] {
            if (isSectionShown(int(i))) {
                showSection(int(i));
            }
        });
    }
    m_navigation->setToolTip(tr("Ctrl+1, Ctrl+2, … switch between the sections"));
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        if (QWidget *page = m_pages->currentWidget(); page && page->focusProxy()) {
            page->setFocus();
        }
    });

    auto *central = new QWidget(this);
    auto *centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_navigation);
    auto *rule = new QFrame(central);
    rule->setFrameShape(QFrame::VLine);
    rule->setFrameShadow(QFrame::Plain);
    Theme::setTone(rule, Tone::Border);
    centralLayout->addWidget(rule);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_navigation->setCurrentRow(0);
    updateAdministration();
    connect(m_workspace.get(), &Workspace::dataChanged, this, [this](const QStringList &entities) {
        if (entities.contains(u"user")) {
            updateAdministration(); // a role changed with the last sync
        }
    });
}

void MainWindow::updateAdministration()
{
    const std::optional<User> user = m_workspace->user();
    const bool shown = user && user->role != Role::Agent;
    const int row = m_pages->indexOf(m_administration);
    m_navigation->setRowHidden(row, !shown);
    if (!shown && m_navigation->currentRow() == row) {
        showSection(0);
    }
}

bool MainWindow::isSectionShown(int index) const
{
    return index >= 0 && index < m_navigation->count() && !m_navigation->isRowHidden(index);
}

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(Theme::icon(QStringLiteral("system-switch-user")), tr("S&witch profile…"), this,
                        &MainWindow::switchProfileRequested);
    QAction *signOut = fileMenu->addAction(Theme::icon(QStringLiteral("system-log-out")), tr("Sign &out…"), this,
                                           &MainWindow::signOutRequested);
    signOut->setEnabled(m_workspace->sync() != nullptr);
    fileMenu->addSeparator();
    QAction *quit =
        fileMenu->addAction(Theme::icon(QStringLiteral("application-exit")), tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *syncMenu = menuBar()->addMenu(tr("&Sync"));
    QAction *syncNow = syncMenu->addAction(Theme::icon(QStringLiteral("view-refresh")), tr("Sync &now"));
    syncNow->setShortcut(QKeySequence::Refresh);
    syncNow->setEnabled(m_workspace->sync() != nullptr);
    if (Sync::SyncSession *session = m_workspace->sync()) {
        connect(syncNow, &QAction::triggered, session, &Sync::SyncSession::syncNow);
    }
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *guide = helpMenu->addAction(Theme::icon(QStringLiteral("help-contents")), tr("&User guide"), this,
                                         &MainWindow::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *keys = helpMenu->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    helpMenu->addSeparator();
    helpMenu->addAction(Theme::icon(QStringLiteral("help-about")), tr("&About SalesSync"), this,
                        &MainWindow::showAbout);
}

// Who is signed in, and the sync state.
void MainWindow::buildStatusBar(bool demo)
{
    // Who is signed in, from the local copy of the users table (filled by the first sync).
    auto *whoLabel = new QLabel(this);
    whoLabel->setObjectName(QStringLiteral("who"));
    statusBar()->addWidget(whoLabel);
    const auto updateWho = [this, whoLabel, demo] {
        QString who = tr("nobody signed in");
        if (const std::optional<User> actor = m_workspace->user()) {
            const QString role = DisplayText::role(actor->role);
            who = tr("signed in as %1 (%2)").arg(actor->displayName, role);
        }
        whoLabel->setText(demo ? tr("Demo workspace — %1").arg(who)
                               : tr("Profile %1 — %2").arg(m_workspace->profile().name, who));
    };
    updateWho();
    connect(m_workspace.get(), &Workspace::dataChanged, whoLabel, [updateWho](const QStringList &entities) {
        if (entities.contains(u"user")) {
            updateWho();
        }
    });
    m_syncIndicator = new SyncIndicator(m_workspace->sync() ? m_workspace->sync()->status() : nullptr, this);
    statusBar()->addPermanentWidget(m_syncIndicator);
    if (Sync::SyncSession *session = m_workspace->sync()) {
        connect(m_syncIndicator, &SyncIndicator::syncNowRequested, session, &Sync::SyncSession::syncNow);
        connect(m_syncIndicator, &SyncIndicator::signInRequested, this, &MainWindow::renewSignIn);
    }
    connect(m_syncIndicator, &SyncIndicator::detailsRequested, this, [this] { showSection(4); });
}

// How the pages lead to each other: a visit, an order, a payment, a customer, the map tiles.
void MainWindow::connectPages()
{
    connect(m_today, &TodayPage::visitOpened, this, &MainWindow::openVisit);
    const auto openCustomer = [this](const QString &id) {
        showSection(1);
        m_customers->showCustomer(id);
    };
    connect(m_today, &TodayPage::customerRequested, this, openCustomer);
    connect(m_overview, &OverviewPage::customerOpened, this, openCustomer);
    // One tile source for every map of the window (its memory and disk cache are shared).
    m_tiles = TileSource::fromSettings(m_profiles.appSetting(QStringLiteral("mapTiles")),
                                       m_profiles.appSetting(QStringLiteral("mapAttribution")), this);
    m_today->setTileSource(m_tiles);
    m_visit->setTileSource(m_tiles);
    connect(m_visit, &VisitPage::closed, this, [this] {
        m_todayStack->setCurrentWidget(m_today);
        m_todayStack->setFocusProxy(m_today);
        m_today->setFocus();
    });
    connect(m_visit, &VisitPage::orderRequested, this,
            [this](const QString &customerId, const QString &visit) { newOrder(customerId, visit); });
    connect(m_visit, &VisitPage::orderOpened, this, &MainWindow::openOrder);
    m_customers->setTileSource(m_tiles);
    connect(m_orders, &OrdersPage::orderOpened, this, &MainWindow::openOrder);
    connect(m_orders, &OrdersPage::newOrderRequested, this, [this] { newOrder({}); });
    connect(m_customers, &CustomersPage::orderRequested, this, [this](const QString &id) { newOrder(id); });
    connect(m_administration->auditLog(), &AuditLogPage::recordRequested, this,
            [this](const QString &entity, const QString &id) {
                if (entity == u"customer") {
                    showSection(1);
                    m_customers->showCustomer(id);
                } else if (entity == u"order") {
                    openOrder(id);
                } else if (entity == u"visit") {
                    openVisit(id);
                }
            });
    connect(m_customers, &CustomersPage::paymentRequested, this, [this](const QString &id) {
        showSection(3);
        m_payments->recordPaymentFor(id);
    });
}

OrderEditorDialog *MainWindow::openOrder(const QString &orderId)
{
    auto *dialog = new OrderEditorDialog(*m_workspace, orderId, this);
    dialog->setObjectName(QStringLiteral("orderEditor"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

OrderEditorDialog *MainWindow::newOrder(const QString &customerId, const QString &visitId)
{
    if (customerId.isEmpty()) {
        // Whose order? Chosen like a customer for a visit.
        auto *choose = new QDialog(this);
        choose->setWindowTitle(tr("New order for…"));
        choose->setAttribute(Qt::WA_DeleteOnClose);
        auto *picker = new CustomerPicker(*m_workspace, choose);
        auto *layout = new QVBoxLayout(choose);
        layout->addWidget(new QLabel(tr("Choose the customer:"), choose));
        layout->addWidget(picker);
        connect(picker, &CustomerPicker::customerChosen, this, [this, choose](const QString &id) {
            choose->accept();
            newOrder(id);
        });
        choose->open();
        return nullptr;
    }
    auto *dialog = new OrderEditorDialog(*m_workspace, customerId, visitId, this);
    dialog->setObjectName(QStringLiteral("orderEditor"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

VisitPage *MainWindow::openVisit(const QString &visitId)
{
    m_visit->open(visitId);
    m_todayStack->setCurrentWidget(m_visit);
    m_todayStack->setFocusProxy(m_visit);
    showSection(0);
    m_visit->setFocus();
    return m_visit;
}

MainWindow::~MainWindow()
{
    // The screens go before the workspace they show: their reads run on its threads and file.
    qDeleteAll(findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
}

QStringList MainWindow::sections() const
{
    QStringList names;
    for (int i = 0; i < m_navigation->count(); ++i) {
        if (isSectionShown(i)) {
            names << m_navigation->item(i)->text();
        }
    }
    return names;
}

void MainWindow::showSection(int index)
{
    m_navigation->setCurrentRow(index);
}

int MainWindow::currentSection() const
{
    return m_pages->currentIndex();
}

void MainWindow::setPositionProvider(PositionProvider *provider)
{
    if (m_position) {
        m_position->disconnect(this);
    }
    m_position = provider;
    m_settings->setPositionProvider(provider);
    m_visit->setPositionProvider(provider);
    if (!provider) {
        return;
    }
    // Route suggestions start where the agent was last located (the last check-in).
    if (const std::optional<PositionFix> last = provider->lastFix()) {
        m_today->setCurrentPosition(last->point);
    }
    connect(provider, &PositionProvider::fixed, this,
            [this](const PositionFix &fix) { m_today->setCurrentPosition(fix.point); });
}

void MainWindow::renewSignIn()
{
    Sync::SyncSession *session = m_workspace->sync();
    if (!session) {
        return;
    }
    auto *dialog = new SignInDialog(SignInDialog::Mode::Renew, this);
    dialog->setObjectName(QStringLiteral("renewSignIn"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAccount(m_workspace->profile().server, m_workspace->profile().username);
    connect(dialog, &SignInDialog::submitted, session,
            [session, dialog](const QUrl &, const QString &username, const QString &password) {
                dialog->setBusy(true);
                session->signIn(username, password);
            });
    // An administrator reset the password: the person chooses their own, then signs in with it.
    connect(session, &Sync::SyncSession::passwordChangeRequired, dialog, &SignInDialog::askForNewPassword);
    connect(dialog, &SignInDialog::passwordChangeSubmitted, session,
            [this, session, dialog](const QUrl &server, const QString &username, const QString &secret, bool setupCode,
                                    const QString &newPassword) {
                dialog->setBusy(true);
                PasswordChange::start(
                    dialog, {server, username, secret, setupCode, newPassword, m_workspace->database().deviceId()},
                    [session, dialog, username, newPassword](bool ok, const QString &field, const QString &message) {
                        if (!ok) {
                            dialog->setBusy(false);
                            dialog->showError(field, message);
                            return;
                        }
                        session->signIn(username, newPassword);
                    });
            });
    connect(session, &Sync::SyncSession::signedIn, dialog, [dialog](bool ok, const QString &error) {
        dialog->setBusy(false);
        if (!ok) {
            dialog->showError(QString(), error);
            return;
        }
        dialog->accept();
    });
    dialog->open();
}

void MainWindow::showUserGuide()
{
    if (auto *open = findChild<UserGuideDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new UserGuideDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showShortcuts()
{
    QList<std::pair<QString, QWidget *>> sections;
    for (int i = 0; i < m_navigation->count(); ++i) {
        if (isSectionShown(i)) {
            sections.append({m_navigation->item(i)->text(), m_pages->widget(i)});
        }
    }
    auto *dialog = new ShortcutsDialog(this, sections, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout()
{
    Database &database = m_workspace->database();
    QMessageBox::about(this, tr("About SalesSync"),
                       tr("<h3>SalesSync %1</h3><p>Offline-first field sales for agents, managers and admins.</p>"
                          "<p>Qt %2 (built with %3)<br>Data file: %4<br>Data format: %5</p>")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                QStringLiteral(QT_VERSION_STR), database.path().toHtmlEscaped())
                           .arg(database.schemaVersion()));
}

} // namespace SalesSync
