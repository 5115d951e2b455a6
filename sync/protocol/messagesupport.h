#pragma once

#include "core/result.h"
#include "sync/protocol/jsonreader.h"

#include <QDateTime>
#include <QList>
#include <QString>

// Helpers shared by the message types' parsers (messages.cpp, adminmessages.cpp); not part of the
// protocol's interface.
namespace SalesSync::Protocol::MessageSupport {

// A canonical lower-case UUID ("01936c8f-11ab-7000-8000-000000000001").
bool isLowerUuid(const QString &text);
void requireUuid(JsonReader &reader, const char *key, const QString &value);
// An ISO 8601 UTC time field; an optional one left out is an invalid QDateTime.
QDateTime requireTime(JsonReader &reader, const char *key, JsonReader::Need need = JsonReader::Need::Required);

// Reads each item of an array field with read(item, path), stopping at the first error.
template <typename T, typename Read>
QList<T> readList(JsonReader &reader, const char *key, JsonReader::Need need, Read read)
{
    QList<T> items;
    const QJsonArray array = reader.array(key, need);
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
        Result<T> item = read(array.at(i), reader.pathOf(key, i));
        if (!item) {
            reader.fail(item.error().fields().value(0).field, item.error().fields().value(0).message);
            break;
        }
        items << std::move(item).value();
    }
    return items;
}

// The value, or the reader's first problem.
template <typename T>
Result<T> finished(JsonReader &reader, T value)
{
    if (const Status s = reader.finish(); !s) {
        return s.error();
    }
    return value;
}

} // namespace SalesSync::Protocol::MessageSupport
