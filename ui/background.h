#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <type_traits>

namespace SalesSync {

// Runs work() on a worker thread of the pool and hands its result to done() on context's thread.
// When context is destroyed first, done() is not called (the work still finishes; results are
// dropped). The results of repositories (Result<T>) have no default value, which QFuture wants,
// so they travel in a shared_ptr.
template <typename Work, typename Done>
void runInBackground(QThreadPool *pool, QObject *context, Work work, Done done)
{
    using R = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<std::shared_ptr<R>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        const std::shared_ptr<R> result = watcher->result();
        watcher->deleteLater();
        done(std::move(*result));
    });
    watcher->setFuture(
        QtConcurrent::run(pool, [work = std::move(work)]() mutable { return std::make_shared<R>(work()); }));
}

} // namespace SalesSync
