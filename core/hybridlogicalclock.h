#pragma once

#include <QString>

#include <compare>
#include <functional>
#include <optional>

namespace SalesSync {

// A hybrid logical clock timestamp (Kulkarni et al., 2014): wall-clock milliseconds, a
// counter for events within one millisecond, and the node (device) that made it. Ordering
// is total: wall time, then counter, then node. The text form
// "0001763780924123-0000-<node>" is fixed-width, so text order equals timestamp order.
struct HlcTimestamp {
    qint64 wallMs = 0;
    quint32 counter = 0;
    QString node;

    bool isNull() const { return wallMs == 0 && counter == 0 && node.isEmpty(); }
    QString toString() const;
    static std::optional<HlcTimestamp> parse(const QString &text);

    std::strong_ordering operator<=>(const HlcTimestamp &other) const;
    bool operator==(const HlcTimestamp &other) const = default;
};

// Issues HLC timestamps for one node. now() never goes backwards, even when the wall clock
// does; observe() merges a timestamp received from elsewhere so that what this node issues
// next sorts after it. Not thread-safe: the store owns one per database and serialises use.
class HybridLogicalClock final {
public:
    using WallClock = std::function<qint64()>;

    explicit HybridLogicalClock(QString node, HlcTimestamp last = {}, WallClock wallClock = {});

    HlcTimestamp now();
    HlcTimestamp observe(const HlcTimestamp &remote);
    const HlcTimestamp &last() const { return m_last; }

private:
    QString m_node;
    HlcTimestamp m_last;
    WallClock m_wallClock;
};

} // namespace SalesSync
