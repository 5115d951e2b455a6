// salessync-bench: benchmarks that print one JSON line per measurement, each next to a
// baseline measured in the same run. See docs/benchmarks.md.

#include "seedbenchmark.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

using namespace SalesSync;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("salessync-bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SALESSYNC_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("SalesSync benchmarks.\n\n"
                       "  seed   generate a demo workspace (default 100,000 customers and 1,000,000 order lines)\n"
                       "         and insert the same rows with raw SQLite as the baseline"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("benchmark"), QStringLiteral("seed"));
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Customers to generate."), QStringLiteral("n"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("order-lines"), QStringLiteral("Order lines to generate."), QStringLiteral("n"),
                      QStringLiteral("1000000")});
    parser.addOption(
        {QStringLiteral("keep"), QStringLiteral("Keep the generated data file at <path>."), QStringLiteral("path")});
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || args.first() != u"seed") {
        std::fprintf(stderr, "salessync-bench: name one benchmark: seed (see --help)\n");
        return 2;
    }
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
