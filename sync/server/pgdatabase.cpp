#include "sync/server/pgdatabase.h"

#include "core/logging.h"
#include "core/store/connectionname.h"
#include "sync/server/auditsql.h"
#include "sync/server/scopesql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

Q_LOGGING_CATEGORY(lcServerDb, "salessync.server.db", QtInfoMsg)

namespace SalesSync::Server {

namespace {

// The migration scripts compiled into this build, in order (0001_..., 0002_...).
const QStringList &migrationFiles()
{
    static const QStringList files = [] {
        QStringList names;
        const QDir dir(QStringLiteral(":/salessync/server/migrations"));
        for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            names << dir.filePath(name);
        }
        return names;
    }();
    return files;
}

// An arbitrary constant: the advisory lock migrations hold.
constexpr qint64 kMigrationLock = 0x53534D4947; // "SSMIG"

Error databaseError(QSqlDatabase db, const QSqlError &error, const QString &sql)
{
    qCWarning(lcDatabase).noquote() << "PostgreSQL:" << error.nativeErrorCode() << error.databaseText().trimmed()
                                    << "in" << sql.left(200);
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
            return databaseError(db, query.lastError(), sql);
        }
        return query;
    }
    if (!query.prepare(sql)) {
        return databaseError(db, query.lastError(), sql);
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return databaseError(db, query.lastError(), sql);
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

PgTransaction::PgTransaction(QSqlDatabase db, const AuditActor &actor)
    : m_db(db)
{
    m_active = m_db.transaction();
    if (!m_active) {
        m_error = databaseError(m_db, m_db.lastError(), QStringLiteral("BEGIN"));
        return;
    }
    if (actor.userId.isEmpty() && actor.deviceId.isEmpty()) {
        return;
    }
    if (const Status s = setAuditActor(m_db, actor); !s) {
        m_error = s.error();
        m_active = !m_db.rollback();
    }
}

Status setAuditActor(QSqlDatabase db, const AuditActor &actor)
{
    // Local to the transaction: the audit triggers name whoever made its changes.
    const Result<QSqlQuery> q = pgQuery(db,
                                        QStringLiteral("SELECT set_config('salessync.user_id', ?, true), "
                                                       "set_config('salessync.device_id', ?, true)"),
                                        {QString(actor.userId + QStringLiteral("")), actor.deviceId});
    return q ? Status() : Status(q.error());
}

PgTransaction::~PgTransaction()
{
    if (m_active && !m_db.rollback()) {
        // Nothing to return from a destructor; a connection that is gone rolls back by itself.
        qCWarning(lcDatabase).noquote() << "PostgreSQL: rollback failed:" << m_db.lastError().text();
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
        const Error error = databaseError(m_db, m_db.lastError(), QStringLiteral("COMMIT"));
        if (!m_db.rollback()) {
            qCWarning(lcDatabase).noquote()
                << "PostgreSQL: rollback after a failed commit failed:" << m_db.lastError().text();
        }
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
        for (const QString &setting :
             {QStringLiteral("SET client_min_messages TO warning"), QStringLiteral("SET TIME ZONE 'UTC'")}) {
            if (const Result<QSqlQuery> q = pgQuery(db, setting); !q) {
                db.close();
                return Error(ErrorCode::Storage,
                             tr("Cannot set up the PostgreSQL session (%1): %2").arg(setting, q.error().message()));
            }
        }
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
    // One transaction for all of it (PostgreSQL's DDL is transactional): the migrations and the
    // triggers generated from the entity declarations land together or not at all, and no write
    // can slip in between them unlogged.
    PgTransaction tx(*db);
    if (const Status s = tx.status(); !s) {
        return s.error();
    }
    // Serialise concurrent migrators; the lock ends with the transaction.
    if (Result<QSqlQuery> q = pgQuery(*db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock));
        !q) {
        return q.error();
    }
    const Result<QList<int>> applied = applyMigrations(*db);
    if (!applied) {
        return applied.error();
    }
    if (const Status s = installGenerated(*db); !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    for (const int version : *applied) {
        qCInfo(lcServerDb) << "applied migration" << version;
    }
    return applied;
}

Result<QList<int>> PgDatabase::applyMigrations(QSqlDatabase db)
{
    if (Result<QSqlQuery> q = pgQuery(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                                         "version integer PRIMARY KEY, name text NOT NULL, "
                                                         "applied_at timestamptz NOT NULL DEFAULT now())"));
        !q) {
        return q.error();
    }
    QList<int> applied;
    for (int version = 1; version <= latestSchemaVersion(); ++version) {
        const Result<QVariant> done =
            pgValue(db, QStringLiteral("SELECT count(*) FROM schema_migrations WHERE version = ?"), {version});
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
        if (Result<QSqlQuery> q = pgQuery(db, QString::fromUtf8(file.readAll())); !q) {
            return Error(ErrorCode::Storage,
                         tr("Migration %1 failed and nothing was changed: %2").arg(version).arg(q.error().message()));
        }
        if (Result<QSqlQuery> q =
                pgQuery(db, QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (?, ?)"),
                        {version, QFileInfo(file).fileName()});
            !q) {
            return q.error();
        }
        applied << version;
    }
    return applied;
}

QString PgDatabase::generatedSql()
{
    return ScopeSql::triggerScript() + AuditSql::triggerScript();
}

QString PgDatabase::generatedSqlDigest()
{
    return QString::fromLatin1(QCryptographicHash::hash(generatedSql().toUtf8(), QCryptographicHash::Sha256).toHex());
}

Status PgDatabase::installGenerated(QSqlDatabase db)
{
    if (Result<QSqlQuery> q = pgQuery(db, generatedSql()); !q) {
        return Error(ErrorCode::Storage,
                     tr("Installing the change-log and audit triggers failed and nothing was changed: %1")
                         .arg(q.error().message()));
    }
    const Result<QSqlQuery> q =
        pgQuery(db,
                QStringLiteral("INSERT INTO server_meta (key, value) VALUES ('generated_sql', ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                {generatedSqlDigest()});
    return q ? Status() : Status(q.error());
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
    if (*version == latestSchemaVersion()) {
        return checkGenerated();
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

Status PgDatabase::checkGenerated()
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    const Result<QVariant> digest =
        pgValue(*db, QStringLiteral("SELECT value FROM server_meta WHERE key = 'generated_sql'"));
    if (!digest) {
        return digest.error();
    }
    if (digest->toString() != generatedSqlDigest()) {
        return Error(ErrorCode::SchemaTooNew,
                     tr("The database's change-log triggers were made for another version of salessync-server. "
                        "Run \"salessync-server migrate\" first."));
    }
    return {};
}

} // namespace SalesSync::Server
