#pragma once

#include "core/domain/territory.h"
#include "core/result.h"
#include "core/rules/territoryrules.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariantMap>

namespace SalesSync {

class Database;

class TerritoryRepository final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::TerritoryRepository)

public:
    explicit TerritoryRepository(Database &database);

    Result<Territory> get(const QString &id);
    Result<QList<Territory>> all(); // ordered by level, then name
    // The node and every territory below it (a manager's scope), ids only.
    Result<QStringList> subtreeIds(const QString &rootId);

    Result<Territory> create(Territory territory);
    Result<Territory> update(const Territory &territory);
    // Refused while children, customers or assignments still refer to it.
    Status remove(const QString &id);

    // The stored fields of a territory by column name, as change capture writes them.
    static QVariantMap values(const Territory &row);

    // The node's level and whether it is active, or nothing when there is no such territory.
    Result<std::optional<TerritoryRules::Node>> node(const QString &id);
    // Whether customers or agents may be placed in the territory (TerritoryRules::placementProblem),
    // as a validation error on field.
    Status checkPlacement(const QString &id, const QString &field);

private:
    // Where the node hangs, and whether it may be deactivated (TerritoryRules).
    Status checkTree(const Territory &territory);
    Database &m_database;
};

} // namespace SalesSync
