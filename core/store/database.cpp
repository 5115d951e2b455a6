#include "core/store/database.h"

#include "core/kpi/kpiaggregates.h"
#include "core/store/connectionname.h"
#include "core/store/sqlsplitter.h"
#include "core/store/sqlutil.h"
#include "core/uuidv7.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

Q_LOGGING_CATEGORY(lcStore, "salessync.core.store", QtInfoMsg)

namespace SalesSync {

namespace {

// The migration scripts compiled into this build, in order: version N is migrations/000N_*.sql.
const QStringList &migrationFiles()
{
    static const QStringList files = [] {
        QStringList names;
        const QDir dir(QStringLiteral(":/salessync/migrations"));
        for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            names << dir.filePath(name);
        }
        return names;
    }();
    return files;
}

} // namespace

int Database::latestSchemaVersion()
{
    return int(migrationFiles().size());
}

Database::Database(QString path, OpenOptions options)
    : m_path(std::move(path))
    , m_options(options)
    , m_connectionPrefix(newConnectionPrefix(QStringLiteral("sqlite")))
{}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    // Removing a connection closes it; connections of other threads are removed too (their
    // threads are done with this Database by now), without touching them from here first.
    for (const QString &name : std::as_const(m_connectionNames)) {
        QSqlDatabase::removeDatabase(name);
    }
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const OpenOptions &options)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (!options.create) {
            return Error(ErrorCode::NotFound, tr("The data file %1 does not exist.").arg(path));
        }
        if (!QDir().mkpath(info.absolutePath())) {
            return Error(ErrorCode::Storage, tr("Cannot create the folder %1.").arg(info.absolutePath()));
        }
    } else if (!info.isFile()) {
        return Error(ErrorCode::Storage, tr("%1 is not a file.").arg(path));
    }
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), options));
    if (const Status status = database->initialise(); !status) {
        return status.error();
    }
    return database;
}

Status Database::configureConnection(QSqlDatabase &db) const
{
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs));
    if (!db.open()) {
        return Error(ErrorCode::Storage, tr("Cannot open the data file %1: %2").arg(m_path, db.lastError().text()));
    }
    // foreign_keys is per connection; synchronous=NORMAL is durable in WAL mode except for the
    // last transactions before a power loss, never corrupting.
    for (const QString &pragma :
         {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = NORMAL"),
          QStringLiteral("PRAGMA temp_store = MEMORY")}) {
        if (Result<QSqlQuery> q = runQuery(db, pragma); !q) {
            return q.error();
        }
    }
    return {};
}

Status Database::checkFile(QSqlDatabase &db, int &userVersion)
{
    const auto damaged = [this](const QString &detail) {
        return Error(ErrorCode::Corrupt,
                     tr("The data file %1 is damaged or is not a SalesSync data file (%2). It was left unchanged; "
                        "restore it from a backup or sync into a new profile.")
                         .arg(m_path, detail));
    };
    const Result<QVariant> applicationId = queryValue(db, QStringLiteral("PRAGMA application_id"));
    if (!applicationId) {
        return damaged(applicationId.error().message());
    }
    const Result<QVariant> version = queryValue(db, QStringLiteral("PRAGMA user_version"));
    if (!version) {
        return damaged(version.error().message());
    }
    const Result<QVariant> objects = queryValue(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!objects) {
        return damaged(objects.error().message());
    }
    userVersion = version->toInt();
    const qint64 appId = applicationId->toLongLong();
    if (appId != kApplicationId && !(appId == 0 && objects->toInt() == 0)) {
        return Error(ErrorCode::Corrupt, tr("%1 is not a SalesSync data file. It was left unchanged.").arg(m_path));
    }
    if (userVersion > latestSchemaVersion()) {
        return Error(ErrorCode::SchemaTooNew,
                     tr("The data file %1 was written by a newer SalesSync (data format %2; this version reads "
                        "up to %3). Update SalesSync to open it. The file was left unchanged.")
                         .arg(m_path)
                         .arg(userVersion)
                         .arg(latestSchemaVersion()));
    }
    if (m_options.integrityCheck && objects->toInt() > 0) {
        Result<QSqlQuery> check = runQuery(db, QStringLiteral("PRAGMA quick_check(5)"));
        if (!check) {
            return damaged(check.error().message());
        }
        QStringList problems;
        while (check.value().next()) {
            problems << check.value().value(0).toString();
        }
        if (problems != QStringList{QStringLiteral("ok")}) {
            return damaged(problems.join(QStringLiteral("; ")));
        }
    }
    return {};
}

Status Database::migrate(QSqlDatabase &db, int fromVersion, int toVersion)
{
    // Table rebuilds in later migrations need foreign keys off; the check before each commit
    // makes sure no migration leaves a dangling reference behind.
    if (Result<QSqlQuery> q = runQuery(db, QStringLiteral("PRAGMA foreign_keys = OFF")); !q) {
        return q.error();
    }
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        QFile file(migrationFiles().at(version - 1));
        if (!file.open(QIODevice::ReadOnly)) {
            return Error(ErrorCode::Storage, tr("Migration %1 is missing from this build.").arg(version));
        }
        const QStringList statements = splitSqlStatements(QString::fromUtf8(file.readAll()));
        if (!db.transaction()) {
            return sqlError(db.lastError(), tr("Cannot start upgrading the data file"));
        }
        const auto fail = [&](const Error &error) {
            if (!db.rollback()) {
                // The connection goes with the failed open; SQLite rolls back when it closes.
                qCWarning(lcStore) << "rollback of the failed upgrade failed:" << db.lastError().text();
            }
            return Error(
                error.code() == ErrorCode::Validation ? ErrorCode::Storage : error.code(),
                tr("Upgrading the data file to format %1 failed and was undone: %2").arg(version).arg(error.message()));
        };
        for (const QString &statement : statements) {
            if (Result<QSqlQuery> q = runQuery(db, statement); !q) {
                return fail(q.error());
            }
        }
        if (Result<QSqlQuery> q = runQuery(db, QStringLiteral("PRAGMA foreign_key_check")); !q) {
            return fail(q.error());
        } else if (q.value().next()) {
            return fail(
                Error(ErrorCode::Storage, tr("table %1 has a broken reference").arg(q.value().value(0).toString())));
        }
        if (Result<QSqlQuery> q = runQuery(db, QStringLiteral("PRAGMA user_version = %1").arg(version)); !q) {
            return fail(q.error());
        }
        if (!db.commit()) {
            return fail(sqlError(db.lastError()));
        }
        if (fromVersion == 0) {
            qCDebug(lcStore) << "created" << m_path << "step" << version;
        } else {
            qCInfo(lcStore) << "upgraded" << m_path << "to data format" << version;
        }
    }
    if (Result<QSqlQuery> q = runQuery(db, QStringLiteral("PRAGMA foreign_keys = ON")); !q) {
        return q.error();
    }
    return {};
}

Status Database::initialise()
{
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        return Error(ErrorCode::Storage, tr("Cannot open the data file %1: %2").arg(m_path, db.lastError().text()));
    }
    int userVersion = 0;
    if (const Status status = checkFile(db, userVersion); !status) {
        return status;
    }
    // WAL survives in the file header; setting it needs no transaction and is idempotent.
    const Result<QVariant> mode = queryValue(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode) {
        return mode.error();
    }
    if (mode->toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
        return Error(
            ErrorCode::Storage,
            tr("The data file %1 cannot use write-ahead logging (journal mode %2).").arg(m_path, mode->toString()));
    }
    const int target = m_options.targetVersion < 0 ? latestSchemaVersion() : m_options.targetVersion;
    if (userVersion < target) {
        if (userVersion > 0 && m_options.backupBeforeUpgrade) {
            m_backupPath = m_path + QStringLiteral(".v%1.bak").arg(userVersion);
            if (QFile::exists(m_backupPath) && !QFile::remove(m_backupPath)) {
                return Error(ErrorCode::Storage,
                             tr("Cannot replace the old backup %1 before upgrading the data file.").arg(m_backupPath));
            }
            Result<QSqlQuery> backup = runQuery(db, QStringLiteral("VACUUM INTO ?"), {m_backupPath});
            if (!backup) {
                return Error(ErrorCode::Storage,
                             tr("Cannot back up the data file before upgrading it: %1").arg(backup.error().message()));
            }
        }
        if (const Status status = migrate(db, userVersion, target); !status) {
            return status;
        }
    }
    m_schemaVersion = std::max(userVersion, target);
    // The dashboard's aggregates sit on the latest schema's tables.
    if (m_schemaVersion == latestSchemaVersion()) {
        if (const Status status = KpiAggregates::install(db); !status) {
            return status;
        }
    }

    // Facts made once per file: the device id and the clock.
    const Result<QString> deviceId = metaValue(QStringLiteral("device_id"));
    const Result<QString> lastClock = metaValue(QStringLiteral("hlc_last"));
    const Result<QString> actor = metaValue(QStringLiteral("actor_user_id"));
    for (const Result<QString> *value : {&deviceId, &lastClock, &actor}) {
        if (!*value) {
            return value->error();
        }
    }
    m_deviceId = *deviceId;
    if (m_deviceId.isEmpty()) {
        m_deviceId = UuidV7::generateString();
        if (const Status status = setMetaValue(QStringLiteral("device_id"), m_deviceId); !status) {
            return status;
        }
    }
    const std::optional<HlcTimestamp> last = HlcTimestamp::parse(*lastClock);
    m_clock = std::make_unique<HybridLogicalClock>(m_deviceId, last.value_or(HlcTimestamp{}));
    m_actorUserId = *actor;
    return {};
}

QSqlDatabase Database::connection()
{
    const QString name = threadConnectionName(m_connectionPrefix);
    if (QSqlDatabase::contains(name)) {
        return QSqlDatabase::database(name, false);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.insert(name);
    }
    if (const Status status = configureConnection(db); !status) {
        qCWarning(lcStore) << "cannot open connection" << name << status.error().message();
    }
    return db;
}

QString Database::actorUserId() const
{
    QMutexLocker lock(&m_mutex);
    return m_actorUserId;
}

Status Database::setActorUserId(const QString &userId)
{
    {
        QMutexLocker lock(&m_mutex);
        m_actorUserId = userId;
    }
    return setMetaValue(QStringLiteral("actor_user_id"), userId);
}

HlcTimestamp Database::nextHlc()
{
    QMutexLocker lock(&m_mutex);
    return m_clock->now();
}

Status Database::saveClock(QSqlDatabase &db)
{
    QString last;
    {
        QMutexLocker lock(&m_mutex);
        last = m_clock->last().toString();
    }
    // Only ever move forward: another thread may have saved a later value already.
    Result<QSqlQuery> q = runQuery(db,
                                   QStringLiteral("INSERT INTO meta (key, value) VALUES ('hlc_last', ?) "
                                                  "ON CONFLICT (key) DO UPDATE SET value = max(value, excluded.value)"),
                                   {last});
    return q ? Status() : Status(q.error());
}

Result<QString> Database::metaValue(const QString &key, const QString &defaultValue)
{
    const Result<QVariant> value =
        queryValue(connection(), QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!value) {
        return value.error();
    }
    return value->isNull() ? defaultValue : value->toString();
}

Status Database::setMetaValue(const QString &key, const QString &value)
{
    Result<QSqlQuery> q = runQuery(connection(),
                                   QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                   {key, value});
    return q ? Status() : Status(q.error());
}

} // namespace SalesSync
