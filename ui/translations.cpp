#include "ui/translations.h"

#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace SalesSync {

namespace {
QPointer<QTranslator> s_qt;
QPointer<QTranslator> s_own;
} // namespace

void Translations::install(const QLocale &locale)
{
    QLocale::setDefault(locale);
    for (QPointer<QTranslator> *slot : {&s_qt, &s_own}) {
        if (*slot) {
            QCoreApplication::removeTranslator(*slot);
            delete slot->data();
        }
    }
    s_qt = new QTranslator(QCoreApplication::instance());
    if (s_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(s_qt);
    }
    s_own = new QTranslator(QCoreApplication::instance());
    if (s_own->load(locale, QStringLiteral("salessync"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(s_own);
    }
}

QList<std::pair<QString, QString>> Translations::languages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

} // namespace SalesSync
