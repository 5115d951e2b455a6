#include "core/domain/visit.h"

#include "core/domain/enumtext.h"
#include "core/domain/validation.h"

namespace SalesSync {

namespace {
constexpr std::pair<VisitStatus, const char16_t *> kStatuses[] = {
    {VisitStatus::Planned, u"planned"},     {VisitStatus::CheckedIn, u"checked_in"},
    {VisitStatus::Completed, u"completed"}, {VisitStatus::Cancelled, u"cancelled"},
    {VisitStatus::Missed, u"missed"},
};
constexpr std::pair<PositionSource, const char16_t *> kSources[] = {
    {PositionSource::Gps, u"gps"},
    {PositionSource::Network, u"network"},
    {PositionSource::Manual, u"manual"},
};
} // namespace

QString visitStatusToText(VisitStatus status)
{
    return enumToText(kStatuses, status);
}

std::optional<VisitStatus> visitStatusFromText(QStringView text)
{
    return enumFromText(kStatuses, text);
}

QStringList visitStatusTexts()
{
    return enumTexts(kStatuses);
}

QString positionSourceToText(PositionSource source)
{
    return enumToText(kSources, source);
}

std::optional<PositionSource> positionSourceFromText(QStringView text)
{
    return enumFromText(kSources, text);
}

QStringList positionSourceTexts()
{
    return enumTexts(kSources);
}

QList<FieldError> Visit::validate() const
{
    using namespace Validation;
    QList<FieldError> errors;
    requireId(errors, QStringLiteral("id"), id);
    requireId(errors, QStringLiteral("customerId"), customerId);
    requireId(errors, QStringLiteral("agentId"), agentId);
    if (!plannedAt.isValid()) {
        errors << FieldError{QStringLiteral("plannedAt"), tr("is required")};
    }
    limitText(errors, QStringLiteral("outcome"), outcome, 200);
    limitText(errors, QStringLiteral("notes"), notes, 4000);
    limitText(errors, QStringLiteral("followUp"), followUp, 2000);

    const bool needsCheckIn = status == VisitStatus::CheckedIn || status == VisitStatus::Completed;
    if (needsCheckIn && !checkIn) {
        errors << FieldError{QStringLiteral("checkIn"), tr("is required once a visit is checked in")};
    }
    if (checkIn) {
        if (!checkIn->at.isValid()) {
            errors << FieldError{QStringLiteral("checkIn.at"), tr("is required")};
        }
        if (checkIn->position && !checkIn->position->isValid()) {
            errors << FieldError{QStringLiteral("checkIn.position"), tr("is not a valid position")};
        }
        if (checkIn->source != PositionSource::Manual && !checkIn->position) {
            errors << FieldError{QStringLiteral("checkIn.position"), tr("is required unless the check-in is manual")};
        }
        if (checkIn->accuracyMetres < 0) {
            errors << FieldError{QStringLiteral("checkIn.accuracy"), tr("must not be negative")};
        }
        if ((checkIn->outsideGeofence || checkIn->source == PositionSource::Manual) &&
            checkIn->reason.trimmed().isEmpty()) {
            errors << FieldError{QStringLiteral("checkIn.reason"),
                                 checkIn->outsideGeofence
                                     ? tr("is required for a check-in outside the customer's geofence")
                                     : tr("is required for a manual check-in")};
        }
        limitText(errors, QStringLiteral("checkIn.reason"), checkIn->reason, 500);
    }
    if (status == VisitStatus::Completed && !checkedOutAt.isValid()) {
        errors << FieldError{QStringLiteral("checkedOutAt"), tr("is required for a completed visit")};
    }
    if (checkIn && checkedOutAt.isValid() && checkedOutAt < checkIn->at) {
        errors << FieldError{QStringLiteral("checkedOutAt"), tr("cannot be before the check-in")};
    }
    if (status == VisitStatus::Cancelled && cancelReason.trimmed().isEmpty()) {
        errors << FieldError{QStringLiteral("cancelReason"), tr("is required to cancel a visit")};
    }
    return errors;
}

} // namespace SalesSync
