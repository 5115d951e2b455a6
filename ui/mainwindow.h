#pragma once

#include "ui/profilestore.h"

#include <QMainWindow>

#include <memory>

class QStackedWidget;

namespace SalesSync {

class AdministrationPage;
class CustomersPage;
class NavigationList;
class OrderEditorDialog;
class OrdersPage;
class PaymentsPage;
class SettingsPage;
class SyncPage;
class OverviewPage;
class PositionProvider;
class VisitPage;
class SyncIndicator;
class TileSource;
class TodayPage;
class Workspace;

// The main window: navigation on the left (Ctrl+1 to Ctrl+8), one page per area on the right,
// sync state in the status bar. Administration is there for admins and managers only.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    // profiles: where installation-wide settings (the language) are kept.
    explicit MainWindow(std::unique_ptr<Workspace> workspace, ProfileStore profiles = ProfileStore(),
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace &workspace() { return *m_workspace; }
    OverviewPage *overview() const { return m_overview; }
    TodayPage *today() const { return m_today; }
    CustomersPage *customers() const { return m_customers; }
    SyncIndicator *syncIndicator() const { return m_syncIndicator; }
    // The navigation entries, in order, as shown.
    QStringList sections() const;
    void showSection(int index);
    int currentSection() const;

    // Asks for the password again (the server ended the sign-in) and signs in on this workspace.
    void renewSignIn();
    // Where check-ins take their position from (owned by the caller; none: manual check-ins).
    void setPositionProvider(PositionProvider *provider);
    // Shows a visit in the Today section.
    VisitPage *openVisit(const QString &visitId);
    VisitPage *visitPage() const { return m_visit; }
    // Opens an order, or starts a new one for a customer (during a visit when visitId is given);
    // with no customer, asks for one first.
    OrderEditorDialog *openOrder(const QString &orderId);
    OrderEditorDialog *newOrder(const QString &customerId, const QString &visitId = {});
    OrdersPage *orders() const { return m_orders; }
    PaymentsPage *payments() const { return m_payments; }
    SyncPage *syncPage() const { return m_syncPage; }
    SettingsPage *settings() const { return m_settings; }
    AdministrationPage *administration() const { return m_administration; }
    // Whether the navigation offers this section now (Administration follows the role).
    bool isSectionShown(int index) const;

signals:
    void switchProfileRequested();
    void signOutRequested();

private:
    void buildPages();
    // Shows the administration section to admins and managers, hides it from agents.
    void updateAdministration();
    void buildMenus();
    void buildStatusBar(bool demo);
    void connectPages();
    void showAbout();
    void showUserGuide();
    void showShortcuts();

    std::unique_ptr<Workspace> m_workspace;
    ProfileStore m_profiles;
    NavigationList *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    OverviewPage *m_overview = nullptr;
    TodayPage *m_today = nullptr;
    VisitPage *m_visit = nullptr;
    QStackedWidget *m_todayStack = nullptr;
    CustomersPage *m_customers = nullptr;
    OrdersPage *m_orders = nullptr;
    PaymentsPage *m_payments = nullptr;
    SyncPage *m_syncPage = nullptr;
    SettingsPage *m_settings = nullptr;
    AdministrationPage *m_administration = nullptr;
    SyncIndicator *m_syncIndicator = nullptr;
    PositionProvider *m_position = nullptr;
    TileSource *m_tiles = nullptr;
};

} // namespace SalesSync
