#include "sync/client/syncsession.h"

#include "core/store/database.h"
#include "sync/client/credentialstore.h"
#include "sync/client/syncapi.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSession, "salessync.sync.session", QtInfoMsg)

namespace SalesSync::Sync {

SyncSession::SyncSession(Database &database, CredentialStore &credentials, SyncEngine::Settings settings,
                         QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_credentials(credentials)
    , m_settings(std::move(settings))
{
    m_thread.setObjectName(QStringLiteral("salessync-sync"));
    m_engine = new SyncEngine(m_database, m_settings);
    m_engine->moveToThread(&m_thread);
    // Destroyed on its own thread when that ends (after any round in progress has unwound).
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    m_status.attach(m_engine);
    connect(&m_network, &NetworkWatcher::onlineChanged, m_engine, &SyncEngine::setOnline);
    connect(m_engine, &SyncEngine::dataChanged, this, &SyncSession::dataChanged);
    m_thread.start();
}

SyncSession::~SyncSession()
{
    m_status.detach();
    QMetaObject::invokeMethod(m_engine, &SyncEngine::stop);
    // Ends every event loop of the thread, also a request's wait inside a round: the round fails
    // as if the network were gone, loses nothing, and the engine goes with the thread.
    m_thread.quit();
    m_thread.wait();
}

void SyncSession::signIn(const QString &username, const QString &password)
{
    const QUrl server = m_settings.server;
    const int timeout = m_settings.requestTimeoutMs;
    const QString device = m_database.deviceId();
    QMetaObject::invokeMethod(m_engine, [this, server, timeout, device, username, password] {
        SyncApi api(server, timeout);
        const ApiReply reply = api.login(Protocol::LoginRequest{username, password, device});
        QMetaObject::invokeMethod(
            this,
            [this, reply, username] {
                if (!reply.ok()) {
                    if (reply.errorCode() == Protocol::ErrorCode::PasswordChangeRequired) {
                        emit passwordChangeRequired();
                    }
                    emit signedIn(false, reply.errorMessage());
                    return;
                }
                const Result<Protocol::LoginResponse> login = Protocol::LoginResponse::fromJson(reply.json);
                if (!login) {
                    emit signedIn(false, tr("The server's answer could not be read: %1").arg(login.error().message()));
                    return;
                }
                const QString token = login->token;
                const QString userId = login->user.id;
                m_username = username;
                if (const Status s = m_database.setActorUserId(userId); !s) {
                    emit signedIn(false, s.error().message());
                    return;
                }
                const Status kept = m_credentials.writeToken(m_settings.server, username, token);
                startEngine(token);
                emit signedIn(true, kept ? QString() : kept.error().message());
            },
            Qt::QueuedConnection);
    });
}

Result<bool> SyncSession::resume(const QString &username)
{
    const Result<QString> token = m_credentials.readToken(m_settings.server, username);
    if (!token) {
        return token.error();
    }
    m_username = username;
    if (token->isEmpty()) {
        m_status.onAuthenticationRequired();
        return false;
    }
    startEngine(*token);
    return true;
}

void SyncSession::startEngine(const QString &token)
{
    m_token = token;
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, token] {
        engine->setToken(token);
        engine->start();
    });
    m_status.clearNeedsLogin();
}

void SyncSession::syncNow()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::syncNow);
}

void SyncSession::notifyLocalChange()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::notifyLocalChange);
}

void SyncSession::prepareToLeave()
{
    QMetaObject::invokeMethod(m_engine, [this] { pushThenReport(); });
}

void SyncSession::pushThenReport()
{
    // On the engine's thread. A round already running (this call came through one of its
    // waits) has to end first: only a round that starts now pushes everything there is.
    if (m_engine->isRunning()) {
        QTimer::singleShot(100, m_engine, [this] { pushThenReport(); });
        return;
    }
    m_engine->syncNow();
    QMetaObject::invokeMethod(
        this,
        [this] {
            const Result<PendingSummary> left = LocalSyncStore(m_database).summary();
            emit readyToLeave(left ? *left : PendingSummary{});
        },
        Qt::QueuedConnection);
}

Status SyncSession::signOut(bool discardUnsynced)
{
    const Result<PendingSummary> left = LocalSyncStore(m_database).summary();
    if (!left) {
        return left.error();
    }
    const qint64 unsynced = left->pendingOps + left->quarantined;
    if (unsynced > 0 && !discardUnsynced) {
        return Error(ErrorCode::Validation, tr("Changes not yet on the server: %1. Sync first, or save them to a file "
                                               "and sign out anyway.")
                                                .arg(QLocale().toString(unsynced)));
    }
    QMetaObject::invokeMethod(m_engine, &SyncEngine::stop);
    if (!m_token.isEmpty()) {
        // Ends the session on the server too (best effort: the token is forgotten here anyway).
        QMetaObject::invokeMethod(m_engine, [server = m_settings.server, token = m_token] {
            SyncApi api(server);
            api.setToken(token);
            if (const ApiReply reply = api.logout(); !reply.ok()) {
                qCInfo(lcSession) << "the server did not end the session:" << reply.errorMessage();
            }
        });
    }
    m_token.clear();
    return m_credentials.removeToken(m_settings.server, m_username);
}

} // namespace SalesSync::Sync
