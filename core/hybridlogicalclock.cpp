#include "core/hybridlogicalclock.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>

namespace SalesSync {

QString HlcTimestamp::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(wallMs, 16, 10, QLatin1Char('0'))
        .arg(counter, 4, 16, QLatin1Char('0'))
        .arg(node);
}

std::optional<HlcTimestamp> HlcTimestamp::parse(const QString &text)
{
    const qsizetype firstDash = text.indexOf(u'-');
    const qsizetype secondDash = firstDash < 0 ? -1 : text.indexOf(u'-', firstDash + 1);
    if (firstDash != 16 || secondDash != 21) {
        return std::nullopt;
    }
    bool wallOk = false;
    bool counterOk = false;
    HlcTimestamp ts;
    ts.wallMs = text.left(16).toLongLong(&wallOk);
    ts.counter = text.mid(17, 4).toUInt(&counterOk, 16);
    ts.node = text.mid(22);
    if (!wallOk || !counterOk || ts.wallMs < 0 || ts.node.isEmpty()) {
        return std::nullopt;
    }
    return ts;
}

std::strong_ordering HlcTimestamp::operator<=>(const HlcTimestamp &other) const
{
    if (const auto c = wallMs <=> other.wallMs; c != 0) {
        return c;
    }
    if (const auto c = counter <=> other.counter; c != 0) {
        return c;
    }
    const int n = QString::compare(node, other.node);
    return n < 0 ? std::strong_ordering::less : (n > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
}

HybridLogicalClock::HybridLogicalClock(QString node, HlcTimestamp last, WallClock wallClock)
    : m_node(std::move(node))
    , m_last(std::move(last))
    , m_wallClock(wallClock ? std::move(wallClock) : WallClock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{}

HlcTimestamp HybridLogicalClock::now()
{
    const qint64 physical = m_wallClock();
    HlcTimestamp next;
    next.node = m_node;
    if (physical > m_last.wallMs) {
        next.wallMs = physical;
        next.counter = 0;
    } else {
        next.wallMs = m_last.wallMs;
        next.counter = m_last.counter + 1;
    }
    m_last = next;
    return next;
}

HlcTimestamp HybridLogicalClock::observe(const HlcTimestamp &remote)
{
    const qint64 physical = m_wallClock();
    HlcTimestamp next;
    next.node = m_node;
    next.wallMs = std::max({physical, m_last.wallMs, remote.wallMs});
    if (next.wallMs == m_last.wallMs && next.wallMs == remote.wallMs) {
        next.counter = std::max(m_last.counter, remote.counter) + 1;
    } else if (next.wallMs == m_last.wallMs) {
        next.counter = m_last.counter + 1;
    } else if (next.wallMs == remote.wallMs) {
        next.counter = remote.counter + 1;
    } else {
        next.counter = 0;
    }
    m_last = next;
    return next;
}

} // namespace SalesSync
