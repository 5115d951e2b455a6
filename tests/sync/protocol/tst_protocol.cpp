#include "sync/protocol/adminmessages.h"
#include "sync/protocol/jsonreader.h"
#include "sync/protocol/messages.h"
#include "sync/protocol/protocoldoc.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace SalesSync;
using namespace SalesSync::Protocol;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// The path of the field a failed parse names, or "" when it names none.
template <typename T>
QString failurePath(const Result<T> &result)
{
    return result.ok() ? QStringLiteral("<parsed>") : result.error().fields().value(0).field;
}

const QString kUuid = QStringLiteral("01936c8f-11ab-7000-8000-000000000001");
const QString kDevice = QStringLiteral("01936c8e-0000-7000-8000-00000000a1b2");
const QString kHlc = QStringLiteral("0001763780924123-0002-") + kDevice;

Op sampleOp()
{
    Op op;
    op.opId = kUuid;
    op.entity = QStringLiteral("customer");
    op.rowId = QStringLiteral("019a0e5d-8a31-7c55-9d1e-3b0f1c2d4e5f");
    op.kind = OpKind::Update;
    op.fields.insert(QStringLiteral("phone"), FieldChange{QStringLiteral("+49 1"), QStringLiteral("+49 2")});
    op.fields.insert(QStringLiteral("latitude"), FieldChange{QJsonValue::Null, 48.5});
    op.hlc = kHlc;
    op.baseVersion = 3;
    return op;
}

// Each documented message type parses its JSON examples through here.
using Check = std::function<Result<QJsonObject>(const QJsonObject &)>;
template <typename T>
Check roundTrip()
{
    return [](const QJsonObject &json) -> Result<QJsonObject> {
        const Result<T> parsed = T::fromJson(json);
        if (!parsed) {
            return parsed.error();
        }
        return parsed->toJson();
    };
}

} // namespace

class TestProtocol : public QObject {
    Q_OBJECT

private slots:
    void enumTextsRoundTrip();
    void endpointsAreUnique();
    void handshakeRoundTrip();
    void loginRoundTrip();
    void pushRequestRoundTrip();
    void entityReferenceIsCurrent();
    void loneSurrogatesAreFound_data();
    void loneSurrogatesAreFound();
    void pushResponseRoundTrip();
    void pullResponseRoundTrip();
    void pullRequestDecodesLikeAUrl();
    void errorBodyRoundTrip();
    void malformedRequests_data();
    void malformedRequests();
    void malformedResponses_data();
    void malformedResponses();
    void responsesIgnoreUnknownFields();
    void docExamplesParse();
};

void TestProtocol::enumTextsRoundTrip()
{
    for (const OpKind k : {OpKind::Create, OpKind::Update, OpKind::Delete}) {
        QCOMPARE(opKindFromText(opKindToText(k)), k);
    }
    for (const OpStatus s : {OpStatus::Applied, OpStatus::Merged, OpStatus::Conflict, OpStatus::Rejected}) {
        QCOMPARE(opStatusFromText(opStatusToText(s)), s);
    }
    QSet<QString> texts;
    for (const RejectionCode c : serverRejectionCodes()) {
        const QString text = rejectionCodeToText(c);
        QVERIFY(!text.isEmpty());
        QVERIFY2(!texts.contains(text), qPrintable(text));
        texts.insert(text);
        QCOMPARE(rejectionCodeFromText(text), c);
    }
    QCOMPARE(texts.size(), 17);
    QCOMPARE(rejectionCodeFromText(u"some_new_code"), RejectionCode::Other);
    QCOMPARE(rejectionCodeToText(RejectionCode::Evicted), QStringLiteral("evicted"));
    for (int i = 0; i <= int(Protocol::ErrorCode::Internal); ++i) {
        const Protocol::ErrorCode code = Protocol::ErrorCode(i);
        QCOMPARE(errorCodeFromText(errorCodeToText(code)), code);
        QVERIFY(httpStatusOf(code) >= 400);
    }
    QCOMPARE(httpStatusOf(Protocol::ErrorCode::Unavailable), 503);
}

void TestProtocol::endpointsAreUnique()
{
    QSet<QString> paths;
    for (const Endpoint e : allEndpoints()) {
        QVERIFY(!paths.contains(pathOf(e)));
        paths.insert(pathOf(e));
        QVERIFY(methodOf(e) == "GET" || methodOf(e) == "POST");
    }
    QCOMPARE(pathOf(Endpoint::Push), QStringLiteral("/v1/push"));
    QCOMPARE(methodOf(Endpoint::Pull), QByteArray("GET"));
}

void TestProtocol::handshakeRoundTrip()
{
    HandshakeRequest request{1, QStringLiteral("0.1.0"), 4, kUuid};
    const Result<HandshakeRequest> back = HandshakeRequest::fromJson(request.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->schemaVersion, 4);
    QCOMPARE(back->deviceId, kUuid);
    // Only protocol_version is required.
    QCOMPARE(HandshakeRequest::fromJson(parse(R"({"protocol_version": 1})"))->schemaVersion, std::nullopt);

    HandshakeResponse response;
    response.serverVersion = QStringLiteral("0.1.0");
    response.epoch = kUuid;
    response.serverTime = QDateTime(QDate(2026, 11, 22), QTime(4, 10, 0, 123), Qt::UTC);
    const Result<HandshakeResponse> again = HandshakeResponse::fromJson(response.toJson());
    QVERIFY(again.ok());
    QCOMPARE(again->serverTime, response.serverTime);
    QCOMPARE(again->epoch, kUuid);
    QCOMPARE(again->toJson(), response.toJson());
}

void TestProtocol::loginRoundTrip()
{
    const LoginRequest request{QStringLiteral("jonas.weber"), QStringLiteral("pw"), kUuid};
    QCOMPARE(LoginRequest::fromJson(request.toJson())->toJson(), request.toJson());
    LoginResponse response;
    response.token = QStringLiteral("3q2-7wEXAMPLE");
    response.expiresAt = QDateTime(QDate(2026, 11, 22), QTime(15, 8, 44, 123), Qt::UTC);
    response.user = UserInfo{kUuid, QStringLiteral("jonas.weber"), QStringLiteral("Jonas Weber"),
                             QStringLiteral("jonas@example.com"), Role::Manager};
    const Result<LoginResponse> back = LoginResponse::fromJson(response.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->user.role, Role::Manager);
    QCOMPARE(back->toJson(), response.toJson());
    const SessionResponse session{response.user, response.expiresAt};
    QCOMPARE(SessionResponse::fromJson(session.toJson())->toJson(), session.toJson());
}

// docs/sync-protocol.md holds the entity reference exactly as the declaration writes it.
void TestProtocol::entityReferenceIsCurrent()
{
    QFile doc(QStringLiteral(SALESSYNC_PROTOCOL_DOC));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString part = ProtocolDoc::generatedPart(QString::fromUtf8(doc.readAll()));
    QVERIFY2(!part.isEmpty(), "the page lacks the markers of its generated part");
    QVERIFY2(part == ProtocolDoc::entityReference(),
             "docs/sync-protocol.md is stale: cmake --build --preset dev --target update_protocol_doc");
    // What a third party needs is there: required fields, who sets what, values, transitions.
    QVERIFY(part.contains(u"| `name` | text | **required** |"));
    QVERIFY(part.contains(u"`credit_limit_minor` | integer | optional, else `0` | manager, admin | manager, admin |"));
    QVERIFY(part.contains(u"`submitted` → `approved` (manager, admin)"));
    QVERIFY(part.contains(u"one of `active`, `on_hold`, `inactive`"));
}

void TestProtocol::loneSurrogatesAreFound_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("at");
    QTest::newRow("plain") << QByteArray(R"({"a": "b\u00e9"})") << -1;
    QTest::newRow("pair") << QByteArray(R"({"a": "\ud83d\ude00"})") << -1;
    QTest::newRow("lone high") << QByteArray(R"({"a": "\ud800"})") << 7;
    QTest::newRow("high then text") << QByteArray(R"({"a": "\ud800x"})") << 7;
    QTest::newRow("lone low") << QByteArray(R"({"a": "x\udc00"})") << 8;
    QTest::newRow("high then high") << QByteArray(R"({"a": "\ud800\ud800"})") << 7;
    QTest::newRow("escaped backslash") << QByteArray(R"({"a": "\\ud800"})") << -1;
    QTest::newRow("in a key") << QByteArray(R"({"\udfff": 1})") << 2;
    QTest::newRow("cut short") << QByteArray(R"({"a": "\ud8)") << -1;
}

void TestProtocol::loneSurrogatesAreFound()
{
    QFETCH(QByteArray, json);
    QFETCH(int, at);
    QCOMPARE(loneSurrogateAt(json), qsizetype(at));
}

void TestProtocol::pushRequestRoundTrip()
{
    PushRequest request;
    request.deviceId = kDevice;
    request.changeSets << ChangeSet{QStringLiteral("01936c8f-11aa-7bbb-8ccc-1234567890ab"), {sampleOp()}};
    const Result<PushRequest> back = PushRequest::fromJson(request.toJson());
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message()));
    QCOMPARE(back->changeSets.size(), 1);
    const Op &op = back->changeSets.first().ops.first();
    QCOMPARE(op.kind, OpKind::Update);
    QCOMPARE(op.fields.value(QStringLiteral("latitude")).newValue.toDouble(), 48.5);
    QCOMPARE(op.fields.value(QStringLiteral("phone")), sampleOp().fields.value(QStringLiteral("phone")));
    QCOMPARE(back->toJson(), request.toJson());
    // "old" may be left out (a create): it reads as null.
    QJsonObject json = request.toJson();
    QJsonArray sets = json.value(QStringLiteral("change_sets")).toArray();
    QJsonObject set = sets.at(0).toObject();
    QJsonArray ops = set.value(QStringLiteral("ops")).toArray();
    QJsonObject o = ops.at(0).toObject();
    o.insert(QStringLiteral("fields"), parse(R"({"phone": {"new": "+49 3"}})"));
    ops[0] = o;
    set.insert(QStringLiteral("ops"), ops);
    sets[0] = set;
    json.insert(QStringLiteral("change_sets"), sets);
    const Result<PushRequest> withoutOld = PushRequest::fromJson(json);
    QVERIFY(withoutOld.ok());
    QVERIFY(withoutOld->changeSets.first().ops.first().fields.value(QStringLiteral("phone")).oldValue.isNull());
}

void TestProtocol::pushResponseRoundTrip()
{
    OpResult conflicted;
    conflicted.opId = kUuid;
    conflicted.status = OpStatus::Conflict;
    conflicted.version = 8;
    conflicted.conflicts << ConflictReport{QStringLiteral("notes"),        QStringLiteral(""),
                                           QStringLiteral("mine"),         QStringLiteral("theirs"),
                                           ConflictPolicy::LastWriterWins, Resolution::Theirs};
    const OpResult refused = OpResult::rejected(kUuid, RejectionCode::EditedSince, QStringLiteral("changed"));
    const PushResponse response{{conflicted, refused}};
    const Result<PushResponse> back = PushResponse::fromJson(response.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->results.size(), 2);
    QCOMPARE(back->results.at(0).conflicts.first().resolution, Resolution::Theirs);
    QCOMPARE(back->results.at(0).conflicts.first().policy, ConflictPolicy::LastWriterWins);
    QCOMPARE(back->results.at(1).code, RejectionCode::EditedSince);
    QCOMPARE(back->toJson(), response.toJson());
    // An applied op carries no code even when one is sent.
    const Result<OpResult> applied =
        OpResult::fromJson(parse(R"({"op_id": "x", "status": "applied", "code": "invalid"})"), QStringLiteral("r"));
    QCOMPARE(applied->code, RejectionCode::None);
}

void TestProtocol::pullResponseRoundTrip()
{
    PullResponse page;
    RowChange row;
    row.entity = QStringLiteral("territory");
    row.id = kUuid;
    row.version = 2;
    row.fields = parse(R"({"parent_id": null, "level": "region", "code": "R-N", "name": "Nord"})");
    page.changes << row << RowChange::eviction(QStringLiteral("customer"), kUuid);
    page.cursor = QStringLiteral("S:1043:7:9:") + kUuid;
    page.hasMore = true;
    page.evictTerritories << kUuid;
    page.snapshotRows = 1896423;
    const Result<PullResponse> back = PullResponse::fromJson(page.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->toJson(), page.toJson());
    QVERIFY(back->changes.at(1).evicted);
    // The server's spliced form is the same JSON.
    QByteArrayList rendered;
    for (const RowChange &c : page.changes) {
        rendered << QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact);
    }
    QCOMPARE(QJsonDocument::fromJson(page.toBytes(rendered)).object(), page.toJson());
}

void TestProtocol::pullRequestDecodesLikeAUrl()
{
    // What JavaScript's, Java's and Python's encoders send for "0:0".
    const Result<PullRequest> encoded = PullRequest::fromQuery(QUrlQuery(QStringLiteral("cursor=0%3A0&limit=10")));
    QVERIFY(encoded.ok());
    QCOMPARE(encoded->cursor, QStringLiteral("0:0"));
    QCOMPARE(encoded->limit, 10);
    QCOMPARE(PullRequest::fromQuery(QUrlQuery())->cursor, QStringLiteral("0:0"));
    QCOMPARE(failurePath(PullRequest::fromQuery(QUrlQuery(QStringLiteral("limit=0")))), QStringLiteral("limit"));
    QCOMPARE(failurePath(PullRequest::fromQuery(QUrlQuery(QStringLiteral("limit=10001")))), QStringLiteral("limit"));
    QCOMPARE(failurePath(PullRequest::fromQuery(QUrlQuery(QStringLiteral("since=1")))), QStringLiteral("since"));
    const PullRequest request{QStringLiteral("12:34:5"), 500};
    QCOMPARE(PullRequest::fromQuery(request.toQuery())->cursor, request.cursor);
}

void TestProtocol::errorBodyRoundTrip()
{
    const ErrorBody body{Protocol::ErrorCode::BadRequest, QStringLiteral("Unknown field"), QStringLiteral("admin")};
    const Result<ErrorBody> back = ErrorBody::fromJson(body.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->code, Protocol::ErrorCode::BadRequest);
    QCOMPARE(back->field, QStringLiteral("admin"));
    QCOMPARE(ErrorBody::fromJson(parse(R"({"error": {"code": "teapot", "message": "new"}})"))->code,
             Protocol::ErrorCode::Internal);
}

void TestProtocol::malformedRequests_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    const QByteArray op = R"({"op_id": "01936c8f-11ab-7000-8000-000000000001", "entity": "customer", )"
                          R"("row_id": "019a0e5d-8a31-7c55-9d1e-3b0f1c2d4e5f", "op": "update", "base_version": 3, )"
                          R"("hlc": "0001763780924123-0002-a", "fields": {}})";
    const auto push = [](const QByteArray &ops) {
        QByteArray body(
            R"({"device_id": "a", "change_sets": [{"id": "01936c8f-11aa-7bbb-8ccc-1234567890ab", "ops": [)");
        body += ops;
        body += "]}]}";
        return body;
    };
    const auto opWith = [&](const QByteArray &from, const QByteArray &to) {
        return push(QByteArray(op).replace(from, to));
    };
    QTest::newRow("handshake: not an object") << "handshake" << QByteArray("[1]") << "";
    QTest::newRow("handshake: missing version") << "handshake" << QByteArray("{}") << "protocol_version";
    QTest::newRow("handshake: text version")
        << "handshake" << QByteArray(R"({"protocol_version": "1"})") << "protocol_version";
    QTest::newRow("handshake: fraction") << "handshake" << QByteArray(R"({"protocol_version": 1.5})")
                                         << "protocol_version";
    QTest::newRow("handshake: unknown field")
        << "handshake" << QByteArray(R"({"protocol_version": 1, "admin": true})") << "admin";
    QTest::newRow("login: missing password") << "login" << QByteArray(R"({"username": "a"})") << "password";
    QTest::newRow("login: number for a name")
        << "login" << QByteArray(R"({"username": 7, "password": "p"})") << "username";
    const QByteArray longName =
        QByteArray(R"({"username": ")") + QByteArray(65, 'a') + QByteArray(R"(", "password": "p"})");
    QTest::newRow("login: long name") << "login" << longName << "username";
    QTest::newRow("push: valid") << "push" << push(op) << "<parsed>";
    QTest::newRow("push: another device's clock")
        << "push" << QByteArray(push(op)).replace("\"device_id\": \"a\"", "\"device_id\": \"b\"")
        << "change_sets[0].ops[0].hlc";
    QTest::newRow("push: no device") << "push" << QByteArray(R"({"change_sets": []})") << "device_id";
    const QByteArray longDevice =
        QByteArray(R"({"device_id": ")") + QByteArray(65, 'd') + QByteArray(R"(", "change_sets": []})");
    QTest::newRow("push: device too long") << "push" << longDevice << "device_id";
    QTest::newRow("push: change set id") << "push" << QByteArray(push(op)).replace("01936c8f-11aa-7bbb", "x")
                                         << "change_sets[0].id";
    QTest::newRow("push: empty change set") << "push" << push("") << "change_sets[0].ops";
    QTest::newRow("push: op id not a uuid")
        << "push" << opWith("01936c8f-11ab-7000", "zz") << "change_sets[0].ops[0].op_id";
    QTest::newRow("push: upper-case row id")
        << "push" << opWith("019a0e5d-8a31", "019A0E5D-8A31") << "change_sets[0].ops[0].row_id";
    QTest::newRow("push: unknown kind") << "push" << opWith("\"update\"", "\"upsert\"") << "change_sets[0].ops[0].op";
    QTest::newRow("push: bad clock") << "push" << opWith("0001763780924123-0002-a", "yesterday")
                                     << "change_sets[0].ops[0].hlc";
    QTest::newRow("push: negative base version")
        << "push" << opWith("\"base_version\": 3", "\"base_version\": -1") << "change_sets[0].ops[0].base_version";
    QTest::newRow("push: fields as a list")
        << "push" << opWith("\"fields\": {}", "\"fields\": [1]") << "change_sets[0].ops[0].fields";
    QTest::newRow("push: fields as text")
        << "push" << opWith("\"fields\": {}", "\"fields\": \"notes\"") << "change_sets[0].ops[0].fields";
    QTest::newRow("push: field change without new")
        << "push" << opWith("\"fields\": {}", "\"fields\": {\"notes\": {\"old\": 1}}")
        << "change_sets[0].ops[0].fields.notes.new";
    QTest::newRow("push: field change with extra key")
        << "push" << opWith("\"fields\": {}", "\"fields\": {\"notes\": {\"new\": 1, \"was\": 2}}")
        << "change_sets[0].ops[0].fields.notes.was";
    QTest::newRow("push: unknown op field")
        << "push" << opWith("\"fields\": {}", "\"fields\": {}, \"x\": 1") << "change_sets[0].ops[0].x";
    QTest::newRow("push: op id twice") << "push" << push(QByteArray(op).append(',').append(op))
                                       << "change_sets[0].ops[1].op_id";
}

void TestProtocol::malformedRequests()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonValue value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    QString path;
    if (type == u"handshake") {
        path = failurePath(HandshakeRequest::fromJson(value));
    } else if (type == u"login") {
        path = failurePath(LoginRequest::fromJson(value));
    } else {
        path = failurePath(PushRequest::fromJson(value));
    }
    QCOMPARE(path, field);
}

void TestProtocol::malformedResponses_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("handshake: no epoch") << "handshake"
                                         << QByteArray(R"({"protocol_version": 1, "min_protocol_version": 1, )"
                                                       R"("server_version": "1", "server_time": "x"})")
                                         << "epoch";
    QTest::newRow("handshake: bad time") << "handshake"
                                         << QByteArray(R"({"protocol_version": 1, "min_protocol_version": 1, )"
                                                       R"("server_version": "1", "epoch": "e", "server_time": "x"})")
                                         << "server_time";
    QTest::newRow("login: unknown role")
        << "login"
        << QByteArray(R"({"token": "t", "expires_at": "2026-11-22T15:08:44.123Z", "user": {"id": "u", )"
                      R"("username": "a", "display_name": "A", "email": "", "role": "owner"}})")
        << "user.role";
    QTest::newRow("push: results not a list") << "push" << QByteArray(R"({"results": {}})") << "results";
    QTest::newRow("push: unknown status")
        << "push" << QByteArray(R"({"results": [{"op_id": "o", "status": "maybe"}]})") << "results[0].status";
    QTest::newRow("push: rejected without code")
        << "push" << QByteArray(R"({"results": [{"op_id": "o", "status": "rejected"}]})") << "results[0].code";
    QTest::newRow("push: unknown resolution")
        << "push"
        << QByteArray(R"({"results": [{"op_id": "o", "status": "conflict", "conflicts": [{"field": "f", "base": 1, )"
                      R"("mine": 2, "theirs": 3, "policy": "manual", "resolution": "both"}]}]})")
        << "results[0].conflicts[0].resolution";
    QTest::newRow("pull: no cursor") << "pull" << QByteArray(R"({"changes": [], "has_more": false})") << "cursor";
    QTest::newRow("pull: has_more as text")
        << "pull" << QByteArray(R"({"changes": [], "cursor": "1:2", "has_more": "no"})") << "has_more";
    QTest::newRow("pull: change without fields")
        << "pull"
        << QByteArray(R"({"changes": [{"entity": "user", "id": "u", "version": 1, "deleted": false}], )"
                      R"("cursor": "1:2", "has_more": false})")
        << "changes[0].fields";
    QTest::newRow("pull: version zero")
        << "pull"
        << QByteArray(R"({"changes": [{"entity": "user", "id": "u", "version": 0, "deleted": false, "fields": {}}], )"
                      R"("cursor": "1:2", "has_more": false})")
        << "changes[0].version";
    QTest::newRow("pull: territory not text")
        << "pull" << QByteArray(R"({"changes": [], "cursor": "1:2", "has_more": false, "evict_territories": [1]})")
        << "evict_territories[0]";
}

void TestProtocol::malformedResponses()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const QJsonObject value = QJsonDocument::fromJson(json).object();
    QString path;
    if (type == u"handshake") {
        path = failurePath(HandshakeResponse::fromJson(value));
    } else if (type == u"login") {
        path = failurePath(LoginResponse::fromJson(value));
    } else if (type == u"push") {
        path = failurePath(PushResponse::fromJson(value));
    } else {
        path = failurePath(PullResponse::fromJson(value));
    }
    QCOMPARE(path, field);
}

void TestProtocol::responsesIgnoreUnknownFields()
{
    // Newer servers may add response fields; requests, though, are strict.
    const QJsonObject pushed = parse(R"({"results": [{"op_id": "o", "status": "applied", "version": 2, "new": 1}], )"
                                     R"("took_ms": 3})");
    QVERIFY(PushResponse::fromJson(pushed).ok());
    QCOMPARE(failurePath(LoginRequest::fromJson(parse(R"({"username": "a", "password": "p", "otp": "1"})"))),
             QStringLiteral("otp"));
}

void TestProtocol::docExamplesParse()
{
    // Every JSON example in docs/sync-protocol.md is preceded by <!-- message: Type --> and must
    // parse as that type, and come out of it the same: the doc cannot drift from the code.
    QFile file(QStringLiteral(SALESSYNC_PROTOCOL_DOC));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString doc = QString::fromUtf8(file.readAll());
    const QHash<QString, Check> checks = {
        {QStringLiteral("HandshakeRequest"), roundTrip<HandshakeRequest>()},
        {QStringLiteral("HandshakeResponse"), roundTrip<HandshakeResponse>()},
        {QStringLiteral("LoginRequest"), roundTrip<LoginRequest>()},
        {QStringLiteral("LoginResponse"), roundTrip<LoginResponse>()},
        {QStringLiteral("SessionResponse"), roundTrip<SessionResponse>()},
        {QStringLiteral("PushRequest"), roundTrip<PushRequest>()},
        {QStringLiteral("PushResponse"), roundTrip<PushResponse>()},
        {QStringLiteral("PullResponse"), roundTrip<PullResponse>()},
        {QStringLiteral("ErrorBody"), roundTrip<ErrorBody>()},
        {QStringLiteral("SetPasswordRequest"), roundTrip<SetPasswordRequest>()},
        {QStringLiteral("AccountsResponse"), roundTrip<AccountsResponse>()},
        {QStringLiteral("CreateUserRequest"), roundTrip<CreateUserRequest>()},
        {QStringLiteral("CredentialResponse"), roundTrip<CredentialResponse>()},
        {QStringLiteral("UpdateUserRequest"), roundTrip<UpdateUserRequest>()},
        {QStringLiteral("SessionsResponse"), roundTrip<SessionsResponse>()},
        {QStringLiteral("RealignmentRequest"), roundTrip<RealignmentRequest>()},
        {QStringLiteral("RealignmentPreview"), roundTrip<RealignmentPreview>()},
        {QStringLiteral("RealignmentInfo"), roundTrip<RealignmentInfo>()},
        {QStringLiteral("DeviceStatusRequest"), roundTrip<DeviceStatusRequest>()},
    };
    static const QRegularExpression block(QStringLiteral("(?:<!-- message: (\\w+) -->\\s*)?```json\\n(.*?)```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    int checked = 0;
    for (auto it = block.globalMatch(doc); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString type = m.captured(1);
        QVERIFY2(checks.contains(type),
                 qPrintable(QStringLiteral("a JSON example without a known message type: ") + m.captured(2).left(80)));
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(m.captured(2).toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(type + u' ' + error.errorString()));
        const Result<QJsonObject> back = checks.value(type)(json.object());
        QVERIFY2(back.ok(), qPrintable(type + u' ' + (back.ok() ? QString() : back.error().message())));
        QVERIFY2(*back == json.object(), qPrintable(type + QStringLiteral(" does not come back the same: ") +
                                                    QString::fromUtf8(QJsonDocument(*back).toJson())));
        ++checked;
    }
    QVERIFY(checked >= 15);
}

QTEST_APPLESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
