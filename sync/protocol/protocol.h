#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace SalesSync::Protocol {

// The sync protocol version this build speaks, and the oldest one it still accepts. Paths carry
// the major version (/v1/...); the handshake carries this number, and a client outside
// [kMinimumVersion, kVersion] gets an error that names both sides' versions.
constexpr int kVersion = 1;
constexpr int kMinimumVersion = 1;

// The endpoints, each with its one method and path (docs/sync-protocol.md).
enum class Endpoint {
    Handshake, // POST /v1/handshake
    Login,     // POST /v1/auth/login
    Logout,    // POST /v1/auth/logout
    Session,   // GET  /v1/auth/session
    Push,      // POST /v1/push
    Pull,      // GET  /v1/pull
    Health,    // GET  /healthz
    Ready,     // GET  /readyz
    Metrics,   // GET  /metrics
    // A person sets their own password (with the current one or a setup code).
    SetPassword, // POST /v1/auth/password
    // Administration: admins, and managers within their subtree.
    AdminUsers,              // GET  /v1/admin/users
    AdminCreateUser,         // POST /v1/admin/users/create
    AdminUpdateUser,         // POST /v1/admin/users/update
    AdminResetPassword,      // POST /v1/admin/users/password
    AdminSessions,           // GET  /v1/admin/sessions
    AdminRevokeSession,      // POST /v1/admin/sessions/revoke
    AdminDevices,            // GET  /v1/admin/devices
    AdminRealignmentPreview, // POST /v1/admin/realignments/preview
    AdminRealignmentCreate,  // POST /v1/admin/realignments/create
    AdminRealignments,       // GET  /v1/admin/realignments
    AdminRealignmentCancel,  // POST /v1/admin/realignments/cancel
    // A device reports what it still holds after a sync round.
    DeviceStatus, // POST /v1/device/status
};

QString pathOf(Endpoint endpoint);
QByteArray methodOf(Endpoint endpoint); // "GET" or "POST"
const QList<Endpoint> &allEndpoints();

// Machine-readable error codes. Every error response is
//   {"error": {"code": "<code>", "message": "<for people>", "field": "<when one field is at fault>"}}
enum class ErrorCode {
    BadRequest,             // malformed JSON, wrong types, missing or unknown fields
    Unauthorized,           // no, unknown, expired or revoked token
    InvalidCredentials,     // wrong username or password
    AccountDisabled,        // the user exists but is disabled
    TooManyAttempts,        // login throttled; see Retry-After
    Forbidden,              // authenticated, but the role or scope does not allow it
    PasswordChangeRequired, // sign-in with an initial password: set your own first
    Conflict,               // an admin change based on values someone else has changed since
    NotFound,               // no such endpoint or object
    MethodNotAllowed,       // the endpoint exists with another method (see the Allow header)
    UnsupportedMediaType,   // a request body that is not Content-Type: application/json
    PayloadTooLarge,        // the request body is over the configured limit
    UnsupportedVersion,     // client and server protocol versions do not overlap
    Unavailable,            // the database cannot be reached, or the server is shutting down
    Internal,               // a bug; details are in the server log
};

QString errorCodeToText(ErrorCode code);
std::optional<ErrorCode> errorCodeFromText(QStringView text);
int httpStatusOf(ErrorCode code);

} // namespace SalesSync::Protocol
