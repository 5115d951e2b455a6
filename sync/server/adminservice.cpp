#include "sync/server/adminservice.h"

#include "core/domain/agent.h"
#include "core/hybridlogicalclock.h"
#include "core/rules/territoryrules.h"
#include "core/store/sqlutil.h"
#include "core/uuidv7.h"
#include "sync/server/pgrows.h"
#include "sync/server/pullservice.h"
#include "sync/server/serverlogging.h"

#include <QJsonDocument>
#include <QLoggingCategory>

namespace SalesSync::Server {

using Protocol::AccountInfo;
using Protocol::DeviceInfo;

namespace {

// A PostgreSQL text[] literal, bound as text and cast with ?::text[].
QString pgArray(const QStringList &items)
{
    QStringList quoted;
    for (QString item : items) {
        quoted << u'"' + item.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")) + u'"';
    }
    return u'{' + quoted.join(u',') + u'}';
}

// The wire name of a field of a domain validation ("displayName" -> "display_name").
QString wireField(const QString &domainField)
{
    QString out;
    for (const QChar c : domainField) {
        if (c.isUpper()) {
            out += u'_' + c.toLower();
        } else {
            out += c;
        }
    }
    return out.section(u'[', 0, 0);
}

AccountResult<bool> invalid(const QList<FieldError> &errors)
{
    const QString field = wireField(errors.first().field);
    return refuse<bool>(AccountError::Validation, field + QStringLiteral(": ") + errors.first().message, field);
}

// The clock of a write the server makes itself (new assignments of a new user).
QString serverClock()
{
    return HlcTimestamp{QDateTime::currentMSecsSinceEpoch(), 0, QStringLiteral("server")}.toString();
}

QString fieldClocks(const EntityDef &entity)
{
    QJsonObject clocks;
    for (const FieldDef &field : entity.fields) {
        clocks.insert(field.name, serverClock());
    }
    return QString::fromUtf8(QJsonDocument(clocks).toJson(QJsonDocument::Compact));
}

const QString kAccountColumns = QStringLiteral(
    "u.id::text, u.active, u.version, u.must_change_password, (u.setup_code_hash IS NOT NULL AND "
    "u.setup_code_expires_at > now()), (SELECT max(s.created_at) FROM sessions s WHERE s.user_id = u.id), "
    "(SELECT max(d.last_sync_at) FROM devices d WHERE d.user_id = u.id), (SELECT count(*) FROM sessions s WHERE "
    "s.user_id = u.id AND s.revoked_at IS NULL AND s.expires_at > now())");

const QString kDeviceColumns =
    QStringLiteral("d.device_id, d.user_id::text, d.last_sign_in_at, d.last_sync_at, d.client_version, d.pending_ops, "
                   "array_to_string(d.pending_customers, ','), d.reported_at");

QDateTime utc(const QVariant &value)
{
    return value.isNull() ? QDateTime() : value.toDateTime().toUTC();
}

} // namespace

AdminService::AdminService(PgDatabase &database)
    : m_database(database)
{}

AccountResult<bool> AdminService::staffOnly(const Session &caller)
{
    if (caller.user.role == Role::Admin || caller.user.role == Role::Manager) {
        return grant(true);
    }
    return refuse<bool>(AccountError::Forbidden, tr("Administration is for admins and managers."));
}

Result<std::optional<AdminService::Reach>> AdminService::reachOf(QSqlDatabase db, const Session &caller)
{
    if (caller.user.role == Role::Admin) {
        return std::optional<Reach>(Reach{QStringLiteral("true"), {}});
    }
    if (caller.user.role != Role::Manager) {
        return std::optional<Reach>();
    }
    const Result<Scope> scope = Scope::of(db, caller.user);
    if (!scope) {
        return scope.error();
    }
    const QString territories = pgArray(scope->territoryIds);
    // Agents assigned in the subtree, or not assigned anywhere yet; managers whose every managed
    // territory lies in the subtree (never the caller, never an admin).
    const QString assigned = QStringLiteral("SELECT 1 FROM agents a JOIN agent_territories x ON x.agent_id = a.id AND "
                                            "NOT x.deleted WHERE a.user_id = u.id::text");
    const QString managed = QStringLiteral("SELECT 1 FROM manager_territories m WHERE m.user_id = u.id::text AND "
                                           "NOT m.deleted");
    return std::optional<Reach>(Reach{
        QStringLiteral("((u.role = 'agent' AND (EXISTS (%1 AND x.territory_id = ANY (?::text[])) OR NOT EXISTS (%1))) "
                       "OR (u.role = 'manager' AND u.id <> ?::uuid AND EXISTS (%2) AND NOT EXISTS (%2 AND NOT "
                       "m.territory_id = ANY (?::text[]))))")
            .arg(assigned, managed),
        {territories, caller.user.id, territories}});
}

AccountResult<bool> AdminService::checkReach(QSqlDatabase db, const Session &caller, const QString &userId)
{
    if (const AccountResult<bool> staff = staffOnly(caller); !staff.ok()) {
        return staff;
    }
    const Result<std::optional<Reach>> reach = reachOf(db, caller);
    if (!reach) {
        return storageFailure<bool>(reach.error());
    }
    if (!*reach) {
        return refuse<bool>(AccountError::Forbidden, tr("Administration is for admins and managers."));
    }
    const Result<QVariant> row = pgValue(
        db, QStringLiteral("SELECT (%1) FROM users u WHERE u.id = ?::uuid AND NOT u.deleted").arg((*reach)->condition),
        QVariantList{} << (*reach)->binds << userId);
    if (!row) {
        return storageFailure<bool>(row.error());
    }
    if (row->isNull()) {
        return refuse<bool>(AccountError::NotFound, tr("user_id: there is no user %1").arg(userId),
                            QStringLiteral("user_id"));
    }
    if (!row->toBool()) {
        return refuse<bool>(AccountError::Forbidden,
                            tr("user_id: this user is outside the territories you manage, or has a role above "
                               "yours"),
                            QStringLiteral("user_id"));
    }
    return grant(true);
}

Result<QList<AccountInfo>> AdminService::readAccounts(QSqlDatabase db, const QString &where, const QVariantList &binds)
{
    Result<QSqlQuery> q = pgQuery(db,
                                  QStringLiteral("SELECT %1 FROM users u WHERE NOT u.deleted AND (%2) ORDER BY "
                                                 "u.display_name, u.id")
                                      .arg(kAccountColumns, where),
                                  binds);
    if (!q) {
        return q.error();
    }
    QList<AccountInfo> accounts;
    while (q.value().next()) {
        AccountInfo a;
        a.userId = q.value().value(0).toString();
        a.active = q.value().value(1).toBool();
        a.version = q.value().value(2).toLongLong();
        a.mustChangePassword = q.value().value(3).toBool();
        a.setupCodePending = q.value().value(4).toBool();
        a.lastSignInAt = utc(q.value().value(5));
        a.lastSyncAt = utc(q.value().value(6));
        a.openSessions = q.value().value(7).toInt();
        accounts << a;
    }
    return accounts;
}

Result<QList<DeviceInfo>> AdminService::readDevices(QSqlDatabase db, const QString &where, const QVariantList &binds)
{
    Result<QSqlQuery> q =
        pgQuery(db,
                QStringLiteral("SELECT %1 FROM devices d JOIN users u ON u.id = d.user_id WHERE NOT u.deleted AND (%2) "
                               "ORDER BY d.last_sync_at DESC NULLS LAST, d.device_id")
                    .arg(kDeviceColumns, where),
                binds);
    if (!q) {
        return q.error();
    }
    QList<DeviceInfo> devices;
    while (q.value().next()) {
        DeviceInfo d;
        d.deviceId = q.value().value(0).toString();
        d.userId = q.value().value(1).toString();
        d.lastSignInAt = utc(q.value().value(2));
        d.lastSyncAt = utc(q.value().value(3));
        d.clientVersion = q.value().value(4).toString();
        d.pendingOps = q.value().value(5).toLongLong();
        d.pendingCustomerIds = q.value().value(6).toString().split(u',', Qt::SkipEmptyParts);
        d.reportedAt = utc(q.value().value(7));
        devices << d;
    }
    return devices;
}

AccountResult<Protocol::AccountsResponse> AdminService::accounts(const Session &caller)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return storageFailure<Protocol::AccountsResponse>(db.error());
    }
    const Result<std::optional<Reach>> reach = reachOf(*db, caller);
    if (!reach) {
        return storageFailure<Protocol::AccountsResponse>(reach.error());
    }
    if (!*reach) {
        return refuse<Protocol::AccountsResponse>(AccountError::Forbidden,
                                                  tr("Administration is for admins and managers."));
    }
    const Result<QList<AccountInfo>> accounts = readAccounts(*db, (*reach)->condition, (*reach)->binds);
    if (!accounts) {
        return storageFailure<Protocol::AccountsResponse>(accounts.error());
    }
    return grant(Protocol::AccountsResponse{*accounts});
}

AccountResult<bool> AdminService::checkCreate(QSqlDatabase db, const Session &caller,
                                              const Protocol::CreateUserRequest &request)
{
    if (caller.user.role == Role::Manager && request.role == Role::Admin) {
        return refuse<bool>(AccountError::Forbidden, tr("role: a manager cannot create an admin"),
                            QStringLiteral("role"));
    }
    const Result<Scope> scope = Scope::of(db, caller.user);
    if (!scope) {
        return storageFailure<bool>(scope.error());
    }
    for (qsizetype i = 0; i < request.territoryIds.size(); ++i) {
        const QString field = QStringLiteral("territory_ids[%1]").arg(i);
        const QString &id = request.territoryIds.at(i);
        Result<QSqlQuery> q =
            pgQuery(db, QStringLiteral("SELECT level, active FROM territories WHERE id = ? AND NOT deleted"), {id});
        if (!q) {
            return storageFailure<bool>(q.error());
        }
        std::optional<TerritoryRules::Node> node;
        if (q.value().next()) {
            node = TerritoryRules::Node{
                territoryLevelFromText(q.value().value(0).toString()).value_or(TerritoryLevel::Territory),
                q.value().value(1).toBool()};
        }
        const std::optional<QString> problem =
            request.role == Role::Agent ? TerritoryRules::placementProblem(node)
            : node                      ? std::optional<QString>()
                                        : std::optional<QString>(tr("refers to a territory that does not exist"));
        if (problem) {
            return refuse<bool>(AccountError::Validation, field + QStringLiteral(": ") + *problem, field);
        }
        if (!scope->everything && !scope->territoryIds.contains(id)) {
            return refuse<bool>(AccountError::Forbidden,
                                field + QStringLiteral(": ") + tr("is outside your territories"), field);
        }
    }
    const QString username = request.username.trimmed().toLower();
    const Result<QVariant> taken =
        pgValue(db, QStringLiteral("SELECT count(*) FROM users WHERE username = ?"), {username});
    if (!taken) {
        return storageFailure<bool>(taken.error());
    }
    if (taken->toInt() > 0) {
        return refuse<bool>(AccountError::Validation, tr("username: %1 is already taken").arg(username),
                            QStringLiteral("username"));
    }
    const Result<QVariant> employees = pgValue(db, QStringLiteral("SELECT count(*) FROM agents WHERE employee_id = ?"),
                                               {request.employeeId.trimmed()});
    if (!employees) {
        return storageFailure<bool>(employees.error());
    }
    if (request.role == Role::Agent && employees->toInt() > 0) {
        return refuse<bool>(AccountError::Validation,
                            tr("employee_id: %1 is already another agent's").arg(request.employeeId),
                            QStringLiteral("employee_id"));
    }
    return grant(true);
}

Status AdminService::insertAssignments(QSqlDatabase db, const User &user, const Protocol::CreateUserRequest &request)
{
    const bool agent = request.role == Role::Agent;
    QString ownerId = user.id;
    if (agent) {
        const EntityDef &agents = EntitySchema::get(QStringLiteral("agent"));
        ownerId = UuidV7::generateString();
        if (const Status s = PgRows::insert(db, agents, ownerId,
                                            {{QStringLiteral("user_id"), user.id},
                                             {QStringLiteral("employee_id"), request.employeeId.trimmed()},
                                             {QStringLiteral("phone"), request.phone.trimmed()},
                                             {QStringLiteral("active"), true}},
                                            fieldClocks(agents));
            !s) {
            return s;
        }
    }
    const EntityDef &links =
        EntitySchema::get(agent ? QStringLiteral("agent_territory") : QStringLiteral("manager_territory"));
    for (const QString &territory : request.territoryIds) {
        const QVariantMap values{{agent ? QStringLiteral("agent_id") : QStringLiteral("user_id"), ownerId},
                                 {QStringLiteral("territory_id"), territory}};
        if (const Status s = PgRows::insert(db, links, UuidV7::generateString(), values, fieldClocks(links)); !s) {
            return s;
        }
    }
    return {};
}

AccountResult<Protocol::CredentialResponse> AdminService::createUser(const Session &caller,
                                                                     const Protocol::CreateUserRequest &request)
{
    using Response = Protocol::CredentialResponse;
    if (const AccountResult<bool> staff = staffOnly(caller); !staff.ok()) {
        return refuse<Response>(staff.error, staff.message);
    }
    User user;
    user.id = UuidV7::generateString();
    user.username = request.username.trimmed().toLower();
    user.displayName = request.displayName.trimmed();
    user.email = request.email.trimmed();
    user.role = request.role;
    if (const QList<FieldError> errors = user.validate(); !errors.isEmpty()) {
        const AccountResult<bool> r = invalid(errors);
        return refuse<Response>(r.error, r.message, r.field);
    }
    if (request.role == Role::Agent) {
        Agent agent;
        agent.id = UuidV7::generateString();
        agent.userId = user.id;
        agent.employeeId = request.employeeId.trimmed();
        agent.phone = request.phone.trimmed();
        if (const QList<FieldError> errors = agent.validate(); !errors.isEmpty()) {
            const AccountResult<bool> r = invalid(errors);
            return refuse<Response>(r.error, r.message, r.field);
        }
    }
    QString setupCode;
    const AccountResult<AccountService::Credential> credential =
        AccountService::makeCredential(request.password, request.setupCode, &setupCode);
    if (!credential.ok()) {
        return refuse<Response>(credential.error, credential.message, credential.field);
    }
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return storageFailure<Response>(db.error());
    }
    PgTransaction tx(*db, AuditActor{caller.user.id, caller.deviceId});
    if (const Status s = tx.status(); !s) {
        return storageFailure<Response>(s.error());
    }
    if (const AccountResult<bool> ok = checkCreate(*db, caller, request); !ok.ok()) {
        return refuse<Response>(ok.error, ok.message, ok.field);
    }
    Status s = AccountService::insertUser(*db, user, *credential.value);
    if (s) {
        s = insertAssignments(*db, user, request);
    }
    const Result<QList<AccountInfo>> account =
        s ? readAccounts(*db, QStringLiteral("u.id = ?::uuid"), {user.id}) : Result<QList<AccountInfo>>(s.error());
    if (account) {
        s = tx.commit();
    }
    if (!account || !s) {
        return storageFailure<Response>(account ? s.error() : account.error());
    }
    qCInfo(lcAccounts) << "user" << caller.user.id << "created user" << user.id << "role" << roleToText(user.role);
    return grant(
        Response{account->value(0), setupCode, setupCode.isEmpty() ? QDateTime() : credential.value->setupCodeExpires});
}

AccountResult<bool> AdminService::checkUpdate(QSqlDatabase db, const Session &caller,
                                              const Protocol::UpdateUserRequest &request, const QJsonObject &stored)
{
    const bool self = request.userId == caller.user.id;
    const auto change = [&](const char *field) {
        const QString name = QString::fromLatin1(field);
        return request.fields.contains(name) ? request.fields.value(name).newValue : QJsonValue(QJsonValue::Undefined);
    };
    const QJsonValue role = change("role");
    const QJsonValue active = change("active");
    if (!role.isUndefined() && caller.user.role != Role::Admin) {
        return refuse<bool>(AccountError::Forbidden, tr("role: only an admin changes roles"), QStringLiteral("role"));
    }
    if (self && (!role.isUndefined() || !active.isUndefined())) {
        const QString field = role.isUndefined() ? QStringLiteral("active") : QStringLiteral("role");
        return refuse<bool>(AccountError::Forbidden,
                            field + QStringLiteral(": ") + tr("you cannot change your own role or disable yourself"),
                            field);
    }
    // Field by field: a value someone changed since the caller read it is theirs to look at first.
    for (auto it = request.fields.cbegin(); it != request.fields.cend(); ++it) {
        const QJsonValue now = stored.value(it.key());
        if (now != it->oldValue) {
            return refuse<bool>(
                AccountError::Conflict,
                tr("%1: someone changed it to %2 in the meantime; look at the user again")
                    .arg(it.key(), now.isBool() ? (now.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                                : now.toString()),
                it.key());
        }
    }
    User user;
    user.id = request.userId;
    user.username = stored.value(QStringLiteral("username")).toString();
    user.displayName =
        request.fields.value(QStringLiteral("display_name"), {{}, stored.value(QStringLiteral("display_name"))})
            .newValue.toString()
            .trimmed();
    user.email = request.fields.value(QStringLiteral("email"), {{}, stored.value(QStringLiteral("email"))})
                     .newValue.toString()
                     .trimmed();
    if (!role.isUndefined()) {
        const std::optional<Role> r = roleFromText(role.toString());
        if (!r) {
            return refuse<bool>(AccountError::Validation, tr("role: must be admin, manager or agent"),
                                QStringLiteral("role"));
        }
        user.role = *r;
    }
    if (!active.isUndefined() && !active.isBool()) {
        return refuse<bool>(AccountError::Validation, tr("active: must be true or false"), QStringLiteral("active"));
    }
    if (const QList<FieldError> errors = user.validate(); !errors.isEmpty()) {
        return invalid(errors);
    }
    if (role.toString() == roleToText(Role::Agent)) {
        const Result<QVariant> agent =
            pgValue(db, QStringLiteral("SELECT count(*) FROM agents WHERE user_id = ? AND NOT deleted"), {user.id});
        if (!agent) {
            return storageFailure<bool>(agent.error());
        }
        if (agent->toInt() == 0) {
            return refuse<bool>(AccountError::Validation,
                                tr("role: this user has no agent record (employee id); create an agent account "
                                   "instead"),
                                QStringLiteral("role"));
        }
    }
    const bool demotesAdmin =
        stored.value(QStringLiteral("role")).toString() == roleToText(Role::Admin) &&
        ((!role.isUndefined() && role.toString() != roleToText(Role::Admin)) || (active.isBool() && !active.toBool()));
    if (demotesAdmin) {
        const Result<QVariant> admins =
            pgValue(db, QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND active AND NOT deleted"));
        if (!admins) {
            return storageFailure<bool>(admins.error());
        }
        if (admins->toInt() <= 1) {
            const QString field = role.isUndefined() ? QStringLiteral("active") : QStringLiteral("role");
            return refuse<bool>(AccountError::Forbidden,
                                field + QStringLiteral(": ") + tr("this is the last active admin"), field);
        }
    }
    return grant(true);
}

AccountResult<AccountInfo> AdminService::updateUser(const Session &caller, const Protocol::UpdateUserRequest &request)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return storageFailure<AccountInfo>(db.error());
    }
    PgTransaction tx(*db, AuditActor{caller.user.id, caller.deviceId});
    if (const Status s = tx.status(); !s) {
        return storageFailure<AccountInfo>(s.error());
    }
    if (const AccountResult<bool> reach = checkReach(*db, caller, request.userId); !reach.ok()) {
        return refuse<AccountInfo>(reach.error, reach.message, reach.field);
    }
    const Result<std::optional<StoredRow>> stored =
        PgRows::load(*db, EntitySchema::get(QStringLiteral("user")), request.userId, true);
    if (!stored || !*stored) {
        return stored ? refuse<AccountInfo>(AccountError::NotFound, tr("user_id: there is no such user"),
                                            QStringLiteral("user_id"))
                      : storageFailure<AccountInfo>(stored.error());
    }
    if (const AccountResult<bool> ok = checkUpdate(*db, caller, request, (*stored)->fields); !ok.ok()) {
        return refuse<AccountInfo>(ok.error, ok.message, ok.field);
    }
    const EntityDef &users = EntitySchema::get(QStringLiteral("user"));
    QStringList assignments;
    QVariantList binds;
    for (auto it = request.fields.cbegin(); it != request.fields.cend(); ++it) {
        const FieldDef &field = *users.field(it.key());
        assignments << field.name + QStringLiteral(" = ") + PgRows::placeholder(field);
        const QJsonValue value = it->newValue.isString() ? QJsonValue(it->newValue.toString().trimmed()) : it->newValue;
        binds << PgRows::toPg(field, value.toVariant());
    }
    binds << request.userId;
    Result<QSqlQuery> q = pgQuery(
        *db, QStringLiteral("UPDATE users SET %1 WHERE id = ?::uuid").arg(assignments.join(QStringLiteral(", "))),
        binds);
    // A new role is a new scope: the person signs in again (disabling ends the sessions by itself).
    Status s =
        q ? (request.fields.contains(QStringLiteral("role")) ? AccountService::revokeSessions(*db, request.userId)
                                                             : Status())
          : Status(q.error());
    const Result<QList<AccountInfo>> account = s ? readAccounts(*db, QStringLiteral("u.id = ?::uuid"), {request.userId})
                                                 : Result<QList<AccountInfo>>(s.error());
    if (account) {
        s = tx.commit();
    }
    if (!account || !s) {
        return storageFailure<AccountInfo>(account ? s.error() : account.error());
    }
    return grant(account->value(0));
}

AccountResult<Protocol::CredentialResponse> AdminService::resetPassword(const Session &caller,
                                                                        const Protocol::ResetPasswordRequest &request)
{
    using Response = Protocol::CredentialResponse;
    if (const AccountResult<bool> staff = staffOnly(caller); !staff.ok()) {
        return refuse<Response>(staff.error, staff.message);
    }
    QString setupCode;
    const AccountResult<AccountService::Credential> credential =
        AccountService::makeCredential(request.password, request.setupCode, &setupCode);
    if (!credential.ok()) {
        return refuse<Response>(credential.error, credential.message, credential.field);
    }
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return storageFailure<Response>(db.error());
    }
    const AuditActor actor{caller.user.id, caller.deviceId};
    PgTransaction tx(*db, actor);
    if (const Status s = tx.status(); !s) {
        return storageFailure<Response>(s.error());
    }
    if (const AccountResult<bool> reach = checkReach(*db, caller, request.userId); !reach.ok()) {
        return refuse<Response>(reach.error, reach.message, reach.field);
    }
    const AccountService::Credential &c = *credential.value;
    Result<QSqlQuery> q = pgQuery(
        *db,
        QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = ?, setup_code_hash = ?, "
                       "setup_code_expires_at = ? WHERE id = ?::uuid"),
        {QString(c.passwordHash + QStringLiteral("")), c.mustChange,
         c.setupCodeHash.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(c.setupCodeHash),
         c.setupCodeExpires.isValid() ? QVariant(c.setupCodeExpires) : QVariant(QMetaType::fromType<QDateTime>()),
         request.userId});
    Status s = q ? AccountService::revokeSessions(*db, request.userId) : Status(q.error());
    if (s) {
        s = AccountService::audit(*db, actor, QStringLiteral("user.password_reset"), request.userId,
                                  {{QStringLiteral("method"),
                                    request.setupCode ? QStringLiteral("setup_code") : QStringLiteral("password")}});
    }
    const Result<QList<AccountInfo>> account = s ? readAccounts(*db, QStringLiteral("u.id = ?::uuid"), {request.userId})
                                                 : Result<QList<AccountInfo>>(s.error());
    if (account) {
        s = tx.commit();
    }
    if (!account || !s) {
        return storageFailure<Response>(account ? s.error() : account.error());
    }
    return grant(Response{account->value(0), setupCode, setupCode.isEmpty() ? QDateTime() : c.setupCodeExpires});
}

AccountResult<Protocol::SessionsResponse> AdminService::sessions(const Session &caller, const QString &userId)
{
    using Response = Protocol::SessionsResponse;
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return storageFailure<Response>(db.error());
    }
    if (const AccountResult<bool> reach = checkReach(*db, caller, userId); !reach.ok()) {
        return refuse<Response>(reach.error, reach.message, reach.field);
    }
    Result<QSqlQuery> q = pgQuery(
        *db,
        QStringLiteral("SELECT id::text, device_id, created_at, last_seen_at, expires_at FROM sessions WHERE "
                       "user_id = ?::uuid AND revoked_at IS NULL AND expires_at > now() ORDER BY created_at DESC"),
        {userId});
    if (!q) {
        return storageFailure<Response>(q.error());
    }
    Response response;
    while (q.value().next()) {
        response.sessions << Protocol::SessionInfo{q.value().value(0).toString(), q.value().value(1).toString(),
                                                   utc(q.value().value(2)), utc(q.value().value(3)),
                                                   utc(q.value().value(4))};
    }
    const Result<QList<DeviceInfo>> devices = readDevices(*db, QStringLiteral("u.id = ?::uuid"), {userId});
    if (!devices) {
        return storageFailure<Response>(devices.error());
    }
    response.devices = *devices;
    return grant(response);
}

AccountResult<bool> AdminService::revokeSession(const Session &caller, const QString &sessionId)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return storageFailure<bool>(db.error());
    }
    if (const AccountResult<bool> staff = staffOnly(caller); !staff.ok()) {
        return staff;
    }
    const AuditActor actor{caller.user.id, caller.deviceId};
    PgTransaction tx(*db, actor);
    Result<QSqlQuery> q =
        tx.status() ? pgQuery(*db,
                              QStringLiteral("SELECT user_id::text, device_id FROM sessions WHERE id = ?::uuid AND "
                                             "revoked_at IS NULL AND expires_at > now() FOR UPDATE"),
                              {sessionId})
                    : Result<QSqlQuery>(tx.status().error());
    if (!q) {
        return storageFailure<bool>(q.error());
    }
    if (!q.value().next()) {
        return refuse<bool>(AccountError::NotFound, tr("session_id: there is no open session %1").arg(sessionId),
                            QStringLiteral("session_id"));
    }
    const QString userId = q.value().value(0).toString();
    const QString device = q.value().value(1).toString();
    q.value().finish();
    if (const AccountResult<bool> reach = checkReach(*db, caller, userId); !reach.ok()) {
        return reach;
    }
    const Result<QSqlQuery> revoked =
        pgQuery(*db, QStringLiteral("UPDATE sessions SET revoked_at = now() WHERE id = ?::uuid"), {sessionId});
    Status s =
        revoked
            ? AccountService::audit(*db, actor, QStringLiteral("user.session_revoked"), userId,
                                    {{QStringLiteral("session_id"), sessionId}, {QStringLiteral("device_id"), device}})
            : Status(revoked.error());
    if (s) {
        s = tx.commit();
    }
    if (!s) {
        return storageFailure<bool>(s.error());
    }
    return grant(true);
}

AccountResult<Protocol::DevicesResponse> AdminService::devices(const Session &caller)
{
    using Response = Protocol::DevicesResponse;
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return storageFailure<Response>(db.error());
    }
    const Result<std::optional<Reach>> reach = reachOf(*db, caller);
    if (!reach) {
        return storageFailure<Response>(reach.error());
    }
    if (!*reach) {
        return refuse<Response>(AccountError::Forbidden, tr("Administration is for admins and managers."));
    }
    const Result<QList<DeviceInfo>> devices = readDevices(*db, (*reach)->condition, (*reach)->binds);
    if (!devices) {
        return storageFailure<Response>(devices.error());
    }
    return grant(Response{*devices});
}

} // namespace SalesSync::Server
