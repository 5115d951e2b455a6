#include "core/rules/territoryrules.h"

namespace SalesSync {

std::optional<QString> TerritoryRules::parentProblem(TerritoryLevel level, bool active,
                                                     const std::optional<Node> &parent)
{
    const std::optional<TerritoryLevel> expected = parentLevelOf(level);
    if (!expected) {
        return parent ? std::optional<QString>(tr("a region has no parent")) : std::nullopt;
    }
    if (!parent) {
        return tr("refers to a territory that does not exist");
    }
    if (parent->level != *expected) {
        return tr("a %1 must belong to a %2, not to a %3")
            .arg(territoryLevelName(level), territoryLevelName(*expected), territoryLevelName(parent->level));
    }
    if (active && !parent->active) {
        return tr("the %1 it would belong to is deactivated").arg(territoryLevelName(parent->level));
    }
    return std::nullopt;
}

std::optional<QString> TerritoryRules::deactivationProblem(qint64 activeChildren, qint64 customers)
{
    if (customers > 0) {
        // Worded without a plural: the server, which loads no translations, says it too.
        return tr("customers are still in it (%1); move them to another territory first").arg(customers);
    }
    if (activeChildren > 0) {
        return tr("active parts still belong to it (%1); deactivate or move them first").arg(activeChildren);
    }
    return std::nullopt;
}

std::optional<QString> TerritoryRules::placementProblem(const std::optional<Node> &territory)
{
    if (!territory) {
        return tr("refers to a territory that does not exist");
    }
    if (territory->level != TerritoryLevel::Territory) {
        return tr("only a territory takes customers and agents, not a whole %1")
            .arg(territoryLevelName(territory->level));
    }
    if (!territory->active) {
        return tr("the territory is deactivated");
    }
    return std::nullopt;
}

QString TerritoryRules::codeTaken(const QString &holder)
{
    return tr("is already the code of %1").arg(holder);
}

} // namespace SalesSync
