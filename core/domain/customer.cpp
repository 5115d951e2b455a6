#include "core/domain/customer.h"

#include "core/domain/enumtext.h"
#include "core/domain/validation.h"

#include <QRegularExpression>

namespace SalesSync {

namespace {
constexpr std::pair<CustomerStatus, const char16_t *> kStatuses[] = {
    {CustomerStatus::Active, u"active"},
    {CustomerStatus::OnHold, u"on_hold"},
    {CustomerStatus::Inactive, u"inactive"},
};
} // namespace

QString customerStatusToText(CustomerStatus status)
{
    return enumToText(kStatuses, status);
}

std::optional<CustomerStatus> customerStatusFromText(QStringView text)
{
    return enumFromText(kStatuses, text);
}

QStringList customerStatusTexts()
{
    return enumTexts(kStatuses);
}

QList<FieldError> Customer::validate() const
{
    using namespace Validation;
    QList<FieldError> errors;
    requireId(errors, QStringLiteral("id"), id);
    requireText(errors, QStringLiteral("code"), code, 32);
    requireText(errors, QStringLiteral("name"), name);
    limitText(errors, QStringLiteral("contactPerson"), contactPerson, 200);
    optionalPhone(errors, QStringLiteral("phone"), phone);
    optionalEmail(errors, QStringLiteral("email"), email);
    limitText(errors, QStringLiteral("street"), street, 200);
    limitText(errors, QStringLiteral("postalCode"), postalCode, 16);
    limitText(errors, QStringLiteral("city"), city, 100);
    static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
    if (!countryCode.isEmpty() && !country.match(countryCode).hasMatch()) {
        errors << FieldError{QStringLiteral("countryCode"), tr("must be a two-letter ISO 3166 code such as DE")};
    }
    if (location && !location->isValid()) {
        errors << FieldError{QStringLiteral("location"),
                             tr("must have a latitude from -90 to 90 and a longitude from -180 to 180")};
    }
    requireNonNegative(errors, QStringLiteral("creditLimit"), creditLimit);
    if (paymentTermsDays < 0 || paymentTermsDays > 365) {
        errors << FieldError{QStringLiteral("paymentTermsDays"), tr("must be between 0 and 365 days")};
    }
    optionalId(errors, QStringLiteral("priceListId"), priceListId);
    requireId(errors, QStringLiteral("territoryId"), territoryId);
    limitText(errors, QStringLiteral("notes"), notes, 4000);
    static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2,3}$"));
    if (!language.isEmpty() && !languageCode.match(language).hasMatch()) {
        errors << FieldError{QStringLiteral("language"), tr("must be a language code such as de or en")};
    }
    return errors;
}

} // namespace SalesSync
