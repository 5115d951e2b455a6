#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

namespace SalesSync::Server {

struct DatabaseSettings {
    QString host = QStringLiteral("localhost"); // a path is a Unix socket folder
    int port = 5432;
    QString name = QStringLiteral("salessync");
    QString user = QStringLiteral("salessync");
    QString password;
    int connectTimeoutSeconds = 10;
};

// The server's PostgreSQL database: one named QPSQL connection per thread (HTTP handlers run
// on a thread pool), schema migrations applied by `salessync-server migrate` and checked at start.
class PgDatabase final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Server::PgDatabase)

public:
    explicit PgDatabase(DatabaseSettings settings);
    ~PgDatabase();
    Q_DISABLE_COPY_MOVE(PgDatabase)

    static int latestSchemaVersion();

    // This thread's connection, (re)opened when needed. Invalid with an error when the database
    // cannot be reached.
    Result<QSqlDatabase> connection();

    // The applied schema version (0 for an empty database).
    Result<int> schemaVersion();
    // Applies the missing migrations and (re)installs the triggers generated from the entity
    // declarations (ScopeSql), all in one transaction, under an advisory lock so that two
    // instances migrating at once do not collide. Returns the versions applied.
    Result<QList<int>> migrate();
    // OK when the schema is exactly the latest and its generated triggers are this build's;
    // otherwise an error telling what to do.
    Status checkSchema();

    const DatabaseSettings &settings() const { return m_settings; }

private:
    // The SQL generated from the entity declarations: change-log, version, append-only and audit
    // triggers.
    static QString generatedSql();
    static QString generatedSqlDigest();
    Result<QList<int>> applyMigrations(QSqlDatabase db);
    Status installGenerated(QSqlDatabase db);
    Status checkGenerated();

    DatabaseSettings m_settings;
    QString m_prefix;
    QMutex m_mutex;
    QSet<QString> m_names;
};

// Runs one statement with positional binds on a PostgreSQL connection. The result is forward
// only and streamed: read all the rows you need before another statement runs on the
// connection, and let the query go before the next one is made (never reassign a query whose
// rows are still to be read) - the driver discards a result another statement overtakes.
Result<QSqlQuery> pgQuery(QSqlDatabase db, const QString &sql, const QVariantList &values = {});
Result<QVariant> pgValue(QSqlDatabase db, const QString &sql, const QVariantList &values = {});

// The SQLSTATE of a failed PostgreSQL statement (errors from pgQuery carry it), or empty.
QString sqlState(const Error &error);
// Whether the failure says nothing about the data and the same work may succeed when retried:
// serialization failures and deadlocks (class 40), lock timeouts (55), shutdown (57),
// connection loss (08), insufficient resources (53).
bool isTransient(const Error &error);

// Who makes a transaction's changes, for the audit trail (sync/server/auditsql.h): the signed-in
// user and their device, or no user and the server command ("salessync-server create-user").
struct AuditActor {
    QString userId;
    QString deviceId;
};

// Names the actor of the transaction under way (the audit triggers read it).
Status setAuditActor(QSqlDatabase db, const AuditActor &actor);

// RAII transaction on a PostgreSQL connection: rolls back unless committed. Its actor is named in
// every audit entry its changes make; without one, the entries say "database".
class PgTransaction final {
public:
    explicit PgTransaction(QSqlDatabase db, const AuditActor &actor = {});
    ~PgTransaction();
    Q_DISABLE_COPY_MOVE(PgTransaction)
    Status status() const;
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    std::optional<Error> m_error;
};

} // namespace SalesSync::Server
