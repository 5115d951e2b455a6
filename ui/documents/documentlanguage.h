#pragma once

#include "core/domain/customer.h"
#include "core/money.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace SalesSync {

// The language and formats of a document sent to a customer, which need not be the language of
// the screens: labels, units, numbers, money and dates all follow it.
class DocumentLanguage final {
public:
    // A customer's: their own document language, else their country's main language; English
    // where SalesSync does not speak it. Numbers follow the language as used in their country.
    static DocumentLanguage forCustomer(const Customer &customer);

    explicit DocumentLanguage(const QLocale &locale);

    // A document text (context SalesSync::Documents; lupdate finds `x.tr("…")` in Documents'
    // member functions), with the plural form for n where given.
    QString tr(const char *source, const char *disambiguation = nullptr, int n = -1) const;
    // A unit's abbreviation ("pc" -> "Stk.").
    QString unit(const QString &code) const;
    // One of the screens' texts (DisplayText's sources, like "Bank transfer") in this language.
    QString displayText(const char *source) const;
    QString money(const Money &amount) const { return amount.format(m_locale); }
    QString date(const QDate &date) const; // with the four-digit year
    QString quantity(qint64 milli) const;
    // A quantity with its unit: "1 case", "2.5 cases", "12 Stk.".
    QString quantityOf(qint64 milli, const QString &unitCode) const;
    QString percent(int basisPoints) const; // "19 %", "7,5 %"
    const QLocale &locale() const { return m_locale; }
    QString code() const; // "de", "en"

private:
    // The translation with "%n" left in it.
    QString translateRaw(const char *context, const char *source, const char *disambiguation, int n) const;
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const;

    QLocale m_locale;
    std::shared_ptr<QTranslator> m_translator;
};

} // namespace SalesSync
