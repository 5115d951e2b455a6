#include "ui/profileloader.h"

#include "core/demo/demoworkspace.h"
#include "core/store/database.h"
#include "core/store/sqlutil.h"

#include <QPointer>
#include <QtConcurrent>

namespace SalesSync {

ProfileLoader::ProfileLoader(QObject *parent)
    : QObject(parent)
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this, &ProfileLoader::finished);
}

ProfileLoader::~ProfileLoader()
{
    cancel();
    m_watcher.waitForFinished();
}

void ProfileLoader::start(const QString &path, std::optional<DemoDataSpec> demoSpec, std::optional<Role> demoRole)
{
    m_cancelled->store(false);
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    const QPointer<ProfileLoader> self(this);
    m_watcher.setFuture(QtConcurrent::run([path, demoSpec, demoRole, cancelled, self]() {
        auto outcome = std::make_shared<Outcome>();
        Result<std::unique_ptr<Database>> opened = Database::open(path);
        if (!opened) {
            outcome->error = opened.error().message();
            return outcome;
        }
        std::unique_ptr<Database> db = std::move(opened).value();
        if (demoSpec) {
            const Result<QVariant> empty =
                queryValue(db->connection(), QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM customers)"));
            if (!empty) {
                outcome->error = empty.error().message();
                return outcome;
            }
            if (empty->toBool()) {
                const Result<DemoDataCounts> counts =
                    DemoWorkspace::populate(*db, *demoSpec, [&](qint64 done, qint64 total) {
                        if (self) {
                            QMetaObject::invokeMethod(
                                self, [self, done, total] { emit self->progress(done, total); }, Qt::QueuedConnection);
                        }
                        return !cancelled->load();
                    });
                if (!counts) {
                    outcome->error = counts.error().message();
                    return outcome;
                }
                outcome->populated = true;
            }
        }
        if (demoRole) {
            if (const Status s = DemoWorkspace::signInAs(*db, *demoRole); !s) {
                outcome->error = s.error().message();
                return outcome;
            }
        }
        outcome->database = std::move(db);
        return outcome;
    }));
}

void ProfileLoader::cancel()
{
    m_cancelled->store(true);
}

bool ProfileLoader::isRunning() const
{
    return m_watcher.isRunning();
}

ProfileLoader::Outcome ProfileLoader::takeOutcome()
{
    Outcome outcome;
    if (m_watcher.isFinished() && m_watcher.future().resultCount() > 0) {
        const std::shared_ptr<Outcome> result = m_watcher.result();
        outcome.database = std::move(result->database);
        outcome.error = result->error;
        outcome.populated = result->populated;
    }
    return outcome;
}

} // namespace SalesSync
