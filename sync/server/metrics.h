#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <array>

namespace SalesSync::Server {

// Counters and latency histograms, rendered in the Prometheus text format on /metrics.
// Per instance: each server instance exposes its own, as Prometheus expects.
class Metrics final {
public:
    void recordRequest(const QString &route, int status, double seconds);
    void recordError(const QString &kind);
    // One pushed op's outcome: applied, merged, conflict or rejected.
    void recordOp(const QString &status);
    QByteArray render() const;

private:
    static constexpr std::array<double, 10> kBuckets = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};
    struct Histogram {
        std::array<quint64, kBuckets.size()> buckets{};
        quint64 count = 0;
        double sum = 0;
    };
    mutable QMutex m_mutex;
    QHash<QPair<QString, int>, quint64> m_requests; // (route, status) -> count
    QHash<QString, Histogram> m_latency;            // route -> histogram
    QHash<QString, quint64> m_errors;               // kind -> count
    QHash<QString, quint64> m_ops;                  // status -> count
};

} // namespace SalesSync::Server
