#pragma once

#include <QDateTime>
#include <QString>

namespace SalesSync {

// All times are stored and sent in UTC as ISO 8601 with milliseconds and a 'Z'
// ("2026-11-22T03:08:44.123Z"): sortable as text, unambiguous across time zones.
QString toIsoUtc(const QDateTime &time);
// Parses that form (and any ISO 8601 with an offset); an invalid QDateTime when it can't.
QDateTime fromIsoUtc(const QString &text);
QString nowIsoUtc();

} // namespace SalesSync
