#include "sync/server/pullservice.h"

#include "core/store/entityschema.h"
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
    return QStringLiteral("%1:%2").arg(txid).arg(seq);
}

std::optional<Cursor> Cursor::parse(const QString &text)
{
    const QStringList parts = text.split(u':');
    if (parts.size() != 2) {
        return std::nullopt;
    }
    bool txOk = false;
    bool seqOk = false;
    Cursor c{parts.at(0).toULongLong(&txOk), parts.at(1).toLongLong(&seqOk)};
    if (!txOk || !seqOk || c.seq < 0) {
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
    Result<QSqlQuery> q = pgQuery(db, sql, {user.id});
    if (!q) {
        return q.error();
    }
    while (q.value().next()) {
        scope.territoryIds << q.value().value(0).toString();
    }
    return scope;
}

PullService::PullService(PgDatabase &database)
    : m_database(database)
{}

Result<PullPage> PullService::pull(const User &user, const Cursor &from, int limit)
{
    limit = std::clamp(limit, 1, kMaximumLimit);
    Result<QSqlDatabase> db = m_database.connection();
    if (!db) {
        return db.error();
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
    const Result<Scope> scope = Scope::of(*db, user);
    if (!scope) {
        return scope.error();
    }
    // Qualified names throughout: an output column called "txid" (text) would otherwise win in
    // ORDER BY and sort 1000 before 961.
    QString sql = QStringLiteral("SELECT c.txid::text AS txid_text, c.seq, c.entity, c.row_id FROM change_log c "
                                 "WHERE (c.txid > ?::xid8 OR (c.txid = ?::xid8 AND c.seq > ?)) "
                                 "AND c.txid < pg_snapshot_xmin(pg_current_snapshot())");
    QVariantList binds{QString::number(from.txid), QString::number(from.txid), from.seq};
    if (!scope->everything) {
        sql += QStringLiteral(" AND (c.territory_id IS NULL OR c.territory_id = ANY (?::text[]))");
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
    QHash<QString, QStringList> idsByEntity;
    QHash<QString, QSet<QString>> seen;
    while (log.value().next()) {
        page.cursor = Cursor{log.value().value(0).toString().toULongLong(), log.value().value(1).toLongLong()};
        const QString entity = log.value().value(2).toString();
        const QString id = log.value().value(3).toString();
        ++page.logEntries;
        if (!seen[entity].contains(id)) {
            seen[entity].insert(id);
            idsByEntity[entity] << id;
        }
    }
    page.hasMore = page.logEntries == limit;

    // Children first, so that each child's parent joins the page before the parents are read.
    const QList<EntityDef> &entities = EntitySchema::all();
    QHash<QString, QList<QVariantList>> rowsByEntity;
    for (auto it = entities.crbegin(); it != entities.crend(); ++it) {
        const EntityDef &entity = *it;
        const QStringList ids = idsByEntity.value(entity.name);
        if (ids.isEmpty()) {
            continue;
        }
        const QString columns = QStringLiteral("id::text, version, deleted, ") + entity.fieldNames().join(u',');
        Result<QSqlQuery> rows =
            pgQuery(*db,
                    QStringLiteral("SELECT %1 FROM %2 WHERE id::text = ANY (?::text[]) ORDER BY id")
                        .arg(columns, PgRows::table(entity)),
                    {arrayLiteral(ids)});
        if (!rows) {
            return rows.error();
        }
        const int parentColumn =
            entity.parentField.isEmpty() ? -1 : int(entity.fieldNames().indexOf(entity.parentField)) + 3;
        while (rows.value().next()) {
            QVariantList row;
            const int n = rows.value().record().count();
            row.reserve(n);
            for (int i = 0; i < n; ++i) {
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
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return page;
}

} // namespace SalesSync::Server
