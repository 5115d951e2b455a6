#include "ui/models/syncissuesmodels.h"

#include "sync/client/rejectiontext.h"
#include "ui/displaytext.h"
#include "ui/theme/theme.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace SalesSync {

namespace {

QString when(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? DisplayText::dateTime(t) : iso;
}

// What a person recognises a record by: its name or code when the change carries it.
QString recordLabel(const QString &entity, const QString &rowId, const QJsonObject &fields)
{
    for (const char *key : {"name", "code", "reference"}) {
        const QJsonValue v = fields.value(QLatin1String(key)).toObject().value(QStringLiteral("new"));
        if (v.isString() && !v.toString().isEmpty()) {
            return ConflictModel::tr("%1 %2").arg(ConflictModel::entityName(entity), v.toString());
        }
    }
    return ConflictModel::tr("%1 %2").arg(ConflictModel::entityName(entity), rowId.right(8));
}

} // namespace

QString ConflictModel::entityName(const QString &entity)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("customer"), QT_TR_NOOP("Customer")},
        {QStringLiteral("visit"), QT_TR_NOOP("Visit")},
        {QStringLiteral("order"), QT_TR_NOOP("Order")},
        {QStringLiteral("order_line"), QT_TR_NOOP("Order line")},
        {QStringLiteral("transaction"), QT_TR_NOOP("Ledger entry")},
        {QStringLiteral("audit_entry"), QT_TR_NOOP("Audit entry")},
        {QStringLiteral("user"), QT_TR_NOOP("User")},
        {QStringLiteral("territory"), QT_TR_NOOP("Territory")},
        {QStringLiteral("agent"), QT_TR_NOOP("Agent")},
        {QStringLiteral("agent_territory"), QT_TR_NOOP("Agent's territory")},
        {QStringLiteral("manager_territory"), QT_TR_NOOP("Manager's territory")},
        {QStringLiteral("price_list"), QT_TR_NOOP("Price list")},
        {QStringLiteral("price_list_item"), QT_TR_NOOP("Price")},
        {QStringLiteral("product"), QT_TR_NOOP("Product")},
        {QStringLiteral("company_profile"), QT_TR_NOOP("Company profile")},
        {QStringLiteral("sales_target"), QT_TR_NOOP("Sales target")},
    };
    const auto it = names.constFind(entity);
    return it == names.cend() ? entity : tr(*it);
}

QString ConflictModel::fieldName(const QString &entity, const QString &field)
{
    static const QHash<QString, const char *> known = {
        {QStringLiteral("name"), QT_TR_NOOP("name")},
        {QStringLiteral("contact_person"), QT_TR_NOOP("contact person")},
        {QStringLiteral("phone"), QT_TR_NOOP("phone")},
        {QStringLiteral("email"), QT_TR_NOOP("e-mail")},
        {QStringLiteral("street"), QT_TR_NOOP("street")},
        {QStringLiteral("postal_code"), QT_TR_NOOP("postal code")},
        {QStringLiteral("city"), QT_TR_NOOP("city")},
        {QStringLiteral("notes"), QT_TR_NOOP("notes")},
        {QStringLiteral("credit_limit_minor"), QT_TR_NOOP("credit limit (minor units)")},
        {QStringLiteral("status"), QT_TR_NOOP("status")},
        {QStringLiteral("planned_at"), QT_TR_NOOP("planned time")},
        {QStringLiteral("outcome"), QT_TR_NOOP("outcome")},
        {QStringLiteral("follow_up"), QT_TR_NOOP("follow-up")},
        {QStringLiteral("country_code"), QT_TR_NOOP("country")},
        {QStringLiteral("payment_terms_days"), QT_TR_NOOP("payment terms")},
        {QStringLiteral("latitude"), QT_TR_NOOP("latitude")},
        {QStringLiteral("longitude"), QT_TR_NOOP("longitude")},
        {QStringLiteral("territory_id"), QT_TR_NOOP("territory")},
        {QStringLiteral("price_list_id"), QT_TR_NOOP("price list")},
        {QStringLiteral("cancel_reason"), QT_TR_NOOP("cancellation reason")},
        {QStringLiteral("quantity_milli"), QT_TR_NOOP("quantity (thousandths)")},
        {QStringLiteral("discount_minor"), QT_TR_NOOP("discount (minor units)")},
        {QStringLiteral("status_reason"), QT_TR_NOOP("reason for the status")},
        // Amounts the audit log shows as money (the "_minor" cut off).
        {QStringLiteral("credit_limit"), QT_TR_NOOP("credit limit")},
        {QStringLiteral("total"), QT_TR_NOOP("total")},
        {QStringLiteral("amount"), QT_TR_NOOP("amount")},
        {QStringLiteral("reason"), QT_TR_NOOP("reason")},
        {QStringLiteral("username"), QT_TR_NOOP("username")},
        {QStringLiteral("display_name"), QT_TR_NOOP("name")},
        {QStringLiteral("role"), QT_TR_NOOP("role")},
        {QStringLiteral("active"), QT_TR_NOOP("active")},
        {QStringLiteral("code"), QT_TR_NOOP("code")},
        {QStringLiteral("kind"), QT_TR_NOOP("kind")},
        {QStringLiteral("outside_geofence"), QT_TR_NOOP("outside the geofence")},
        {QStringLiteral("check_in_distance_m"), QT_TR_NOOP("distance from the customer (m)")},
        {QStringLiteral("check_in_reason"), QT_TR_NOOP("reason given at check-in")},
    };
    Q_UNUSED(entity)
    const auto it = known.constFind(field);
    if (it != known.cend()) {
        return tr(*it);
    }
    QString text = field;
    return text.replace(u'_', u' ');
}

QString ConflictModel::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return tr("(empty)");
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString().isEmpty() ? tr("(empty)") : value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return tr("(structured value)");
    }
    return {};
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Sync::ConflictRecord &c = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When:
            return when(c.createdAt);
        case Record:
            return tr("%1 %2").arg(entityName(c.entity), c.rowId.right(8));
        case Field:
            return fieldName(c.entity, c.field);
        case Base:
            return valueText(c.base);
        case Mine:
            return valueText(c.mine);
        case Theirs:
            return valueText(c.theirs);
        case Resolution:
            if (c.open) {
                return tr("Waiting for you");
            }
            switch (c.resolution) {
            case SalesSync::Resolution::Mine:
                return tr("Yours kept");
            case SalesSync::Resolution::Theirs:
                return tr("Server's kept");
            case SalesSync::Resolution::Manual:
                return tr("Decided by you");
            case SalesSync::Resolution::Rejected:
                break;
            }
            return tr("Refused");
        }
        return {};
    }
    if (role == Qt::FontRole && c.open) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Theme::ToneRole && index.column() == Resolution) {
        return int(c.open ? Tone::Danger : Tone::Neutral);
    }
    return {};
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return RowListModel::headerData(section, orientation, role);
    }
    switch (section) {
    case When:
        return tr("When");
    case Record:
        return tr("Record");
    case Field:
        return tr("Field");
    case Base:
        return tr("Before");
    case Mine:
        return tr("Yours");
    case Theirs:
        return tr("Server's");
    case Resolution:
        return tr("Outcome");
    default:
        return {};
    }
}

QVariant QuarantineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Sync::QuarantinedOp &q = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case When:
            return when(q.quarantinedAt);
        case Record:
            return recordLabel(q.op.entity, q.op.rowId, q.op.fields);
        case Change: {
            QStringList fields = q.op.fields.keys();
            const QString what = q.op.op == u"create"   ? tr("created")
                                 : q.op.op == u"delete" ? tr("deleted")
                                                        : tr("changed");
            for (QString &f : fields) {
                f = ConflictModel::fieldName(q.op.entity, f);
            }
            return q.op.op == u"update" ? tr("%1: %2").arg(what, fields.join(QStringLiteral(", "))) : what;
        }
        case Reason:
            return Sync::RejectionText::describe(
                q.code, q.message, q.field.isEmpty() ? QString() : ConflictModel::fieldName(q.op.entity, q.field));
        }
    }
    return {};
}

QVariant QuarantineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return RowListModel::headerData(section, orientation, role);
    }
    switch (section) {
    case When:
        return tr("When");
    case Record:
        return tr("Record");
    case Change:
        return tr("Change");
    case Reason:
        return tr("Why it was refused");
    default:
        return {};
    }
}

} // namespace SalesSync
