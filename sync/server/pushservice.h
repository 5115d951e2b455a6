#pragma once

#include "core/domain/user.h"
#include "core/result.h"
#include "sync/protocol/messages.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

namespace SalesSync::Server {

class PgDatabase;
struct Scope;

// Applies the change sets a client pushes from its outbox.
//
// - Idempotent: each op's result is stored under its op id; a replayed op or change set
//   returns the stored results and changes nothing.
// - Atomic per change set: its ops apply in order, all or nothing; a rejected op fails its
//   change set (the others report "change_set_failed"), never another change set.
// - Authorised per op and merged field by field by the entity's declaration (OpApplier).
class PushService final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Server::PushService)

public:
    explicit PushService(PgDatabase &database);

    // The results of the request's ops, in request order, or a database error (with a transient
    // one, the change sets before the failing one are applied and stored; the rest is not).
    // fresh, when given, receives the statuses of the ops applied now (not of replays), for
    // metrics.
    Result<QList<Protocol::OpResult>> push(const User &user, const Protocol::PushRequest &request,
                                           QStringList *fresh = nullptr);

private:
    using Stored = QHash<QString, Protocol::OpResult>;

    // One change set in its own transaction: replays, then the ops, the derived figures, and
    // the stored results.
    Result<QList<Protocol::OpResult>> pushChangeSet(QSqlDatabase db, const User &user, const QString &deviceId,
                                                    const Protocol::ChangeSet &set, QStringList *fresh);
    // Locks each op id (a retry arriving while the original push runs waits for it) and reads
    // the results stored for them.
    // Locks the set's op ids and reads the results stored for them. An op id another user or
    // device sent before gets an op_id_taken rejection instead of their result.
    static Result<Stored> lockAndReadStored(QSqlDatabase db, const User &user, const QString &deviceId,
                                            const Protocol::ChangeSet &set);
    static bool hasTakenOp(const Stored &stored);
    // Each result's version as the row stands after the whole set: a later op of the set, or
    // the recomputed totals of an order and its lines, may have moved it on.
    static Status finalVersions(QSqlDatabase db, const Protocol::ChangeSet &set, const Stored &stored,
                                QList<Protocol::OpResult> &results);
    // Applies the ops not stored yet, each under a savepoint; all or nothing.
    static Result<QList<Protocol::OpResult>> applyOps(QSqlDatabase db, const User &user, const QString &deviceId,
                                                      const Scope &scope, const Protocol::ChangeSet &set,
                                                      const Stored &stored);
    static Status storeResults(QSqlDatabase db, const User &user, const QString &deviceId,
                               const Protocol::ChangeSet &set, const QList<Protocol::OpResult> &results,
                               const Stored &stored);

    PgDatabase &m_database;
};

} // namespace SalesSync::Server
