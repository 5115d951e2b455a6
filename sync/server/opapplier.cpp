#include "sync/server/opapplier.h"

#include "core/hybridlogicalclock.h"
#include "core/rules/fieldmerge.h"
#include "core/timeutil.h"
#include "sync/protocol/jsonreader.h"
#include "sync/protocol/opcheck.h"
#include "sync/server/pgdatabase.h"
#include "sync/server/pushrules.h"
#include "sync/server/scopesql.h"
#include "sync/server/serverlogging.h"

#include <QJsonDocument>

#include <cmath>

namespace SalesSync::Server {

using Protocol::OpKind;
using Protocol::OpResult;
using Protocol::OpStatus;
using Protocol::RejectionCode;

namespace {

// A device whose clock runs this far ahead would win every later edit: its ops are refused
// until the clock is fixed.
constexpr qint64 kMaximumClockLeadMs = qint64(5) * 60 * 1000;

RejectionCode rejectionOf(FieldMerge::RejectReason reason)
{
    switch (reason) {
    case FieldMerge::RejectReason::Immutable:
        return RejectionCode::Immutable;
    case FieldMerge::RejectReason::IllegalTransition:
        return RejectionCode::IllegalTransition;
    case FieldMerge::RejectReason::AppendOnly:
    case FieldMerge::RejectReason::NotWriter:
        return RejectionCode::Forbidden;
    case FieldMerge::RejectReason::None:
        break;
    }
    return RejectionCode::Invalid;
}

} // namespace

OpApplier::OpApplier(QSqlDatabase db, const User &user, const QString &deviceId, const Scope &scope)
    : m_db(db)
    , m_user(user)
    , m_deviceId(deviceId)
    , m_scope(scope)
    , m_actor{user.role, user.id, deviceId, scope.agentId}
{}

OpResult OpApplier::rejected(const Protocol::Op &op, RejectionCode code, const QString &message,
                             const QString &field) const
{
    return OpResult::rejected(op.opId, code, message, field);
}

Result<OpResult> OpApplier::apply(const Protocol::Op &op)
{
    const EntityDef *entity = EntitySchema::find(op.entity);
    if (!entity) {
        return rejected(op, RejectionCode::UnknownEntity, tr("There is no entity \"%1\".").arg(op.entity));
    }
    if (Rejection r = authorise(*entity, op)) {
        return *r;
    }
    QJsonObject values;
    if (Rejection r = readValues(*entity, op, values)) {
        return *r;
    }
    const Result<std::optional<StoredRow>> row = PgRows::load(m_db, *entity, op.rowId, true);
    if (!row) {
        return row.error();
    }
    if (op.kind == OpKind::Create) {
        if (*row) {
            return rejected(op, RejectionCode::AlreadyExists,
                            tr("A %1 with id %2 already exists.").arg(op.entity, op.rowId));
        }
        return create(*entity, op, values);
    }
    if (!*row) {
        return rejected(op, RejectionCode::NotFound, tr("There is no %1 with id %2.").arg(op.entity, op.rowId));
    }
    const Result<bool> visible = inScope(*entity, (*row)->fields);
    if (!visible) {
        return visible.error();
    }
    if (!*visible) {
        return rejected(op, RejectionCode::OutOfScope, tr("This %1 is outside your territories.").arg(op.entity));
    }
    if ((*row)->deleted) {
        // Edit versus delete: the delete stands; the edit is refused with the reason.
        return rejected(op, RejectionCode::Deleted,
                        tr("This %1 was deleted on the server; your change was not applied.").arg(op.entity));
    }
    if (Rejection fixed = orderFixed(*entity, op, (*row)->fields)) {
        return *fixed;
    }
    if (op.kind == OpKind::Delete) {
        return remove(*entity, op, **row);
    }
    return update(*entity, op, values, **row);
}

OpApplier::Rejection OpApplier::authorise(const EntityDef &entity, const Protocol::Op &op) const
{
    if (const std::optional<HlcTimestamp> clock = HlcTimestamp::parse(op.hlc);
        clock && clock->wallMs > QDateTime::currentMSecsSinceEpoch() + kMaximumClockLeadMs) {
        return rejected(op, RejectionCode::ClockAhead,
                        tr("This device's clock is ahead of the server's by more than five minutes. Correct the date "
                           "and time, then sync again."));
    }
    const Permissions &may = entity.permissions;
    const RoleSet allowed = op.kind == OpKind::Create   ? may.create
                            : op.kind == OpKind::Update ? may.update
                                                        : may.remove;
    if (!allowed.contains(m_user.role)) {
        return rejected(op, RejectionCode::Forbidden,
                        tr("A %1 may not %2 a %3.").arg(roleToText(m_user.role), opKindToText(op.kind), op.entity));
    }
    return std::nullopt;
}

OpApplier::Rejection OpApplier::readValues(const EntityDef &entity, const Protocol::Op &op, QJsonObject &values) const
{
    if (const std::optional<Protocol::Refusal> r = Protocol::OpCheck::values(entity, op, m_actor, values)) {
        return rejected(op, r->code, r->message, r->field);
    }
    return std::nullopt;
}

Result<bool> OpApplier::inScope(const EntityDef &entity, const QJsonObject &row)
{
    if (m_scope.everything) {
        return true;
    }
    if (!entity.isScoped()) {
        // What the role may write of unscoped data, authorise() decided; a manager's assignment
        // stays within their subtree.
        const QString &via = entity.permissions.managedVia;
        return via.isEmpty() || m_scope.territoryIds.contains(row.value(via).toString());
    }
    const Result<std::optional<QString>> territory = PushRules::territoryOf(m_db, entity, row);
    if (!territory) {
        return territory.error();
    }
    // A row whose customer (or order) does not exist is in nobody's scope.
    return territory->has_value() && m_scope.territoryIds.contains(**territory);
}

OpApplier::Rejection OpApplier::orderFixed(const EntityDef &entity, const Protocol::Op &op,
                                           const QJsonObject &row) const
{
    if (const std::optional<QString> fixed = PushRules::fixedOrderProblem(entity, row, m_user.role, m_orderStatuses)) {
        return rejected(op, RejectionCode::Forbidden, *fixed);
    }
    return std::nullopt;
}

Result<OpApplier::Rejection> OpApplier::parentInScope(const EntityDef &entity, const Protocol::Op &op,
                                                      const QJsonObject &values)
{
    if (!entity.isScoped()) {
        const Result<bool> mine = inScope(entity, values);
        if (!mine) {
            return mine.error();
        }
        return *mine ? Rejection()
                     : Rejection(rejected(
                           op, RejectionCode::OutOfScope,
                           tr("%1.%2 is outside your territories.").arg(entity.name, entity.permissions.managedVia),
                           entity.permissions.managedVia));
    }
    if (m_scope.everything && entity.isScopeRoot()) {
        return Rejection(); // a new customer's territory is a reference the database checks
    }
    const Result<std::optional<QString>> territory = PushRules::territoryOf(m_db, entity, values);
    if (!territory) {
        return territory.error();
    }
    if (!territory->has_value()) {
        const FieldDef &via = *entity.field(entity.scope.via);
        return Rejection(rejected(op, RejectionCode::Invalid,
                                  tr("%1.%2: there is no %3 with id %4.")
                                      .arg(entity.name, via.name, via.references, values.value(via.name).toString())));
    }
    if (!m_scope.everything && !m_scope.territoryIds.contains(**territory)) {
        return Rejection(
            rejected(op, RejectionCode::OutOfScope, tr("This %1 is outside your territories.").arg(op.entity)));
    }
    return Rejection();
}

Result<OpResult> OpApplier::create(const EntityDef &entity, const Protocol::Op &op, QJsonObject values)
{
    const Result<Rejection> parent = parentInScope(entity, op, values);
    if (!parent) {
        return parent.error();
    }
    if (*parent) {
        return **parent;
    }
    if (Rejection fixed = orderFixed(entity, op, values)) {
        return *fixed;
    }
    if (const Result<Rejection> tree = rowRejection(entity, op, values, nullptr); !tree || *tree) {
        return tree ? **tree : Result<OpResult>(tree.error());
    }
    const Result<std::optional<QString>> crossed = PushRules::crossReferenceProblem(m_db, entity, values);
    if (!crossed) {
        return crossed.error();
    }
    if (*crossed) {
        return rejected(op, RejectionCode::OutOfScope, **crossed);
    }
    const Result<std::optional<QString>> currency = PushRules::currencyProblem(m_db, entity, values);
    if (!currency) {
        return currency.error();
    }
    if (*currency) {
        return rejected(op, RejectionCode::Invalid, **currency);
    }
    const Result<std::optional<QString>> ledger = PushRules::reversalProblem(m_db, entity, op.rowId, values);
    if (!ledger) {
        return ledger.error();
    }
    if (*ledger) {
        return rejected(op, RejectionCode::InvalidReversal, **ledger);
    }
    QVariantMap stored;
    QJsonObject clocks;
    for (const FieldDef &field : entity.fields) {
        stored.insert(field.name,
                      Protocol::OpCheck::storageValue(field, values.value(field.name)).value_or(QVariant()));
        clocks.insert(field.name, op.hlc);
    }
    if (const Status s = PgRows::insert(m_db, entity, op.rowId, stored,
                                        QString::fromUtf8(QJsonDocument(clocks).toJson(QJsonDocument::Compact)));
        !s) {
        return s.error();
    }
    OpResult result;
    result.opId = op.opId;
    result.version = 1;
    return result;
}

Result<OpResult> OpApplier::remove(const EntityDef &entity, const Protocol::Op &op, const StoredRow &row)
{
    if (entity.permissions.removable) {
        if (const Status allowed = entity.permissions.removable(row.fields, m_user.role); !allowed) {
            return rejected(op, RejectionCode::Forbidden, allowed.error().message());
        }
    }
    if (row.version > op.baseVersion) {
        // Delete versus edit: someone changed the row since this device last saw it. The row
        // stays; deleting what you have not seen is refused.
        return rejected(op, RejectionCode::EditedSince,
                        tr("This %1 was changed on the server after you last synced; it was not deleted. Sync and "
                           "delete again if you still want to.")
                            .arg(op.entity));
    }
    const Result<QVariant> version = pgValue(
        m_db, QStringLiteral("UPDATE %1 SET deleted = true WHERE id::text = ? RETURNING version").arg(entity.table),
        {op.rowId});
    if (!version) {
        return version.error();
    }
    OpResult result;
    result.opId = op.opId;
    result.version = version->toLongLong();
    return result;
}

Result<OpResult> OpApplier::update(const EntityDef &entity, const Protocol::Op &op, const QJsonObject &values,
                                   StoredRow row)
{
    OpResult result;
    result.opId = op.opId;
    result.version = row.version;
    QStringList assignments;
    QVariantList binds;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const FieldDef &field = *entity.field(it.key());
        const QJsonValue base = op.fields.value(it.key()).oldValue;
        const QJsonValue theirs = row.fields.value(it.key());
        const FieldMerge::Decision decision =
            FieldMerge::decide(field, {base, it.value(), theirs, op.hlc, row.fieldHlc.value(it.key()).toString(),
                                       field.writers.value_or(RoleSet()).contains(m_user.role), m_user.role});
        if (decision.outcome == FieldMerge::Outcome::Reject) {
            return rejected(op, rejectionOf(decision.reason),
                            QStringLiteral("%1.%2 %3").arg(op.entity, it.key(), decision.message), it.key());
        }
        if (decision.conflict) {
            Protocol::ConflictReport conflict{it.key(), base, it.value(), theirs, field.policy, decision.resolution};
            if (const Status s = recordConflict(op, conflict); !s) {
                return s.error();
            }
            result.conflicts << conflict;
        }
        if (decision.outcome == FieldMerge::Outcome::Take) {
            assignments << field.name + QStringLiteral(" = ") + PgRows::placeholder(field);
            binds << PgRows::toPg(field, *Protocol::OpCheck::storageValue(field, it.value()));
            row.fieldHlc.insert(it.key(), op.hlc);
        }
    }
    // Where the row would be with everything pushed: nobody moves a row out of their scope.
    QJsonObject after = row.fields;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        after.insert(it.key(), it.value());
    }
    const Result<bool> stays = inScope(entity, after);
    if (!stays) {
        return stays.error();
    }
    if (!*stays) {
        return rejected(op, RejectionCode::OutOfScope,
                        tr("You cannot move a %1 out of your territories.").arg(op.entity));
    }
    if (const Result<Rejection> tree = rowRejection(entity, op, after, &row.fields); !tree || *tree) {
        return tree ? **tree : Result<OpResult>(tree.error());
    }
    if (!assignments.isEmpty()) {
        assignments << QStringLiteral("field_hlc = ?::jsonb");
        binds << QString::fromUtf8(QJsonDocument(row.fieldHlc).toJson(QJsonDocument::Compact)) << op.rowId;
        const Result<QVariant> version = pgValue(m_db,
                                                 QStringLiteral("UPDATE %1 SET %2 WHERE id::text = ? RETURNING version")
                                                     .arg(entity.table, assignments.join(u',')),
                                                 binds);
        if (!version) {
            return version.error();
        }
        result.version = version->toLongLong();
    }
    result.status = !result.conflicts.isEmpty()    ? OpStatus::Conflict
                    : row.version > op.baseVersion ? OpStatus::Merged
                                                   : OpStatus::Applied;
    return result;
}

Result<OpApplier::Rejection> OpApplier::rowRejection(const EntityDef &entity, const Protocol::Op &op,
                                                     const QJsonObject &row, const QJsonObject *before)
{
    Result<std::optional<PushRules::FieldProblem>> problem =
        PushRules::treeProblem(m_db, entity, op.rowId, row, before);
    if (!problem) {
        return problem.error();
    }
    if (!*problem) {
        *problem = PushRules::contentProblem(entity, row);
    }
    if (!*problem) {
        return Rejection();
    }
    return Rejection(rejected(op, RejectionCode::Invalid,
                              QStringLiteral("%1.%2: %3").arg(entity.name, (*problem)->field, (*problem)->message),
                              (*problem)->field));
}

Status OpApplier::recordConflict(const Protocol::Op &op, const Protocol::ConflictReport &conflict)
{
    const Result<QSqlQuery> q =
        pgQuery(m_db,
                QStringLiteral("INSERT INTO conflicts (op_id, entity, row_id, field, base_value, mine_value, "
                               "theirs_value, resolution, policy, user_id, device_id) VALUES (?, ?, ?, ?, ?::jsonb, "
                               "?::jsonb, ?::jsonb, ?, ?, ?, ?)"),
                {op.opId, op.entity, op.rowId, conflict.field, Protocol::jsonText(conflict.base),
                 Protocol::jsonText(conflict.mine), Protocol::jsonText(conflict.theirs),
                 resolutionToText(conflict.resolution), conflictPolicyToText(conflict.policy), m_user.id, m_deviceId});
    return q ? Status() : Status(q.error());
}

} // namespace SalesSync::Server
