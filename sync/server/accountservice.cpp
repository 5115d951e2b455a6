#include "sync/server/accountservice.h"

#include "core/uuidv7.h"
#include "sync/server/auditsql.h"
#include "sync/server/passwordhasher.h"
#include "sync/server/pgdatabase.h"
#include "sync/server/serverlogging.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace SalesSync::Server {

namespace {

User userFromQuery(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toString();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.email = q.value(3).toString();
    u.role = roleFromText(q.value(4).toString()).value_or(Role::Agent);
    u.active = q.value(5).toBool();
    u.serverVersion = q.value(6).toLongLong();
    return u;
}

const QString kUserColumns =
    QStringLiteral("u.id::text, u.username, u.display_name, u.email, u.role, u.active, u.version");

} // namespace

AccountService::AccountService(PgDatabase &database, AccountPolicy policy)
    : m_database(database)
    , m_policy(policy)
{}

AccountResult<AccountService::Credential> AccountService::makeCredential(const QString &password, bool setupCode,
                                                                         QString *code)
{
    Credential credential;
    if (setupCode) {
        *code = PasswordHasher::randomSetupCode();
        credential.setupCodeHash = PasswordHasher::setupCodeHash(*code);
        credential.setupCodeExpires = QDateTime::currentDateTimeUtc().addDays(kSetupCodeDays);
        return grant(credential);
    }
    if (password.size() < kMinimumPasswordLength) {
        return refuse<Credential>(AccountError::Validation,
                                  tr("password: must be at least %1 characters long").arg(kMinimumPasswordLength),
                                  QStringLiteral("password"));
    }
    credential.passwordHash = PasswordHasher::hash(password);
    if (credential.passwordHash.isEmpty()) {
        return refuse<Credential>(AccountError::Storage, tr("Hashing the password failed (out of memory)."));
    }
    credential.mustChange = true;
    return grant(credential);
}

Status AccountService::insertUser(QSqlDatabase db, const User &user, const Credential &credential)
{
    const Result<QSqlQuery> q = pgQuery(
        db,
        QStringLiteral("INSERT INTO users (id, username, display_name, email, role, active, password_hash, "
                       "must_change_password, setup_code_hash, setup_code_expires_at) VALUES (?::uuid, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?)"),
        {user.id, user.username, user.displayName, QString(user.email + QStringLiteral("")), roleToText(user.role),
         user.active, QString(credential.passwordHash + QStringLiteral("")), credential.mustChange,
         credential.setupCodeHash.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                            : QVariant(credential.setupCodeHash),
         credential.setupCodeExpires.isValid() ? QVariant(credential.setupCodeExpires)
                                               : QVariant(QMetaType::fromType<QDateTime>())});
    return q ? Status() : Status(q.error());
}

Status AccountService::audit(QSqlDatabase db, const AuditActor &actor, const QString &action, const QString &rowId,
                             const QJsonObject &details)
{
    const Result<QSqlQuery> q = pgQuery(db, AuditSql::appendStatement(),
                                        {actor.userId, actor.deviceId, action, QStringLiteral("user"), rowId,
                                         QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
    return q ? Status() : Status(q.error());
}

AccountResult<User> AccountService::createUser(User user, const QString &password, const AuditActor &actor)
{
    if (user.id.isEmpty()) {
        user.id = UuidV7::generateString();
    }
    user.managedTerritoryIds.clear();
    QList<FieldError> errors = user.validate();
    if (password.size() < kMinimumPasswordLength) {
        errors << FieldError{QStringLiteral("password"),
                             tr("must be at least %1 characters long").arg(kMinimumPasswordLength)};
    }
    if (!errors.isEmpty()) {
        const Error e = Error::validation(errors);
        return refuse<User>(AccountError::Validation, e.message(), errors.first().field);
    }
    Credential credential;
    credential.passwordHash = PasswordHasher::hash(password);
    if (credential.passwordHash.isEmpty()) {
        return refuse<User>(AccountError::Storage, tr("Hashing the password failed (out of memory)."));
    }
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return refuse<User>(AccountError::Storage, db.error().message());
    }
    PgTransaction tx(*db, actor);
    const Result<QVariant> taken =
        tx.status() ? pgValue(*db, QStringLiteral("SELECT count(*) FROM users WHERE username = ?"), {user.username})
                    : Result<QVariant>(tx.status().error());
    if (!taken) {
        return refuse<User>(AccountError::Storage, taken.error().message());
    }
    if (taken->toInt() > 0) {
        return refuse<User>(AccountError::Validation, tr("username: %1 is already taken").arg(user.username),
                            QStringLiteral("username"));
    }
    Status s = insertUser(*db, user, credential);
    if (s) {
        s = tx.commit();
    }
    if (!s) {
        return refuse<User>(AccountError::Storage, s.error().message());
    }
    qCInfo(lcAccounts) << "created user" << user.id << "role" << roleToText(user.role);
    user.serverVersion = 1;
    return grant(user);
}

Result<qint64> AccountService::throttledFor(QSqlDatabase db, const QString &username)
{
    Result<QSqlQuery> recent = pgQuery(
        db,
        QStringLiteral("SELECT count(*), extract(epoch FROM (min(at) + make_interval(secs => ?) - now()))::bigint "
                       "FROM login_failures WHERE username = ? AND at > now() - make_interval(secs => ?)"),
        {double(m_policy.failureWindowSeconds), username, double(m_policy.failureWindowSeconds)});
    if (!recent) {
        return recent.error();
    }
    recent.value().next();
    if (recent.value().value(0).toInt() < m_policy.maxFailedLogins) {
        return qint64(0);
    }
    return std::max<qint64>(1, recent.value().value(1).toLongLong());
}

Status AccountService::recordFailure(QSqlDatabase db, const QString &username, const QString &userId,
                                     const QString &deviceId, const QString &action)
{
    // Throttling counts on this row: without it the next attempts would not be slowed down.
    if (const Result<QSqlQuery> q =
            pgQuery(db, QStringLiteral("INSERT INTO login_failures (username) VALUES (?)"), {username});
        !q) {
        return q.error();
    }
    return audit(db, AuditActor{userId, deviceId}, action, userId, {{QStringLiteral("username"), username}});
}

namespace {

// Usernames are lower case without spaces: people type "Ada " for "ada".
QString normalUsername(const QString &typed)
{
    return typed.trimmed().toLower();
}

// Whether a typed username could be one at all (the message, when not).
std::optional<QString> usernameProblem(const QString &username)
{
    User probe;
    probe.id = UuidV7::generateString();
    probe.username = username;
    probe.displayName = username;
    for (const FieldError &e : probe.validate()) {
        if (e.field == u"username") {
            return e.message;
        }
    }
    return std::nullopt;
}

} // namespace

AccountResult<LoginResult> AccountService::login(const QString &typedUsername, const QString &password,
                                                 const QString &deviceId)
{
    const QString username = normalUsername(typedUsername);
    if (const std::optional<QString> problem = usernameProblem(username)) {
        return refuse<LoginResult>(AccountError::Validation, tr("username: %1").arg(*problem),
                                   QStringLiteral("username"));
    }
    if (password.contains(QChar(0))) {
        return refuse<LoginResult>(AccountError::Validation, tr("password: contains a NUL character"),
                                   QStringLiteral("password"));
    }
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return refuse<LoginResult>(AccountError::Storage, db.error().message());
    }
    // Throttle first, before spending an Argon2 verification on a guessing attacker.
    const Result<qint64> wait = throttledFor(*db, username);
    if (!wait) {
        return refuse<LoginResult>(AccountError::Storage, wait.error().message());
    }
    if (*wait > 0) {
        AccountResult<LoginResult> r = refuse<LoginResult>(
            AccountError::Throttled, tr("Too many failed sign-ins for this user. Try again later."));
        r.retryAfterSeconds = *wait;
        return r;
    }
    Result<QSqlQuery> found = pgQuery(*db,
                                      QStringLiteral("SELECT %1, u.password_hash, u.must_change_password FROM users u "
                                                     "WHERE u.username = ? AND NOT u.deleted")
                                          .arg(kUserColumns),
                                      {username});
    if (!found) {
        return refuse<LoginResult>(AccountError::Storage, found.error().message());
    }
    const bool exists = found.value().next();
    // Verify against a dummy hash when the user does not exist, so timing does not tell.
    static const QString dummy = PasswordHasher::hash(QStringLiteral("not a real password, never matches"));
    const QString stored = exists ? found.value().value(7).toString() : dummy;
    const bool matches = PasswordHasher::verify(stored, password) && exists;
    if (!matches) {
        const QString userId = exists ? found.value().value(0).toString() : QString();
        if (const Status s = recordFailure(*db, username, userId, deviceId, QStringLiteral("user.sign_in_failed"));
            !s) {
            return refuse<LoginResult>(AccountError::Storage, s.error().message());
        }
        qCInfo(lcAccounts) << "failed sign-in";
        return refuse<LoginResult>(AccountError::InvalidCredentials, tr("The username or password is wrong."));
    }
    const User user = userFromQuery(found.value());
    if (!user.active) {
        if (const Status s = audit(*db, AuditActor{user.id, deviceId}, QStringLiteral("user.sign_in_refused"), user.id,
                                   {{QStringLiteral("reason"), QStringLiteral("disabled")}});
            !s) {
            return refuse<LoginResult>(AccountError::Storage, s.error().message());
        }
        return refuse<LoginResult>(AccountError::Disabled, tr("This account is disabled. Ask your administrator."));
    }
    if (found.value().value(8).toBool()) {
        return refuse<LoginResult>(AccountError::PasswordChangeRequired,
                                   tr("This password was set by an administrator: choose your own to sign in."));
    }
    rehashIfWeak(*db, user.id, stored, password);
    return openSession(*db, user, deviceId);
}

void AccountService::rehashIfWeak(QSqlDatabase db, const QString &userId, const QString &stored,
                                  const QString &password)
{
    if (!PasswordHasher::needsRehash(stored)) {
        return;
    }
    // A stronger hash next time; when it cannot be stored, the old one still works.
    if (const Result<QSqlQuery> q = pgQuery(db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?::uuid"),
                                            {PasswordHasher::hash(password), userId});
        !q) {
        qCWarning(lcAccounts) << "could not store the rehashed password of user" << userId << ":"
                              << q.error().message();
    }
}

AccountResult<LoginResult> AccountService::openSession(QSqlDatabase db, const User &user, const QString &deviceId)
{
    LoginResult result;
    result.token = PasswordHasher::randomToken();
    result.user = user;
    const QString device = deviceId.left(64);
    PgTransaction tx(db, AuditActor{user.id, device});
    Result<QSqlQuery> inserted =
        tx.status()
            ? pgQuery(db,
                      QStringLiteral("INSERT INTO sessions (id, token_hash, user_id, device_id, expires_at) VALUES "
                                     "(?::uuid, ?, ?::uuid, ?, now() + make_interval(secs => ?)) RETURNING expires_at"),
                      {UuidV7::generateString(), PasswordHasher::sha256(result.token.toLatin1()), user.id,
                       QString(device + QStringLiteral("")), double(m_policy.tokenLifetimeSeconds)})
            : Result<QSqlQuery>(tx.status().error());
    if (!inserted || !inserted.value().next()) {
        return refuse<LoginResult>(AccountError::Storage,
                                   inserted ? tr("The session could not be stored.") : inserted.error().message());
    }
    result.expiresAt = inserted.value().value(0).toDateTime().toUTC();
    Status s = audit(db, AuditActor{user.id, device}, QStringLiteral("user.signed_in"), user.id);
    if (s && !device.isEmpty()) {
        const Result<QSqlQuery> q =
            pgQuery(db,
                    QStringLiteral("INSERT INTO devices (device_id, user_id, last_sign_in_at) VALUES (?, ?::uuid, "
                                   "now()) ON CONFLICT (device_id, user_id) DO UPDATE SET last_sign_in_at = now()"),
                    {device, user.id});
        s = q ? Status() : Status(q.error());
    }
    if (s) {
        // A successful sign-in clears the count of failed ones.
        const Result<QSqlQuery> q =
            pgQuery(db, QStringLiteral("DELETE FROM login_failures WHERE username = ?"), {user.username});
        s = q ? tx.commit() : Status(q.error());
    }
    if (!s) {
        return refuse<LoginResult>(AccountError::Storage, s.error().message());
    }
    qCInfo(lcAccounts) << "signed in user" << user.id;
    return grant(result);
}

AccountResult<Session> AccountService::authenticate(const QString &token)
{
    if (token.isEmpty() || token.size() > 128) {
        return refuse<Session>(AccountError::Unauthorized, tr("Sign in first: no valid token was sent."));
    }
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return refuse<Session>(AccountError::Storage, db.error().message());
    }
    Result<QSqlQuery> q = pgQuery(*db,
                                  QStringLiteral("UPDATE sessions s SET last_seen_at = now() FROM users u "
                                                 "WHERE s.token_hash = ? AND u.id = s.user_id AND s.revoked_at IS NULL "
                                                 "AND s.expires_at > now() AND u.active AND NOT u.deleted "
                                                 "RETURNING %1, s.id::text, s.expires_at, s.device_id")
                                      .arg(kUserColumns),
                                  {PasswordHasher::sha256(token.toLatin1())});
    if (!q) {
        return refuse<Session>(AccountError::Storage, q.error().message());
    }
    if (!q.value().next()) {
        return refuse<Session>(AccountError::Unauthorized, tr("Your session has expired or was ended. Sign in again."));
    }
    Session session;
    session.user = userFromQuery(q.value());
    session.sessionId = q.value().value(7).toString();
    session.expiresAt = q.value().value(8).toDateTime().toUTC();
    session.deviceId = q.value().value(9).toString();
    return grant(session);
}

AccountResult<bool> AccountService::logout(const QString &token)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return refuse<bool>(AccountError::Storage, db.error().message());
    }
    Result<QSqlQuery> q = pgQuery(*db,
                                  QStringLiteral("UPDATE sessions SET revoked_at = now() WHERE token_hash = ? AND "
                                                 "revoked_at IS NULL AND expires_at > now() RETURNING user_id::text, "
                                                 "device_id"),
                                  {PasswordHasher::sha256(token.toLatin1())});
    if (!q) {
        return refuse<bool>(AccountError::Storage, q.error().message());
    }
    if (!q.value().next()) {
        return refuse<bool>(AccountError::Unauthorized, tr("Your session has expired or was ended. Sign in again."));
    }
    const QString userId = q.value().value(0).toString();
    if (const Status s =
            audit(*db, AuditActor{userId, q.value().value(1).toString()}, QStringLiteral("user.signed_out"), userId);
        !s) {
        // The session has ended; only its record in the audit trail is missing.
        qCWarning(lcAccounts) << "could not record the sign-out of user" << userId << ":" << s.error().message();
    }
    return grant(true);
}

AccountResult<bool> AccountService::setActive(const QString &username, bool active, const AuditActor &actor)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return refuse<bool>(AccountError::Storage, db.error().message());
    }
    // Disabling revokes the user's sessions in the same transaction (a trigger of the database).
    PgTransaction tx(*db, actor);
    if (const Status s = tx.status(); !s) {
        return refuse<bool>(AccountError::Storage, s.error().message());
    }
    Result<QSqlQuery> q = pgQuery(
        *db, QStringLiteral("UPDATE users SET active = ? WHERE username = ? RETURNING id::text"), {active, username});
    if (!q) {
        return refuse<bool>(AccountError::Storage, q.error().message());
    }
    if (!q.value().next()) {
        return refuse<bool>(AccountError::Validation, tr("username: there is no user %1").arg(username),
                            QStringLiteral("username"));
    }
    const QString id = q.value().value(0).toString();
    if (const Status s = tx.commit(); !s) {
        return refuse<bool>(AccountError::Storage, s.error().message());
    }
    qCInfo(lcAccounts) << (active ? "enabled" : "disabled and revoked the sessions of") << "user" << id;
    return grant(true);
}

AccountResult<bool> AccountService::setPassword(const Protocol::SetPasswordRequest &request)
{
    const QString username = normalUsername(request.username);
    if (const std::optional<QString> problem = usernameProblem(username)) {
        return refuse<bool>(AccountError::Validation, tr("username: %1").arg(*problem), QStringLiteral("username"));
    }
    if (request.newPassword.size() < kMinimumPasswordLength) {
        return refuse<bool>(AccountError::Validation,
                            tr("new_password: must be at least %1 characters long").arg(kMinimumPasswordLength),
                            QStringLiteral("new_password"));
    }
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return refuse<bool>(AccountError::Storage, db.error().message());
    }
    const Result<qint64> wait = throttledFor(*db, username);
    if (!wait || *wait > 0) {
        AccountResult<bool> r =
            wait ? refuse<bool>(AccountError::Throttled, tr("Too many failed attempts for this user. Try again later."))
                 : refuse<bool>(AccountError::Storage, wait.error().message());
        r.retryAfterSeconds = wait ? *wait : 0;
        return r;
    }
    const Result<std::optional<QString>> verified = verifyForPasswordChange(*db, username, request);
    if (!verified) {
        return refuse<bool>(AccountError::Storage, verified.error().message());
    }
    if (!*verified) {
        return refuse<bool>(AccountError::InvalidCredentials,
                            request.setupCode.isEmpty() ? tr("The username or password is wrong.")
                                                        : tr("The username or setup code is wrong, or the code has "
                                                             "expired. Ask your administrator for a new one."));
    }
    const QString userId = **verified;
    const QString hash = PasswordHasher::hash(request.newPassword);
    if (hash.isEmpty()) {
        return refuse<bool>(AccountError::Storage, tr("Hashing the password failed (out of memory)."));
    }
    PgTransaction tx(*db, AuditActor{userId, request.deviceId});
    Result<QSqlQuery> q =
        tx.status() ? pgQuery(*db,
                              QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = false, "
                                             "setup_code_hash = NULL, setup_code_expires_at = NULL WHERE id = ?::uuid"),
                              {hash, userId})
                    : Result<QSqlQuery>(tx.status().error());
    Status s = q ? revokeSessions(*db, userId) : Status(q.error());
    if (s) {
        s = audit(*db, AuditActor{userId, request.deviceId}, QStringLiteral("user.password_changed"), userId);
    }
    if (s) {
        s = tx.commit();
    }
    if (!s) {
        return refuse<bool>(AccountError::Storage, s.error().message());
    }
    qCInfo(lcAccounts) << "user" << userId << "set a new password";
    return grant(true);
}

Result<std::optional<QString>> AccountService::verifyForPasswordChange(QSqlDatabase db, const QString &username,
                                                                       const Protocol::SetPasswordRequest &request)
{
    Result<QSqlQuery> found =
        pgQuery(db,
                QStringLiteral("SELECT id::text, password_hash, setup_code_hash, setup_code_expires_at > now(), active "
                               "FROM users WHERE username = ? AND NOT deleted"),
                {username});
    if (!found) {
        return found.error();
    }
    const bool exists = found.value().next();
    static const QString dummy = PasswordHasher::hash(QStringLiteral("not a real password, never matches"));
    bool matches = false;
    if (request.setupCode.isEmpty()) {
        // Verified even for an unknown user, so timing does not tell whether it exists.
        matches =
            PasswordHasher::verify(exists ? found.value().value(1).toString() : dummy, request.password) && exists;
    } else {
        matches = exists && found.value().value(3).toBool() &&
                  found.value().value(2).toByteArray() == PasswordHasher::setupCodeHash(request.setupCode);
    }
    const QString userId = exists ? found.value().value(0).toString() : QString();
    if (!matches || !found.value().value(4).toBool()) {
        if (const Status s =
                recordFailure(db, username, userId, request.deviceId, QStringLiteral("user.password_change_failed"));
            !s) {
            return s.error();
        }
        return std::optional<QString>();
    }
    return std::optional<QString>(userId);
}

Result<User> AccountService::userById(QSqlDatabase db, const QString &id)
{
    Result<QSqlQuery> q =
        pgQuery(db, QStringLiteral("SELECT %1 FROM users u WHERE u.id = ?::uuid").arg(kUserColumns), {id});
    if (!q) {
        return q.error();
    }
    return q.value().next() ? userFromQuery(q.value()) : User();
}

Status AccountService::revokeSessions(QSqlDatabase db, const QString &userId)
{
    const Result<QSqlQuery> q = pgQuery(
        db, QStringLiteral("UPDATE sessions SET revoked_at = now() WHERE user_id = ?::uuid AND revoked_at IS NULL"),
        {userId});
    return q ? Status() : Status(q.error());
}

} // namespace SalesSync::Server
