#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace SalesSync {

// A realignment: customers moved to another territory, agents given or relieved of territories,
// and territories moved in the tree, applied together. Who holds which customer on their
// laptop follows from it; Realignment works that out before anything is applied, so that the
// preview an admin approves is what every device will hold afterwards.
struct RealignmentMoves {
    struct CustomerMove {
        QStringList customerIds;
        QString territoryId; // the territory they move to
    };
    struct AgentMove {
        QString agentId;
        QStringList addTerritoryIds;
        QStringList removeTerritoryIds;
    };
    struct TerritoryMove {
        QString territoryId;
        QString parentId; // the node it moves below
    };
    QList<CustomerMove> customers;
    QList<AgentMove> agents;
    QList<TerritoryMove> territories;

    bool isEmpty() const { return customers.isEmpty() && agents.isEmpty() && territories.isEmpty(); }
    // {"customers": [{"customer_ids": [...], "territory_id": "…"}], "agents": [{"agent_id": "…",
    //  "add_territory_ids": [...], "remove_territory_ids": [...]}], "territories": [{"territory_id":
    //  "…", "parent_id": "…"}]}; parsing is strict and names the field at fault.
    QJsonObject toJson() const;
    static Result<RealignmentMoves> fromJson(const QJsonValue &json);
};

// Who holds which customers: the facts a realignment changes.
struct Holdings {
    QHash<QString, QString> parentOf;                 // territory -> parent (absent for regions)
    QHash<QString, QString> agentUser;                // agent id -> user id
    QHash<QString, QSet<QString>> agentTerritories;   // agent id -> territories covered
    QHash<QString, QSet<QString>> managerTerritories; // manager user id -> nodes managed
    QHash<QString, QString> customerTerritory;        // customer -> territory

    // The territories whose customers a user's devices hold (an agent's covered territories, a
    // manager's managed nodes with everything below them). Admins hold everything and are not
    // asked.
    QSet<QString> scopeOf(const QString &userId) const;
    // The customers in those territories.
    QSet<QString> customersOf(const QString &userId) const;
    // Every user that holds customers (agents and managers).
    QStringList holders() const;
};

// What a realignment changes on one person's devices.
struct HolderChange {
    QString userId;
    QStringList arriving; // customers their devices will receive, sorted
    QStringList leaving;  // customers their devices will drop, sorted
};

class Realignment final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Realignment)

public:
    // The holdings after the moves (without checking them: see the server's rules).
    static Holdings applied(const Holdings &before, const RealignmentMoves &moves);
    // Per person whose devices gain or lose customers, which; in user id order.
    static QList<HolderChange> changes(const Holdings &before, const Holdings &after);
};

} // namespace SalesSync
