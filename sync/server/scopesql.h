#pragma once

#include "core/store/entityschema.h"

#include <QString>

namespace SalesSync::Server::ScopeSql {

// SQL generated from each entity's scope declaration (core/store/entityschema.cpp), for
// PostgreSQL. The push's scope checks, the pull's filters and families, and the change-log
// triggers all come from here, so that a row's way to its territory is written once.

// An expression for the territory of the row of entity that alias names ("t", "NEW"): its own
// territory field for a scope root, a subquery through the rows it belongs to otherwise, NULL
// for an unscoped entity.
QString territoryOf(const EntityDef &entity, const QString &alias);

// For a scoped entity that is not a root: "SELECT <territory> FROM ... WHERE h1.id = ?", the
// territory of the row its scope field (bound) points to, locking the root row FOR SHARE so that
// a concurrent move of the root waits (or is waited for).
QString territoryLookup(const EntityDef &entity);

// How a dependent's row (under alias) reaches its root's id: the joins to append to
// "FROM <dependent's table> <alias>" (" JOIN orders h1 ON h1.id = t.order_id" for an order line,
// none for a visit) and the expression of the root's id ("h1.customer_id", "t.customer_id").
struct RootJoin {
    QString joins;
    QString rootId;
};
RootJoin joinToRoot(const EntityDef &dependent, const QString &alias);

// Installs (or replaces) the change-log and version triggers of every entity, as one script.
QString triggerScript();

} // namespace SalesSync::Server::ScopeSql
