#include "core/store/connectionname.h"

#include <atomic>

namespace SalesSync {

namespace {
std::atomic<quint64> s_nextInstance{1};
std::atomic<quint64> s_nextThread{1};
} // namespace

QString newConnectionPrefix(const QString &kind)
{
    return QStringLiteral("salessync-%1-%2-").arg(kind).arg(s_nextInstance.fetch_add(1));
}

QString threadConnectionName(const QString &prefix)
{
    thread_local const quint64 number = s_nextThread.fetch_add(1);
    return prefix + QString::number(number);
}

} // namespace SalesSync
