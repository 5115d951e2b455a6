#include "ui/profilestore.h"

#include <QDir>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace SalesSync {

namespace {
const QString kProfileFile = QStringLiteral("profile.ini");
const QString kDatabaseFile = QStringLiteral("salessync.db");
} // namespace

ProfileStore::ProfileStore(const QString &dataDir)
    : m_dataDir(dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                  : QDir(dataDir).absolutePath())
{}

QString ProfileStore::folder(const QString &name) const
{
    return QDir(m_dataDir).filePath(QStringLiteral("profiles/") + name);
}

QString ProfileStore::databasePath(const QString &name) const
{
    return QDir(folder(name)).filePath(kDatabaseFile);
}

QList<Profile> ProfileStore::all() const
{
    QList<Profile> profiles;
    const QDir dir(QDir(m_dataDir).filePath(QStringLiteral("profiles")));
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::IgnoreCase)) {
        if (Result<Profile> p = load(name); p) {
            profiles << *p;
        }
    }
    return profiles;
}

Result<Profile> ProfileStore::load(const QString &name) const
{
    if (const QString why = checkName(name); !why.isEmpty()) {
        return Error::validation(QStringLiteral("profile"), why);
    }
    const QString file = QDir(folder(name)).filePath(kProfileFile);
    if (!QFileInfo::exists(file)) {
        return Error(ErrorCode::NotFound, tr("There is no profile \"%1\" in %2.").arg(name, m_dataDir));
    }
    const QSettings ini(file, QSettings::IniFormat);
    Profile profile;
    profile.name = name;
    profile.server = QUrl(ini.value(QStringLiteral("server")).toString());
    profile.username = ini.value(QStringLiteral("username")).toString();
    profile.displayName = ini.value(QStringLiteral("display_name")).toString();
    return profile;
}

Status ProfileStore::save(const Profile &profile)
{
    if (const QString why = checkName(profile.name); !why.isEmpty()) {
        return Error::validation(QStringLiteral("profile"), why);
    }
    if (!QDir().mkpath(folder(profile.name))) {
        return Error(ErrorCode::Storage, tr("Cannot create the folder %1.").arg(folder(profile.name)));
    }
    QSettings ini(QDir(folder(profile.name)).filePath(kProfileFile), QSettings::IniFormat);
    ini.setValue(QStringLiteral("server"), profile.server.toString());
    ini.setValue(QStringLiteral("username"), profile.username);
    ini.setValue(QStringLiteral("display_name"), profile.displayName);
    ini.sync();
    if (ini.status() != QSettings::NoError) {
        return Error(ErrorCode::Storage, tr("Cannot write %1.").arg(ini.fileName()));
    }
    return {};
}

Status ProfileStore::remove(const QString &name)
{
    if (const QString why = checkName(name); !why.isEmpty()) {
        return Error::validation(QStringLiteral("profile"), why);
    }
    QDir dir(folder(name));
    if (dir.exists() && !dir.removeRecursively()) {
        return Error(ErrorCode::Storage, tr("Cannot delete the folder %1.").arg(dir.path()));
    }
    if (lastUsed() == name) {
        setLastUsed({});
    }
    return {};
}

QString ProfileStore::lastUsed() const
{
    const QSettings ini(QDir(m_dataDir).filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    return ini.value(QStringLiteral("last_used")).toString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    QSettings ini(QDir(m_dataDir).filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    ini.setValue(QStringLiteral("last_used"), name);
}

QString ProfileStore::appSetting(const QString &key) const
{
    const QSettings ini(QDir(m_dataDir).filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    return ini.value(key).toString();
}

void ProfileStore::setAppSetting(const QString &key, const QString &value)
{
    QSettings ini(QDir(m_dataDir).filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    ini.setValue(key, value);
}

QString ProfileStore::suggestName(const QUrl &server, const QString &username) const
{
    QString base = username.trimmed().toLower() + u'@' + server.host().toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9@._-]")), QStringLiteral("_"));
    if (base.startsWith(u'.')) {
        base.prepend(u'_');
    }
    QString name = base;
    for (int n = 2; QFileInfo::exists(folder(name)); ++n) {
        name = base + u'-' + QString::number(n);
    }
    return name;
}

QString ProfileStore::checkName(const QString &name)
{
    if (name.trimmed().isEmpty()) {
        return tr("A profile needs a name.");
    }
    if (name.contains(u'/') || name.contains(u'\\') || name.startsWith(u'.') || name.size() > 100) {
        return tr("\"%1\" is not a valid profile name (no slashes or backslashes, not starting with a dot, at most "
                  "100 characters).")
            .arg(name);
    }
    return {};
}

} // namespace SalesSync
