#pragma once

#include "sync/server/pgdatabase.h"

#include <QString>
#include <QStringList>

namespace SalesSync::Bench {

// Runs a program to its end (up to ten minutes); false with its standard error otherwise.
bool runProgram(const QString &program, const QStringList &args, QString *error);

// A throwaway PostgreSQL server for one benchmark run (tests/support/pgfixture.sh: its own
// folder under /tmp, socket only, fsync off) with one empty, migrated database "bench". Stopped
// and removed when destroyed.
class BenchPostgres final {
public:
    BenchPostgres();
    ~BenchPostgres();
    Q_DISABLE_COPY_MOVE(BenchPostgres)

    bool start(QString *error);
    const Server::DatabaseSettings &settings() const { return m_settings; }
    // psql's connection arguments for the bench database.
    QStringList psql() const;

private:
    QString m_dir;
    bool m_started = false;
    Server::DatabaseSettings m_settings;
};

} // namespace SalesSync::Bench
