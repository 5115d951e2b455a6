#include "sync/server/pushservice.h"

#include "core/store/savepoint.h"
#include "sync/server/opapplier.h"
#include "sync/server/pgdatabase.h"
#include "sync/server/pullservice.h"
#include "sync/server/pushrules.h"
#include "sync/server/serverlogging.h"

#include <QJsonDocument>

namespace SalesSync::Server {

using Protocol::OpResult;
using Protocol::OpStatus;
using Protocol::RejectionCode;

namespace {

OpResult changeSetFailed(const QString &opId)
{
    return OpResult::rejected(opId, RejectionCode::ChangeSetFailed,
                              PushService::tr("Not applied: another op of the same change set was rejected."));
}

// A database failure that will not go away by retrying (a broken constraint): the op is refused.
// The database's own text may quote whole rows, so it goes to the log, not to the client.
OpResult refusedByDatabase(const QString &opId, const Error &error)
{
    qCWarning(lcPush).noquote() << "op" << opId << "refused by the database:" << error.message();
    return OpResult::rejected(opId, RejectionCode::Invalid,
                              PushService::tr("The server's data rules refused the values (a missing or wrong "
                                              "reference, or a value out of range)."));
}

// The op to blame for a set that failed after its ops: the given one, or the next one applied
// now, since a stored result stands as it was sent before.
qsizetype appliedNow(const Protocol::ChangeSet &set, const QHash<QString, OpResult> &stored, qsizetype from)
{
    for (qsizetype n = 0; n < set.ops.size(); ++n) {
        const qsizetype i = (from + n) % set.ops.size();
        if (!stored.contains(set.ops.at(i).opId)) {
            return i;
        }
    }
    return from; // not reached: a set whose ops are all stored is a replay
}

Error busy(const Error &error)
{
    return Error(ErrorCode::Storage, PushService::tr("The database was busy; nothing of this change set was applied. "
                                                     "Send the push again: %1")
                                         .arg(error.message()));
}

} // namespace

PushService::PushService(PgDatabase &database)
    : m_database(database)
{}

Result<QList<OpResult>> PushService::push(const User &user, const Protocol::PushRequest &request, QStringList *fresh)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return db.error();
    }
    QList<OpResult> results;
    for (const Protocol::ChangeSet &set : request.changeSets) {
        const Result<QList<OpResult>> done = pushChangeSet(*db, user, request.deviceId, set, fresh);
        if (!done) {
            return done.error();
        }
        results << *done;
    }
    return results;
}

Result<QList<OpResult>> PushService::pushChangeSet(QSqlDatabase db, const User &user, const QString &deviceId,
                                                   const Protocol::ChangeSet &set, QStringList *fresh)
{
    PgTransaction tx(db, AuditActor{user.id, deviceId});
    if (const Status s = tx.status(); !s) {
        return s.error();
    }
    const Result<Stored> stored = lockAndReadStored(db, user, deviceId, set);
    if (!stored) {
        return stored.error();
    }
    QList<OpResult> results;
    if (stored->size() == set.ops.size()) {
        for (const Protocol::Op &op : set.ops) {
            results << stored->value(op.opId);
        }
        return results; // a replay: nothing to write (the transaction rolls back)
    }
    const Result<Scope> scope = Scope::of(db, user);
    if (!scope) {
        return scope.error();
    }
    Result<QList<OpResult>> applied = applyOps(db, user, deviceId, *scope, set, *stored);
    if (!applied) {
        return applied.error();
    }
    if (const Status s = storeResults(db, user, deviceId, set, *applied, *stored); !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    for (qsizetype i = 0; fresh && i < set.ops.size(); ++i) {
        if (!stored->contains(set.ops.at(i).opId)) {
            *fresh << Protocol::opStatusToText(applied->at(i).status);
        }
    }
    return applied;
}

Result<PushService::Stored> PushService::lockAndReadStored(QSqlDatabase db, const User &user, const QString &deviceId,
                                                           const Protocol::ChangeSet &set)
{
    Stored stored;
    for (const Protocol::Op &op : set.ops) {
        if (Result<QSqlQuery> lock =
                pgQuery(db, QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))"), {op.opId});
            !lock) {
            return lock.error();
        }
        Result<QSqlQuery> q = pgQuery(
            db, QStringLiteral("SELECT result::text, user_id, device_id FROM op_results WHERE op_id = ?"), {op.opId});
        if (!q) {
            return q.error();
        }
        if (!q->next()) {
            continue;
        }
        if (q->value(1).toString() != user.id || q->value(2).toString() != deviceId) {
            // Somebody else's op: its result is theirs, and this op is not applied.
            stored.insert(op.opId, OpResult::rejected(op.opId, RejectionCode::OpIdTaken,
                                                      tr("Another device already sent an op with this id; this one "
                                                         "was not applied. Give every op a new UUIDv7.")));
            continue;
        }
        const Result<OpResult> result = OpResult::fromJson(
            QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object(), QStringLiteral("stored"));
        if (!result) {
            return Error(ErrorCode::Storage,
                         tr("The stored result of op %1 cannot be read: %2").arg(op.opId, result.error().message()));
        }
        stored.insert(op.opId, *result);
    }
    return stored;
}

bool PushService::hasTakenOp(const Stored &stored)
{
    return std::any_of(stored.cbegin(), stored.cend(),
                       [](const OpResult &r) { return r.code == RejectionCode::OpIdTaken; });
}

Result<QList<OpResult>> PushService::applyOps(QSqlDatabase db, const User &user, const QString &deviceId,
                                              const Scope &scope, const Protocol::ChangeSet &set, const Stored &stored)
{
    Savepoint whole(db, QStringLiteral("change_set"));
    if (const Status s = whole.status(); !s) {
        return s.error();
    }
    const Result<QHash<QString, QString>> orders = PushRules::lockTouchedOrders(db, set.ops);
    if (!orders) {
        return isTransient(orders.error()) ? busy(orders.error()) : orders.error();
    }
    OpApplier applier(db, user, deviceId, scope);
    applier.setOrderStatusesBefore(*orders);
    QList<OpResult> results;
    bool failed = hasTakenOp(stored); // a set with another device's op is not applied at all
    for (const Protocol::Op &op : set.ops) {
        if (stored.contains(op.opId)) {
            results << stored.value(op.opId); // sent before in another change set: its result stands
            continue;
        }
        if (failed) {
            results << changeSetFailed(op.opId);
            continue;
        }
        Savepoint one(db, QStringLiteral("op"));
        if (const Status s = one.status(); !s) {
            return s.error();
        }
        Result<OpResult> result = applier.apply(op);
        if (!result && isTransient(result.error())) {
            return busy(result.error()); // nothing of this set is kept (the savepoints roll back)
        }
        const OpResult outcome = result ? *result : refusedByDatabase(op.opId, result.error());
        failed = outcome.status == OpStatus::Rejected;
        if (const Status s = failed ? one.rollback() : one.release(); !s) {
            return s.error();
        }
        results << outcome;
    }
    if (!failed) {
        const Result<std::optional<PushRules::Blame>> blame = PushRules::recomputeOrders(db, set.ops);
        if (!blame && isTransient(blame.error())) {
            return busy(blame.error());
        }
        if (!blame) {
            const qsizetype i = appliedNow(set, stored, 0);
            results[i] = refusedByDatabase(set.ops.at(i).opId, blame.error());
            failed = true;
        } else if (*blame) {
            const qsizetype i = appliedNow(set, stored, (*blame)->op);
            results[i] = OpResult::rejected(set.ops.at(i).opId, RejectionCode::Invalid, (*blame)->message);
            failed = true;
        }
    }
    if (!failed) {
        if (const Status s = finalVersions(db, set, stored, results); !s) {
            return s.error();
        }
        if (const Status s = whole.release(); !s) {
            return s.error();
        }
        return results;
    }
    // All or nothing: undo the set's ops that had applied, and say so.
    if (const Status s = whole.rollback(); !s) {
        return s.error();
    }
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (!stored.contains(set.ops.at(i).opId) && results.at(i).status != OpStatus::Rejected) {
            results[i] = changeSetFailed(set.ops.at(i).opId);
        }
    }
    return results;
}

Status PushService::finalVersions(QSqlDatabase db, const Protocol::ChangeSet &set, const Stored &stored,
                                  QList<OpResult> &results)
{
    QHash<QString, int> edits; // how many ops of the set touch each row
    for (const Protocol::Op &op : set.ops) {
        ++edits[op.entity + u'/' + op.rowId];
    }
    for (qsizetype i = 0; i < set.ops.size(); ++i) {
        const Protocol::Op &op = set.ops.at(i);
        const EntityDef *entity = EntitySchema::find(op.entity);
        const bool derived =
            entity && std::any_of(entity->fields.cbegin(), entity->fields.cend(),
                                  [](const FieldDef &f) { return f.policy == ConflictPolicy::Derived; });
        if (!entity || stored.contains(op.opId) || results.at(i).status == OpStatus::Rejected ||
            (!derived && edits.value(op.entity + u'/' + op.rowId) < 2)) {
            continue;
        }
        const Result<QVariant> version =
            pgValue(db, QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(entity->table), {op.rowId});
        if (!version) {
            return version.error();
        }
        results[i].version = version->toLongLong();
    }
    return {};
}

Status PushService::storeResults(QSqlDatabase db, const User &user, const QString &deviceId,
                                 const Protocol::ChangeSet &set, const QList<OpResult> &results, const Stored &stored)
{
    for (qsizetype i = 0; i < set.ops.size(); ++i) {
        const QString &opId = set.ops.at(i).opId;
        if (stored.contains(opId)) {
            continue;
        }
        const QString json = QString::fromUtf8(QJsonDocument(results.at(i).toJson()).toJson(QJsonDocument::Compact));
        if (const Result<QSqlQuery> q =
                pgQuery(db,
                        QStringLiteral("INSERT INTO op_results (op_id, change_set_id, device_id, user_id, result) "
                                       "VALUES (?, ?, ?, ?, ?::jsonb)"),
                        {opId, set.id, deviceId, user.id, json});
            !q) {
            return q.error();
        }
    }
    return {};
}

} // namespace SalesSync::Server
