#include "nmealog.h"

#include <cmath>

namespace SalesSync::Test {

namespace {

QByteArray sentence(const QByteArray &body)
{
    quint8 checksum = 0;
    for (const char c : body) {
        checksum ^= quint8(c);
    }
    return '$' + body + '*' + QByteArray::number(checksum, 16).rightJustified(2, '0').toUpper() + "\r\n";
}

// ddmm.mmmm / dddmm.mmmm with the hemisphere letter.
QByteArray angle(double degrees, int degreeDigits, char positive, char negative)
{
    const double a = std::fabs(degrees);
    const int whole = int(a);
    const double minutes = (a - whole) * 60.0;
    return QByteArray::number(whole).rightJustified(degreeDigits, '0') +
           QByteArray::number(minutes, 'f', 4).rightJustified(7, '0') + ',' + (degrees >= 0 ? positive : negative);
}

} // namespace

QByteArray nmeaLog(const QList<GeoPoint> &points, const QDateTime &start, double hdop)
{
    QByteArray log;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QDateTime at = start.toUTC().addSecs(i);
        const QByteArray time = at.time().toString(QStringLiteral("hhmmss.zzz")).left(9).toLatin1();
        const QByteArray date = at.date().toString(QStringLiteral("ddMMyy")).toLatin1();
        const QByteArray lat = angle(points.at(i).latitude, 2, 'N', 'S');
        const QByteArray lon = angle(points.at(i).longitude, 3, 'E', 'W');
        log += sentence("GPGGA," + time + ',' + lat + ',' + lon + ",1,08," + QByteArray::number(hdop, 'f', 1) +
                        ",250.0,M,48.0,M,,");
        log += sentence("GPRMC," + time + ",A," + lat + ',' + lon + ",0.0,0.0," + date + ",,,A");
    }
    return log;
}

} // namespace SalesSync::Test
