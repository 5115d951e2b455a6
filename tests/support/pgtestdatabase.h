#pragma once

#include "core/demo/demodatagenerator.h"
#include "core/domain/user.h"
#include "sync/server/pgdatabase.h"

#include <memory>

namespace SalesSync::Test {

// A fresh PostgreSQL database on the test server that the CTest fixture started (its socket
// folder is in SALESSYNC_TEST_PG_HOST), migrated unless told otherwise, dropped afterwards.
class PgTestDatabase final {
public:
    explicit PgTestDatabase(bool migrate = true);
    ~PgTestDatabase();

    bool isValid() const { return m_db != nullptr; }
    QString errorString() const { return m_error; }
    Server::PgDatabase &db() { return *m_db; }
    const Server::DatabaseSettings &settings() const { return m_settings; }
    // A whole-table count, for asserting that a request changed nothing.
    qint64 count(const QString &table);
    // Runs SQL directly (test setup: expire a session, age the failures).
    bool exec(const QString &sql);
    // The first user (by username) matching an SQL condition on users; an empty User if none.
    User userWhere(const QString &condition);
    // Fills the database with a demo organisation; every user's password is the one given.
    Result<DemoDataCounts> seedDemo(const DemoDataSpec &spec, const QString &password);

private:
    Server::DatabaseSettings m_settings;
    std::unique_ptr<Server::PgDatabase> m_db;
    QString m_error;
};

} // namespace SalesSync::Test
