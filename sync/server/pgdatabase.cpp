#include "sync/server/pgdatabase.h"

#include "core/store/connectionname.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

Q_LOGGING_CATEGORY(lcServerDb, "salessync.server.db", QtInfoMsg)

namespace SalesSync::Server {

namespace {

const QStringList &migrationFiles()
{
    static const QStringList files = {QStringLiteral(":/salessync/server/migrations/0001_accounts.sql"),
                                      QStringLiteral(":/salessync/server/migrations/0002_domain.sql"),
                                      QStringLiteral(":/salessync/server/migrations/0003_snapshot_index.sql")};
    return files;
}

// An arbitrary constant: the advisory lock migrations hold.
constexpr qint64 kMigrationLock = 0x53534D4947; // "SSMIG"

Error databaseError(QSqlDatabase db, const QSqlError &error)
{
    // No SQLSTATE (no answer at all) or class 08: the connection is gone. Close it, so that the
    // next PgDatabase::connection() on this thread opens a new one.
    const QString state = error.nativeErrorCode();
    if (state.isEmpty() || state.startsWith(QStringLiteral("08"))) {
        db.close();
    }
    // The SQLSTATE travels as a pseudo-field, so callers can tell a deadlock from bad data.
    return Error(ErrorCode::Storage, error.databaseText().isEmpty() ? error.text() : error.databaseText(),
                 {FieldError{QStringLiteral("sqlstate"), error.nativeErrorCode()}});
}

} // namespace

Result<QSqlQuery> pgQuery(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (values.isEmpty()) {
        if (!query.exec(sql)) {
            return databaseError(db, query.lastError());
        }
        return query;
    }
    if (!query.prepare(sql)) {
        return databaseError(db, query.lastError());
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return databaseError(db, query.lastError());
    }
    return query;
}

Result<QVariant> pgValue(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> q = pgQuery(db, sql, values);
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return QVariant();
    }
    return q.value().value(0);
}

QString sqlState(const Error &error)
{
    return error.messageFor(QStringLiteral("sqlstate"));
}

bool isTransient(const Error &error)
{
    const QString state = sqlState(error);
    if (error.code() == ErrorCode::Storage && state.isEmpty()) {
        return true; // no answer from the server at all (connection refused or lost)
    }
    static const QStringList classes = {QStringLiteral("40"), QStringLiteral("55"), QStringLiteral("57"),
                                        QStringLiteral("08"), QStringLiteral("53")};
    return classes.contains(state.left(2));
}

PgTransaction::PgTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active) {
        m_error = databaseError(m_db, m_db.lastError());
    }
}

PgTransaction::~PgTransaction()
{
    if (m_active) {
        m_db.rollback();
    }
}

Status PgTransaction::status() const
{
    return m_active ? Status() : Status(*m_error);
}

Status PgTransaction::commit()
{
    if (!m_active) {
        return *m_error;
    }
    m_active = false;
    if (!m_db.commit()) {
        const Error error = databaseError(m_db, m_db.lastError());
        m_db.rollback();
        return error;
    }
    return {};
}

PgDatabase::PgDatabase(DatabaseSettings settings)
    : m_settings(std::move(settings))
    , m_prefix(newConnectionPrefix(QStringLiteral("pg")))
{}

PgDatabase::~PgDatabase()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_names)) {
        QSqlDatabase::removeDatabase(name);
    }
}

int PgDatabase::latestSchemaVersion()
{
    return int(migrationFiles().size());
}

Result<QSqlDatabase> PgDatabase::connection()
{
    const QString name = threadConnectionName(m_prefix);
    QSqlDatabase db;
    if (QSqlDatabase::contains(name)) {
        db = QSqlDatabase::database(name, false);
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!db.isValid()) {
            return Error(ErrorCode::Storage, tr("The PostgreSQL driver (QPSQL) is not installed."));
        }
        db.setHostName(m_settings.host);
        db.setPort(m_settings.port);
        db.setDatabaseName(m_settings.name);
        db.setUserName(m_settings.user);
        db.setPassword(m_settings.password);
        db.setConnectOptions(QStringLiteral("connect_timeout=%1;application_name=salessync-server")
                                 .arg(m_settings.connectTimeoutSeconds));
        QMutexLocker lock(&m_mutex);
        m_names.insert(name);
    }
    // A connection the server dropped (restart, failover) was closed by pgQuery when a statement
    // failed for it; it is reopened here, on next use.
    if (!db.isOpen()) {
        if (!db.open()) {
            return Error(ErrorCode::Storage, tr("Cannot connect to PostgreSQL database %1 on %2: %3")
                                                 .arg(m_settings.name, m_settings.host, db.lastError().text()));
        }
        // Server notices ("relation already exists, skipping") are not for our logs; UTC always.
        QSqlQuery setup(db);
        setup.exec(QStringLiteral("SET client_min_messages TO warning"));
        setup.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    }
    return db;
}

Result<int> PgDatabase::schemaVersion()
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    const Result<QVariant> exists = pgValue(*db, QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL"));
    if (!exists) {
        return exists.error();
    }
    if (!exists->toBool()) {
        return 0;
    }
    const Result<QVariant> version =
        pgValue(*db, QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
    if (!version) {
        return version.error();
    }
    return version->toInt();
}

Result<QList<int>> PgDatabase::migrate()
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    QList<int> applied;
    for (int version = 1; version <= latestSchemaVersion(); ++version) {
        PgTransaction tx(*db);
        if (const Status s = tx.status(); !s) {
            return s.error();
        }
        // Serialise concurrent migrators; the lock ends with the transaction.
        if (Result<QSqlQuery> q = pgQuery(*db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock));
            !q) {
            return q.error();
        }
        if (Result<QSqlQuery> q = pgQuery(*db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                                              "version integer PRIMARY KEY, name text NOT NULL, "
                                                              "applied_at timestamptz NOT NULL DEFAULT now())"));
            !q) {
            return q.error();
        }
        const Result<QVariant> done =
            pgValue(*db, QStringLiteral("SELECT count(*) FROM schema_migrations WHERE version = ?"), {version});
        if (!done) {
            return done.error();
        }
        if (done->toInt() > 0) {
            continue;
        }
        QFile file(migrationFiles().at(version - 1));
        if (!file.open(QIODevice::ReadOnly)) {
            return Error(ErrorCode::Storage, tr("Migration %1 is missing from this build.").arg(version));
        }
        // The simple query protocol runs a whole script in one call.
        if (Result<QSqlQuery> q = pgQuery(*db, QString::fromUtf8(file.readAll())); !q) {
            return Error(ErrorCode::Storage,
                         tr("Migration %1 failed and was rolled back: %2").arg(version).arg(q.error().message()));
        }
        if (Result<QSqlQuery> q =
                pgQuery(*db, QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (?, ?)"),
                        {version, QFileInfo(file).fileName()});
            !q) {
            return q.error();
        }
        if (const Status s = tx.commit(); !s) {
            return s.error();
        }
        qCInfo(lcServerDb) << "applied migration" << version;
        applied << version;
    }
    return applied;
}

Status PgDatabase::checkSchema()
{
    const Result<int> version = schemaVersion();
    if (!version) {
        return version.error();
    }
    if (*version < latestSchemaVersion()) {
        return Error(ErrorCode::SchemaTooNew,
                     tr("The database schema is at version %1 but this salessync-server needs %2. Run "
                        "\"salessync-server migrate\" first.")
                         .arg(*version)
                         .arg(latestSchemaVersion()));
    }
    if (*version > latestSchemaVersion()) {
        return Error(ErrorCode::SchemaTooNew,
                     tr("The database schema is at version %1, newer than this salessync-server knows (%2). "
                        "Run the newer server.")
                         .arg(*version)
                         .arg(latestSchemaVersion()));
    }
    return {};
}

} // namespace SalesSync::Server
