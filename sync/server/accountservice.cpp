#include "sync/server/accountservice.h"

#include "core/uuidv7.h"
#include "sync/server/passwordhasher.h"
#include "sync/server/pgdatabase.h"
#include "sync/server/serverlogging.h"

#include <QLoggingCategory>
#include <QSqlQuery>

namespace SalesSync::Server {

namespace {

template <typename T>
AccountResult<T> failure(AccountError error, const QString &message, const QString &field = {})
{
    AccountResult<T> r;
    r.error = error;
    r.message = message;
    r.field = field;
    return r;
}

template <typename T>
AccountResult<T> success(T value)
{
    AccountResult<T> r;
    r.value = std::move(value);
    return r;
}

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

AccountResult<User> AccountService::createUser(User user, const QString &password)
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
        return failure<User>(AccountError::Validation, e.message(), errors.first().field);
    }
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty()) {
        return failure<User>(AccountError::Storage, tr("Hashing the password failed (out of memory)."));
    }
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return failure<User>(AccountError::Storage, db.error().message());
    }
    const Result<QVariant> taken =
        pgValue(*db, QStringLiteral("SELECT count(*) FROM users WHERE username = ?"), {user.username});
    if (!taken) {
        return failure<User>(AccountError::Storage, taken.error().message());
    }
    if (taken->toInt() > 0) {
        return failure<User>(AccountError::Validation, tr("username: %1 is already taken").arg(user.username),
                             QStringLiteral("username"));
    }
    Result<QSqlQuery> q = pgQuery(*db,
                                  QStringLiteral("INSERT INTO users (id, username, display_name, email, role, active, "
                                                 "password_hash) VALUES (?::uuid, ?, ?, ?, ?, ?, ?)"),
                                  {user.id, user.username, user.displayName, QString(user.email + QStringLiteral("")),
                                   roleToText(user.role), user.active, hash});
    if (!q) {
        return failure<User>(AccountError::Storage, q.error().message());
    }
    qCInfo(lcAccounts) << "created user" << user.id << "role" << roleToText(user.role);
    user.serverVersion = 1;
    return success(user);
}

AccountResult<LoginResult> AccountService::login(const QString &typedUsername, const QString &password,
                                                 const QString &deviceId)
{
    // People type "Ada " for "ada": usernames are lower case without spaces.
    const QString username = typedUsername.trimmed().toLower();
    User probe;
    probe.id = UuidV7::generateString();
    probe.username = username;
    probe.displayName = username;
    for (const FieldError &e : probe.validate()) {
        if (e.field == u"username") {
            return failure<LoginResult>(AccountError::Validation, tr("username: %1").arg(e.message),
                                        QStringLiteral("username"));
        }
    }
    if (password.contains(QChar(0))) {
        return failure<LoginResult>(AccountError::Validation, tr("password: contains a NUL character"),
                                    QStringLiteral("password"));
    }
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return failure<LoginResult>(AccountError::Storage, db.error().message());
    }
    // Throttle first, before spending an Argon2 verification on a guessing attacker.
    Result<QSqlQuery> recent = pgQuery(
        *db,
        QStringLiteral("SELECT count(*), extract(epoch FROM (min(at) + make_interval(secs => ?) - now()))::bigint "
                       "FROM login_failures WHERE username = ? AND at > now() - make_interval(secs => ?)"),
        {double(m_policy.failureWindowSeconds), username, double(m_policy.failureWindowSeconds)});
    if (!recent) {
        return failure<LoginResult>(AccountError::Storage, recent.error().message());
    }
    recent.value().next();
    if (recent.value().value(0).toInt() >= m_policy.maxFailedLogins) {
        AccountResult<LoginResult> r = failure<LoginResult>(
            AccountError::Throttled, tr("Too many failed sign-ins for this user. Try again later."));
        r.retryAfterSeconds = std::max<qint64>(1, recent.value().value(1).toLongLong());
        return r;
    }
    Result<QSqlQuery> found =
        pgQuery(*db,
                QStringLiteral("SELECT %1, u.password_hash FROM users u WHERE u.username = ? AND NOT u.deleted")
                    .arg(kUserColumns),
                {username});
    if (!found) {
        return failure<LoginResult>(AccountError::Storage, found.error().message());
    }
    const bool exists = found.value().next();
    // Verify against a dummy hash when the user does not exist, so timing does not tell.
    static const QString dummy = PasswordHasher::hash(QStringLiteral("not a real password, never matches"));
    const QString stored = exists ? found.value().value(7).toString() : dummy;
    const bool matches = PasswordHasher::verify(stored, password) && exists;
    if (!matches) {
        // Throttling counts on this row: without it the next attempts would not be slowed down.
        if (const Result<QSqlQuery> q =
                pgQuery(*db, QStringLiteral("INSERT INTO login_failures (username) VALUES (?)"), {username});
            !q) {
            return failure<LoginResult>(AccountError::Storage, q.error().message());
        }
        qCInfo(lcAccounts) << "failed sign-in";
        return failure<LoginResult>(AccountError::InvalidCredentials, tr("The username or password is wrong."));
    }
    const User user = userFromQuery(found.value());
    if (!user.active) {
        return failure<LoginResult>(AccountError::Disabled, tr("This account is disabled. Ask your administrator."));
    }
    if (PasswordHasher::needsRehash(stored)) {
        // A stronger hash next time; when it cannot be stored, the old one still works.
        if (const Result<QSqlQuery> q =
                pgQuery(*db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?::uuid"),
                        {PasswordHasher::hash(password), user.id});
            !q) {
            qCWarning(lcAccounts) << "could not store the rehashed password of user" << user.id << ":"
                                  << q.error().message();
        }
    }
    LoginResult result;
    result.token = PasswordHasher::randomToken();
    result.user = user;
    Result<QSqlQuery> inserted =
        pgQuery(*db,
                QStringLiteral("INSERT INTO sessions (id, token_hash, user_id, device_id, expires_at) VALUES "
                               "(?::uuid, ?, ?::uuid, ?, now() + make_interval(secs => ?)) RETURNING expires_at"),
                {UuidV7::generateString(), PasswordHasher::sha256(result.token.toLatin1()), user.id,
                 QString(deviceId.left(64) + QStringLiteral("")), double(m_policy.tokenLifetimeSeconds)});
    if (!inserted || !inserted.value().next()) {
        return failure<LoginResult>(AccountError::Storage,
                                    inserted ? tr("The session could not be stored.") : inserted.error().message());
    }
    result.expiresAt = inserted.value().value(0).toDateTime().toUTC();
    if (const Result<QSqlQuery> q =
            pgQuery(*db, QStringLiteral("DELETE FROM login_failures WHERE username = ?"), {username});
        !q) {
        // The session is made; old failures then age out of the window by themselves.
        qCWarning(lcAccounts) << "could not clear the failed sign-ins of user" << user.id << ":" << q.error().message();
    }
    qCInfo(lcAccounts) << "signed in user" << user.id;
    return success(result);
}

AccountResult<Session> AccountService::authenticate(const QString &token)
{
    if (token.isEmpty() || token.size() > 128) {
        return failure<Session>(AccountError::Unauthorized, tr("Sign in first: no valid token was sent."));
    }
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return failure<Session>(AccountError::Storage, db.error().message());
    }
    Result<QSqlQuery> q = pgQuery(*db,
                                  QStringLiteral("UPDATE sessions s SET last_seen_at = now() FROM users u "
                                                 "WHERE s.token_hash = ? AND u.id = s.user_id AND s.revoked_at IS NULL "
                                                 "AND s.expires_at > now() AND u.active AND NOT u.deleted "
                                                 "RETURNING %1, s.id::text, s.expires_at, s.device_id")
                                      .arg(kUserColumns),
                                  {PasswordHasher::sha256(token.toLatin1())});
    if (!q) {
        return failure<Session>(AccountError::Storage, q.error().message());
    }
    if (!q.value().next()) {
        return failure<Session>(AccountError::Unauthorized,
                                tr("Your session has expired or was ended. Sign in again."));
    }
    Session session;
    session.user = userFromQuery(q.value());
    session.sessionId = q.value().value(7).toString();
    session.expiresAt = q.value().value(8).toDateTime().toUTC();
    session.deviceId = q.value().value(9).toString();
    return success(session);
}

AccountResult<bool> AccountService::logout(const QString &token)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return failure<bool>(AccountError::Storage, db.error().message());
    }
    Result<QSqlQuery> q = pgQuery(*db,
                                  QStringLiteral("UPDATE sessions SET revoked_at = now() WHERE token_hash = ? AND "
                                                 "revoked_at IS NULL AND expires_at > now() RETURNING id"),
                                  {PasswordHasher::sha256(token.toLatin1())});
    if (!q) {
        return failure<bool>(AccountError::Storage, q.error().message());
    }
    if (!q.value().next()) {
        return failure<bool>(AccountError::Unauthorized, tr("Your session has expired or was ended. Sign in again."));
    }
    return success(true);
}

AccountResult<bool> AccountService::setActive(const QString &username, bool active)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return failure<bool>(AccountError::Storage, db.error().message());
    }
    PgTransaction tx(*db);
    if (const Status s = tx.status(); !s) {
        return failure<bool>(AccountError::Storage, s.error().message());
    }
    Result<QSqlQuery> q = pgQuery(*db,
                                  QStringLiteral("UPDATE users SET active = ? "
                                                 "WHERE username = ? RETURNING id::text"),
                                  {active, username});
    if (!q) {
        return failure<bool>(AccountError::Storage, q.error().message());
    }
    if (!q.value().next()) {
        return failure<bool>(AccountError::Validation, tr("username: there is no user %1").arg(username),
                             QStringLiteral("username"));
    }
    const QString id = q.value().value(0).toString();
    if (!active) {
        if (Result<QSqlQuery> r =
                pgQuery(*db,
                        QStringLiteral("UPDATE sessions SET revoked_at = now() WHERE user_id = ?::uuid "
                                       "AND revoked_at IS NULL"),
                        {id});
            !r) {
            return failure<bool>(AccountError::Storage, r.error().message());
        }
    }
    if (const Status s = tx.commit(); !s) {
        return failure<bool>(AccountError::Storage, s.error().message());
    }
    qCInfo(lcAccounts) << (active ? "enabled" : "disabled and revoked the sessions of") << "user" << id;
    return success(true);
}

} // namespace SalesSync::Server
