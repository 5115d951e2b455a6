#include "sync/server/pushrules.h"

#include "core/domain/order.h"
#include "core/domain/transaction.h"
#include "core/repositories/companyprofilerepository.h"
#include "core/rules/ledger.h"
#include "core/rules/ordercalculator.h"
#include "core/rules/workflow.h"
#include "core/timeutil.h"
#include "sync/server/pgdatabase.h"
#include "sync/server/pgrows.h"
#include "sync/server/scopesql.h"

namespace SalesSync::Server {

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

// "SELECT <root id> FROM <table> d ... WHERE d.id = ?": the scope root a row of entity belongs to.
QString rootIdSql(const EntityDef &entity)
{
    const ScopeSql::RootJoin join = ScopeSql::joinToRoot(entity, QStringLiteral("d"));
    return QStringLiteral("SELECT %1 FROM %2 d%3 WHERE d.id = ?").arg(join.rootId, entity.table, join.joins);
}

// An error's message with every field's reason.
QString fullMessage(const Error &error)
{
    QString message = error.message();
    for (const FieldError &f : error.fields()) {
        message += QStringLiteral(" %1: %2.").arg(f.field, f.message);
    }
    return message;
}

// The order an op touches: an order's own id, or a line's order (from a create's fields, else
// the stored line's); empty for other entities.
Result<QString> orderOf(QSqlDatabase db, const Protocol::Op &op)
{
    if (op.entity == u"order") {
        return op.rowId;
    }
    if (op.entity != u"order_line") {
        return QString();
    }
    if (op.kind == Protocol::OpKind::Create) {
        return op.fields.value(QStringLiteral("order_id")).newValue.toString();
    }
    const Result<QVariant> v = pgValue(db, QStringLiteral("SELECT order_id FROM order_lines WHERE id = ?"), {op.rowId});
    if (!v) {
        return v.error();
    }
    return v->toString();
}

// The order each op of a change set touches (an order, or a line's order), with the first op
// that touched it.
Result<QList<std::pair<QString, qsizetype>>> touchedOrders(QSqlDatabase db, const QList<Protocol::Op> &ops)
{
    QList<std::pair<QString, qsizetype>> orders;
    QStringList seen;
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const Result<QString> orderId = orderOf(db, ops.at(i));
        if (!orderId) {
            return orderId.error();
        }
        if (!orderId->isEmpty() && !seen.contains(*orderId)) {
            seen << *orderId;
            orders.append({*orderId, i});
        }
    }
    return orders;
}

// Reads an order's live lines (locked), or nothing when the order does not exist.
Result<std::optional<Order>> lockedOrder(QSqlDatabase db, const QString &id)
{
    const Result<QVariant> code =
        pgValue(db, QStringLiteral("SELECT currency FROM orders WHERE id = ? FOR NO KEY UPDATE"), {id});
    if (!code) {
        return code.error();
    }
    if (code->isNull()) {
        return std::optional<Order>(); // the op itself was refused; nothing to compute
    }
    Order order;
    order.id = id;
    order.currency = Currency::fromCode(code->toString()).value_or(Currency());
    Result<QSqlQuery> q = pgQuery(db,
                                  QStringLiteral("SELECT id, quantity_milli, unit_price_minor, discount_minor, "
                                                 "tax_rate_bp FROM order_lines WHERE order_id = ? AND NOT deleted "
                                                 "ORDER BY line_no FOR NO KEY UPDATE"),
                                  {order.id});
    if (!q) {
        return q.error();
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
    return std::optional<Order>(std::move(order));
}

// Writes an order's computed figures where they differ, so an order that already adds up keeps
// its version.
Status writeFigures(QSqlDatabase db, const Order &order)
{
    for (const OrderLine &line : order.lines) {
        const qint64 net = line.net.minorUnits();
        const qint64 tax = line.tax.minorUnits();
        if (const Result<QSqlQuery> q =
                pgQuery(db,
                        QStringLiteral("UPDATE order_lines SET net_minor = ?, tax_minor = ? WHERE "
                                       "id = ? AND (net_minor, tax_minor) IS DISTINCT FROM (?, ?)"),
                        {net, tax, line.id, net, tax});
            !q) {
            return q.error();
        }
    }
    const qint64 net = order.netTotal.minorUnits();
    const qint64 tax = order.taxTotal.minorUnits();
    const qint64 total = order.total.minorUnits();
    const Result<QSqlQuery> q =
        pgQuery(db,
                QStringLiteral("UPDATE orders SET net_minor = ?, tax_minor = ?, total_minor = ? WHERE id = ? AND "
                               "(net_minor, tax_minor, total_minor) IS DISTINCT FROM (?, ?, ?)"),
                {net, tax, total, order.id, net, tax, total});
    return q ? Status() : Status(q.error());
}

} // namespace

Result<std::optional<QString>> PushRules::territoryOf(QSqlDatabase db, const EntityDef &entity, const QJsonObject &row)
{
    if (entity.isScopeRoot()) {
        return std::optional<QString>(row.value(entity.scope.via).toString());
    }
    const Result<QVariant> territory =
        pgValue(db, ScopeSql::territoryLookup(entity), {row.value(entity.scope.via).toString()});
    if (!territory) {
        return territory.error();
    }
    return territory->isNull() ? std::optional<QString>() : std::optional<QString>(territory->toString());
}

Result<QString> PushRules::rootIdOf(QSqlDatabase db, const EntityDef &entity, const QJsonObject &row)
{
    const EntityDef *parent = EntitySchema::find(entity.field(entity.scope.via)->references);
    if (parent == nullptr || parent->isScopeRoot()) {
        return row.value(entity.scope.via).toString();
    }
    const Result<QVariant> id = pgValue(db, rootIdSql(*parent), {row.value(entity.scope.via).toString()});
    if (!id) {
        return id.error();
    }
    return id->toString();
}

Result<std::optional<QString>> PushRules::crossReferenceProblem(QSqlDatabase db, const EntityDef &entity,
                                                                const QJsonObject &row)
{
    const EntityDef *root = EntitySchema::scopeRoot(entity);
    if (root == nullptr || root == &entity) {
        return std::optional<QString>();
    }
    std::optional<QString> owner;
    for (const FieldDef &field : entity.fields) {
        const EntityDef *target = field.references.isEmpty() ? nullptr : EntitySchema::find(field.references);
        const QString ref = row.value(field.name).toString();
        if (field.name == entity.scope.via || ref.isEmpty() || target == nullptr || target == root ||
            EntitySchema::scopeRoot(*target) != root) {
            continue;
        }
        if (!owner) {
            const Result<QString> mine = rootIdOf(db, entity, row);
            if (!mine) {
                return mine.error();
            }
            owner = *mine;
        }
        const Result<QVariant> theirs = pgValue(db, rootIdSql(*target), {ref});
        if (!theirs) {
            return theirs.error();
        }
        if (!theirs->isNull() && theirs->toString() != *owner) {
            return std::optional<QString>(tr("%1 refers to a row of another %2.").arg(field.name, root->name));
        }
    }
    return std::optional<QString>();
}

Result<QHash<QString, QString>> PushRules::lockTouchedOrders(QSqlDatabase db, const QList<Protocol::Op> &ops)
{
    const Result<QList<std::pair<QString, qsizetype>>> orders = touchedOrders(db, ops);
    if (!orders) {
        return orders.error();
    }
    QStringList ids;
    for (const auto &[id, op] : *orders) {
        ids << id;
    }
    ids.sort();
    QHash<QString, QString> statuses;
    for (const QString &id : std::as_const(ids)) {
        const Result<QVariant> status =
            pgValue(db, QStringLiteral("SELECT status FROM orders WHERE id = ? FOR NO KEY UPDATE"), {id});
        if (!status) {
            return status.error();
        }
        if (!status->isNull()) {
            statuses.insert(id, status->toString());
        }
    }
    return statuses;
}

std::optional<QString> PushRules::fixedOrderProblem(const EntityDef &entity, const QJsonObject &row, Role role,
                                                    const QHash<QString, QString> &statusBefore)
{
    if (entity.name != u"order_line" || role != Role::Agent) {
        return std::nullopt;
    }
    const std::optional<OrderStatus> s =
        orderStatusFromText(statusBefore.value(row.value(QStringLiteral("order_id")).toString()));
    if (!s || Workflow::orderActions(*s, true).editLines) {
        return std::nullopt; // a new order, or a missing one (the parent check reports that)
    }
    return tr("The order is %1: its lines can no longer change.").arg(Workflow::orderStatusName(*s));
}

Result<std::optional<QString>> PushRules::currencyProblem(QSqlDatabase db, const EntityDef &entity,
                                                          const QJsonObject &row)
{
    const EntityDef *root = EntitySchema::scopeRoot(entity);
    if (root == nullptr || root == &entity) {
        return std::optional<QString>();
    }
    for (const FieldDef &field : entity.fields) {
        const FieldDef *rootField = root->field(field.name);
        if (field.format != TextFormat::CurrencyCode || rootField == nullptr ||
            rootField->format != TextFormat::CurrencyCode) {
            continue;
        }
        const Result<QString> rootId = rootIdOf(db, entity, row);
        if (!rootId) {
            return rootId.error();
        }
        const Result<QVariant> theirs =
            pgValue(db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(field.name, root->table), {*rootId});
        if (!theirs) {
            return theirs.error();
        }
        const QString mine = row.value(field.name).toString();
        if (!theirs->isNull() && theirs->toString() != mine) {
            return std::optional<QString>(tr("%1.%2 is %3, but the %4 is billed in %5.")
                                              .arg(entity.name, field.name, mine, root->name, theirs->toString()));
        }
    }
    return std::optional<QString>();
}

Result<std::optional<QString>> PushRules::reversalProblem(QSqlDatabase db, const EntityDef &entity, const QString &id,
                                                          const QJsonObject &row)
{
    if (entity.name != u"transaction" || row.value(QStringLiteral("direction")).toString() !=
                                             transactionDirectionToText(TransactionDirection::Reverse)) {
        return std::optional<QString>();
    }
    const QString originalId = row.value(QStringLiteral("reverses_id")).toString();
    const Result<std::optional<StoredRow>> original = PgRows::load(db, entity, originalId, true);
    if (!original) {
        return original.error();
    }
    if (!*original) {
        return std::optional<QString>(tr("reverses_id refers to a ledger entry that does not exist."));
    }
    const Result<QList<std::pair<QString, QJsonObject>>> reversals =
        PgRows::select(db, entity, QStringLiteral("reverses_id = ?"), {originalId});
    if (!reversals) {
        return reversals.error();
    }
    QList<Transaction> earlier;
    for (const auto &[reversalId, fields] : *reversals) {
        earlier << transactionFromJson(reversalId, fields);
    }
    const Status s = Ledger::validateReversal(transactionFromJson(id, row),
                                              transactionFromJson(originalId, (*original)->fields), earlier);
    return s ? std::optional<QString>() : std::optional<QString>(fullMessage(s.error()));
}

Result<std::optional<TerritoryRules::Node>> PushRules::territoryNode(QSqlDatabase db, const QString &id)
{
    Result<QSqlQuery> q =
        pgQuery(db, QStringLiteral("SELECT level, active FROM territories WHERE id = ? FOR SHARE"), {id});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<TerritoryRules::Node>();
    }
    return std::optional<TerritoryRules::Node>(
        TerritoryRules::Node{territoryLevelFromText(q.value().value(0).toString()).value_or(TerritoryLevel::Territory),
                             q.value().value(1).toBool()});
}

std::optional<PushRules::FieldProblem> PushRules::contentProblem(const EntityDef &entity, const QJsonObject &row)
{
    if (entity.name != u"company_profile") {
        return std::nullopt;
    }
    const QList<FieldError> errors = CompanyProfileRepository::fromValues(row.toVariantMap()).validate();
    if (errors.isEmpty()) {
        return std::nullopt;
    }
    // The domain names fields in camel case ("postalCode"); the row, like the wire, in snake case.
    QString column;
    for (const QChar c : errors.first().field) {
        column += c.isUpper() ? QString(u'_' + c.toLower()) : QString(c);
    }
    return FieldProblem{column, errors.first().message};
}

Result<std::optional<PushRules::FieldProblem>> PushRules::treeProblem(QSqlDatabase db, const EntityDef &entity,
                                                                      const QString &id, const QJsonObject &row,
                                                                      const QJsonObject *before)
{
    const auto changed = [&](const char *field) {
        const QString name = QString::fromLatin1(field);
        return before == nullptr || before->value(name) != row.value(name);
    };
    const auto problem = [](const char *field, const std::optional<QString> &message) {
        return message ? std::optional<FieldProblem>(FieldProblem{QString::fromLatin1(field), *message})
                       : std::optional<FieldProblem>();
    };
    if ((entity.name == u"customer" || entity.name == u"agent_territory") && changed("territory_id")) {
        const Result<std::optional<TerritoryRules::Node>> node =
            territoryNode(db, row.value(QStringLiteral("territory_id")).toString());
        if (!node) {
            return node.error();
        }
        return problem("territory_id", TerritoryRules::placementProblem(*node));
    }
    if (entity.name != u"territory") {
        return std::optional<FieldProblem>();
    }
    if (changed("code")) {
        // Also between tombstones: the database keeps every code unique, and a push must be
        // refused with a reason rather than fail.
        const Result<QVariant> holder =
            pgValue(db, QStringLiteral("SELECT name FROM territories WHERE code = ? AND id::text <> ?"),
                    {row.value(QStringLiteral("code")).toString(), id});
        if (!holder) {
            return holder.error();
        }
        if (!holder->isNull()) {
            return problem("code", TerritoryRules::codeTaken(holder->toString()));
        }
    }
    const bool active = row.value(QStringLiteral("active")).toBool();
    const QString parentId = row.value(QStringLiteral("parent_id")).toString();
    if (changed("parent_id") || changed("active")) {
        Result<std::optional<TerritoryRules::Node>> parent = std::optional<TerritoryRules::Node>();
        if (!parentId.isEmpty()) {
            parent = territoryNode(db, parentId);
        }
        if (!parent) {
            return parent.error();
        }
        const TerritoryLevel level =
            territoryLevelFromText(row.value(QStringLiteral("level")).toString()).value_or(TerritoryLevel::Territory);
        if (const std::optional<QString> p = TerritoryRules::parentProblem(level, active, *parent)) {
            return problem("parent_id", p);
        }
    }
    if (active || before == nullptr || !before->value(QStringLiteral("active")).toBool()) {
        return std::optional<FieldProblem>();
    }
    Result<QSqlQuery> q = pgQuery(db,
                                  QStringLiteral("SELECT (SELECT count(*) FROM territories WHERE parent_id = ? AND "
                                                 "active AND NOT deleted), (SELECT count(*) FROM customers WHERE "
                                                 "territory_id = ? AND NOT deleted)"),
                                  {id, id});
    if (!q) {
        return q.error();
    }
    q.value().next();
    return problem("active", TerritoryRules::deactivationProblem(q.value().value(0).toLongLong(),
                                                                 q.value().value(1).toLongLong()));
}

Result<std::optional<PushRules::Blame>> PushRules::recomputeOrders(QSqlDatabase db, const QList<Protocol::Op> &ops)
{
    const Result<QList<std::pair<QString, qsizetype>>> orders = touchedOrders(db, ops);
    if (!orders) {
        return orders.error();
    }
    for (const auto &[orderId, culprit] : *orders) {
        Result<std::optional<Order>> order = lockedOrder(db, orderId);
        if (!order) {
            return order.error();
        }
        if (!*order) {
            continue;
        }
        if (const Status s = OrderCalculator::calculate(**order); !s) {
            const QString message = tr("Order %1 does not add up:").arg(orderId) + u' ' + fullMessage(s.error());
            return std::optional<Blame>(Blame{culprit, message});
        }
        if (const Status s = writeFigures(db, **order); !s) {
            return s.error();
        }
    }
    return std::optional<Blame>();
}

} // namespace SalesSync::Server
