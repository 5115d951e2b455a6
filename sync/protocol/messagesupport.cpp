#include "sync/protocol/messagesupport.h"

#include "core/timeutil.h"

#include <QCoreApplication>
#include <QUuid>

namespace SalesSync::Protocol::MessageSupport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SalesSync::Protocol", text);
}

} // namespace

bool isLowerUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull() && text == text.toLower();
}

void requireUuid(JsonReader &reader, const char *key, const QString &value)
{
    if (reader.ok() && !isLowerUuid(value)) {
        reader.fail(reader.pathOf(key), tr("must be a lower-case UUID"));
    }
}

QDateTime requireTime(JsonReader &reader, const char *key, JsonReader::Need need)
{
    const QString text = reader.text(key, need);
    if (text.isEmpty() && need == JsonReader::Need::Optional) {
        return {};
    }
    const QDateTime time = fromIsoUtc(text);
    if (reader.ok() && !time.isValid()) {
        reader.fail(reader.pathOf(key), tr("must be an ISO 8601 time in UTC"));
    }
    return time;
}

} // namespace SalesSync::Protocol::MessageSupport
