#include "sync/server/scopesql.h"

namespace SalesSync::Server::ScopeSql {

namespace {

QString hopAlias(qsizetype i)
{
    return QStringLiteral("h%1").arg(i);
}

// "FROM P1 h1 JOIN P2 h2 ON h2.id = h1.f ..." for the rows above the first hop of path, the
// alias of the last of them, and the territory column there.
struct Chain {
    QString from;
    QString last;
};

Chain chainAbove(const QList<ScopeHop> &path)
{
    Chain chain;
    for (qsizetype i = 1; i < path.size(); ++i) {
        const QString alias = hopAlias(i);
        chain.from += i == 1 ? QStringLiteral("%1 %2").arg(path.at(i).entity->table, alias)
                             : QStringLiteral(" JOIN %1 %2 ON %2.id = %3.%4")
                                   .arg(path.at(i).entity->table, alias, hopAlias(i - 1), path.at(i - 1).field);
        chain.last = alias;
    }
    return chain;
}

QString quoted(const QString &name)
{
    return u'\'' + name + u'\'';
}

QString columnsSql(const EntityDef &entity)
{
    return entity.fieldNames().join(QStringLiteral(", ")) + QStringLiteral(", deleted");
}

// The PL/pgSQL that sets "scope" to the territory of NEW.
QString scopeAssignment(const EntityDef &entity)
{
    const QList<ScopeHop> path = EntitySchema::scopePath(entity);
    if (path.isEmpty()) {
        return QStringLiteral("    scope := NULL;\n");
    }
    if (path.size() == 1) {
        return QStringLiteral("    scope := NEW.%1;\n").arg(path.first().field);
    }
    // FOR SHARE: a move of the root waits for this row's transaction and vice versa, so the scope
    // logged here is the one the row really has when it commits.
    const Chain chain = chainAbove(path);
    return QStringLiteral("    SELECT %1.%2 INTO scope FROM %3 WHERE h1.id = NEW.%4 FOR SHARE OF %1;\n")
        .arg(chain.last, path.last().field, chain.from, path.first().field);
}

// For a scope root: when its territory changes, clients of the old territory evict it (and, on
// their side, what belongs to it); clients of the new one receive it with all its rows.
QString moveBlock(const EntityDef &root)
{
    if (!root.isScopeRoot()) {
        return {};
    }
    QString sql = QStringLiteral("    IF TG_OP = 'UPDATE' AND OLD.%1 IS DISTINCT FROM NEW.%1 THEN\n"
                                 "        INSERT INTO change_log (entity, row_id, version, territory_id, evict)\n"
                                 "        VALUES (%2, OLD.id::text, NEW.version, OLD.%1, true);\n")
                      .arg(root.scope.via, quoted(root.name));
    QStringList selects;
    for (const EntityDef *dependent : EntitySchema::dependentsOf(root)) {
        const RootJoin join = joinToRoot(*dependent, QStringLiteral("d"));
        selects << QStringLiteral("SELECT %1, d.id::text, d.version, scope FROM %2 d%3 WHERE %4 = NEW.id")
                       .arg(quoted(dependent->name), dependent->table, join.joins, join.rootId);
    }
    if (!selects.isEmpty()) {
        sql += QStringLiteral("        INSERT INTO change_log (entity, row_id, version, territory_id)\n        ") +
               selects.join(QStringLiteral("\n        UNION ALL ")) + QStringLiteral(";\n");
    }
    return sql + QStringLiteral("    END IF;\n");
}

QString logFunction(const EntityDef &entity)
{
    return QStringLiteral("CREATE OR REPLACE FUNCTION salessync_log_%1() RETURNS trigger LANGUAGE plpgsql AS $fn$\n"
                          "DECLARE\n    scope text;\nBEGIN\n%2%3"
                          "    INSERT INTO change_log (entity, row_id, version, territory_id)\n"
                          "    VALUES (%4, NEW.id::text, NEW.version, scope);\n"
                          "    RETURN NULL;\nEND $fn$;\n")
        .arg(entity.name, scopeAssignment(entity), moveBlock(entity), quoted(entity.name));
}

QString triggers(const EntityDef &entity)
{
    const QString &t = entity.table;
    // Only the synced columns count: a password change is not data for the clients.
    QString sql = QStringLiteral("DROP TRIGGER IF EXISTS %1_version ON %1;\n"
                                 "DROP TRIGGER IF EXISTS %1_log ON %1;\n"
                                 "DROP TRIGGER IF EXISTS %1_append_only ON %1;\n")
                      .arg(t);
    if (entity.appendOnly) {
        sql += QStringLiteral("CREATE TRIGGER %1_append_only BEFORE UPDATE OR DELETE ON %1 FOR EACH ROW "
                              "EXECUTE FUNCTION salessync_refuse_change();\n")
                   .arg(t);
    } else {
        sql += QStringLiteral("CREATE TRIGGER %1_version BEFORE UPDATE OF %2 ON %1 FOR EACH ROW "
                              "EXECUTE FUNCTION bump_version();\n")
                   .arg(t, columnsSql(entity));
    }
    sql += QStringLiteral("CREATE TRIGGER %1_log AFTER INSERT OR UPDATE OF %2 ON %1 FOR EACH ROW "
                          "EXECUTE FUNCTION salessync_log_%3();\n")
               .arg(t, columnsSql(entity), entity.name);
    return sql;
}

} // namespace

QString territoryOf(const EntityDef &entity, const QString &alias)
{
    const QList<ScopeHop> path = EntitySchema::scopePath(entity);
    if (path.isEmpty()) {
        return QStringLiteral("NULL::text");
    }
    if (path.size() == 1) {
        return alias + u'.' + path.first().field;
    }
    const Chain chain = chainAbove(path);
    return QStringLiteral("(SELECT %1.%2 FROM %3 WHERE h1.id = %4.%5)")
        .arg(chain.last, path.last().field, chain.from, alias, path.first().field);
}

QString territoryLookup(const EntityDef &entity)
{
    const QList<ScopeHop> path = EntitySchema::scopePath(entity);
    Q_ASSERT_X(path.size() > 1, "ScopeSql::territoryLookup", "only for scoped entities below a root");
    const Chain chain = chainAbove(path);
    return QStringLiteral("SELECT %1.%2 FROM %3 WHERE h1.id = ? FOR SHARE OF %1")
        .arg(chain.last, path.last().field, chain.from);
}

RootJoin joinToRoot(const EntityDef &dependent, const QString &alias)
{
    const QList<ScopeHop> path = EntitySchema::scopePath(dependent);
    Q_ASSERT_X(path.size() > 1, "ScopeSql::joinToRoot", "only for scoped entities below a root");
    RootJoin join;
    QString previous = alias;
    // Every row between the dependent and the root (an order line's order) joins in.
    for (qsizetype i = 1; i + 1 < path.size(); ++i) {
        const QString hop = hopAlias(i);
        join.joins += QStringLiteral(" JOIN %1 %2 ON %2.id = %3.%4")
                          .arg(path.at(i).entity->table, hop, previous, path.at(i - 1).field);
        previous = hop;
    }
    join.rootId = previous + u'.' + path.at(path.size() - 2).field;
    return join;
}

QString triggerScript()
{
    QString sql = QStringLiteral("CREATE OR REPLACE FUNCTION salessync_refuse_change() RETURNS trigger "
                                 "LANGUAGE plpgsql AS $fn$\nBEGIN\n"
                                 "    RAISE EXCEPTION 'the rows of % are append-only: record a reversal instead', "
                                 "TG_TABLE_NAME;\nEND $fn$;\n");
    for (const EntityDef &entity : EntitySchema::all()) {
        sql += logFunction(entity) + triggers(entity);
    }
    return sql;
}

} // namespace SalesSync::Server::ScopeSql
