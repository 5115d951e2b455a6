#include "sync/protocol/protocoldoc.h"

#include "core/store/entityschema.h"
#include "sync/protocol/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace SalesSync::Protocol {

namespace {

QString code(const QString &text)
{
    return u'`' + text + u'`';
}

QString roles(const RoleSet &set)
{
    if (set.isEmpty()) {
        return QStringLiteral("nobody");
    }
    return set == RoleSet::all() ? QStringLiteral("everyone") : set.texts().join(QStringLiteral(", "));
}

QString scopeText(const EntityDef &entity)
{
    switch (entity.scope.kind) {
    case ScopeDef::Kind::Everyone:
        return QStringLiteral("every signed-in user reads it");
    case ScopeDef::Kind::AdminsOnly:
        return QStringLiteral("admins read it");
    case ScopeDef::Kind::Territory:
        break;
    }
    const FieldDef *via = entity.field(entity.scope.via);
    return entity.isScopeRoot()
               ? QStringLiteral("its territory (%1) decides who reads and writes it").arg(code(via->name))
               : QStringLiteral("it belongs to its %1 (%2) and shares its scope").arg(via->references, code(via->name));
}

QString stampText(Stamp stamp)
{
    switch (stamp) {
    case Stamp::SessionUser:
        return QStringLiteral("the signed-in user's id (filled when left out; any other value is `forbidden`)");
    case Stamp::SessionDevice:
        return QStringLiteral("the pushing device's id (filled when left out; any other value is `forbidden`)");
    case Stamp::SessionAgent:
        return QStringLiteral("for an agent, their own agent id (filled when left out; any other agent is "
                              "`forbidden`); managers and admins name the agent");
    case Stamp::None:
        break;
    }
    return {};
}

// "draft → submitted, cancelled; submitted → approved (manager, admin), ..."
QString transitions(const FieldDef &field)
{
    QStringList steps;
    for (const QString &from : field.values) {
        QStringList to;
        for (const QString &next : field.values) {
            QList<Role> list;
            for (const Role role : {Role::Agent, Role::Manager, Role::Admin}) {
                if (field.transition(from, next, role)) {
                    list << role;
                }
            }
            if (list.isEmpty()) {
                continue;
            }
            QStringList names;
            for (const Role role : list) {
                names << roleToText(role);
            }
            to << (list.size() == 3 ? code(next) : QStringLiteral("%1 (%2)").arg(code(next), names.join(u", ")));
        }
        if (!to.isEmpty()) {
            steps << QStringLiteral("%1 → %2").arg(code(from), to.join(QStringLiteral(", ")));
        }
    }
    return steps.join(QStringLiteral("; "));
}

QString notes(const EntityDef &entity, const FieldDef &field)
{
    QStringList parts;
    const EntityDef *root = EntitySchema::scopeRoot(entity);
    if (!field.references.isEmpty()) {
        parts << QStringLiteral("refers to %1").arg(code(field.references));
    }
    if (!field.values.isEmpty()) {
        QStringList values;
        for (const QString &v : field.values) {
            values << code(v);
        }
        parts << QStringLiteral("one of %1").arg(values.join(QStringLiteral(", ")));
    }
    if (field.format == TextFormat::CurrencyCode) {
        parts << QStringLiteral("an ISO 4217 currency code");
        if (root && root != &entity && root->field(field.name)) {
            parts << QStringLiteral("must be the %1's (else `invalid`)").arg(root->name);
        }
    }
    if (field.stamp != Stamp::None) {
        parts << stampText(field.stamp);
    }
    if (field.policy == ConflictPolicy::Derived) {
        parts << QStringLiteral("computed by the server; a pushed value is ignored");
    }
    if (field.transition) {
        parts << QStringLiteral("transitions: %1").arg(transitions(field));
    }
    return parts.join(QStringLiteral("; "));
}

QString onCreate(const FieldDef &field)
{
    if (field.stamp != Stamp::None || field.policy == ConflictPolicy::Derived) {
        return QStringLiteral("server");
    }
    if (field.requiredOnCreate()) {
        return QStringLiteral("**required**");
    }
    return QStringLiteral("optional, else %1").arg(code(jsonText(field.valueOnCreate())));
}

QString entitySection(const EntityDef &entity)
{
    QString out = QStringLiteral("### `%1`\n\n").arg(entity.name);
    out += QStringLiteral("Scope: %1. Create: %2. Update: %3. Delete: %4.%5\n\n")
               .arg(scopeText(entity), roles(entity.permissions.create), roles(entity.permissions.update),
                    entity.permissions.removableNote.isEmpty()
                        ? roles(entity.permissions.remove)
                        : QStringLiteral("admins; %1").arg(entity.permissions.removableNote),
                    entity.name == u"user"
                        ? QStringLiteral(" Accounts are created and changed only through the [administration "
                                         "endpoints](#administration), never pushed.")
                    : entity.appendOnly ? QStringLiteral(" Append-only: rows are never changed or deleted.")
                    : entity.permissions.managedVia.isEmpty()
                        ? QString()
                        : QStringLiteral(" Managers write only rows whose `%1` is in their subtree, and cannot move "
                                         "one out of it.")
                              .arg(entity.permissions.managedVia));
    out += QStringLiteral("| field | type | on create | set on create by | changed by | policy | values and notes |\n");
    out += QStringLiteral("| --- | --- | --- | --- | --- | --- | --- |\n");
    for (const FieldDef &field : entity.fields) {
        out += QStringLiteral("| %1 | %2%3 | %4 | %5 | %6 | %7 | %8 |\n")
                   .arg(code(field.name), fieldTypeToText(field.type),
                        field.nullable ? QStringLiteral(" or null") : QString(), onCreate(field),
                        field.stamp != Stamp::None || field.policy == ConflictPolicy::Derived ? QStringLiteral("server")
                                                                                              : roles(*field.setters),
                        roles(*field.writers), code(conflictPolicyToText(field.policy)), notes(entity, field));
    }
    return out;
}

} // namespace

QString ProtocolDoc::entityReference()
{
    QString out = QStringLiteral(
        "Every row also has `id` (a lower-case UUID, the op's `row_id`), and in pull `version` and `deleted`. "
        "\"On create\" says whether a create must give the field, or what it holds when left out. \"Set on "
        "create by\": the roles that may give a value of their own; anyone else leaves the field out or sends "
        "its initial value (else `forbidden`, naming the field). \"Changed by\": the roles whose update of "
        "an existing row is taken (see the policies above).\n\n");
    for (const EntityDef &entity : EntitySchema::all()) {
        out += entitySection(entity) + u'\n';
    }
    return out;
}

namespace {

// Where the generated part of the page starts and ends, or nothing without both markers.
std::optional<std::pair<qsizetype, qsizetype>> generatedRange(const QString &page)
{
    const qsizetype begin = page.indexOf(QLatin1StringView(ProtocolDoc::kBegin));
    const qsizetype end = page.indexOf(QLatin1StringView(ProtocolDoc::kEnd));
    if (begin < 0 || end < begin) {
        return std::nullopt;
    }
    return std::pair{begin + qsizetype(qstrlen(ProtocolDoc::kBegin)) + 1, end};
}

} // namespace

QString ProtocolDoc::generatedPart(const QString &page)
{
    const auto range = generatedRange(page);
    return range ? page.mid(range->first, range->second - range->first) : QString();
}

QString ProtocolDoc::updated(const QString &page)
{
    const auto range = generatedRange(page);
    return range ? page.left(range->first) + entityReference() + page.mid(range->second) : QString();
}

} // namespace SalesSync::Protocol
