#include "core/uuidv7.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRandomGenerator>

#include <array>

namespace SalesSync {

namespace {

QMutex s_mutex;
qint64 s_lastMs = 0;
quint16 s_counter = 0;

} // namespace

QUuid UuidV7::generate()
{
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint16 counter = 0;
    {
        QMutexLocker lock(&s_mutex);
        if (ms <= s_lastMs) {
            // Same millisecond, or the wall clock stepped back: keep counting on the last
            // timestamp so ids stay monotonic; when the 12-bit counter runs out, borrow the
            // next millisecond.
            ms = s_lastMs;
            if (++s_counter > 0x0FFF) {
                ++ms;
                s_counter = 0;
            }
        } else {
            // Start each millisecond at a random point in the lower half of the counter,
            // which leaves room to count up while keeping the ids hard to guess.
            s_counter = quint16(QRandomGenerator::system()->bounded(0x0800));
        }
        s_lastMs = ms;
        counter = s_counter;
    }

    return make(ms, counter, QRandomGenerator::system()->generate64());
}

QUuid UuidV7::make(qint64 unixMs, quint16 randA, quint64 randB)
{
    std::array<uchar, 16> bytes{};
    for (int i = 0; i < 6; ++i) {
        bytes[size_t(i)] = uchar(quint64(unixMs) >> (40 - 8 * i));
    }
    bytes[6] = uchar(0x70 | ((randA >> 8) & 0x0F));
    bytes[7] = uchar(randA & 0xFF);
    for (int i = 8; i < 16; ++i) {
        bytes[size_t(i)] = uchar(randB >> (8 * (15 - i)));
    }
    bytes[8] = uchar(0x80 | (bytes[8] & 0x3F)); // RFC 9562 variant 10xx
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
}

QString UuidV7::generateString()
{
    return generate().toString(QUuid::WithoutBraces);
}

bool UuidV7::isValid(const QString &text)
{
    if (text.size() != 36 || text != text.toLower()) {
        return false;
    }
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && versionOf(uuid) == 7 && uuid.variant() == QUuid::DCE;
}

int UuidV7::versionOf(const QUuid &uuid)
{
    return (uuid.data3 >> 12) & 0x0F;
}

QDateTime UuidV7::timestamp(const QUuid &uuid)
{
    const QByteArray bytes = uuid.toRfc4122();
    qint64 ms = 0;
    for (int i = 0; i < 6; ++i) {
        ms = (ms << 8) | uchar(bytes.at(i));
    }
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace SalesSync
