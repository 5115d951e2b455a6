#pragma once

#include "core/domain/customer.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QToolBar;
class QTabWidget;
class QTimer;
class QTreeWidget;

namespace SalesSync {

class MapView;
class TileSource;

class CustomerListModel;
class Workspace;

// All customers in reach: a search box (name, city, phone, customer number), a sortable list that
// loads as it scrolls, and the selected customer's details: contact, address and coordinates,
// open balance against the credit limit, and the visit, order and payment history.
class CustomersPage final : public QWidget {
    Q_OBJECT

public:
    explicit CustomersPage(Workspace &workspace, QWidget *parent = nullptr);

    CustomerListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QString countText() const;
    QString selectedCustomerId() const;
    void selectCustomer(const QString &id);
    // Selects the customer if the list has read it, and shows the details in any case.
    void showCustomer(const QString &id);
    void setTileSource(TileSource *tiles);
    MapView *map() const { return m_map; }
    // The details shown for the selected customer (tests): "balance", "creditLimit", ...
    QString detail(const QString &name) const;
    // Rows in a history list: 0 visits, 1 orders, 2 ledger.
    int historyCount(int tab) const;
    // The customer whose details are showing (empty while loading or when none is selected).
    QString shownCustomerId() const { return m_shown.id; }

    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }

signals:
    // Details for this customer are on screen.
    void detailsShown(const QString &customerId);
    void orderRequested(const QString &customerId);
    void paymentRequested(const QString &customerId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildDetails();
    QToolBar *buildActions();
    void showDetails(const QString &id);
    void editCustomer(bool create);
    void updateCount();

    Workspace &m_workspace;
    CustomerListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_title = nullptr;
    MapView *m_map = nullptr;
    QHash<QString, QLabel *> m_details;
    QTabWidget *m_history = nullptr;
    QTreeWidget *m_visits = nullptr;
    QTreeWidget *m_orders = nullptr;
    QTreeWidget *m_payments = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_order = nullptr;
    QAction *m_payment = nullptr;
    Customer m_shown;
    quint64 m_detailGeneration = 0;
    QString m_reselect;
};

} // namespace SalesSync
