#include "sync/server/serverconfig.h"

#include <QFileInfo>
#include <QSettings>

namespace SalesSync::Server {

QList<ServerConfig::Setting> ServerConfig::settings()
{
    return {
        {QStringLiteral("listen.address"), tr("address to listen on (default 127.0.0.1; 0.0.0.0 for all)")},
        {QStringLiteral("listen.port"), tr("TCP port (default 8443)")},
        {QStringLiteral("tls.certificate"), tr("PEM certificate file; with tls.key, serve HTTPS directly")},
        {QStringLiteral("tls.key"), tr("PEM private key file")},
        {QStringLiteral("http.max-body-bytes"), tr("largest request body accepted (default 33554432)")},
        {QStringLiteral("http.worker-threads"), tr("threads for database work (default 8)")},
        {QStringLiteral("http.shutdown-grace-seconds"),
         tr("how long shutdown waits for requests in flight (default 30)")},
        {QStringLiteral("database.host"), tr("PostgreSQL host, or the folder of its Unix socket (default localhost)")},
        {QStringLiteral("database.port"), tr("PostgreSQL port (default 5432)")},
        {QStringLiteral("database.name"), tr("database name (default salessync)")},
        {QStringLiteral("database.user"), tr("database user (default salessync)")},
        {QStringLiteral("database.password"),
         tr("database password (prefer the environment or a file readable only by the service)")},
        {QStringLiteral("auth.token-lifetime-seconds"), tr("how long a sign-in lasts (default 43200, 12 hours)")},
        {QStringLiteral("auth.max-failed-logins"), tr("failed sign-ins per user before throttling (default 5)")},
        {QStringLiteral("auth.failure-window-seconds"), tr("the throttling window (default 900)")},
    };
}

QString ServerConfig::environmentName(const QString &key)
{
    QString name = key.toUpper();
    name.replace(u'.', u'_').replace(u'-', u'_');
    return QStringLiteral("SALESSYNC_") + name;
}

QString ServerConfig::optionName(const QString &key)
{
    QString name = key;
    return name.replace(u'.', u'-');
}

Status ServerConfig::set(const QString &key, const QString &value, const QString &source)
{
    const auto bad = [&](const QString &reason) {
        return Error::validation(key, tr("%1 (from %2): %3").arg(value, source, reason));
    };
    const auto number = [&](qint64 low, qint64 high, qint64 &into) -> Status {
        bool ok = false;
        const qint64 n = value.trimmed().toLongLong(&ok);
        if (!ok || n < low || n > high) {
            return bad(tr("must be a whole number from %1 to %2").arg(low).arg(high));
        }
        into = n;
        return {};
    };
    qint64 n = 0;
    Status s;
    if (key == u"listen.address") {
        if (!listenAddress.setAddress(value.trimmed())) {
            return bad(tr("is not an IP address"));
        }
    } else if (key == u"listen.port") {
        if ((s = number(1, 65535, n))) {
            port = quint16(n);
        }
    } else if (key == u"tls.certificate") {
        tlsCertificate = value.trimmed();
    } else if (key == u"tls.key") {
        tlsKey = value.trimmed();
    } else if (key == u"http.max-body-bytes") {
        s = number(1024, qint64(1) << 30, maxBodyBytes);
    } else if (key == u"http.worker-threads") {
        if ((s = number(1, 256, n))) {
            workerThreads = int(n);
        }
    } else if (key == u"http.shutdown-grace-seconds") {
        if ((s = number(0, 3600, n))) {
            shutdownGraceSeconds = int(n);
        }
    } else if (key == u"database.host") {
        database.host = value.trimmed();
    } else if (key == u"database.port") {
        if ((s = number(1, 65535, n))) {
            database.port = int(n);
        }
    } else if (key == u"database.name") {
        database.name = value.trimmed();
    } else if (key == u"database.user") {
        database.user = value.trimmed();
    } else if (key == u"database.password") {
        database.password = value;
    } else if (key == u"auth.token-lifetime-seconds") {
        s = number(60, 90LL * 24 * 3600, accounts.tokenLifetimeSeconds);
    } else if (key == u"auth.max-failed-logins") {
        if ((s = number(1, 1000, n))) {
            accounts.maxFailedLogins = int(n);
        }
    } else if (key == u"auth.failure-window-seconds") {
        s = number(1, qint64(24) * 3600, accounts.failureWindowSeconds);
    } else {
        return Error::validation(key, tr("is not a setting of salessync-server (from %1)").arg(source));
    }
    return s;
}

Result<ServerConfig> ServerConfig::load(const QString &configFile, const QProcessEnvironment &environment,
                                        const QHash<QString, QString> &overrides)
{
    ServerConfig config;
    if (!configFile.isEmpty()) {
        if (!QFileInfo(configFile).isReadable()) {
            return Error::validation(QStringLiteral("config"),
                                     tr("%1 does not exist or cannot be read").arg(configFile));
        }
        QSettings file(configFile, QSettings::IniFormat);
        if (file.status() != QSettings::NoError) {
            return Error::validation(QStringLiteral("config"), tr("%1 is not a valid INI file").arg(configFile));
        }
        for (const QString &group : file.childGroups()) {
            file.beginGroup(group);
            for (const QString &name : file.childKeys()) {
                const QString key = group + u'.' + name;
                if (const Status s = config.set(key, file.value(name).toString(), configFile); !s) {
                    return s.error();
                }
            }
            file.endGroup();
        }
        if (!file.childKeys().isEmpty()) {
            return Error::validation(file.childKeys().first(),
                                     tr("belongs in a section such as [database] (from %1)").arg(configFile));
        }
    }
    for (const Setting &setting : settings()) {
        const QString name = environmentName(setting.key);
        if (environment.contains(name)) {
            if (const Status s = config.set(setting.key, environment.value(name), name); !s) {
                return s.error();
            }
        }
    }
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        if (const Status s = config.set(it.key(), it.value(), QStringLiteral("--") + optionName(it.key())); !s) {
            return s.error();
        }
    }
    if (config.tlsCertificate.isEmpty() != config.tlsKey.isEmpty()) {
        return Error::validation(QStringLiteral("tls.key"), tr("tls.certificate and tls.key go together"));
    }
    return config;
}

} // namespace SalesSync::Server
