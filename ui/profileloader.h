#pragma once

#include "core/demo/demodatagenerator.h"
#include "core/domain/user.h"
#include "core/result.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace SalesSync {

class Database;

// Opens a profile's data file off the UI thread: checks and upgrades it, and for the demo
// workspace fills a new file with demo data, reporting progress as it goes.
class ProfileLoader final : public QObject {
    Q_OBJECT

public:
    struct Outcome {
        std::unique_ptr<Database> database;
        QString error;          // empty on success
        bool populated = false; // demo data was generated on this load
    };

    explicit ProfileLoader(QObject *parent = nullptr);
    ~ProfileLoader() override;

    // Starts loading; finished() follows. With demoSpec, an empty file is filled with demo data;
    // with demoRole, the demo workspace is then worked as that role's demo person.
    void start(const QString &path, std::optional<DemoDataSpec> demoSpec = std::nullopt,
               std::optional<Role> demoRole = std::nullopt);
    void cancel();
    bool isRunning() const;

    // The result, once finished() was emitted. Takes ownership away from the loader.
    Outcome takeOutcome();

signals:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace SalesSync
