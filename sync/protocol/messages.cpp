#include "sync/protocol/messages.h"

#include "core/domain/enumtext.h"
#include "core/hybridlogicalclock.h"
#include "core/timeutil.h"
#include "sync/protocol/jsonreader.h"
#include "sync/protocol/messagesupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace SalesSync::Protocol {

using namespace MessageSupport;

namespace {

using Need = JsonReader::Need;
using Unknown = JsonReader::Unknown;

const std::pair<OpKind, const char16_t *> kOpKindTexts[] = {
    {OpKind::Create, u"create"},
    {OpKind::Update, u"update"},
    {OpKind::Delete, u"delete"},
};

const std::pair<OpStatus, const char16_t *> kOpStatusTexts[] = {
    {OpStatus::Applied, u"applied"},
    {OpStatus::Merged, u"merged"},
    {OpStatus::Conflict, u"conflict"},
    {OpStatus::Rejected, u"rejected"},
};

const std::pair<RejectionCode, const char16_t *> kRejectionTexts[] = {
    {RejectionCode::None, u""},
    {RejectionCode::Forbidden, u"forbidden"},
    {RejectionCode::OutOfScope, u"out_of_scope"},
    {RejectionCode::NotFound, u"not_found"},
    {RejectionCode::AlreadyExists, u"already_exists"},
    {RejectionCode::UnknownEntity, u"unknown_entity"},
    {RejectionCode::UnknownField, u"unknown_field"},
    {RejectionCode::BadValue, u"bad_value"},
    {RejectionCode::Invalid, u"invalid"},
    {RejectionCode::Immutable, u"immutable"},
    {RejectionCode::IllegalTransition, u"illegal_transition"},
    {RejectionCode::Deleted, u"deleted"},
    {RejectionCode::EditedSince, u"edited_since"},
    {RejectionCode::InvalidReversal, u"invalid_reversal"},
    {RejectionCode::ClockAhead, u"clock_ahead"},
    {RejectionCode::MissingField, u"missing_field"},
    {RejectionCode::OpIdTaken, u"op_id_taken"},
    {RejectionCode::ChangeSetFailed, u"change_set_failed"},
    {RejectionCode::Evicted, u"evicted"},
    {RejectionCode::ParentRejected, u"parent_rejected"},
    {RejectionCode::Other, u"other"},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("SalesSync::Protocol", text);
}

// The "user" object of a response (sign-in, session); its first problem goes to the reader.
UserInfo readUser(JsonReader &reader)
{
    const QJsonObject user = reader.object("user");
    if (!reader.ok()) {
        return {};
    }
    const Result<UserInfo> info = UserInfo::fromJson(user, QStringLiteral("user"));
    if (!info) {
        const FieldError first = info.error().fields().value(0);
        reader.fail(first.field, first.message);
        return {};
    }
    return *info;
}

} // namespace

// ---- enums ----

QString opKindToText(OpKind kind)
{
    return enumToText(kOpKindTexts, kind);
}

std::optional<OpKind> opKindFromText(QStringView text)
{
    return enumFromText(kOpKindTexts, text);
}

QString opStatusToText(OpStatus status)
{
    return enumToText(kOpStatusTexts, status);
}

std::optional<OpStatus> opStatusFromText(QStringView text)
{
    return enumFromText(kOpStatusTexts, text);
}

QString rejectionCodeToText(RejectionCode code)
{
    return enumToText(kRejectionTexts, code);
}

RejectionCode rejectionCodeFromText(QStringView text)
{
    return enumFromText(kRejectionTexts, text).value_or(RejectionCode::Other);
}

QList<RejectionCode> serverRejectionCodes()
{
    QList<RejectionCode> codes;
    for (const auto &[code, text] : kRejectionTexts) {
        if (code != RejectionCode::None && code != RejectionCode::Evicted && code != RejectionCode::ParentRejected &&
            code != RejectionCode::Other) {
            codes << code;
        }
    }
    return codes;
}

// ---- errors ----

QJsonObject ErrorBody::toJson() const
{
    QJsonObject error{{QStringLiteral("code"), errorCodeToText(code)}, {QStringLiteral("message"), message}};
    if (!field.isEmpty()) {
        error.insert(QStringLiteral("field"), field);
    }
    return QJsonObject{{QStringLiteral("error"), error}};
}

Result<ErrorBody> ErrorBody::fromJson(const QJsonValue &json)
{
    JsonReader outer(json, {}, Unknown::Ignore);
    const QJsonObject inner = outer.object("error");
    if (const Status s = outer.finish(); !s) {
        return s.error();
    }
    JsonReader reader(inner, QStringLiteral("error"), Unknown::Ignore);
    ErrorBody body;
    const QString code = reader.text("code");
    // A code from a newer server reads as internal; its message still says what happened.
    body.code = errorCodeFromText(code).value_or(ErrorCode::Internal);
    body.message = reader.text("message");
    body.field = reader.text("field", Need::Optional);
    return finished(reader, body);
}

// ---- handshake ----

QJsonObject HandshakeRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("protocol_version"), protocolVersion}};
    if (!clientVersion.isEmpty()) {
        o.insert(QStringLiteral("client_version"), clientVersion);
    }
    if (schemaVersion) {
        o.insert(QStringLiteral("schema_version"), *schemaVersion);
    }
    if (!deviceId.isEmpty()) {
        o.insert(QStringLiteral("device_id"), deviceId);
    }
    return o;
}

Result<HandshakeRequest> HandshakeRequest::fromJson(const QJsonValue &json)
{
    JsonReader reader(json, {}, Unknown::Refuse);
    HandshakeRequest request;
    request.protocolVersion = int(reader.integer("protocol_version", Need::Required, 0, 1000000));
    request.clientVersion = reader.text("client_version", Need::Optional);
    if (const std::optional<qint64> schema = reader.optionalInteger("schema_version", 0, 1000000)) {
        request.schemaVersion = int(*schema);
    }
    request.deviceId = reader.text("device_id", Need::Optional);
    return finished(reader, request);
}

QJsonObject HandshakeResponse::toJson() const
{
    return {{QStringLiteral("protocol_version"), protocolVersion},
            {QStringLiteral("min_protocol_version"), minProtocolVersion},
            {QStringLiteral("server_version"), serverVersion},
            {QStringLiteral("epoch"), epoch},
            {QStringLiteral("server_time"), toIsoUtc(serverTime)}};
}

Result<HandshakeResponse> HandshakeResponse::fromJson(const QJsonValue &json)
{
    JsonReader reader(json, {}, Unknown::Ignore);
    HandshakeResponse response;
    response.protocolVersion = int(reader.integer("protocol_version", Need::Required, 0, 1000000));
    response.minProtocolVersion = int(reader.integer("min_protocol_version", Need::Required, 0, 1000000));
    response.serverVersion = reader.text("server_version");
    response.epoch = reader.text("epoch");
    if (reader.ok() && response.epoch.isEmpty()) {
        reader.fail(reader.pathOf("epoch"), tr("is empty"));
    }
    response.serverTime = requireTime(reader, "server_time");
    return finished(reader, response);
}

// ---- authentication ----

QJsonObject LoginRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("username"), username}, {QStringLiteral("password"), password}};
    if (!deviceId.isEmpty()) {
        o.insert(QStringLiteral("device_id"), deviceId);
    }
    return o;
}

Result<LoginRequest> LoginRequest::fromJson(const QJsonValue &json)
{
    JsonReader reader(json, {}, Unknown::Refuse);
    LoginRequest request;
    request.username = reader.text("username");
    request.password = reader.text("password");
    request.deviceId = reader.text("device_id", Need::Optional);
    if (reader.ok() && request.username.size() > kMaximumUsername) {
        reader.fail(QStringLiteral("username"), tr("is longer than %1 characters").arg(kMaximumUsername));
    }
    if (reader.ok() && request.password.size() > kMaximumPassword) {
        reader.fail(QStringLiteral("password"), tr("is longer than %1 characters").arg(kMaximumPassword));
    }
    return finished(reader, request);
}

QJsonObject UserInfo::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("username"), username},
            {QStringLiteral("display_name"), displayName},
            {QStringLiteral("email"), email},
            {QStringLiteral("role"), roleToText(role)}};
}

Result<UserInfo> UserInfo::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader reader(json, path, Unknown::Ignore);
    UserInfo user;
    user.id = reader.text("id");
    user.username = reader.text("username");
    user.displayName = reader.text("display_name");
    user.email = reader.text("email");
    const QString role = reader.text("role");
    if (reader.ok()) {
        if (const std::optional<Role> r = roleFromText(role)) {
            user.role = *r;
        } else {
            reader.fail(reader.pathOf("role"), tr("is not a role"));
        }
    }
    return finished(reader, user);
}

QJsonObject LoginResponse::toJson() const
{
    return {{QStringLiteral("token"), token},
            {QStringLiteral("expires_at"), toIsoUtc(expiresAt)},
            {QStringLiteral("user"), user.toJson()}};
}

Result<LoginResponse> LoginResponse::fromJson(const QJsonValue &json)
{
    JsonReader reader(json, {}, Unknown::Ignore);
    LoginResponse response;
    response.token = reader.text("token");
    if (reader.ok() && response.token.isEmpty()) {
        reader.fail(reader.pathOf("token"), tr("is empty"));
    }
    response.expiresAt = requireTime(reader, "expires_at");
    response.user = readUser(reader);
    return finished(reader, response);
}

QJsonObject SessionResponse::toJson() const
{
    return {{QStringLiteral("user"), user.toJson()}, {QStringLiteral("expires_at"), toIsoUtc(expiresAt)}};
}

Result<SessionResponse> SessionResponse::fromJson(const QJsonValue &json)
{
    JsonReader reader(json, {}, Unknown::Ignore);
    SessionResponse response;
    response.expiresAt = requireTime(reader, "expires_at");
    response.user = readUser(reader);
    return finished(reader, response);
}

// ---- push ----

QJsonObject Op::fieldsToJson(const QMap<QString, FieldChange> &fields)
{
    QJsonObject o;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        o.insert(it.key(),
                 QJsonObject{{QStringLiteral("old"), it->oldValue.isUndefined() ? QJsonValue() : it->oldValue},
                             {QStringLiteral("new"), it->newValue}});
    }
    return o;
}

Result<QMap<QString, FieldChange>> Op::fieldsFromJson(const QJsonValue &json, const QString &path)
{
    if (!json.isObject()) {
        return Error::validation(path, tr("must be an object"));
    }
    const QJsonObject object = json.toObject();
    QMap<QString, FieldChange> fields;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        JsonReader change(it.value(), path + u'.' + it.key(), Unknown::Refuse);
        FieldChange value;
        value.oldValue = change.value("old", Need::Optional); // none for a create: null
        if (value.oldValue.isUndefined()) {
            value.oldValue = QJsonValue::Null;
        }
        value.newValue = change.value("new");
        if (const Status s = change.finish(); !s) {
            return s.error();
        }
        fields.insert(it.key(), value);
    }
    return fields;
}

QJsonObject Op::toJson() const
{
    return QJsonObject{{QStringLiteral("op_id"), opId},
                       {QStringLiteral("entity"), entity},
                       {QStringLiteral("row_id"), rowId},
                       {QStringLiteral("op"), opKindToText(kind)},
                       {QStringLiteral("fields"), fieldsToJson(fields)},
                       {QStringLiteral("hlc"), hlc},
                       {QStringLiteral("base_version"), baseVersion}};
}

namespace {

Result<Op> opFromJson(const QJsonValue &json, const QString &path)
{
    JsonReader reader(json, path, Unknown::Refuse);
    Op op;
    op.opId = reader.text("op_id");
    requireUuid(reader, "op_id", op.opId);
    op.entity = reader.text("entity");
    op.rowId = reader.text("row_id");
    requireUuid(reader, "row_id", op.rowId);
    const QString kind = reader.text("op");
    if (reader.ok()) {
        if (const std::optional<OpKind> k = opKindFromText(kind)) {
            op.kind = *k;
        } else {
            reader.fail(reader.pathOf("op"), tr("must be create, update or delete"));
        }
    }
    op.hlc = reader.text("hlc");
    if (reader.ok() && !HlcTimestamp::parse(op.hlc)) {
        reader.fail(reader.pathOf("hlc"), tr("is not a hybrid logical clock timestamp"));
    }
    op.baseVersion = reader.integer("base_version", Need::Required, 0);
    const QJsonValue fields = reader.value("fields", Need::Optional);
    if (reader.ok() && !fields.isUndefined()) {
        Result<QMap<QString, FieldChange>> parsed = Op::fieldsFromJson(fields, reader.pathOf("fields"));
        if (!parsed) {
            return parsed.error();
        }
        op.fields = *parsed;
    }
    return finished(reader, op);
}

Result<ChangeSet> changeSetFromJson(const QJsonValue &json, const QString &path)
{
    JsonReader reader(json, path, Unknown::Refuse);
    ChangeSet set;
    set.id = reader.text("id");
    requireUuid(reader, "id", set.id);
    set.ops = readList<Op>(reader, "ops", Need::Required, opFromJson);
    if (reader.ok() && set.ops.isEmpty()) {
        reader.fail(reader.pathOf("ops"), tr("is empty"));
    }
    return finished(reader, set);
}

} // namespace

QJsonObject PushRequest::toJson() const
{
    QJsonArray sets;
    for (const ChangeSet &set : changeSets) {
        QJsonArray ops;
        for (const Op &op : set.ops) {
            ops.append(op.toJson());
        }
        sets.append(QJsonObject{{QStringLiteral("id"), set.id}, {QStringLiteral("ops"), ops}});
    }
    return {{QStringLiteral("device_id"), deviceId}, {QStringLiteral("change_sets"), sets}};
}

QByteArray PushRequest::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

Result<PushRequest> PushRequest::fromJson(const QJsonValue &json)
{
    JsonReader reader(json, {}, Unknown::Refuse);
    PushRequest request;
    request.deviceId = reader.text("device_id");
    if (reader.ok() && (request.deviceId.isEmpty() || request.deviceId.size() > kMaximumDeviceId)) {
        reader.fail(QStringLiteral("device_id"), tr("must be 1 to %1 characters").arg(kMaximumDeviceId));
    }
    if (reader.ok() && reader.array("change_sets").size() > kMaximumOps) {
        reader.fail(QStringLiteral("change_sets"), tr("more than %1 ops in one push").arg(kMaximumOps));
    }
    request.changeSets = readList<ChangeSet>(reader, "change_sets", Need::Required, changeSetFromJson);
    qsizetype total = 0;
    QSet<QString> opIds;
    for (qsizetype i = 0; i < request.changeSets.size() && reader.ok(); ++i) {
        const QList<Op> &ops = request.changeSets.at(i).ops;
        total += ops.size();
        if (total > kMaximumOps) {
            reader.fail(QStringLiteral("change_sets"), tr("more than %1 ops in one push").arg(kMaximumOps));
        }
        for (qsizetype j = 0; j < ops.size() && reader.ok(); ++j) {
            if (opIds.contains(ops.at(j).opId)) {
                reader.fail(QStringLiteral("change_sets[%1].ops[%2].op_id").arg(i).arg(j),
                            tr("appears twice in this push"));
            } else if (HlcTimestamp::parse(ops.at(j).hlc)->node != request.deviceId) {
                reader.fail(QStringLiteral("change_sets[%1].ops[%2].hlc").arg(i).arg(j),
                            tr("was not made by this device: its node must be the device_id"));
            }
            opIds.insert(ops.at(j).opId);
        }
    }
    return finished(reader, request);
}

QJsonObject ConflictReport::toJson() const
{
    return {{QStringLiteral("field"), field},
            {QStringLiteral("base"), base.isUndefined() ? QJsonValue() : base},
            {QStringLiteral("mine"), mine.isUndefined() ? QJsonValue() : mine},
            {QStringLiteral("theirs"), theirs.isUndefined() ? QJsonValue() : theirs},
            {QStringLiteral("policy"), conflictPolicyToText(policy)},
            {QStringLiteral("resolution"), resolutionToText(resolution)}};
}

Result<ConflictReport> ConflictReport::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader reader(json, path, Unknown::Ignore);
    ConflictReport report;
    report.field = reader.text("field");
    // A value left out is null (results stored by older servers left out undefined values).
    report.base = reader.value("base", Need::Optional);
    report.mine = reader.value("mine", Need::Optional);
    report.theirs = reader.value("theirs", Need::Optional);
    for (QJsonValue *v : {&report.base, &report.mine, &report.theirs}) {
        if (v->isUndefined()) {
            *v = QJsonValue::Null;
        }
    }
    const QString policy = reader.text("policy");
    const QString resolution = reader.text("resolution");
    if (reader.ok()) {
        const std::optional<ConflictPolicy> p = conflictPolicyFromText(policy);
        const std::optional<Resolution> r = resolutionFromText(resolution);
        if (!p) {
            reader.fail(reader.pathOf("policy"), tr("is not a conflict policy"));
        } else if (!r) {
            reader.fail(reader.pathOf("resolution"), tr("must be mine, theirs, manual or rejected"));
        } else {
            report.policy = *p;
            report.resolution = *r;
        }
    }
    return finished(reader, report);
}

OpResult OpResult::rejected(const QString &opId, RejectionCode code, const QString &message, const QString &field)
{
    OpResult result;
    result.opId = opId;
    result.status = OpStatus::Rejected;
    result.code = code;
    result.message = message;
    result.field = field;
    return result;
}

QJsonObject OpResult::toJson() const
{
    QJsonObject o{{QStringLiteral("op_id"), opId}, {QStringLiteral("status"), opStatusToText(status)}};
    if (code != RejectionCode::None) {
        o.insert(QStringLiteral("code"), rejectionCodeToText(code));
        o.insert(QStringLiteral("message"), message);
        if (!field.isEmpty()) {
            o.insert(QStringLiteral("field"), field);
        }
    }
    if (version > 0) {
        o.insert(QStringLiteral("version"), version);
    }
    if (!conflicts.isEmpty()) {
        QJsonArray list;
        for (const ConflictReport &c : conflicts) {
            list.append(c.toJson());
        }
        o.insert(QStringLiteral("conflicts"), list);
    }
    return o;
}

Result<OpResult> OpResult::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader reader(json, path, Unknown::Ignore);
    OpResult result;
    result.opId = reader.text("op_id");
    const QString status = reader.text("status");
    if (reader.ok()) {
        if (const std::optional<OpStatus> s = opStatusFromText(status)) {
            result.status = *s;
        } else {
            reader.fail(reader.pathOf("status"), tr("must be applied, merged, conflict or rejected"));
        }
    }
    const bool rejected = result.status == OpStatus::Rejected;
    result.code = rejectionCodeFromText(reader.text("code", rejected ? Need::Required : Need::Optional));
    if (!rejected) {
        result.code = RejectionCode::None;
    }
    result.message = reader.text("message", Need::Optional);
    result.field = reader.text("field", Need::Optional);
    result.version = reader.optionalInteger("version", 0).value_or(0);
    result.conflicts = readList<ConflictReport>(reader, "conflicts", Need::Optional, ConflictReport::fromJson);
    return finished(reader, result);
}

QJsonObject PushResponse::toJson() const
{
    QJsonArray list;
    for (const OpResult &r : results) {
        list.append(r.toJson());
    }
    return {{QStringLiteral("results"), list}};
}

Result<PushResponse> PushResponse::fromJson(const QJsonValue &json)
{
    JsonReader reader(json, {}, Unknown::Ignore);
    PushResponse response;
    response.results = readList<OpResult>(reader, "results", Need::Required, OpResult::fromJson);
    return finished(reader, response);
}

// ---- pull ----

QUrlQuery PullRequest::toQuery() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("cursor"), cursor); // digits, letters, ':' and '-': nothing to encode
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return query;
}

Result<PullRequest> PullRequest::fromQuery(const QUrlQuery &query)
{
    PullRequest request;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"cursor") {
            request.cursor = value.isEmpty() ? QString::fromLatin1(kStartCursor) : value;
        } else if (key == u"limit") {
            bool ok = false;
            request.limit = value.toInt(&ok);
            if (!ok || request.limit < 1 || request.limit > kMaximumLimit) {
                return Error::validation(QStringLiteral("limit"),
                                         tr("must be a whole number from 1 to %1").arg(kMaximumLimit));
            }
        } else {
            return Error::validation(key, tr("is not a parameter of pull"));
        }
    }
    return request;
}

RowChange RowChange::eviction(const QString &entity, const QString &id)
{
    RowChange change;
    change.entity = entity;
    change.id = id;
    change.evicted = true;
    return change;
}

QJsonObject RowChange::toJson() const
{
    if (evicted) {
        return {
            {QLatin1StringView(kEntity), entity}, {QLatin1StringView(kId), id}, {QLatin1StringView(kEvicted), true}};
    }
    return {{QLatin1StringView(kEntity), entity},
            {QLatin1StringView(kId), id},
            {QLatin1StringView(kVersion), version},
            {QLatin1StringView(kDeleted), deleted},
            {QLatin1StringView(kFields), fields}};
}

Result<RowChange> RowChange::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader reader(json, path, Unknown::Ignore);
    RowChange change;
    change.entity = reader.text(kEntity);
    change.id = reader.text(kId);
    change.evicted = reader.boolean(kEvicted, Need::Optional);
    if (!change.evicted) {
        change.version = reader.integer(kVersion, Need::Required, 1);
        change.deleted = reader.boolean(kDeleted);
        change.fields = reader.object(kFields);
    }
    return finished(reader, change);
}

namespace {

// Every field of the response but "changes".
QJsonObject pullHeader(const PullResponse &response)
{
    QJsonObject header{{QStringLiteral("cursor"), response.cursor}, {QStringLiteral("has_more"), response.hasMore}};
    if (!response.evictTerritories.isEmpty()) {
        header.insert(QStringLiteral("evict_territories"), QJsonArray::fromStringList(response.evictTerritories));
    }
    if (response.snapshotRows) {
        header.insert(QStringLiteral("snapshot_rows"), *response.snapshotRows);
    }
    return header;
}

} // namespace

QJsonObject PullResponse::toJson() const
{
    QJsonArray list;
    for (const RowChange &c : changes) {
        list.append(c.toJson());
    }
    QJsonObject o = pullHeader(*this);
    o.insert(QStringLiteral("changes"), list);
    return o;
}

QByteArray PullResponse::toBytes(const QByteArrayList &renderedChanges) const
{
    qsizetype size = 64;
    for (const QByteArray &change : renderedChanges) {
        size += change.size() + 1;
    }
    QByteArray body;
    body.reserve(size);
    body += "{\"changes\":[";
    for (qsizetype i = 0; i < renderedChanges.size(); ++i) {
        if (i > 0) {
            body += ',';
        }
        body += renderedChanges.at(i);
    }
    body += "],";
    // The header without its opening brace: {"cursor": ...} becomes the rest of the object.
    body += QJsonDocument(pullHeader(*this)).toJson(QJsonDocument::Compact).sliced(1);
    return body;
}

Result<PullResponse> PullResponse::fromJson(const QJsonValue &json)
{
    Result<PullResponse> response = headerFromJson(json);
    if (!response) {
        return response;
    }
    Result<QList<RowChange>> changes = changesFromJson(json);
    if (!changes) {
        return changes.error();
    }
    response->changes = *std::move(changes);
    return response;
}

Result<PullResponse> PullResponse::headerFromJson(const QJsonValue &json)
{
    JsonReader reader(json, {}, Unknown::Ignore);
    PullResponse response;
    if (reader.ok() && !json.toObject().value(QStringLiteral("changes")).isArray()) {
        reader.fail(QStringLiteral("changes"), tr("must be an array"));
    }
    response.cursor = reader.text("cursor");
    if (reader.ok() && response.cursor.isEmpty()) {
        reader.fail(QStringLiteral("cursor"), tr("is empty"));
    }
    response.hasMore = reader.boolean("has_more");
    const QJsonArray evict = reader.array("evict_territories", Need::Optional);
    for (qsizetype i = 0; i < evict.size() && reader.ok(); ++i) {
        if (!evict.at(i).isString()) {
            reader.fail(reader.pathOf("evict_territories", i), tr("must be a string"));
        }
        response.evictTerritories << evict.at(i).toString();
    }
    response.snapshotRows = reader.optionalInteger("snapshot_rows", 0);
    return finished(reader, response);
}

Result<QList<RowChange>> PullResponse::changesFromJson(const QJsonValue &json)
{
    JsonReader reader(json, {}, Unknown::Ignore);
    QList<RowChange> changes = readList<RowChange>(reader, "changes", Need::Required, RowChange::fromJson);
    if (const Status s = reader.finish(); !s) {
        return s.error();
    }
    return changes;
}

} // namespace SalesSync::Protocol
