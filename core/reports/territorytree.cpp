#include "core/reports/territorytree.h"

#include "core/repositories/territoryrepository.h"
#include "core/store/database.h"
#include "core/store/sqlutil.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace SalesSync {

namespace {

// What the rows of other tables say about the territories, by territory id.
struct Holdings {
    QHash<QString, qint64> customers;
    QHash<QString, QList<std::pair<QString, QString>>> agents; // agent id, display name
    QHash<QString, QStringList> managers;
};

Result<Holdings> readHoldings(Database &database)
{
    Holdings h;
    Result<QSqlQuery> q = runQuery(
        database.connection(), QStringLiteral("SELECT territory_id, count(*) FROM customers GROUP BY territory_id"));
    if (!q) {
        return q.error();
    }
    while (q.value().next()) {
        h.customers.insert(q.value().value(0).toString(), q.value().value(1).toLongLong());
    }
    q = runQuery(database.connection(),
                 QStringLiteral("SELECT x.territory_id, a.id, u.display_name FROM agent_territories x JOIN agents a ON "
                                "a.id = x.agent_id JOIN users u ON u.id = a.user_id"));
    if (!q) {
        return q.error();
    }
    while (q.value().next()) {
        h.agents[q.value().value(0).toString()].append({q.value().value(1).toString(), q.value().value(2).toString()});
    }
    q = runQuery(database.connection(),
                 QStringLiteral("SELECT m.territory_id, u.display_name FROM manager_territories m JOIN users u ON "
                                "u.id = m.user_id WHERE u.role = 'manager'"));
    if (!q) {
        return q.error();
    }
    while (q.value().next()) {
        h.managers[q.value().value(0).toString()] << q.value().value(1).toString();
    }
    return h;
}

QStringList sortedNames(QStringList names)
{
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return names;
}

} // namespace

Result<TerritoryTree> TerritoryTree::read(Database &database, const QStringList &roots)
{
    const Result<QList<Territory>> all = TerritoryRepository(database).all();
    if (!all) {
        return all.error();
    }
    const Result<Holdings> holdings = readHoldings(database);
    if (!holdings) {
        return holdings.error();
    }
    QHash<QString, QList<Territory>> children; // by parent id; "" holds the regions
    for (const Territory &t : *all) {
        children[t.parentId] << t;
    }
    for (QList<Territory> &siblings : children) {
        std::sort(siblings.begin(), siblings.end(),
                  [](const Territory &a, const Territory &b) { return a.name.localeAwareCompare(b.name) < 0; });
    }
    QList<Territory> top = children.value(QString());
    if (!roots.isEmpty()) {
        // Each given root once, and not again below another given root.
        QHash<QString, QString> parentOf;
        for (const Territory &t : *all) {
            parentOf.insert(t.id, t.parentId);
        }
        const auto belowAnotherRoot = [&](QString id) {
            while (!(id = parentOf.value(id)).isEmpty()) {
                if (roots.contains(id)) {
                    return true;
                }
            }
            return false;
        };
        top.clear();
        for (const Territory &t : *all) {
            if (roots.contains(t.id) && !belowAnotherRoot(t.id)) {
                top << t;
            }
        }
    }

    TerritoryTree tree;
    QList<QSet<QString>> agentsBelow;
    // Depth first, each node before the nodes below it; the counts add up on the way back.
    const std::function<void(const Territory &, int, int)> visit = [&](const Territory &t, int parent, int depth) {
        Node node;
        node.territory = t;
        node.parent = parent;
        node.depth = depth;
        node.ownCustomers = holdings->customers.value(t.id);
        node.customers = node.ownCustomers;
        QSet<QString> agentIds;
        for (const auto &[agentId, name] : holdings->agents.value(t.id)) {
            agentIds.insert(agentId);
            node.agents << name;
        }
        node.agents = sortedNames(node.agents);
        node.managers = sortedNames(holdings->managers.value(t.id));
        const int index = int(tree.m_nodes.size());
        tree.m_nodes << node;
        agentsBelow << agentIds;
        for (const Territory &child : children.value(t.id)) {
            const int childIndex = int(tree.m_nodes.size());
            visit(child, index, depth + 1);
            tree.m_nodes[index].customers += tree.m_nodes.at(childIndex).customers;
            tree.m_nodes[index].activeChildren += child.active ? 1 : 0;
            agentsBelow[index].unite(agentsBelow.at(childIndex));
        }
        tree.m_nodes[index].agentsBelow = agentsBelow.at(index).size();
    };
    for (const Territory &t : std::as_const(top)) {
        visit(t, -1, 0);
    }
    return tree;
}

int TerritoryTree::indexOf(const QString &territoryId) const
{
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).territory.id == territoryId) {
            return int(i);
        }
    }
    return -1;
}

qint64 TerritoryTree::count(TerritoryLevel level) const
{
    return std::count_if(m_nodes.cbegin(), m_nodes.cend(),
                         [level](const Node &n) { return n.territory.level == level; });
}

qint64 TerritoryTree::customers() const
{
    qint64 sum = 0;
    for (const Node &n : m_nodes) {
        sum += n.parent < 0 ? n.customers : 0;
    }
    return sum;
}

} // namespace SalesSync
