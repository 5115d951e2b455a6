#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QUrl>

#include <chrono>

namespace SalesSync::Sync {

// Where the session token lives between sign-ins. One token per account, and an account is a
// server plus a username: the same person may use a test and a production server, and two people
// may share a laptop. Implementations never write a token to a log or a plain file.
//
// Not thread-safe: use a store from one thread (the UI thread, where the login dialog runs) and
// hand the token to the engine with SyncEngine::setToken.
class CredentialStore {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Sync::CredentialStore)

public:
    virtual ~CredentialStore() = default;
    Q_DISABLE_COPY_MOVE(CredentialStore)

    // The stored token, an empty string when none is stored, or an Error when the store failed.
    virtual Result<QString> readToken(const QUrl &server, const QString &username) = 0;
    virtual Status writeToken(const QUrl &server, const QString &username, const QString &token) = 0;
    // Removing a token that is not there is not an error (signing out twice is fine).
    virtual Status removeToken(const QUrl &server, const QString &username) = 0;
    // True when the token is protected by the operating system's credential store (encrypted at
    // rest, unlocked with the user's session). False says nothing about leaks, only that the
    // protection is not the OS keychain's.
    virtual bool isSecure() const = 0;
    // Where tokens go, for people ("macOS Keychain", "memory only, until SalesSync quits").
    virtual QString backendDescription() const = 0;

    // The server part of an account key: scheme://host:port/path, host in lower case, the port
    // always written (443 and 80 for https and http when the URL leaves it out), no trailing
    // slash, and no user info, query or fragment, so that every way of typing the same server
    // address finds the same token and a password typed into the URL never becomes part of a key.
    // An empty string when the URL has no scheme or host.
    static QString normalizedServer(const QUrl &server);
    // The key one account's token is stored under: normalizedServer + "|" + username, the
    // username trimmed and in lower case because the server treats "Ada " and "ada" as one user
    // (AccountService::login).
    static QString accountKey(const QUrl &server, const QString &username);

protected:
    CredentialStore() = default;
    // A Validation error naming "server" or "username" when the account cannot be keyed.
    static Status checkAccount(const QUrl &server, const QString &username);
};

// Tokens in the operating system's keychain through QtKeychain: Windows Credential Manager, the
// macOS Keychain, or on Linux the Secret Service (GNOME Keyring, KeePassXC) or KWallet. Service
// name "SalesSync", key accountKey(). QtKeychain's insecure plain-text fallback is never enabled:
// without a keychain the caller gets an Error and falls back to MemoryCredentialStore.
//
// QtKeychain's jobs are asynchronous; each call here runs its job to completion in a local event
// loop that leaves out user input (so no click can re-enter the login code meanwhile) and gives
// up after the timeout. Call it where a short wait is acceptable: at start-up and right after the
// login dialog. The first call may make the keychain ask the user to unlock it.
class KeychainCredentialStore final : public CredentialStore {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Sync::KeychainCredentialStore)

public:
    // Long enough for a person to type the keychain's unlock password when it asks.
    static constexpr std::chrono::milliseconds kDefaultTimeout{60000};

    explicit KeychainCredentialStore(std::chrono::milliseconds timeout = kDefaultTimeout);

    Result<QString> readToken(const QUrl &server, const QString &username) override;
    Status writeToken(const QUrl &server, const QString &username, const QString &token) override;
    Status removeToken(const QUrl &server, const QString &username) override;
    bool isSecure() const override { return true; }
    QString backendDescription() const override;

    // Whether a keychain answers on this machine right now. QtKeychain 0.13 has no
    // QKeychain::isAvailable() (it came in 0.14), so this reads an entry that does not exist and
    // counts "not found" as a working keychain; any other error (no Secret Service or KWallet on
    // D-Bus, no D-Bus session at all, access refused) as none.
    static bool backendAvailable(std::chrono::milliseconds timeout = std::chrono::seconds(10));

    static QString serviceName();

private:
    std::chrono::milliseconds m_timeout;
};

// Tokens in a QHash, nothing on disk: for tests, and for machines without a keychain, where a
// sign-in lasts until SalesSync quits and the next start asks for the password again. Not
// "secure" in the isSecure() sense (no OS protection), but it never writes the token anywhere.
class MemoryCredentialStore final : public CredentialStore {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Sync::MemoryCredentialStore)

public:
    MemoryCredentialStore() = default;

    Result<QString> readToken(const QUrl &server, const QString &username) override;
    Status writeToken(const QUrl &server, const QString &username, const QString &token) override;
    Status removeToken(const QUrl &server, const QString &username) override;
    bool isSecure() const override { return false; }
    QString backendDescription() const override;

private:
    QHash<QString, QString> m_tokens; // accountKey -> token
};

} // namespace SalesSync::Sync
