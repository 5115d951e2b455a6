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

const QString kSelect =
    QStringLiteral("SELECT id, parent_id, level, code, name, server_version, active FROM territories");

Territory fromQuery(const QSqlQuery &q)
{
    Territory t;
    t.id = text(q, 0);
    t.parentId = text(q, 1);
    t.level = territoryLevelFromText(text(q, 2)).value_or(TerritoryLevel::Territory);
    t.code = text(q, 3);
    t.name = text(q, 4);
    t.serverVersion = q.value(5).toLongLong();
    t.active = q.value(6).toBool();
    return t;
}

QVariantMap toValues(const Territory &t)
{
    return {{QStringLiteral("parent_id"), t.parentId},
            {QStringLiteral("level"), territoryLevelToText(t.level)},
            {QStringLiteral("code"), t.code},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("active"), t.active}};
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

Result<std::optional<TerritoryRules::Node>> TerritoryRepository::node(const QString &id)
{
    if (id.isEmpty()) {
        return std::optional<TerritoryRules::Node>();
    }
    Result<QSqlQuery> q =
        runQuery(m_database.connection(), QStringLiteral("SELECT level, active FROM territories WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<TerritoryRules::Node>();
    }
    return std::optional<TerritoryRules::Node>(TerritoryRules::Node{
        territoryLevelFromText(text(q.value(), 0)).value_or(TerritoryLevel::Territory), q.value().value(1).toBool()});
}

Status TerritoryRepository::checkPlacement(const QString &id, const QString &field)
{
    const Result<std::optional<TerritoryRules::Node>> found = node(id);
    if (!found) {
        return found.error();
    }
    if (const std::optional<QString> problem = TerritoryRules::placementProblem(*found)) {
        return Error::validation(field, *problem);
    }
    return {};
}

Status TerritoryRepository::checkTree(const Territory &territory)
{
    const Result<QVariant> taken =
        queryValue(m_database.connection(), QStringLiteral("SELECT name FROM territories WHERE code = ? AND id <> ?"),
                   {territory.code, territory.id});
    if (!taken) {
        return taken.error();
    }
    if (!taken->isNull()) {
        return Error::validation(QStringLiteral("code"), TerritoryRules::codeTaken(taken->toString()));
    }
    const Result<std::optional<TerritoryRules::Node>> parent = node(territory.parentId);
    if (!parent) {
        return parent.error();
    }
    if (const std::optional<QString> problem =
            TerritoryRules::parentProblem(territory.level, territory.active, *parent)) {
        return Error::validation(QStringLiteral("parentId"), *problem);
    }
    if (territory.active) {
        return {};
    }
    Result<QSqlQuery> q =
        runQuery(m_database.connection(),
                 QStringLiteral("SELECT (SELECT count(*) FROM territories WHERE parent_id = ? AND active), "
                                "(SELECT count(*) FROM customers WHERE territory_id = ?)"),
                 {territory.id, territory.id});
    if (!q) {
        return q.error();
    }
    q.value().next();
    if (const std::optional<QString> problem =
            TerritoryRules::deactivationProblem(q.value().value(0).toLongLong(), q.value().value(1).toLongLong())) {
        return Error::validation(QStringLiteral("active"), *problem);
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
    if (const Status s = checkTree(territory); !s) {
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
    const Result<Territory> stored = get(territory.id);
    if (!stored) {
        return stored.error();
    }
    if (stored->level != territory.level) {
        return Error::validation(QStringLiteral("level"), tr("cannot change; create a new node instead"));
    }
    if (const Status s = checkTree(territory); !s) {
        return s.error();
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
