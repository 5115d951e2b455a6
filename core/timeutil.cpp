#include "core/timeutil.h"

namespace SalesSync {

QString toIsoUtc(const QDateTime &time)
{
    if (!time.isValid()) {
        return {};
    }
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoUtc(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        time = QDateTime::fromString(text, Qt::ISODate);
    }
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString nowIsoUtc()
{
    return toIsoUtc(QDateTime::currentDateTimeUtc());
}

} // namespace SalesSync
