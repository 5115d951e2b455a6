#include "core/domain/companyprofile.h"

#include "core/domain/validation.h"

namespace SalesSync {

QString CompanyProfile::senderLine() const
{
    QStringList parts{name, street, QString(postalCode + u' ' + city).trimmed()};
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

QList<FieldError> CompanyProfile::validate() const
{
    using namespace Validation;
    QList<FieldError> errors;
    requireText(errors, QStringLiteral("name"), name);
    for (const auto &[field, value] :
         {std::pair{"street", &street}, std::pair{"postalCode", &postalCode}, std::pair{"city", &city},
          std::pair{"website", &website}, std::pair{"vatId", &vatId}, std::pair{"bankName", &bankName},
          std::pair{"bic", &bic}}) {
        limitText(errors, QString::fromLatin1(field), *value, 200);
    }
    limitText(errors, QStringLiteral("registration"), registration, 1000);
    optionalEmail(errors, QStringLiteral("email"), email);
    optionalPhone(errors, QStringLiteral("phone"), phone);
    if (!countryCode.isEmpty() && (countryCode.size() != 2 || countryCode.toUpper() != countryCode)) {
        errors << FieldError{QStringLiteral("countryCode"),
                             tr("must be a two-letter ISO 3166 country code in capitals, like DE")};
    }
    if (!iban.isEmpty() && !ibanIsValid(iban)) {
        errors << FieldError{QStringLiteral("iban"), tr("is not a valid IBAN (its check digits do not match)")};
    }
    if (!logo.isEmpty() && !logoFormat(logo)) {
        errors << FieldError{QStringLiteral("logo"), tr("must be a PNG, JPEG or SVG image")};
    } else if (logo.size() > kMaximumLogoBytes) {
        errors << FieldError{QStringLiteral("logo"), tr("is %1 KB; a logo may have at most %2 KB")
                                                         .arg((logo.size() + 1023) / 1024)
                                                         .arg(kMaximumLogoBytes / 1024)};
    }
    return errors;
}

std::optional<LogoFormat> logoFormat(const QByteArray &data)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n")) {
        return LogoFormat::Png;
    }
    if (data.startsWith("\xff\xd8\xff")) {
        return LogoFormat::Jpeg;
    }
    QByteArray text = data.left(4096);
    if (text.startsWith("\xef\xbb\xbf")) {
        text.remove(0, 3); // a byte-order mark
    }
    text = text.trimmed();
    if (text.startsWith('<') && text.contains("<svg")) {
        return LogoFormat::Svg;
    }
    return std::nullopt;
}

bool ibanIsValid(const QString &iban)
{
    QString compact = iban.toUpper();
    compact.remove(u' ');
    if (compact.size() < 15 || compact.size() > 34) {
        return false;
    }
    const QString rearranged = compact.mid(4) + compact.left(4);
    int remainder = 0;
    for (const QChar c : rearranged) {
        int value = 0;
        if (c >= u'0' && c <= u'9') {
            value = c.unicode() - u'0';
            remainder = (remainder * 10 + value) % 97;
        } else if (c >= u'A' && c <= u'Z') {
            value = c.unicode() - u'A' + 10;
            remainder = (remainder * 100 + value) % 97;
        } else {
            return false;
        }
    }
    return remainder == 1;
}

} // namespace SalesSync
