#include "core/store/localsettings.h"

#include "core/logging.h"
#include "core/store/database.h"
#include "core/store/writetransaction.h"

namespace SalesSync {

namespace {

const QString kGeofenceKey = QStringLiteral("geofence_radius_m");
const QString kPositionTimeoutKey = QStringLiteral("position_timeout_s");
const QString kCreditPolicyKey = QStringLiteral("credit_policy");

// A stored whole number within its range, or the range's fallback.
Result<int> readInt(Database &database, const QString &key, const SettingRange &range)
{
    const Result<QString> text = database.metaValue(key);
    if (!text) {
        return text.error();
    }
    if (text->isEmpty()) {
        return range.fallback;
    }
    bool ok = false;
    const int value = text->toInt(&ok);
    if (!ok || !range.contains(value)) {
        qCWarning(lcDatabase).noquote() << "setting" << key << "has the unusable value" << *text << "; using"
                                        << range.fallback;
        return range.fallback;
    }
    return value;
}

} // namespace

QList<FieldError> LocalSettings::validate() const
{
    QList<FieldError> errors;
    const auto check = [&](const char *field, int value, const SettingRange &range) {
        if (!range.contains(value)) {
            errors << FieldError{QString::fromLatin1(field),
                                 tr("must be from %1 to %2").arg(range.minimum).arg(range.maximum)};
        }
    };
    check("geofenceRadiusMetres", geofenceRadiusMetres, kGeofenceRadiusMetres);
    check("positionTimeoutSeconds", positionTimeoutSeconds, kPositionTimeoutSeconds);
    return errors;
}

LocalSettingsStore::LocalSettingsStore(Database &database)
    : m_database(database)
{}

Result<LocalSettings> LocalSettingsStore::load()
{
    LocalSettings settings;
    const Result<int> radius = readInt(m_database, kGeofenceKey, LocalSettings::kGeofenceRadiusMetres);
    if (!radius) {
        return radius.error();
    }
    settings.geofenceRadiusMetres = *radius;
    const Result<int> timeout = readInt(m_database, kPositionTimeoutKey, LocalSettings::kPositionTimeoutSeconds);
    if (!timeout) {
        return timeout.error();
    }
    settings.positionTimeoutSeconds = *timeout;
    const Result<QString> policy = m_database.metaValue(kCreditPolicyKey);
    if (!policy) {
        return policy.error();
    }
    settings.creditPolicy = *policy == u"block" ? CreditPolicy::Block : CreditPolicy::Warn;
    return settings;
}

Status LocalSettingsStore::save(const LocalSettings &settings)
{
    if (const QList<FieldError> errors = settings.validate(); !errors.isEmpty()) {
        return Error::validation(errors);
    }
    WriteTransaction tx(m_database.connection());
    if (const Status s = tx.status(); !s) {
        return s;
    }
    const QList<std::pair<QString, QString>> values = {
        {kGeofenceKey, QString::number(settings.geofenceRadiusMetres)},
        {kPositionTimeoutKey, QString::number(settings.positionTimeoutSeconds)},
        {kCreditPolicyKey,
         settings.creditPolicy == CreditPolicy::Block ? QStringLiteral("block") : QStringLiteral("warn")}};
    for (const auto &[key, value] : values) {
        if (const Status s = m_database.setMetaValue(key, value); !s) {
            return s;
        }
    }
    return tx.commit();
}

} // namespace SalesSync
