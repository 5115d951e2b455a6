#pragma once

#include "core/geo.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace SalesSync::Test {

// An NMEA 0183 log (GGA and RMC sentences, one fix a second from start) through the given
// points, with the given horizontal dilution of precision: what a GPS receiver would have
// written. Replayed by PositionProvider::useNmeaLog.
QByteArray nmeaLog(const QList<GeoPoint> &points, const QDateTime &start, double hdop = 1.0);

} // namespace SalesSync::Test
