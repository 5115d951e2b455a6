#include "core/reports/localrealignment.h"

#include "core/store/database.h"
#include "core/store/sqlutil.h"

#include <algorithm>
#include <functional>

namespace SalesSync {

Result<Holdings> LocalRealignment::holdings(Database &database)
{
    Holdings h;
    const auto rows = [&](const QString &sql, const std::function<void(const QSqlQuery &)> &take) -> Status {
        Result<QSqlQuery> q = runQuery(database.connection(), sql);
        if (!q) {
            return q.error();
        }
        while (q.value().next()) {
            take(q.value());
        }
        return {};
    };
    Status s = rows(QStringLiteral("SELECT id, parent_id FROM territories WHERE parent_id IS NOT NULL"),
                    [&](const QSqlQuery &q) { h.parentOf.insert(q.value(0).toString(), q.value(1).toString()); });
    if (s) {
        s = rows(QStringLiteral("SELECT a.id, a.user_id FROM agents a JOIN users u ON u.id = a.user_id WHERE "
                                "a.active AND u.active AND u.role = 'agent'"),
                 [&](const QSqlQuery &q) { h.agentUser.insert(q.value(0).toString(), q.value(1).toString()); });
    }
    if (s) {
        s = rows(QStringLiteral("SELECT agent_id, territory_id FROM agent_territories"),
                 [&](const QSqlQuery &q) { h.agentTerritories[q.value(0).toString()].insert(q.value(1).toString()); });
    }
    if (s) {
        s = rows(
            QStringLiteral("SELECT m.user_id, m.territory_id FROM manager_territories m JOIN users u ON u.id = "
                           "m.user_id WHERE u.active AND u.role = 'manager'"),
            [&](const QSqlQuery &q) { h.managerTerritories[q.value(0).toString()].insert(q.value(1).toString()); });
    }
    if (s) {
        s = rows(QStringLiteral("SELECT id, territory_id FROM customers"),
                 [&](const QSqlQuery &q) { h.customerTerritory.insert(q.value(0).toString(), q.value(1).toString()); });
    }
    if (!s) {
        return s.error();
    }
    return h;
}

Result<QList<LocalRealignment::Impact>> LocalRealignment::preview(Database &database, const RealignmentMoves &moves)
{
    const Result<Holdings> before = holdings(database);
    if (!before) {
        return before.error();
    }
    QList<Impact> impacts;
    for (const HolderChange &change : Realignment::changes(*before, Realignment::applied(*before, moves))) {
        Result<QSqlQuery> q =
            runQuery(database.connection(), QStringLiteral("SELECT display_name, role FROM users WHERE id = ?"),
                     {change.userId});
        if (!q) {
            return q.error();
        }
        Impact impact{change.userId, change.userId.left(8), Role::Agent, change.arriving.size(), change.leaving.size()};
        if (q.value().next()) {
            impact.displayName = q.value().value(0).toString();
            impact.role = roleFromText(q.value().value(1).toString()).value_or(Role::Agent);
        }
        impacts << impact;
    }
    std::sort(impacts.begin(), impacts.end(),
              [](const Impact &a, const Impact &b) { return a.displayName.localeAwareCompare(b.displayName) < 0; });
    return impacts;
}

} // namespace SalesSync
