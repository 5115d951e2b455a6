#pragma once

#include "core/domain/user.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace SalesSync::Server {

class PgDatabase;

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
enum class AccountError { None, InvalidCredentials, Disabled, Throttled, Unauthorized, Validation, Storage };

template <typename T>
struct AccountResult {
    std::optional<T> value;
    AccountError error = AccountError::None;
    QString message;
    QString field;
    qint64 retryAfterSeconds = 0;

    bool ok() const { return value.has_value(); }
};

// Users, passwords (Argon2id) and bearer-token sessions, all state in PostgreSQL so that any
// number of server instances can serve the same database.
class AccountService final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Server::AccountService)

public:
    AccountService(PgDatabase &database, AccountPolicy policy = {});

    AccountResult<User> createUser(User user, const QString &password);
    AccountResult<LoginResult> login(const QString &username, const QString &password, const QString &deviceId);
    AccountResult<Session> authenticate(const QString &token);
    AccountResult<bool> logout(const QString &token);
    // Disabling a user revokes every session they have.
    AccountResult<bool> setActive(const QString &username, bool active);

    static constexpr int kMinimumPasswordLength = 10;

private:
    PgDatabase &m_database;
    AccountPolicy m_policy;
};

} // namespace SalesSync::Server
