#include "sync/server/pullservice.h"

#include "core/store/entityschema.h"
#include "core/store/sqlutil.h"
#include "sync/protocol/messages.h"
#include "sync/server/pgdatabase.h"
#include "sync/server/pgrows.h"
#include "sync/server/scopesql.h"
#include "sync/server/serverlogging.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

#include <functional>
#include <utility>

namespace SalesSync::Server {

namespace {

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

// The SQL expression that renders a row (alias t) as its JSON on the wire, in the shape of
// Protocol::RowChange. PostgreSQL writes the JSON: far cheaper than building it value by value
// here, and the same for every page.
QString rowJsonSql(const EntityDef &entity)
{
    using Protocol::RowChange;
    QStringList pairs;
    for (const FieldDef &field : entity.fields) {
        pairs << u'\'' + field.name + u'\'' << PgRows::jsonValueSql(field, QStringLiteral("t.") + field.name);
    }
    return QStringLiteral("json_build_object('%1', '%2', '%3', t.id::text, '%4', t.version, '%5', t.deleted, '%6', "
                          "json_build_object(%7))::text")
        .arg(QLatin1StringView(RowChange::kEntity), entity.name, QLatin1StringView(RowChange::kId),
             QLatin1StringView(RowChange::kVersion), QLatin1StringView(RowChange::kDeleted),
             QLatin1StringView(RowChange::kFields), pairs.join(QStringLiteral(", ")));
}

} // namespace

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

namespace {

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
        .arg(withTerritory ? ScopeSql::territoryOf(entity, QStringLiteral("t")) : QStringLiteral("NULL::text"),
             rowJsonSql(entity), references, PgRows::table(entity));
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

// Reads rows of a scope root (customers) and every row that belongs to them into a page; all of
// them are in the reader's scope (the roots were chosen from it in the same transaction).
Status readFamilies(QSqlDatabase db, const EntityDef &root, const QStringList &rootIds, PageRows &rows)
{
    const QString inBatch = arrayLiteral(rootIds);
    if (const Status s =
            collect(pgQuery(db, selectSql(root, false) + QStringLiteral(" WHERE t.id = ANY (?::text[])"), {inBatch}),
                    root, nullptr, true, rows);
        !s) {
        return s;
    }
    for (const EntityDef *dependent : EntitySchema::dependentsOf(root)) {
        const ScopeSql::RootJoin join = ScopeSql::joinToRoot(*dependent, QStringLiteral("t"));
        const QString sql =
            selectSql(*dependent, false) + join.joins + QStringLiteral(" WHERE %1 = ANY (?::text[])").arg(join.rootId);
        if (const Status s = collect(pgQuery(db, sql, {inBatch}), *dependent, nullptr, true, rows); !s) {
            return s;
        }
    }
    return {};
}

// The next rows of a scope root (by id, after the given one) in the given territories, or in
// all when territories is null.
Result<QStringList> rootBatch(QSqlDatabase db, const EntityDef &root, const QStringList *territories,
                              const QString &after, int batch)
{
    if (territories == nullptr) {
        return firstColumn(pgQuery(
            db, QStringLiteral("SELECT id FROM %1 WHERE id > coalesce(?, '') ORDER BY id LIMIT ?").arg(root.table),
            {after, batch}));
    }
    return firstColumn(pgQuery(db,
                               QStringLiteral("SELECT id FROM %1 WHERE %2 = ANY (?::text[]) AND id > coalesce(?, '') "
                                              "ORDER BY id LIMIT ?")
                                   .arg(root.table, root.scope.via),
                               {arrayLiteral(*territories), after, batch}));
}

// How many of a root's rows a page asks for at once: about twenty rows belong to a customer, so
// a page may run over its limit by one customer's rows.
int rootBatchSize(const EntityDef &root, qint64 room)
{
    const int perRoot = EntitySchema::dependentsOf(root).isEmpty() ? 1 : 20;
    return int(std::clamp<qint64>(room / perRoot, 1, 500));
}

// The entities only admins read (the audit trail).
QStringList adminsOnly()
{
    QStringList names;
    for (const EntityDef &entity : EntitySchema::all()) {
        if (entity.scope.kind == ScopeDef::Kind::AdminsOnly) {
            names << entity.name;
        }
    }
    return names;
}

// The page's rows as JSON, parents before children, then the evictions.
void finishPage(const PageRows &rows, const QList<std::pair<QString, QString>> &evictions, PullPage &page)
{
    for (const EntityDef &entity : EntitySchema::all()) {
        page.changes << rows.json.value(entity.name);
    }
    // Evictions last, after the rows they may cascade over on the client.
    for (const auto &[entity, id] : evictions) {
        page.changes
            << QJsonDocument(Protocol::RowChange::eviction(entity, id).toJson()).toJson(QJsonDocument::Compact);
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

// The unscoped tables of a snapshot, one after the other, by id, as far as the page has room.
Status readUnscopedSteps(QSqlDatabase db, const QList<const EntityDef *> &entities, Cursor &at, int limit,
                         PageRows &rows)
{
    while (rows.added < limit && at.snapshotStep < entities.size()) {
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
    return {};
}

// Then each scope root in the reader's scope, a batch at a time, with the rows that belong to it.
Status readRootSteps(QSqlDatabase db, const Scope &scope, int firstRoot, Cursor &at, int limit, PageRows &rows)
{
    const QList<const EntityDef *> roots = EntitySchema::scopeRoots();
    while (rows.added < limit && at.snapshotStep >= firstRoot && at.snapshotStep < firstRoot + roots.size()) {
        const EntityDef &root = *roots.at(at.snapshotStep - firstRoot);
        const int batch = rootBatchSize(root, limit - rows.added);
        const Result<QStringList> ids =
            rootBatch(db, root, scope.everything ? nullptr : &scope.territoryIds, at.snapshotAfter, batch);
        if (!ids) {
            return ids.error();
        }
        if (const Status s = readFamilies(db, root, *ids, rows); !s) {
            return s;
        }
        if (ids->size() < batch) {
            ++at.snapshotStep;
            at.snapshotAfter.clear();
        } else {
            at.snapshotAfter = ids->last();
        }
    }
    return {};
}

// A row read in a snapshot may reference a row the client does not have: one not sent yet (a
// territory's parent further on in the same table) or one written after the pin (not in the
// snapshot when its table was read). Those join the page.
MissingReferences snapshotMissing(QSqlDatabase db, const QList<const EntityDef *> &entities, const Cursor &at)
{
    return [db, entities, at](const EntityDef &target, const QStringList &ids) -> Result<QStringList> {
        QStringList needed;
        if (entities.indexOf(&target) == at.snapshotStep) {
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
}

// Where the next page starts: within the snapshot, or, when it is complete, the log from the
// pinned position.
Status finishSnapshot(QSqlDatabase db, int firstRoot, const Cursor &at, qint64 nowScope, PullPage &page)
{
    if (at.snapshotStep < firstRoot + EntitySchema::scopeRoots().size()) {
        page.cursor = at;
        page.hasMore = true;
        return {};
    }
    page.cursor = Cursor{at.txid, 0, nowScope, 0, 0, {}, -1, {}};
    const Result<QVariant> more =
        pgValue(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM change_log WHERE txid >= ?::xid8)"),
                {QString::number(at.txid)});
    if (!more) {
        return more.error();
    }
    page.hasMore = more->toBool();
    return {};
}

// The change-log entries of one page, reduced to each row's last entry (deliver its current
// state, or evict it), rows in first-seen order per entity.
struct LogEntries {
    QHash<QString, QHash<QString, bool>> evicted; // entity -> id -> whether the last entry evicts it
    QHash<QString, QStringList> order;            // entity -> ids in first-seen order
};

// Reads the next entries of the log in the reader's scope; moves the page's cursor past them.
Result<LogEntries> readLog(QSqlDatabase db, const Scope &scope, const Cursor &from, int limit, PullPage &page)
{
    // Qualified names throughout: an output column called "txid" (text) would otherwise win in
    // ORDER BY and sort 1000 before 961.
    QString sql =
        QStringLiteral("SELECT c.txid::text AS txid_text, c.seq, c.entity, c.row_id, c.evict FROM change_log c "
                       "WHERE (c.txid > ?::xid8 OR (c.txid = ?::xid8 AND c.seq > ?)) "
                       "AND c.txid < pg_snapshot_xmin(pg_current_snapshot())");
    QVariantList binds{QString::number(from.txid), QString::number(from.txid), from.seq};
    if (!scope.everything) {
        sql += QStringLiteral(" AND c.entity <> ALL (?::text[]) AND (c.territory_id IS NULL OR c.territory_id = ANY "
                              "(?::text[]))");
        binds << arrayLiteral(adminsOnly()) << arrayLiteral(scope.territoryIds);
    }
    sql += QStringLiteral(" ORDER BY c.txid, c.seq LIMIT ?");
    binds << limit;
    Result<QSqlQuery> log = pgQuery(db, sql, binds);
    if (!log) {
        return log.error();
    }
    page.cursor = from;
    LogEntries entries;
    while (log.value().next()) {
        page.cursor.txid = log.value().value(0).toString().toULongLong();
        page.cursor.seq = log.value().value(1).toLongLong();
        const QString entity = log.value().value(2).toString();
        const QString id = log.value().value(3).toString();
        ++page.logEntries;
        if (!entries.evicted[entity].contains(id)) {
            entries.order[entity] << id;
        }
        entries.evicted[entity][id] = log.value().value(4).toBool();
    }
    return entries;
}

// Rows to deliver go into the page; rows whose last entry evicts them become evictions, unless
// they are still (or again) in the reader's scope.
Status sortLogEntries(QSqlDatabase db, const Scope &scope, const LogEntries &entries, PageRows &rows,
                      QList<std::pair<QString, QString>> &evictions)
{
    for (auto it = entries.order.cbegin(); it != entries.order.cend(); ++it) {
        const EntityDef *entity = EntitySchema::find(it.key());
        for (const QString &id : it.value()) {
            if (entity && entries.evicted.value(it.key()).value(id) && entity->isScopeRoot()) {
                const Result<QVariant> now = pgValue(
                    db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(entity->scope.via, entity->table), {id});
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
    return {};
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
        if (arrivalScopeId > 0 && arrivalRoot == 0) {
            text += QStringLiteral(":%1:%2").arg(arrivalScopeId).arg(arrivalAfter);
        } else if (arrivalScopeId > 0) {
            text += QStringLiteral(":%1:%2:%3").arg(arrivalScopeId).arg(arrivalRoot).arg(arrivalAfter);
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
    if (parts.size() < 2 || parts.size() > 6 || parts.size() == 4) {
        return std::nullopt;
    }
    bool ok[5] = {false, false, true, true, true};
    c.txid = parts.at(0).toULongLong(&ok[0]);
    c.seq = parts.at(1).toLongLong(&ok[1]);
    if (parts.size() >= 3) {
        c.scopeId = parts.at(2).toLongLong(&ok[2]);
    }
    if (parts.size() >= 5) {
        c.arrivalScopeId = parts.at(3).toLongLong(&ok[3]);
        c.arrivalAfter = parts.last();
        if (parts.size() == 6) {
            c.arrivalRoot = parts.at(4).toInt(&ok[4]);
        }
        if (!validId(c.arrivalAfter) || c.arrivalRoot < 0 || c.arrivalRoot >= EntitySchema::scopeRoots().size()) {
            return std::nullopt;
        }
    }
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || !ok[4] || c.seq < 0 || (parts.size() >= 3 && c.scopeId < 0) ||
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

QByteArray PullPage::toJson(const QString &cursorText) const
{
    Protocol::PullResponse response;
    response.cursor = cursorText;
    response.hasMore = hasMore;
    response.evictTerritories = evictTerritories;
    if (snapshotRows >= 0) {
        response.snapshotRows = snapshotRows;
    }
    // The rows are JSON already: spliced in rather than parsed and written again.
    return response.toBytes(changes);
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
    if (user.role == Role::Agent) {
        const Result<QVariant> agent = pgValue(
            db, QStringLiteral("SELECT id FROM agents WHERE user_id = ? AND NOT deleted AND active"), {user.id});
        if (!agent) {
            return agent.error();
        }
        scope.agentId = agent->toString();
    }
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
        if (entity.scope.kind == ScopeDef::Kind::Everyone ||
            (everything && entity.scope.kind == ScopeDef::Kind::AdminsOnly)) {
            entities << &entity;
        }
    }
    return entities;
}

Result<PullPage> PullService::pull(const User &user, const Cursor &from, int limit)
{
    limit = std::clamp(limit, 1, Protocol::PullRequest::kMaximumLimit);
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
        qCWarning(lcPull).noquote() << "pull for user" << user.id << "at" << from.toString()
                                    << "failed:" << s.error().message();
        return s.error();
    }
    return page;
}

Result<Cursor> PullService::resumeSnapshot(QSqlDatabase db, const Scope &scope, const Cursor &from, qint64 nowScope,
                                           PullPage &page)
{
    const int firstRoot = int(snapshotEntities(scope.everything).size());
    const int lastRoot = firstRoot + int(EntitySchema::scopeRoots().size()) - 1;
    Cursor at = from;
    if (from.isStart()) {
        at.snapshotStep = 0;
        at.snapshotAfter.clear();
    } else if (from.scopeId != nowScope) {
        // The reader's scope changed while the snapshot was being sent: the territories it lost
        // are evicted, and the scope roots are sent again from the first (those of the territories
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
    if (at.snapshotStep > lastRoot) {
        at.snapshotStep = firstRoot;
        at.snapshotAfter.clear();
    }
    return at;
}

Status PullService::snapshotPage(QSqlDatabase db, const Scope &scope, const Cursor &from, qint64 nowScope, int limit,
                                 PullPage &page)
{
    const QList<const EntityDef *> entities = snapshotEntities(scope.everything);
    Result<Cursor> at = resumeSnapshot(db, scope, from, nowScope, page);
    if (!at) {
        return at.error();
    }
    PgTransaction tx(db);
    if (const Status s = beginPageTransaction(db, tx); !s) {
        return s;
    }
    if (from.isStart()) {
        if (const Status s = pinSnapshot(db, scope, *at, page); !s) {
            return s;
        }
    }
    PageRows rows;
    Status s = readUnscopedSteps(db, entities, *at, limit, rows);
    if (s) {
        s = readRootSteps(db, scope, int(entities.size()), *at, limit, rows);
    }
    if (s) {
        s = readRows(db, nullptr, rows, snapshotMissing(db, entities, *at));
    }
    if (s) {
        s = finishSnapshot(db, int(entities.size()), *at, nowScope, page);
    }
    if (!s) {
        return s;
    }
    finishPage(rows, {}, page);
    return tx.commit();
}

Status PullService::pinSnapshot(QSqlDatabase db, const Scope &scope, Cursor &at, PullPage &page)
{
    // Pinned here: every transaction before the oldest one still running has committed (or
    // never will), so the rows read from now on show all of it; the log from this point on
    // brings whatever changes while the snapshot is read.
    const Result<QVariant> xmin = pgValue(db, QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text"));
    if (!xmin) {
        return xmin.error();
    }
    at.txid = xmin->toString().toULongLong();
    const Result<qint64> total = snapshotRowCount(db, scope);
    if (!total) {
        return total.error();
    }
    page.snapshotRows = *total;
    return {};
}

Result<qint64> PullService::snapshotRowCount(QSqlDatabase db, const Scope &scope)
{
    QStringList counts;
    for (const EntityDef *entity : snapshotEntities(scope.everything)) {
        counts << QStringLiteral("(SELECT count(*) FROM %1)").arg(entity->table);
    }
    QVariantList binds;
    for (const EntityDef *root : EntitySchema::scopeRoots()) {
        const QString filter =
            scope.everything ? QStringLiteral("true") : QStringLiteral("r.%1 = ANY (?::text[])").arg(root->scope.via);
        const auto bind = [&] {
            if (!scope.everything) {
                binds << arrayLiteral(scope.territoryIds);
            }
        };
        counts << QStringLiteral("(SELECT count(*) FROM %1 r WHERE %2)").arg(root->table, filter);
        bind();
        for (const EntityDef *dependent : EntitySchema::dependentsOf(*root)) {
            const ScopeSql::RootJoin join = ScopeSql::joinToRoot(*dependent, QStringLiteral("x"));
            counts << QStringLiteral("(SELECT count(*) FROM %1 x%2 JOIN %3 r ON r.id = %4 WHERE %5)")
                          .arg(dependent->table, join.joins, root->table, join.rootId, filter);
            bind();
        }
    }
    const Result<QVariant> total = pgValue(db, QStringLiteral("SELECT ") + counts.join(QStringLiteral(" + ")), binds);
    if (!total) {
        return total.error();
    }
    return total->toLongLong();
}

Result<PullService::ScopeChange> PullService::scopeChange(QSqlDatabase db, const Cursor &from, qint64 nowScope)
{
    ScopeChange change{{}, from.arrivalScopeId, from.arrivalRoot, from.arrivalAfter};
    if (from.scopeId < 0 || from.scopeId == nowScope) {
        return change;
    }
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
            change.evict << t;
        }
    }
    if (change.arrival > 0) {
        // An arrival was under way: restart it for everything not yet complete.
        const Result<QStringList> pending = territoriesOf(db, change.arrival);
        if (!pending) {
            return pending.error();
        }
        for (const QString &t : *pending) {
            if (now->contains(t) && !added.contains(t)) {
                added << t;
            }
        }
    }
    change.arrival = 0;
    change.arrivalRoot = 0;
    change.arrivalAfter.clear();
    if (!added.isEmpty()) {
        const Result<qint64> addedId = scopeId(db, Scope{false, added, {}});
        if (!addedId) {
            return addedId.error();
        }
        change.arrival = *addedId;
    }
    return change;
}

Status PullService::readArrival(QSqlDatabase db, ScopeChange &change, int limit, PullPage &page, PageRows &rows)
{
    const Result<QStringList> arriving = territoriesOf(db, change.arrival);
    if (!arriving) {
        return arriving.error();
    }
    const QList<const EntityDef *> roots = EntitySchema::scopeRoots();
    const EntityDef &root = *roots.at(change.arrivalRoot);
    const int batch = EntitySchema::dependentsOf(root).isEmpty() ? limit : std::max(1, limit / 50);
    const Result<QStringList> ids = rootBatch(db, root, &*arriving, change.arrivalAfter, batch);
    if (!ids) {
        return ids.error();
    }
    if (const Status s = readFamilies(db, root, *ids, rows); !s) {
        return s;
    }
    if (ids->size() == batch) {
        change.arrivalAfter = ids->last();
    } else if (change.arrivalRoot + 1 < roots.size()) {
        ++change.arrivalRoot; // this root's rows have all come: the next root's follow
        change.arrivalAfter.clear();
    } else {
        change.arrival = 0; // everything in the new territories has been sent
        change.arrivalRoot = 0;
        change.arrivalAfter.clear();
    }
    page.hasMore = page.hasMore || change.arrival > 0;
    return {};
}

Status PullService::logPage(QSqlDatabase db, const Scope &scope, const Cursor &from, qint64 nowScope, int limit,
                            PullPage &page)
{
    // Did the reader's scope change since its cursor was made? Then the territories that left are
    // evicted, and the rows of those that entered arrive.
    Result<ScopeChange> change = scopeChange(db, from, nowScope);
    if (!change) {
        return change.error();
    }

    PgTransaction tx(db);
    if (const Status s = beginPageTransaction(db, tx); !s) {
        return s;
    }
    const Result<LogEntries> entries = readLog(db, scope, from, limit, page);
    if (!entries) {
        return entries.error();
    }
    PageRows rows;
    QList<std::pair<QString, QString>> evictions;
    if (const Status s = sortLogEntries(db, scope, *entries, rows, evictions); !s) {
        return s;
    }
    page.hasMore = page.logEntries == limit;
    if (change->arrival > 0) {
        if (const Status s = readArrival(db, *change, limit, page, rows); !s) {
            return s;
        }
    }
    page.cursor.scopeId = nowScope;
    page.cursor.arrivalScopeId = change->arrival;
    page.cursor.arrivalRoot = change->arrivalRoot;
    page.cursor.arrivalAfter = change->arrivalAfter;
    page.evictTerritories = change->evict;

    // In the log, a row's references were written before it and came in earlier pages; but a row
    // of a scope root's family (its customer, order, visit or reversed entry) may not be with the
    // client when the root only just entered its scope, so those come along.
    const MissingReferences missing = [](const EntityDef &target, const QStringList &ids) -> Result<QStringList> {
        return target.isScoped() ? ids : QStringList();
    };
    if (const Status s = readRows(db, scope.everything ? nullptr : &scope, rows, missing); !s) {
        return s;
    }
    finishPage(rows, evictions, page);
    return tx.commit();
}

} // namespace SalesSync::Server
