#include "core/repositories/userrepository.h"

#include "core/domain/territory.h"
#include "core/repositories/repositorysupport.h"
#include "core/repositories/territoryrepository.h"
#include "core/store/changewriter.h"
#include "core/store/database.h"
#include "core/store/sqlutil.h"
#include "core/store/writetransaction.h"
#include "core/uuidv7.h"

namespace SalesSync {

using namespace RepositorySupport;

namespace {

const EntityDef &userEntity()
{
    return EntitySchema::get(QStringLiteral("user"));
}
const EntityDef &managerTerritoryEntity()
{
    return EntitySchema::get(QStringLiteral("manager_territory"));
}
const EntityDef &agentEntity()
{
    return EntitySchema::get(QStringLiteral("agent"));
}
const EntityDef &agentTerritoryEntity()
{
    return EntitySchema::get(QStringLiteral("agent_territory"));
}

const QString kSelectUser =
    QStringLiteral("SELECT id, username, display_name, email, role, active, server_version FROM users");
const QString kSelectAgent =
    QStringLiteral("SELECT id, user_id, employee_id, phone, active, server_version FROM agents");

User userFromQuery(const QSqlQuery &q)
{
    User u;
    u.id = text(q, 0);
    u.username = text(q, 1);
    u.displayName = text(q, 2);
    u.email = text(q, 3);
    u.role = roleFromText(text(q, 4)).value_or(Role::Agent);
    u.active = q.value(5).toBool();
    u.serverVersion = q.value(6).toLongLong();
    return u;
}

Agent agentFromQuery(const QSqlQuery &q)
{
    Agent a;
    a.id = text(q, 0);
    a.userId = text(q, 1);
    a.employeeId = text(q, 2);
    a.phone = text(q, 3);
    a.active = q.value(4).toBool();
    a.serverVersion = q.value(5).toLongLong();
    return a;
}

QVariantMap userValues(const User &u)
{
    return {{QStringLiteral("username"), u.username},
            {QStringLiteral("display_name"), u.displayName},
            {QStringLiteral("email"), u.email},
            {QStringLiteral("role"), roleToText(u.role)},
            {QStringLiteral("active"), u.active}};
}

QVariantMap agentValues(const Agent &a)
{
    return {{QStringLiteral("user_id"), a.userId},
            {QStringLiteral("employee_id"), a.employeeId},
            {QStringLiteral("phone"), a.phone},
            {QStringLiteral("active"), a.active}};
}

} // namespace

UserRepository::UserRepository(Database &database)
    : m_database(database)
{}

Result<User> UserRepository::get(const QString &id)
{
    Result<QSqlQuery> q = runQuery(m_database.connection(), kSelectUser + QStringLiteral(" WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return Error(ErrorCode::NotFound, tr("There is no user with id %1.").arg(id));
    }
    User user = userFromQuery(q.value());
    const Result<QStringList> managed = linkedIds(m_database.connection(), managerTerritoryEntity(),
                                                  QStringLiteral("user_id"), id, QStringLiteral("territory_id"));
    if (!managed) {
        return managed.error();
    }
    user.managedTerritoryIds = *managed;
    return user;
}

Result<User> UserRepository::findByUsername(const QString &username)
{
    const Result<QVariant> id =
        queryValue(m_database.connection(), QStringLiteral("SELECT id FROM users WHERE username = ?"), {username});
    if (!id) {
        return id.error();
    }
    if (id->isNull()) {
        return Error(ErrorCode::NotFound, tr("There is no user named %1.").arg(username));
    }
    return get(id->toString());
}

Result<QList<User>> UserRepository::all()
{
    Result<QSqlQuery> q = runQuery(m_database.connection(), kSelectUser + QStringLiteral(" ORDER BY display_name"));
    if (!q) {
        return q.error();
    }
    QList<User> users;
    while (q.value().next()) {
        users << userFromQuery(q.value());
    }
    for (User &user : users) {
        const Result<QStringList> managed =
            linkedIds(m_database.connection(), managerTerritoryEntity(), QStringLiteral("user_id"), user.id,
                      QStringLiteral("territory_id"));
        if (!managed) {
            return managed.error();
        }
        user.managedTerritoryIds = *managed;
    }
    return users;
}

Status UserRepository::checkTerritories(const QStringList &ids, const QString &field, bool leavesOnly)
{
    TerritoryRepository territories(m_database);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString name = QStringLiteral("%1[%2]").arg(field).arg(i);
        if (leavesOnly) {
            if (const Status s = territories.checkPlacement(ids.at(i), name); !s) {
                return s;
            }
            continue;
        }
        const Result<std::optional<TerritoryRules::Node>> node = territories.node(ids.at(i));
        if (!node) {
            return node.error();
        }
        if (!*node) {
            return Error::validation(name, tr("refers to a territory that does not exist"));
        }
    }
    return {};
}

Result<User> UserRepository::create(User user)
{
    if (user.id.isEmpty()) {
        user.id = UuidV7::generateString();
    }
    if (const QList<FieldError> errors = user.validate(); !errors.isEmpty()) {
        return Error::validation(errors);
    }
    WriteTransaction tx(m_database.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    if (const Status s = checkTerritories(user.managedTerritoryIds, QStringLiteral("managedTerritoryIds"), false); !s) {
        return s.error();
    }
    ChangeWriter writer(m_database, tx);
    if (const Status s = writer.insert(userEntity(), user.id, userValues(user)); !s) {
        return s.error();
    }
    if (const Status s = replaceLinks(writer, managerTerritoryEntity(), QStringLiteral("user_id"), user.id,
                                      QStringLiteral("territory_id"), user.managedTerritoryIds);
        !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return get(user.id);
}

Result<User> UserRepository::update(const User &user)
{
    if (const QList<FieldError> errors = user.validate(); !errors.isEmpty()) {
        return Error::validation(errors);
    }
    WriteTransaction tx(m_database.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    if (const Status s = checkTerritories(user.managedTerritoryIds, QStringLiteral("managedTerritoryIds"), false); !s) {
        return s.error();
    }
    ChangeWriter writer(m_database, tx);
    if (const Status s = writer.update(userEntity(), user.id, userValues(user)); !s) {
        return s.error();
    }
    if (const Status s = replaceLinks(writer, managerTerritoryEntity(), QStringLiteral("user_id"), user.id,
                                      QStringLiteral("territory_id"), user.managedTerritoryIds);
        !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return get(user.id);
}

Result<Agent> UserRepository::agent(const QString &agentId)
{
    Result<QSqlQuery> q = runQuery(m_database.connection(), kSelectAgent + QStringLiteral(" WHERE id = ?"), {agentId});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return Error(ErrorCode::NotFound, tr("There is no agent with id %1.").arg(agentId));
    }
    Agent agent = agentFromQuery(q.value());
    const Result<QStringList> territories =
        linkedIds(m_database.connection(), agentTerritoryEntity(), QStringLiteral("agent_id"), agent.id,
                  QStringLiteral("territory_id"));
    if (!territories) {
        return territories.error();
    }
    agent.territoryIds = *territories;
    return agent;
}

Result<Agent> UserRepository::agentForUser(const QString &userId)
{
    const Result<QVariant> id =
        queryValue(m_database.connection(), QStringLiteral("SELECT id FROM agents WHERE user_id = ?"), {userId});
    if (!id) {
        return id.error();
    }
    if (id->isNull()) {
        return Error(ErrorCode::NotFound, tr("The user %1 is not an agent.").arg(userId));
    }
    return agent(id->toString());
}

Result<QList<Agent>> UserRepository::agents()
{
    Result<QSqlQuery> q = runQuery(m_database.connection(), kSelectAgent + QStringLiteral(" ORDER BY employee_id"));
    if (!q) {
        return q.error();
    }
    QList<Agent> list;
    while (q.value().next()) {
        list << agentFromQuery(q.value());
    }
    for (Agent &a : list) {
        const Result<QStringList> territories =
            linkedIds(m_database.connection(), agentTerritoryEntity(), QStringLiteral("agent_id"), a.id,
                      QStringLiteral("territory_id"));
        if (!territories) {
            return territories.error();
        }
        a.territoryIds = *territories;
    }
    return list;
}

Result<Agent> UserRepository::createAgent(Agent agent)
{
    if (agent.id.isEmpty()) {
        agent.id = UuidV7::generateString();
    }
    if (const QList<FieldError> errors = agent.validate(); !errors.isEmpty()) {
        return Error::validation(errors);
    }
    WriteTransaction tx(m_database.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    const Result<User> user = get(agent.userId);
    if (!user) {
        return user.error().code() == ErrorCode::NotFound
                   ? Error::validation(QStringLiteral("userId"), tr("refers to a user that does not exist"))
                   : user.error();
    }
    if (user->role != Role::Agent) {
        return Error::validation(QStringLiteral("userId"), tr("the user does not have the agent role"));
    }
    if (const Status s = checkTerritories(agent.territoryIds, QStringLiteral("territoryIds"), true); !s) {
        return s.error();
    }
    ChangeWriter writer(m_database, tx);
    if (const Status s = writer.insert(agentEntity(), agent.id, agentValues(agent)); !s) {
        return s.error();
    }
    if (const Status s = replaceLinks(writer, agentTerritoryEntity(), QStringLiteral("agent_id"), agent.id,
                                      QStringLiteral("territory_id"), agent.territoryIds);
        !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return this->agent(agent.id);
}

Result<Agent> UserRepository::updateAgent(const Agent &agent)
{
    if (const QList<FieldError> errors = agent.validate(); !errors.isEmpty()) {
        return Error::validation(errors);
    }
    WriteTransaction tx(m_database.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    if (const Status s = checkTerritories(agent.territoryIds, QStringLiteral("territoryIds"), true); !s) {
        return s.error();
    }
    ChangeWriter writer(m_database, tx);
    if (const Status s = writer.update(agentEntity(), agent.id, agentValues(agent)); !s) {
        return s.error();
    }
    if (const Status s = replaceLinks(writer, agentTerritoryEntity(), QStringLiteral("agent_id"), agent.id,
                                      QStringLiteral("territory_id"), agent.territoryIds);
        !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return this->agent(agent.id);
}

QVariantMap UserRepository::values(const User &row)
{
    return userValues(row);
}

QVariantMap UserRepository::values(const Agent &row)
{
    return agentValues(row);
}

} // namespace SalesSync
