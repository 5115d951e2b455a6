// salessync: the desktop client. Parses the command line, opens the profile's data file off the
// UI thread (creating and filling the demo workspace on first use), then shows the main window.

#include "core/demo/demodatagenerator.h"
#include "core/reports/workspacesummary.h"
#include "core/store/database.h"
#include "ui/mainwindow.h"
#include "ui/overviewpage.h"
#include "ui/profileloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace SalesSync;

namespace {

struct Options {
    QString profile;
    QString dataDir;
    bool demo = false;
    bool exitWhenLoaded = false;
    DemoDataSpec demoSpec = DemoDataSpec::demo();
};

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "SalesSync: offline-first field sales for agents, managers and admins."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("demo"),
                      QCoreApplication::translate("main", "Open the demo workspace, creating it on first use.")});
    parser.addOption({QStringLiteral("profile"),
                      QCoreApplication::translate("main", "Open the profile <name> (default: \"default\")."),
                      QCoreApplication::translate("main", "name"), QStringLiteral("default")});
    parser.addOption({QStringLiteral("data-dir"),
                      QCoreApplication::translate("main", "Keep profiles in <dir> instead of the user's application "
                                                          "data folder."),
                      QCoreApplication::translate("main", "dir")});
    parser.addOption({QStringLiteral("demo-customers"),
                      QCoreApplication::translate("main", "Size of a new demo workspace: <n> customers (default 600)."),
                      QCoreApplication::translate("main", "n")});
    parser.addOption(
        {QStringLiteral("demo-order-lines"),
         QCoreApplication::translate("main", "Size of a new demo workspace: <n> order lines (default 12000)."),
         QCoreApplication::translate("main", "n")});
    parser.addOption({QStringLiteral("exit-when-loaded"),
                      QCoreApplication::translate("main", "Quit as soon as the workspace is open and print its summary "
                                                          "(for scripts and smoke tests).")});
}

bool positiveNumber(const QString &text, qint64 &into)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n <= 0) {
        return false;
    }
    into = n;
    return true;
}

QString profilePath(const Options &options)
{
    const QString base = options.dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                                   : QDir(options.dataDir).absolutePath();
    return QDir(base).filePath(QStringLiteral("profiles/%1/salessync.db").arg(options.profile));
}

void installTranslations(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("salessync"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("SalesSync"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SALESSYNC_VERSION_STRING));

    // --version and --help answer without a display, like any command-line tool.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "--help-all") {
            QCoreApplication app(argc, argv);
            QCommandLineParser parser;
            addOptions(parser);
            parser.process(app);
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("SalesSync"));
    installTranslations(app);
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);

    Options options;
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.profile = options.demo ? QStringLiteral("demo") : parser.value(QStringLiteral("profile"));
    options.dataDir = parser.value(QStringLiteral("data-dir"));
    options.exitWhenLoaded = parser.isSet(QStringLiteral("exit-when-loaded"));
    if (options.profile.isEmpty() || options.profile.contains(u'/') || options.profile.contains(u'\\') ||
        options.profile.startsWith(u'.')) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("main", "--profile: \"%1\" is not a valid profile name "
                                                           "(no slashes or backslashes, not starting with a dot).")
                           .arg(options.profile)));
        return 2;
    }
    // Sizes of a new demo workspace, each a whole number from 1 to its maximum.
    const QList<std::tuple<QString, qint64, qint64 *>> sizes = {
        {QStringLiteral("demo-customers"), 1000000, nullptr},
        {QStringLiteral("demo-order-lines"), 100000000, &options.demoSpec.orderLines},
    };
    for (const auto &[name, maximum, target] : sizes) {
        if (!parser.isSet(name)) {
            continue;
        }
        qint64 n = 0;
        if (!positiveNumber(parser.value(name), n) || n > maximum) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QCoreApplication::translate("main", "--%1: \"%2\" is not a whole number from 1 to %3.")
                               .arg(name, parser.value(name), QString::number(maximum))));
            return 2;
        }
        if (target) {
            *target = n;
        } else {
            options.demoSpec.customers = int(n);
        }
    }

    const QString path = profilePath(options);
    std::fprintf(stderr, "SalesSync %s: data file %s\n", SALESSYNC_VERSION_STRING, qPrintable(path));

    ProfileLoader loader;
    QProgressDialog progress(QCoreApplication::translate("main", "Opening %1…").arg(path),
                             QCoreApplication::translate("main", "Cancel"), 0, 0);
    progress.setWindowTitle(QStringLiteral("SalesSync"));
    progress.setMinimumDuration(300);
    QObject::connect(&loader, &ProfileLoader::progress, &progress, [&progress](qint64 done, qint64 total) {
        progress.setLabelText(QCoreApplication::translate("main", "Creating the demo workspace…"));
        // The dialog counts in ints; scale to per mille.
        progress.setMaximum(1000);
        progress.setValue(int(total > 0 ? done * 1000 / total : 0));
    });
    QObject::connect(&progress, &QProgressDialog::canceled, &loader, &ProfileLoader::cancel);

    std::unique_ptr<MainWindow> window;
    QObject::connect(&loader, &ProfileLoader::finished, &app, [&]() {
        progress.reset();
        ProfileLoader::Outcome outcome = loader.takeOutcome();
        if (!outcome.database) {
            std::fprintf(stderr, "%s\n", qPrintable(outcome.error));
            if (!options.exitWhenLoaded) {
                QMessageBox::critical(nullptr, QStringLiteral("SalesSync"), outcome.error);
            }
            QCoreApplication::exit(1);
            return;
        }
        window = std::make_unique<MainWindow>(std::move(outcome.database), options.profile);
        if (options.exitWhenLoaded) {
            QObject::connect(window->overview(), &OverviewPage::refreshed, &app, [&]() {
                std::printf("loaded %s: %s customers, %s orders in the last 30 days\n", qPrintable(path),
                            qPrintable(window->overview()->figure(QStringLiteral("customers"))),
                            qPrintable(window->overview()->figure(QStringLiteral("orders30"))));
                QCoreApplication::exit(0);
            });
        }
        window->show();
    });
    loader.start(path, options.demo ? std::optional<DemoDataSpec>(options.demoSpec) : std::nullopt);
    const int code = app.exec();
    window.reset();
    return code;
}
