#include "core/domain/customer.h"
#include "core/rules/workflow.h"
#include "core/store/database.h"
#include "sync/client/syncstatus.h"
#include "ui/mainwindow.h"
#include "ui/pages/settingspage.h"
#include "ui/translations.h"
#include "ui/workspace.h"

#include <QComboBox>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace SalesSync;

namespace {

struct Entry {
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form (German: singular, plural)
    bool unfinished = false;
};

QList<Entry> readTs(const QString &path)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            entry = Entry{context, {}, {}, false};
        } else if (xml.name() == u"source") {
            entry.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            entry.unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
            // Plain text, or <numerusform> elements for the plural forms of a %n message.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) {
                    text += xml.text();
                } else if (xml.isStartElement() && xml.name() == u"numerusform") {
                    entry.translations << xml.readElementText();
                } else if (xml.isEndElement() && xml.name() == u"translation") {
                    break;
                }
            }
            if (entry.translations.isEmpty()) {
                entry.translations << text;
            }
            entries << entry;
        }
    }
    return xml.hasError() ? QList<Entry>() : entries;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%\\d+"));
    QStringList found;
    for (const QRegularExpressionMatch &m : pattern.globalMatch(text)) {
        found << m.captured();
    }
    found.sort();
    return found;
}

QString lookup(const QList<Entry> &entries, const QString &context, const QString &source)
{
    for (const Entry &e : entries) {
        if (e.context == context && e.source == source) {
            return e.translations.value(0);
        }
    }
    return {};
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void germanIsComplete();
    void germanAtRunTime();
    void englishPluralsAreComplete();
    void otherLanguagesGetEnglishTexts();
    void cleanupTestCase();

private:
    QList<Entry> m_entries;
    QTranslator m_translator;
};

void TestTranslations::initTestCase()
{
    m_entries = readTs(QStringLiteral(SALESSYNC_TS_DE));
    QVERIFY2(m_entries.size() > 150, "translations/salessync_de.ts is missing, unreadable or nearly empty");
}

void TestTranslations::germanIsComplete()
{
    for (const Entry &e : std::as_const(m_entries)) {
        const QString where = e.context + QStringLiteral(": ") + e.source;
        QVERIFY2(!e.unfinished, qPrintable(QStringLiteral("untranslated: ") + where));
        for (const QString &translation : e.translations) {
            QVERIFY2(!translation.trimmed().isEmpty(), qPrintable(QStringLiteral("untranslated: ") + where));
            QVERIFY2(placeholders(e.source) == placeholders(translation),
                     qPrintable(QStringLiteral("placeholders differ: ") + where));
            QVERIFY2(e.source.count(u'&') == translation.count(u'&'),
                     qPrintable(QStringLiteral("mnemonics differ: ") + where));
        }
    }
}

void TestTranslations::germanAtRunTime()
{
    QVERIFY(m_translator.load(QStringLiteral(":/i18n/salessync_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&m_translator));

    // A status line of the sync client, with its plural forms.
    Sync::SyncStatus status;
    status.onOnline(false);
    status.onPending(Sync::PendingSummary{3, QDateTime::currentDateTimeUtc(), 0, 0});
    QCOMPARE(status.summaryText(), QStringLiteral("Offline — 3 Änderungen warten"));
    status.onPending(Sync::PendingSummary{1, QDateTime::currentDateTimeUtc(), 0, 0});
    QCOMPARE(status.summaryText(), QStringLiteral("Offline — 1 Änderung wartet"));

    // A rule message from core.
    Customer c;
    const QList<FieldError> errors = c.validate();
    QString nameMessage;
    for (const FieldError &e : errors) {
        if (e.field == u"name") {
            nameMessage = e.message;
        }
    }
    const QString required = lookup(m_entries, QStringLiteral("SalesSync::Validation"), QStringLiteral("is required"));
    QVERIFY(!required.isEmpty());
    QCOMPARE(nameMessage, required);
    const Status s = Workflow::checkOrderTransition(OrderStatus::Draft, OrderStatus::Approved);
    QVERIFY(s.error().message().contains(
        lookup(m_entries, QStringLiteral("SalesSync::Workflow"), QStringLiteral("it must be submitted first"))));

    // The main window.
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(QStringLiteral("p.db")));
    QVERIFY(db.ok());
    MainWindow window(
        std::make_unique<Workspace>(Profile{QStringLiteral("p"), {}, {}, {}}, std::move(db).value(), nullptr));
    QCOMPARE(window.sections().at(1),
             lookup(m_entries, QStringLiteral("SalesSync::MainWindow"), QStringLiteral("Customers")));
    QVERIFY(window.sections().at(1) != QStringLiteral("Customers"));
}

void TestTranslations::englishPluralsAreComplete()
{
    // The English file holds only the plural forms; one left empty shows "visit(s)".
    const QList<Entry> english = readTs(QStringLiteral(SALESSYNC_TS_EN));
    QVERIFY(english.size() > 10);
    for (const Entry &e : english) {
        const QString where = e.context + QStringLiteral(": ") + e.source;
        QVERIFY2(!e.unfinished, qPrintable(QStringLiteral("no English plural forms: ") + where));
        QCOMPARE(e.translations.size(), 2);
        for (const QString &form : e.translations) {
            QVERIFY2(!form.contains(QStringLiteral("(s)")), qPrintable(where));
        }
    }
}

void TestTranslations::otherLanguagesGetEnglishTexts()
{
    // A language SalesSync does not speak (or the C locale) gets the English texts, plural
    // forms included, and Settings names the language it falls back to.
    QCoreApplication::removeTranslator(&m_translator);
    for (const QLocale &locale : {QLocale::c(), QLocale(QLocale::French, QLocale::France)}) {
        Translations::install(locale);
        QCOMPARE(Translations::textLanguage(locale), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("SalesSync::TodayPage", "%n visit(s)", nullptr, 1),
                 QStringLiteral("1 visit"));
        QCOMPARE(QCoreApplication::translate("SalesSync::TodayPage", "%n visit(s)", nullptr, 4),
                 QStringLiteral("4 visits"));
    }
    QCOMPARE(Translations::textLanguage(QLocale(QLocale::German, QLocale::Austria)), QStringLiteral("de"));
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(QStringLiteral("p.db")));
    QVERIFY(db.ok());
    MainWindow window(
        std::make_unique<Workspace>(Profile{QStringLiteral("p"), {}, {}, {}}, std::move(db).value(), nullptr));
    const QString system = window.settings()->languageField()->itemText(0);
    QVERIFY2(QRegularExpression(QStringLiteral("^As the system \\((English|German)\\)$")).match(system).hasMatch(),
             qPrintable(system));
    Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestTranslations::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
