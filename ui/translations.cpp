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
    if (s_own->load(QStringLiteral(":/i18n/salessync_%1").arg(textLanguage(locale)))) {
        QCoreApplication::installTranslator(s_own);
    }
}

QString Translations::textLanguage(const QLocale &locale)
{
    for (const auto &[code, name] : languages()) {
        if (QLocale(code).language() == locale.language()) {
            return code;
        }
    }
    return QStringLiteral("en");
}

QString Translations::languageName(const QString &code)
{
    if (code == u"de") {
        return tr("German");
    }
    return tr("English");
}

QList<std::pair<QString, QString>> Translations::languages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

} // namespace SalesSync
