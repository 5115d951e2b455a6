#include "sync/protocol/opcheck.h"

#include "core/money.h"
#include "core/timeutil.h"

#include <QDate>
#include <QSet>

#include <cmath>

namespace SalesSync::Protocol {

namespace {

QString where(const EntityDef &entity, const FieldDef &field)
{
    return entity.name + u'.' + field.name;
}

// How a value of the type is written, for refusals.
QString typeText(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return OpCheck::tr("text without NUL characters");
    case FieldType::Integer:
        return OpCheck::tr("a whole number");
    case FieldType::Real:
        return OpCheck::tr("a number");
    case FieldType::Boolean:
        return OpCheck::tr("true or false");
    case FieldType::Timestamp:
        return OpCheck::tr("an ISO 8601 UTC timestamp like 2026-03-01T09:30:00.000Z");
    case FieldType::Date:
        return OpCheck::tr("a date like 2026-03-01");
    }
    return {};
}

QString stampText(Stamp stamp)
{
    switch (stamp) {
    case Stamp::SessionUser:
        return OpCheck::tr("the signed-in user");
    case Stamp::SessionDevice:
        return OpCheck::tr("the pushing device");
    case Stamp::SessionAgent:
        return OpCheck::tr("the signed-in agent");
    case Stamp::None:
        break;
    }
    return {};
}

Refusal refusal(RejectionCode code, QString message, const FieldDef *field = nullptr)
{
    return Refusal{code, std::move(message), field ? field->name : QString()};
}

QString jsonShown(const QJsonValue &value)
{
    if (value.isString()) {
        return u'"' + value.toString() + u'"';
    }
    if (value.isNull() || value.isUndefined()) {
        return QStringLiteral("null");
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    return QString::number(value.toDouble(), 'g', 17);
}

} // namespace

std::optional<QVariant> OpCheck::storageValue(const FieldDef &field, const QJsonValue &value)
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
        if (value.isDouble() && value.toDouble() == std::floor(value.toDouble()) &&
            std::abs(value.toDouble()) <= 9007199254740992.0) {
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
    case FieldType::Date:
        if (value.isString() && value.toString().size() == 10 &&
            QDate::fromString(value.toString(), Qt::ISODate).isValid()) {
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

std::optional<Refusal> OpCheck::checkValue(const EntityDef &entity, const FieldDef &field, const QJsonValue &value)
{
    if (value.isNull()) {
        if (field.nullable) {
            return std::nullopt;
        }
        return refusal(RejectionCode::BadValue, tr("%1 may not be null.").arg(where(entity, field)), &field);
    }
    if (!storageValue(field, value)) {
        return refusal(RejectionCode::BadValue, tr("%1 must be %2.").arg(where(entity, field), typeText(field.type)),
                       &field);
    }
    if (!field.values.isEmpty() && !field.values.contains(value.toString())) {
        return refusal(RejectionCode::BadValue,
                       tr("%1 must be one of: %2.").arg(where(entity, field), field.values.join(QStringLiteral(", "))),
                       &field);
    }
    if (field.format == TextFormat::CurrencyCode && !Currency::fromCode(value.toString())) {
        return refusal(RejectionCode::BadValue,
                       tr("%1 must be an ISO 4217 currency code like EUR; %2 is not one.")
                           .arg(where(entity, field), jsonShown(value)),
                       &field);
    }
    return std::nullopt;
}

std::optional<Refusal> OpCheck::values(const EntityDef &entity, const Op &op, const Actor &actor, QJsonObject &values)
{
    values = {};
    if (op.kind == OpKind::Delete) {
        return std::nullopt; // a delete's fields are its tombstone: not applied, not checked
    }
    for (auto it = op.fields.cbegin(); it != op.fields.cend(); ++it) {
        const FieldDef *field = entity.field(it.key());
        if (!field) {
            return refusal(RejectionCode::UnknownField, tr("%1 has no field \"%2\".").arg(entity.name, it.key()));
        }
        if (std::optional<Refusal> r = checkValue(entity, *field, it->newValue)) {
            return r;
        }
    }
    if (op.kind == OpKind::Create) {
        return createValues(entity, op, actor, values);
    }
    for (auto it = op.fields.cbegin(); it != op.fields.cend(); ++it) {
        values.insert(it.key(), it->newValue);
    }
    return std::nullopt;
}

std::optional<Refusal> OpCheck::createValues(const EntityDef &entity, const Op &op, const Actor &actor,
                                             QJsonObject &values)
{
    for (const FieldDef &field : entity.fields) {
        const QJsonValue given =
            op.fields.contains(field.name) ? op.fields.value(field.name).newValue : QJsonValue(QJsonValue::Undefined);
        if (field.stamp != Stamp::None) {
            values.insert(field.name, given);
            if (std::optional<Refusal> r = stampValue(entity, field, actor, values)) {
                return r;
            }
            continue;
        }
        if (field.policy == ConflictPolicy::Derived) {
            values.insert(field.name, field.valueOnCreate()); // the server computes it
            continue;
        }
        if (given.isUndefined()) {
            if (field.requiredOnCreate()) {
                return refusal(RejectionCode::MissingField,
                               tr("%1 is required when creating a %2.").arg(where(entity, field), entity.name), &field);
            }
            values.insert(field.name, field.valueOnCreate());
            continue;
        }
        if (!field.setters->contains(actor.role) && given != field.valueOnCreate()) {
            return refusal(RejectionCode::Forbidden,
                           tr("%1 is set by %2, not by a %3: leave it out or send %4.")
                               .arg(where(entity, field), field.setters->texts().join(QStringLiteral(", ")),
                                    roleToText(actor.role), jsonShown(field.valueOnCreate())),
                           &field);
        }
        if (std::optional<Refusal> r = initialState(entity, field, given, actor.role)) {
            return r;
        }
        values.insert(field.name, given);
    }
    return std::nullopt;
}

std::optional<Refusal> OpCheck::stampValue(const EntityDef &entity, const FieldDef &field, const Actor &actor,
                                           QJsonObject &values)
{
    const QJsonValue given = values.value(field.name);
    const bool omitted = given.isUndefined() || given.isNull();
    QString expected;
    switch (field.stamp) {
    case Stamp::SessionUser:
        expected = actor.userId;
        break;
    case Stamp::SessionDevice:
        expected = actor.deviceId;
        break;
    case Stamp::SessionAgent:
        if (actor.role != Role::Agent) {
            if (omitted && !field.nullable) {
                return refusal(RejectionCode::MissingField,
                               tr("%1 is required when a %2 creates a %3.")
                                   .arg(where(entity, field), roleToText(actor.role), entity.name),
                               &field);
            }
            return std::nullopt; // managers and admins name the agent (checked as a reference)
        }
        expected = actor.agentId;
        if (expected.isEmpty()) {
            return refusal(RejectionCode::Forbidden,
                           tr("%1: your account has no active agent record.").arg(where(entity, field)), &field);
        }
        break;
    case Stamp::None:
        return std::nullopt;
    }
    if (omitted) {
        values.insert(field.name, expected);
        return std::nullopt;
    }
    if (given.toString() != expected) {
        return refusal(RejectionCode::Forbidden,
                       tr("%1 must be %2 (%3), not %4.")
                           .arg(where(entity, field), stampText(field.stamp), expected, jsonShown(given)),
                       &field);
    }
    return std::nullopt;
}

std::optional<Refusal> OpCheck::initialState(const EntityDef &entity, const FieldDef &field, const QJsonValue &value,
                                             Role role)
{
    if (!field.transition || field.initial.isUndefined() || value == field.initial) {
        return std::nullopt;
    }
    // A row made and moved on before it was pushed arrives in a later state: that state must be
    // reachable from the initial one.
    const QString target = value.toString();
    QSet<QString> reached{field.initial.toString()};
    QStringList frontier{field.initial.toString()};
    while (!frontier.isEmpty() && !reached.contains(target)) {
        const QString from = frontier.takeFirst();
        for (const QString &to : field.values) {
            if (!reached.contains(to) && field.transition(from, to, role)) {
                reached.insert(to);
                frontier << to;
            }
        }
    }
    if (reached.contains(target)) {
        return std::nullopt;
    }
    return refusal(
        RejectionCode::IllegalTransition,
        tr("%1 cannot start as %2: a new %3 starts as %4, and a %5 cannot move it there.")
            .arg(where(entity, field), jsonShown(value), entity.name, jsonShown(field.initial), roleToText(role)),
        &field);
}

} // namespace SalesSync::Protocol
