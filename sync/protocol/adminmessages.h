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

// The shortest password the server accepts (a person's own, an initial one); clients check it
// first.
inline constexpr int kMinimumPasswordLength = 10;

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

#include "core/rules/realignment.h"

namespace SalesSync::Protocol {

// POST /v1/device/status: what a device still holds after a sync round (the ops left in its
// outbox and the customers they touch), for the administrators' view of each device.
struct DeviceStatusRequest {
    static constexpr int kMaximumCustomers = 10000;

    QString deviceId;
    QString clientVersion;
    qint64 pendingOps = 0;
    QStringList pendingCustomerIds;

    QJsonObject toJson() const;
    static Result<DeviceStatusRequest> fromJson(const QJsonValue &json);
};

// POST /v1/admin/realignments/preview and POST /v1/admin/realignments.
struct RealignmentRequest {
    RealignmentMoves moves;
    QDateTime effectiveAt; // invalid: now
    QString note;

    QJsonObject toJson() const;
    static Result<RealignmentRequest> fromJson(const QJsonValue &json);
};

// What a realignment does to one person's devices.
struct HolderImpact {
    struct Side {
        QStringList customerIds;
        qint64 openOrders = 0;                          // draft, submitted or approved
        qint64 plannedVisits = 0;                       // still planned
        QList<std::pair<QString, qint64>> openBalances; // per currency: what the customers owe, minor units

        QJsonObject toJson() const;
        static Result<Side> fromJson(const QJsonValue &json, const QString &path);
    };
    // One of their devices as the server last saw it, and what the realignment means for it.
    struct Device {
        QString deviceId;
        QDateTime lastSyncAt;
        qint64 pendingOps = 0;
        QStringList leavingWithPendingEdits; // leaving customers its reported outbox touches
        // Whether unsynced edits of leaving customers may be on it: it reported some, or it has
        // not synced since its last report (what it did offline since is unknown).
        bool mayHoldEdits = false;

        QJsonObject toJson() const;
        static Result<Device> fromJson(const QJsonValue &json, const QString &path);
    };
    QString userId;
    Role role = Role::Agent;
    Side arriving;
    Side leaving;
    QList<Device> devices;

    QJsonObject toJson() const;
    static Result<HolderImpact> fromJson(const QJsonValue &json, const QString &path);
};

struct RealignmentPreview {
    QList<HolderImpact> holders;

    QJsonObject toJson() const;
    static Result<RealignmentPreview> fromJson(const QJsonValue &json);
};

// A realignment as kept in the history.
struct RealignmentInfo {
    QString id;
    QString status; // scheduled, applied, failed, cancelled
    QString createdBy;
    QDateTime createdAt;
    QDateTime effectiveAt;
    QDateTime appliedAt; // invalid unless applied
    QString failure;     // why a scheduled one could not be applied
    QString note;
    RealignmentMoves moves;
    RealignmentPreview preview; // as approved

    QJsonObject toJson() const;
    static Result<RealignmentInfo> fromJson(const QJsonValue &json, const QString &path = {});
};

// GET /v1/admin/realignments.
struct RealignmentsResponse {
    QList<RealignmentInfo> realignments;

    QJsonObject toJson() const;
    static Result<RealignmentsResponse> fromJson(const QJsonValue &json);
};

// POST /v1/admin/realignments/cancel.
struct CancelRealignmentRequest {
    QString id;

    QJsonObject toJson() const;
    static Result<CancelRealignmentRequest> fromJson(const QJsonValue &json);
};

} // namespace SalesSync::Protocol
