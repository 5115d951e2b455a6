#pragma once

#include "core/reports/territorytree.h"
#include "core/rules/realignment.h"

#include <QWidget>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QToolBar;
class QTreeView;

namespace SalesSync {

class EmptyState;
class MessageBar;
class PageHeader;
class Workspace;

// The territory tree (region > area > territory) with the customers, agents and managers of
// each node. Admins add regions and nodes below them, rename them and deactivate or reactivate
// them, with the tree's rules checked in place; managers see their own subtree, read only.
class TerritoriesPage final : public QWidget {
    Q_OBJECT

public:
    enum Column { Name, Code, Customers, Agents, Managers, Status, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit TerritoriesPage(Workspace &workspace, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    const TerritoryTree &tree() const { return m_tree; }
    bool isLoaded() const { return m_loaded; }
    QString subtitle() const;
    MessageBar *messageBar() const { return m_message; }
    QAction *newRegionAction() const { return m_newRegion; }
    QAction *newBelowAction() const { return m_newBelow; }
    QAction *editAction() const { return m_edit; }
    QAction *activeAction() const { return m_active; }
    QAction *moveAction() const { return m_move; }
    // Makes the node with this id current (once the tree is read).
    void select(const QString &territoryId);
    // The node in the current row, or nullptr.
    const TerritoryTree::Node *currentNode() const;

signals:
    void loaded();
    // Move… handed a move to Assignments (the server's preview and an effective date).
    void realignmentRequested(const SalesSync::RealignmentMoves::TerritoryMove &move, const QString &description);

private:
    void reload();
    void show(TerritoryTree tree);
    void updateActions();
    void addBelow(bool region);
    void editCurrent();
    void toggleActive();
    void moveCurrent();

    Workspace &m_workspace;
    TerritoryTree m_tree;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_find = nullptr;
    QToolBar *m_toolbar = nullptr;
    PageHeader *m_header = nullptr;
    EmptyState *m_empty = nullptr;
    MessageBar *m_message = nullptr;
    QAction *m_newRegion = nullptr;
    QAction *m_newBelow = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_active = nullptr;
    QAction *m_move = nullptr;
    QString m_selectWhenLoaded;
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_admin = false;
};

} // namespace SalesSync
