#include "sync/server/metrics.h"

#include <QMutexLocker>
#include <QStringList>

#include <algorithm>

namespace SalesSync::Server {

void Metrics::recordRequest(const QString &route, int status, double seconds)
{
    QMutexLocker lock(&m_mutex);
    ++m_requests[qMakePair(route, status)];
    Histogram &h = m_latency[route];
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i]) {
            ++h.buckets[i];
        }
    }
    ++h.count;
    h.sum += seconds;
}

void Metrics::recordError(const QString &kind)
{
    QMutexLocker lock(&m_mutex);
    ++m_errors[kind];
}

void Metrics::recordOp(const QString &status)
{
    QMutexLocker lock(&m_mutex);
    ++m_ops[status];
}

QByteArray Metrics::render() const
{
    QMutexLocker lock(&m_mutex);
    QString out;
    out += QStringLiteral("# HELP salessync_ops_total Pushed ops by outcome.\n# TYPE salessync_ops_total counter\n");
    for (const QString &status : {QStringLiteral("applied"), QStringLiteral("merged"), QStringLiteral("conflict"),
                                  QStringLiteral("rejected")}) {
        out += QStringLiteral("salessync_ops_total{status=\"%1\"} %2\n").arg(status).arg(m_ops.value(status));
    }
    out += QStringLiteral("# HELP salessync_http_requests_total HTTP requests by route and status.\n"
                          "# TYPE salessync_http_requests_total counter\n");
    QList<QPair<QString, int>> keys = m_requests.keys();
    std::sort(keys.begin(), keys.end());
    for (const auto &key : std::as_const(keys)) {
        out += QStringLiteral("salessync_http_requests_total{route=\"%1\",status=\"%2\"} %3\n")
                   .arg(key.first)
                   .arg(key.second)
                   .arg(m_requests.value(key));
    }
    out += QStringLiteral("# HELP salessync_http_request_duration_seconds Time to answer a request.\n"
                          "# TYPE salessync_http_request_duration_seconds histogram\n");
    QStringList routes = m_latency.keys();
    routes.sort();
    for (const QString &route : std::as_const(routes)) {
        const Histogram &h = m_latency[route];
        for (size_t i = 0; i < kBuckets.size(); ++i) {
            out += QStringLiteral("salessync_http_request_duration_seconds_bucket{route=\"%1\",le=\"%2\"} %3\n")
                       .arg(route)
                       .arg(kBuckets[i])
                       .arg(h.buckets[i]);
        }
        out += QStringLiteral("salessync_http_request_duration_seconds_bucket{route=\"%1\",le=\"+Inf\"} %2\n"
                              "salessync_http_request_duration_seconds_sum{route=\"%1\"} %3\n"
                              "salessync_http_request_duration_seconds_count{route=\"%1\"} %2\n")
                   .arg(route)
                   .arg(h.count)
                   .arg(h.sum, 0, 'f', 6);
    }
    out += QStringLiteral("# HELP salessync_errors_total Errors by kind.\n# TYPE salessync_errors_total counter\n");
    QStringList kinds = m_errors.keys();
    kinds.sort();
    for (const QString &kind : std::as_const(kinds)) {
        out += QStringLiteral("salessync_errors_total{kind=\"%1\"} %2\n").arg(kind).arg(m_errors.value(kind));
    }
    return out.toUtf8();
}

} // namespace SalesSync::Server
