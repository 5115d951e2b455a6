#pragma once

#include "sync/client/syncapi.h"
#include "sync/protocol/protocol.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <functional>

class QObject;

namespace SalesSync {

class Workspace;

// The administration screens' calls to the server (docs/sync-protocol.md, "Administration"), as
// the signed-in person, off the UI thread. They need the server: a local-only workspace (the
// demo) and a workspace not signed in cannot make them, and say why.
class ServerCall final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::ServerCall)

public:
    using Done = std::function<void(const Sync::ApiReply &reply)>;

    // Why the workspace cannot call the server now, for people; empty when it can.
    static QString unavailableReason(const Workspace &workspace);

    // Sends the request and hands the answer to done() on context's thread (not at all when
    // context is gone by then). Without a server or a token, done() gets a reply of status 0
    // whose error is unavailableReason().
    static void start(Workspace &workspace, QObject *context, Protocol::Endpoint endpoint, const QJsonObject &body,
                      const QUrlQuery &query, Done done);

    // The server's error about one field of an administration request, in the user's words: the
    // server speaks English, so the codes and fields people meet get the client's own text.
    static QString fieldMessage(const Sync::ApiReply &reply);
};

} // namespace SalesSync
