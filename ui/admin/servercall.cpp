#include "ui/admin/servercall.h"

#include "sync/client/syncsession.h"
#include "ui/background.h"
#include "ui/workspace.h"

#include <QThreadPool>

namespace SalesSync {

namespace {

// Threads of their own for requests that may wait for their timeout: they must not hold up the
// workspace's pool, where screens read, nor the global one, which Qt Concurrent shares.
QThreadPool *requestThreads()
{
    static QThreadPool pool;
    pool.setMaxThreadCount(4);
    return &pool;
}

} // namespace

QString ServerCall::unavailableReason(const Workspace &workspace)
{
    const Sync::SyncSession *session = workspace.sync();
    if (!session) {
        return tr("This workspace is not connected to a server. Accounts, sessions, devices and realignments live on "
                  "the server: sign in to your company's server to manage them.");
    }
    if (session->serverAccess().token.isEmpty()) {
        return tr("You are not signed in to the server. Sign in again to manage accounts and realignments.");
    }
    return {};
}

void ServerCall::start(Workspace &workspace, QObject *context, Protocol::Endpoint endpoint, const QJsonObject &body,
                       const QUrlQuery &query, Done done)
{
    const QString unavailable = unavailableReason(workspace);
    Sync::SyncSession::ServerAccess access;
    if (unavailable.isEmpty()) {
        access = workspace.sync()->serverAccess();
    }
    runInBackground(
        requestThreads(), context,
        [access, unavailable, endpoint, body, query] {
            if (!unavailable.isEmpty()) {
                Sync::ApiReply reply;
                reply.networkError = unavailable;
                return reply;
            }
            Sync::SyncApi api(access.server, access.timeoutMs);
            api.setToken(access.token);
            return api.call(endpoint, body, query);
        },
        std::move(done));
}

QString ServerCall::fieldMessage(const Sync::ApiReply &reply)
{
    const QString field = reply.errorField().section(u'[', 0, 0);
    const std::optional<Protocol::ErrorCode> code = reply.errorCode();
    const bool forbidden = code == Protocol::ErrorCode::Forbidden;
    if (field == u"username") {
        return tr("This username is already taken.");
    }
    if (field == u"employee_id") {
        return tr("This employee id is already another agent's.");
    }
    if (field == u"territory_ids") {
        return forbidden ? tr("This territory is outside the territories you manage.")
                         : tr("Agents work in active territories of the lowest level; choose those.");
    }
    if (field == u"role") {
        return forbidden ? tr("You may not give or change this role: only admins change roles, nobody their own, "
                              "and the last active admin stays an admin.")
                         : tr("This person has no agent record (employee id): create an agent account instead.");
    }
    if (field == u"active") {
        return tr("You cannot disable yourself or the last active admin.");
    }
    if (field == u"user_id") {
        return tr("This person is outside the people you administer.");
    }
    if (code == Protocol::ErrorCode::Conflict) {
        return tr("Someone else changed this person in the meantime. Look at them again, then repeat your change.");
    }
    return reply.errorMessage();
}

} // namespace SalesSync
