#include "ui/appcontroller.h"

#include "core/store/database.h"
#include "sync/client/credentialstore.h"
#include "sync/client/localsyncstore.h"
#include "sync/client/syncsession.h"
#include "ui/mainwindow.h"
#include "ui/passwordchange.h"
#include "ui/profileloader.h"
#include "ui/signindialog.h"
#include "ui/workspace.h"

#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>

namespace SalesSync {

AppController::AppController(ProfileStore profiles, Sync::CredentialStore &credentials, PositionProvider *position,
                             QObject *parent)
    : QObject(parent)
    , m_profiles(std::move(profiles))
    , m_credentials(credentials)
    , m_position(position)
{}

AppController::~AppController() = default;

SignInDialog *AppController::signInDialog() const
{
    return m_signIn;
}

void AppController::start(const QString &profileName)
{
    if (profileName == ProfileStore::kDemoProfile) {
        const Profile demo{ProfileStore::kDemoProfile.toString(), {}, {}, tr("Demo workspace")};
        // Listed with the other profiles from now on.
        if (const Status saved = m_profiles.save(demo); !saved) {
            fail(saved.error().message());
            return;
        }
        openProfile(demo);
        return;
    }
    const QString name = profileName.isEmpty() ? m_profiles.lastUsed() : profileName;
    if (name.isEmpty()) {
        if (m_profiles.all().isEmpty()) {
            addAccount(true);
        } else {
            chooseProfile();
        }
        return;
    }
    const Result<Profile> profile = m_profiles.load(name);
    if (!profile) {
        fail(profile.error().message());
        return;
    }
    openProfile(*profile);
}

void AppController::openProfile(const Profile &profile)
{
    loadProfile(profile, false, {}, {});
}

void AppController::loadProfile(const Profile &profile, bool signInWith, const QString &username,
                                const QString &password)
{
    m_loader = std::make_unique<ProfileLoader>();
    // Closed by the person (then it goes at once) or when loading ends: held by a QPointer.
    QPointer<QProgressDialog> progress = new QProgressDialog(tr("Opening %1…").arg(profile.name), tr("Cancel"), 0, 0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setWindowTitle(QStringLiteral("SalesSync"));
    progress->setMinimumDuration(300);
    connect(m_loader.get(), &ProfileLoader::progress, progress, [progress](qint64 done, qint64 total) {
        progress->setLabelText(tr("Creating the demo workspace…"));
        progress->setMaximum(1000);
        progress->setValue(int(total > 0 ? done * 1000 / total : 0));
    });
    connect(progress, &QProgressDialog::canceled, m_loader.get(), &ProfileLoader::cancel);
    connect(m_loader.get(), &ProfileLoader::finished, this, [this, profile, signInWith, username, password, progress] {
        if (progress) {
            progress->close();
        }
        ProfileLoader::Outcome outcome = m_loader->takeOutcome();
        if (!outcome.database) {
            if (signInWith) {
                forgetProfile(profile.name);
            }
            fail(outcome.error);
            return;
        }
        auto workspace = std::make_unique<Workspace>(profile, std::move(outcome.database),
                                                     profile.isLocalOnly() ? nullptr : &m_credentials);
        Sync::SyncSession *session = workspace->sync();
        if (!signInWith) {
            if (session) {
                // Work starts offline at once; syncing follows when the server answers.
                if (const Result<bool> resumed = session->resume(profile.username); !resumed) {
                    session->status()->onAuthenticationRequired();
                }
            }
            m_profiles.setLastUsed(profile.name);
            showWindow(std::make_unique<MainWindow>(std::move(workspace), m_profiles));
            return;
        }
        // A new account: sign in on the new profile's data file; keep it only when that works.
        auto *pending = workspace.release();
        pending->setParent(this);
        connect(
            session, &Sync::SyncSession::signedIn, this,
            [this, pending, profile](bool ok, const QString &error) {
                if (!ok) {
                    // The session that sent this goes with the workspace: later, not inside its signal.
                    // The new profile's folder goes once its data file is closed.
                    connect(pending, &QObject::destroyed, this, [this, name = profile.name] { forgetProfile(name); });
                    pending->deleteLater();
                    if (m_signIn) {
                        m_signIn->setBusy(false);
                        m_signIn->showError(QString(), error);
                    }
                    return;
                }
                std::unique_ptr<Workspace> owned(pending);
                owned->setParent(nullptr);
                if (m_signIn) {
                    m_signIn->accept();
                }
                m_profiles.setLastUsed(profile.name);
                showWindow(std::make_unique<MainWindow>(std::move(owned), m_profiles));
                if (!error.isEmpty()) {
                    QMessageBox::warning(
                        m_window.get(), tr("Sign-in not kept"),
                        tr("You are signed in, but SalesSync cannot keep the sign-in on this computer: "
                           "%1\nYou will be asked for your password when SalesSync starts again.")
                            .arg(error));
                }
            },
            Qt::SingleShotConnection);
        if (m_signIn) {
            connect(session, &Sync::SyncSession::passwordChangeRequired, m_signIn, &SignInDialog::askForNewPassword);
        }
        session->signIn(username, password);
    });
    const bool demo = profile.name == ProfileStore::kDemoProfile;
    m_loader->start(m_profiles.databasePath(profile.name),
                    demo ? std::optional<DemoDataSpec>(m_demoSpec) : std::nullopt, demo ? m_demoRole : std::nullopt);
}

void AppController::addAccount(bool offerDemo)
{
    auto *dialog = new SignInDialog(SignInDialog::Mode::NewAccount, m_window.get());
    dialog->setObjectName(QStringLiteral("signIn"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->offerDemo(offerDemo);
    m_signIn = dialog;
    connect(dialog, &SignInDialog::submitted, this,
            [this, dialog](const QUrl &server, const QString &username, const QString &password) {
                signInNewAccount(dialog, server, username, password);
            });
    connect(dialog, &SignInDialog::passwordChangeSubmitted, this,
            [this, dialog](const QUrl &server, const QString &username, const QString &secret, bool setupCode,
                           const QString &newPassword) {
                dialog->setBusy(true);
                PasswordChange::start(dialog, {server, username, secret, setupCode, newPassword, {}},
                                      [this, dialog, server, username, newPassword](bool ok, const QString &field,
                                                                                    const QString &message) {
                                          if (!ok) {
                                              dialog->setBusy(false);
                                              dialog->showError(field, message);
                                              return;
                                          }
                                          signInNewAccount(dialog, server, username, newPassword);
                                      });
            });
    connect(dialog, &SignInDialog::demoRequested, this, [this, dialog] {
        dialog->accept();
        start(ProfileStore::kDemoProfile.toString());
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        if (!m_window) {
            emit finished();
        }
    });
    dialog->open();
}

void AppController::signInNewAccount(SignInDialog *dialog, const QUrl &server, const QString &username,
                                     const QString &password)
{
    Profile profile;
    profile.name = m_profiles.suggestName(server, username);
    profile.server = server;
    profile.username = username;
    for (const Profile &existing : m_profiles.all()) {
        if (Sync::CredentialStore::accountKey(existing.server, existing.username) ==
            Sync::CredentialStore::accountKey(server, username)) {
            dialog->showError(QStringLiteral("username"),
                              tr("This account already has the profile \"%1\" on this computer. Open it "
                                 "from File > Switch profile.")
                                  .arg(existing.name));
            return;
        }
    }
    if (const Status saved = m_profiles.save(profile); !saved) {
        dialog->showError(QString(), saved.error().message());
        return;
    }
    dialog->setBusy(true);
    loadProfile(profile, true, username, password);
}

void AppController::chooseProfile()
{
    const QList<Profile> all = m_profiles.all();
    QStringList items;
    for (const Profile &p : all) {
        items << (p.isLocalOnly() ? tr("%1 (on this computer only)").arg(p.name)
                                  : tr("%1 — %2 on %3").arg(p.name, p.username, p.server.host()));
    }
    const QString addAccountItem = tr("Sign in to another account…");
    items << addAccountItem;
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(m_window.get(), tr("Switch profile"),
                              tr("Each profile has its own data on this computer:"), items, 0, false, &ok);
    if (!ok) {
        if (!m_window) {
            emit finished();
        }
        return;
    }
    if (chosen == addAccountItem) {
        addAccount(false);
        return;
    }
    const Profile &profile = all.at(items.indexOf(chosen));
    if (m_window && m_window->workspace().profile().name == profile.name) {
        return;
    }
    closeWindow();
    openProfile(profile);
}

void AppController::signOut()
{
    if (!m_window || !m_window->workspace().sync()) {
        return;
    }
    Sync::SyncSession *session = m_window->workspace().sync();
    QPointer<QProgressDialog> progress =
        new QProgressDialog(tr("Sending your changes to the server…"), QString(), 0, 0, m_window.get());
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(300);
    connect(
        session, &Sync::SyncSession::readyToLeave, this,
        [this, progress](const Sync::PendingSummary &left) {
            if (progress) {
                progress->close();
            }
            if (!m_window) {
                return;
            }
            Workspace &workspace = m_window->workspace();
            const qint64 unsynced = left.pendingOps + left.quarantined;
            bool discard = false;
            if (unsynced > 0) {
                QMessageBox box(QMessageBox::Warning, tr("Sign out"),
                                tr("%Ln change(s) on this computer are not on the server yet. Signing out removes this "
                                   "profile's data from this computer.",
                                   "", int(std::min<qint64>(unsynced, INT_MAX))),
                                QMessageBox::Cancel, m_window.get());
                box.setInformativeText(tr("Connect to the network and sync first, or save the changes to a file that "
                                          "your administrator can import."));
                QPushButton *save = box.addButton(tr("Save to a file and sign out…"), QMessageBox::DestructiveRole);
                box.exec();
                if (box.clickedButton() != save) {
                    return;
                }
                const QString path = QFileDialog::getSaveFileName(
                    m_window.get(), tr("Save unsynced changes"),
                    QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                        QStringLiteral("/salessync-unsynced-%1.json").arg(workspace.profile().name),
                    tr("SalesSync changes (*.json)"));
                if (path.isEmpty()) {
                    return;
                }
                if (const Status saved = Sync::LocalSyncStore(workspace.database()).exportUnsynced(path); !saved) {
                    QMessageBox::critical(m_window.get(), tr("Sign out"), saved.error().message());
                    return;
                }
                discard = true;
            } else if (QMessageBox::question(m_window.get(), tr("Sign out"),
                                             tr("Everything is on the server. Sign out and remove this profile's data "
                                                "from this computer?")) != QMessageBox::Yes) {
                return;
            }
            if (const Status out = workspace.sync()->signOut(discard); !out) {
                QMessageBox::critical(m_window.get(), tr("Sign out"), out.error().message());
                return;
            }
            const QString name = workspace.profile().name;
            closeWindow();
            if (const Status removed = m_profiles.remove(name); !removed) {
                QMessageBox::warning(nullptr, tr("Sign out"), removed.error().message());
            }
            start({});
        },
        Qt::SingleShotConnection);
    session->prepareToLeave();
}

void AppController::showWindow(std::unique_ptr<MainWindow> window)
{
    closeWindow();
    m_window = std::move(window);
    m_window->setPositionProvider(m_position);
    connect(m_window.get(), &MainWindow::switchProfileRequested, this, &AppController::chooseProfile);
    connect(m_window.get(), &MainWindow::signOutRequested, this, &AppController::signOut);
    m_window->show();
    emit workspaceOpened(m_window.get());
}

void AppController::closeWindow()
{
    if (m_window) {
        m_window->hide();
        m_window.reset();
    }
}

void AppController::forgetProfile(const QString &name)
{
    // A profile whose sign-in failed: what is left of its folder is harmless, but say so.
    if (const Status removed = m_profiles.remove(name); !removed) {
        qWarning().noquote() << "the profile" << name << "could not be removed:" << removed.error().message();
    }
}

void AppController::fail(const QString &message)
{
    m_lastError = message;
    emit failed(message);
}

} // namespace SalesSync
