// The fuzz target of the sync protocol: what the server and the client read from the network.
// The first byte of an input picks the reader, the rest is the message:
//   '0' a push body, and every op of it through OpCheck for every role (the server's
//       validation that needs no database); '1' a sign-in body; '2' a handshake body;
//   '3' a pull query string; '4' a push answer, '5' a pull answer (what the client reads);
//   '6' an error body.
// Built two ways (tests/fuzz/CMakeLists.txt): with libFuzzer and sanitizers by
// scripts/fuzz.sh, and as fuzz_replay in the normal build, which runs the seed corpus and every
// input a fuzzing run found (tests/fuzz/regressions) as a test.
#include "core/store/entityschema.h"
#include "sync/protocol/jsonreader.h"
#include "sync/protocol/messages.h"
#include "sync/protocol/opcheck.h"

#include <QJsonDocument>
#include <QUrlQuery>

#include <cstddef>
#include <cstdint>

namespace {

using namespace SalesSync;
using namespace SalesSync::Protocol;

// The body as the server reads it (syncserver.cpp: lone surrogates, then JSON, then the type).
QJsonValue body(QByteArrayView bytes)
{
    if (loneSurrogateAt(bytes) >= 0) {
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    return error.error == QJsonParseError::NoError && doc.isObject() ? QJsonValue(doc.object()) : QJsonValue();
}

void checkOps(const PushRequest &request)
{
    for (const ChangeSet &set : request.changeSets) {
        for (const Op &op : set.ops) {
            const EntityDef *entity = EntitySchema::find(op.entity);
            if (!entity) {
                continue;
            }
            for (const Role role : {Role::Agent, Role::Manager, Role::Admin}) {
                const Actor actor{role, QStringLiteral("user"), request.deviceId,
                                  role == Role::Agent ? QStringLiteral("agent") : QString()};
                QJsonObject values;
                if (!OpCheck::values(*entity, op, actor, values)) {
                    // Accepted values are storable, field by field.
                    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
                        const FieldDef *field = entity->field(it.key());
                        if (!field || !OpCheck::storageValue(*field, it.value())) {
                            qFatal("OpCheck accepted %s.%s but it cannot be stored", qPrintable(op.entity),
                                   qPrintable(it.key()));
                        }
                    }
                }
            }
        }
    }
}

// A refusal always says why; what parsed writes back as itself.
template <typename Message>
void mustExplainOrRoundTrip(const Result<Message> &message)
{
    if (!message) {
        if (message.error().message().isEmpty()) {
            qFatal("a refusal without a message");
        }
        return;
    }
    const QJsonObject json = message->toJson();
    const Result<Message> again = Message::fromJson(json);
    if (!again || again->toJson() != json) {
        qFatal("a message did not survive its own round trip");
    }
}

void readPush(QByteArrayView bytes)
{
    const Result<PushRequest> request = PushRequest::fromJson(body(bytes));
    mustExplainOrRoundTrip(request);
    if (request) {
        checkOps(*request);
    }
}

void readAnswer(char kind, QByteArrayView bytes)
{
    QJsonParseError error;
    const QJsonValue json = QJsonDocument::fromJson(bytes.toByteArray(), &error).object();
    if (kind == '4') {
        mustExplainOrRoundTrip(PushResponse::fromJson(json));
    } else if (kind == '5') {
        const Result<PullResponse> header = PullResponse::headerFromJson(json);
        const Result<QList<RowChange>> rows =
            header ? PullResponse::changesFromJson(json) : Result<QList<RowChange>>(header.error());
        if (!rows && rows.error().message().isEmpty()) {
            qFatal("a refusal without a message");
        }
    } else {
        mustExplainOrRoundTrip(ErrorBody::fromJson(json));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const char kind = char(data[0]);
    const QByteArrayView bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (kind) {
    case '0':
        readPush(bytes);
        break;
    case '1':
        mustExplainOrRoundTrip(LoginRequest::fromJson(body(bytes)));
        break;
    case '2':
        mustExplainOrRoundTrip(HandshakeRequest::fromJson(body(bytes)));
        break;
    case '3':
        if (const Result<PullRequest> pull = PullRequest::fromQuery(QUrlQuery(QString::fromUtf8(bytes)));
            !pull && pull.error().message().isEmpty()) {
            qFatal("a refusal without a message");
        }
        break;
    default:
        readAnswer(kind, bytes);
        break;
    }
    return 0;
}
