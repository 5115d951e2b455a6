#include "ui/documents/documentlanguage.h"

#include "ui/displaytext.h"
#include "ui/translations.h"

#include <QRegularExpression>
#include <QTranslator>

namespace SalesSync {

DocumentLanguage DocumentLanguage::forCustomer(const Customer &customer)
{
    const QLocale::Territory country = QLocale::codeToTerritory(customer.countryCode);
    if (!customer.language.isEmpty()) {
        const QLocale::Language language = QLocale::codeToLanguage(customer.language);
        if (language != QLocale::AnyLanguage) {
            return DocumentLanguage(QLocale(language, country));
        }
    }
    if (country != QLocale::AnyTerritory) {
        return DocumentLanguage(QLocale(QLocale::AnyLanguage, country));
    }
    return DocumentLanguage(QLocale());
}

DocumentLanguage::DocumentLanguage(const QLocale &locale)
    : m_locale(locale)
    , m_translator(std::make_shared<QTranslator>())
{
    // A language without a translation file of its own reads English (whose file has the plurals).
    if (!m_translator->load(QStringLiteral(":/i18n/salessync_%1").arg(code()))) {
        m_translator.reset();
    }
}

QString DocumentLanguage::code() const
{
    return Translations::textLanguage(m_locale);
}

QString DocumentLanguage::translateRaw(const char *context, const char *source, const char *disambiguation, int n) const
{
    const QString text = m_translator ? m_translator->translate(context, source, disambiguation, n) : QString();
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

QString DocumentLanguage::translate(const char *context, const char *source, const char *disambiguation, int n) const
{
    QString text = translateRaw(context, source, disambiguation, n);
    if (n >= 0) {
        text.replace(QStringLiteral("%n"), m_locale.toString(n));
    }
    return text;
}

QString DocumentLanguage::tr(const char *source, const char *disambiguation, int n) const
{
    return translate("SalesSync::Documents", source, disambiguation, n);
}

QString DocumentLanguage::unit(const QString &code) const
{
    const char *source = DisplayText::unitSource(code);
    return source ? displayText(source) : code;
}

QString DocumentLanguage::displayText(const char *source) const
{
    return source ? translate("SalesSync::DisplayText", source, nullptr, -1) : QString();
}

QString DocumentLanguage::date(const QDate &date) const
{
    QString format = m_locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy"))) {
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    }
    return m_locale.toString(date, format);
}

QString DocumentLanguage::quantity(qint64 milli) const
{
    return DisplayText::quantity(milli, m_locale);
}

QString DocumentLanguage::quantityOf(qint64 milli, const QString &unitCode) const
{
    const QString count = quantity(milli);
    if (const char *source = DisplayText::countedUnitSource(unitCode)) {
        // The plural form for the count as written: one for exactly 1, the other for 2.5 or 0.
        const QString text = translateRaw("SalesSync::DisplayText", source, nullptr, milli == 1000 ? 1 : 2);
        return QString(text).replace(QStringLiteral("%n "), count + QChar(0x00A0)).replace(QStringLiteral("%n"), count);
    }
    return QString(count + QChar(0x00A0) + unit(unitCode)).trimmed();
}

QString DocumentLanguage::percent(int basisPoints) const
{
    const QString number =
        basisPoints % 100 == 0
            ? m_locale.toString(basisPoints / 100)
            : m_locale.toString(basisPoints / 100.0, 'f', 2).remove(QRegularExpression(QStringLiteral("0$")));
    return number + QChar(0x00A0) + m_locale.percent();
}

} // namespace SalesSync
