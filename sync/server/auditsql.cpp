#include "sync/server/auditsql.h"

#include "core/store/entityschema.h"

#include <QStringList>

namespace SalesSync::Server::AuditSql {

namespace {

QString quoted(const QString &text)
{
    QString escaped = text;
    return u'\'' + escaped.replace(u'\'', QStringLiteral("''")) + u'\'';
}

QString textArray(const QStringList &items)
{
    QStringList quotedItems;
    for (const QString &item : items) {
        quotedItems << quoted(item);
    }
    return QStringLiteral("ARRAY[%1]::text[]").arg(quotedItems.join(QStringLiteral(", ")));
}

// The helpers every audit trigger uses: a UUIDv7 for the entry (as clients make theirs), the
// append itself with the transaction's actor, and the picking of fields out of a row.
QString helpers()
{
    return QStringLiteral(
        "CREATE OR REPLACE FUNCTION salessync_uuid_v7() RETURNS text LANGUAGE sql VOLATILE AS $fn$\n"
        "    SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) PLACING\n"
        "        substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6),\n"
        "        52, 1), 53, 1), 'hex')::uuid::text\n"
        "$fn$;\n"
        "CREATE OR REPLACE FUNCTION salessync_audit_as(user_id text, device_id text, action text, entity text,\n"
        "                                              row_id text, details jsonb)\n"
        "RETURNS void LANGUAGE sql AS $fn$\n"
        "    INSERT INTO audit_entries (id, at, user_id, device_id, action, entity, row_id, details)\n"
        "    VALUES (salessync_uuid_v7(), clock_timestamp(), coalesce(user_id, ''),\n"
        "            coalesce(nullif(device_id, ''), 'database'), action, entity, coalesce(row_id, ''),\n"
        "            coalesce(details, '{}'::jsonb)::text)\n"
        "$fn$;\n"
        "CREATE OR REPLACE FUNCTION salessync_audit(action text, entity text, row_id text, details jsonb)\n"
        "RETURNS void LANGUAGE sql AS $fn$\n"
        "    SELECT salessync_audit_as(current_setting('salessync.user_id', true),\n"
        "                              current_setting('salessync.device_id', true), action, entity, row_id, details)\n"
        "$fn$;\n"
        "CREATE OR REPLACE FUNCTION salessync_audit_pick(r jsonb, fields text[]) RETURNS jsonb\n"
        "LANGUAGE sql IMMUTABLE AS $fn$\n"
        "    SELECT coalesce(jsonb_object_agg(key, value), '{}'::jsonb) FROM jsonb_each(r) WHERE key = ANY (fields)\n"
        "$fn$;\n"
        "CREATE OR REPLACE FUNCTION salessync_audit_diff(a jsonb, b jsonb, fields text[], context text[])\n"
        "RETURNS jsonb LANGUAGE sql IMMUTABLE AS $fn$\n"
        "    SELECT jsonb_build_object('before', salessync_audit_pick(a, changed),\n"
        "                              'after', salessync_audit_pick(b, changed || context))\n"
        "    FROM (SELECT ARRAY(SELECT f FROM unnest(fields) f WHERE a -> f IS DISTINCT FROM b -> f) AS changed) c\n"
        "$fn$;\n");
}

// When a rule applies, in the trigger's terms.
QString condition(const EntityDef &entity, const AuditRule &rule)
{
    QStringList parts;
    switch (rule.event) {
    case AuditRule::Event::Create:
        parts << QStringLiteral("TG_OP = 'INSERT'");
        break;
    case AuditRule::Event::Update: {
        QStringList changed;
        for (const QString &field : rule.fields) {
            changed << QStringLiteral("OLD.%1 IS DISTINCT FROM NEW.%1").arg(field);
        }
        parts << QStringLiteral("TG_OP = 'UPDATE'") << QStringLiteral("(%1)").arg(changed.join(QStringLiteral(" OR ")));
        if (!entity.appendOnly) {
            parts << QStringLiteral("NOT NEW.deleted");
        }
        break;
    }
    case AuditRule::Event::Delete:
        parts << QStringLiteral("TG_OP = 'UPDATE'") << QStringLiteral("NEW.deleted AND NOT OLD.deleted");
        break;
    }
    if (!rule.whenField.isEmpty()) {
        parts << QStringLiteral("NEW.%1::text = ANY (%2)").arg(rule.whenField, textArray(rule.whenValues));
    }
    return parts.join(QStringLiteral(" AND "));
}

// What a rule records: the fields after a create, before a delete, both sides of a change.
QString details(const AuditRule &rule)
{
    switch (rule.event) {
    case AuditRule::Event::Create:
        return QStringLiteral("jsonb_build_object('after', salessync_audit_pick(to_jsonb(NEW), %1))")
            .arg(textArray(rule.fields + rule.context));
    case AuditRule::Event::Delete:
        return QStringLiteral("jsonb_build_object('before', salessync_audit_pick(to_jsonb(OLD), %1))")
            .arg(textArray(rule.fields));
    case AuditRule::Event::Update:
        break;
    }
    return QStringLiteral("salessync_audit_diff(to_jsonb(OLD), to_jsonb(NEW), %1, %2)")
        .arg(textArray(rule.fields), textArray(rule.context));
}

QString auditFunction(const EntityDef &entity)
{
    QString body;
    for (const AuditRule &rule : entity.audit) {
        body +=
            QStringLiteral("    IF %1 THEN\n        PERFORM salessync_audit(%2, %3, NEW.id::text, %4);\n    END IF;\n")
                .arg(condition(entity, rule), quoted(rule.action), quoted(entity.name), details(rule));
    }
    return QStringLiteral("CREATE OR REPLACE FUNCTION salessync_audit_%1() RETURNS trigger LANGUAGE plpgsql AS "
                          "$fn$\nBEGIN\n%2    RETURN NULL;\nEND $fn$;\n")
        .arg(entity.name, body);
}

} // namespace

QString triggerScript()
{
    QString sql = helpers();
    for (const EntityDef &entity : EntitySchema::all()) {
        sql += QStringLiteral("DROP TRIGGER IF EXISTS %1_audit ON %1;\n").arg(entity.table);
        if (entity.audit.isEmpty()) {
            continue;
        }
        sql += auditFunction(entity);
        sql += QStringLiteral("CREATE TRIGGER %1_audit AFTER INSERT OR UPDATE ON %1 FOR EACH ROW EXECUTE FUNCTION "
                              "salessync_audit_%2();\n")
                   .arg(entity.table, entity.name);
    }
    return sql;
}

QString appendStatement()
{
    return QStringLiteral("SELECT salessync_audit_as(?, ?, ?, ?, ?, ?::jsonb)");
}

} // namespace SalesSync::Server::AuditSql
