#pragma once

#include <QMainWindow>

#include <memory>

class QListWidget;
class QStackedWidget;

namespace SalesSync {

class CustomersPage;
class OrderEditorDialog;
class OrdersPage;
class PaymentsPage;
class OverviewPage;
class PositionProvider;
class VisitDialog;
class SyncIndicator;
class TodayPage;
class Workspace;

// The main window: navigation on the left, one page per area on the right, sync state in the
// status bar. Areas that later releases bring say so plainly instead of pretending to work.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent = nullptr);
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
    QString currentSectionText() const;

    // Asks for the password again (the server ended the sign-in) and signs in on this workspace.
    void renewSignIn();
    // Where check-ins take their position from (owned by the caller; none: manual check-ins).
    void setPositionProvider(PositionProvider *provider) { m_position = provider; }
    // Opens the visit screen for a visit.
    VisitDialog *openVisit(const QString &visitId);
    // Opens an order, or starts a new one for a customer (during a visit when visitId is given);
    // with no customer, asks for one first.
    OrderEditorDialog *openOrder(const QString &orderId);
    OrderEditorDialog *newOrder(const QString &customerId, const QString &visitId = {});
    OrdersPage *orders() const { return m_orders; }
    PaymentsPage *payments() const { return m_payments; }

signals:
    void switchProfileRequested();
    void signOutRequested();

private:
    QWidget *makeComingLaterPage(const QString &section, const QString &description);
    void showAbout();

    std::unique_ptr<Workspace> m_workspace;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    OverviewPage *m_overview = nullptr;
    TodayPage *m_today = nullptr;
    CustomersPage *m_customers = nullptr;
    OrdersPage *m_orders = nullptr;
    PaymentsPage *m_payments = nullptr;
    SyncIndicator *m_syncIndicator = nullptr;
    PositionProvider *m_position = nullptr;
};

} // namespace SalesSync
