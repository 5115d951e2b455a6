#pragma once

#include "core/domain/user.h"
#include "core/result.h"
#include "core/rules/fieldmerge.h"
#include "core/store/entityschema.h"
#include "sync/protocol/protocol.h"

#include <QByteArrayList>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

// The messages of the sync protocol (docs/sync-protocol.md), each serialised and parsed here and
// nowhere else: the server and the client use these types, so a key or an enum text spelt
// differently on the two sides cannot compile. Parsing requests is strict (an unknown field, a
// wrong type or a broken format rule is an error naming the field's path); parsing responses
// ignores fields it does not know, as the protocol's compatibility rules ask.
namespace SalesSync::Protocol {

// ---- enums on the wire ----

enum class OpKind { Create, Update, Delete };
QString opKindToText(OpKind kind);
std::optional<OpKind> opKindFromText(QStringView text);

enum class OpStatus {
    Applied,  // done
    Merged,   // done; others had changed other fields since base_version, both kept
    Conflict, // done as far as it could be; conflicts says per field who won
    Rejected, // nothing applied; code and message say why
};
QString opStatusToText(OpStatus status);
std::optional<OpStatus> opStatusFromText(QStringView text);

// Why an op was refused. Evicted and ParentRejected are the client's own (an op set aside
// locally); Other stands for a code this build does not know (from a newer server).
enum class RejectionCode {
    None,
    Forbidden,
    OutOfScope,
    NotFound,
    AlreadyExists,
    UnknownEntity,
    UnknownField,
    BadValue,
    Invalid,
    Immutable,
    IllegalTransition,
    Deleted,
    EditedSince,
    InvalidReversal,
    ClockAhead,
    MissingField,
    OpIdTaken,
    ChangeSetFailed,
    Evicted,
    ParentRejected,
    Other,
};
QString rejectionCodeToText(RejectionCode code);
// Unknown texts map to Other; the empty text to None.
RejectionCode rejectionCodeFromText(QStringView text);
// Every code the server sends, for the documentation and its tests.
QList<RejectionCode> serverRejectionCodes();

// ---- errors ----

struct ErrorBody {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString field; // empty when no one field is at fault

    QJsonObject toJson() const;
    static Result<ErrorBody> fromJson(const QJsonValue &json);
};

// ---- handshake ----

struct HandshakeRequest {
    int protocolVersion = kVersion;
    QString clientVersion;
    std::optional<int> schemaVersion;
    QString deviceId;

    QJsonObject toJson() const;
    static Result<HandshakeRequest> fromJson(const QJsonValue &json);
};

struct HandshakeResponse {
    int protocolVersion = kVersion;
    int minProtocolVersion = kMinimumVersion;
    QString serverVersion;
    QString epoch;
    QDateTime serverTime;

    QJsonObject toJson() const;
    static Result<HandshakeResponse> fromJson(const QJsonValue &json);
};

// ---- authentication ----

struct LoginRequest {
    static constexpr int kMaximumUsername = 64;
    static constexpr int kMaximumPassword = 1024;

    QString username;
    QString password;
    QString deviceId;

    QJsonObject toJson() const;
    static Result<LoginRequest> fromJson(const QJsonValue &json);
};

struct UserInfo {
    QString id;
    QString username;
    QString displayName;
    QString email;
    Role role = Role::Agent;

    QJsonObject toJson() const;
    static Result<UserInfo> fromJson(const QJsonValue &json, const QString &path);
};

struct LoginResponse {
    QString token;
    QDateTime expiresAt;
    UserInfo user;

    QJsonObject toJson() const;
    static Result<LoginResponse> fromJson(const QJsonValue &json);
};

struct SessionResponse {
    UserInfo user;
    QDateTime expiresAt;

    QJsonObject toJson() const;
    static Result<SessionResponse> fromJson(const QJsonValue &json);
};

// ---- push ----

struct FieldChange {
    QJsonValue oldValue; // what the device saw (null for a create)
    QJsonValue newValue; // what it has now

    bool operator==(const FieldChange &) const = default;
};

struct Op {
    QString opId; // the idempotency key
    QString entity;
    QString rowId;
    OpKind kind = OpKind::Update;
    QMap<QString, FieldChange> fields;
    QString hlc;
    qint64 baseVersion = 0;

    QJsonObject toJson() const;
    // The outbox keeps an op's fields in their wire form: {"field": {"old": ..., "new": ...}}.
    static QJsonObject fieldsToJson(const QMap<QString, FieldChange> &fields);
    static Result<QMap<QString, FieldChange>> fieldsFromJson(const QJsonValue &json, const QString &path);
};

struct ChangeSet {
    QString id;
    QList<Op> ops;
};

struct PushRequest {
    static constexpr int kMaximumOps = 5000;
    static constexpr int kMaximumDeviceId = 64;

    QString deviceId;
    QList<ChangeSet> changeSets;

    QJsonObject toJson() const;
    QByteArray toBytes() const;
    static Result<PushRequest> fromJson(const QJsonValue &json);
};

struct ConflictReport {
    QString field;
    QJsonValue base;
    QJsonValue mine;
    QJsonValue theirs;
    ConflictPolicy policy = ConflictPolicy::LastWriterWins;
    Resolution resolution = Resolution::Theirs;

    QJsonObject toJson() const;
    static Result<ConflictReport> fromJson(const QJsonValue &json, const QString &path);
};

struct OpResult {
    QString opId;
    OpStatus status = OpStatus::Applied;
    RejectionCode code = RejectionCode::None; // rejected ops only
    QString message;                          // rejected ops only
    QString field;                            // rejected ops: the entity's field at fault, when one is
    qint64 version = 0;                       // the row's server version when known (> 0)
    QList<ConflictReport> conflicts;

    static OpResult rejected(const QString &opId, RejectionCode code, const QString &message,
                             const QString &field = {});

    QJsonObject toJson() const;
    static Result<OpResult> fromJson(const QJsonValue &json, const QString &path);
};

struct PushResponse {
    QList<OpResult> results;

    QJsonObject toJson() const;
    static Result<PushResponse> fromJson(const QJsonValue &json);
};

// ---- pull ----

struct PullRequest {
    static constexpr int kDefaultLimit = 1000;
    static constexpr int kMaximumLimit = 10000;
    static constexpr const char *kStartCursor = "0:0";

    QString cursor = QString::fromLatin1(kStartCursor);
    int limit = kDefaultLimit;

    QUrlQuery toQuery() const;
    // Query parameters are decoded as URLs are (a percent-encoded cursor is the same cursor).
    static Result<PullRequest> fromQuery(const QUrlQuery &query);
};

// One row's current state, or an eviction (the row left the reader's scope).
struct RowChange {
    // The keys of a change, also used by the server to have PostgreSQL render rows directly.
    static constexpr const char *kEntity = "entity";
    static constexpr const char *kId = "id";
    static constexpr const char *kVersion = "version";
    static constexpr const char *kDeleted = "deleted";
    static constexpr const char *kEvicted = "evicted";
    static constexpr const char *kFields = "fields";

    QString entity;
    QString id;
    qint64 version = 0;
    bool deleted = false;
    bool evicted = false;
    QJsonObject fields; // every field of the entity by name, for a row that is not evicted

    static RowChange eviction(const QString &entity, const QString &id);
    QJsonObject toJson() const;
    static Result<RowChange> fromJson(const QJsonValue &json, const QString &path);
};

struct PullResponse {
    QList<RowChange> changes;
    QString cursor;
    bool hasMore = false;
    QStringList evictTerritories;
    std::optional<qint64> snapshotRows; // on a first sync's first page

    QJsonObject toJson() const;
    // The response body with the changes already rendered as JSON objects (the server has
    // PostgreSQL render its rows in RowChange's shape); changes itself is ignored.
    QByteArray toBytes(const QByteArrayList &renderedChanges) const;
    static Result<PullResponse> fromJson(const QJsonValue &json);
    // fromJson in two halves, so that a client can start the next request as soon as it knows
    // the cursor and read the rows on another thread: everything but the changes, and the changes.
    static Result<PullResponse> headerFromJson(const QJsonValue &json);
    static Result<QList<RowChange>> changesFromJson(const QJsonValue &json);
};

} // namespace SalesSync::Protocol
