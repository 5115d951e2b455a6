#pragma once

#include "core/domain/territory.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace SalesSync {

// The rules of the territory tree (region > area > territory), as pure functions over the facts
// they need, so that the desktop's repositories (SQLite) and the server's push (PostgreSQL) ask
// the same questions and give the same answers. Each answer is why not, for people, or nothing.
//
// The tree has no cycles by construction: a node's level never changes, a region has no parent,
// an area's parent is a region and a territory's an area.
class TerritoryRules final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::TerritoryRules)

public:
    // A stored node, as far as the rules need it.
    struct Node {
        TerritoryLevel level = TerritoryLevel::Territory;
        bool active = true;
    };

    // Whether a node of this level may hang below parent (nothing: no such territory); an active
    // node needs an active parent.
    static std::optional<QString> parentProblem(TerritoryLevel level, bool active, const std::optional<Node> &parent);
    // Whether a node may be deactivated: not while active nodes hang below it or customers are
    // in it (they are moved first, so that none is left in a territory nobody works).
    static std::optional<QString> deactivationProblem(qint64 activeChildren, qint64 customers);
    // Whether customers or agents may be placed in a territory (nothing: no such territory):
    // only in an active one of the lowest level.
    static std::optional<QString> placementProblem(const std::optional<Node> &territory);
    // Why a code cannot be used: another node (holder, by name) has it. Codes are unique.
    static QString codeTaken(const QString &holder);
};

} // namespace SalesSync
