#include "sync/server/realignmentservice.h"

#include "core/hybridlogicalclock.h"
#include "core/rules/ledger.h"
#include "core/rules/territoryrules.h"
#include "core/timeutil.h"
#include "core/uuidv7.h"
#include "sync/server/pullservice.h"
#include "sync/server/serverlogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace SalesSync::Server {

using Protocol::HolderImpact;
using Protocol::RealignmentInfo;
using Protocol::RealignmentPreview;

namespace {

template <typename T, typename U>
AccountResult<T> passOn(const AccountResult<U> &r)
{
    return refuse<T>(r.error, r.message, r.field);
}

QString pgArray(const QStringList &ids)
{
    return u'{' + ids.join(u',') + u'}'; // ids are checked UUIDs
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The clock of a field the server writes itself.
QString serverClock()
{
    return HlcTimestamp{QDateTime::currentMSecsSinceEpoch(), 0, QStringLiteral("server")}.toString();
}

// Devices that have not synced for this long may hold edits made offline since.
constexpr qint64 kQuietSeconds = 3600;

AccountResult<bool> staffOnly(const User &user)
{
    if (user.active && (user.role == Role::Admin || user.role == Role::Manager)) {
        return grant(true);
    }
    return refuse<bool>(AccountError::Forbidden, RealignmentService::tr("Realignments are for admins and managers."));
}

} // namespace

RealignmentService::RealignmentService(PgDatabase &database)
    : m_database(database)
{}

Result<Holdings> RealignmentService::loadHoldings(QSqlDatabase db)
{
    Holdings h;
    const auto rows = [&](const QString &sql, const std::function<void(const QSqlQuery &)> &take) -> Status {
        Result<QSqlQuery> q = pgQuery(db, sql);
        if (!q) {
            return q.error();
        }
        while (q.value().next()) {
            take(q.value());
        }
        return {};
    };
    Status s = rows(QStringLiteral("SELECT id, parent_id FROM territories WHERE NOT deleted AND parent_id IS NOT NULL"),
                    [&](const QSqlQuery &q) { h.parentOf.insert(q.value(0).toString(), q.value(1).toString()); });
    if (s) {
        s = rows(QStringLiteral("SELECT a.id, a.user_id FROM agents a JOIN users u ON u.id::text = a.user_id WHERE "
                                "NOT a.deleted AND a.active AND u.active AND NOT u.deleted AND u.role = 'agent'"),
                 [&](const QSqlQuery &q) { h.agentUser.insert(q.value(0).toString(), q.value(1).toString()); });
    }
    if (s) {
        s = rows(QStringLiteral("SELECT agent_id, territory_id FROM agent_territories WHERE NOT deleted"),
                 [&](const QSqlQuery &q) { h.agentTerritories[q.value(0).toString()].insert(q.value(1).toString()); });
    }
    if (s) {
        s = rows(
            QStringLiteral("SELECT m.user_id, m.territory_id FROM manager_territories m JOIN users u ON "
                           "u.id::text = m.user_id WHERE NOT m.deleted AND u.active AND NOT u.deleted AND "
                           "u.role = 'manager'"),
            [&](const QSqlQuery &q) { h.managerTerritories[q.value(0).toString()].insert(q.value(1).toString()); });
    }
    if (s) {
        s = rows(QStringLiteral("SELECT id, territory_id FROM customers WHERE NOT deleted"),
                 [&](const QSqlQuery &q) { h.customerTerritory.insert(q.value(0).toString(), q.value(1).toString()); });
    }
    if (!s) {
        return s.error();
    }
    return h;
}

AccountResult<bool> RealignmentService::check(QSqlDatabase db, const User &user, const RealignmentMoves &moves)
{
    if (const AccountResult<bool> staff = staffOnly(user); !staff.ok()) {
        return staff;
    }
    const Result<Scope> scope = Scope::of(db, user);
    const Result<Holdings> now = scope ? loadHoldings(db) : Result<Holdings>(scope.error());
    if (!now) {
        return storageFailure<bool>(now.error());
    }
    const auto node = [&](const QString &id) -> Result<std::optional<TerritoryRules::Node>> {
        Result<QSqlQuery> q = pgQuery(
            db, QStringLiteral("SELECT level, active FROM territories WHERE id = ? AND NOT deleted FOR SHARE"), {id});
        if (!q) {
            return q.error();
        }
        if (!q.value().next()) {
            return std::optional<TerritoryRules::Node>();
        }
        return std::optional<TerritoryRules::Node>(TerritoryRules::Node{
            territoryLevelFromText(q.value().value(0).toString()).value_or(TerritoryLevel::Territory),
            q.value().value(1).toBool()});
    };
    const auto mine = [&](const QString &territory) {
        return scope->everything || scope->territoryIds.contains(territory);
    };
    const auto fail = [](AccountError error, const QString &field, const QString &message) {
        return refuse<bool>(error, field + QStringLiteral(": ") + message, field);
    };
    for (qsizetype i = 0; i < moves.customers.size(); ++i) {
        const RealignmentMoves::CustomerMove &m = moves.customers.at(i);
        const QString field = QStringLiteral("moves.customers[%1].territory_id").arg(i);
        const Result<std::optional<TerritoryRules::Node>> target = node(m.territoryId);
        if (!target) {
            return storageFailure<bool>(target.error());
        }
        if (const std::optional<QString> problem = TerritoryRules::placementProblem(*target)) {
            return fail(AccountError::Validation, field, *problem);
        }
        if (!mine(m.territoryId)) {
            return fail(AccountError::Forbidden, field, tr("is outside your territories"));
        }
        for (qsizetype j = 0; j < m.customerIds.size(); ++j) {
            const QString customerField = QStringLiteral("moves.customers[%1].customer_ids[%2]").arg(i).arg(j);
            const QString at = now->customerTerritory.value(m.customerIds.at(j));
            if (at.isEmpty()) {
                return fail(AccountError::Validation, customerField, tr("there is no such customer"));
            }
            if (!mine(at)) {
                return fail(AccountError::Forbidden, customerField, tr("the customer is outside your territories"));
            }
        }
    }
    for (qsizetype i = 0; i < moves.agents.size(); ++i) {
        const RealignmentMoves::AgentMove &m = moves.agents.at(i);
        const QString path = QStringLiteral("moves.agents[%1]").arg(i);
        if (!now->agentUser.contains(m.agentId)) {
            return fail(AccountError::Validation, path + u".agent_id", tr("there is no active agent with this id"));
        }
        for (qsizetype j = 0; j < m.addTerritoryIds.size(); ++j) {
            const QString field = QStringLiteral("%1.add_territory_ids[%2]").arg(path).arg(j);
            const Result<std::optional<TerritoryRules::Node>> target = node(m.addTerritoryIds.at(j));
            if (!target) {
                return storageFailure<bool>(target.error());
            }
            if (const std::optional<QString> problem = TerritoryRules::placementProblem(*target)) {
                return fail(AccountError::Validation, field, *problem);
            }
            if (!mine(m.addTerritoryIds.at(j))) {
                return fail(AccountError::Forbidden, field, tr("is outside your territories"));
            }
        }
        for (qsizetype j = 0; j < m.removeTerritoryIds.size(); ++j) {
            const QString field = QStringLiteral("%1.remove_territory_ids[%2]").arg(path).arg(j);
            if (!now->agentTerritories.value(m.agentId).contains(m.removeTerritoryIds.at(j))) {
                return fail(AccountError::Validation, field, tr("the agent does not cover this territory"));
            }
            if (!mine(m.removeTerritoryIds.at(j))) {
                return fail(AccountError::Forbidden, field, tr("is outside your territories"));
            }
        }
    }
    for (qsizetype i = 0; i < moves.territories.size(); ++i) {
        const RealignmentMoves::TerritoryMove &m = moves.territories.at(i);
        const QString path = QStringLiteral("moves.territories[%1]").arg(i);
        const Result<std::optional<TerritoryRules::Node>> moved = node(m.territoryId);
        const Result<std::optional<TerritoryRules::Node>> parent = moved ? node(m.parentId) : moved;
        if (!parent) {
            return storageFailure<bool>(parent.error());
        }
        if (!*moved) {
            return fail(AccountError::Validation, path + u".territory_id", tr("there is no such territory"));
        }
        if (const std::optional<QString> problem =
                TerritoryRules::parentProblem((*moved)->level, (*moved)->active, *parent)) {
            return fail(AccountError::Validation, path + u".parent_id", *problem);
        }
        if (!mine(m.territoryId) || !mine(m.parentId)) {
            return fail(AccountError::Forbidden, path + u".parent_id", tr("is outside your territories"));
        }
    }
    return grant(true);
}

Result<HolderImpact::Side> RealignmentService::side(QSqlDatabase db, const QStringList &customers)
{
    HolderImpact::Side side;
    side.customerIds = customers;
    if (customers.isEmpty()) {
        return side;
    }
    const QString ids = pgArray(customers);
    // One query alive at a time: a prepared statement deallocated while another one's rows are
    // still being read would discard them.
    {
        Result<QSqlQuery> counts = pgQuery(
            db,
            QStringLiteral("SELECT (SELECT count(*) FROM orders WHERE customer_id = ANY (?::text[]) AND NOT deleted "
                           "AND status IN ('draft', 'submitted', 'approved')), (SELECT count(*) FROM visits WHERE "
                           "customer_id = ANY (?::text[]) AND NOT deleted AND status = 'planned')"),
            {ids, ids});
        if (!counts) {
            return counts.error();
        }
        counts.value().next();
        side.openOrders = counts.value().value(0).toLongLong();
        side.plannedVisits = counts.value().value(1).toLongLong();
    }
    Result<QSqlQuery> q = pgQuery(
        db,
        QStringLiteral("SELECT currency, sum(%1) FROM transactions WHERE customer_id = ANY (?::text[]) GROUP BY "
                       "currency HAVING sum(%1) <> 0 ORDER BY currency")
            .arg(Ledger::signedAmountSql()),
        {ids});
    if (!q) {
        return q.error();
    }
    while (q.value().next()) {
        side.openBalances.append({q.value().value(0).toString(), q.value().value(1).toLongLong()});
    }
    return side;
}

Result<RealignmentPreview> RealignmentService::computePreview(QSqlDatabase db, const RealignmentMoves &moves)
{
    const Result<Holdings> before = loadHoldings(db);
    if (!before) {
        return before.error();
    }
    RealignmentPreview preview;
    for (const HolderChange &change : Realignment::changes(*before, Realignment::applied(*before, moves))) {
        HolderImpact impact;
        impact.userId = change.userId;
        const Result<QVariant> role =
            pgValue(db, QStringLiteral("SELECT role FROM users WHERE id = ?::uuid"), {change.userId});
        const Result<HolderImpact::Side> arriving =
            role ? side(db, change.arriving) : Result<HolderImpact::Side>(role.error());
        const Result<HolderImpact::Side> leaving = arriving ? side(db, change.leaving) : arriving;
        if (!leaving) {
            return leaving.error();
        }
        impact.role = roleFromText(role->toString()).value_or(Role::Agent);
        impact.arriving = *arriving;
        impact.leaving = *leaving;
        Result<QSqlQuery> q = pgQuery(
            db,
            QStringLiteral("SELECT device_id, last_sync_at, pending_ops, array_to_string(pending_customers, ','), "
                           "last_sync_at < now() - make_interval(secs => ?) OR last_sync_at IS NULL FROM devices "
                           "WHERE user_id = ?::uuid ORDER BY last_sync_at DESC NULLS LAST"),
            {double(kQuietSeconds), change.userId});
        if (!q) {
            return q.error();
        }
        const QSet<QString> leavingSet(change.leaving.cbegin(), change.leaving.cend());
        while (q.value().next()) {
            HolderImpact::Device d;
            d.deviceId = q.value().value(0).toString();
            d.lastSyncAt = q.value().value(1).isNull() ? QDateTime() : q.value().value(1).toDateTime().toUTC();
            d.pendingOps = q.value().value(2).toLongLong();
            for (const QString &customer : q.value().value(3).toString().split(u',', Qt::SkipEmptyParts)) {
                if (leavingSet.contains(customer)) {
                    d.leavingWithPendingEdits << customer;
                }
            }
            d.mayHoldEdits =
                !change.leaving.isEmpty() && (!d.leavingWithPendingEdits.isEmpty() || q.value().value(4).toBool());
            impact.devices << d;
        }
        preview.holders << impact;
    }
    return preview;
}

Status RealignmentService::applyMoves(QSqlDatabase db, const RealignmentMoves &moves)
{
    const QString clock = serverClock();
    for (const RealignmentMoves::CustomerMove &m : moves.customers) {
        const Result<QSqlQuery> q = pgQuery(
            db,
            QStringLiteral("UPDATE customers SET territory_id = ?, field_hlc = jsonb_set(field_hlc, '{territory_id}', "
                           "to_jsonb(?::text)) WHERE id = ANY (?::text[]) AND territory_id <> ? AND NOT deleted"),
            {m.territoryId, clock, pgArray(m.customerIds), m.territoryId});
        if (!q) {
            return q.error();
        }
    }
    for (const RealignmentMoves::AgentMove &m : moves.agents) {
        Result<QSqlQuery> q =
            pgQuery(db,
                    QStringLiteral("UPDATE agent_territories SET deleted = true WHERE agent_id = ? AND territory_id = "
                                   "ANY (?::text[]) AND NOT deleted"),
                    {m.agentId, pgArray(m.removeTerritoryIds)});
        for (const QString &territory : m.addTerritoryIds) {
            if (!q) {
                break;
            }
            const QJsonObject clocks{{QStringLiteral("agent_id"), clock}, {QStringLiteral("territory_id"), clock}};
            q = pgQuery(
                db,
                QStringLiteral("INSERT INTO agent_territories (id, agent_id, territory_id, field_hlc) SELECT ?, "
                               "?, ?, ?::jsonb WHERE NOT EXISTS (SELECT 1 FROM agent_territories WHERE "
                               "agent_id = ? AND territory_id = ? AND NOT deleted)"),
                {UuidV7::generateString(), m.agentId, territory, compact(clocks), m.agentId, territory});
        }
        if (!q) {
            return q.error();
        }
    }
    for (const RealignmentMoves::TerritoryMove &m : moves.territories) {
        const Result<QSqlQuery> q =
            pgQuery(db,
                    QStringLiteral("UPDATE territories SET parent_id = ?, field_hlc = jsonb_set(field_hlc, "
                                   "'{parent_id}', to_jsonb(?::text)) WHERE id = ? AND parent_id IS DISTINCT FROM ?"),
                    {m.parentId, clock, m.territoryId, m.parentId});
        if (!q) {
            return q.error();
        }
    }
    return {};
}

AccountResult<RealignmentPreview> RealignmentService::preview(const Session &caller,
                                                              const Protocol::RealignmentRequest &request)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return storageFailure<RealignmentPreview>(db.error());
    }
    // Read in one snapshot, so that the figures agree with each other.
    PgTransaction tx(*db);
    if (const Status s = tx.status(); !s) {
        return storageFailure<RealignmentPreview>(s.error());
    }
    return checkedPreview(*db, caller.user, request.moves);
}

AccountResult<RealignmentPreview> RealignmentService::checkedPreview(QSqlDatabase db, const User &user,
                                                                     const RealignmentMoves &moves)
{
    if (const AccountResult<bool> ok = check(db, user, moves); !ok.ok()) {
        return passOn<RealignmentPreview>(ok);
    }
    const Result<RealignmentPreview> preview = computePreview(db, moves);
    if (!preview) {
        return storageFailure<RealignmentPreview>(preview.error());
    }
    return grant(*preview);
}

Result<QList<RealignmentInfo>> RealignmentService::loadAll(QSqlDatabase db, const QString &where,
                                                           const QVariantList &binds)
{
    Result<QSqlQuery> q =
        pgQuery(db,
                QStringLiteral("SELECT id::text, status, created_by::text, created_at, effective_at, applied_at, "
                               "failure, note, moves::text, preview::text FROM realignments WHERE %1 ORDER BY "
                               "created_at DESC LIMIT 1000")
                    .arg(where),
                binds);
    if (!q) {
        return q.error();
    }
    QList<RealignmentInfo> list;
    while (q.value().next()) {
        RealignmentInfo r;
        r.id = q.value().value(0).toString();
        r.status = q.value().value(1).toString();
        r.createdBy = q.value().value(2).toString();
        r.createdAt = q.value().value(3).toDateTime().toUTC();
        r.effectiveAt = q.value().value(4).toDateTime().toUTC();
        r.appliedAt = q.value().value(5).isNull() ? QDateTime() : q.value().value(5).toDateTime().toUTC();
        r.failure = q.value().value(6).toString();
        r.note = q.value().value(7).toString();
        r.moves =
            RealignmentMoves::fromJson(QJsonDocument::fromJson(q.value().value(8).toByteArray()).object()).value();
        const Result<RealignmentPreview> preview =
            RealignmentPreview::fromJson(QJsonDocument::fromJson(q.value().value(9).toByteArray()).object());
        r.preview = preview ? *preview : RealignmentPreview();
        list << r;
    }
    return list;
}

Result<std::optional<RealignmentInfo>> RealignmentService::load(QSqlDatabase db, const QString &where,
                                                                const QVariantList &binds)
{
    const Result<QList<RealignmentInfo>> all = loadAll(db, where, binds);
    if (!all) {
        return all.error();
    }
    return all->isEmpty() ? std::optional<RealignmentInfo>() : std::optional<RealignmentInfo>(all->first());
}

AccountResult<RealignmentInfo> RealignmentService::create(const Session &caller,
                                                          const Protocol::RealignmentRequest &request)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return storageFailure<RealignmentInfo>(db.error());
    }
    const AuditActor actor{caller.user.id, caller.deviceId};
    PgTransaction tx(*db, actor);
    if (const Status s = tx.status(); !s) {
        return storageFailure<RealignmentInfo>(s.error());
    }
    const AccountResult<RealignmentPreview> preview = checkedPreview(*db, caller.user, request.moves);
    if (!preview.ok()) {
        return passOn<RealignmentInfo>(preview);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool later = request.effectiveAt.isValid() && request.effectiveAt > now;
    const QString id = UuidV7::generateString();
    Status s = later ? Status() : applyMoves(*db, request.moves);
    if (s) {
        const Result<QSqlQuery> q = pgQuery(
            *db,
            QStringLiteral("INSERT INTO realignments (id, created_by, device_id, effective_at, status, note, moves, "
                           "preview, applied_at) VALUES (?::uuid, ?::uuid, ?, ?, ?, ?, ?::jsonb, ?::jsonb, %1)")
                .arg(later ? QStringLiteral("NULL") : QStringLiteral("now()")),
            {id, caller.user.id, caller.deviceId, later ? request.effectiveAt : now,
             later ? QStringLiteral("scheduled") : QStringLiteral("applied"),
             QString(request.note + QStringLiteral("")), compact(request.moves.toJson()),
             compact(preview.value->toJson())});
        s = q ? Status() : Status(q.error());
    }
    if (s) {
        s = AccountService::audit(
            *db, actor, later ? QStringLiteral("realignment.scheduled") : QStringLiteral("realignment.applied"), id,
            {{QStringLiteral("holders"), qint64(preview.value->holders.size())},
             {QStringLiteral("note"), request.note}});
    }
    const Result<std::optional<RealignmentInfo>> stored =
        s ? load(*db, QStringLiteral("id = ?::uuid"), {id}) : Result<std::optional<RealignmentInfo>>(s.error());
    if (stored) {
        s = tx.commit();
    }
    if (!stored || !s) {
        return storageFailure<RealignmentInfo>(stored ? s.error() : stored.error());
    }
    qCInfo(lcAccounts) << "user" << caller.user.id << (later ? "scheduled" : "applied") << "realignment" << id;
    return grant(**stored);
}

AccountResult<Protocol::RealignmentsResponse> RealignmentService::history(const Session &caller)
{
    using Response = Protocol::RealignmentsResponse;
    if (const AccountResult<bool> staff = staffOnly(caller.user); !staff.ok()) {
        return passOn<Response>(staff);
    }
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return storageFailure<Response>(db.error());
    }
    // Admins see every realignment, managers their own.
    const bool admin = caller.user.role == Role::Admin;
    Result<QList<RealignmentInfo>> all =
        loadAll(*db, admin ? QStringLiteral("true") : QStringLiteral("created_by = ?::uuid"),
                admin ? QVariantList{} : QVariantList{caller.user.id});
    if (!all) {
        return storageFailure<Response>(all.error());
    }
    return grant(Response{*all});
}

AccountResult<RealignmentInfo> RealignmentService::cancel(const Session &caller, const QString &id)
{
    if (const AccountResult<bool> staff = staffOnly(caller.user); !staff.ok()) {
        return passOn<RealignmentInfo>(staff);
    }
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return storageFailure<RealignmentInfo>(db.error());
    }
    const AuditActor actor{caller.user.id, caller.deviceId};
    PgTransaction tx(*db, actor);
    Result<QSqlQuery> q =
        tx.status()
            ? pgQuery(*db,
                      QStringLiteral("UPDATE realignments SET status = 'cancelled' WHERE id = ?::uuid AND status "
                                     "= 'scheduled' AND (created_by = ?::uuid OR ?) RETURNING id"),
                      {id, caller.user.id, caller.user.role == Role::Admin})
            : Result<QSqlQuery>(tx.status().error());
    if (!q) {
        return storageFailure<RealignmentInfo>(q.error());
    }
    if (!q.value().next()) {
        return refuse<RealignmentInfo>(AccountError::NotFound,
                                       tr("id: there is no scheduled realignment of yours with this id"),
                                       QStringLiteral("id"));
    }
    q.value().finish();
    Status s = AccountService::audit(*db, actor, QStringLiteral("realignment.cancelled"), id);
    const Result<std::optional<RealignmentInfo>> stored =
        s ? load(*db, QStringLiteral("id = ?::uuid"), {id}) : Result<std::optional<RealignmentInfo>>(s.error());
    if (stored) {
        s = tx.commit();
    }
    if (!stored || !s) {
        return storageFailure<RealignmentInfo>(stored ? s.error() : stored.error());
    }
    return grant(**stored);
}

Result<int> RealignmentService::applyDue()
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return db.error();
    }
    int done = 0;
    for (;;) {
        PgTransaction tx(*db);
        Result<QSqlQuery> q =
            tx.status()
                ? pgQuery(*db, QStringLiteral("SELECT id::text, created_by::text, moves::text FROM realignments "
                                              "WHERE status = 'scheduled' AND effective_at <= now() ORDER BY "
                                              "effective_at, id LIMIT 1 FOR UPDATE SKIP LOCKED"))
                : Result<QSqlQuery>(tx.status().error());
        if (!q) {
            return q.error();
        }
        if (!q.value().next()) {
            return done;
        }
        const QString id = q.value().value(0).toString();
        const AuditActor actor{q.value().value(1).toString(), QStringLiteral("salessync-server scheduler")};
        const RealignmentMoves moves =
            RealignmentMoves::fromJson(QJsonDocument::fromJson(q.value().value(2).toByteArray()).object()).value();
        q.value().finish(); // a forward-only PostgreSQL result still open would be lost by the next query
        Status s = setAuditActor(*db, actor);
        // The creator's rights and the data are checked again: both may have changed since.
        const Result<User> creator = s ? AccountService::userById(*db, actor.userId) : Result<User>(s.error());
        s = creator ? s : Status(creator.error());
        const AccountResult<bool> ok = s ? check(*db, *creator, moves) : AccountResult<bool>{};
        if (s && !ok.ok() && ok.error == AccountError::Storage) {
            s = Error(ErrorCode::Storage, ok.message);
        }
        if (s && ok.ok()) {
            s = applyMoves(*db, moves);
        }
        if (s) {
            const Result<QSqlQuery> marked = pgQuery(
                *db,
                QStringLiteral("UPDATE realignments SET status = ?, applied_at = CASE WHEN ? THEN now() END, failure "
                               "= ? WHERE id = ?::uuid"),
                {ok.ok() ? QStringLiteral("applied") : QStringLiteral("failed"), ok.ok(),
                 QString(ok.message + QStringLiteral("")), id});
            s = marked ? AccountService::audit(*db, actor,
                                               ok.ok() ? QStringLiteral("realignment.applied")
                                                       : QStringLiteral("realignment.failed"),
                                               id, {{QStringLiteral("failure"), ok.message}})
                       : Status(marked.error());
        }
        if (s) {
            s = tx.commit();
        }
        if (!s) {
            return s.error();
        }
        ++done;
        qCInfo(lcAccounts) << "realignment" << id << (ok.ok() ? "applied on schedule" : "failed:") << ok.message;
    }
}

AccountResult<bool> RealignmentService::reportDevice(const Session &caller,
                                                     const Protocol::DeviceStatusRequest &request)
{
    if (!caller.deviceId.isEmpty() && caller.deviceId != request.deviceId) {
        return refuse<bool>(AccountError::Forbidden, tr("device_id: this session was signed in on another device"),
                            QStringLiteral("device_id"));
    }
    Result<QSqlDatabase> db = m_database.connection();
    const Result<QSqlQuery> q =
        db ? pgQuery(
                 *db,
                 QStringLiteral("INSERT INTO devices (device_id, user_id, client_version, pending_ops, "
                                "pending_customers, reported_at) VALUES (?, ?::uuid, ?, ?, ?::text[], now()) ON "
                                "CONFLICT (device_id, user_id) DO UPDATE SET client_version = excluded.client_version, "
                                "pending_ops = excluded.pending_ops, pending_customers = excluded.pending_customers, "
                                "reported_at = now()"),
                 {request.deviceId, caller.user.id, request.clientVersion, request.pendingOps,
                  pgArray(request.pendingCustomerIds)})
           : Result<QSqlQuery>(db.error());
    if (!q) {
        return storageFailure<bool>(q.error());
    }
    return grant(true);
}

} // namespace SalesSync::Server
