#pragma once

#include <QMainWindow>

#include <memory>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace SalesSync {

class Database;
class OverviewPage;

// The main window: navigation on the left, one page per area on the right, sync state in the
// status bar. Areas that later releases bring say so plainly instead of pretending to work.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(std::unique_ptr<Database> database, const QString &profileName, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() { return *m_database; }
    OverviewPage *overview() const { return m_overview; }
    // The navigation entries, in order, as shown.
    QStringList sections() const;
    void showSection(int index);
    int currentSection() const;
    QString currentSectionText() const;

private:
    QWidget *makeComingLaterPage(const QString &section, const QString &description);
    void showAbout();

    std::unique_ptr<Database> m_database;
    QString m_profileName;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    OverviewPage *m_overview = nullptr;
    QLabel *m_syncState = nullptr;
};

} // namespace SalesSync
