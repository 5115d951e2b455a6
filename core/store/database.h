#pragma once

#include "core/hybridlogicalclock.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace SalesSync {

// One SalesSync data file: a SQLite database in WAL mode with foreign keys on, at the latest
// schema version. Opening checks the file first and refuses, with a message a person can act on,
// a file that is damaged, is not a SalesSync file, or was written by a newer SalesSync; an older
// file is backed up and upgraded in place, one migration per transaction.
//
// Each thread gets its own named QSqlDatabase connection to the file (connection()). SQLite in
// WAL mode lets those readers run while one writer writes; writers wait up to busyTimeoutMs.
class Database final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Database)

public:
    struct OpenOptions {
        bool create = true;              // create the file if it does not exist
        bool backupBeforeUpgrade = true; // copy an older file aside before migrating it
        int targetVersion = -1;          // migrate only this far (tests); -1 = latest
        bool integrityCheck = true;      // PRAGMA quick_check before use
        int busyTimeoutMs = 10000;
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, const OpenOptions &options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, OpenOptions{}); }
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    static int latestSchemaVersion();
    static constexpr qint32 kApplicationId = 1397969475; // 'SSYC'

    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    // Where the pre-upgrade copy went, when open() upgraded the file; empty otherwise.
    const QString &upgradeBackupPath() const { return m_backupPath; }

    // This thread's connection, opened on first use with the same pragmas as every other.
    QSqlDatabase connection();

    // This installation's id (UUIDv7), made when the file was created; sent with every op.
    const QString &deviceId() const { return m_deviceId; }

    // The user whose actions are recorded (outbox user_id, audit entries, recorded_by).
    QString actorUserId() const;
    Status setActorUserId(const QString &userId);

    // A new hybrid logical clock timestamp; persisted by the caller's transaction via
    // saveClock(). Thread-safe.
    HlcTimestamp nextHlc();
    Status saveClock(QSqlDatabase &db);

    // Local, unsynced settings and facts about this file (key/value).
    // A value, or defaultValue when none is stored.
    Result<QString> metaValue(const QString &key, const QString &defaultValue = {});
    Status setMetaValue(const QString &key, const QString &value);

private:
    explicit Database(QString path, OpenOptions options);
    Status initialise();
    Status checkFile(QSqlDatabase &db, int &userVersion);
    Status migrate(QSqlDatabase &db, int fromVersion, int toVersion);
    Status configureConnection(QSqlDatabase &db) const;

    QString m_path;
    OpenOptions m_options;
    QString m_connectionPrefix;
    int m_schemaVersion = 0;
    QString m_backupPath;
    QString m_deviceId;

    mutable QMutex m_mutex; // guards the members below
    QSet<QString> m_connectionNames;
    QString m_actorUserId;
    std::unique_ptr<HybridLogicalClock> m_clock;
};

} // namespace SalesSync
