#include "sync/server/pullservice.h"

#include "core/store/entityschema.h"
#include "core/store/sqlutil.h"
#include "sync/server/pgdatabase.h"
#include "sync/server/pgrows.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

#include <functional>
#include <utility>

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

// The SQL expression that renders a row (alias t) as its JSON on the wire. PostgreSQL writes the
// JSON: far cheaper than building it value by value here, and the same for every page.
QString rowJsonSql(const EntityDef &entity)
{
    QStringList pairs;
    for (const FieldDef &field : entity.fields) {
        const QString column = QStringLiteral("t.") + field.name;
        pairs
            << u'\'' + field.name + u'\''
            << (field.type == FieldType::Timestamp
                    ? QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')").arg(column)
                    : column);
    }
    return QStringLiteral("json_build_object('entity', '%1', 'id', t.id::text, 'version', t.version, 'deleted', "
                          "t.deleted, 'fields', json_build_object(%2))::text")
        .arg(entity.name, pairs.join(QStringLiteral(", ")));
}

// The rows of one page: which are in it, which are still to be read, the JSON of those read,
// and the rows they refer to.
struct PageRows {
    QHash<QString, QSet<QString>> seen;       // entity -> ids in the page
    QHash<QString, QStringList> pending;      // entity -> ids still to read
    QHash<QString, QByteArrayList> json;      // entity -> rows read
    QHash<QString, QSet<QString>> referenced; // entity -> ids the rows read refer to
    qint64 added = 0;

    void add(const QString &entity, const QString &id)
    {
        if (!seen[entity].contains(id)) {
            seen[entity].insert(id);
            pending[entity] << id;
            ++added;
        }
    }
};

// Decides which of the rows a page's rows reference (all of entity target, none in the page)
// the client may not have yet, so that they join the page.
using MissingReferences = std::function<Result<QStringList>(const EntityDef &target, const QStringList &ids)>;

// "SELECT <territory>, <id>, <JSON>, <referenced ids...> FROM <table> t": the columns collect()
// reads. With a scope the first column is the row's territory now, otherwise NULL.
QString selectSql(const EntityDef &entity, bool withTerritory)
{
    QString references;
    for (const FieldDef &field : entity.fields) {
        if (!field.references.isEmpty()) {
            references += QStringLiteral(", t.") + field.name;
        }
    }
    return QStringLiteral("SELECT %1, t.id::text, %2%3 FROM %4 t")
        .arg(withTerritory ? scopeExpression(entity.name) : QStringLiteral("NULL::text"), rowJsonSql(entity),
             references, PgRows::table(entity));
}

// Takes the rows a selectSql() query found into the page. With a scope, a row outside it as it
// is now is never delivered: an entry logged while a customer was still in the user's territory
// does not leak where it went. newRows: the query chose rows not listed in the page yet.
Status collect(Result<QSqlQuery> q, const EntityDef &entity, const Scope *scope, bool newRows, PageRows &rows)
{
    if (!q) {
        return q.error();
    }
    QList<const QString *> targets;
    for (const FieldDef &field : entity.fields) {
        if (!field.references.isEmpty()) {
            targets << &field.references;
        }
    }
    QSet<QString> &seen = rows.seen[entity.name];
    QByteArrayList &json = rows.json[entity.name];
    while (q.value().next()) {
        const QVariant territory = q.value().value(0);
        if (scope != nullptr && !territory.isNull() && !scope->territoryIds.contains(territory.toString())) {
            continue;
        }
        if (newRows) {
            const QString id = q.value().value(1).toString();
            if (seen.contains(id)) {
                continue; // listed already (a log entry of the page): read with the others
            }
            seen.insert(id);
            ++rows.added;
        }
        json << q.value().value(2).toString().toUtf8();
        for (qsizetype r = 0; r < targets.size(); ++r) {
            const QString id = q.value().value(int(r) + 3).toString();
            if (!id.isEmpty()) {
                rows.referenced[*targets.at(r)].insert(id);
            }
        }
    }
    return {};
}

// Reads the rows listed as pending.
Status readPending(QSqlDatabase db, const Scope *scope, PageRows &rows)
{
    for (const EntityDef &entity : EntitySchema::all()) {
        const QStringList ids = std::exchange(rows.pending[entity.name], {});
        if (ids.isEmpty()) {
            continue;
        }
        const QString sql = selectSql(entity, scope != nullptr) + QStringLiteral(" WHERE t.id::text = ANY (?::text[])");
        if (const Status s = collect(pgQuery(db, sql, {arrayLiteral(ids)}), entity, scope, false, rows); !s) {
            return s;
        }
    }
    return {};
}

// Reads the pending rows and then, round by round, the rows they refer to that are not in the
// page and that missing() says the client needs (a territory's parents, say).
Status readRows(QSqlDatabase db, const Scope *scope, PageRows &rows, const MissingReferences &missing)
{
    for (;;) {
        if (const Status s = readPending(db, scope, rows); !s) {
            return s;
        }
        const QHash<QString, QSet<QString>> referenced = std::exchange(rows.referenced, {});
        bool more = false;
        for (auto it = referenced.cbegin(); it != referenced.cend(); ++it) {
            QStringList candidates;
            for (const QString &id : it.value()) {
                if (!rows.seen[it.key()].contains(id)) {
                    candidates << id;
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            const Result<QStringList> needed = missing(EntitySchema::get(it.key()), candidates);
            if (!needed) {
                return needed.error();
            }
            for (const QString &id : *needed) {
                rows.add(it.key(), id);
                more = true;
            }
        }
        if (!more) {
            return {};
        }
    }
}

// Reads customers and everything hanging off them into a page; all of them are in the reader's
// scope (the customers were chosen from it in the same transaction).
Status readFamilies(QSqlDatabase db, const QStringList &customerIds, PageRows &rows)
{
    const QList<std::pair<QString, QString>> members = {
        {QStringLiteral("customer"), QStringLiteral(" WHERE t.id = ANY (?::text[])")},
        {QStringLiteral("visit"), QStringLiteral(" WHERE t.customer_id = ANY (?::text[])")},
        {QStringLiteral("order"), QStringLiteral(" WHERE t.customer_id = ANY (?::text[])")},
        {QStringLiteral("order_line"),
         QStringLiteral(" JOIN orders o ON o.id = t.order_id WHERE o.customer_id = ANY (?::text[])")},
        {QStringLiteral("transaction"), QStringLiteral(" WHERE t.customer_id = ANY (?::text[])")},
    };
    const QString inBatch = arrayLiteral(customerIds);
    for (const auto &[name, where] : members) {
        const EntityDef &entity = EntitySchema::get(name);
        if (const Status s =
                collect(pgQuery(db, selectSql(entity, false) + where, {inBatch}), entity, nullptr, true, rows);
            !s) {
            return s;
        }
    }
    return {};
}

// The next customers (by id, after the given one) of the given territories, or of all when
// territories is null.
Result<QStringList> customerBatch(QSqlDatabase db, const QStringList *territories, const QString &after, int batch)
{
    if (territories == nullptr) {
        return firstColumn(
            pgQuery(db, QStringLiteral("SELECT id FROM customers WHERE id > coalesce(?, '') ORDER BY id LIMIT ?"),
                    {after, batch}));
    }
    return firstColumn(pgQuery(db,
                               QStringLiteral("SELECT id FROM customers WHERE territory_id = ANY (?::text[]) "
                                              "AND id > coalesce(?, '') ORDER BY id LIMIT ?"),
                               {arrayLiteral(*territories), after, batch}));
}

// The page's rows as JSON, parents before children, then the evictions.
void finishPage(const PageRows &rows, const QList<std::pair<QString, QString>> &evictions, PullPage &page)
{
    for (const EntityDef &entity : EntitySchema::all()) {
        page.changes << rows.json.value(entity.name);
    }
    // Evictions last, after the rows they may cascade over on the client.
    for (const auto &[entity, id] : evictions) {
        page.changes << QJsonDocument(QJsonObject{{QStringLiteral("entity"), entity},
                                                  {QStringLiteral("id"), id},
                                                  {QStringLiteral("evicted"), true}})
                            .toJson(QJsonDocument::Compact);
    }
}

// Starts the read-only, repeatable-read transaction a page is read in: one snapshot for the log
// and the rows, so the page is a consistent cut.
Status beginPageTransaction(QSqlDatabase db, const PgTransaction &tx)
{
    if (const Status s = tx.status(); !s) {
        return s;
    }
    const Result<QSqlQuery> q =
        pgQuery(db, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
    return q ? Status() : Status(q.error());
}

} // namespace

QString Cursor::toString() const
{
    if (snapshotStep >= 0) {
        return QStringLiteral("S:%1:%2:%3:%4").arg(txid).arg(scopeId).arg(snapshotStep).arg(snapshotAfter);
    }
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
    // An id after which to go on: empty, or a UUID (users) or the clients' UUID text.
    const auto validId = [](const QString &id) {
        return id.isEmpty() || !QUuid::fromString(id).isNull();
    };
    Cursor c;
    if (parts.size() == 5 && parts.at(0) == u"S") {
        bool ok[3] = {false, false, false};
        c.txid = parts.at(1).toULongLong(&ok[0]);
        c.scopeId = parts.at(2).toLongLong(&ok[1]);
        c.snapshotStep = parts.at(3).toInt(&ok[2]);
        c.snapshotAfter = parts.at(4);
        if (!ok[0] || !ok[1] || !ok[2] || c.txid == 0 || c.scopeId < 0 || c.snapshotStep < 0 ||
            !validId(c.snapshotAfter)) {
            return std::nullopt;
        }
        return c;
    }
    if (parts.size() != 2 && parts.size() != 3 && parts.size() != 5) {
        return std::nullopt;
    }
    bool ok[4] = {false, false, true, true};
    c.txid = parts.at(0).toULongLong(&ok[0]);
    c.seq = parts.at(1).toLongLong(&ok[1]);
    if (parts.size() >= 3) {
        c.scopeId = parts.at(2).toLongLong(&ok[2]);
    }
    if (parts.size() == 5) {
        c.arrivalScopeId = parts.at(3).toLongLong(&ok[3]);
        c.arrivalAfter = parts.at(4);
        if (!validId(c.arrivalAfter)) {
            return std::nullopt;
        }
    }
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || c.seq < 0 || (parts.size() >= 3 && c.scopeId < 0) ||
        c.arrivalScopeId < 0) {
        return std::nullopt;
    }
    return c;
}

QJsonArray PullPage::changesJson() const
{
    QJsonArray array;
    for (const QByteArray &change : changes) {
        array.append(QJsonDocument::fromJson(change).object());
    }
    return array;
}

QByteArray PullPage::toJson() const
{
    QJsonObject rest{{QStringLiteral("cursor"), cursor.toString()}, {QStringLiteral("has_more"), hasMore}};
    if (!evictTerritories.isEmpty()) {
        rest.insert(QStringLiteral("evict_territories"), QJsonArray::fromStringList(evictTerritories));
    }
    if (snapshotRows >= 0) {
        rest.insert(QStringLiteral("snapshot_rows"), snapshotRows);
    }
    // The rows are JSON already: splice them in rather than parse and write them again.
    const QByteArray tail = QJsonDocument(rest).toJson(QJsonDocument::Compact);
    qsizetype size = tail.size() + 16;
    for (const QByteArray &change : changes) {
        size += change.size() + 1;
    }
    QByteArray body;
    body.reserve(size);
    body += "{\"changes\":[";
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (i > 0) {
            body += ',';
        }
        body += changes.at(i);
    }
    body += "],";
    body += QByteArrayView(tail).sliced(1); // without its opening brace
    return body;
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

QList<const EntityDef *> PullService::snapshotEntities(bool everything)
{
    QList<const EntityDef *> entities;
    for (const EntityDef &entity : EntitySchema::all()) {
        if (!isScoped(entity.name) && (everything || entity.name != u"audit_entry")) {
            entities << &entity;
        }
    }
    return entities;
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
    PullPage page;
    const Status s = from.isStart() || from.snapshotStep >= 0 ? snapshotPage(*db, *scope, from, *nowScope, limit, page)
                                                              : logPage(*db, *scope, from, *nowScope, limit, page);
    if (!s) {
        return s.error();
    }
    return page;
}

Status PullService::snapshotPage(QSqlDatabase db, const Scope &scope, const Cursor &from, qint64 nowScope, int limit,
                                 PullPage &page)
{
    const QList<const EntityDef *> entities = snapshotEntities(scope.everything);
    const int customerStep = int(entities.size());
    Cursor at = from;
    if (from.isStart()) {
        at.snapshotStep = 0;
        at.snapshotAfter.clear();
    } else if (from.scopeId != nowScope) {
        // The reader's scope changed while the snapshot was being sent: the territories it lost
        // are evicted, and the customers are sent again from the first (those of the territories
        // it gained may come before the point reached).
        const Result<QStringList> before = territoriesOf(db, from.scopeId);
        if (!before) {
            return before.error();
        }
        for (const QString &t : *before) {
            if (!scope.everything && !scope.territoryIds.contains(t)) {
                page.evictTerritories << t;
            }
        }
        // (From the audit trail on, the steps of an admin and of everyone else differ.)
        const int common = int(snapshotEntities(false).size());
        if (at.snapshotStep >= common) {
            at.snapshotStep = common;
            at.snapshotAfter.clear();
        }
    }
    at.scopeId = nowScope;
    if (at.snapshotStep > customerStep) {
        at.snapshotStep = customerStep;
        at.snapshotAfter.clear();
    }

    PgTransaction tx(db);
    if (const Status s = beginPageTransaction(db, tx); !s) {
        return s;
    }
    if (from.isStart()) {
        // Pinned here: every transaction before the oldest one still running has committed (or
        // never will), so the rows read from now on show all of it; the log from this point on
        // brings whatever changes while the snapshot is read.
        const Result<QVariant> xmin =
            pgValue(db, QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text"));
        if (!xmin) {
            return xmin.error();
        }
        at.txid = xmin->toString().toULongLong();
        const Result<qint64> total = snapshotRowCount(db, scope);
        if (!total) {
            return total.error();
        }
        page.snapshotRows = *total;
    }

    PageRows rows;
    while (rows.added < limit && at.snapshotStep < customerStep) {
        const EntityDef &entity = *entities.at(at.snapshotStep);
        const int wanted = int(limit - rows.added);
        const Result<QStringList> ids = firstColumn(
            pgQuery(db,
                    QStringLiteral("SELECT id::text FROM %1 WHERE id::text > coalesce(?, '') ORDER BY id::text LIMIT ?")
                        .arg(entity.table),
                    {at.snapshotAfter, wanted}));
        if (!ids) {
            return ids.error();
        }
        for (const QString &id : *ids) {
            rows.add(entity.name, id);
        }
        if (ids->size() < wanted) {
            ++at.snapshotStep;
            at.snapshotAfter.clear();
        } else {
            at.snapshotAfter = ids->last();
        }
    }
    while (rows.added < limit && at.snapshotStep == customerStep) {
        // About twenty rows hang off a customer; a page may run over its limit by one customer's.
        const int batch = int(std::clamp<qint64>((limit - rows.added) / 20, 1, 500));
        const Result<QStringList> customers =
            customerBatch(db, scope.everything ? nullptr : &scope.territoryIds, at.snapshotAfter, batch);
        if (!customers) {
            return customers.error();
        }
        if (const Status s = readFamilies(db, *customers, rows); !s) {
            return s;
        }
        if (customers->size() < batch) {
            ++at.snapshotStep;
        } else {
            at.snapshotAfter = customers->last();
        }
    }

    // A row read here may reference a row the client does not have: one not sent yet (a
    // territory's parent further on in the same table) or one written after the pin (not in
    // the snapshot when its table was read). Those join the page.
    const MissingReferences missing = [&](const EntityDef &target, const QStringList &ids) -> Result<QStringList> {
        QStringList needed;
        const int step = int(entities.indexOf(&target));
        if (step == at.snapshotStep) {
            for (const QString &id : ids) {
                if (id > at.snapshotAfter) {
                    needed << id;
                }
            }
        }
        Result<QStringList> changed =
            firstColumn(pgQuery(db,
                                QStringLiteral("SELECT DISTINCT c.row_id FROM change_log c WHERE c.entity = ? AND "
                                               "c.row_id = ANY (?::text[]) AND c.txid >= ?::xid8"),
                                {target.name, arrayLiteral(ids), QString::number(at.txid)}));
        if (!changed) {
            return changed.error();
        }
        for (const QString &id : *changed) {
            if (!needed.contains(id)) {
                needed << id;
            }
        }
        return needed;
    };
    if (const Status s = readRows(db, nullptr, rows, missing); !s) {
        return s;
    }
    if (at.snapshotStep > customerStep) {
        // The snapshot is complete: the log follows from the pinned position.
        page.cursor = Cursor{at.txid, 0, nowScope, 0, {}, -1, {}};
        const Result<QVariant> more =
            pgValue(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM change_log WHERE txid >= ?::xid8)"),
                    {QString::number(at.txid)});
        if (!more) {
            return more.error();
        }
        page.hasMore = more->toBool();
    } else {
        page.cursor = at;
        page.hasMore = true;
    }
    finishPage(rows, {}, page);
    return tx.commit();
}

Result<qint64> PullService::snapshotRowCount(QSqlDatabase db, const Scope &scope)
{
    QStringList counts;
    for (const EntityDef *entity : snapshotEntities(scope.everything)) {
        counts << QStringLiteral("(SELECT count(*) FROM %1)").arg(entity->table);
    }
    const QString filter =
        scope.everything ? QStringLiteral("true") : QStringLiteral("c.territory_id = ANY (?::text[])");
    counts << QStringLiteral("(SELECT count(*) FROM customers c WHERE %1)").arg(filter);
    for (const QString &table : {QStringLiteral("visits"), QStringLiteral("orders"), QStringLiteral("transactions")}) {
        counts << QStringLiteral("(SELECT count(*) FROM %1 x JOIN customers c ON c.id = x.customer_id WHERE %2)")
                      .arg(table, filter);
    }
    counts << QStringLiteral("(SELECT count(*) FROM order_lines l JOIN orders x ON x.id = l.order_id JOIN customers c "
                             "ON c.id = x.customer_id WHERE %1)")
                  .arg(filter);
    QVariantList binds;
    if (!scope.everything) {
        for (int i = 0; i < 5; ++i) {
            binds << arrayLiteral(scope.territoryIds);
        }
    }
    const Result<QVariant> total = pgValue(db, QStringLiteral("SELECT ") + counts.join(QStringLiteral(" + ")), binds);
    if (!total) {
        return total.error();
    }
    return total->toLongLong();
}

Status PullService::logPage(QSqlDatabase db, const Scope &scope, const Cursor &from, qint64 nowScope, int limit,
                            PullPage &page)
{
    // Did the reader's scope change since its cursor was made? Then the territories that left are
    // evicted, and the customers of those that entered arrive with all their rows.
    qint64 arrival = from.arrivalScopeId;
    QString arrivalAfter = from.arrivalAfter;
    QStringList evict;
    if (from.scopeId >= 0 && from.scopeId != nowScope) {
        const Result<QStringList> before = territoriesOf(db, from.scopeId);
        const Result<QStringList> now = territoriesOf(db, nowScope);
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
            const Result<QStringList> pending = territoriesOf(db, arrival);
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
            const Result<qint64> addedId = scopeId(db, Scope{false, added});
            if (!addedId) {
                return addedId.error();
            }
            arrival = *addedId;
        }
    }

    PgTransaction tx(db);
    if (const Status s = beginPageTransaction(db, tx); !s) {
        return s;
    }
    // Qualified names throughout: an output column called "txid" (text) would otherwise win in
    // ORDER BY and sort 1000 before 961.
    QString sql =
        QStringLiteral("SELECT c.txid::text AS txid_text, c.seq, c.entity, c.row_id, c.evict FROM change_log c "
                       "WHERE (c.txid > ?::xid8 OR (c.txid = ?::xid8 AND c.seq > ?)) "
                       "AND c.txid < pg_snapshot_xmin(pg_current_snapshot())");
    QVariantList binds{QString::number(from.txid), QString::number(from.txid), from.seq};
    if (!scope.everything) {
        // The audit trail is for admins: it names rows of every territory.
        sql += QStringLiteral(" AND c.entity <> 'audit_entry' AND (c.territory_id IS NULL OR c.territory_id = ANY "
                              "(?::text[]))");
        binds << arrayLiteral(scope.territoryIds);
    }
    sql += QStringLiteral(" ORDER BY c.txid, c.seq LIMIT ?");
    binds << limit;
    Result<QSqlQuery> log = pgQuery(db, sql, binds);
    if (!log) {
        return log.error();
    }
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
    PageRows rows;
    QList<std::pair<QString, QString>> evictions;
    for (auto it = order.cbegin(); it != order.cend(); ++it) {
        for (const QString &id : it.value()) {
            if (lastAction[it.key()][id]) {
                // The row left the territory this entry names; if it is still (or again) in the
                // reader's scope, send it instead of an eviction.
                const Result<QVariant> now =
                    pgValue(db, QStringLiteral("SELECT territory_id FROM customers WHERE id = ?"), {id});
                if (!now) {
                    return now.error();
                }
                if (now->isNull() || !(scope.everything || scope.territoryIds.contains(now->toString()))) {
                    rows.seen[it.key()].insert(id);
                    evictions.append({it.key(), id});
                    continue;
                }
            }
            rows.add(it.key(), id);
        }
    }
    page.hasMore = page.logEntries == limit;

    if (arrival > 0) {
        const Result<QStringList> arriving = territoriesOf(db, arrival);
        if (!arriving) {
            return arriving.error();
        }
        const int batch = std::max(1, limit / 50);
        const Result<QStringList> customers = customerBatch(db, &*arriving, arrivalAfter, batch);
        if (!customers) {
            return customers.error();
        }
        if (const Status s = readFamilies(db, *customers, rows); !s) {
            return s;
        }
        if (customers->size() < batch) {
            arrival = 0; // every customer of the new territories has been sent
            arrivalAfter.clear();
        } else {
            arrivalAfter = customers->last();
            page.hasMore = true;
        }
    }
    page.cursor.scopeId = nowScope;
    page.cursor.arrivalScopeId = arrival;
    page.cursor.arrivalAfter = arrivalAfter;
    page.evictTerritories = evict;

    // In the log, a row's references were written before it and came in earlier pages; but a row
    // of a customer's history (its customer, order, visit or reversed entry) may not be with the
    // client when the customer only just entered its scope, so those come along.
    const MissingReferences missing = [](const EntityDef &target, const QStringList &ids) -> Result<QStringList> {
        return isScoped(target.name) ? ids : QStringList();
    };
    if (const Status s = readRows(db, scope.everything ? nullptr : &scope, rows, missing); !s) {
        return s;
    }
    finishPage(rows, evictions, page);
    return tx.commit();
}

} // namespace SalesSync::Server
