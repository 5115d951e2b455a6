// salessync-bench: benchmarks that print one JSON line per measurement, each next to a
// baseline measured in the same run. See docs/benchmarks.md.

#include "dashboardbenchmark.h"
#include "listbenchmark.h"
#include "seedbenchmark.h"
#ifdef SALESSYNC_HAVE_SERVER
#include "serverbenchmark.h"
#include "syncbenchmark.h"
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

using namespace SalesSync;

namespace {

// salessync-bench customer-list: the list pages, then the administration's reads.
int runCustomerList(const QCommandLineParser &parser)
{
    Bench::ListOptions list;
    bool ok[2] = {true, true};
    if (parser.isSet(QStringLiteral("customers"))) {
        list.customers = parser.value(QStringLiteral("customers")).toInt(&ok[0]);
    }
    if (parser.isSet(QStringLiteral("order-lines"))) {
        list.orderLines = parser.value(QStringLiteral("order-lines")).toLongLong(&ok[1]);
    }
    list.reuseFile = parser.value(QStringLiteral("reuse"));
    if (!ok[0] || !ok[1] || list.customers < 1000 || list.orderLines < 0) {
        std::fprintf(stderr, "salessync-bench customer-list: --customers (at least 1000) and --order-lines take "
                             "whole numbers\n");
        return 2;
    }
    QString error;
    const QList<QJsonObject> results = Bench::runListBenchmark(list, &error);
    if (results.isEmpty()) {
        std::fprintf(stderr, "salessync-bench customer-list: %s\n", qPrintable(error));
        return 1;
    }
    for (const QJsonObject &r : results) {
        std::printf("%s\n", QJsonDocument(r).toJson(QJsonDocument::Compact).constData());
    }
    return 0;
}

// salessync-bench dashboard: the manager's dashboard from the aggregates against the base tables.
int runDashboard(const QCommandLineParser &parser)
{
    Bench::DashboardOptions options;
    if (parser.isSet(QStringLiteral("order-lines"))) {
        options.orderLines.clear();
        for (const QString &size : parser.value(QStringLiteral("order-lines")).split(u',')) {
            bool ok = false;
            options.orderLines << size.toLongLong(&ok);
            if (!ok || options.orderLines.constLast() < 1000) {
                std::fprintf(stderr, "salessync-bench dashboard: --order-lines takes sizes of at least 1000, "
                                     "separated by commas\n");
                return 2;
            }
        }
    }
    options.workspaces = parser.value(QStringLiteral("workspaces"));
    QString error;
    const QList<QJsonObject> results = Bench::runDashboardBenchmark(options, &error);
    if (results.isEmpty()) {
        std::fprintf(stderr, "salessync-bench dashboard: %s\n", qPrintable(error));
        return 1;
    }
    for (const QJsonObject &r : results) {
        std::printf("%s\n", QJsonDocument(r).toJson(QJsonDocument::Compact).constData());
    }
    return 0;
}

// salessync-bench seed: generating a demo workspace against raw SQLite inserts.
int runSeed(const QCommandLineParser &parser)
{
    Bench::SeedOptions options;
    bool customersOk = false;
    bool linesOk = false;
    options.customers = parser.value(QStringLiteral("customers")).toInt(&customersOk);
    options.orderLines = parser.value(QStringLiteral("order-lines")).toLongLong(&linesOk);
    options.keepFile = parser.value(QStringLiteral("keep"));
    if (!customersOk || options.customers <= 0 || !linesOk || options.orderLines < 0) {
        std::fprintf(stderr, "salessync-bench: --customers and --order-lines take whole numbers (customers > 0)\n");
        return 2;
    }
    QString error;
    const QJsonObject result = Bench::runSeedBenchmark(options, &error);
    if (result.isEmpty()) {
        std::fprintf(stderr, "salessync-bench seed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("salessync-bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SALESSYNC_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "SalesSync benchmarks.\n\n"
        "  seed   generate a demo workspace (default 100,000 customers and 1,000,000 order lines)\n"
        "         and insert the same rows with raw SQLite as the baseline\n"
        "  server         pull and push throughput of salessync-server against PostgreSQL COPY\n"
        "  first-sync     a client's first sync end to end (PostgreSQL -> HTTP -> SQLite) against a raw\n"
        "                 SQLite insert of the same rows\n"
        "  delta-latency  a change on one laptop until visible on another, default engine settings\n"
        "  customer-list  pages of the customer list (first, middle, searched), then the territory\n"
        "                 tree, the audit log and a bulk move's customer selections (admin-lists),\n"
        "                 against a raw read of 200 rows by rowid\n"
        "  dashboard      the manager's dashboard refreshed and drilled into from the maintained\n"
        "                 aggregates, against the same KPIs from the base tables, per workspace size\n"
        "                 (--order-lines 10000,100000,1000000 by default; customers = lines / 20)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("benchmark"),
                                 QStringLiteral("seed, server, first-sync, delta-latency, customer-list or dashboard"));
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Customers to generate."), QStringLiteral("n"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("order-lines"), QStringLiteral("Order lines to generate."), QStringLiteral("n"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("clients"), QStringLiteral("server: concurrent pushing clients."),
                      QStringLiteral("n"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("ops-per-client"), QStringLiteral("server: ops each client pushes."),
                      QStringLiteral("n"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("samples"), QStringLiteral("delta-latency: changes timed."), QStringLiteral("n"),
                      QStringLiteral("12")});
    parser.addOption({QStringLiteral("reuse"),
                      QStringLiteral("customer-list: read the workspace at <path> instead of generating one."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("workspaces"),
                      QStringLiteral("dashboard: keep the generated workspaces in <dir>, and reuse those found there."),
                      QStringLiteral("dir")});
    parser.addOption(
        {QStringLiteral("keep"), QStringLiteral("Keep the generated data file at <path>."), QStringLiteral("path")});
    parser.process(app);

    const QStringList args = parser.positionalArguments();
#ifdef SALESSYNC_HAVE_SERVER
    if (args.size() == 1 && (args.first() == u"first-sync" || args.first() == u"delta-latency")) {
        Bench::SyncBenchOptions sync;
        bool ok[2] = {true, false};
        if (args.first() == u"delta-latency") {
            sync.orderLines = 10000; // the size of the data does not matter here, only the path
        }
        if (parser.isSet(QStringLiteral("order-lines"))) {
            sync.orderLines = parser.value(QStringLiteral("order-lines")).toLongLong(&ok[0]);
        }
        sync.samples = parser.value(QStringLiteral("samples")).toInt(&ok[1]);
        if (!ok[0] || !ok[1] || sync.orderLines < 10 || sync.samples < 1) {
            std::fprintf(stderr,
                         "salessync-bench %s: --order-lines (at least 10) and --samples take positive whole "
                         "numbers\n",
                         qPrintable(args.first()));
            return 2;
        }
        QString error;
        const QJsonObject result = args.first() == u"first-sync" ? Bench::runFirstSyncBenchmark(sync, &error)
                                                                 : Bench::runDeltaLatencyBenchmark(sync, &error);
        if (result.isEmpty()) {
            std::fprintf(stderr, "salessync-bench %s: %s\n", qPrintable(args.first()), qPrintable(error));
            return 1;
        }
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    if (args.size() == 1 && args.first() == u"server") {
        Bench::ServerOptions server;
        bool ok[3] = {true, false, false};
        if (parser.isSet(QStringLiteral("order-lines"))) {
            server.orderLines = parser.value(QStringLiteral("order-lines")).toLongLong(&ok[0]);
        }
        server.clients = parser.value(QStringLiteral("clients")).toInt(&ok[1]);
        server.opsPerClient = parser.value(QStringLiteral("ops-per-client")).toInt(&ok[2]);
        if (!ok[0] || !ok[1] || !ok[2] || server.orderLines < 10 || server.clients < 1 || server.opsPerClient < 1) {
            std::fprintf(stderr, "salessync-bench server: --order-lines, --clients and --ops-per-client take positive "
                                 "whole numbers\n");
            return 2;
        }
        QString error;
        const QList<QJsonObject> results = Bench::runServerBenchmark(server, &error);
        if (results.isEmpty()) {
            std::fprintf(stderr, "salessync-bench server: %s\n", qPrintable(error));
            return 1;
        }
        for (const QJsonObject &r : results) {
            std::printf("%s\n", QJsonDocument(r).toJson(QJsonDocument::Compact).constData());
        }
        return 0;
    }
#endif
    if (args.size() == 1 && args.first() == u"customer-list") {
        return runCustomerList(parser);
    }
    if (args.size() == 1 && args.first() == u"dashboard") {
        return runDashboard(parser);
    }
    if (args.size() != 1 || args.first() != u"seed") {
        std::fprintf(stderr,
                     "salessync-bench: name one benchmark: seed, server, first-sync, delta-latency, customer-list or "
                     "dashboard (see --help)\n");
        return 2;
    }
    return runSeed(parser);
}
