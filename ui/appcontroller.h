#pragma once

#include "core/demo/demodatagenerator.h"
#include "core/domain/user.h"
#include "ui/profilestore.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace SalesSync {

namespace Sync {
class CredentialStore;
}

class MainWindow;
class PositionProvider;
class ProfileLoader;
class SignInDialog;

// How the app starts and moves between profiles: the first-run sign-in (or the demo workspace),
// opening the last profile (offline at once, syncing when the server answers), switching
// profiles, and signing out without losing unsynced work. Owns the main window.
class AppController final : public QObject {
    Q_OBJECT

public:
    // position: where check-ins take their position from (outlives the controller).
    AppController(ProfileStore profiles, Sync::CredentialStore &credentials, PositionProvider *position,
                  QObject *parent = nullptr);
    ~AppController() override;

    ProfileStore &profiles() { return m_profiles; }
    void setDemoSpec(const DemoDataSpec &spec) { m_demoSpec = spec; }
    // Opens the demo workspace as this role's demo person (salessync --demo --as manager).
    void setDemoRole(Role role) { m_demoRole = role; }
    PositionProvider *positionProvider() const { return m_position; }

    // Opens the named profile, the demo workspace ("demo"), or, with an empty name, the profile
    // used last; with none, asks to sign in.
    void start(const QString &profileName);
    void openProfile(const Profile &profile);
    // The sign-in for a new account (first run, or "add an account" from the profile list).
    void addAccount(bool offerDemo);
    // A new profile for the account, signed in with the password (set just before, or typed).
    void signInNewAccount(SignInDialog *dialog, const QUrl &server, const QString &username, const QString &password);
    void chooseProfile();
    void signOut();

    MainWindow *window() const { return m_window.get(); }
    SignInDialog *signInDialog() const;
    QString lastError() const { return m_lastError; }

signals:
    // The main window for a profile is open (also after switching profiles).
    void workspaceOpened(MainWindow *window);
    // Opening failed (the message is also shown to the person).
    void failed(const QString &message);
    // Nothing is open and nothing will be (the person cancelled the first sign-in).
    void finished();

private:
    void loadProfile(const Profile &profile, bool signInWith, const QString &username, const QString &password);
    void showWindow(std::unique_ptr<MainWindow> window);
    void fail(const QString &message);
    // Removes a profile that never became usable (its first sign-in failed).
    void forgetProfile(const QString &name);
    void closeWindow();

    ProfileStore m_profiles;
    Sync::CredentialStore &m_credentials;
    PositionProvider *m_position = nullptr;
    DemoDataSpec m_demoSpec = DemoDataSpec::demo();
    std::optional<Role> m_demoRole;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ProfileLoader> m_loader;
    QPointer<SignInDialog> m_signIn;
    QString m_lastError;
};

} // namespace SalesSync
