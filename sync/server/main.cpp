// salessync-server: the central sync server. Subcommands: migrate, create-user, set-active,
// set-company-profile, seed-demo, serve. Settings come from --config FILE, SALESSYNC_* environment variables and
// --<setting> options, in that order of precedence (options win). See docs/server-admin.md.

#include "sync/server/accountservice.h"
#include "sync/server/companyprofiles.h"
#include "sync/server/passwordhasher.h"
#include "sync/server/pgdatabase.h"
#include "sync/server/pgdemosink.h"
#include "sync/server/serverconfig.h"
#include "sync/server/syncserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace SalesSync;
using namespace SalesSync::Server;

namespace {

std::atomic<int> s_signal{0};

void onSignal(int signal)
{
    s_signal = signal;
}

// One JSON object per log line: time, level, category, message. Messages never carry secrets or
// full personal data; ids only.
void jsonLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const char *const levels[] = {"debug", "warning", "critical", "fatal", "info"};
    const QJsonObject line{{QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("level"), QString::fromLatin1(levels[type])},
                           {QStringLiteral("category"), QString::fromLatin1(context.category ? context.category : "")},
                           {QStringLiteral("msg"), message}};
    std::fprintf(stderr, "%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stderr);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "salessync-server: %s\n", qPrintable(message));
    return 1;
}

QString readPassword(bool fromStdin)
{
    std::string line;
#ifdef Q_OS_UNIX
    if (!fromStdin && isatty(STDIN_FILENO)) {
        std::fprintf(stderr, "Password: ");
        termios old{};
        tcgetattr(STDIN_FILENO, &old);
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
        std::getline(std::cin, line);
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fprintf(stderr, "\n");
        return QString::fromStdString(line);
    }
#endif
    Q_UNUSED(fromStdin)
    std::getline(std::cin, line);
    return QString::fromStdString(line);
}

const QMap<QString, QString> &commands()
{
    static const QMap<QString, QString> list = {
        {QStringLiteral("migrate"), QStringLiteral("Apply the database schema migrations this version needs.")},
        {QStringLiteral("create-user"), QStringLiteral("Create a user. The password is read from the terminal, or "
                                                       "from standard input with --password-stdin.")},
        {QStringLiteral("set-active"), QStringLiteral("Enable or disable a user; disabling ends all their sessions.")},
        {QStringLiteral("serve"), QStringLiteral("Run the HTTP server until SIGTERM or SIGINT, then finish the "
                                                 "requests in flight and exit.")},
        {QStringLiteral("set-company-profile"),
         QStringLiteral("Set the company profile on the documents (letterhead, footer, logo) from a JSON file; "
                        "every device receives it with its next sync.")},
        {QStringLiteral("seed-demo"), QStringLiteral("Fill an empty database with generated demo data (for "
                                                     "demonstrations and benchmarks). Every demo user gets the "
                                                     "password read like create-user's.")},
    };
    return list;
}

// The profile from the JSON file and the logo file, set on the server.
int setCompanyProfile(PgDatabase &database, const QString &file, const QString &logo)
{
    QFile json(file);
    if (file.isEmpty() || !json.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("--file: cannot read \"%1\"%2")
                        .arg(file, file.isEmpty() ? QString() : QStringLiteral(": ") + json.errorString()));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.readAll(), &error);
    if (!document.isObject()) {
        return fail(QStringLiteral("--file: %1 is not a JSON object (%2)").arg(file, error.errorString()));
    }
    Result<CompanyProfile> profile = CompanyProfiles::fromJson(document.object());
    if (profile && !logo.isEmpty()) {
        QFile image(logo);
        if (!image.open(QIODevice::ReadOnly)) {
            return fail(QStringLiteral("--logo: cannot read \"%1\": %2").arg(logo, image.errorString()));
        }
        profile->logo = image.readAll();
    }
    if (profile) {
        profile = CompanyProfiles(database).set(*profile);
    }
    if (!profile) {
        QStringList reasons{profile.error().message()};
        for (const FieldError &f : profile.error().fields()) {
            reasons << QStringLiteral("%1: %2").arg(f.field, f.message);
        }
        return fail(reasons.join(QStringLiteral("\n")));
    }
    std::printf("company profile %s set (%s); devices receive it with their next sync\n", qPrintable(profile->id),
                qPrintable(profile->name));
    return 0;
}

// The options of one command, added once the command is known.
void addCommandOptions(QCommandLineParser &parser, const QString &command)
{
    if (command == u"create-user") {
        parser.addOption(
            {QStringLiteral("username"), QStringLiteral("Login name (lower case)."), QStringLiteral("name")});
        parser.addOption({QStringLiteral("display-name"), QStringLiteral("Full name."), QStringLiteral("text")});
        parser.addOption({QStringLiteral("email"), QStringLiteral("E-mail address."), QStringLiteral("address")});
        parser.addOption({QStringLiteral("role"), QStringLiteral("admin, manager or agent."), QStringLiteral("role")});
        parser.addOption({QStringLiteral("password-stdin"), QStringLiteral("Read the password from standard input.")});
    } else if (command == u"seed-demo") {
        parser.addOption({QStringLiteral("customers"), QStringLiteral("Customers to generate (default 600)."),
                          QStringLiteral("n"), QStringLiteral("600")});
        parser.addOption({QStringLiteral("order-lines"), QStringLiteral("Order lines to generate (default 12000)."),
                          QStringLiteral("n"), QStringLiteral("12000")});
        parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 20261122)."),
                          QStringLiteral("n"), QStringLiteral("20261122")});
        parser.addOption(
            {QStringLiteral("password-stdin"), QStringLiteral("Read the demo password from standard input.")});
    } else if (command == u"set-company-profile") {
        parser.addOption({QStringLiteral("file"),
                          QStringLiteral("JSON object with the fields name, street, postal_code, city, country_code, "
                                         "phone, email, website, vat_id, registration, bank_name, iban, bic."),
                          QStringLiteral("file")});
        parser.addOption({QStringLiteral("logo"), QStringLiteral("The logo: a PNG, JPEG or SVG file (at most 256 KB)."),
                          QStringLiteral("file")});
    } else if (command == u"set-active") {
        parser.addOption({QStringLiteral("username"), QStringLiteral("The user."), QStringLiteral("name")});
        parser.addOption({QStringLiteral("active"), QStringLiteral("yes or no."), QStringLiteral("yes|no")});
    }
}

int createUser(const QCommandLineParser &parser, AccountService &accounts)
{
    User user;
    user.username = parser.value(QStringLiteral("username"));
    user.displayName = parser.value(QStringLiteral("display-name"));
    user.email = parser.value(QStringLiteral("email"));
    const std::optional<Role> role = roleFromText(parser.value(QStringLiteral("role")));
    if (!role) {
        return fail(QStringLiteral("--role must be admin, manager or agent"));
    }
    user.role = *role;
    const QString password = readPassword(parser.isSet(QStringLiteral("password-stdin")));
    const AccountResult<User> created =
        accounts.createUser(user, password, AuditActor{{}, QStringLiteral("salessync-server create-user")});
    if (!created.ok()) {
        return fail(created.message);
    }
    std::printf("created %s %s (%s)\n", qPrintable(roleToText(created.value->role)),
                qPrintable(created.value->username), qPrintable(created.value->id));
    return 0;
}

// Demo data into an empty database, every demo user with the password typed.
int seedDemo(const QCommandLineParser &parser, PgDatabase &database)
{
    bool customersOk = false;
    bool linesOk = false;
    bool seedOk = false;
    DemoDataSpec spec;
    spec.customers = parser.value(QStringLiteral("customers")).toInt(&customersOk);
    spec.orderLines = parser.value(QStringLiteral("order-lines")).toLongLong(&linesOk);
    spec.seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!customersOk || !linesOk || !seedOk || spec.customers < 1 || spec.orderLines < 0) {
        return fail(QStringLiteral("--customers, --order-lines and --seed take whole numbers (customers at least 1)"));
    }
    Result<QSqlDatabase> db = database.connection();
    if (!db) {
        return fail(db.error().message());
    }
    if (pgValue(*db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM customers)"))->toBool()) {
        return fail(QStringLiteral("the database already holds customers; demo data goes only into an empty one"));
    }
    const QString password = readPassword(parser.isSet(QStringLiteral("password-stdin")));
    if (password.size() < AccountService::kMinimumPasswordLength) {
        return fail(QStringLiteral("the demo password must be at least %1 characters long")
                        .arg(AccountService::kMinimumPasswordLength));
    }
    PgDemoSink sink(database, PasswordHasher::hash(password));
    DemoDataGenerator generator(spec);
    const Result<DemoDataCounts> counts = generator.generate(sink);
    if (!counts) {
        return fail(counts.error().message());
    }
    std::printf("seeded %lld rows: %lld customers, %lld orders, %lld order lines; sign in as admin or any "
                "generated user\n",
                counts->rows(), counts->customers, counts->orders, counts->orderLines);
    // Who to sign in as on a laptop: the field agents.
    if (const Result<QSqlDatabase> connection = database.connection(); connection) {
        if (Result<QSqlQuery> agents = pgQuery(
                *connection, QStringLiteral("SELECT username FROM users WHERE role = 'agent' ORDER BY username"));
            agents) {
            QStringList names;
            while (agents.value().next()) {
                names << agents.value().value(0).toString();
            }
            std::printf("agents: %s\n", qPrintable(names.join(QStringLiteral(", "))));
        }
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("salessync-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SALESSYNC_VERSION_STRING));

    QCommandLineParser parser;
    QString description = QStringLiteral("The SalesSync sync server.\n\nCommands:\n");
    for (auto it = commands().cbegin(); it != commands().cend(); ++it) {
        description += QStringLiteral("  %1  %2\n").arg(it.key(), -12).arg(it.value());
    }
    description += QStringLiteral("\nEvery setting can also come from the environment (SALESSYNC_DATABASE_HOST for "
                                  "--database-host) or the config file ([database] host = ...).");
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("migrate | create-user | set-active | set-company-profile | seed-demo | serve"));
    parser.addOption(
        {QStringLiteral("config"), QStringLiteral("Read settings from this INI file."), QStringLiteral("file")});
    for (const ServerConfig::Setting &setting : ServerConfig::settings()) {
        parser.addOption({ServerConfig::optionName(setting.key), setting.description, QStringLiteral("value")});
    }
    parser.parse(QCoreApplication::arguments());
    const QString command = parser.positionalArguments().value(0);
    if (!command.isEmpty() && !commands().contains(command)) {
        return fail(QStringLiteral("unknown command \"%1\"; see --help").arg(command));
    }
    addCommandOptions(parser, command);
    if (!command.isEmpty()) {
        parser.setApplicationDescription(command + QStringLiteral(": ") + commands().value(command));
    }
    parser.process(app);
    if (command.isEmpty()) {
        parser.showHelp(1);
    }

    QHash<QString, QString> overrides;
    for (const ServerConfig::Setting &setting : ServerConfig::settings()) {
        if (parser.isSet(ServerConfig::optionName(setting.key))) {
            overrides.insert(setting.key, parser.value(ServerConfig::optionName(setting.key)));
        }
    }
    const Result<ServerConfig> config =
        ServerConfig::load(parser.value(QStringLiteral("config")), QProcessEnvironment::systemEnvironment(), overrides);
    if (!config) {
        return fail(config.error().message());
    }
    if (!PasswordHasher::initialise()) {
        return fail(QStringLiteral("libsodium could not be initialised"));
    }
    PgDatabase database(config->database);

    if (command == u"migrate") {
        const Result<QList<int>> applied = database.migrate();
        if (!applied) {
            return fail(applied.error().message());
        }
        std::printf("schema at version %d (%lld migration(s) applied now)\n", PgDatabase::latestSchemaVersion(),
                    qint64(applied->size()));
        return 0;
    }
    if (const Status s = database.checkSchema(); !s) {
        return fail(s.error().message());
    }
    AccountService accounts(database, config->accounts);
    if (command == u"create-user") {
        return createUser(parser, accounts);
    }
    if (command == u"seed-demo") {
        return seedDemo(parser, database);
    }
    if (command == u"set-company-profile") {
        return setCompanyProfile(database, parser.value(QStringLiteral("file")), parser.value(QStringLiteral("logo")));
    }
    if (command == u"set-active") {
        const QString active = parser.value(QStringLiteral("active"));
        if (active != u"yes" && active != u"no") {
            return fail(QStringLiteral("--active must be yes or no"));
        }
        const AccountResult<bool> done =
            accounts.setActive(parser.value(QStringLiteral("username")), active == u"yes",
                               AuditActor{{}, QStringLiteral("salessync-server set-active")});
        if (!done.ok()) {
            return fail(done.message);
        }
        std::printf("%s is now %s\n", qPrintable(parser.value(QStringLiteral("username"))),
                    active == u"yes" ? "active" : "disabled (sessions ended)");
        return 0;
    }

    // serve
    qInstallMessageHandler(jsonLog);
    SyncServer server(*config, database);
    const Result<quint16> port = server.listen();
    if (!port) {
        return fail(port.error().message());
    }
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    QTimer signalWatch;
    QObject::connect(&signalWatch, &QTimer::timeout, &app, [&]() {
        if (s_signal.load() == 0) {
            return;
        }
        signalWatch.stop();
        qInfo("shutting down: finishing %d request(s) in flight", server.inFlight());
        const int left = server.shutdown();
        if (left > 0) {
            qWarning("%d request(s) still running after the grace period", left);
        }
        QCoreApplication::exit(0);
    });
    signalWatch.start(100);
    return app.exec();
}
