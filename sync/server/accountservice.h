#pragma once

#include "core/domain/user.h"
#include "core/result.h"
#include "sync/protocol/adminmessages.h"
#include "sync/server/pgdatabase.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace SalesSync::Server {

struct AccountPolicy {
    qint64 tokenLifetimeSeconds = qint64(12) * 3600;
    int maxFailedLogins = 5;           // within the window, per username
    qint64 failureWindowSeconds = 900; // 15 minutes
};

struct LoginResult {
    QString token; // the bearer token; shown once, stored only as a hash
    QDateTime expiresAt;
    User user;
};

struct Session {
    QString sessionId;
    User user;
    QDateTime expiresAt;
    QString deviceId; // the device the sign-in named, or empty
};

// Why an account operation failed, for the HTTP layer to map to a status.
enum class AccountError {
    None,
    InvalidCredentials,
    Disabled,
    Throttled,
    Unauthorized,
    Validation,
    Storage,
    PasswordChangeRequired, // the password is an initial one: the person sets their own first
    Forbidden,              // signed in, but not allowed to do this to this account
    NotFound,
    Conflict, // an admin change based on a value someone has changed since (field names it)
};

template <typename T>
struct AccountResult {
    std::optional<T> value;
    AccountError error = AccountError::None;
    QString message;
    QString field;
    qint64 retryAfterSeconds = 0;

    bool ok() const { return value.has_value(); }
};

// The failed answer of an account operation, naming the field at fault when one is.
template <typename T>
AccountResult<T> refuse(AccountError error, const QString &message, const QString &field = {})
{
    AccountResult<T> r;
    r.error = error;
    r.message = message;
    r.field = field;
    return r;
}

template <typename T>
AccountResult<T> grant(T value)
{
    AccountResult<T> r;
    r.value = std::move(value);
    return r;
}

// The database failed: the HTTP layer answers 503.
template <typename T>
AccountResult<T> storageFailure(const Error &error)
{
    return refuse<T>(AccountError::Storage, error.message());
}

// Users, passwords (Argon2id) and bearer-token sessions, all state in PostgreSQL so that any
// number of server instances can serve the same database.
class AccountService final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Server::AccountService)

public:
    AccountService(PgDatabase &database, AccountPolicy policy = {});

    // A user with a password of their own (the server's create-user command).
    AccountResult<User> createUser(User user, const QString &password, const AuditActor &actor = {});
    // An account that is refused until its initial password is replaced gets PasswordChangeRequired.
    AccountResult<LoginResult> login(const QString &username, const QString &password, const QString &deviceId);
    AccountResult<Session> authenticate(const QString &token);
    AccountResult<bool> logout(const QString &token);
    // Disabling a user revokes every session they have (a trigger of the database does it).
    AccountResult<bool> setActive(const QString &username, bool active, const AuditActor &actor = {});
    // A person sets their own password with the current one or a setup code; throttled like
    // sign-ins. Every session of theirs ends.
    AccountResult<bool> setPassword(const Protocol::SetPasswordRequest &request);

    // How a new or reset account gets its first password.
    struct Credential {
        QString passwordHash;     // Argon2id, or empty with a setup code
        bool mustChange = false;  // an initial password chosen by someone else
        QByteArray setupCodeHash; // SHA-256 of the normalised code, or empty
        QDateTime setupCodeExpires;
    };
    // An initial password (checked and hashed; the person must change it) or a new setup code
    // (returned in *setupCode, valid for kSetupCodeDays); the error names the field.
    static AccountResult<Credential> makeCredential(const QString &password, bool setupCode, QString *code);
    // Inserts the user row with its credential, in the caller's transaction.
    static Status insertUser(QSqlDatabase db, const User &user, const Credential &credential);
    // Appends an audit entry for an event that changes no audited row (sign-ins, resets).
    static Status audit(QSqlDatabase db, const AuditActor &actor, const QString &action, const QString &rowId,
                        const QJsonObject &details = {});
    // The user with this id (deleted or not); an empty user when there is none.
    static Result<User> userById(QSqlDatabase db, const QString &id);
    // Ends every session of the user, in the caller's transaction.
    static Status revokeSessions(QSqlDatabase db, const QString &userId);

    static constexpr int kMinimumPasswordLength = Protocol::kMinimumPasswordLength;
    static constexpr int kSetupCodeDays = 7;

private:
    // The failed sign-ins of a username within the window: when over the limit, how many seconds
    // until the oldest leaves it (else 0).
    Result<qint64> throttledFor(QSqlDatabase db, const QString &username);
    // Counts a failed attempt (sign-in or password change) and records it.
    Status recordFailure(QSqlDatabase db, const QString &username, const QString &userId, const QString &deviceId,
                         const QString &action);
    // Stores a stronger hash of a password that verified against a weaker one (best effort).
    static void rehashIfWeak(QSqlDatabase db, const QString &userId, const QString &stored, const QString &password);
    AccountResult<LoginResult> openSession(QSqlDatabase db, const User &user, const QString &deviceId);
    // The id of the active user the request's current password or setup code belongs to, or
    // nothing (the failure is counted and recorded).
    Result<std::optional<QString>> verifyForPasswordChange(QSqlDatabase db, const QString &username,
                                                           const Protocol::SetPasswordRequest &request);
    PgDatabase &m_database;
    AccountPolicy m_policy;
};

} // namespace SalesSync::Server
