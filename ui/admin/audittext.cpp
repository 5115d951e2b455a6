#include "ui/admin/audittext.h"

#include "core/domain/customer.h"
#include "core/domain/order.h"
#include "core/domain/visit.h"
#include "core/money.h"
#include "ui/displaytext.h"
#include "ui/models/syncissuesmodels.h"

#include <QHash>
#include <QJsonArray>

namespace SalesSync {

QString AuditText::action(const QString &action)
{
    // What happened, after the entity: "customer.credit_limit_changed" -> "credit limit changed".
    static const QHash<QString, const char *> happened = {
        {QStringLiteral("created"), QT_TR_NOOP("created")},
        {QStringLiteral("changed"), QT_TR_NOOP("changed")},
        {QStringLiteral("deleted"), QT_TR_NOOP("deleted")},
        {QStringLiteral("moved"), QT_TR_NOOP("moved")},
        {QStringLiteral("deactivated"), QT_TR_NOOP("deactivated")},
        {QStringLiteral("reactivated"), QT_TR_NOOP("reactivated")},
        {QStringLiteral("signed_in"), QT_TR_NOOP("signed in")},
        {QStringLiteral("signed_out"), QT_TR_NOOP("signed out")},
        {QStringLiteral("sign_in_failed"), QT_TR_NOOP("sign-in failed")},
        {QStringLiteral("sign_in_refused"), QT_TR_NOOP("sign-in refused (account disabled)")},
        {QStringLiteral("role_changed"), QT_TR_NOOP("role changed")},
        {QStringLiteral("disabled"), QT_TR_NOOP("disabled")},
        {QStringLiteral("enabled"), QT_TR_NOOP("enabled")},
        {QStringLiteral("password_reset"), QT_TR_NOOP("password reset")},
        {QStringLiteral("password_changed"), QT_TR_NOOP("password changed")},
        {QStringLiteral("password_change_failed"), QT_TR_NOOP("password change failed")},
        {QStringLiteral("session_revoked"), QT_TR_NOOP("signed out by an administrator")},
        {QStringLiteral("credit_limit_changed"), QT_TR_NOOP("credit limit changed")},
        {QStringLiteral("price_list_changed"), QT_TR_NOOP("price list changed")},
        {QStringLiteral("payment_terms_changed"), QT_TR_NOOP("payment terms changed")},
        {QStringLiteral("territory_changed"), QT_TR_NOOP("moved to another territory")},
        {QStringLiteral("status_changed"), QT_TR_NOOP("status changed")},
        {QStringLiteral("number_changed"), QT_TR_NOOP("customer number changed")},
        {QStringLiteral("currency_changed"), QT_TR_NOOP("currency changed")},
        {QStringLiteral("reversed"), QT_TR_NOOP("reversed")},
        {QStringLiteral("checked_in_outside_geofence"), QT_TR_NOOP("checked in outside the geofence")},
        {QStringLiteral("checked_in_without_position"), QT_TR_NOOP("checked in without a position")},
        {QStringLiteral("approved"), QT_TR_NOOP("approved")},
        {QStringLiteral("rejected"), QT_TR_NOOP("rejected")},
        {QStringLiteral("applied"), QT_TR_NOOP("applied")},
        {QStringLiteral("scheduled"), QT_TR_NOOP("scheduled")},
        {QStringLiteral("cancelled"), QT_TR_NOOP("cancelled")},
        {QStringLiteral("failed"), QT_TR_NOOP("failed")},
    };
    const qsizetype dot = action.indexOf(u'.');
    if (dot < 0) {
        return action;
    }
    const QString entity = action.left(dot);
    const auto it = happened.constFind(action.mid(dot + 1));
    const QString what = it == happened.cend() ? action.mid(dot + 1).replace(u'_', u' ') : tr(*it);
    const QString name = entity == u"realignment" ? tr("Realignment") : ConflictModel::entityName(entity);
    return tr("%1: %2", "entity: what happened").arg(name, what);
}

namespace {

// A field's value in words; an amount in minor units as money, in the currency the entry names or
// else the record's.
std::pair<QString, QString> fieldAndValue(const AuditEntry &entry, const QString &field, const QJsonValue &value,
                                          const QString &recordCurrency)
{
    const QJsonObject after = entry.details.value(QStringLiteral("after")).toObject();
    const QJsonObject before = entry.details.value(QStringLiteral("before")).toObject();
    const QString code = after.value(QStringLiteral("currency"))
                             .toString(before.value(QStringLiteral("currency")).toString(recordCurrency));
    const std::optional<Currency> currency = Currency::fromCode(code);
    if (field.endsWith(QStringLiteral("_minor")) && currency && value.isDouble()) {
        return {ConflictModel::fieldName(entry.entity, field.chopped(6)),
                DisplayText::amount(Money(qint64(value.toDouble()), *currency))};
    }
    // A status as the screens name it.
    if (field == u"status") {
        const QString text = value.toString();
        if (const auto order = entry.entity == u"order" ? orderStatusFromText(text) : std::nullopt) {
            return {ConflictModel::fieldName(entry.entity, field), DisplayText::orderStatus(*order)};
        }
        if (const auto customer = entry.entity == u"customer" ? customerStatusFromText(text) : std::nullopt) {
            return {ConflictModel::fieldName(entry.entity, field), DisplayText::customerStatus(*customer)};
        }
        if (const auto visit = entry.entity == u"visit" ? visitStatusFromText(text) : std::nullopt) {
            return {ConflictModel::fieldName(entry.entity, field), DisplayText::visitStatus(*visit)};
        }
    }
    return {ConflictModel::fieldName(entry.entity, field), ConflictModel::valueText(value)};
}

} // namespace

QString AuditText::changes(const AuditEntry &entry, const QString &currency)
{
    const QJsonObject before = entry.details.value(QStringLiteral("before")).toObject();
    const QJsonObject after = entry.details.value(QStringLiteral("after")).toObject();
    QStringList changed;  // before and after
    QStringList recorded; // what was recorded with it
    for (const QString &field : after.keys()) {
        if (before.contains(field)) {
            const auto [name, was] = fieldAndValue(entry, field, before.value(field), currency);
            changed
                << tr("%1: %2 → %3").arg(name, was, fieldAndValue(entry, field, after.value(field), currency).second);
        } else if (const QJsonValue v = after.value(field); !field.endsWith(QStringLiteral("_id")) &&
                                                            field != u"currency" && !v.isNull() &&
                                                            !(v.isString() && v.toString().isEmpty())) {
            // Empty context says nothing; ids name records the Record column and the export give;
            // the currency is in the amounts.
            const auto [name, value] = fieldAndValue(entry, field, after.value(field), currency);
            recorded << tr("%1: %2").arg(name, value);
        }
    }
    for (const QString &field : before.keys()) {
        if (!after.contains(field)) {
            const auto [name, value] = fieldAndValue(entry, field, before.value(field), currency);
            changed << tr("%1: %2").arg(name, value);
        }
    }
    // Anything else the server recorded with it (the username of a failed sign-in, a device).
    for (auto it = entry.details.constBegin(); it != entry.details.constEnd(); ++it) {
        if (it.key() != u"before" && it.key() != u"after") {
            recorded << tr("%1: %2").arg(ConflictModel::fieldName(entry.entity, it.key()),
                                         ConflictModel::valueText(it.value()));
        }
    }
    return (changed + recorded).join(QStringLiteral("; "));
}

} // namespace SalesSync
