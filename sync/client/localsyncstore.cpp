#include "sync/client/localsyncstore.h"

#include "core/kpi/kpiaggregates.h"
#include "core/store/changewriter.h"
#include "core/store/database.h"
#include "core/store/entityschema.h"
#include "core/store/savepoint.h"
#include "core/store/sqlutil.h"
#include "core/store/writetransaction.h"
#include "core/timeutil.h"
#include "sync/client/sqliteshared.h"
#include "sync/protocol/jsonreader.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <map>
#include <memory>

Q_LOGGING_CATEGORY(lcLocalStore, "salessync.sync.localstore", QtInfoMsg)

namespace SalesSync::Sync {

using Protocol::OpResult;
using Protocol::OpStatus;
using Protocol::RejectionCode;

namespace {

const QString kCursorKey = QStringLiteral("sync.cursor");
const QString kEpochKey = QStringLiteral("sync.epoch");
const QString kSnapshotRowsKey = QStringLiteral("sync.snapshot_rows");
const QString kPulledAtKey = QStringLiteral("sync.pulled_at");

const QString kOutboxColumns =
    QStringLiteral("seq, op_id, change_set_id, entity, row_id, op, fields, hlc, base_version, user_id, created_at");

OutboxOp opFromQuery(const QSqlQuery &q)
{
    OutboxOp op;
    op.seq = q.value(0).toLongLong();
    op.opId = q.value(1).toString();
    op.changeSetId = q.value(2).toString();
    op.entity = q.value(3).toString();
    op.rowId = q.value(4).toString();
    op.op = q.value(5).toString();
    op.fields = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    op.hlc = q.value(7).toString();
    op.baseVersion = q.value(8).toLongLong();
    op.userId = q.value(9).toString();
    op.createdAt = q.value(10).toString();
    return op;
}

QJsonValue jsonValue(const QString &text)
{
    return QJsonDocument::fromJson((u'[' + text + u']').toUtf8()).array().at(0);
}

// A field value from the wire (or an outbox record) in SQLite's storage form.
QVariant stored(const FieldDef &field, const QJsonValue &value)
{
    // The common wire types straight to their storage form (this runs for every field of every
    // pulled row); anything else through the general conversion.
    switch (value.type()) {
    case QJsonValue::String:
        if (field.type == FieldType::Text || field.type == FieldType::Timestamp || field.type == FieldType::Date) {
            QString text = value.toString();
            if (text.isEmpty()) {
                return field.type == FieldType::Text && !field.nullable ? QVariant(QStringLiteral("")) : QVariant();
            }
            return QVariant(text);
        }
        break;
    case QJsonValue::Double:
        if (field.type == FieldType::Integer) {
            return QVariant(qlonglong(value.toInteger()));
        }
        if (field.type == FieldType::Real) {
            return QVariant(value.toDouble());
        }
        break;
    case QJsonValue::Bool:
        if (field.type == FieldType::Boolean) {
            return QVariant(qlonglong(value.toBool() ? 1 : 0));
        }
        break;
    default:
        break;
    }
    return toStorageValue(field, value.toVariant());
}

// The fields of a row that pending (unpushed) outbox ops change.
Result<QSet<QString>> pendingFields(QSqlDatabase db, const QString &entity, const QString &rowId)
{
    Result<QSqlQuery> q =
        runQuery(db, QStringLiteral("SELECT fields FROM outbox WHERE entity = ? AND row_id = ?"), {entity, rowId});
    if (!q) {
        return q.error();
    }
    QSet<QString> fields;
    while (q.value().next()) {
        const QJsonObject changed = QJsonDocument::fromJson(q.value().value(0).toString().toUtf8()).object();
        for (auto it = changed.constBegin(); it != changed.constEnd(); ++it) {
            fields.insert(it.key());
        }
    }
    return fields;
}

Result<bool> rowExists(QSqlDatabase db, const EntityDef &entity, const QString &id)
{
    const Result<QVariant> v =
        queryValue(db, QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(entity.table), {id});
    if (!v) {
        return v.error();
    }
    return v->toLongLong() > 0;
}

// Sets some fields of a local row without change capture (the server's values).
Status writeFields(QSqlDatabase db, const EntityDef &entity, const QString &id, const QVariantMap &values,
                   qint64 serverVersion = -1)
{
    QStringList assignments{QStringLiteral("updated_at = ?")};
    QVariantList binds{nowIsoUtc()};
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        assignments << it.key() + QStringLiteral(" = ?");
        binds << it.value();
    }
    if (serverVersion >= 0) {
        assignments << QStringLiteral("server_version = ?");
        binds << serverVersion;
    }
    binds << id;
    const Result<QSqlQuery> q =
        runQuery(db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(entity.table, assignments.join(u',')), binds);
    return q ? Status() : Status(q.error());
}

Status insertRow(QSqlDatabase db, const EntityDef &entity, const QString &id, const QVariantMap &values,
                 qint64 serverVersion)
{
    QStringList columns{QStringLiteral("id"), QStringLiteral("server_version"), QStringLiteral("updated_at")};
    QVariantList binds{id, serverVersion, nowIsoUtc()};
    for (const FieldDef &field : entity.fields) {
        columns << field.name;
        binds << values.value(field.name, toStorageValue(field, QVariant()));
    }
    const Result<QSqlQuery> q = runQuery(
        db,
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(entity.table, columns.join(u','), QStringList(columns.size(), QStringLiteral("?")).join(u',')),
        binds);
    return q ? Status() : Status(q.error());
}

// Writes pulled rows that no pending local edit touches: one prepared upsert per entity, reused
// for every such row of the page. A row comes in if it is new, and replaces the local one only if
// its version is newer; a ledger row only ever moves its version. Where Qt's driver shares this
// program's SQLite library, the statements run on the connection directly: binding each value
// through QtSql costs more than SQLite's own work for the row.
class PageUpserts final {
public:
    explicit PageUpserts(QSqlDatabase db)
        : m_db(db)
        , m_sqlite(sharedSqliteHandle(m_db))
        , m_now(nowIsoUtc())
    {}

    Status write(const EntityDef &entity, const QString &id, qint64 version, const QJsonObject &fields)
    {
        Statement &statement = m_statements[entity.name];
        if (!statement.direct && !statement.qt) {
            if (const Status s = prepare(entity, statement); !s) {
                return s;
            }
        }
        const auto bind = [&](int index, const QVariant &value) {
            if (statement.direct) {
                statement.direct->bind(index + 1, value);
            } else {
                statement.qt->bindValue(index, value);
            }
        };
        bind(0, id);
        bind(1, version);
        bind(2, m_now);
        int index = 3;
        for (const FieldDef &field : entity.fields) {
            bind(index++, stored(field, fields.value(field.name)));
        }
        if (statement.direct) {
            return statement.direct->run(entity.name + u' ' + id);
        }
        return statement.qt->exec() ? Status() : Status(sqlError(statement.qt->lastError(), entity.name + u' ' + id));
    }

private:
    struct Statement {
        std::unique_ptr<SqliteStatement> direct;
        std::unique_ptr<QSqlQuery> qt;
    };

    Status prepare(const EntityDef &entity, Statement &statement)
    {
        QStringList columns{QStringLiteral("id"), QStringLiteral("server_version"), QStringLiteral("updated_at")};
        QStringList updates{QStringLiteral("server_version = excluded.server_version"),
                            QStringLiteral("updated_at = excluded.updated_at")};
        for (const FieldDef &field : entity.fields) {
            columns << field.name;
            if (!entity.appendOnly) {
                updates << field.name + QStringLiteral(" = excluded.") + field.name;
            }
        }
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4 WHERE "
                                           "excluded.server_version > %1.server_version")
                                .arg(entity.table, columns.join(u','),
                                     QStringList(columns.size(), QStringLiteral("?")).join(u','), updates.join(u','));
        if (m_sqlite) {
            statement.direct = std::make_unique<SqliteStatement>(m_sqlite, sql);
            return statement.direct->isValid()
                       ? Status()
                       : Status(Error(ErrorCode::Storage,
                                      entity.table + u": " + LocalSyncStore::tr("cannot prepare the pull")));
        }
        statement.qt = std::make_unique<QSqlQuery>(m_db);
        return statement.qt->prepare(sql) ? Status() : Status(sqlError(statement.qt->lastError(), entity.table));
    }

    QSqlDatabase m_db;
    sqlite3 *m_sqlite;
    QString m_now;
    std::map<QString, Statement> m_statements;
};

// Checks foreign keys at the end of the current transaction instead of at each statement.
Status deferForeignKeys(QSqlDatabase db)
{
    const Result<QSqlQuery> q = runQuery(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    return q ? Status() : Status(q.error());
}

// Deletes one local row without change capture. A row of an append-only entity (the ledger) may
// only go this way: its delete trigger lets a delete through while sync_eviction has its row,
// which exists only inside this transaction.
Status deleteLocalRow(QSqlDatabase db, const EntityDef &entity, const QString &id)
{
    if (entity.appendOnly) {
        if (const Result<QSqlQuery> q = runQuery(db, QStringLiteral("INSERT OR IGNORE INTO sync_eviction VALUES (1)"));
            !q) {
            return q.error();
        }
    }
    const Result<QSqlQuery> q = runQuery(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(entity.table), {id});
    if (!q) {
        return q.error();
    }
    if (entity.appendOnly) {
        const Result<QSqlQuery> done = runQuery(db, QStringLiteral("DELETE FROM sync_eviction"));
        return done ? Status() : Status(done.error());
    }
    return {};
}

// Moves the outbox records of the given rows to the quarantine with a reason.
Status setAside(QSqlDatabase db, const QString &entity, const QStringList &rowIds, const QString &code,
                const QString &message)
{
    for (const QString &rowId : rowIds) {
        Result<QSqlQuery> q =
            runQuery(db,
                     QStringLiteral("INSERT INTO sync_quarantine (op_id, change_set_id, entity, "
                                    "row_id, op, fields, hlc, base_version, user_id, created_at, "
                                    "code, message, quarantined_at) SELECT op_id, change_set_id, "
                                    "entity, row_id, op, fields, hlc, base_version, user_id, "
                                    "created_at, ?, ?, ? FROM outbox WHERE entity = ? AND row_id = ?"),
                     {code, message, nowIsoUtc(), entity, rowId});
        if (!q) {
            return q.error();
        }
        q = runQuery(db, QStringLiteral("DELETE FROM outbox WHERE entity = ? AND row_id = ?"), {entity, rowId});
        if (!q) {
            return q.error();
        }
    }
    return {};
}

// Removes customers with everything hanging off them, children first; their pending edits go
// to the quarantine.
// Removes local rows together with every local row that refers to them, directly or through
// others (a customer's visits, orders, their lines and its ledger; a payment's reversals), found
// through the schema's foreign keys, a level at a time. Pending changes of the rows removed are
// set aside with the code and message, those of the given rows only when setAsideOwn (a refused
// create's own op is already in the quarantine). Foreign keys must be deferred by the caller.
Status removeWithDependents(QSqlDatabase db, const EntityDef &entity, const QStringList &ids, const QString &code,
                            const QString &message, bool setAsideOwn)
{
    QList<std::pair<const EntityDef *, QStringList>> level{{&entity, ids}};
    QSet<QString> done;
    for (bool first = true; !level.isEmpty(); first = false) {
        QHash<const EntityDef *, QStringList> next;
        for (const auto &[rows, rowIds] : std::as_const(level)) {
            QStringList fresh;
            for (const QString &id : rowIds) {
                if (!done.contains(rows->name + u'/' + id)) {
                    done.insert(rows->name + u'/' + id);
                    fresh << id;
                }
            }
            for (qsizetype from = 0; from < fresh.size(); from += 500) { // within SQLite's bind limit
                const QStringList chunk = fresh.mid(from, 500);
                const QVariantList binds(chunk.cbegin(), chunk.cend());
                const QString marks = QStringList(chunk.size(), QStringLiteral("?")).join(u',');
                for (const EntityDef &child : EntitySchema::all()) {
                    for (const FieldDef &field : child.fields) {
                        if (field.references != rows->name) {
                            continue;
                        }
                        const Result<QStringList> found = firstColumn(runQuery(
                            db,
                            QStringLiteral("SELECT id FROM %1 WHERE %2 IN (%3)").arg(child.table, field.name, marks),
                            binds));
                        if (!found) {
                            return found.error();
                        }
                        next[&child] << *found;
                    }
                }
            }
            if (setAsideOwn || !first) {
                if (const Status st = setAside(db, rows->name, fresh, code, message); !st) {
                    return st;
                }
            }
            for (const QString &id : std::as_const(fresh)) {
                if (const Status st = deleteLocalRow(db, *rows, id); !st) {
                    return st;
                }
            }
        }
        level.clear();
        for (auto it = next.cbegin(); it != next.cend(); ++it) {
            level.append({it.key(), it.value()});
        }
    }
    return {};
}

// Rows that left this user's scope (customers, sales targets) go with everything that belongs to
// them; pending edits of those rows are kept aside for review.
Status evictRows(QSqlDatabase db, const EntityDef &entity, const QStringList &ids)
{
    return removeWithDependents(db, entity, ids, Protocol::rejectionCodeToText(RejectionCode::Evicted),
                                LocalSyncStore::tr("This record left your territories before your change was synced; "
                                                   "your change is kept here for review."),
                                true);
}

// Undoes a rejected op locally, so the row shows the server's state again: a refused create goes
// with every local row that depends on it (their pending changes set aside), a refused update
// gets its old values back where no later local edit is pending, a refused delete brings the row
// back if the server has it. All of it or nothing (a savepoint); the error says why it could not be undone.
Status undo(QSqlDatabase db, const OutboxOp &op)
{
    const EntityDef *entity = EntitySchema::find(op.entity);
    if (!entity) {
        return {};
    }
    const Result<QSet<QString>> pending = pendingFields(db, op.entity, op.rowId);
    if (!pending) {
        return pending.error();
    }
    Savepoint savepoint(db, QStringLiteral("undo_op"));
    if (const Status s = savepoint.status(); !s) {
        return s;
    }
    Status s;
    if (op.op == Protocol::opKindToText(Protocol::OpKind::Create)) {
        s = removeWithDependents(db, *entity, {op.rowId}, Protocol::rejectionCodeToText(RejectionCode::ParentRejected),
                                 LocalSyncStore::tr("This record depends on a change the server did not accept; "
                                                    "your change is kept here for review."),
                                 false);
    } else if (op.op == Protocol::opKindToText(Protocol::OpKind::Update)) {
        QVariantMap values;
        for (auto it = op.fields.constBegin(); it != op.fields.constEnd(); ++it) {
            const FieldDef *field = entity->field(it.key());
            if (field && !pending->contains(it.key())) {
                values.insert(it.key(), stored(*field, it.value().toObject().value(QStringLiteral("old"))));
            }
        }
        if (!values.isEmpty()) {
            s = writeFields(db, *entity, op.rowId, values);
        }
    } else if (op.baseVersion > 0) { // a row the server never had (its create was refused) stays gone
        const Result<bool> exists = rowExists(db, *entity, op.rowId);
        if (!exists) {
            s = exists.error();
        } else if (!*exists) {
            QVariantMap values;
            for (const FieldDef &field : entity->fields) {
                values.insert(field.name,
                              stored(field, op.fields.value(field.name).toObject().value(QStringLiteral("old"))));
            }
            s = insertRow(db, *entity, op.rowId, values, op.baseVersion);
        }
    }
    return s ? savepoint.release() : s;
}

// The rows with pending local edits ("entity/id"): only those need the field-by-field path.
Result<QSet<QString>> pendingRows(QSqlDatabase db)
{
    Result<QSqlQuery> q = runQuery(db, QStringLiteral("SELECT DISTINCT entity, row_id FROM outbox"));
    if (!q) {
        return q.error();
    }
    QSet<QString> rows;
    while (q.value().next()) {
        rows.insert(q.value().value(0).toString() + u'/' + q.value().value(1).toString());
    }
    return rows;
}

// An op as a person keeps it in an export: what the protocol would send, exactly as stored.
QJsonObject exportJson(const OutboxOp &op)
{
    return QJsonObject{{QStringLiteral("op_id"), op.opId},
                       {QStringLiteral("entity"), op.entity},
                       {QStringLiteral("row_id"), op.rowId},
                       {QStringLiteral("op"), op.op},
                       {QStringLiteral("fields"), op.fields},
                       {QStringLiteral("hlc"), op.hlc},
                       {QStringLiteral("base_version"), op.baseVersion}};
}

Status setMeta(QSqlDatabase db, const QString &key, const QString &value)
{
    const Result<QSqlQuery> q =
        runQuery(db, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"), {key, value});
    return q ? Status() : Status(q.error());
}

} // namespace

Result<Protocol::Op> OutboxOp::toOp() const
{
    Protocol::Op out;
    out.opId = opId;
    out.entity = entity;
    out.rowId = rowId;
    const std::optional<Protocol::OpKind> kind = Protocol::opKindFromText(op);
    if (!kind) {
        return Error(ErrorCode::Corrupt, LocalSyncStore::tr("Outbox op %1 has the unknown kind \"%2\".").arg(opId, op));
    }
    out.kind = *kind;
    Result<QMap<QString, Protocol::FieldChange>> changes =
        Protocol::Op::fieldsFromJson(fields, QStringLiteral("fields"));
    if (!changes) {
        return Error(ErrorCode::Corrupt,
                     LocalSyncStore::tr("Outbox op %1 is damaged: %2").arg(opId, changes.error().message()));
    }
    out.fields = *changes;
    out.hlc = hlc;
    out.baseVersion = baseVersion;
    return out;
}

LocalSyncStore::LocalSyncStore(Database &database)
    : m_database(database)
{}

Status LocalSyncStore::setAsideDamaged(const QList<OutboxOp> &ops)
{
    for (const OutboxOp &op : ops) {
        const Result<Protocol::Op> wire = op.toOp();
        if (wire) {
            continue;
        }
        // Never sent as it is (the server would refuse the whole push): its change set goes to
        // the quarantine, and the rest of the outbox syncs.
        qCWarning(lcLocalStore).noquote() << wire.error().message();
        WriteTransaction tx(m_database.connection());
        Result<QSqlQuery> q = runQuery(
            tx.database(),
            QStringLiteral("INSERT OR REPLACE INTO sync_quarantine (op_id, change_set_id, entity, row_id, op, fields, "
                           "hlc, base_version, user_id, created_at, code, message, quarantined_at) SELECT op_id, "
                           "change_set_id, entity, row_id, op, fields, hlc, base_version, user_id, created_at, ?, ?, ? "
                           "FROM outbox WHERE change_set_id = ?"),
            {Protocol::rejectionCodeToText(RejectionCode::BadValue), wire.error().message(), nowIsoUtc(),
             op.changeSetId});
        if (q) {
            q = runQuery(tx.database(), QStringLiteral("DELETE FROM outbox WHERE change_set_id = ?"), {op.changeSetId});
        }
        if (!q) {
            return q.error();
        }
        if (const Status s = tx.commit(); !s) {
            return s;
        }
    }
    return {};
}

Result<QList<OutboxOp>> LocalSyncStore::nextBatch(int maxOps)
{
    for (;;) {
        Result<QList<OutboxOp>> batch = readBatch(maxOps);
        if (!batch) {
            return batch;
        }
        const auto damaged =
            std::find_if(batch->cbegin(), batch->cend(), [](const OutboxOp &op) { return !op.toOp(); });
        if (damaged == batch->cend()) {
            return batch;
        }
        if (const Status s = setAsideDamaged(*batch); !s) {
            return s.error();
        }
    }
}

Result<QList<OutboxOp>> LocalSyncStore::readBatch(int maxOps)
{
    QSqlDatabase db = m_database.connection();
    // Whole change sets in the order their first op was written.
    Result<QSqlQuery> q = runQuery(db,
                                   QStringLiteral("SELECT %1 FROM outbox WHERE change_set_id IN (SELECT change_set_id "
                                                  "FROM outbox GROUP BY change_set_id ORDER BY min(seq) LIMIT ?) "
                                                  "ORDER BY seq")
                                       .arg(kOutboxColumns),
                                   {maxOps});
    if (!q) {
        return q.error();
    }
    QList<OutboxOp> ops;
    while (q.value().next()) {
        ops << opFromQuery(q.value());
    }
    // Keep whole sets, at most about maxOps ops (but always the first set).
    QList<QString> order;
    QHash<QString, QList<OutboxOp>> bySet;
    for (const OutboxOp &op : std::as_const(ops)) {
        if (!bySet.contains(op.changeSetId)) {
            order << op.changeSetId;
        }
        bySet[op.changeSetId] << op;
    }
    QList<OutboxOp> batch;
    for (const QString &set : std::as_const(order)) {
        if (!batch.isEmpty() && batch.size() + bySet.value(set).size() > maxOps) {
            break;
        }
        batch << bySet.value(set);
    }
    return batch;
}

Result<Protocol::PushRequest> LocalSyncStore::pushRequest(const QList<OutboxOp> &batch) const
{
    Protocol::PushRequest request;
    request.deviceId = m_database.deviceId();
    for (const OutboxOp &op : batch) {
        Result<Protocol::Op> wire = op.toOp();
        if (!wire) {
            qCWarning(lcLocalStore).noquote() << wire.error().message();
            return wire.error();
        }
        if (request.changeSets.isEmpty() || request.changeSets.last().id != op.changeSetId) {
            request.changeSets.append(Protocol::ChangeSet{op.changeSetId, {}});
        }
        request.changeSets.last().ops << *std::move(wire);
    }
    return request;
}

Status LocalSyncStore::recordPushResults(const QList<OutboxOp> &batch, const QList<OpResult> &results)
{
    if (results.size() != batch.size()) {
        return Error(ErrorCode::Storage,
                     tr("The server answered %1 results for %2 changes.").arg(results.size()).arg(batch.size()));
    }
    WriteTransaction tx(m_database.connection());
    if (const Status s = tx.status(); !s) {
        return s;
    }
    QSqlDatabase db = tx.database();
    // Undoing a refused create removes rows that refer to each other: check references at the end.
    if (const Status s = deferForeignKeys(db); !s) {
        return s;
    }
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const OutboxOp &op = batch.at(i);
        const OpResult &result = results.at(i);
        if (result.opId != op.opId) {
            return Error(ErrorCode::Storage,
                         tr("The server answered for op %1 where op %2 was expected.").arg(result.opId, op.opId));
        }
        const Status s =
            result.status == OpStatus::Rejected ? quarantineRejected(db, op, result) : acknowledge(db, op, result);
        if (!s) {
            qCWarning(lcLocalStore).noquote()
                << "recording the result of op" << op.opId << "failed:" << s.error().message();
            return s;
        }
    }
    return tx.commit();
}

Status LocalSyncStore::quarantineRejected(QSqlDatabase db, const OutboxOp &op, const OpResult &result)
{
    Result<QSqlQuery> q =
        runQuery(db,
                 QStringLiteral("INSERT OR REPLACE INTO sync_quarantine (op_id, change_set_id, entity, row_id, op, "
                                "fields, hlc, base_version, user_id, created_at, code, message, quarantined_at, field) "
                                "SELECT op_id, change_set_id, entity, row_id, op, fields, hlc, base_version, user_id, "
                                "created_at, ?, ?, ?, ? FROM outbox WHERE op_id = ?"),
                 {Protocol::rejectionCodeToText(result.code), result.message, nowIsoUtc(), result.field, op.opId});
    if (!q) {
        return q.error();
    }
    q = runQuery(db, QStringLiteral("DELETE FROM outbox WHERE op_id = ?"), {op.opId});
    if (!q) {
        return q.error();
    }
    if (const Status undone = undo(db, op); !undone) {
        // The change stays on this computer, and is kept in the quarantine: say so there.
        qCWarning(lcLocalStore).noquote()
            << "op" << op.opId << "was refused and cannot be undone here:" << undone.error().message();
        q = runQuery(db, QStringLiteral("UPDATE sync_quarantine SET message = message || ' ' || ? WHERE op_id = ?"),
                     {tr("(It could not be undone on this computer: %1)").arg(undone.error().message()), op.opId});
        if (!q) {
            return q.error();
        }
    }
    return {};
}

Status LocalSyncStore::acknowledge(QSqlDatabase db, const OutboxOp &op, const OpResult &result)
{
    if (const Result<QSqlQuery> q = runQuery(db, QStringLiteral("DELETE FROM outbox WHERE op_id = ?"), {op.opId}); !q) {
        return q.error();
    }
    const EntityDef *entity = EntitySchema::find(op.entity);
    if (!entity || op.op == Protocol::opKindToText(Protocol::OpKind::Delete)) {
        return {};
    }
    // Changes made to a new row before its create went out were based on that create: now that
    // the server has the row, they are based on its version (else a delete of it would be
    // refused as edited since).
    if (op.op == Protocol::opKindToText(Protocol::OpKind::Create) && result.status == OpStatus::Applied) {
        if (const Result<QSqlQuery> q = runQuery(db,
                                                 QStringLiteral("UPDATE outbox SET base_version = ? WHERE entity = ? "
                                                                "AND row_id = ? AND base_version = 0"),
                                                 {result.version, op.entity, op.rowId});
            !q) {
            return q.error();
        }
    }
    // Only when nobody else changed the row meanwhile is the local row the server's version;
    // otherwise the next pull brings the merged row at its newer version.
    if (result.status == OpStatus::Applied) {
        if (const Result<QSqlQuery> q =
                runQuery(db,
                         QStringLiteral("UPDATE %1 SET server_version = ? WHERE id = ? AND server_version < ?")
                             .arg(entity->table),
                         {result.version, op.rowId, result.version});
            !q) {
            return q.error();
        }
    }
    return keepConflicts(db, *entity, op, result);
}

Status LocalSyncStore::keepConflicts(QSqlDatabase db, const EntityDef &entity, const OutboxOp &op,
                                     const OpResult &result)
{
    if (result.conflicts.isEmpty()) {
        return {};
    }
    const Result<QSet<QString>> pending = pendingFields(db, op.entity, op.rowId);
    if (!pending) {
        return pending.error();
    }
    QVariantMap serverValues;
    for (const Protocol::ConflictReport &c : result.conflicts) {
        const bool open = c.resolution == Resolution::Manual;
        if (const Result<QSqlQuery> q = runQuery(
                db,
                QStringLiteral("INSERT OR IGNORE INTO sync_conflicts (op_id, entity, row_id, field, base_value, "
                               "mine_value, theirs_value, policy, resolution, created_at, resolved_at) VALUES "
                               "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {op.opId, op.entity, op.rowId, c.field, Protocol::jsonText(c.base), Protocol::jsonText(c.mine),
                 Protocol::jsonText(c.theirs), conflictPolicyToText(c.policy), resolutionToText(c.resolution),
                 nowIsoUtc(), open ? QVariant() : QVariant(nowIsoUtc())});
            !q) {
            return q.error();
        }
        const FieldDef *def = entity.field(c.field);
        if (def && c.resolution != Resolution::Mine && !pending->contains(c.field)) {
            serverValues.insert(c.field, stored(*def, c.theirs));
        }
    }
    if (serverValues.isEmpty()) {
        return {};
    }
    const Result<bool> exists = rowExists(db, entity, op.rowId);
    if (!exists) {
        return exists.error();
    }
    return *exists ? writeFields(db, entity, op.rowId, serverValues) : Status();
}

Status LocalSyncStore::applyPullPage(const Protocol::PullResponse &page, bool snapshot)
{
    WriteTransaction tx(m_database.connection());
    if (const Status s = tx.status(); !s) {
        return s;
    }
    QSqlDatabase db = tx.database();
    // References inside a page may point forward: check them when the page is complete.
    Status s = deferForeignKeys(db);
    if (s && snapshot) {
        s = KpiAggregates::suspend(db);
    }
    if (s) {
        s = evictTerritories(db, page.evictTerritories);
    }
    if (s) {
        s = applyChanges(db, page.changes);
    }
    if (s) {
        s = saveCursor(db, page);
    }
    if (!s) {
        qCWarning(lcLocalStore).noquote()
            << "applying the pull page before cursor" << page.cursor << "failed:" << s.error().message();
        return s;
    }
    return tx.commit();
}

Status LocalSyncStore::evictTerritories(QSqlDatabase db, const QStringList &territories)
{
    if (territories.isEmpty()) {
        return {};
    }
    const QVariantList binds(territories.cbegin(), territories.cend());
    const QString marks = QStringList(territories.size(), QStringLiteral("?")).join(u',');
    for (const EntityDef *root : EntitySchema::scopeRoots()) {
        const Result<QStringList> ids = firstColumn(runQuery(
            db, QStringLiteral("SELECT id FROM %1 WHERE %2 IN (%3)").arg(root->table, root->scope.via, marks), binds));
        if (!ids) {
            return ids.error();
        }
        if (const Status s = evictRows(db, *root, *ids); !s) {
            return s;
        }
    }
    return {};
}

Status LocalSyncStore::applyChanges(QSqlDatabase db, const QList<Protocol::RowChange> &changes)
{
    const Result<QSet<QString>> pending = pendingRows(db);
    if (!pending) {
        return pending.error();
    }
    PageUpserts upserts(db);
    QHash<const EntityDef *, QStringList> evicted;
    for (const Protocol::RowChange &change : changes) {
        const EntityDef *entity = EntitySchema::find(change.entity);
        if (!entity) {
            continue; // an entity this version does not know: newer servers may add some
        }
        if (change.evicted) {
            evicted[entity] << change.id;
            continue;
        }
        // The common case: a whole row nobody edits here, written by one prepared upsert.
        if (!change.deleted && change.fields.size() == entity->fields.size() &&
            !pending->contains(entity->name + u'/' + change.id)) {
            if (const Status s = upserts.write(*entity, change.id, change.version, change.fields); !s) {
                return s;
            }
            continue;
        }
        if (const Status s = applyOneByOne(db, *entity, change); !s) {
            return s;
        }
    }
    for (auto it = evicted.cbegin(); it != evicted.cend(); ++it) {
        if (const Status s = evictRows(db, *it.key(), it.value()); !s) {
            return s;
        }
    }
    return {};
}

Status LocalSyncStore::applyOneByOne(QSqlDatabase db, const EntityDef &entity, const Protocol::RowChange &change)
{
    const Result<QVariant> local =
        queryValue(db, QStringLiteral("SELECT server_version FROM %1 WHERE id = ?").arg(entity.table), {change.id});
    if (!local) {
        return local.error();
    }
    const bool exists = local->isValid() && !local->isNull();
    if (exists && local->toLongLong() >= change.version) {
        return {}; // what we have is as new
    }
    if (change.deleted) {
        if (!exists) {
            return {};
        }
        return entity.isScopeRoot() ? evictRows(db, entity, {change.id}) : deleteLocalRow(db, entity, change.id);
    }
    QVariantMap values;
    if (!exists) {
        for (const FieldDef &field : entity.fields) {
            values.insert(field.name, stored(field, change.fields.value(field.name)));
        }
        return insertRow(db, entity, change.id, values, change.version);
    }
    // A field with a pending local edit keeps it: the push settles it by the field's policy. An
    // append-only row never changes: only its version moves.
    const Result<QSet<QString>> pending = pendingFields(db, entity.name, change.id);
    if (!pending) {
        return pending.error();
    }
    for (const FieldDef &field : entity.fields) {
        if (!entity.appendOnly && !pending->contains(field.name) && change.fields.contains(field.name)) {
            values.insert(field.name, stored(field, change.fields.value(field.name)));
        }
    }
    return writeFields(db, entity, change.id, values, change.version);
}

Status LocalSyncStore::saveCursor(QSqlDatabase db, const Protocol::PullResponse &page)
{
    if (const Status s = setMeta(db, kCursorKey, page.cursor); !s) {
        return s;
    }
    // The last page of a pull: this computer has everything the server had (the dashboard's
    // "data as of").
    if (!page.hasMore) {
        if (const Status s = setMeta(db, kPulledAtKey, nowIsoUtc()); !s) {
            return s;
        }
    }
    return page.snapshotRows ? setMeta(db, kSnapshotRowsKey, QString::number(*page.snapshotRows)) : Status();
}

Result<QString> LocalSyncStore::cursor()
{
    return m_database.metaValue(kCursorKey, QString::fromLatin1(Protocol::PullRequest::kStartCursor));
}

Result<QDateTime> LocalSyncStore::pulledAt()
{
    const Result<QString> at = m_database.metaValue(kPulledAtKey);
    if (!at) {
        return at.error();
    }
    return fromIsoUtc(*at);
}

Result<QString> LocalSyncStore::epoch()
{
    return m_database.metaValue(kEpochKey);
}

Status LocalSyncStore::setEpoch(const QString &epoch)
{
    return m_database.setMetaValue(kEpochKey, epoch);
}

Result<qint64> LocalSyncStore::snapshotRows()
{
    const Result<QString> rows = m_database.metaValue(kSnapshotRowsKey, QStringLiteral("-1"));
    if (!rows) {
        return rows.error();
    }
    return rows->toLongLong();
}

Status LocalSyncStore::resetCursor()
{
    return m_database.setMetaValue(kCursorKey, QString::fromLatin1(Protocol::PullRequest::kStartCursor));
}

Result<QStringList> LocalSyncStore::pendingCustomers()
{
    const EntityDef &customer = EntitySchema::get(QStringLiteral("customer"));
    QStringList selects{QStringLiteral("SELECT row_id AS id FROM outbox WHERE entity = 'customer'")};
    for (const EntityDef *dependent : EntitySchema::dependentsOf(customer)) {
        // Through the rows it belongs to (an order line's order) to the customer's id.
        const QList<ScopeHop> path = EntitySchema::scopePath(*dependent);
        QString joins = QStringLiteral(" JOIN %1 h0 ON h0.id = o.row_id").arg(dependent->table);
        for (qsizetype i = 1; i + 1 < path.size(); ++i) {
            joins += QStringLiteral(" JOIN %1 h%2 ON h%2.id = h%3.%4")
                         .arg(path.at(i).entity->table)
                         .arg(i)
                         .arg(i - 1)
                         .arg(path.at(i - 1).field);
        }
        selects << QStringLiteral("SELECT h%1.%2 AS id FROM outbox o%3 WHERE o.entity = '%4'")
                       .arg(path.size() - 2)
                       .arg(path.at(path.size() - 2).field, joins, dependent->name);
    }
    return firstColumn(runQuery(
        m_database.connection(),
        QStringLiteral("SELECT DISTINCT id FROM (%1) ORDER BY id").arg(selects.join(QStringLiteral(" UNION "))), {}));
}

Result<PendingSummary> LocalSyncStore::summary()
{
    QSqlDatabase db = m_database.connection();
    Result<QSqlQuery> q =
        runQuery(db, QStringLiteral("SELECT (SELECT count(*) FROM outbox), (SELECT min(created_at) FROM outbox), "
                                    "(SELECT count(*) FROM sync_quarantine), (SELECT count(*) FROM sync_conflicts "
                                    "WHERE resolved_at IS NULL)"));
    if (!q) {
        return q.error();
    }
    PendingSummary s;
    if (q.value().next()) {
        s.pendingOps = q.value().value(0).toLongLong();
        s.oldestPending = q.value().value(1).isNull() ? QDateTime() : fromIsoUtc(q.value().value(1).toString());
        s.quarantined = q.value().value(2).toLongLong();
        s.openConflicts = q.value().value(3).toLongLong();
    }
    return s;
}

Result<QList<QuarantinedOp>> LocalSyncStore::quarantine()
{
    Result<QSqlQuery> q =
        runQuery(m_database.connection(),
                 QStringLiteral("SELECT 0, op_id, change_set_id, entity, row_id, op, fields, hlc, base_version, "
                                "user_id, created_at, code, message, quarantined_at, field FROM sync_quarantine "
                                "ORDER BY quarantined_at, created_at, hlc"));
    if (!q) {
        return q.error();
    }
    QList<QuarantinedOp> out;
    while (q.value().next()) {
        out << QuarantinedOp{opFromQuery(q.value()), Protocol::rejectionCodeFromText(q.value().value(11).toString()),
                             q.value().value(12).toString(), q.value().value(13).toString(),
                             q.value().value(14).toString()};
    }
    return out;
}

Status LocalSyncStore::retryQuarantined(const QString &opId)
{
    Result<QList<QuarantinedOp>> all = quarantine();
    if (!all) {
        return all.error();
    }
    const auto it = std::find_if(all->cbegin(), all->cend(), [&](const QuarantinedOp &q) { return q.op.opId == opId; });
    if (it == all->cend()) {
        return Error(ErrorCode::NotFound, tr("There is no set-aside change %1.").arg(opId));
    }
    // The whole change set goes back together (an order with its lines, a reversal with its
    // audit entry), as one new change set.
    const QString changeSet = it->op.changeSetId;
    WriteTransaction tx(m_database.connection());
    if (const Status s = tx.status(); !s) {
        return s;
    }
    ChangeWriter writer(m_database, tx);
    for (const QuarantinedOp &q : *all) {
        const OutboxOp &op = q.op;
        if (op.changeSetId != changeSet) {
            continue;
        }
        const EntityDef *entity = EntitySchema::find(op.entity);
        if (!entity) {
            return Error(ErrorCode::NotFound, tr("This version does not know \"%1\" records.").arg(op.entity));
        }
        QVariantMap values;
        for (auto f = op.fields.constBegin(); f != op.fields.constEnd(); ++f) {
            if (const FieldDef *field = entity->field(f.key())) {
                values.insert(f.key(), stored(*field, f.value().toObject().value(QStringLiteral("new"))));
            }
        }
        const Result<bool> exists = rowExists(tx.database(), *entity, op.rowId);
        if (!exists) {
            return exists.error();
        }
        Status s;
        if (op.op == Protocol::opKindToText(Protocol::OpKind::Delete)) {
            s = *exists ? writer.remove(*entity, op.rowId) : Status();
        } else if (*exists) {
            s = writer.update(*entity, op.rowId, values);
        } else {
            s = writer.insert(*entity, op.rowId, values);
        }
        if (!s) {
            return s;
        }
    }
    if (const Result<QSqlQuery> q =
            runQuery(tx.database(), QStringLiteral("DELETE FROM sync_quarantine WHERE change_set_id = ?"), {changeSet});
        !q) {
        return q.error();
    }
    return tx.commit();
}

Status LocalSyncStore::discardQuarantined(const QString &opId)
{
    const Result<QSqlQuery> q = runQuery(
        m_database.connection(),
        QStringLiteral("DELETE FROM sync_quarantine WHERE change_set_id = (SELECT change_set_id FROM sync_quarantine "
                       "WHERE op_id = ?)"),
        {opId});
    if (!q) {
        return q.error();
    }
    return q->numRowsAffected() > 0
               ? Status()
               : Status(Error(ErrorCode::NotFound, tr("There is no set-aside change %1.").arg(opId)));
}

Result<QList<ConflictRecord>> LocalSyncStore::conflicts(bool openOnly)
{
    Result<QSqlQuery> q = runQuery(
        m_database.connection(),
        QStringLiteral("SELECT id, op_id, entity, row_id, field, base_value, mine_value, theirs_value, policy, "
                       "resolution, created_at, resolved_at IS NULL FROM sync_conflicts %1 ORDER BY id")
            .arg(openOnly ? QStringLiteral("WHERE resolved_at IS NULL") : QString()));
    if (!q) {
        return q.error();
    }
    QList<ConflictRecord> out;
    while (q.value().next()) {
        ConflictRecord c;
        c.id = q.value().value(0).toLongLong();
        c.opId = q.value().value(1).toString();
        c.entity = q.value().value(2).toString();
        c.rowId = q.value().value(3).toString();
        c.field = q.value().value(4).toString();
        c.base = jsonValue(q.value().value(5).toString());
        c.mine = jsonValue(q.value().value(6).toString());
        c.theirs = jsonValue(q.value().value(7).toString());
        c.policy = conflictPolicyFromText(q.value().value(8).toString()).value_or(ConflictPolicy::LastWriterWins);
        c.resolution = resolutionFromText(q.value().value(9).toString()).value_or(Resolution::Theirs);
        c.createdAt = q.value().value(10).toString();
        c.open = q.value().value(11).toBool() && c.resolution == Resolution::Manual;
        out << c;
    }
    return out;
}

Status LocalSyncStore::resolveConflict(qint64 id, const QJsonValue &value)
{
    Result<QList<ConflictRecord>> open = conflicts(true);
    if (!open) {
        return open.error();
    }
    const auto it = std::find_if(open->cbegin(), open->cend(), [&](const ConflictRecord &c) { return c.id == id; });
    if (it == open->cend()) {
        return Error(ErrorCode::NotFound, tr("There is no open conflict %1.").arg(id));
    }
    const EntityDef *entity = EntitySchema::find(it->entity);
    const FieldDef *field = entity ? entity->field(it->field) : nullptr;
    if (!field) {
        return Error(ErrorCode::NotFound, tr("This version does not know the field %1.%2.").arg(it->entity, it->field));
    }
    WriteTransaction tx(m_database.connection());
    if (const Status s = tx.status(); !s) {
        return s;
    }
    const Result<bool> exists = rowExists(tx.database(), *entity, it->rowId);
    if (!exists) {
        return exists.error();
    }
    if (*exists) {
        // The person's choice, as an ordinary edit: nothing is written when it is what the row has.
        ChangeWriter writer(m_database, tx);
        if (const Status s = writer.update(*entity, it->rowId, {{it->field, stored(*field, value)}}); !s) {
            return s;
        }
    }
    if (const Result<QSqlQuery> q = runQuery(
            tx.database(), QStringLiteral("UPDATE sync_conflicts SET resolved_at = ? WHERE id = ?"), {nowIsoUtc(), id});
        !q) {
        return q.error();
    }
    return tx.commit();
}

Status LocalSyncStore::exportUnsynced(const QString &path)
{
    QSqlDatabase db = m_database.connection();
    QJsonArray pending;
    Result<QSqlQuery> q = runQuery(db, QStringLiteral("SELECT %1 FROM outbox ORDER BY seq").arg(kOutboxColumns));
    if (!q) {
        return q.error();
    }
    while (q.value().next()) {
        const OutboxOp op = opFromQuery(q.value());
        QJsonObject o = exportJson(op);
        o.insert(QStringLiteral("change_set_id"), op.changeSetId);
        o.insert(QStringLiteral("created_at"), op.createdAt);
        pending.append(o);
    }
    const Result<QList<QuarantinedOp>> aside = quarantine();
    if (!aside) {
        return aside.error();
    }
    QJsonArray quarantined;
    for (const QuarantinedOp &qop : *aside) {
        QJsonObject o = exportJson(qop.op);
        o.insert(QStringLiteral("code"), Protocol::rejectionCodeToText(qop.code));
        o.insert(QStringLiteral("message"), qop.message);
        quarantined.append(o);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(ErrorCode::Storage, tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("device_id"), m_database.deviceId()},
                                         {QStringLiteral("exported_at"), nowIsoUtc()},
                                         {QStringLiteral("pending"), pending},
                                         {QStringLiteral("set_aside"), quarantined}})
                   .toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        return Error(ErrorCode::Storage, tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace SalesSync::Sync
