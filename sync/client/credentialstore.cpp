#include "sync/client/credentialstore.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <limits>
#include <memory>

// Never log a token, a key (it holds the username) or job data here: only operations and
// QtKeychain's error codes and texts, which carry neither.
Q_LOGGING_CATEGORY(lcCredentials, "salessync.sync.credentials", QtInfoMsg)

namespace SalesSync::Sync {

namespace {

// Runs a started-by-us QtKeychain job to its end in a local event loop. Returns false when the
// timeout came first: the job may still be waiting on a D-Bus call or an unlock prompt whose
// callback holds a pointer to it, so it cannot be deleted now. It is handed over to QtKeychain's
// auto-delete, which removes it once it finishes (a job that never finishes is a small leak,
// preferable to a crash in a late callback).
template <typename Job>
bool runToCompletion(std::unique_ptr<Job> &job, std::chrono::milliseconds timeout)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeout);
    job->start();
    if (!finished) {
        // No user input while waiting: a click must not re-enter the code that asked for the token.
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (!finished) {
        job->disconnect(&loop);
        job->setAutoDelete(true);
        static_cast<void>(job.release()); // now QtKeychain's to delete
        return false;
    }
    return true;
}

int wholeSeconds(std::chrono::milliseconds timeout)
{
    return int(
        std::min<qint64>(std::chrono::ceil<std::chrono::seconds>(timeout).count(), std::numeric_limits<int>::max()));
}

} // namespace

QString CredentialStore::normalizedServer(const QUrl &server)
{
    if (!server.isValid() || server.scheme().isEmpty() || server.host().isEmpty()) {
        return {};
    }
    QUrl url =
        server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::NormalizePathSegments);
    url.setScheme(url.scheme().toLower());
    // QUrl already lower-cases ASCII host names; doing it again costs nothing and does not rely on it.
    url.setHost(url.host().toLower());
    if (url.port() < 0) {
        if (url.scheme() == u"https") {
            url.setPort(443);
        } else if (url.scheme() == u"http") {
            url.setPort(80);
        }
    }
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    url.setPath(path, QUrl::TolerantMode);
    return url.toString(QUrl::FullyEncoded);
}

QString CredentialStore::accountKey(const QUrl &server, const QString &username)
{
    const QString normalized = normalizedServer(server);
    const QString user = username.trimmed().toLower();
    if (normalized.isEmpty() || user.isEmpty()) {
        return {};
    }
    return normalized + u'|' + user;
}

Status CredentialStore::checkAccount(const QUrl &server, const QString &username)
{
    QList<FieldError> fields;
    if (normalizedServer(server).isEmpty()) {
        fields << FieldError{QStringLiteral("server"),
                             tr("the server address needs a scheme and a host, like https://sales.example.com")};
    }
    if (username.trimmed().isEmpty()) {
        fields << FieldError{QStringLiteral("username"), tr("the username is empty")};
    }
    if (!fields.isEmpty()) {
        return Error::validation(std::move(fields));
    }
    return {};
}

// --- KeychainCredentialStore ---

namespace {

enum class Operation { Read, Write, Remove };

const char *operationName(Operation operation)
{
    switch (operation) {
    case Operation::Read:
        return "read";
    case Operation::Write:
        return "write";
    case Operation::Remove:
        return "remove";
    }
    return "?";
}

// The Error for a failed job, in words a person can act on. QtKeychain's own text is technical
// and untranslated ("Unknown error", "Could not open wallet: ..."), so it goes to the log only.
// Linux backends report "no Secret Service or KWallet running" as OtherError as often as
// NoBackendAvailable, so both read as "no keychain".
Error keychainError(QKeychain::Error code, const QString &detail, Operation operation, const QString &key)
{
    qCWarning(lcCredentials).nospace() << "keychain " << operationName(operation) << " failed: QKeychain::Error "
                                       << int(code) << " (" << detail << ")";
    const QString consequence = KeychainCredentialStore::tr(
        "SalesSync cannot remember your sign-in, so you will have to log in each time you start it.");
    QString message;
    switch (code) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::NoError:       // not an error; listed so that -Werror=switch sees every value
    case QKeychain::EntryNotFound: // likewise: callers handle it before coming here
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
        message = KeychainCredentialStore::tr("No keychain is available on this computer (no Secret Service such as "
                                              "GNOME Keyring, and no KWallet, is running).");
#else
        message = KeychainCredentialStore::tr("The keychain of this computer cannot be used.");
#endif
        break;
    case QKeychain::AccessDeniedByUser:
        message = KeychainCredentialStore::tr("Access to the keychain was refused.");
        break;
    case QKeychain::AccessDenied:
        message = KeychainCredentialStore::tr("The keychain is locked or refused access.");
        break;
    case QKeychain::CouldNotDeleteEntry:
        return Error(ErrorCode::Storage,
                     KeychainCredentialStore::tr("The saved sign-in could not be removed from the keychain. You can "
                                                 "delete the entry \"%1\" of \"%2\" with your keychain application.")
                         .arg(key, KeychainCredentialStore::serviceName()));
    }
    return Error(ErrorCode::Storage, message + u' ' + consequence);
}

Error timeoutError(std::chrono::milliseconds timeout, Operation operation)
{
    qCWarning(lcCredentials).nospace() << "keychain " << operationName(operation) << " gave no answer within "
                                       << timeout.count() << " ms";
    return Error(ErrorCode::Storage,
                 KeychainCredentialStore::tr("The keychain did not answer within %n second(s). SalesSync cannot "
                                             "remember your sign-in this time, so you will have to log in again.",
                                             "", wholeSeconds(timeout)));
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(std::chrono::milliseconds timeout)
    : m_timeout(timeout)
{}

QString KeychainCredentialStore::serviceName()
{
    return QStringLiteral("SalesSync");
}

Result<QString> KeychainCredentialStore::readToken(const QUrl &server, const QString &username)
{
    if (const Status s = checkAccount(server, username); !s) {
        return s.error();
    }
    const QString key = accountKey(server, username);
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(serviceName());
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // the default; stated because a token must never land in a plain file
    job->setKey(key);
    if (!runToCompletion(job, m_timeout)) {
        return timeoutError(m_timeout, Operation::Read);
    }
    switch (job->error()) {
    case QKeychain::NoError:
        return job->textData();
    case QKeychain::EntryNotFound:
        return QString();
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    return keychainError(job->error(), job->errorString(), Operation::Read, key);
}

Status KeychainCredentialStore::writeToken(const QUrl &server, const QString &username, const QString &token)
{
    if (const Status s = checkAccount(server, username); !s) {
        return s;
    }
    if (token.isEmpty()) {
        // An empty token reads back as "none stored"; signing out is removeToken.
        return Error::validation(QStringLiteral("token"), tr("the token is empty"));
    }
    const QString key = accountKey(server, username);
    auto job = std::make_unique<QKeychain::WritePasswordJob>(serviceName());
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(token);
    if (!runToCompletion(job, m_timeout)) {
        return timeoutError(m_timeout, Operation::Write);
    }
    if (job->error() == QKeychain::NoError) {
        return {};
    }
    return keychainError(job->error(), job->errorString(), Operation::Write, key);
}

Status KeychainCredentialStore::removeToken(const QUrl &server, const QString &username)
{
    if (const Status s = checkAccount(server, username); !s) {
        return s;
    }
    const QString key = accountKey(server, username);
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(serviceName());
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(key);
    if (!runToCompletion(job, m_timeout)) {
        return timeoutError(m_timeout, Operation::Remove);
    }
    if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
        return {};
    }
    return keychainError(job->error(), job->errorString(), Operation::Remove, key);
}

QString KeychainCredentialStore::backendDescription() const
{
#if defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#else
    return tr("the desktop keychain (Secret Service or KWallet)");
#endif
}

bool KeychainCredentialStore::backendAvailable(std::chrono::milliseconds timeout)
{
    // A key no account can have (accountKey always contains "://"), so the probe never reads a
    // real token.
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(serviceName());
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(QStringLiteral("availability probe"));
    if (!runToCompletion(job, timeout)) {
        qCInfo(lcCredentials) << "keychain probe gave no answer within" << timeout.count() << "ms";
        return false;
    }
    switch (job->error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return true;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    qCInfo(lcCredentials).nospace() << "no usable keychain: QKeychain::Error " << int(job->error()) << " ("
                                    << job->errorString() << ")";
    return false;
}

// --- MemoryCredentialStore ---

Result<QString> MemoryCredentialStore::readToken(const QUrl &server, const QString &username)
{
    if (const Status s = checkAccount(server, username); !s) {
        return s.error();
    }
    return m_tokens.value(accountKey(server, username));
}

Status MemoryCredentialStore::writeToken(const QUrl &server, const QString &username, const QString &token)
{
    if (const Status s = checkAccount(server, username); !s) {
        return s;
    }
    if (token.isEmpty()) {
        return Error::validation(QStringLiteral("token"), tr("the token is empty"));
    }
    m_tokens.insert(accountKey(server, username), token);
    return {};
}

Status MemoryCredentialStore::removeToken(const QUrl &server, const QString &username)
{
    if (const Status s = checkAccount(server, username); !s) {
        return s;
    }
    m_tokens.remove(accountKey(server, username));
    return {};
}

QString MemoryCredentialStore::backendDescription() const
{
    return tr("memory only: the sign-in lasts until SalesSync quits");
}

} // namespace SalesSync::Sync
