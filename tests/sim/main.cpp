// salessync-sim: the convergence simulation. See docs/testing.md ("The convergence simulation").
//   salessync-sim [--seeds A..B] [--clients K] [--ops N] [--pg-host DIR] [--verbose]
// Runs one simulation per seed and exits non-zero when any seed fails, printing the seed, what
// failed and the trace of the steps that touched it.

#include "simulation.h"
#include "sync/server/passwordhasher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace SalesSync;

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// A throwaway PostgreSQL for a run from the command line without one (the CTest fixture's
// script), stopped and removed at the end.
class OwnPostgres {
public:
    bool start()
    {
        m_dir = QStringLiteral("/tmp/salessync-sim-pg-%1").arg(QCoreApplication::applicationPid());
        return QProcess::execute(QStringLiteral(SALESSYNC_PGFIXTURE), {QStringLiteral("start"), m_dir}) == 0;
    }
    ~OwnPostgres()
    {
        if (!m_dir.isEmpty()) {
            QProcess::execute(QStringLiteral(SALESSYNC_PGFIXTURE), {QStringLiteral("stop"), m_dir});
        }
    }
    const QString &dir() const { return m_dir; }

private:
    QString m_dir;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == u"--child-round") {
        return Sim::runChildRound(args.at(2), args.at(3), args.at(4).toInt());
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Convergence simulation: K clients and two sync servers on a real PostgreSQL, random changes, network "
        "faults, kills and server restarts; then checks that every replica equals the server."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("seeds"), QStringLiteral("Seeds to run, A..B or one number (default 1..3)."),
                      QStringLiteral("A..B"), QStringLiteral("1..3")});
    parser.addOption({QStringLiteral("clients"), QStringLiteral("Clients per run (default 4)."), QStringLiteral("K"),
                      QStringLiteral("4")});
    parser.addOption({QStringLiteral("ops"), QStringLiteral("Steps per run (default 200)."), QStringLiteral("N"),
                      QStringLiteral("200")});
    parser.addOption({QStringLiteral("pg-host"),
                      QStringLiteral("Socket folder of a PostgreSQL server to create databases on (default: "
                                     "$SALESSYNC_TEST_PG_HOST, else a throwaway server of its own)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("verbose"), QStringLiteral("Print the whole trace of every run.")});
    parser.process(app);

    const QStringList range = parser.value(QStringLiteral("seeds")).split(QStringLiteral(".."));
    bool okA = false, okB = true;
    const quint64 first = range.at(0).toULongLong(&okA);
    const quint64 last = range.size() > 1 ? range.at(1).toULongLong(&okB) : first;
    const int clients = parser.value(QStringLiteral("clients")).toInt();
    const int ops = parser.value(QStringLiteral("ops")).toInt();
    if (!okA || !okB || last < first || clients < 2 || ops < 1) {
        print(
            QStringLiteral("salessync-sim: --seeds must be A..B with A <= B, --clients at least 2, --ops at least 1"));
        return 2;
    }
    OwnPostgres own;
    if (parser.isSet(QStringLiteral("pg-host"))) {
        qputenv("SALESSYNC_TEST_PG_HOST", parser.value(QStringLiteral("pg-host")).toLocal8Bit());
    } else if (qEnvironmentVariableIsEmpty("SALESSYNC_TEST_PG_HOST")) {
        if (!own.start()) {
            print(QStringLiteral("salessync-sim: could not start a PostgreSQL server of its own"));
            return 2;
        }
        qputenv("SALESSYNC_TEST_PG_HOST", own.dir().toLocal8Bit());
    }
    if (!Server::PasswordHasher::initialise()) {
        print(QStringLiteral("salessync-sim: libsodium did not initialise"));
        return 2;
    }

    int failed = 0;
    for (quint64 seed = first; seed <= last; ++seed) {
        QElapsedTimer clock;
        clock.start();
        Sim::SimOptions options;
        options.seed = seed;
        options.clients = clients;
        options.ops = ops;
        options.verbose = parser.isSet(QStringLiteral("verbose"));
        const Sim::SimReport report = Sim::runSimulation(options);
        print(QStringLiteral("%1 %2 (%3 s)")
                  .arg(report.ok ? QStringLiteral("PASS") : QStringLiteral("FAIL"), report.summary)
                  .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1));
        if (!report.ok) {
            ++failed;
            print(QStringLiteral("  seed %1 failed; rerun with: salessync-sim --seeds %1..%1 --clients %2 --ops %3 "
                                 "--verbose")
                      .arg(seed)
                      .arg(clients)
                      .arg(ops));
            for (const QString &f : report.failures) {
                print(QStringLiteral("  - ") + f);
            }
        }
        if (!report.ok || options.verbose) {
            print(QStringLiteral("  trace:"));
            for (const QString &line : report.trace) {
                print(QStringLiteral("    ") + line);
            }
        }
    }
    print(QStringLiteral("%1 of %2 seeds passed").arg(last - first + 1 - quint64(failed)).arg(last - first + 1));
    return failed == 0 ? 0 : 1;
}
