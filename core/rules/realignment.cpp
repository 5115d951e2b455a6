#include "core/rules/realignment.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>

namespace SalesSync {

namespace {

QJsonArray array(const QStringList &items)
{
    return QJsonArray::fromStringList(items);
}

// A strict reader for the moves: every key known, every id a UUID; the first problem wins.
class MovesReader final {
public:
    std::optional<Error> error;

    QJsonObject object(const QJsonValue &value, const QString &path, const QStringList &keys)
    {
        if (!value.isObject()) {
            fail(path, Realignment::tr("must be an object"));
            return {};
        }
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!keys.contains(it.key())) {
                fail(path.isEmpty() ? it.key() : path + u'.' + it.key(), Realignment::tr("is not a known field"));
            }
        }
        return o;
    }
    QJsonArray list(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required) {
            return {};
        }
        if (!v.isArray()) {
            fail(join(path, key), Realignment::tr("must be an array"));
            return {};
        }
        return v.toArray();
    }
    QString id(const QJsonValue &v, const QString &path)
    {
        if (!v.isString() || QUuid::fromString(v.toString()).isNull() || v.toString() != v.toString().toLower()) {
            fail(path, Realignment::tr("must be an id (a UUID)"));
            return {};
        }
        return v.toString();
    }
    QStringList ids(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        QStringList out;
        const QJsonArray items = list(o, key, path, required);
        for (qsizetype i = 0; i < items.size(); ++i) {
            out << id(items.at(i), QStringLiteral("%1[%2]").arg(join(path, key)).arg(i));
        }
        return out;
    }
    void fail(const QString &path, const QString &message)
    {
        if (!error) {
            error = Error::validation(path, message);
        }
    }
    static QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + u'.' + key; }
};

} // namespace

QJsonObject RealignmentMoves::toJson() const
{
    QJsonArray customerMoves;
    for (const CustomerMove &m : customers) {
        customerMoves.append(QJsonObject{{QStringLiteral("customer_ids"), array(m.customerIds)},
                                         {QStringLiteral("territory_id"), m.territoryId}});
    }
    QJsonArray agentMoves;
    for (const AgentMove &m : agents) {
        agentMoves.append(QJsonObject{{QStringLiteral("agent_id"), m.agentId},
                                      {QStringLiteral("add_territory_ids"), array(m.addTerritoryIds)},
                                      {QStringLiteral("remove_territory_ids"), array(m.removeTerritoryIds)}});
    }
    QJsonArray territoryMoves;
    for (const TerritoryMove &m : territories) {
        territoryMoves.append(
            QJsonObject{{QStringLiteral("territory_id"), m.territoryId}, {QStringLiteral("parent_id"), m.parentId}});
    }
    return {{QStringLiteral("customers"), customerMoves},
            {QStringLiteral("agents"), agentMoves},
            {QStringLiteral("territories"), territoryMoves}};
}

Result<RealignmentMoves> RealignmentMoves::fromJson(const QJsonValue &json)
{
    MovesReader r;
    RealignmentMoves moves;
    const QJsonObject o =
        r.object(json, {}, {QStringLiteral("customers"), QStringLiteral("agents"), QStringLiteral("territories")});
    const QJsonArray customers = r.list(o, QStringLiteral("customers"), {}, false);
    for (qsizetype i = 0; i < customers.size(); ++i) {
        const QString path = QStringLiteral("customers[%1]").arg(i);
        const QJsonObject m =
            r.object(customers.at(i), path, {QStringLiteral("customer_ids"), QStringLiteral("territory_id")});
        moves.customers << CustomerMove{r.ids(m, QStringLiteral("customer_ids"), path, true),
                                        r.id(m.value(QStringLiteral("territory_id")), path + u".territory_id")};
    }
    const QJsonArray agents = r.list(o, QStringLiteral("agents"), {}, false);
    for (qsizetype i = 0; i < agents.size(); ++i) {
        const QString path = QStringLiteral("agents[%1]").arg(i);
        const QJsonObject m = r.object(
            agents.at(i), path,
            {QStringLiteral("agent_id"), QStringLiteral("add_territory_ids"), QStringLiteral("remove_territory_ids")});
        moves.agents << AgentMove{r.id(m.value(QStringLiteral("agent_id")), path + u".agent_id"),
                                  r.ids(m, QStringLiteral("add_territory_ids"), path, false),
                                  r.ids(m, QStringLiteral("remove_territory_ids"), path, false)};
    }
    const QJsonArray territories = r.list(o, QStringLiteral("territories"), {}, false);
    for (qsizetype i = 0; i < territories.size(); ++i) {
        const QString path = QStringLiteral("territories[%1]").arg(i);
        const QJsonObject m =
            r.object(territories.at(i), path, {QStringLiteral("territory_id"), QStringLiteral("parent_id")});
        moves.territories << TerritoryMove{r.id(m.value(QStringLiteral("territory_id")), path + u".territory_id"),
                                           r.id(m.value(QStringLiteral("parent_id")), path + u".parent_id")};
    }
    if (!r.error && moves.isEmpty()) {
        r.fail(QStringLiteral("customers"), Realignment::tr("a realignment must move something"));
    }
    if (r.error) {
        return *r.error;
    }
    return moves;
}

QSet<QString> Holdings::scopeOf(const QString &userId) const
{
    QSet<QString> scope;
    for (auto it = agentUser.cbegin(); it != agentUser.cend(); ++it) {
        if (it.value() == userId) {
            scope.unite(agentTerritories.value(it.key()));
        }
    }
    const QSet<QString> managed = managerTerritories.value(userId);
    if (managed.isEmpty()) {
        return scope;
    }
    // A manager holds everything below the nodes they manage.
    for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
        for (QString at = it.key(); !at.isEmpty(); at = parentOf.value(at)) {
            if (managed.contains(at)) {
                scope.insert(it.key());
                break;
            }
        }
    }
    return scope.unite(managed);
}

QSet<QString> Holdings::customersOf(const QString &userId) const
{
    const QSet<QString> scope = scopeOf(userId);
    QSet<QString> customers;
    for (auto it = customerTerritory.cbegin(); it != customerTerritory.cend(); ++it) {
        if (scope.contains(it.value())) {
            customers.insert(it.key());
        }
    }
    return customers;
}

QStringList Holdings::holders() const
{
    QSet<QString> users(managerTerritories.keyBegin(), managerTerritories.keyEnd());
    for (auto it = agentUser.cbegin(); it != agentUser.cend(); ++it) {
        users.insert(it.value());
    }
    QStringList sorted(users.cbegin(), users.cend());
    sorted.sort();
    return sorted;
}

Holdings Realignment::applied(const Holdings &before, const RealignmentMoves &moves)
{
    Holdings after = before;
    for (const RealignmentMoves::CustomerMove &m : moves.customers) {
        for (const QString &customer : m.customerIds) {
            after.customerTerritory.insert(customer, m.territoryId);
        }
    }
    for (const RealignmentMoves::AgentMove &m : moves.agents) {
        QSet<QString> &covered = after.agentTerritories[m.agentId];
        for (const QString &t : m.removeTerritoryIds) {
            covered.remove(t);
        }
        for (const QString &t : m.addTerritoryIds) {
            covered.insert(t);
        }
    }
    for (const RealignmentMoves::TerritoryMove &m : moves.territories) {
        after.parentOf.insert(m.territoryId, m.parentId);
    }
    return after;
}

QList<HolderChange> Realignment::changes(const Holdings &before, const Holdings &after)
{
    QSet<QString> users;
    for (const QString &u : before.holders() + after.holders()) {
        users.insert(u);
    }
    QStringList ordered(users.cbegin(), users.cend());
    ordered.sort();
    QList<HolderChange> out;
    for (const QString &user : std::as_const(ordered)) {
        const QSet<QString> had = before.customersOf(user);
        const QSet<QString> has = after.customersOf(user);
        const QSet<QString> arriving = QSet<QString>(has).subtract(had);
        const QSet<QString> leaving = QSet<QString>(had).subtract(has);
        HolderChange change{user, QStringList(arriving.cbegin(), arriving.cend()),
                            QStringList(leaving.cbegin(), leaving.cend())};
        if (change.arriving.isEmpty() && change.leaving.isEmpty()) {
            continue;
        }
        change.arriving.sort();
        change.leaving.sort();
        out << change;
    }
    return out;
}

} // namespace SalesSync
