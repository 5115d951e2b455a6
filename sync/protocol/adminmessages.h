#pragma once

#include "core/domain/user.h"
#include "core/result.h"
#include "sync/protocol/messages.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

// The messages of account and administration endpoints (docs/sync-protocol.md, "Passwords" and
// "Administration"). Requests are parsed strictly, responses leniently, as in messages.h.
namespace SalesSync::Protocol {

// POST /v1/auth/password: a person sets their own password, with the current one (which may be
// an initial password that must be changed) or with a one-time setup code.
struct SetPasswordRequest {
    QString username;
    QString password;  // the current password, or empty with a setup code
    QString setupCode; // the one-time code an administrator handed out, or empty with a password
    QString newPassword;
    QString deviceId;

    QJsonObject toJson() const;
    static Result<SetPasswordRequest> fromJson(const QJsonValue &json);
};

// What the server knows of an account beyond the synced user row.
struct AccountInfo {
    QString userId;
    bool active = true;
    qint64 version = 0;              // the user row's version
    bool mustChangePassword = false; // an initial or reset password not yet replaced
    bool setupCodePending = false;   // a setup code handed out and not yet used or expired
    QDateTime lastSignInAt;          // invalid: never
    QDateTime lastSyncAt;            // invalid: never
    int openSessions = 0;

    QJsonObject toJson() const;
    static Result<AccountInfo> fromJson(const QJsonValue &json, const QString &path);
};

// GET /v1/admin/users: the accounts the caller administers.
struct AccountsResponse {
    QList<AccountInfo> accounts;

    QJsonObject toJson() const;
    static Result<AccountsResponse> fromJson(const QJsonValue &json);
};

// POST /v1/admin/users/create.
struct CreateUserRequest {
    static constexpr int kMaximumTerritories = 1000;

    QString username;
    QString displayName;
    QString email;
    Role role = Role::Agent;
    QString employeeId;       // agents: required
    QString phone;            // agents
    QStringList territoryIds; // agents: the territories they cover; managers: the ones they manage
    QString password;         // an initial password, to be changed at the first sign-in ...
    bool setupCode = false;   // ... or a one-time setup code, made by the server

    QJsonObject toJson() const;
    static Result<CreateUserRequest> fromJson(const QJsonValue &json);
};

// The answer to a create or a password reset; the setup code is shown once and stored only as a
// hash.
struct CredentialResponse {
    AccountInfo account;
    QString setupCode;
    QDateTime setupCodeExpiresAt;

    QJsonObject toJson() const;
    static Result<CredentialResponse> fromJson(const QJsonValue &json);
};

// POST /v1/admin/users/update: display_name, email, role and active, each {"old", "new"} like an
// op's fields; a field whose old value is no longer the server's is a conflict (409), never
// overwritten.
struct UpdateUserRequest {
    QString userId;
    QMap<QString, FieldChange> fields;

    QJsonObject toJson() const;
    static Result<UpdateUserRequest> fromJson(const QJsonValue &json);
};

// POST /v1/admin/users/password: a new initial password, or a setup code.
struct ResetPasswordRequest {
    QString userId;
    QString password;
    bool setupCode = false;

    QJsonObject toJson() const;
    static Result<ResetPasswordRequest> fromJson(const QJsonValue &json);
};

struct SessionInfo {
    QString id;
    QString deviceId;
    QDateTime createdAt;
    QDateTime lastSeenAt; // invalid: not used since the sign-in
    QDateTime expiresAt;

    QJsonObject toJson() const;
    static Result<SessionInfo> fromJson(const QJsonValue &json, const QString &path);
};

// The server's view of one device of one user: sign-in, last sync and the work it reported
// still holding at its last sync.
struct DeviceInfo {
    QString deviceId;
    QString userId;
    QDateTime lastSignInAt;
    QDateTime lastSyncAt;
    QString clientVersion;
    qint64 pendingOps = 0;
    QStringList pendingCustomerIds;
    QDateTime reportedAt; // invalid: the device never reported its outbox

    QJsonObject toJson() const;
    static Result<DeviceInfo> fromJson(const QJsonValue &json, const QString &path);
};

// GET /v1/admin/sessions?user_id=…: a user's open sessions and devices.
struct SessionsResponse {
    QList<SessionInfo> sessions;
    QList<DeviceInfo> devices;

    QJsonObject toJson() const;
    static Result<SessionsResponse> fromJson(const QJsonValue &json);
};

// The user_id parameter of GET /v1/admin/sessions.
Result<QString> userIdFromQuery(const QUrlQuery &query);

// POST /v1/admin/sessions/revoke.
struct RevokeSessionRequest {
    QString sessionId;

    QJsonObject toJson() const;
    static Result<RevokeSessionRequest> fromJson(const QJsonValue &json);
};

// GET /v1/admin/devices: every device of the users the caller administers.
struct DevicesResponse {
    QList<DeviceInfo> devices;

    QJsonObject toJson() const;
    static Result<DevicesResponse> fromJson(const QJsonValue &json);
};

} // namespace SalesSync::Protocol
