#include "ui/passwordchange.h"

#include "sync/client/syncapi.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace SalesSync {

namespace {

struct Outcome {
    bool ok = false;
    QString field;
    QString message;
};

Outcome run(const PasswordChange::Request &request)
{
    Sync::SyncApi api(request.server);
    Protocol::SetPasswordRequest body;
    body.username = request.username;
    (request.setupCode ? body.setupCode : body.password) = request.secret;
    body.newPassword = request.newPassword;
    body.deviceId = request.deviceId;
    const Sync::ApiReply reply = api.call(Protocol::Endpoint::SetPassword, body.toJson());
    if (reply.ok()) {
        return {true, {}, {}};
    }
    const QString field = reply.errorField() == u"new_password"                          ? QStringLiteral("newPassword")
                          : reply.errorCode() == Protocol::ErrorCode::InvalidCredentials ? QStringLiteral("password")
                                                                                         : QString();
    if (request.setupCode && field == u"password") {
        return {false, field,
                PasswordChange::tr("The setup code is wrong, used or expired. Ask your administrator for a new one.")};
    }
    return {false, field, reply.errorMessage()};
}

} // namespace

void PasswordChange::start(QObject *context, const Request &request, Done done)
{
    auto *watcher = new QFutureWatcher<Outcome>(context);
    QObject::connect(watcher, &QFutureWatcher<Outcome>::finished, context, [watcher, done = std::move(done)] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        done(outcome.ok, outcome.field, outcome.message);
    });
    watcher->setFuture(QtConcurrent::run([request] { return run(request); }));
}

} // namespace SalesSync
