#pragma once

#include "core/domain/agent.h"
#include "core/domain/user.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

namespace SalesSync {

class Database;

// Users, the territories managers manage, and agents with their territories.
class UserRepository final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::UserRepository)

public:
    explicit UserRepository(Database &database);

    Result<User> get(const QString &id);
    Result<User> findByUsername(const QString &username);
    Result<QList<User>> all();
    Result<User> create(User user);
    Result<User> update(const User &user);

    Result<Agent> agent(const QString &agentId);
    Result<Agent> agentForUser(const QString &userId);
    Result<QList<Agent>> agents();
    Result<Agent> createAgent(Agent agent);
    Result<Agent> updateAgent(const Agent &agent);

    static QVariantMap values(const User &row);
    static QVariantMap values(const Agent &row);

private:
    Status checkTerritories(const QStringList &ids, const QString &field, bool leavesOnly);
    Database &m_database;
};

} // namespace SalesSync
