#pragma once

#include <QWidget>

class QComboBox;
class QTableView;

namespace SalesSync {

class EmptyState;
class OrderListModel;
class Workspace;

// The agent's orders, newest first, with their status; filter by status, open one (Return) to
// read, continue a draft, print it or save it as PDF.
class OrdersPage final : public QWidget {
    Q_OBJECT

public:
    explicit OrdersPage(Workspace &workspace, QWidget *parent = nullptr);

    OrderListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *statusFilter() const { return m_status; }

signals:
    void orderOpened(const QString &orderId);
    void newOrderRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // What the empty list says: none at all, or none with the chosen status.
    void updateEmptyState();

    Workspace &m_workspace;
    OrderListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_status = nullptr;
    EmptyState *m_empty = nullptr;
};

} // namespace SalesSync
