#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace SalesSync {

// Generates RFC 9562 version 7 UUIDs: a 48-bit Unix millisecond timestamp, then a 12-bit
// counter that keeps ids from one process strictly increasing within the same millisecond
// (method 1 of RFC 9562 §6.2), then 62 random bits from the system CSPRNG. Thread-safe.
// Ids sort by creation time, which keeps SQLite and PostgreSQL B-tree inserts at the end.
class UuidV7 final {
public:
    static QUuid generate();
    // Lower-case, without braces: the form stored in every id column and sent over the wire.
    static QString generateString();
    // Whether text is a canonical lower-case UUID string of version 7.
    static bool isValid(const QString &text);
    static QDateTime timestamp(const QUuid &uuid);
    // The version nibble (QUuid::version() of Qt before 6.9 knows only versions 1 to 5).
    static int versionOf(const QUuid &uuid);
    // Assembles a version 7 UUID from its parts: the millisecond timestamp (48 bits), rand_a
    // (12 bits) and rand_b (62 bits). generate() uses it; so does the seeded demo data
    // generator, whose ids must be the same on every run.
    static QUuid make(qint64 unixMs, quint16 randA, quint64 randB);
};

} // namespace SalesSync
