#pragma once

#include "sync/protocol/adminmessages.h"
#include "sync/server/accountservice.h"

#include <QCoreApplication>

namespace SalesSync::Server {

// The administration endpoints (docs/sync-protocol.md, "Administration"): accounts, passwords,
// sessions and devices. Admins administer everyone; managers the agents of their subtree (and
// agents not assigned anywhere yet) and the managers below them, never a role above their own;
// agents nothing. Every change runs in a transaction whose actor is the caller, so the audit
// trail names them; the server checks everything the client sends.
class AdminService final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Server::AdminService)

public:
    explicit AdminService(PgDatabase &database);

    AccountResult<Protocol::AccountsResponse> accounts(const Session &caller);
    AccountResult<Protocol::CredentialResponse> createUser(const Session &caller,
                                                           const Protocol::CreateUserRequest &request);
    AccountResult<Protocol::AccountInfo> updateUser(const Session &caller, const Protocol::UpdateUserRequest &request);
    AccountResult<Protocol::CredentialResponse> resetPassword(const Session &caller,
                                                              const Protocol::ResetPasswordRequest &request);
    AccountResult<Protocol::SessionsResponse> sessions(const Session &caller, const QString &userId);
    AccountResult<bool> revokeSession(const Session &caller, const QString &sessionId);
    AccountResult<Protocol::DevicesResponse> devices(const Session &caller);

private:
    // The users a caller administers, as an SQL condition on the users table aliased u, with
    // its binds (nothing for an agent).
    struct Reach {
        QString condition;
        QVariantList binds;
    };
    Result<std::optional<Reach>> reachOf(QSqlDatabase db, const Session &caller);
    // Forbidden for anyone but admins and managers.
    static AccountResult<bool> staffOnly(const Session &caller);
    // Whether the caller administers the user (Forbidden or NotFound otherwise).
    AccountResult<bool> checkReach(QSqlDatabase db, const Session &caller, const QString &userId);
    Result<QList<Protocol::AccountInfo>> readAccounts(QSqlDatabase db, const QString &where, const QVariantList &binds);
    Result<QList<Protocol::DeviceInfo>> readDevices(QSqlDatabase db, const QString &where, const QVariantList &binds);
    // The checks of a create that need the database: the territories, a free username and
    // employee id; the error names the field.
    AccountResult<bool> checkCreate(QSqlDatabase db, const Session &caller, const Protocol::CreateUserRequest &request);
    Status insertAssignments(QSqlDatabase db, const User &user, const Protocol::CreateUserRequest &request);
    // The checks of an update: who may change what, nobody locks themselves or the last admin out,
    // and each field's old value is still the server's (else Conflict naming it).
    AccountResult<bool> checkUpdate(QSqlDatabase db, const Session &caller, const Protocol::UpdateUserRequest &request,
                                    const QJsonObject &stored);

    PgDatabase &m_database;
};

} // namespace SalesSync::Server
