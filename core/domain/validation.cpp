#include "core/domain/validation.h"

#include "core/uuidv7.h"

#include <QRegularExpression>

namespace SalesSync::Validation {

namespace {

bool hasControlCharacters(const QString &value, bool allowLineBreaks)
{
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control && !(allowLineBreaks && (c == u'\n' || c == u'\t'))) {
            return true;
        }
    }
    return false;
}

bool isUuid(const QString &id)
{
    // Ids from this device are UUIDv7; ids made by the server or imported may be any version,
    // but always a canonical lower-case UUID.
    return id.size() == 36 && id == id.toLower() && !QUuid::fromString(id).isNull();
}

} // namespace

void requireId(QList<FieldError> &errors, const QString &field, const QString &id)
{
    if (id.isEmpty()) {
        errors << FieldError{field, tr("is required")};
    } else if (!isUuid(id)) {
        errors << FieldError{field, tr("is not a valid id")};
    }
}

void optionalId(QList<FieldError> &errors, const QString &field, const QString &id)
{
    if (!id.isEmpty()) {
        requireId(errors, field, id);
    }
}

void requireText(QList<FieldError> &errors, const QString &field, const QString &value, int maxLength)
{
    if (value.trimmed().isEmpty()) {
        errors << FieldError{field, tr("is required")};
        return;
    }
    limitText(errors, field, value, maxLength);
    if (hasControlCharacters(value, false)) {
        errors << FieldError{field, tr("contains control characters")};
    }
}

void limitText(QList<FieldError> &errors, const QString &field, const QString &value, int maxLength)
{
    if (value.size() > maxLength) {
        errors << FieldError{field, tr("is longer than %1 characters").arg(maxLength)};
    } else if (hasControlCharacters(value, true)) {
        errors << FieldError{field, tr("contains control characters")};
    }
}

void optionalEmail(QList<FieldError> &errors, const QString &field, const QString &value)
{
    if (value.isEmpty()) {
        return;
    }
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (value.size() > 254 || !pattern.match(value).hasMatch()) {
        errors << FieldError{field, tr("is not a valid e-mail address")};
    }
}

void optionalPhone(QList<FieldError> &errors, const QString &field, const QString &value)
{
    if (value.isEmpty()) {
        return;
    }
    static const QRegularExpression pattern(QStringLiteral(R"(^\+?[0-9 ()./-]{3,32}$)"));
    if (!pattern.match(value).hasMatch()) {
        errors << FieldError{field, tr("is not a valid phone number (digits, spaces and + ( ) - / . only)")};
    }
}

void requireCurrency(QList<FieldError> &errors, const QString &field, const Currency &currency)
{
    if (!currency.isValid()) {
        errors << FieldError{field, tr("is not an ISO 4217 currency code")};
    }
}

void requireNonNegative(QList<FieldError> &errors, const QString &field, const Money &amount)
{
    if (!amount.currency().isValid()) {
        errors << FieldError{field, tr("has no valid currency")};
    } else if (amount.isNegative()) {
        errors << FieldError{field, tr("must not be negative")};
    }
}

void requireTaxRate(QList<FieldError> &errors, const QString &field, int basisPoints)
{
    if (basisPoints < 0 || basisPoints > 10000) {
        errors << FieldError{field, tr("must be between 0 % and 100 %")};
    }
}

} // namespace SalesSync::Validation
