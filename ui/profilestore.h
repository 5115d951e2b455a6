#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace SalesSync {

// One way of working on this machine: a server and a user, with a data file of its own. The demo
// workspace is a profile without a server.
struct Profile {
    QString name;        // folder name under profiles/, unique per machine
    QUrl server;         // empty for the demo workspace
    QString username;    // as typed at sign-in
    QString displayName; // the user's name from the server, for the profile list

    bool isLocalOnly() const { return server.isEmpty(); }
};

// The profiles in a data folder: <dataDir>/profiles/<name>/{profile.ini,salessync.db}, and which
// one was used last (<dataDir>/profiles.ini). Profile folders are never shared: each holds one
// user's replica, so two people on one laptop never see each other's unsynced work.
class ProfileStore final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::ProfileStore)

public:
    // dataDir empty: the user's application data folder.
    explicit ProfileStore(const QString &dataDir = {});

    static constexpr QStringView kDemoProfile = u"demo";

    const QString &dataDir() const { return m_dataDir; }
    QString folder(const QString &name) const;
    QString databasePath(const QString &name) const;

    // Every profile with a profile.ini, by name.
    QList<Profile> all() const;
    Result<Profile> load(const QString &name) const;
    // Writes profile.ini (creating the folder). The name must be a valid folder name.
    Status save(const Profile &profile);
    // Deletes the profile's folder with its data file. The caller makes sure nothing unsynced is
    // lost (SyncSession::signOut).
    Status remove(const QString &name);

    QString lastUsed() const;
    void setLastUsed(const QString &name);
    // Settings of this installation rather than of a profile ("language"), in profiles.ini.
    QString appSetting(const QString &key) const;
    void setAppSetting(const QString &key, const QString &value);

    // A free profile name for an account: "ada@sales.example.com", "ada@sales.example.com-2", ...
    QString suggestName(const QUrl &server, const QString &username) const;
    // Empty when the name can be a profile folder; otherwise why not.
    static QString checkName(const QString &name);

private:
    QString m_dataDir;
};

} // namespace SalesSync
