#include "core/repositories/territoryrepository.h"

#include "core/repositories/repositorysupport.h"
#include "core/store/changewriter.h"
#include "core/store/database.h"
#include "core/store/sqlutil.h"
#include "core/store/writetransaction.h"
#include "core/uuidv7.h"

namespace SalesSync {

using namespace RepositorySupport;

namespace {

const EntityDef &entity()
{
    return EntitySchema::get(QStringLiteral("territory"));
}

const QString kSelect = QStringLiteral("SELECT id, parent_id, level, code, name, server_version FROM territories");

Territory fromQuery(const QSqlQuery &q)
{
    Territory t;
    t.id = text(q, 0);
    t.parentId = text(q, 1);
    t.level = territoryLevelFromText(text(q, 2)).value_or(TerritoryLevel::Territory);
    t.code = text(q, 3);
    t.name = text(q, 4);
    t.serverVersion = q.value(5).toLongLong();
    return t;
}

QVariantMap toValues(const Territory &t)
{
    return {{QStringLiteral("parent_id"), t.parentId},
            {QStringLiteral("level"), territoryLevelToText(t.level)},
            {QStringLiteral("code"), t.code},
            {QStringLiteral("name"), t.name}};
}

} // namespace

TerritoryRepository::TerritoryRepository(Database &database)
    : m_database(database)
{}

Result<Territory> TerritoryRepository::get(const QString &id)
{
    Result<QSqlQuery> q = runQuery(m_database.connection(), kSelect + QStringLiteral(" WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return Error(ErrorCode::NotFound, tr("There is no territory with id %1.").arg(id));
    }
    return fromQuery(q.value());
}

Result<QList<Territory>> TerritoryRepository::all()
{
    Result<QSqlQuery> q = runQuery(
        m_database.connection(),
        kSelect + QStringLiteral(" ORDER BY CASE level WHEN 'region' THEN 0 WHEN 'area' THEN 1 ELSE 2 END, name"));
    if (!q) {
        return q.error();
    }
    QList<Territory> list;
    while (q.value().next()) {
        list << fromQuery(q.value());
    }
    return list;
}

Result<QStringList> TerritoryRepository::subtreeIds(const QString &rootId)
{
    Result<QSqlQuery> q =
        runQuery(m_database.connection(),
                 QStringLiteral("WITH RECURSIVE tree(id) AS (SELECT id FROM territories WHERE id = ? "
                                "UNION ALL SELECT t.id FROM territories t JOIN tree ON t.parent_id = tree.id) "
                                "SELECT id FROM tree"),
                 {rootId});
    return firstColumn(std::move(q));
}

Status TerritoryRepository::checkParent(const Territory &territory)
{
    const std::optional<TerritoryLevel> expected = parentLevelOf(territory.level);
    if (!expected) {
        return {};
    }
    const Result<Territory> parent = get(territory.parentId);
    if (!parent) {
        return parent.error().code() == ErrorCode::NotFound
                   ? Status(
                         Error::validation(QStringLiteral("parentId"), tr("refers to a territory that does not exist")))
                   : Status(parent.error());
    }
    if (parent->level != *expected) {
        return Error::validation(QStringLiteral("parentId"),
                                 tr("a %1 must belong to a %2, not to a %3")
                                     .arg(territoryLevelName(territory.level), territoryLevelName(*expected),
                                          territoryLevelName(parent->level)));
    }
    return {};
}

Result<Territory> TerritoryRepository::create(Territory territory)
{
    if (territory.id.isEmpty()) {
        territory.id = UuidV7::generateString();
    }
    if (const QList<FieldError> errors = territory.validate(); !errors.isEmpty()) {
        return Error::validation(errors);
    }
    WriteTransaction tx(m_database.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    if (const Status s = checkParent(territory); !s) {
        return s.error();
    }
    ChangeWriter writer(m_database, tx);
    if (const Status s = writer.insert(entity(), territory.id, toValues(territory)); !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return territory;
}

Result<Territory> TerritoryRepository::update(const Territory &territory)
{
    if (const QList<FieldError> errors = territory.validate(); !errors.isEmpty()) {
        return Error::validation(errors);
    }
    WriteTransaction tx(m_database.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    if (const Status s = checkParent(territory); !s) {
        return s.error();
    }
    // Moving a node under its own subtree would make a cycle.
    const Result<QStringList> subtree = subtreeIds(territory.id);
    if (!subtree) {
        return subtree.error();
    }
    if (!territory.parentId.isEmpty() && subtree->contains(territory.parentId)) {
        return Error::validation(QStringLiteral("parentId"), tr("cannot be one of the territory's own descendants"));
    }
    ChangeWriter writer(m_database, tx);
    if (const Status s = writer.update(entity(), territory.id, toValues(territory)); !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return get(territory.id);
}

Status TerritoryRepository::remove(const QString &id)
{
    WriteTransaction tx(m_database.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    const Result<QVariant> users =
        queryValue(tx.database(),
                   QStringLiteral("SELECT (SELECT count(*) FROM territories WHERE parent_id = ?) + "
                                  "(SELECT count(*) FROM customers WHERE territory_id = ?) + "
                                  "(SELECT count(*) FROM agent_territories WHERE territory_id = ?) + "
                                  "(SELECT count(*) FROM manager_territories WHERE territory_id = ?)"),
                   {id, id, id, id});
    if (!users) {
        return users.error();
    }
    if (users->toLongLong() > 0) {
        return Error::validation(QStringLiteral("id"),
                                 tr("the territory still has sub-territories, customers or assigned people; move "
                                    "them first"));
    }
    ChangeWriter writer(m_database, tx);
    if (const Status s = writer.remove(entity(), id); !s) {
        return s;
    }
    return tx.commit();
}

QVariantMap TerritoryRepository::values(const Territory &row)
{
    return toValues(row);
}

} // namespace SalesSync
