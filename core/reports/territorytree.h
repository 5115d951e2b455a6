#pragma once

#include "core/domain/territory.h"
#include "core/result.h"

#include <QList>
#include <QStringList>

namespace SalesSync {

class Database;

// The territory tree as the administration shows it: each node with the people and customers
// in it and below it, in the order of the tree (a region, then its first area, that area's
// territories, the next area, ...; siblings by name).
class TerritoryTree final {
public:
    struct Node {
        Territory territory;
        int parent = -1;           // index of the parent node in nodes(), -1 for a root
        int depth = 0;             // 0 for a root
        qint64 customers = 0;      // in this node and every node below it
        qint64 ownCustomers = 0;   // in this node itself (only leaves hold customers)
        QStringList agents;        // display names of the agents assigned here (leaves), sorted
        qint64 agentsBelow = 0;    // agents assigned here or below, each counted once
        QStringList managers;      // display names of the managers of this node, sorted
        qint64 activeChildren = 0; // active nodes directly below
    };

    // The whole tree, or, given roots, only their subtrees (a manager's territories).
    static Result<TerritoryTree> read(Database &database, const QStringList &roots = {});

    const QList<Node> &nodes() const { return m_nodes; }
    // The index of the node with this id, or -1.
    int indexOf(const QString &territoryId) const;
    // How many nodes there are of a level.
    qint64 count(TerritoryLevel level) const;
    // Customers in the whole tree shown.
    qint64 customers() const;

private:
    QList<Node> m_nodes;
};

} // namespace SalesSync
