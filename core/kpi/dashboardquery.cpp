#include "core/kpi/dashboardquery.h"

#include "core/domain/territory.h"
#include "core/kpi/kpisql.h"
#include "core/store/database.h"
#include "core/store/sqlutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <map>

namespace SalesSync {

namespace {

// The territory tree as the dashboard needs it: names and the way down, nothing counted (the
// administration's TerritoryTree counts customers and people, which a refresh does not need).
struct Tree {
    QHash<QString, QString> names;
    QHash<QString, QStringList> children; // parent id ("" for the regions) → child ids, by name
    QSet<QString> leaves;

    static Result<Tree> read(Database &db)
    {
        Result<QSqlQuery> q = runQuery(db.connection(), QStringLiteral("SELECT id, coalesce(parent_id, ''), level, "
                                                                       "name FROM territories ORDER BY name"));
        if (!q) {
            return q.error();
        }
        Tree tree;
        while (q->next()) {
            const QString id = q->value(0).toString();
            tree.names.insert(id, q->value(3).toString());
            tree.children[q->value(1).toString()] << id;
            if (territoryLevelFromText(q->value(2).toString()) == TerritoryLevel::Territory) {
                tree.leaves.insert(id);
            }
        }
        return tree;
    }
    QStringList leavesBelow(const QString &id) const
    {
        QStringList out;
        QStringList todo{id};
        while (!todo.isEmpty()) {
            const QString next = todo.takeLast();
            if (leaves.contains(next)) {
                out << next;
            }
            todo << children.value(next);
        }
        return out;
    }
    bool below(const QString &id, const QStringList &roots, const QHash<QString, QString> &parents) const
    {
        for (QString at = id; !at.isEmpty(); at = parents.value(at)) {
            if (roots.contains(at)) {
                return true;
            }
        }
        return false;
    }
};

void add(KpiRow &into, const KpiRow &row)
{
    for (const Money &m : row.sales) {
        KpiSql::addAmount(into.sales, m.currency().code(), m.minorUnits());
    }
    into.orders += row.orders;
    into.visits += row.visits;
    into.productive += row.productive;
    into.planned += row.planned;
    into.plannedDone += row.plannedDone;
}

// id → name for the ids given, from a table with id and name columns (a join for agents).
Result<QHash<QString, QString>> names(Database &db, const QString &sql, const QStringList &ids)
{
    Result<QSqlQuery> q =
        runQuery(db.connection(), sql,
                 {QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact))});
    if (!q) {
        return q.error();
    }
    QHash<QString, QString> out;
    while (q->next()) {
        out.insert(q->value(0).toString(), q->value(1).toString());
    }
    return out;
}

const QString kAgentNames = QStringLiteral("SELECT a.id, u.display_name FROM agents a JOIN users u ON u.id = "
                                           "a.user_id WHERE a.id IN (SELECT value FROM json_each(?))");
const QString kCustomerNames =
    QStringLiteral("SELECT id, name FROM customers WHERE id IN (SELECT value FROM json_each(?))");

// The scope of the level, and the nodes one level down (with their leaves) when there are.
struct Resolved {
    KpiScope scope;
    QList<std::pair<DashboardChild, QStringList>> nodes;
};

Result<Resolved> resolve(Database &db, const DashboardRequest &request)
{
    const Result<Tree> tree = Tree::read(db);
    if (!tree) {
        return tree.error();
    }
    QHash<QString, QString> parents;
    for (auto it = tree->children.cbegin(); it != tree->children.cend(); ++it) {
        for (const QString &child : it.value()) {
            parents.insert(child, it.key());
        }
    }
    const QString &at = request.level.territoryId;
    if (!at.isEmpty() &&
        (!tree->names.contains(at) || (!request.roots.isEmpty() && !tree->below(at, request.roots, parents)))) {
        return Error::validation(QStringLiteral("territory"), DashboardQuery::tr("is not one you can see"));
    }
    Resolved r{{request.from, request.to, {}, {}}, {}};
    if (!at.isEmpty()) {
        r.scope.territoryIds = tree->leavesBelow(at);
    } else {
        for (const QString &root : request.roots) {
            r.scope.territoryIds << tree->leavesBelow(root);
        }
    }
    if (!request.level.agentId.isEmpty()) {
        r.scope.agentIds = {request.level.agentId};
        if (at.isEmpty()) {
            const Result<QStringList> own = firstColumn(runQuery(
                db.connection(), QStringLiteral("SELECT territory_id FROM agent_territories WHERE agent_id = ?"),
                {request.level.agentId}));
            if (!own) {
                return own.error();
            }
            r.scope.territoryIds = *own;
        }
        return r;
    }
    QStringList below = at.isEmpty() ? (request.roots.isEmpty() ? tree->children.value(QString()) : request.roots)
                                     : tree->children.value(at);
    if (at.isEmpty() && !request.roots.isEmpty()) {
        std::sort(below.begin(), below.end(),
                  [&tree](const QString &a, const QString &b) { return tree->names.value(a) < tree->names.value(b); });
    }
    for (const QString &id : std::as_const(below)) {
        r.nodes.append(
            {DashboardChild{DashboardChild::Kind::Territory, id, tree->names.value(id), {}}, tree->leavesBelow(id)});
    }
    return r;
}

// The next level down with its figures: child nodes, or the agents of a territory, or an
// agent's customers.
Status children(Database &db, const Resolved &r, KpiSource source, DashboardFigures &out)
{
    if (!r.nodes.isEmpty()) {
        const Result<QList<KpiRow>> rows = KpiBreakdown::rows(db, r.scope, KpiGrouping::Territory, source);
        if (!rows) {
            return rows.error();
        }
        QHash<QString, KpiRow> byLeaf;
        for (const KpiRow &row : *rows) {
            byLeaf.insert(row.key, row);
        }
        for (const auto &[node, leaves] : r.nodes) {
            DashboardChild child = node;
            child.figures.key = child.id;
            for (const QString &leaf : leaves) {
                add(child.figures, byLeaf.value(leaf));
            }
            out.children << child;
        }
        return {};
    }
    const bool customers = !r.scope.agentIds.isEmpty();
    if (!customers) {
        for (const KpiRow &row : std::as_const(out.agents)) {
            out.children << DashboardChild{DashboardChild::Kind::Agent, row.key, out.agentNames.value(row.key), row};
        }
        return {};
    }
    const Result<QList<KpiRow>> rows = KpiBreakdown::rows(db, r.scope, KpiGrouping::Customer, source);
    QStringList ids;
    for (const KpiRow &row : rows ? *rows : QList<KpiRow>()) {
        ids << row.key;
    }
    const Result<QHash<QString, QString>> named =
        rows ? names(db, kCustomerNames, ids) : Result<QHash<QString, QString>>(rows.error());
    if (!named) {
        return named.error();
    }
    for (const KpiRow &row : *rows) {
        out.children << DashboardChild{DashboardChild::Kind::Customer, row.key, named->value(row.key), row};
    }
    return {};
}

// The comparisons and the parts the tiles and charts show.
Status figures(Database &db, const DashboardRequest &request, KpiSource source, DashboardFigures &out)
{
    for (auto [scope, into] : {std::pair{out.scope, &out.current}, std::pair{out.previousScope, &out.previous},
                               std::pair{out.lastYearScope, &out.lastYear}}) {
        Result<QHash<Kpi, KpiValue>> values = KpiCalculator::compute(db, scope, source);
        if (!values) {
            return values.error();
        }
        *into = *std::move(values);
    }
    for (auto [scope, into] :
         {std::pair{out.previousScope, &out.previousDays}, std::pair{out.lastYearScope, &out.lastYearDays}}) {
        Result<QList<KpiRow>> rows = KpiBreakdown::rows(db, scope, KpiGrouping::Day, source);
        if (!rows) {
            return rows.error();
        }
        *into = *std::move(rows);
    }
    const Result<QList<KpiRow>> days = KpiBreakdown::rows(db, out.scope, KpiGrouping::Day, source);
    const Result<QList<KpiRow>> agents =
        days ? KpiBreakdown::rows(db, out.scope, KpiGrouping::Agent, source) : Result<QList<KpiRow>>(days.error());
    const Result<QList<KpiRow>> categories = agents ? KpiBreakdown::rows(db, out.scope, KpiGrouping::Category, source)
                                                    : Result<QList<KpiRow>>(agents.error());
    const Result<VisitOutcomes> outcomes =
        categories ? KpiBreakdown::outcomes(db, out.scope, source) : Result<VisitOutcomes>(categories.error());
    KpiScope at = out.scope;
    at.to = std::min(out.scope.to, request.today);
    const Result<ReceivablesAgeing> ageing =
        outcomes ? KpiCalculator::ageing(db, at, source) : Result<ReceivablesAgeing>(outcomes.error());
    if (!ageing) {
        return ageing.error();
    }
    out.days = *days;
    out.agents = *agents;
    out.categories = *categories;
    out.outcomes = *outcomes;
    out.ageing = *ageing;
    QStringList ids;
    for (const KpiRow &row : out.agents) {
        ids << row.key;
    }
    const Result<QHash<QString, QString>> named = names(db, kAgentNames, ids);
    if (!named) {
        return named.error();
    }
    out.agentNames = *named;
    return {};
}

} // namespace

KpiScope DashboardQuery::previousPeriod(const KpiScope &scope)
{
    KpiScope p = scope;
    const QDate &from = scope.from;
    const QDate &to = scope.to;
    const bool wholeMonths = from.day() == 1 && to.addDays(1).day() == 1;
    if (wholeMonths) {
        const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
        p.from = from.addMonths(-months);
        p.to = from.addDays(-1);
        return p;
    }
    const qint64 days = from.daysTo(to) + 1;
    p.from = from.addDays(-days);
    p.to = from.addDays(-1);
    return p;
}

KpiScope DashboardQuery::sameDaysLastYear(const KpiScope &scope)
{
    KpiScope p = scope;
    p.from = scope.from.addYears(-1);
    p.to = scope.to.addYears(-1);
    return p;
}

Result<DashboardFigures> DashboardQuery::load(Database &database, const DashboardRequest &request, KpiSource source)
{
    const Result<Resolved> resolved = resolve(database, request);
    if (!resolved) {
        return resolved.error();
    }
    DashboardFigures out;
    out.scope = resolved->scope;
    out.periodEnd = request.to;
    out.previousScope = previousPeriod(out.scope);
    if (request.today >= request.from && request.today < request.to) {
        const qint64 elapsed = request.from.daysTo(request.today);
        out.scope.to = request.today;
        out.previousScope.to = std::min(out.previousScope.to, out.previousScope.from.addDays(elapsed));
    }
    out.lastYearScope = sameDaysLastYear(out.scope);
    KpiScope whole = out.scope;
    whole.to = request.to;
    const Result<QList<Money>> target = KpiCalculator::targets(database, whole);
    if (!target) {
        return target.error();
    }
    out.periodTarget = *target;
    if (const Status s = figures(database, request, source, out); !s) {
        return s.error();
    }
    if (const Status s = children(database, *resolved, source, out); !s) {
        return s.error();
    }
    out.projection = KpiCalculator::projection(out.current.value(Kpi::NetSales).amounts, whole, request.today);
    return out;
}

} // namespace SalesSync
