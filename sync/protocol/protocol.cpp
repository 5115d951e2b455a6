#include "sync/protocol/protocol.h"

namespace SalesSync::Protocol {

QString errorCodeToText(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadRequest:
        return QStringLiteral("bad_request");
    case ErrorCode::Unauthorized:
        return QStringLiteral("unauthorized");
    case ErrorCode::InvalidCredentials:
        return QStringLiteral("invalid_credentials");
    case ErrorCode::AccountDisabled:
        return QStringLiteral("account_disabled");
    case ErrorCode::TooManyAttempts:
        return QStringLiteral("too_many_attempts");
    case ErrorCode::Forbidden:
        return QStringLiteral("forbidden");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::PayloadTooLarge:
        return QStringLiteral("payload_too_large");
    case ErrorCode::UnsupportedVersion:
        return QStringLiteral("unsupported_version");
    case ErrorCode::Unavailable:
        return QStringLiteral("unavailable");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
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
        return 403;
    case ErrorCode::NotFound:
        return 404;
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

QJsonObject errorBody(ErrorCode code, const QString &message, const QString &field)
{
    QJsonObject error{{QStringLiteral("code"), errorCodeToText(code)}, {QStringLiteral("message"), message}};
    if (!field.isEmpty()) {
        error.insert(QStringLiteral("field"), field);
    }
    return QJsonObject{{QStringLiteral("error"), error}};
}

} // namespace SalesSync::Protocol
