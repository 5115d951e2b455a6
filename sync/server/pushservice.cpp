#include "sync/server/pushservice.h"

#include "core/hybridlogicalclock.h"
#include "core/rules/ledger.h"
#include "core/rules/ordercalculator.h"
#include "core/rules/workflow.h"
#include "core/store/entityschema.h"
#include "core/timeutil.h"
#include "core/uuidv7.h"
#include "sync/server/pgdatabase.h"
#include "sync/server/pgrows.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlRecord>

#include <cmath>

namespace SalesSync::Server {

namespace {

struct Op {
    QString opId;
    QString entity;
    QString rowId;
    QString kind;       // create, update, delete
    QJsonObject fields; // name -> {"old": ..., "new": ...}
    QString hlc;
    qint64 baseVersion = 0;
};

struct OpOutcome {
    QString status; // applied, merged, conflict, rejected
    QString code;
    QString message;
    qint64 version = 0;
    QJsonArray conflicts;

    QJsonObject toJson(const QString &opId) const
    {
        QJsonObject o{{QStringLiteral("op_id"), opId}, {QStringLiteral("status"), status}};
        if (!code.isEmpty()) {
            o.insert(QStringLiteral("code"), code);
            o.insert(QStringLiteral("message"), message);
        }
        if (version > 0) {
            o.insert(QStringLiteral("version"), version);
        }
        if (!conflicts.isEmpty()) {
            o.insert(QStringLiteral("conflicts"), conflicts);
        }
        return o;
    }
};

OpOutcome rejected(const QString &code, const QString &message)
{
    return OpOutcome{QStringLiteral("rejected"), code, message, 0, {}};
}

QString policyText(ConflictPolicy policy)
{
    switch (policy) {
    case ConflictPolicy::LastWriterWins:
        return QStringLiteral("last_writer_wins");
    case ConflictPolicy::Manual:
        return QStringLiteral("manual");
    case ConflictPolicy::ServerOwned:
        return QStringLiteral("server_owned");
    case ConflictPolicy::StateMachine:
        return QStringLiteral("state_machine");
    case ConflictPolicy::Immutable:
        return QStringLiteral("immutable");
    case ConflictPolicy::Derived:
        return QStringLiteral("derived");
    case ConflictPolicy::AppendOnly:
        return QStringLiteral("append_only");
    }
    return {};
}

// Whether two wire values of a field are the same value.
bool same(const FieldDef &field, const QJsonValue &a, const QJsonValue &b)
{
    if (a.isNull() || b.isNull() || a.isUndefined() || b.isUndefined()) {
        return (a.isNull() || a.isUndefined()) == (b.isNull() || b.isUndefined());
    }
    switch (field.type) {
    case FieldType::Boolean:
        return (a.isBool() ? a.toBool() : a.toInteger() != 0) == (b.isBool() ? b.toBool() : b.toInteger() != 0);
    case FieldType::Integer:
        return a.toInteger() == b.toInteger();
    case FieldType::Real:
        return std::abs(a.toDouble() - b.toDouble()) < 1e-9;
    case FieldType::Timestamp:
        return fromIsoUtc(a.toString()) == fromIsoUtc(b.toString());
    case FieldType::Text:
        return a.toString() == b.toString();
    }
    return false;
}

// A wire value as a QVariant in the client's storage form, or an error for a wrong type.
std::optional<QVariant> fromWire(const FieldDef &field, const QJsonValue &value)
{
    if (value.isNull()) {
        return QVariant();
    }
    switch (field.type) {
    case FieldType::Boolean:
        if (value.isBool()) {
            return QVariant(value.toBool());
        }
        if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1)) {
            return QVariant(value.toDouble() != 0);
        }
        return std::nullopt;
    case FieldType::Integer:
        if (value.isDouble() && value.toDouble() == std::floor(value.toDouble())) {
            return QVariant(value.toInteger());
        }
        return std::nullopt;
    case FieldType::Real:
        return value.isDouble() ? std::optional<QVariant>(value.toDouble()) : std::nullopt;
    case FieldType::Timestamp:
        if (value.isString() && fromIsoUtc(value.toString()).isValid()) {
            return QVariant(value.toString());
        }
        return std::nullopt;
    case FieldType::Text:
        if (value.isString() && !value.toString().contains(QChar(0))) {
            return QVariant(value.toString());
        }
        return std::nullopt;
    }
    return std::nullopt;
}

bool writableBy(const User &user, const QString &entity, const QString &kind)
{
    static const QSet<QString> appendOnly = {QStringLiteral("transaction"), QStringLiteral("audit_entry")};
    if (appendOnly.contains(entity) && kind != u"create") {
        return false;
    }
    if (user.role == Role::Admin) {
        return true;
    }
    static const QSet<QString> fieldData = {QStringLiteral("customer"),    QStringLiteral("visit"),
                                            QStringLiteral("order"),       QStringLiteral("order_line"),
                                            QStringLiteral("transaction"), QStringLiteral("audit_entry")};
    if (!fieldData.contains(entity)) {
        return false; // reference data and assignments are the admins'
    }
    return kind != u"delete" || entity == u"order_line";
}

class Applier {
public:
    Applier(QSqlDatabase db, const User &user, const QString &deviceId, const Scope &scope)
        : m_db(std::move(db))
        , m_user(user)
        , m_deviceId(deviceId)
        , m_scope(scope)
    {}

    // Applies one op. A transient database failure (deadlock, lock timeout, lost connection)
    // gives status "retry": the caller must not store it, and fails the push instead.
    OpOutcome apply(const Op &op);

    // Order lines' net and tax and orders' totals are derived: after a change set's ops have
    // applied, they are computed anew (core's OrderCalculator) for every order the ops touched,
    // from the lines as they are now. An empty status when all is well; "rejected" (with the
    // index of the op to blame in blame) when an order no longer adds up, e.g. a merged discount
    // larger than its line; "retry" on a transient database failure.
    OpOutcome recomputeOrders(const QList<Op> &ops, qsizetype *blame);

private:
    OpOutcome applyOp(const Op &op);
    template <typename T>
    bool failed(const Result<T> &result)
    {
        if (!result) {
            m_dbError = result.error();
            return true;
        }
        return false;
    }
    std::optional<Error> m_dbError;

    // The territory a row of this entity belongs to, from its (new or current) fields.
    std::optional<QString> territoryOf(const QString &entity, const QJsonObject &row);
    bool inScope(const QString &entity, const QJsonObject &row);
    // A reference other than the parent (an order's visit, a ledger entry's order or original)
    // must belong to the same customer; the reason when it does not.
    std::optional<QString> crossReferenceProblem(const QString &entity, const QJsonObject &row);
    // Why a reversal breaks the ledger's rules (core's Ledger::validateReversal), if it does.
    std::optional<QString> reversalProblem(const QString &id, const QJsonObject &row);
    std::optional<QJsonObject> current(const EntityDef &entity, const QString &id, qint64 *version, bool *deleted,
                                       QJsonObject *fieldHlc);
    void recordConflict(const Op &op, const QString &field, const QJsonValue &base, const QJsonValue &mine,
                        const QJsonValue &theirs, const QString &resolution, ConflictPolicy policy);

    QSqlDatabase m_db;
    const User &m_user;
    QString m_deviceId;
    const Scope &m_scope;
};

std::optional<QString> Applier::territoryOf(const QString &entity, const QJsonObject &row)
{
    const auto lookup = [this](const QString &sql, const QString &id) -> std::optional<QString> {
        const Result<QVariant> v = pgValue(m_db, sql, {id});
        if (failed(v) || v->isNull()) {
            return std::nullopt;
        }
        return v->toString();
    };
    if (entity == u"customer") {
        return row.value(QStringLiteral("territory_id")).toString();
    }
    if (entity == u"visit" || entity == u"order" || entity == u"transaction") {
        return lookup(QStringLiteral("SELECT territory_id FROM customers WHERE id = ? FOR SHARE"),
                      row.value(QStringLiteral("customer_id")).toString());
    }
    if (entity == u"order_line") {
        return lookup(QStringLiteral("SELECT c.territory_id FROM orders o JOIN customers c ON c.id = o.customer_id "
                                     "WHERE o.id = ? FOR SHARE OF c"),
                      row.value(QStringLiteral("order_id")).toString());
    }
    return QString(); // not scoped
}

bool Applier::inScope(const QString &entity, const QJsonObject &row)
{
    if (m_scope.everything) {
        return true;
    }
    const std::optional<QString> territory = territoryOf(entity, row);
    if (!territory) {
        return false; // refers to a customer or order that does not exist
    }
    return territory->isEmpty() || m_scope.territoryIds.contains(*territory);
}

std::optional<QString> Applier::crossReferenceProblem(const QString &entity, const QJsonObject &row)
{
    const QString customer = row.value(QStringLiteral("customer_id")).toString();
    QList<std::pair<QString, QString>> checks; // (column, table)
    if (entity == u"order") {
        checks = {{QStringLiteral("visit_id"), QStringLiteral("visits")}};
    } else if (entity == u"transaction") {
        checks = {{QStringLiteral("order_id"), QStringLiteral("orders")},
                  {QStringLiteral("reverses_id"), QStringLiteral("transactions")}};
    }
    for (const auto &[column, table] : checks) {
        const QString ref = row.value(column).toString();
        if (ref.isEmpty()) {
            continue;
        }
        const Result<QVariant> owner =
            pgValue(m_db, QStringLiteral("SELECT customer_id FROM %1 WHERE id = ?").arg(table), {ref});
        if (!failed(owner) && !owner->isNull() && owner->toString() != customer) {
            return PushService::tr("%1 refers to a row of another customer.").arg(column);
        }
    }
    return std::nullopt;
}

std::optional<QJsonObject> Applier::current(const EntityDef &entity, const QString &id, qint64 *version, bool *deleted,
                                            QJsonObject *fieldHlc)
{
    Result<QSqlQuery> q =
        pgQuery(m_db,
                QStringLiteral("SELECT version, deleted, field_hlc::text, %1 FROM %2 WHERE id::text = ? FOR UPDATE")
                    .arg(entity.fieldNames().join(u','), PgRows::table(entity)),
                {id});
    if (failed(q) || !q.value().next()) {
        return std::nullopt;
    }
    *version = q.value().value(0).toLongLong();
    *deleted = q.value().value(1).toBool();
    *fieldHlc = QJsonDocument::fromJson(q.value().value(2).toString().toUtf8()).object();
    QJsonObject row;
    for (qsizetype i = 0; i < entity.fields.size(); ++i) {
        row.insert(entity.fields.at(i).name, PgRows::toJson(entity.fields.at(i), q.value().value(int(i) + 3)));
    }
    return row;
}

namespace {

// A ledger entry from its fields on the wire.
Transaction transactionFromJson(const QString &id, const QJsonObject &row)
{
    Transaction t;
    t.id = id;
    t.customerId = row.value(QStringLiteral("customer_id")).toString();
    t.orderId = row.value(QStringLiteral("order_id")).toString();
    t.kind = transactionKindFromText(row.value(QStringLiteral("kind")).toString()).value_or(TransactionKind::Payment);
    t.direction = transactionDirectionFromText(row.value(QStringLiteral("direction")).toString())
                      .value_or(TransactionDirection::Forward);
    t.reversesId = row.value(QStringLiteral("reverses_id")).toString();
    t.amount = Money(row.value(QStringLiteral("amount_minor")).toInteger(),
                     Currency::fromCode(row.value(QStringLiteral("currency")).toString()).value_or(Currency()));
    t.reason = row.value(QStringLiteral("reason")).toString();
    t.occurredAt = fromIsoUtc(row.value(QStringLiteral("occurred_at")).toString());
    t.recordedBy = row.value(QStringLiteral("recorded_by")).toString();
    return t;
}

} // namespace

std::optional<QString> Applier::reversalProblem(const QString &id, const QJsonObject &row)
{
    const EntityDef &entity = EntitySchema::get(QStringLiteral("transaction"));
    const QString originalId = row.value(QStringLiteral("reverses_id")).toString();
    qint64 version = 0;
    bool deleted = false;
    QJsonObject hlc;
    const std::optional<QJsonObject> original = current(entity, originalId, &version, &deleted, &hlc);
    if (!original) {
        return PushService::tr("reverses_id refers to a ledger entry that does not exist.");
    }
    Result<QSqlQuery> q = pgQuery(m_db,
                                  QStringLiteral("SELECT id, %1 FROM transactions WHERE reverses_id = ? ORDER BY id")
                                      .arg(entity.fieldNames().join(u',')),
                                  {originalId});
    if (failed(q)) {
        return q.error().message();
    }
    QList<Transaction> earlier;
    while (q.value().next()) {
        QJsonObject fields;
        for (qsizetype i = 0; i < entity.fields.size(); ++i) {
            fields.insert(entity.fields.at(i).name, PgRows::toJson(entity.fields.at(i), q.value().value(int(i) + 1)));
        }
        earlier << transactionFromJson(q.value().value(0).toString(), fields);
    }
    const Status s =
        Ledger::validateReversal(transactionFromJson(id, row), transactionFromJson(originalId, *original), earlier);
    if (!s) {
        QString message = s.error().message();
        for (const FieldError &f : s.error().fields()) {
            message += QStringLiteral(" %1: %2.").arg(f.field, f.message);
        }
        return message;
    }
    return std::nullopt;
}

OpOutcome Applier::recomputeOrders(const QList<Op> &ops, qsizetype *blame)
{
    m_dbError.reset();
    QStringList orders;
    QList<qsizetype> culprits; // per order: the first op that touched it
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const Op &op = ops.at(i);
        QString orderId;
        if (op.entity == u"order") {
            orderId = op.rowId;
        } else if (op.entity == u"order_line") {
            const Result<QVariant> v =
                pgValue(m_db, QStringLiteral("SELECT order_id FROM order_lines WHERE id = ?"), {op.rowId});
            if (failed(v)) {
                break;
            }
            orderId = v->toString();
        }
        if (!orderId.isEmpty() && !orders.contains(orderId)) {
            orders << orderId;
            culprits << i;
        }
    }
    for (qsizetype n = 0; n < orders.size() && !m_dbError; ++n) {
        const Result<QVariant> code =
            pgValue(m_db, QStringLiteral("SELECT currency FROM orders WHERE id = ? FOR UPDATE"), {orders.at(n)});
        if (failed(code) || code->isNull()) {
            continue; // the op itself was refused; nothing to compute
        }
        Order order;
        order.id = orders.at(n);
        order.currency = Currency::fromCode(code->toString()).value_or(Currency());
        Result<QSqlQuery> q = pgQuery(m_db,
                                      QStringLiteral("SELECT id, quantity_milli, unit_price_minor, discount_minor, "
                                                     "tax_rate_bp FROM order_lines WHERE order_id = ? AND NOT deleted "
                                                     "ORDER BY line_no FOR UPDATE"),
                                      {order.id});
        if (failed(q)) {
            break;
        }
        while (q.value().next()) {
            OrderLine line;
            line.id = q.value().value(0).toString();
            line.quantityMilli = q.value().value(1).toLongLong();
            line.unitPrice = Money(q.value().value(2).toLongLong(), order.currency);
            line.discount = Money(q.value().value(3).toLongLong(), order.currency);
            line.taxRateBasisPoints = q.value().value(4).toInt();
            order.lines << line;
        }
        if (const Status s = OrderCalculator::calculate(order); !s) {
            *blame = culprits.at(n);
            QString message = PushService::tr("Order %1 does not add up:").arg(order.id);
            for (const FieldError &f : s.error().fields()) {
                message += QStringLiteral(" %1 %2.").arg(f.field, f.message);
            }
            return rejected(QStringLiteral("invalid"), s.error().fields().isEmpty() ? s.error().message() : message);
        }
        // Writes only what differs, so an order that already adds up keeps its version.
        for (const OrderLine &line : std::as_const(order.lines)) {
            if (failed(pgQuery(m_db,
                               QStringLiteral("UPDATE order_lines SET net_minor = ?, tax_minor = ? WHERE id = ? AND "
                                              "(net_minor, tax_minor) IS DISTINCT FROM (?, ?)"),
                               {line.net.minorUnits(), line.tax.minorUnits(), line.id, line.net.minorUnits(),
                                line.tax.minorUnits()}))) {
                break;
            }
        }
        (void)failed(
            pgQuery(m_db,
                    QStringLiteral("UPDATE orders SET net_minor = ?, tax_minor = ?, total_minor = ? WHERE id = "
                                   "? AND (net_minor, tax_minor, total_minor) IS DISTINCT FROM (?, ?, ?)"),
                    {order.netTotal.minorUnits(), order.taxTotal.minorUnits(), order.total.minorUnits(), order.id,
                     order.netTotal.minorUnits(), order.taxTotal.minorUnits(), order.total.minorUnits()}));
    }
    if (m_dbError) {
        if (isTransient(*m_dbError)) {
            return OpOutcome{QStringLiteral("retry"), QStringLiteral("unavailable"), m_dbError->message(), 0, {}};
        }
        *blame = 0;
        return rejected(QStringLiteral("invalid"), m_dbError->message());
    }
    return {};
}

void Applier::recordConflict(const Op &op, const QString &field, const QJsonValue &base, const QJsonValue &mine,
                             const QJsonValue &theirs, const QString &resolution, ConflictPolicy policy)
{
    const auto json = [](const QJsonValue &v) {
        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    };
    (void)pgQuery(m_db,
                  QStringLiteral("INSERT INTO conflicts (op_id, entity, row_id, field, base_value, mine_value, "
                                 "theirs_value, resolution, policy, user_id, device_id) VALUES (?, ?, ?, ?, ?::jsonb, "
                                 "?::jsonb, ?::jsonb, ?, ?, ?, ?)"),
                  {op.opId, op.entity, op.rowId, field, json(base), json(mine), json(theirs), resolution,
                   policyText(policy), m_user.id, m_deviceId});
}

OpOutcome Applier::apply(const Op &op)
{
    m_dbError.reset();
    OpOutcome outcome = applyOp(op);
    if (m_dbError && isTransient(*m_dbError)) {
        return OpOutcome{QStringLiteral("retry"), QStringLiteral("unavailable"), m_dbError->message(), 0, {}};
    }
    return outcome;
}

OpOutcome Applier::applyOp(const Op &op)
{
    const EntityDef *entity = EntitySchema::find(op.entity);
    if (!entity) {
        return rejected(QStringLiteral("unknown_entity"), PushService::tr("There is no entity \"%1\".").arg(op.entity));
    }
    // A device whose clock runs far ahead would win every later edit: refuse until it is fixed.
    if (const std::optional<HlcTimestamp> clock = HlcTimestamp::parse(op.hlc);
        clock && clock->wallMs > QDateTime::currentMSecsSinceEpoch() + 5 * 60 * 1000) {
        return rejected(QStringLiteral("clock_ahead"),
                        PushService::tr("This device's clock is ahead of the server's by more than five minutes. "
                                        "Correct the date and time, then sync again."));
    }
    if (!writableBy(m_user, op.entity, op.kind)) {
        return rejected(QStringLiteral("forbidden"),
                        PushService::tr("A %1 may not %2 a %3.").arg(roleToText(m_user.role), op.kind, op.entity));
    }
    // Values by field, checked against the entity's declaration.
    QJsonObject newValues;
    for (auto it = op.fields.constBegin(); it != op.fields.constEnd(); ++it) {
        const FieldDef *field = entity->field(it.key());
        if (!field) {
            return rejected(QStringLiteral("unknown_field"),
                            PushService::tr("%1 has no field \"%2\".").arg(op.entity, it.key()));
        }
        const QJsonObject change = it.value().toObject();
        if (!fromWire(*field, change.value(QStringLiteral("new")))) {
            return rejected(QStringLiteral("bad_value"),
                            PushService::tr("%1.%2 has a value of the wrong type.").arg(op.entity, it.key()));
        }
        newValues.insert(it.key(), change.value(QStringLiteral("new")));
    }

    qint64 version = 0;
    bool deleted = false;
    QJsonObject fieldHlc;
    const std::optional<QJsonObject> row = current(*entity, op.rowId, &version, &deleted, &fieldHlc);

    if (op.kind == u"create") {
        if (row) {
            return rejected(QStringLiteral("already_exists"),
                            PushService::tr("A %1 with id %2 already exists.").arg(op.entity, op.rowId));
        }
        if (!inScope(op.entity, newValues)) {
            return rejected(QStringLiteral("out_of_scope"),
                            PushService::tr("This %1 is outside your territories.").arg(op.entity));
        }
        if (op.entity == u"audit_entry") {
            // An audit entry records who and which device: the signed-in user's, not the payload's.
            newValues.insert(QStringLiteral("user_id"), m_user.id);
            newValues.insert(QStringLiteral("device_id"), m_deviceId);
        }
        if (const std::optional<QString> problem = crossReferenceProblem(op.entity, newValues)) {
            return rejected(QStringLiteral("out_of_scope"), *problem);
        }
        if (op.entity == u"transaction" && newValues.value(QStringLiteral("direction")).toString() == u"reverse") {
            // The ledger's rules, as on the client: against the original and the reversals of it
            // already on the server (from any device), never more than remains.
            if (const std::optional<QString> problem = reversalProblem(op.rowId, newValues)) {
                return rejected(QStringLiteral("invalid_reversal"), *problem);
            }
        }
        QVariantMap values;
        QJsonObject hlcs;
        for (const FieldDef &field : entity->fields) {
            values.insert(field.name, fromWire(field, newValues.value(field.name)).value_or(QVariant()));
            hlcs.insert(field.name, op.hlc);
        }
        if (const Status s = PgRows::insert(m_db, *entity, op.rowId, values,
                                            QString::fromUtf8(QJsonDocument(hlcs).toJson(QJsonDocument::Compact)));
            !s) {
            m_dbError = s.error();
            return rejected(QStringLiteral("invalid"), s.error().message());
        }
        return OpOutcome{QStringLiteral("applied"), {}, {}, 1, {}};
    }

    if (!row) {
        return rejected(QStringLiteral("not_found"),
                        PushService::tr("There is no %1 with id %2.").arg(op.entity, op.rowId));
    }
    if (!inScope(op.entity, *row)) {
        return rejected(QStringLiteral("out_of_scope"),
                        PushService::tr("This %1 is outside your territories.").arg(op.entity));
    }
    if (deleted) {
        // Edit versus delete: the delete stands; the edit is refused with the reason.
        return rejected(
            QStringLiteral("deleted"),
            PushService::tr("This %1 was deleted on the server; your change was not applied.").arg(op.entity));
    }
    if (op.kind == u"delete") {
        if (version > op.baseVersion) {
            // Delete versus edit: someone changed the row since this device last saw it. The row
            // stays; deleting what you have not seen is refused.
            return rejected(QStringLiteral("edited_since"),
                            PushService::tr("This %1 was changed on the server after you last synced; it was not "
                                            "deleted. Sync and delete again if you still want to.")
                                .arg(op.entity));
        }
        Result<QSqlQuery> q =
            pgQuery(m_db,
                    QStringLiteral("UPDATE %1 SET deleted = true WHERE id::text = ? RETURNING version")
                        .arg(PgRows::table(*entity)),
                    {op.rowId});
        if (failed(q) || !q.value().next()) {
            return rejected(QStringLiteral("invalid"), q ? QString() : q.error().message());
        }
        return OpOutcome{QStringLiteral("applied"), {}, {}, q.value().value(0).toLongLong(), {}};
    }

    // Update: field by field.
    QStringList assignments;
    QVariantList binds;
    QJsonArray conflicts;
    bool merged = version > op.baseVersion;
    for (auto it = newValues.constBegin(); it != newValues.constEnd(); ++it) {
        const FieldDef &field = *entity->field(it.key());
        const QJsonValue base = op.fields.value(it.key()).toObject().value(QStringLiteral("old"));
        const QJsonValue mine = it.value();
        const QJsonValue theirs = row->value(it.key());
        const bool concurrent = !same(field, base, theirs); // someone else changed this field
        bool take = true;
        QString resolution;
        if (field.policy == ConflictPolicy::Immutable && !same(field, mine, theirs)) {
            return rejected(QStringLiteral("immutable"),
                            PushService::tr("%1.%2 cannot change after the row was created.").arg(op.entity, it.key()));
        }
        if (field.policy == ConflictPolicy::StateMachine && field.name == u"status" && !same(field, mine, theirs)) {
            Status allowed;
            if (op.entity == u"order") {
                const std::optional<OrderStatus> from = orderStatusFromText(theirs.toString());
                const std::optional<OrderStatus> to = orderStatusFromText(mine.toString());
                allowed = from && to ? Workflow::checkOrderTransition(*from, *to)
                                     : Status(Error::validation(QStringLiteral("status"),
                                                                PushService::tr("is not an order status")));
            } else if (op.entity == u"visit") {
                const std::optional<VisitStatus> from = visitStatusFromText(theirs.toString());
                const std::optional<VisitStatus> to = visitStatusFromText(mine.toString());
                allowed =
                    from && to
                        ? Workflow::checkVisitTransition(*from, *to)
                        : Status(Error::validation(QStringLiteral("status"), PushService::tr("is not a visit status")));
            }
            if (!allowed) {
                if (concurrent) {
                    recordConflict(op, it.key(), base, mine, theirs, QStringLiteral("rejected"), field.policy);
                }
                return rejected(QStringLiteral("illegal_transition"), allowed.error().message());
            }
        }
        if (concurrent && !same(field, mine, theirs)) {
            switch (field.policy) {
            case ConflictPolicy::LastWriterWins:
            case ConflictPolicy::Derived:
            case ConflictPolicy::StateMachine: {
                const QString theirsHlc = fieldHlc.value(it.key()).toString();
                take = op.hlc > theirsHlc;
                resolution = take ? QStringLiteral("mine") : QStringLiteral("theirs");
                break;
            }
            case ConflictPolicy::ServerOwned:
                take = m_user.role == Role::Admin;
                resolution = take ? QStringLiteral("mine") : QStringLiteral("theirs");
                break;
            case ConflictPolicy::Manual:
                take = false;
                resolution = QStringLiteral("manual");
                break;
            case ConflictPolicy::Immutable:
            case ConflictPolicy::AppendOnly:
                take = false;
                resolution = QStringLiteral("rejected");
                break;
            }
            recordConflict(op, it.key(), base, mine, theirs, resolution, field.policy);
            conflicts.append(QJsonObject{{QStringLiteral("field"), it.key()},
                                         {QStringLiteral("base"), base},
                                         {QStringLiteral("mine"), mine},
                                         {QStringLiteral("theirs"), theirs},
                                         {QStringLiteral("policy"), policyText(field.policy)},
                                         {QStringLiteral("resolution"), resolution}});
        } else if (field.policy == ConflictPolicy::ServerOwned && m_user.role != Role::Admin &&
                   !same(field, mine, theirs)) {
            // Not concurrent, but not the agent's to change either: the server keeps its value.
            take = false;
            recordConflict(op, it.key(), base, mine, theirs, QStringLiteral("theirs"), field.policy);
            conflicts.append(QJsonObject{{QStringLiteral("field"), it.key()},
                                         {QStringLiteral("base"), base},
                                         {QStringLiteral("mine"), mine},
                                         {QStringLiteral("theirs"), theirs},
                                         {QStringLiteral("policy"), policyText(field.policy)},
                                         {QStringLiteral("resolution"), QStringLiteral("theirs")}});
        }
        if (take && !same(field, mine, theirs)) {
            assignments << field.name + QStringLiteral(" = ") + PgRows::placeholder(field);
            binds << PgRows::toPg(field, *fromWire(field, mine));
            fieldHlc.insert(it.key(), op.hlc);
        }
    }
    if (!inScope(op.entity, [&] {
            QJsonObject after = *row;
            for (auto it = newValues.constBegin(); it != newValues.constEnd(); ++it) {
                after.insert(it.key(), it.value());
            }
            return after;
        }())) {
        return rejected(QStringLiteral("out_of_scope"),
                        PushService::tr("You cannot move a %1 out of your territories.").arg(op.entity));
    }
    if (!assignments.isEmpty()) {
        assignments << QStringLiteral("field_hlc = ?::jsonb");
        binds << QString::fromUtf8(QJsonDocument(fieldHlc).toJson(QJsonDocument::Compact)) << op.rowId;
        Result<QSqlQuery> q = pgQuery(m_db,
                                      QStringLiteral("UPDATE %1 SET %2 WHERE id::text = ? RETURNING version")
                                          .arg(PgRows::table(*entity), assignments.join(u',')),
                                      binds);
        if (failed(q) || !q.value().next()) {
            return rejected(QStringLiteral("invalid"), q ? QString() : q.error().message());
        }
        version = q.value().value(0).toLongLong();
    }
    const QString status = !conflicts.isEmpty() ? QStringLiteral("conflict")
                           : merged             ? QStringLiteral("merged")
                                                : QStringLiteral("applied");
    return OpOutcome{status, {}, {}, version, conflicts};
}

} // namespace

PushService::PushService(PgDatabase &database)
    : m_database(database)
{}

Result<QJsonArray> PushService::push(const User &user, const QString &deviceId, const QJsonArray &changeSets,
                                     QStringList *fresh)
{
    // Parse everything first: a malformed request applies nothing.
    struct ChangeSet {
        QString id;
        QList<Op> ops;
    };
    QList<ChangeSet> sets;
    int total = 0;
    QSet<QString> opIds;
    for (qsizetype i = 0; i < changeSets.size(); ++i) {
        const QString where = QStringLiteral("change_sets[%1]").arg(i);
        if (!changeSets.at(i).isObject()) {
            return Error::validation(where, tr("must be an object"));
        }
        const QJsonObject cs = changeSets.at(i).toObject();
        ChangeSet set;
        set.id = cs.value(QStringLiteral("id")).toString();
        if (set.id.isEmpty() || !cs.value(QStringLiteral("ops")).isArray()) {
            return Error::validation(where, tr("needs an \"id\" and an \"ops\" array"));
        }
        for (auto it = cs.constBegin(); it != cs.constEnd(); ++it) {
            if (it.key() != u"id" && it.key() != u"ops") {
                return Error::validation(where + u'.' + it.key(), tr("is not a field of a change set"));
            }
        }
        const QJsonArray ops = cs.value(QStringLiteral("ops")).toArray();
        if (ops.isEmpty()) {
            return Error::validation(where + QStringLiteral(".ops"), tr("is empty"));
        }
        for (qsizetype j = 0; j < ops.size(); ++j) {
            const QString opWhere = QStringLiteral("%1.ops[%2]").arg(where).arg(j);
            const QJsonObject o = ops.at(j).toObject();
            static const QSet<QString> allowed = {
                QStringLiteral("op_id"),  QStringLiteral("entity"), QStringLiteral("row_id"),      QStringLiteral("op"),
                QStringLiteral("fields"), QStringLiteral("hlc"),    QStringLiteral("base_version")};
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                if (!allowed.contains(it.key())) {
                    return Error::validation(opWhere + u'.' + it.key(), tr("is not a field of an op"));
                }
            }
            Op op;
            op.opId = o.value(QStringLiteral("op_id")).toString();
            op.entity = o.value(QStringLiteral("entity")).toString();
            op.rowId = o.value(QStringLiteral("row_id")).toString();
            op.kind = o.value(QStringLiteral("op")).toString();
            op.fields = o.value(QStringLiteral("fields")).toObject();
            op.hlc = o.value(QStringLiteral("hlc")).toString();
            op.baseVersion = o.value(QStringLiteral("base_version")).toInteger(-1);
            if (!UuidV7::isValid(op.opId) && QUuid::fromString(op.opId).isNull()) {
                return Error::validation(opWhere + QStringLiteral(".op_id"), tr("must be a UUID"));
            }
            if (opIds.contains(op.opId)) {
                return Error::validation(opWhere + QStringLiteral(".op_id"), tr("appears twice in this push"));
            }
            opIds.insert(op.opId);
            if (QUuid::fromString(op.rowId).isNull() || op.rowId != op.rowId.toLower()) {
                return Error::validation(opWhere + QStringLiteral(".row_id"), tr("must be a lower-case UUID"));
            }
            if (op.kind != u"create" && op.kind != u"update" && op.kind != u"delete") {
                return Error::validation(opWhere + QStringLiteral(".op"), tr("must be create, update or delete"));
            }
            if (!HlcTimestamp::parse(op.hlc)) {
                return Error::validation(opWhere + QStringLiteral(".hlc"),
                                         tr("is not a hybrid logical clock timestamp"));
            }
            if (op.baseVersion < 0) {
                return Error::validation(opWhere + QStringLiteral(".base_version"), tr("must be a whole number >= 0"));
            }
            for (auto it = op.fields.constBegin(); it != op.fields.constEnd(); ++it) {
                if (!it.value().isObject()) {
                    return Error::validation(opWhere + QStringLiteral(".fields.") + it.key(),
                                             tr("must be {\"old\": ..., \"new\": ...}"));
                }
            }
            set.ops << op;
            if (++total > kMaximumOps) {
                return Error::validation(QStringLiteral("change_sets"),
                                         tr("more than %1 ops in one push").arg(kMaximumOps));
            }
        }
        sets << set;
    }

    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return db.error();
    }
    QJsonArray results;
    for (const ChangeSet &set : std::as_const(sets)) {
        PgTransaction tx(*db);
        if (const Status s = tx.status(); !s) {
            return s.error();
        }
        // Replays. Each op id is locked first, so a retry that arrives while the original push is
        // still running waits for it and then finds its results instead of applying twice.
        QHash<QString, QJsonObject> stored;
        for (const Op &op : set.ops) {
            if (Result<QSqlQuery> lock =
                    pgQuery(*db, QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))"), {op.opId});
                !lock) {
                return lock.error();
            }
            const Result<QVariant> r =
                pgValue(*db, QStringLiteral("SELECT result::text FROM op_results WHERE op_id = ?"), {op.opId});
            if (!r) {
                return r.error();
            }
            if (!r->isNull()) {
                stored.insert(op.opId, QJsonDocument::fromJson(r->toString().toUtf8()).object());
            }
        }
        if (stored.size() == set.ops.size()) {
            for (const Op &op : set.ops) {
                results.append(stored.value(op.opId));
            }
            continue;
        }
        const Result<Scope> scope = Scope::of(*db, user);
        if (!scope) {
            return scope.error();
        }
        Applier applier(*db, user, deviceId, *scope);
        QList<OpOutcome> outcomes;
        bool failed = false;
        (void)pgQuery(*db, QStringLiteral("SAVEPOINT change_set"));
        for (const Op &op : set.ops) {
            if (stored.contains(op.opId)) {
                outcomes << OpOutcome{}; // sent before in another change set: its stored result stands
                continue;
            }
            if (failed) {
                outcomes << rejected(QStringLiteral("change_set_failed"),
                                     tr("Not applied: another op of the same change set was rejected."));
                continue;
            }
            (void)pgQuery(*db, QStringLiteral("SAVEPOINT op"));
            OpOutcome outcome = applier.apply(op);
            if (outcome.status == u"retry") {
                // Nothing of this change set is stored; earlier sets are committed and replay.
                return Error(ErrorCode::Storage, tr("The database was busy; nothing of this change set was applied. "
                                                    "Send the push again: %1")
                                                     .arg(outcome.message));
            }
            if (outcome.status == u"rejected") {
                (void)pgQuery(*db, QStringLiteral("ROLLBACK TO SAVEPOINT op"));
                failed = true;
            }
            outcomes << outcome;
        }
        if (!failed) {
            qsizetype blame = 0;
            const OpOutcome check = applier.recomputeOrders(set.ops, &blame);
            if (check.status == u"retry") {
                return Error(ErrorCode::Storage, tr("The database was busy; nothing of this change set was applied. "
                                                    "Send the push again: %1")
                                                     .arg(check.message));
            }
            if (check.status == u"rejected") {
                outcomes[blame] = check;
                failed = true;
            }
        }
        if (failed) {
            // All or nothing: undo the set's ops that had applied, and say so.
            (void)pgQuery(*db, QStringLiteral("ROLLBACK TO SAVEPOINT change_set"));
            for (qsizetype i = 0; i < outcomes.size(); ++i) {
                if (!stored.contains(set.ops.at(i).opId) && outcomes.at(i).status != u"rejected") {
                    outcomes[i] = rejected(QStringLiteral("change_set_failed"),
                                           tr("Not applied: another op of the same change set was rejected."));
                }
            }
        }
        for (qsizetype i = 0; i < set.ops.size(); ++i) {
            const QString &opId = set.ops.at(i).opId;
            if (stored.contains(opId)) {
                results.append(stored.value(opId));
                continue;
            }
            const QJsonObject result = outcomes.at(i).toJson(opId);
            if (Result<QSqlQuery> q =
                    pgQuery(*db,
                            QStringLiteral("INSERT INTO op_results (op_id, change_set_id, device_id, "
                                           "user_id, result) VALUES (?, ?, ?, ?, ?::jsonb)"),
                            {opId, set.id, deviceId, user.id,
                             QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact))});
                !q) {
                return q.error();
            }
            results.append(result);
        }
        if (const Status s = tx.commit(); !s) {
            return s.error();
        }
        if (fresh) {
            for (qsizetype i = 0; i < outcomes.size(); ++i) {
                if (!stored.contains(set.ops.at(i).opId)) {
                    *fresh << outcomes.at(i).status;
                }
            }
        }
    }
    return results;
}

} // namespace SalesSync::Server
