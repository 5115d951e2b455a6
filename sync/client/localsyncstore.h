#pragma once

#include "core/result.h"
#include "core/rules/fieldmerge.h"
#include "core/store/entityschema.h"
#include "sync/protocol/messages.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace SalesSync {
class Database;
}

namespace SalesSync::Sync {

// One outbox record, as stored: its fields in their wire form.
struct OutboxOp {
    qint64 seq = 0;
    QString opId;
    QString changeSetId;
    QString entity;
    QString rowId;
    QString op;         // create, update, delete (Protocol::OpKind's text)
    QJsonObject fields; // {"field": {"old": ..., "new": ...}}
    QString hlc;
    qint64 baseVersion = 0;
    QString userId;
    QString createdAt;

    // The op as the protocol sends it; an error when the record is damaged.
    Result<Protocol::Op> toOp() const;
};

// A quarantined op: rejected by the server (or set aside by an eviction), with the reason.
struct QuarantinedOp {
    OutboxOp op;
    Protocol::RejectionCode code = Protocol::RejectionCode::Other;
    QString message;
    QString quarantinedAt;
    QString field; // the field the server named, when it named one
};

// A same-field conflict the server reported for one of this device's ops.
struct ConflictRecord {
    qint64 id = 0;
    QString opId;
    QString entity;
    QString rowId;
    QString field;
    QJsonValue base, mine, theirs;
    ConflictPolicy policy = ConflictPolicy::LastWriterWins;
    Resolution resolution = Resolution::Theirs;
    QString createdAt;
    bool open = false; // a manual conflict nobody has resolved yet
};

struct PendingSummary {
    qint64 pendingOps = 0;
    QDateTime oldestPending; // invalid when nothing is pending
    qint64 quarantined = 0;
    qint64 openConflicts = 0;
};

// The sync engine's work on the local SQLite file: what to push, what the server answered,
// applying pulled pages, and the quarantine and conflict lists. Every method that writes does it
// in one transaction. Thread-safe in the way Database is: each thread uses its own connection.
// Its failures are logged under "salessync.sync.localstore" with their context.
class LocalSyncStore final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Sync::LocalSyncStore)

public:
    explicit LocalSyncStore(Database &database);

    // The oldest outbox ops, whole change sets only, about maxOps of them (one change set bigger
    // than that comes alone). An op that cannot be sent as it is (a damaged record) is set aside
    // in the quarantine with its change set (code "bad_value"), so that it never holds up the rest.
    Result<QList<OutboxOp>> nextBatch(int maxOps);
    // The push request for a batch.
    Result<Protocol::PushRequest> pushRequest(const QList<OutboxOp> &batch) const;
    // Takes in the server's per-op results (same order as the batch). Acknowledged ops leave the
    // outbox; an "applied" row takes its new server version; every reported conflict is kept,
    // and a field where the server kept its value takes that value locally; a rejected op moves
    // to the quarantine and its local change is undone, so the replica shows what the server has.
    Status recordPushResults(const QList<OutboxOp> &batch, const QList<Protocol::OpResult> &results);

    // Applies one pull page and stores the cursor after it, all in one transaction. A pulled
    // row never overwrites a field with a pending local edit (the push decides those); evicted
    // rows go with everything that belongs to them, and pending edits of those rows are set
    // aside in the quarantine (code "evicted"). A page of a snapshot (a first sync) suspends the
    // dashboard's aggregates: rebuilt once at the end, they cost far less than row by row.
    Status applyPullPage(const Protocol::PullResponse &page, bool snapshot = false);

    // Sync position and server identity, kept in the meta table.
    Result<QString> cursor();
    Result<QString> epoch();
    Status setEpoch(const QString &epoch);
    Result<qint64> snapshotRows();
    // When a pull last brought everything the server had (invalid: never).
    Result<QDateTime> pulledAt();
    // Forgets the position (a server restored from a backup): the next pull starts from scratch.
    Status resetCursor();

    Result<PendingSummary> summary();
    // The customers the ops in the outbox touch (a customer's own ops and those of its visits,
    // orders, order lines and ledger entries), sorted; what this device would lose unsynced if
    // they left its scope.
    Result<QStringList> pendingCustomers();
    Result<QList<QuarantinedOp>> quarantine();
    // Puts a quarantined op, with the other ops of its change set, back into the outbox as new
    // ops (new op ids, the rows' current base versions) after re-applying the changes locally.
    Status retryQuarantined(const QString &opId);
    // Forgets a quarantined op with the other ops of its change set.
    Status discardQuarantined(const QString &opId);
    Result<QList<ConflictRecord>> conflicts(bool openOnly);
    // Resolves a manual conflict with the chosen value (mine, theirs or edited): the field takes
    // it locally, and it syncs as an ordinary op.
    Status resolveConflict(qint64 id, const QJsonValue &value);
    // Writes every unsynced op (outbox and quarantine) to a JSON file a person can keep.
    Status exportUnsynced(const QString &path);

private:
    Result<QList<OutboxOp>> readBatch(int maxOps);
    Status setAsideDamaged(const QList<OutboxOp> &ops);
    // The steps of recordPushResults, for one op each.
    Status quarantineRejected(QSqlDatabase db, const OutboxOp &op, const Protocol::OpResult &result);
    Status acknowledge(QSqlDatabase db, const OutboxOp &op, const Protocol::OpResult &result);
    Status keepConflicts(QSqlDatabase db, const EntityDef &entity, const OutboxOp &op,
                         const Protocol::OpResult &result);
    // The steps of applyPullPage.
    Status evictTerritories(QSqlDatabase db, const QStringList &territories);
    Status applyChanges(QSqlDatabase db, const QList<Protocol::RowChange> &changes);
    Status applyOneByOne(QSqlDatabase db, const EntityDef &entity, const Protocol::RowChange &change);
    Status saveCursor(QSqlDatabase db, const Protocol::PullResponse &page);

    Database &m_database;
};

} // namespace SalesSync::Sync
