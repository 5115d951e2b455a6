#include "benchpostgres.h"

#include <QCoreApplication>
#include <QProcess>

namespace SalesSync::Bench {

bool runProgram(const QString &program, const QStringList &args, QString *error)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        *error = program + QStringLiteral(" failed: ") + QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    return true;
}

BenchPostgres::BenchPostgres()
    : m_dir(QStringLiteral("/tmp/salessync-bench-pg-%1").arg(QCoreApplication::applicationPid()))
{
    m_settings.host = m_dir;
    m_settings.user = QStringLiteral("postgres");
    m_settings.name = QStringLiteral("bench");
}

BenchPostgres::~BenchPostgres()
{
    if (m_started) {
        QProcess::execute(QStringLiteral(SALESSYNC_PGFIXTURE), {QStringLiteral("stop"), m_dir});
    }
}

bool BenchPostgres::start(QString *error)
{
    if (!runProgram(QStringLiteral(SALESSYNC_PGFIXTURE), {QStringLiteral("start"), m_dir}, error)) {
        return false;
    }
    m_started = true;
    if (!runProgram(QStringLiteral("psql"),
                    {QStringLiteral("-h"), m_dir, QStringLiteral("-U"), QStringLiteral("postgres"),
                     QStringLiteral("-q"), QStringLiteral("-c"), QStringLiteral("CREATE DATABASE bench")},
                    error)) {
        return false;
    }
    Server::PgDatabase database(m_settings);
    if (const Result<QList<int>> m = database.migrate(); !m) {
        *error = m.error().message();
        return false;
    }
    return true;
}

QStringList BenchPostgres::psql() const
{
    return {QStringLiteral("-h"),   m_dir,
            QStringLiteral("-U"),   QStringLiteral("postgres"),
            QStringLiteral("-q"),   QStringLiteral("-d"),
            QStringLiteral("bench")};
}

} // namespace SalesSync::Bench
