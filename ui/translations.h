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
    // installed before) and makes the locale the default for numbers, money and dates.
    static void install(const QLocale &locale);
    // The languages SalesSync speaks, as QLocale names ("en", "de"), with their own names.
    static QList<std::pair<QString, QString>> languages();
};

} // namespace SalesSync
