#include "core/domain/customer.h"
#include "core/rules/workflow.h"
#include "core/store/database.h"
#include "ui/mainwindow.h"

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
    QString translation;
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
            entry.translation = xml.readElementText();
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
            return e.translation;
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
        QVERIFY2(!e.unfinished && !e.translation.isEmpty(), qPrintable(QStringLiteral("untranslated: ") + where));
        QVERIFY2(placeholders(e.source) == placeholders(e.translation),
                 qPrintable(QStringLiteral("placeholders differ: ") + where));
        QVERIFY2(e.source.count(u'&') == e.translation.count(u'&'),
                 qPrintable(QStringLiteral("mnemonics differ: ") + where));
    }
}

void TestTranslations::germanAtRunTime()
{
    QVERIFY(m_translator.load(QStringLiteral(":/i18n/salessync_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&m_translator));

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
    MainWindow window(std::move(db).value(), QStringLiteral("p"));
    QCOMPARE(window.sections().at(2),
             lookup(m_entries, QStringLiteral("SalesSync::MainWindow"), QStringLiteral("Customers")));
    QVERIFY(window.sections().at(2) != QStringLiteral("Customers"));
}

void TestTranslations::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
