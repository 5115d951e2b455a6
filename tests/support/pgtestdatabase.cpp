#include "pgtestdatabase.h"

#include "core/uuidv7.h"
#include "sync/server/passwordhasher.h"
#include "sync/server/pgdemosink.h"

#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace SalesSync::Test {

namespace {

// Runs one statement as the superuser in the maintenance database.
QString adminExec(const Server::DatabaseSettings &settings, const QString &sql)
{
    const QString name = QStringLiteral("pg-test-admin-") + UuidV7::generateString();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(settings.host);
        db.setPort(settings.port);
        db.setUserName(settings.user);
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                error = q.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

PgTestDatabase::PgTestDatabase(bool migrate)
{
    const QString host = QProcessEnvironment::systemEnvironment().value(QStringLiteral("SALESSYNC_TEST_PG_HOST"));
    if (host.isEmpty()) {
        m_error = QStringLiteral("SALESSYNC_TEST_PG_HOST is not set: run the tests through CTest, which starts "
                                 "PostgreSQL for them");
        return;
    }
    m_settings.host = host;
    m_settings.user = QStringLiteral("postgres");
    m_settings.name = QStringLiteral("t_") + UuidV7::generateString().remove(u'-');
    if (const QString error = adminExec(m_settings, QStringLiteral("CREATE DATABASE ") + m_settings.name);
        !error.isEmpty()) {
        m_error = error;
        return;
    }
    auto db = std::make_unique<Server::PgDatabase>(m_settings);
    if (migrate) {
        const Result<QList<int>> applied = db->migrate();
        if (!applied) {
            m_error = applied.error().message();
            return;
        }
    }
    m_db = std::move(db);
}

PgTestDatabase::~PgTestDatabase()
{
    m_db.reset();
    if (!m_settings.name.isEmpty() && m_error.isEmpty()) {
        adminExec(m_settings, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_settings.name));
    }
}

qint64 PgTestDatabase::count(const QString &table)
{
    Result<QSqlDatabase> db = m_db->connection();
    if (!db) {
        return -1;
    }
    const Result<QVariant> n = Server::pgValue(*db, QStringLiteral("SELECT count(*) FROM ") + table);
    return n ? n->toLongLong() : -1;
}

bool PgTestDatabase::exec(const QString &sql)
{
    Result<QSqlDatabase> db = m_db->connection();
    return db && Server::pgQuery(*db, sql).ok();
}

User PgTestDatabase::userWhere(const QString &condition)
{
    User u;
    Result<QSqlDatabase> db = m_db->connection();
    if (!db) {
        return u;
    }
    Result<QSqlQuery> q = Server::pgQuery(*db, QStringLiteral("SELECT id::text, username, role FROM users WHERE ") +
                                                   condition + QStringLiteral(" ORDER BY username LIMIT 1"));
    if (q && q.value().next()) {
        u.id = q.value().value(0).toString();
        u.username = q.value().value(1).toString();
        u.role = roleFromText(q.value().value(2).toString()).value_or(Role::Agent);
    }
    return u;
}

Result<DemoDataCounts> PgTestDatabase::seedDemo(const DemoDataSpec &spec, const QString &password)
{
    Server::PgDemoSink sink(*m_db, Server::PasswordHasher::hash(password));
    return DemoDataGenerator(spec).generate(sink);
}

} // namespace SalesSync::Test
