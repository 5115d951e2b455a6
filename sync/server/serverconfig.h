#pragma once

#include "core/result.h"
#include "sync/server/accountservice.h"
#include "sync/server/pgdatabase.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QStringList>

namespace SalesSync::Server {

// Everything salessync-server can be told. Each setting has one name, used in three places,
// later ones winning: the config file (INI: "[database] host = ..."), the environment
// (SALESSYNC_DATABASE_HOST), and the command line (--database-host).
struct ServerConfig {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Server::ServerConfig)

public:
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 8443;
    QString tlsCertificate; // PEM; with tlsKey, serve HTTPS directly
    QString tlsKey;
    qint64 maxBodyBytes = qint64(32) * 1024 * 1024;
    int workerThreads = 8;
    int shutdownGraceSeconds = 30;
    DatabaseSettings database;
    AccountPolicy accounts;

    struct Setting {
        QString key;         // "database.host"
        QString description; // for --help
    };
    static QList<Setting> settings();

    // Reads the file (when given), then the environment, then the overrides ("key" -> value).
    // An unknown key or a bad value is an error naming the key, the source and the reason.
    static Result<ServerConfig> load(const QString &configFile, const QProcessEnvironment &environment,
                                     const QHash<QString, QString> &overrides);

    static QString environmentName(const QString &key); // "database.host" -> SALESSYNC_DATABASE_HOST
    static QString optionName(const QString &key);      // "database.host" -> database-host

private:
    Status set(const QString &key, const QString &value, const QString &source);
};

} // namespace SalesSync::Server
