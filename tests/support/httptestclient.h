#pragma once

#include "core/hybridlogicalclock.h"
#include "core/uuidv7.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

namespace SalesSync::Test {

// Signs in over HTTP at a server on this machine; the token, or empty. Waits with the event
// loop turning, so it also works when the server runs on the calling thread.
inline QString signIn(QNetworkAccessManager &nam, quint16 port, const QByteArray &body)
{
    QNetworkRequest login(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/auth/login").arg(port)));
    login.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.post(login, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    const QString token =
        done.wait(30000) ? QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("token")).toString()
                         : QString();
    reply->deleteLater();
    return token;
}

struct Reply {
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QByteArray retryAfter;
};

// One real HTTP request over loopback to a server on this machine; waits for the answer with the
// event loop turning.
inline Reply send(QNetworkAccessManager &nam, quint16 port, const QByteArray &method, const QString &path,
                  const QByteArray &body = {}, const QString &token = {})
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1());
    }
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(30000);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    r.retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
    reply->deleteLater();
    return r;
}

// The error code of an error answer ("forbidden"), or empty.
inline QString errorCode(const Reply &r)
{
    return r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

// The field an error answer names, or empty.
inline QString errorField(const Reply &r)
{
    return r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString();
}

// A push op creating a region (a territory with no parent and no references) whose code and
// name are the given code: the fault tests make many of them and find them by code.
inline QJsonObject regionCreateOp(const QString &code, qint64 clockMs, const QString &device)
{
    const auto field = [](const QJsonValue &v) {
        return QJsonObject{{QStringLiteral("new"), v}};
    };
    return QJsonObject{
        {QStringLiteral("op_id"), UuidV7::generateString()},
        {QStringLiteral("entity"), QStringLiteral("territory")},
        {QStringLiteral("row_id"), UuidV7::generateString()},
        {QStringLiteral("op"), QStringLiteral("create")},
        {QStringLiteral("base_version"), 0},
        {QStringLiteral("hlc"), HlcTimestamp{clockMs, 0, device}.toString()},
        {QStringLiteral("fields"), QJsonObject{{QStringLiteral("level"), field(QStringLiteral("region"))},
                                               {QStringLiteral("code"), field(code)},
                                               {QStringLiteral("name"), field(code)}}}};
}

} // namespace SalesSync::Test
