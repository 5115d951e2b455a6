#include "sync/protocol/protocol.h"

#include "core/domain/enumtext.h"

namespace SalesSync::Protocol {

namespace {

struct EndpointDef {
    Endpoint endpoint;
    const char *method;
    const char *path;
};

constexpr EndpointDef kEndpoints[] = {
    {Endpoint::Handshake, "POST", "/v1/handshake"},
    {Endpoint::Login, "POST", "/v1/auth/login"},
    {Endpoint::Logout, "POST", "/v1/auth/logout"},
    {Endpoint::Session, "GET", "/v1/auth/session"},
    {Endpoint::Push, "POST", "/v1/push"},
    {Endpoint::Pull, "GET", "/v1/pull"},
    {Endpoint::Health, "GET", "/healthz"},
    {Endpoint::Ready, "GET", "/readyz"},
    {Endpoint::Metrics, "GET", "/metrics"},
    {Endpoint::SetPassword, "POST", "/v1/auth/password"},
    {Endpoint::AdminUsers, "GET", "/v1/admin/users"},
    {Endpoint::AdminCreateUser, "POST", "/v1/admin/users/create"},
    {Endpoint::AdminUpdateUser, "POST", "/v1/admin/users/update"},
    {Endpoint::AdminResetPassword, "POST", "/v1/admin/users/password"},
    {Endpoint::AdminSessions, "GET", "/v1/admin/sessions"},
    {Endpoint::AdminRevokeSession, "POST", "/v1/admin/sessions/revoke"},
    {Endpoint::AdminDevices, "GET", "/v1/admin/devices"},
    {Endpoint::AdminRealignmentPreview, "POST", "/v1/admin/realignments/preview"},
    {Endpoint::AdminRealignmentCreate, "POST", "/v1/admin/realignments/create"},
    {Endpoint::AdminRealignments, "GET", "/v1/admin/realignments"},
    {Endpoint::AdminRealignmentCancel, "POST", "/v1/admin/realignments/cancel"},
    {Endpoint::DeviceStatus, "POST", "/v1/device/status"},
};

const EndpointDef &definition(Endpoint endpoint)
{
    for (const EndpointDef &def : kEndpoints) {
        if (def.endpoint == endpoint) {
            return def;
        }
    }
    Q_UNREACHABLE();
}

const std::pair<ErrorCode, const char16_t *> kErrorTexts[] = {
    {ErrorCode::BadRequest, u"bad_request"},
    {ErrorCode::Unauthorized, u"unauthorized"},
    {ErrorCode::InvalidCredentials, u"invalid_credentials"},
    {ErrorCode::AccountDisabled, u"account_disabled"},
    {ErrorCode::TooManyAttempts, u"too_many_attempts"},
    {ErrorCode::Forbidden, u"forbidden"},
    {ErrorCode::PasswordChangeRequired, u"password_change_required"},
    {ErrorCode::Conflict, u"conflict"},
    {ErrorCode::NotFound, u"not_found"},
    {ErrorCode::MethodNotAllowed, u"method_not_allowed"},
    {ErrorCode::UnsupportedMediaType, u"unsupported_media_type"},
    {ErrorCode::PayloadTooLarge, u"payload_too_large"},
    {ErrorCode::UnsupportedVersion, u"unsupported_version"},
    {ErrorCode::Unavailable, u"unavailable"},
    {ErrorCode::Internal, u"internal"},
};

} // namespace

QString pathOf(Endpoint endpoint)
{
    return QString::fromLatin1(definition(endpoint).path);
}

QByteArray methodOf(Endpoint endpoint)
{
    return QByteArray(definition(endpoint).method);
}

const QList<Endpoint> &allEndpoints()
{
    static const QList<Endpoint> endpoints = [] {
        QList<Endpoint> all;
        for (const EndpointDef &def : kEndpoints) {
            all << def.endpoint;
        }
        return all;
    }();
    return endpoints;
}

QString errorCodeToText(ErrorCode code)
{
    return enumToText(kErrorTexts, code);
}

std::optional<ErrorCode> errorCodeFromText(QStringView text)
{
    return enumFromText(kErrorTexts, text);
}

int httpStatusOf(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadRequest:
        return 400;
    case ErrorCode::Unauthorized:
    case ErrorCode::InvalidCredentials:
        return 401;
    case ErrorCode::AccountDisabled:
    case ErrorCode::Forbidden:
    case ErrorCode::PasswordChangeRequired:
        return 403;
    case ErrorCode::Conflict:
        return 409;
    case ErrorCode::NotFound:
        return 404;
    case ErrorCode::MethodNotAllowed:
        return 405;
    case ErrorCode::UnsupportedMediaType:
        return 415;
    case ErrorCode::PayloadTooLarge:
        return 413;
    case ErrorCode::UnsupportedVersion:
        return 426;
    case ErrorCode::TooManyAttempts:
        return 429;
    case ErrorCode::Unavailable:
        return 503;
    case ErrorCode::Internal:
        return 500;
    }
    return 500;
}

} // namespace SalesSync::Protocol
