#include "ui/mainwindow.h"

#include "core/demo/demoworkspace.h"
#include "core/repositories/userrepository.h"
#include "core/store/database.h"
#include "ui/overviewpage.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace SalesSync {

MainWindow::MainWindow(std::unique_ptr<Database> database, const QString &profileName, QWidget *parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
    , m_profileName(profileName)
{
    const bool demo = DemoWorkspace::isDemo(*m_database);
    setWindowTitle(demo ? tr("SalesSync — Demo workspace") : tr("SalesSync — %1").arg(profileName));
    resize(1100, 720);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setMaximumWidth(220);
    m_pages = new QStackedWidget(this);

    m_overview = new OverviewPage(*m_database, this);
    const QList<std::pair<QString, QWidget *>> sections = {
        {tr("Overview"), m_overview},
        {tr("Today"), makeComingLaterPage(tr("Today"), tr("Your visits for the day in route order, with check-in "
                                                          "and check-out, will be here."))},
        {tr("Customers"),
         makeComingLaterPage(tr("Customers"), tr("Searching, viewing and editing customers will be here."))},
        {tr("Orders"), makeComingLaterPage(tr("Orders"), tr("Taking orders from the catalogue will be here."))},
        {tr("Payments"),
         makeComingLaterPage(tr("Payments"), tr("Collecting payments and reversing entries will be here."))},
        {tr("Sync"), makeComingLaterPage(tr("Sync"), tr("Syncing with your company's SalesSync server will be here."))},
        {tr("Settings"),
         makeComingLaterPage(tr("Settings"), tr("Server, language and geofence settings will be here."))},
    };
    for (qsizetype i = 0; i < sections.size(); ++i) {
        m_navigation->addItem(sections.at(i).first);
        m_pages->addWidget(sections.at(i).second);
        // Ctrl+1 ... Ctrl+7 jump to a section.
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { showSection(int(i)); });
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    m_navigation->setCurrentRow(0);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About SalesSync"), this, &MainWindow::showAbout);

    // Who is signed in, from the local copy of the users table.
    QString who = tr("nobody signed in");
    if (const Result<User> actor = UserRepository(*m_database).get(m_database->actorUserId()); actor) {
        QString role;
        switch (actor->role) {
        case Role::Admin:
            role = tr("admin");
            break;
        case Role::Manager:
            role = tr("manager");
            break;
        case Role::Agent:
            role = tr("agent");
            break;
        }
        who = tr("signed in as %1 (%2)").arg(actor->displayName, role);
    }
    statusBar()->addWidget(
        new QLabel(demo ? tr("Demo workspace — %1").arg(who) : tr("Profile %1 — %2").arg(profileName, who), this));
    m_syncState = new QLabel(tr("Offline — no server configured"), this);
    m_syncState->setObjectName(QStringLiteral("syncState"));
    statusBar()->addPermanentWidget(m_syncState);
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::makeComingLaterPage(const QString &section, const QString &description)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *label = new QLabel(tr("<h2>%1</h2><p>This section is not available in this version of SalesSync yet.</p>"
                                "<p>%2</p>")
                                 .arg(section.toHtmlEscaped(), description.toHtmlEscaped()),
                             page);
    label->setObjectName(QStringLiteral("comingLater"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
    return page;
}

QStringList MainWindow::sections() const
{
    QStringList names;
    for (int i = 0; i < m_navigation->count(); ++i) {
        names << m_navigation->item(i)->text();
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

QString MainWindow::currentSectionText() const
{
    const auto *label = m_pages->currentWidget()->findChild<QLabel *>(QStringLiteral("comingLater"));
    return label ? label->text() : QString();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SalesSync"),
                       tr("<h3>SalesSync %1</h3><p>Offline-first field sales for agents, managers and admins.</p>"
                          "<p>Qt %2 (built with %3)<br>Data file: %4<br>Data format: %5</p>")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                QStringLiteral(QT_VERSION_STR), m_database->path().toHtmlEscaped())
                           .arg(m_database->schemaVersion()));
}

} // namespace SalesSync
