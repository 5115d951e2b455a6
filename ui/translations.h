#pragma once

#include <QCoreApplication>
#include <QLocale>

namespace SalesSync {

// The app's languages. SalesSync's own texts are written in English; German is a full
// translation, and English has a small file of its own for plural forms ("1 visit", "2 visits").
class Translations final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Translations)

public:
    // Installs Qt's and SalesSync's translations for the locale's language (replacing any
    // installed before) and makes the locale the default for numbers, money and dates. A
    // language SalesSync does not speak gets English texts (with their plural forms).
    static void install(const QLocale &locale);
    // The languages SalesSync speaks, as QLocale names ("en", "de"), with their own names.
    static QList<std::pair<QString, QString>> languages();
    // The language SalesSync's texts are in for a locale: its own if SalesSync speaks it, else "en".
    static QString textLanguage(const QLocale &locale);
    // A language's name in the language of the screens ("German" in English).
    static QString languageName(const QString &code);
};

} // namespace SalesSync
