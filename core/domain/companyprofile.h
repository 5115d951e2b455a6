#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace SalesSync {

// The company that sends the documents: the letterhead, the footer with the legal and bank
// details, and the logo. Admins maintain it; it syncs to every device like the catalogue. A
// workspace has one (the most recently changed, should there ever be more).
struct CompanyProfile {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::CompanyProfile)

public:
    QString id;
    QString name;
    QString street;
    QString postalCode;
    QString city;
    QString countryCode; // ISO 3166-1 alpha-2
    QString phone;
    QString email;
    QString website;
    QString vatId;        // "DE123456789"
    QString registration; // the legal lines: court and register number, managing directors
    QString bankName;
    QString iban;
    QString bic;
    QByteArray logo; // the image file's bytes: PNG, JPEG or SVG; empty for none
    qint64 serverVersion = 0;

    static constexpr qsizetype kMaximumLogoBytes = qsizetype(256) * 1024;

    // "Street · 12345 City": the sender line above a window envelope's address.
    QString senderLine() const;
    QList<FieldError> validate() const;
};

enum class LogoFormat { Png, Jpeg, Svg };

// What kind of image the logo's bytes are, by their signature; none for anything else.
std::optional<LogoFormat> logoFormat(const QByteArray &data);

// Whether an IBAN's check digits are right (ISO 13616: the number mod 97 is 1). Spaces and
// letter case are ignored.
bool ibanIsValid(const QString &iban);

} // namespace SalesSync
