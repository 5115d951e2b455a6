// salessync: the desktop client. Parses the command line and hands over to the AppController,
// which opens a profile (or asks to sign in) and shows the main window.

#include "core/demo/demodatagenerator.h"
#include "sync/client/credentialstore.h"
#include "ui/appcontroller.h"
#include "ui/appicon.h"
#include "ui/mainwindow.h"
#include "ui/overviewpage.h"
#include "ui/positionprovider.h"
#include "ui/theme/theme.h"
#include "ui/translations.h"
#include "ui/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

using namespace SalesSync;

namespace {

struct Options {
    QString profile;
    QString dataDir;
    bool demo = false;
    std::optional<Role> demoRole; // --as
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
    parser.addOption({QStringLiteral("as"),
                      QCoreApplication::translate("main", "With --demo: work as the demo <role> (agent, the default; "
                                                          "manager; or admin)."),
                      QCoreApplication::translate("main", "role")});
    parser.addOption({QStringLiteral("profile"),
                      QCoreApplication::translate("main", "Open the profile <name> (default: the one used last)."),
                      QCoreApplication::translate("main", "name")});
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
    parser.addOption(
        {QStringLiteral("nmea-log"),
         QCoreApplication::translate("main", "Take positions for check-ins from a recorded NMEA 0183 log "
                                             "<file>, replayed at its own pace, instead of this computer's "
                                             "position source (demos and tests)."),
         QCoreApplication::translate("main", "file")});
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

// The options as given, checked; 0, or the exit code after saying on stderr what is wrong.
int readOptions(const QCommandLineParser &parser, Options &options)
{
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.profile = options.demo ? ProfileStore::kDemoProfile.toString() : parser.value(QStringLiteral("profile"));
    options.dataDir = parser.value(QStringLiteral("data-dir"));
    if (parser.isSet(QStringLiteral("as"))) {
        options.demoRole = roleFromText(parser.value(QStringLiteral("as")));
        if (!options.demo || !options.demoRole) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QCoreApplication::translate(
                               "main", "--as: \"%1\" is not a demo role; use --demo --as agent, manager or admin.")
                               .arg(parser.value(QStringLiteral("as")))));
            return 2;
        }
    }
    options.exitWhenLoaded = parser.isSet(QStringLiteral("exit-when-loaded"));
    if (parser.isSet(QStringLiteral("profile"))) {
        if (const QString why = ProfileStore::checkName(options.profile); !why.isEmpty()) {
            std::fprintf(stderr, "--profile: %s\n", qPrintable(why));
            return 2;
        }
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
    return 0;
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
    QApplication::setWindowIcon(AppIcon::icon());
    QGuiApplication::setDesktopFileName(QStringLiteral("salessync"));
    // The language and appearance chosen in Settings, else the system's. (--data-dir is read here already:
    // the choice is kept with the profiles.)
    {
        QCommandLineParser early;
        addOptions(early);
        early.parse(QCoreApplication::arguments());
        const ProfileStore settings(early.value(QStringLiteral("data-dir")));
        const QString language = settings.appSetting(QStringLiteral("language"));
        Translations::install(language.isEmpty() ? QLocale::system() : QLocale(language));
        Theme::apply(app, Theme::appearanceFromKey(settings.appSetting(QStringLiteral("appearance"))));
    }
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);

    Options options;
    if (const int refused = readOptions(parser, options); refused != 0) {
        return refused;
    }

    ProfileStore profiles(options.dataDir);
    if (options.profile != ProfileStore::kDemoProfile && !options.profile.isEmpty()) {
        std::fprintf(stderr, "SalesSync %s: profile %s in %s\n", SALESSYNC_VERSION_STRING, qPrintable(options.profile),
                     qPrintable(profiles.dataDir()));
    } else {
        std::fprintf(stderr, "SalesSync %s: data in %s\n", SALESSYNC_VERSION_STRING, qPrintable(profiles.dataDir()));
    }
    // Tokens go to the operating system's keychain; without one, they last until SalesSync quits
    // (the person signs in at every start). Also for --demo: another profile may be opened later.
    std::unique_ptr<Sync::CredentialStore> credentials;
    if (Sync::KeychainCredentialStore::backendAvailable(std::chrono::seconds(5))) {
        credentials = std::make_unique<Sync::KeychainCredentialStore>();
    } else {
        credentials = std::make_unique<Sync::MemoryCredentialStore>();
    }
    PositionProvider position;
    if (parser.isSet(QStringLiteral("nmea-log"))) {
        QString error;
        if (!position.useNmeaLog(parser.value(QStringLiteral("nmea-log")), &error)) {
            std::fprintf(stderr, "--nmea-log: %s\n", qPrintable(error));
            return 2;
        }
    }
    AppController controller(profiles, *credentials, &position);
    controller.setDemoSpec(options.demoSpec);
    if (options.demoRole) {
        controller.setDemoRole(*options.demoRole);
    }
    QObject::connect(&controller, &AppController::failed, &app, [&](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        if (!options.exitWhenLoaded) {
            QMessageBox::critical(nullptr, QStringLiteral("SalesSync"), message);
        }
        if (!controller.window()) {
            QCoreApplication::exit(1);
        }
    });
    QObject::connect(&controller, &AppController::finished, &app, [] { QCoreApplication::exit(0); });
    if (options.exitWhenLoaded) {
        QObject::connect(&controller, &AppController::workspaceOpened, &app, [&](MainWindow *window) {
            QObject::connect(window->overview(), &OverviewPage::refreshed, &app, [window, &profiles]() {
                const std::optional<User> who = window->workspace().user();
                std::printf("loaded %s: %s customers, %s orders in the last 30 days, as %s (%s)\n",
                            qPrintable(profiles.databasePath(window->workspace().profile().name)),
                            qPrintable(window->overview()->figure(QStringLiteral("customers"))),
                            qPrintable(window->overview()->figure(QStringLiteral("orders30"))),
                            qPrintable(who ? who->username : QStringLiteral("nobody")),
                            qPrintable(who ? roleToText(who->role) : QString()));
                QCoreApplication::exit(0);
            });
        });
    }
    // From the event loop, so that a failure at once can end it.
    QTimer::singleShot(0, &controller, [&] { controller.start(options.profile); });
    return app.exec();
}
