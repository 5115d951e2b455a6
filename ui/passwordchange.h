#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

#include <functional>

namespace SalesSync {

// Sets a person's own password on the server (POST /v1/auth/password), off the UI thread: with
// the initial password an administrator gave them, or with a one-time setup code.
class PasswordChange final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::PasswordChange)

public:
    struct Request {
        QUrl server;
        QString username;
        QString secret; // the current password, or the setup code
        bool setupCode = false;
        QString newPassword;
        QString deviceId;
    };
    // field: "password" (the current password or code was wrong), "newPassword", or empty.
    using Done = std::function<void(bool ok, const QString &field, const QString &message)>;

    // done runs on context's thread, unless context is gone by then.
    static void start(QObject *context, const Request &request, Done done);
};

} // namespace SalesSync
