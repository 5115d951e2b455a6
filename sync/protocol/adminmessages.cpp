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

QJsonObject DeviceStatusRequest::toJson() const
{
    return {{QStringLiteral("device_id"), deviceId},
            {QStringLiteral("client_version"), clientVersion},
            {QStringLiteral("pending_ops"), pendingOps},
            {QStringLiteral("pending_customer_ids"), QJsonArray::fromStringList(pendingCustomerIds)}};
}

Result<DeviceStatusRequest> DeviceStatusRequest::fromJson(const QJsonValue &json)
{
    JsonReader reader(json, {}, Unknown::Refuse);
    DeviceStatusRequest request;
    request.deviceId = reader.text("device_id");
    request.clientVersion = reader.text("client_version", Need::Optional);
    request.pendingOps = reader.integer("pending_ops", Need::Required, 0);
    request.pendingCustomerIds = readTexts(reader, "pending_customer_ids", Need::Optional, kMaximumCustomers);
    checkLength(reader, "device_id", request.deviceId, PushRequest::kMaximumDeviceId);
    checkLength(reader, "client_version", request.clientVersion, 32);
    for (qsizetype i = 0; i < request.pendingCustomerIds.size() && reader.ok(); ++i) {
        if (!isLowerUuid(request.pendingCustomerIds.at(i))) {
            reader.fail(reader.pathOf("pending_customer_ids", i), tr("must be a lower-case UUID"));
        }
    }
    return finished(reader, request);
}

QJsonObject RealignmentRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("moves"), moves.toJson()}};
    insertTime(o, "effective_at", effectiveAt);
    if (!note.isEmpty()) {
        o.insert(QStringLiteral("note"), note);
    }
    return o;
}

Result<RealignmentRequest> RealignmentRequest::fromJson(const QJsonValue &json)
{
    JsonReader reader(json, {}, Unknown::Refuse);
    RealignmentRequest request;
    const QJsonObject moves = reader.object("moves");
    if (reader.ok()) {
        const Result<RealignmentMoves> parsed = RealignmentMoves::fromJson(moves);
        if (!parsed) {
            const FieldError first = parsed.error().fields().value(0);
            reader.fail(QStringLiteral("moves.") + first.field, first.message);
        } else {
            request.moves = *parsed;
        }
    }
    request.effectiveAt = requireTime(reader, "effective_at", Need::Optional);
    request.note = reader.text("note", Need::Optional);
    checkLength(reader, "note", request.note, 500);
    return finished(reader, request);
}

QJsonObject HolderImpact::Side::toJson() const
{
    QJsonArray balances;
    for (const auto &[currency, amount] : openBalances) {
        balances.append(QJsonObject{{QStringLiteral("currency"), currency}, {QStringLiteral("amount_minor"), amount}});
    }
    return {{QStringLiteral("customer_ids"), QJsonArray::fromStringList(customerIds)},
            {QStringLiteral("open_orders"), openOrders},
            {QStringLiteral("planned_visits"), plannedVisits},
            {QStringLiteral("open_balances"), balances}};
}

Result<HolderImpact::Side> HolderImpact::Side::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader reader(json, path, Unknown::Ignore);
    Side side;
    side.customerIds = readTexts(reader, "customer_ids", Need::Required, 10000000);
    side.openOrders = reader.integer("open_orders", Need::Required, 0);
    side.plannedVisits = reader.integer("planned_visits", Need::Required, 0);
    const QJsonArray balances = reader.array("open_balances");
    for (qsizetype i = 0; i < balances.size() && reader.ok(); ++i) {
        const QJsonObject b = balances.at(i).toObject();
        side.openBalances.append(
            {b.value(QStringLiteral("currency")).toString(), b.value(QStringLiteral("amount_minor")).toInteger()});
    }
    return finished(reader, side);
}

QJsonObject HolderImpact::Device::toJson() const
{
    QJsonObject o{{QStringLiteral("device_id"), deviceId},
                  {QStringLiteral("pending_ops"), pendingOps},
                  {QStringLiteral("leaving_with_pending_edits"), QJsonArray::fromStringList(leavingWithPendingEdits)},
                  {QStringLiteral("may_hold_edits"), mayHoldEdits}};
    insertTime(o, "last_sync_at", lastSyncAt);
    return o;
}

Result<HolderImpact::Device> HolderImpact::Device::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader reader(json, path, Unknown::Ignore);
    Device d;
    d.deviceId = reader.text("device_id");
    d.pendingOps = reader.integer("pending_ops", Need::Required, 0);
    d.leavingWithPendingEdits = readTexts(reader, "leaving_with_pending_edits", Need::Required, 10000000);
    d.mayHoldEdits = reader.boolean("may_hold_edits");
    d.lastSyncAt = requireTime(reader, "last_sync_at", Need::Optional);
    return finished(reader, d);
}

QJsonObject HolderImpact::toJson() const
{
    return {{QStringLiteral("user_id"), userId},
            {QStringLiteral("role"), roleToText(role)},
            {QStringLiteral("arriving"), arriving.toJson()},
            {QStringLiteral("leaving"), leaving.toJson()},
            {QStringLiteral("devices"), toArray(devices)}};
}

Result<HolderImpact> HolderImpact::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader reader(json, path, Unknown::Ignore);
    HolderImpact h;
    h.userId = reader.text("user_id");
    h.role = roleFromText(reader.text("role")).value_or(Role::Agent);
    const auto side = [&](const char *key, Side &into) {
        const Result<Side> parsed = Side::fromJson(reader.object(key), reader.pathOf(key));
        if (reader.ok() && !parsed) {
            reader.fail(parsed.error().fields().value(0).field, parsed.error().fields().value(0).message);
        } else if (parsed) {
            into = *parsed;
        }
    };
    side("arriving", h.arriving);
    side("leaving", h.leaving);
    h.devices = readList<Device>(reader, "devices", Need::Required, Device::fromJson);
    return finished(reader, h);
}

QJsonObject RealignmentPreview::toJson() const
{
    return {{QStringLiteral("holders"), toArray(holders)}};
}

Result<RealignmentPreview> RealignmentPreview::fromJson(const QJsonValue &json)
{
    JsonReader reader(json, {}, Unknown::Ignore);
    RealignmentPreview preview;
    preview.holders = readList<HolderImpact>(reader, "holders", Need::Required, HolderImpact::fromJson);
    return finished(reader, preview);
}

QJsonObject RealignmentInfo::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("created_by"), createdBy},
                  {QStringLiteral("note"), note},
                  {QStringLiteral("moves"), moves.toJson()},
                  {QStringLiteral("preview"), preview.toJson()}};
    insertTime(o, "created_at", createdAt);
    insertTime(o, "effective_at", effectiveAt);
    insertTime(o, "applied_at", appliedAt);
    if (!failure.isEmpty()) {
        o.insert(QStringLiteral("failure"), failure);
    }
    return o;
}

Result<RealignmentInfo> RealignmentInfo::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader reader(json, path, Unknown::Ignore);
    RealignmentInfo r;
    r.id = reader.text("id");
    r.status = reader.text("status");
    r.createdBy = reader.text("created_by");
    r.note = reader.text("note", Need::Optional);
    r.failure = reader.text("failure", Need::Optional);
    r.createdAt = requireTime(reader, "created_at");
    r.effectiveAt = requireTime(reader, "effective_at");
    r.appliedAt = requireTime(reader, "applied_at", Need::Optional);
    const QJsonObject moves = reader.object("moves");
    const QJsonObject preview = reader.object("preview");
    if (reader.ok()) {
        const Result<RealignmentMoves> m = RealignmentMoves::fromJson(moves);
        const Result<RealignmentPreview> p = RealignmentPreview::fromJson(preview);
        if (!m || !p) {
            reader.fail(reader.pathOf(m ? "preview" : "moves"), (m ? p.error() : m.error()).fields().value(0).message);
        } else {
            r.moves = *m;
            r.preview = *p;
        }
    }
    return finished(reader, r);
}

QJsonObject RealignmentsResponse::toJson() const
{
    return {{QStringLiteral("realignments"), toArray(realignments)}};
}

Result<RealignmentsResponse> RealignmentsResponse::fromJson(const QJsonValue &json)
{
    JsonReader reader(json, {}, Unknown::Ignore);
    RealignmentsResponse response;
    response.realignments =
        readList<RealignmentInfo>(reader, "realignments", Need::Required, RealignmentInfo::fromJson);
    return finished(reader, response);
}

QJsonObject CancelRealignmentRequest::toJson() const
{
    return {{QStringLiteral("id"), id}};
}

Result<CancelRealignmentRequest> CancelRealignmentRequest::fromJson(const QJsonValue &json)
{
    JsonReader reader(json, {}, Unknown::Refuse);
    CancelRealignmentRequest request;
    request.id = reader.text("id");
    requireUuid(reader, "id", request.id);
    return finished(reader, request);
}

} // namespace SalesSync::Protocol
