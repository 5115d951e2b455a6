#include "sync/protocol/adminmessages.h"

#include "core/timeutil.h"
#include "sync/protocol/jsonreader.h"
#include "sync/protocol/messagesupport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace SalesSync::Protocol {

using namespace MessageSupport;

namespace {

using Need = JsonReader::Need;
using Unknown = JsonReader::Unknown;

QString tr(const char *text)
{
    return QCoreApplication::translate("SalesSync::Protocol", text);
}

void insertTime(QJsonObject &o, const char *key, const QDateTime &time)
{
    if (time.isValid()) {
        o.insert(QString::fromLatin1(key), toIsoUtc(time));
    }
}

void checkLength(JsonReader &reader, const char *key, const QString &value, int maximum)
{
    if (reader.ok() && value.size() > maximum) {
        reader.fail(reader.pathOf(key), tr("is longer than %1 characters").arg(maximum));
    }
}

QStringList readTexts(JsonReader &reader, const char *key, Need need, qsizetype maximum)
{
    const QJsonArray array = reader.array(key, need);
    QStringList texts;
    if (reader.ok() && array.size() > maximum) {
        reader.fail(reader.pathOf(key), tr("has more than %1 items").arg(maximum));
    }
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
        if (!array.at(i).isString()) {
            reader.fail(reader.pathOf(key, i), tr("must be a string"));
        }
        texts << array.at(i).toString();
    }
    return texts;
}

template <typename T>
QJsonArray toArray(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items) {
        array.append(item.toJson());
    }
    return array;
}

} // namespace

QJsonObject SetPasswordRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("username"), username}, {QStringLiteral("new_password"), newPassword}};
    if (!password.isEmpty()) {
        o.insert(QStringLiteral("password"), password);
    }
    if (!setupCode.isEmpty()) {
        o.insert(QStringLiteral("setup_code"), setupCode);
    }
    if (!deviceId.isEmpty()) {
        o.insert(QStringLiteral("device_id"), deviceId);
    }
    return o;
}

Result<SetPasswordRequest> SetPasswordRequest::fromJson(const QJsonValue &json)
{
    JsonReader reader(json, {}, Unknown::Refuse);
    SetPasswordRequest request;
    request.username = reader.text("username");
    request.password = reader.text("password", Need::Optional);
    request.setupCode = reader.text("setup_code", Need::Optional);
    request.newPassword = reader.text("new_password");
    request.deviceId = reader.text("device_id", Need::Optional);
    checkLength(reader, "username", request.username, LoginRequest::kMaximumUsername);
    checkLength(reader, "password", request.password, LoginRequest::kMaximumPassword);
    checkLength(reader, "setup_code", request.setupCode, 64);
    checkLength(reader, "new_password", request.newPassword, LoginRequest::kMaximumPassword);
    checkLength(reader, "device_id", request.deviceId, PushRequest::kMaximumDeviceId);
    if (reader.ok() && request.password.isEmpty() == request.setupCode.isEmpty()) {
        reader.fail(QStringLiteral("password"), tr("give either the current password or a setup code"));
    }
    return finished(reader, request);
}

QJsonObject AccountInfo::toJson() const
{
    QJsonObject o{{QStringLiteral("user_id"), userId},
                  {QStringLiteral("active"), active},
                  {QStringLiteral("version"), version},
                  {QStringLiteral("must_change_password"), mustChangePassword},
                  {QStringLiteral("setup_code_pending"), setupCodePending},
                  {QStringLiteral("open_sessions"), openSessions}};
    insertTime(o, "last_sign_in_at", lastSignInAt);
    insertTime(o, "last_sync_at", lastSyncAt);
    return o;
}

Result<AccountInfo> AccountInfo::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader reader(json, path, Unknown::Ignore);
    AccountInfo a;
    a.userId = reader.text("user_id");
    a.active = reader.boolean("active");
    a.version = reader.integer("version", Need::Required, 0);
    a.mustChangePassword = reader.boolean("must_change_password");
    a.setupCodePending = reader.boolean("setup_code_pending");
    a.openSessions = int(reader.integer("open_sessions", Need::Required, 0, 1000000));
    a.lastSignInAt = requireTime(reader, "last_sign_in_at", Need::Optional);
    a.lastSyncAt = requireTime(reader, "last_sync_at", Need::Optional);
    return finished(reader, a);
}

QJsonObject AccountsResponse::toJson() const
{
    return {{QStringLiteral("accounts"), toArray(accounts)}};
}

Result<AccountsResponse> AccountsResponse::fromJson(const QJsonValue &json)
{
    JsonReader reader(json, {}, Unknown::Ignore);
    AccountsResponse response;
    response.accounts = readList<AccountInfo>(reader, "accounts", Need::Required, AccountInfo::fromJson);
    return finished(reader, response);
}

QJsonObject CreateUserRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("username"), username},
                  {QStringLiteral("display_name"), displayName},
                  {QStringLiteral("email"), email},
                  {QStringLiteral("role"), roleToText(role)},
                  {QStringLiteral("territory_ids"), QJsonArray::fromStringList(territoryIds)}};
    if (role == Role::Agent) {
        o.insert(QStringLiteral("employee_id"), employeeId);
        o.insert(QStringLiteral("phone"), phone);
    }
    if (setupCode) {
        o.insert(QStringLiteral("setup_code"), true);
    } else {
        o.insert(QStringLiteral("password"), password);
    }
    return o;
}

Result<CreateUserRequest> CreateUserRequest::fromJson(const QJsonValue &json)
{
    JsonReader reader(json, {}, Unknown::Refuse);
    CreateUserRequest request;
    request.username = reader.text("username");
    request.displayName = reader.text("display_name");
    request.email = reader.text("email", Need::Optional);
    const QString role = reader.text("role");
    request.employeeId = reader.text("employee_id", Need::Optional);
    request.phone = reader.text("phone", Need::Optional);
    request.territoryIds = readTexts(reader, "territory_ids", Need::Optional, kMaximumTerritories);
    request.password = reader.text("password", Need::Optional);
    request.setupCode = reader.has("setup_code") && reader.boolean("setup_code");
    if (reader.ok()) {
        if (const std::optional<Role> r = roleFromText(role)) {
            request.role = *r;
        } else {
            reader.fail(QStringLiteral("role"), tr("must be admin, manager or agent"));
        }
    }
    checkLength(reader, "username", request.username, LoginRequest::kMaximumUsername);
    checkLength(reader, "password", request.password, LoginRequest::kMaximumPassword);
    if (reader.ok() && request.password.isEmpty() == !request.setupCode) {
        reader.fail(QStringLiteral("password"), tr("give either an initial password or \"setup_code\": true"));
    }
    return finished(reader, request);
}

QJsonObject CredentialResponse::toJson() const
{
    QJsonObject o{{QStringLiteral("account"), account.toJson()}};
    if (!setupCode.isEmpty()) {
        o.insert(QStringLiteral("setup_code"), setupCode);
        insertTime(o, "setup_code_expires_at", setupCodeExpiresAt);
    }
    return o;
}

Result<CredentialResponse> CredentialResponse::fromJson(const QJsonValue &json)
{
    JsonReader reader(json, {}, Unknown::Ignore);
    CredentialResponse response;
    const Result<AccountInfo> account = AccountInfo::fromJson(reader.object("account"), QStringLiteral("account"));
    if (reader.ok() && !account) {
        reader.fail(account.error().fields().value(0).field, account.error().fields().value(0).message);
    } else if (account) {
        response.account = *account;
    }
    response.setupCode = reader.text("setup_code", Need::Optional);
    response.setupCodeExpiresAt = requireTime(reader, "setup_code_expires_at", Need::Optional);
    return finished(reader, response);
}

QJsonObject UpdateUserRequest::toJson() const
{
    return {{QStringLiteral("user_id"), userId}, {QStringLiteral("fields"), Op::fieldsToJson(fields)}};
}

Result<UpdateUserRequest> UpdateUserRequest::fromJson(const QJsonValue &json)
{
    JsonReader reader(json, {}, Unknown::Refuse);
    UpdateUserRequest request;
    request.userId = reader.text("user_id");
    requireUuid(reader, "user_id", request.userId);
    const QJsonObject fields = reader.object("fields");
    if (reader.ok()) {
        Result<QMap<QString, FieldChange>> parsed = Op::fieldsFromJson(fields, QStringLiteral("fields"));
        if (!parsed) {
            reader.fail(parsed.error().fields().value(0).field, parsed.error().fields().value(0).message);
        } else {
            request.fields = *parsed;
        }
    }
    static const QStringList editable{QStringLiteral("display_name"), QStringLiteral("email"), QStringLiteral("role"),
                                      QStringLiteral("active")};
    for (auto it = request.fields.cbegin(); it != request.fields.cend() && reader.ok(); ++it) {
        if (!editable.contains(it.key())) {
            reader.fail(QStringLiteral("fields.") + it.key(),
                        tr("is not a field this endpoint changes (display_name, email, role, active)"));
        }
    }
    if (reader.ok() && request.fields.isEmpty()) {
        reader.fail(QStringLiteral("fields"), tr("must change at least one field"));
    }
    return finished(reader, request);
}

QJsonObject ResetPasswordRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("user_id"), userId}};
    if (setupCode) {
        o.insert(QStringLiteral("setup_code"), true);
    } else {
        o.insert(QStringLiteral("password"), password);
    }
    return o;
}

Result<ResetPasswordRequest> ResetPasswordRequest::fromJson(const QJsonValue &json)
{
    JsonReader reader(json, {}, Unknown::Refuse);
    ResetPasswordRequest request;
    request.userId = reader.text("user_id");
    requireUuid(reader, "user_id", request.userId);
    request.password = reader.text("password", Need::Optional);
    request.setupCode = reader.has("setup_code") && reader.boolean("setup_code");
    checkLength(reader, "password", request.password, LoginRequest::kMaximumPassword);
    if (reader.ok() && request.password.isEmpty() == !request.setupCode) {
        reader.fail(QStringLiteral("password"), tr("give either an initial password or \"setup_code\": true"));
    }
    return finished(reader, request);
}

QJsonObject SessionInfo::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("device_id"), deviceId}};
    insertTime(o, "created_at", createdAt);
    insertTime(o, "last_seen_at", lastSeenAt);
    insertTime(o, "expires_at", expiresAt);
    return o;
}

Result<SessionInfo> SessionInfo::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader reader(json, path, Unknown::Ignore);
    SessionInfo s;
    s.id = reader.text("id");
    s.deviceId = reader.text("device_id");
    s.createdAt = requireTime(reader, "created_at");
    s.lastSeenAt = requireTime(reader, "last_seen_at", Need::Optional);
    s.expiresAt = requireTime(reader, "expires_at");
    return finished(reader, s);
}

QJsonObject DeviceInfo::toJson() const
{
    QJsonObject o{{QStringLiteral("device_id"), deviceId},
                  {QStringLiteral("user_id"), userId},
                  {QStringLiteral("client_version"), clientVersion},
                  {QStringLiteral("pending_ops"), pendingOps},
                  {QStringLiteral("pending_customer_ids"), QJsonArray::fromStringList(pendingCustomerIds)}};
    insertTime(o, "last_sign_in_at", lastSignInAt);
    insertTime(o, "last_sync_at", lastSyncAt);
    insertTime(o, "reported_at", reportedAt);
    return o;
}

Result<DeviceInfo> DeviceInfo::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader reader(json, path, Unknown::Ignore);
    DeviceInfo d;
    d.deviceId = reader.text("device_id");
    d.userId = reader.text("user_id");
    d.clientVersion = reader.text("client_version", Need::Optional);
    d.pendingOps = reader.integer("pending_ops", Need::Optional, 0);
    d.pendingCustomerIds = readTexts(reader, "pending_customer_ids", Need::Optional, 1000000);
    d.lastSignInAt = requireTime(reader, "last_sign_in_at", Need::Optional);
    d.lastSyncAt = requireTime(reader, "last_sync_at", Need::Optional);
    d.reportedAt = requireTime(reader, "reported_at", Need::Optional);
    return finished(reader, d);
}

QJsonObject SessionsResponse::toJson() const
{
    return {{QStringLiteral("sessions"), toArray(sessions)}, {QStringLiteral("devices"), toArray(devices)}};
}

Result<SessionsResponse> SessionsResponse::fromJson(const QJsonValue &json)
{
    JsonReader reader(json, {}, Unknown::Ignore);
    SessionsResponse response;
    response.sessions = readList<SessionInfo>(reader, "sessions", Need::Required, SessionInfo::fromJson);
    response.devices = readList<DeviceInfo>(reader, "devices", Need::Required, DeviceInfo::fromJson);
    return finished(reader, response);
}

Result<QString> userIdFromQuery(const QUrlQuery &query)
{
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != u"user_id") {
            return Error::validation(key, tr("is not a parameter of this endpoint"));
        }
    }
    const QString id = query.queryItemValue(QStringLiteral("user_id"), QUrl::FullyDecoded);
    if (!isLowerUuid(id)) {
        return Error::validation(QStringLiteral("user_id"), tr("must be a lower-case UUID"));
    }
    return id;
}

QJsonObject RevokeSessionRequest::toJson() const
{
    return {{QStringLiteral("session_id"), sessionId}};
}

Result<RevokeSessionRequest> RevokeSessionRequest::fromJson(const QJsonValue &json)
{
    JsonReader reader(json, {}, Unknown::Refuse);
    RevokeSessionRequest request;
    request.sessionId = reader.text("session_id");
    requireUuid(reader, "session_id", request.sessionId);
    return finished(reader, request);
}

QJsonObject DevicesResponse::toJson() const
{
    return {{QStringLiteral("devices"), toArray(devices)}};
}

Result<DevicesResponse> DevicesResponse::fromJson(const QJsonValue &json)
{
    JsonReader reader(json, {}, Unknown::Ignore);
    DevicesResponse response;
    response.devices = readList<DeviceInfo>(reader, "devices", Need::Required, DeviceInfo::fromJson);
    return finished(reader, response);
}

} // namespace SalesSync::Protocol
