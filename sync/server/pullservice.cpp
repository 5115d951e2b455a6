#include "sync/server/pullservice.h"

#include "core/store/entityschema.h"
#include "core/store/sqlutil.h"
#include "sync/server/pgdatabase.h"
#include "sync/server/pgrows.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

namespace SalesSync::Server {

namespace {

// Customers and the rows that hang off them are scoped; everything else is reference data.
bool isScoped(const QString &entity)
{
    static const QSet<QString> scoped = {QStringLiteral("customer"), QStringLiteral("visit"), QStringLiteral("order"),
                                         QStringLiteral("order_line"), QStringLiteral("transaction")};
    return scoped.contains(entity);
}

// The territory a row belongs to now, as an SQL expression over the row (alias t).
QString scopeExpression(const QString &entity)
{
    if (entity == u"customer") {
        return QStringLiteral("t.territory_id");
    }
    if (entity == u"visit" || entity == u"order" || entity == u"transaction") {
        return QStringLiteral("(SELECT territory_id FROM customers WHERE id = t.customer_id)");
    }
    if (entity == u"order_line") {
        return QStringLiteral("(SELECT c.territory_id FROM orders o JOIN customers c ON c.id = o.customer_id "
                              "WHERE o.id = t.order_id)");
    }
    return QStringLiteral("NULL::text");
}

QString arrayLiteral(const QStringList &ids)
{
    // Ids are UUID strings; quote them anyway so that nothing in them can escape the literal.
    QStringList quoted;
    quoted.reserve(ids.size());
    for (QString id : ids) {
        quoted << u'"' + id.remove(u'"').remove(u'\\') + u'"';
    }
    return u'{' + quoted.join(u',') + u'}';
}

} // namespace

QString Cursor::toString() const
{
    QString text = QStringLiteral("%1:%2").arg(txid).arg(seq);
    if (scopeId >= 0) {
        text += QStringLiteral(":%1").arg(scopeId);
        if (arrivalScopeId > 0) {
            text += QStringLiteral(":%1:%2").arg(arrivalScopeId).arg(arrivalAfter);
        }
    }
    return text;
}

std::optional<Cursor> Cursor::parse(const QString &text)
{
    const QStringList parts = text.split(u':');
    if (parts.size() != 2 && parts.size() != 3 && parts.size() != 5) {
        return std::nullopt;
    }
    bool ok[4] = {false, false, true, true};
    Cursor c;
    c.txid = parts.at(0).toULongLong(&ok[0]);
    c.seq = parts.at(1).toLongLong(&ok[1]);
    if (parts.size() >= 3) {
        c.scopeId = parts.at(2).toLongLong(&ok[2]);
    }
    if (parts.size() == 5) {
        c.arrivalScopeId = parts.at(3).toLongLong(&ok[3]);
        c.arrivalAfter = parts.at(4);
        if (!c.arrivalAfter.isEmpty() && QUuid::fromString(c.arrivalAfter).isNull()) {
            return std::nullopt;
        }
    }
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || c.seq < 0 || (parts.size() >= 3 && c.scopeId < 0) ||
        c.arrivalScopeId < 0) {
        return std::nullopt;
    }
    return c;
}

Result<Scope> Scope::of(QSqlDatabase db, const User &user)
{
    Scope scope;
    if (user.role == Role::Admin) {
        scope.everything = true;
        return scope;
    }
    const QString sql =
        user.role == Role::Manager
            ? QStringLiteral("WITH RECURSIVE tree(id) AS (SELECT territory_id FROM manager_territories "
                             "WHERE user_id = ? AND NOT deleted UNION SELECT t.id FROM territories t "
                             "JOIN tree ON t.parent_id = tree.id) SELECT id FROM tree")
            : QStringLiteral("SELECT at.territory_id FROM agent_territories at JOIN agents a ON "
                             "a.id = at.agent_id WHERE a.user_id = ? AND NOT at.deleted AND NOT a.deleted "
                             "AND a.active");
    Result<QStringList> territories = firstColumn(pgQuery(db, sql, {user.id}));
    if (!territories) {
        return territories.error();
    }
    scope.territoryIds = std::move(territories).value();
    return scope;
}

PullService::PullService(PgDatabase &database)
    : m_database(database)
{}

Result<qint64> PullService::scopeId(QSqlDatabase db, const Scope &scope)
{
    if (scope.everything) {
        return 0;
    }
    QStringList sorted = scope.territoryIds;
    sorted.sort();
    const QString array = arrayLiteral(sorted);
    // Find or create; a concurrent creator makes the INSERT do nothing and the SELECT find it.
    if (Result<QSqlQuery> q = pgQuery(db,
                                      QStringLiteral("INSERT INTO pull_scopes (territory_ids) VALUES (?::text[]) "
                                                     "ON CONFLICT (territory_ids) DO NOTHING"),
                                      {array});
        !q) {
        return q.error();
    }
    const Result<QVariant> id =
        pgValue(db, QStringLiteral("SELECT id FROM pull_scopes WHERE territory_ids = ?::text[]"), {array});
    if (!id) {
        return id.error();
    }
    return id->toLongLong();
}

Result<QStringList> PullService::territoriesOf(QSqlDatabase db, qint64 id)
{
    Result<QSqlQuery> q =
        id == 0 ? pgQuery(db, QStringLiteral("SELECT id FROM territories"))
                : pgQuery(db, QStringLiteral("SELECT unnest(territory_ids) FROM pull_scopes WHERE id = ?"), {id});
    return firstColumn(std::move(q));
}

Result<PullPage> PullService::pull(const User &user, const Cursor &from, int limit)
{
    limit = std::clamp(limit, 1, kMaximumLimit);
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return db.error();
    }
    const Result<Scope> scope = Scope::of(*db, user);
    if (!scope) {
        return scope.error();
    }
    const Result<qint64> nowScope = scopeId(*db, *scope);
    if (!nowScope) {
        return nowScope.error();
    }
    // Did the reader's scope change since its cursor was made? Then the territories that left are
    // evicted, and the customers of those that entered arrive with all their rows.
    qint64 arrival = from.arrivalScopeId;
    QString arrivalAfter = from.arrivalAfter;
    QStringList evict;
    const bool started = from.txid > 0 || from.seq > 0;
    if (started && from.scopeId >= 0 && from.scopeId != *nowScope) {
        const Result<QStringList> before = territoriesOf(*db, from.scopeId);
        const Result<QStringList> now = territoriesOf(*db, *nowScope);
        if (!before || !now) {
            return before ? now.error() : before.error();
        }
        QStringList added;
        for (const QString &t : *now) {
            if (!before->contains(t)) {
                added << t;
            }
        }
        for (const QString &t : *before) {
            if (!now->contains(t)) {
                evict << t;
            }
        }
        if (arrival > 0) {
            // An arrival was under way: restart it for everything not yet complete.
            const Result<QStringList> pending = territoriesOf(*db, arrival);
            if (!pending) {
                return pending.error();
            }
            for (const QString &t : *pending) {
                if (now->contains(t) && !added.contains(t)) {
                    added << t;
                }
            }
        }
        arrival = 0;
        arrivalAfter.clear();
        if (!added.isEmpty()) {
            const Result<qint64> addedId = scopeId(*db, Scope{false, added});
            if (!addedId) {
                return addedId.error();
            }
            arrival = *addedId;
        }
    }

    // One snapshot for the log and the rows, so the page is a consistent cut.
    PgTransaction tx(*db);
    if (const Status s = tx.status(); !s) {
        return s.error();
    }
    if (Result<QSqlQuery> q =
            pgQuery(*db, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
        !q) {
        return q.error();
    }
    // Qualified names throughout: an output column called "txid" (text) would otherwise win in
    // ORDER BY and sort 1000 before 961.
    QString sql =
        QStringLiteral("SELECT c.txid::text AS txid_text, c.seq, c.entity, c.row_id, c.evict FROM change_log c "
                       "WHERE (c.txid > ?::xid8 OR (c.txid = ?::xid8 AND c.seq > ?)) "
                       "AND c.txid < pg_snapshot_xmin(pg_current_snapshot())");
    QVariantList binds{QString::number(from.txid), QString::number(from.txid), from.seq};
    if (!scope->everything) {
        // The audit trail is for admins: it names rows of every territory.
        sql += QStringLiteral(" AND c.entity <> 'audit_entry' AND (c.territory_id IS NULL OR c.territory_id = ANY "
                              "(?::text[]))");
        binds << arrayLiteral(scope->territoryIds);
    }
    sql += QStringLiteral(" ORDER BY c.txid, c.seq LIMIT ?");
    binds << limit;
    Result<QSqlQuery> log = pgQuery(*db, sql, binds);
    if (!log) {
        return log.error();
    }
    PullPage page;
    page.cursor = from;
    // The last entry of a row in this page decides: deliver its current state, or evict it.
    QHash<QString, QHash<QString, bool>> lastAction; // entity -> id -> evicted
    QHash<QString, QStringList> order;               // entity -> ids in first-seen order
    while (log.value().next()) {
        page.cursor.txid = log.value().value(0).toString().toULongLong();
        page.cursor.seq = log.value().value(1).toLongLong();
        const QString entity = log.value().value(2).toString();
        const QString id = log.value().value(3).toString();
        ++page.logEntries;
        if (!lastAction[entity].contains(id)) {
            order[entity] << id;
        }
        lastAction[entity][id] = log.value().value(4).toBool();
    }
    QHash<QString, QStringList> idsByEntity;
    QHash<QString, QSet<QString>> seen;
    QList<std::pair<QString, QString>> evictions;
    for (auto it = order.cbegin(); it != order.cend(); ++it) {
        for (const QString &id : it.value()) {
            seen[it.key()].insert(id);
            if (lastAction[it.key()][id]) {
                // The row left the territory this entry names; if it is still (or again) in the
                // reader's scope, send it instead of an eviction.
                const Result<QVariant> now =
                    pgValue(*db, QStringLiteral("SELECT territory_id FROM customers WHERE id = ?"), {id});
                if (!now) {
                    return now.error();
                }
                if (!now->isNull() && (scope->everything || scope->territoryIds.contains(now->toString()))) {
                    idsByEntity[it.key()] << id;
                    continue;
                }
                evictions.append({it.key(), id});
            } else {
                idsByEntity[it.key()] << id;
            }
        }
    }
    page.hasMore = page.logEntries == limit;

    if (arrival > 0) {
        const Result<QStringList> arriving = territoriesOf(*db, arrival);
        if (!arriving) {
            return arriving.error();
        }
        const int batch = std::max(1, limit / 50);
        Result<QSqlQuery> customers =
            pgQuery(*db,
                    QStringLiteral("SELECT id FROM customers WHERE territory_id = ANY (?::text[]) "
                                   "AND id > ? ORDER BY id LIMIT ?"),
                    {arrayLiteral(*arriving), arrivalAfter.isEmpty() ? QStringLiteral("") : arrivalAfter, batch});
        if (!customers) {
            return customers.error();
        }
        QStringList batchIds;
        while (customers.value().next()) {
            batchIds << customers.value().value(0).toString();
        }
        const QString inBatch = arrayLiteral(batchIds);
        const QList<std::pair<QString, QString>> children = {
            {QStringLiteral("customer"), QStringLiteral("SELECT id FROM customers WHERE id = ANY (?::text[])")},
            {QStringLiteral("visit"), QStringLiteral("SELECT id FROM visits WHERE customer_id = ANY (?::text[])")},
            {QStringLiteral("order"), QStringLiteral("SELECT id FROM orders WHERE customer_id = ANY (?::text[])")},
            {QStringLiteral("order_line"), QStringLiteral("SELECT l.id FROM order_lines l JOIN orders o ON o.id = "
                                                          "l.order_id WHERE o.customer_id = ANY (?::text[])")},
            {QStringLiteral("transaction"),
             QStringLiteral("SELECT id FROM transactions WHERE customer_id = ANY (?::text[])")},
        };
        for (const auto &[entity, childSql] : children) {
            Result<QSqlQuery> q = pgQuery(*db, childSql, {inBatch});
            if (!q) {
                return q.error();
            }
            while (q.value().next()) {
                const QString id = q.value().value(0).toString();
                if (!seen[entity].contains(id)) {
                    seen[entity].insert(id);
                    idsByEntity[entity] << id;
                }
            }
        }
        if (batchIds.size() < batch) {
            arrival = 0; // every customer of the new territories has been sent
            arrivalAfter.clear();
        } else {
            arrivalAfter = batchIds.last();
            page.hasMore = true;
        }
    }
    page.cursor.scopeId = *nowScope;
    page.cursor.arrivalScopeId = arrival;
    page.cursor.arrivalAfter = arrivalAfter;
    page.evictTerritories = evict;

    // Children first, so that each child's parent joins the page before the parents are read.
    const QList<EntityDef> &entities = EntitySchema::all();
    QHash<QString, QList<QVariantList>> rowsByEntity;
    for (auto it = entities.crbegin(); it != entities.crend(); ++it) {
        const EntityDef &entity = *it;
        const QStringList ids = idsByEntity.value(entity.name);
        if (ids.isEmpty()) {
            continue;
        }
        QStringList fieldColumns;
        for (const QString &name : entity.fieldNames()) {
            fieldColumns << QStringLiteral("t.") + name;
        }
        const QString columns = scopeExpression(entity.name) + QStringLiteral(", t.id::text, t.version, t.deleted, ") +
                                fieldColumns.join(u',');
        Result<QSqlQuery> rows =
            pgQuery(*db,
                    QStringLiteral("SELECT %1 FROM %2 t WHERE t.id::text = ANY (?::text[]) ORDER BY t.id")
                        .arg(columns, PgRows::table(entity)),
                    {arrayLiteral(ids)});
        if (!rows) {
            return rows.error();
        }
        const int parentColumn =
            entity.parentField.isEmpty() ? -1 : int(entity.fieldNames().indexOf(entity.parentField)) + 3;
        while (rows.value().next()) {
            // A row is only ever delivered inside the user's scope as it is now: an entry logged
            // while a customer was still in the user's territory does not leak where it went.
            const QVariant territory = rows.value().value(0);
            if (!scope->everything && !territory.isNull() && !scope->territoryIds.contains(territory.toString())) {
                continue;
            }
            QVariantList row;
            const int n = rows.value().record().count();
            row.reserve(n - 1);
            for (int i = 1; i < n; ++i) {
                row << rows.value().value(i);
            }
            if (parentColumn >= 3 && !entity.parentEntity.isEmpty() &&
                isScoped(entity.name) == isScoped(entity.parentEntity)) {
                const QString parentId = row.at(parentColumn).toString();
                if (!parentId.isEmpty() && !seen[entity.parentEntity].contains(parentId)) {
                    seen[entity.parentEntity].insert(parentId);
                    idsByEntity[entity.parentEntity] << parentId;
                }
            }
            rowsByEntity[entity.name] << row;
        }
    }
    for (const EntityDef &entity : entities) {
        for (const QVariantList &row : rowsByEntity.value(entity.name)) {
            QJsonObject fields;
            for (qsizetype i = 0; i < entity.fields.size(); ++i) {
                fields.insert(entity.fields.at(i).name, PgRows::toJson(entity.fields.at(i), row.at(i + 3)));
            }
            page.changes.append(QJsonObject{{QStringLiteral("entity"), entity.name},
                                            {QStringLiteral("id"), row.at(0).toString()},
                                            {QStringLiteral("version"), row.at(1).toLongLong()},
                                            {QStringLiteral("deleted"), row.at(2).toBool()},
                                            {QStringLiteral("fields"), fields}});
        }
    }
    // Evictions last, after the rows they may cascade over on the client.
    for (const auto &[entity, id] : std::as_const(evictions)) {
        page.changes.append(QJsonObject{
            {QStringLiteral("entity"), entity}, {QStringLiteral("id"), id}, {QStringLiteral("evicted"), true}});
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return page;
}

} // namespace SalesSync::Server
