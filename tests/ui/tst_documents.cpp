// The documents sent to customers, rendered to PDF and read back with poppler's pdftotext
// (-bbox-layout: every word with its box), the way a customer's PDF reader sees them.
#include "core/domain/companyprofile.h"
#include "core/rules/ordercalculator.h"
#include "ui/documents/documentlanguage.h"
#include "ui/documents/documents.h"
#include "ui/translations.h"

#include <QApplication>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QXmlStreamReader>
#include <QtConcurrent/QtConcurrentRun>

using namespace SalesSync;

namespace {

struct Word {
    QString text;
    QRectF box; // points, from the page's top left
};

struct Page {
    QList<Word> words;

    // The words on the text line through y (their boxes' vertical middles within 2 pt).
    QList<Word> lineAt(qreal y) const
    {
        QList<Word> line;
        for (const Word &w : words) {
            if (std::abs(w.box.center().y() - y) < 2) {
                line << w;
            }
        }
        std::sort(line.begin(), line.end(), [](const Word &a, const Word &b) { return a.box.left() < b.box.left(); });
        return line;
    }
    QString lineText(qreal y) const
    {
        QStringList texts;
        for (const Word &w : lineAt(y)) {
            texts << w.text;
        }
        return texts.join(u' ');
    }
    const Word *find(const QString &text) const
    {
        const auto it = std::find_if(words.cbegin(), words.cend(), [&](const Word &w) { return w.text == text; });
        return it == words.cend() ? nullptr : &*it;
    }
};

// Whether two words on the page touch (the first pair found), for the message.
QString overlap(const Page &page)
{
    for (qsizetype i = 0; i < page.words.size(); ++i) {
        for (qsizetype j = i + 1; j < page.words.size(); ++j) {
            const QRectF a = page.words.at(i).box.adjusted(-0.5, 0, 0.5, 0);
            const QRectF b = page.words.at(j).box.adjusted(-0.5, 0, 0.5, 0);
            if (a.intersects(b)) {
                return page.words.at(i).text + QStringLiteral(" / ") + page.words.at(j).text;
            }
        }
    }
    return {};
}

QList<Page> extract(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox-layout"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning() << "pdftotext failed:" << process.readAllStandardError();
        return {};
    }
    QList<Page> pages;
    QXmlStreamReader xml(process.readAllStandardOutput());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == u"page") {
            pages.append(Page());
        } else if (xml.name() == u"word" && !pages.isEmpty()) {
            const auto a = xml.attributes();
            const QPointF topLeft(a.value(QLatin1String("xMin")).toDouble(), a.value(QLatin1String("yMin")).toDouble());
            const QPointF bottomRight(a.value(QLatin1String("xMax")).toDouble(),
                                      a.value(QLatin1String("yMax")).toDouble());
            pages.last().words.append(Word{xml.readElementText(), QRectF(topLeft, bottomRight)});
        }
    }
    return pages;
}

Money parseAmount(const QString &text)
{
    const Result<Money> m = Money::parse(text, Currency::eur(), QLocale(QLocale::German, QLocale::Germany));
    return m ? *m : Money(-1, Currency::eur());
}

CompanyProfile company()
{
    CompanyProfile p;
    p.name = QStringLiteral("Nordwind Getränke & Feinkost GmbH");
    p.street = QStringLiteral("Am Sandtorkai 41");
    p.postalCode = QStringLiteral("20457");
    p.city = QStringLiteral("Hamburg");
    p.countryCode = QStringLiteral("DE");
    p.phone = QStringLiteral("+49 40 3250 7700");
    p.email = QStringLiteral("service@nordwind.example");
    p.vatId = QStringLiteral("DE812345674");
    p.registration = QStringLiteral("Amtsgericht Hamburg HRB 123456");
    p.bankName = QStringLiteral("Hamburger Sparkasse");
    p.iban = QStringLiteral("DE89 3704 0044 0532 0130 00");
    p.bic = QStringLiteral("HASPDEHHXXX");
    p.logo = QByteArrayLiteral(R"(<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64">)"
                               R"(<rect width="64" height="64" fill="#1d5fa8"/></svg>)");
    return p;
}

Customer customer(const QString &language)
{
    Customer c;
    c.id = QStringLiteral("0190a1b2-0000-7000-8000-00000000c001");
    c.code = QStringLiteral("C000042");
    c.name = QStringLiteral("Getränkemarkt Müller-Lüdenscheidt & Söhne");
    c.contactPerson = QStringLiteral("Anna Müller");
    c.street = QStringLiteral("Lindenstraße 12");
    c.postalCode = QStringLiteral("50667");
    c.city = QStringLiteral("Köln");
    c.countryCode = QStringLiteral("DE");
    c.language = language;
    c.creditLimit = Money(0, Currency::eur());
    c.paymentTermsDays = 14;
    return c;
}

} // namespace

class TestDocuments : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void orderConfirmationLayout();
    void englishCustomerGetsEnglish();
    void longTextsStayOnThePaper();
    void statementAndReceipt();
    void fileNamesInTheScreensLanguage();
    void writtenOnAWorkerThread();
    void printShowsThePagesFirst();

private:
    Order bigOrder(QList<Product> &products) const;
    QTemporaryDir m_dir;
};

void TestDocuments::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext is needed (Debian: poppler-utils, installed by scripts/install-deps.sh)");
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("SALESSYNC_KEEP_DOCUMENTS")) { // to look at them
        m_dir.setAutoRemove(false);
        qInfo() << "documents in" << m_dir.path();
    }
    Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

// 40 lines at two VAT rates, long names, some discounts and one very large amount: more than a page.
Order TestDocuments::bigOrder(QList<Product> &products) const
{
    Order order;
    order.id = QStringLiteral("0190a1b2-0000-7000-8000-0000a1b2c3d4");
    order.customerId = customer(QString()).id;
    order.status = OrderStatus::Submitted;
    order.createdAt = QDateTime(QDate(2026, 11, 30), QTime(9, 15), Qt::UTC);
    order.submittedAt = order.createdAt;
    for (int i = 1; i <= 40; ++i) {
        Product p;
        p.id = QStringLiteral("product-%1").arg(i);
        p.sku = QStringLiteral("BEV-%1").arg(i, 4, 10, QLatin1Char('0'));
        p.name = i % 3 == 0 ? QStringLiteral("Naturtrüber Apfelsaft aus Streuobstwiesen der Region, Glasflasche "
                                             "mit Pfand, Kiste zu 12 × 0,7 l")
                            : QStringLiteral("Mineralwasser still %1").arg(i);
        p.unit = i % 2 == 0 ? QStringLiteral("case") : QStringLiteral("pc");
        products << p;
        OrderLine line;
        line.lineNo = i;
        line.productId = p.id;
        line.quantityMilli = i == 7 ? 2500 : qint64(i) * 1000;
        line.unitPrice = Money(i == 13 ? 123456789 : 199 + qint64(i) * 37, Currency::eur());
        line.discount = Money(i % 5 == 0 ? 150 : 0, Currency::eur());
        line.taxRateBasisPoints = i % 4 == 0 ? 700 : 1900;
        order.lines << line;
    }
    order.currency = Currency::eur();
    const Status calculated = OrderCalculator::calculate(order);
    if (!calculated) {
        qWarning() << calculated.error().message();
    }
    return order;
}

void TestDocuments::orderConfirmationLayout()
{
    QList<Product> products;
    const Order order = bigOrder(products);
    const QString path = m_dir.filePath(QStringLiteral("order.pdf"));
    const BusinessLetter letter = Documents::orderConfirmation(order, customer(QString()), products, company());
    QVERIFY(Documents::writePdf(letter, path));
    const QList<Page> pages = extract(path);
    QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));

    // Every page: the document's number and "page n of m", in German (the customer's language).
    for (qsizetype n = 0; n < pages.size(); ++n) {
        const Word *page = pages.at(n).find(QStringLiteral("Seite"));
        QVERIFY2(page, qPrintable(QStringLiteral("page %1 has no page number").arg(n + 1)));
        QVERIFY2(pages.at(n)
                     .lineText(page->box.center().y())
                     .endsWith(QStringLiteral("Auftragsnr. %1 · Seite %2 von %3")
                                   .arg(Documents::orderNumber(order.id))
                                   .arg(n + 1)
                                   .arg(pages.size())),
                 qPrintable(pages.at(n).lineText(page->box.center().y())));
        QVERIFY(pages.at(n).find(QStringLiteral("Einzelpreis"))); // the column titles again
        QVERIFY(pages.at(n).find(QStringLiteral("USt-IdNr.")));   // and the footer
    }
    QVERIFY(pages.first().find(QStringLiteral("Auftragsbestätigung")));
    QVERIFY(pages.first().find(QStringLiteral("Lindenstraße")));
    // Units in German, with the plural after a count: "2 Kisten", "1 Stk.".
    const Word *cases = pages.first().find(QStringLiteral("Kisten"));
    QVERIFY(cases);
    QVERIFY(pages.first()
                .lineText(cases->box.center().y())
                .contains(QStringLiteral("BEV-0002 Mineralwasser still 2 2 Kisten")));

    // No two words on a page touch: columns keep apart however long the names or the amounts.
    for (const Page &page : pages) {
        for (qsizetype i = 0; i < page.words.size(); ++i) {
            for (qsizetype j = i + 1; j < page.words.size(); ++j) {
                const QRectF a = page.words.at(i).box.adjusted(-0.5, 0, 0.5, 0);
                const QRectF b = page.words.at(j).box.adjusted(-0.5, 0, 0.5, 0);
                QVERIFY2(!a.intersects(b),
                         qPrintable(page.words.at(i).text + QStringLiteral(" / ") + page.words.at(j).text));
            }
        }
    }

    // Every line's amount is one word, right-aligned under its column's title: never split.
    Money sum(0, Currency::eur());
    int amounts = 0;
    for (const Page &page : pages) {
        const Word *title = page.find(QStringLiteral("Betrag"));
        QVERIFY(title);
        const qreal right = page.lineAt(title->box.center().y()).last().box.right();
        for (const Word &w : page.words) {
            if (w.box.top() > title->box.bottom() + 4 && std::abs(w.box.right() - right) < 1 && w.text.contains(u',')) {
                const Money m = parseAmount(w.text);
                if (m.isNegative()) {
                    break; // the totals below the table
                }
                sum = *sum.plus(m);
                ++amounts;
            }
        }
    }
    QCOMPARE(amounts, int(order.lines.size()));
    QCOMPARE(sum, order.netTotal);
    // The large price and its amount, each whole on one line.
    QVERIFY(std::any_of(pages.cbegin(), pages.cend(),
                        [](const Page &p) { return p.find(QStringLiteral("1.234.567,89")) != nullptr; }));

    // The totals as printed add up: net, VAT per rate on its share, gross.
    const Page &last = pages.last();
    const Word *net = last.find(QStringLiteral("Nettobetrag"));
    QVERIFY(net);
    const QList<Word> netLine = last.lineAt(net->box.center().y());
    QCOMPARE(netLine.at(netLine.size() - 2).text,
             order.netTotal.formatNumber(QLocale(QLocale::German, QLocale::Germany)));
    QCOMPARE(netLine.last().text, QStringLiteral("EUR"));
    Money vat(0, Currency::eur());
    Money vatBase(0, Currency::eur());
    int rates = 0;
    for (const Word &w : last.words) {
        if (w.text == u"USt." && last.lineText(w.box.center().y()).contains(QStringLiteral(" auf "))) {
            const QList<Word> line = last.lineAt(w.box.center().y());
            // "USt. 19 % auf 1.234,56 EUR 234,57 EUR"
            QCOMPARE(line.at(3).text, QStringLiteral("auf"));
            vatBase = *vatBase.plus(parseAmount(line.at(4).text));
            vat = *vat.plus(parseAmount(line.at(line.size() - 2).text));
            ++rates;
        }
    }
    QCOMPARE(rates, 2);
    QCOMPARE(vatBase, order.netTotal);
    QCOMPARE(vat, order.taxTotal);
    const Word *total = last.find(QStringLiteral("Gesamtbetrag"));
    QVERIFY(total);
    const QList<Word> totalLine = last.lineAt(total->box.center().y());
    QCOMPARE(parseAmount(totalLine.at(totalLine.size() - 2).text), *order.netTotal.plus(order.taxTotal));
    QVERIFY(last.find(QStringLiteral("Zahlbar")));
}

void TestDocuments::englishCustomerGetsEnglish()
{
    QList<Product> products;
    Order order = bigOrder(products);
    order.lines.resize(3);
    QVERIFY(OrderCalculator::calculate(order));
    Translations::install(QLocale(QLocale::German, QLocale::Germany)); // the screens speak German
    const QString path = m_dir.filePath(QStringLiteral("english.pdf"));
    QVERIFY(Documents::writePdf(
        Documents::orderConfirmation(order, customer(QStringLiteral("en")), products, company()), path));
    Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QList<Page> pages = extract(path);
    QCOMPARE(pages.size(), 1);
    const Page &page = pages.first();
    for (const char *word :
         {"Order", "confirmation", "Quantity", "Unit", "price", "Net", "total", "Payable", "cases"}) {
        QVERIFY2(page.find(QString::fromLatin1(word)), word);
    }
    QVERIFY(!page.find(QStringLiteral("Menge")));
    QVERIFY(page.find(QStringLiteral("Page")));
    // Plurals in the document's language: "within 14 days".
    const Word *payable = page.find(QStringLiteral("Payable"));
    QVERIFY(page.lineText(payable->box.center().y()).contains(QStringLiteral("within 14 days")));
}

// Notes longer than a page go on over the next, and a long register entry moves the footer up:
// nothing is drawn over anything else or off the paper.
void TestDocuments::longTextsStayOnThePaper()
{
    QList<Product> products;
    Order order = bigOrder(products);
    order.lines.resize(3);
    QVERIFY(OrderCalculator::calculate(order));
    QStringList notes;
    for (int i = 1; i <= 90; ++i) {
        notes << QStringLiteral("Lieferhinweis %1: bitte über den Hof anliefern.").arg(i);
    }
    order.notes = notes.join(u'\n');
    CompanyProfile long_ = company();
    long_.registration = QStringLiteral("Amtsgericht Hamburg HRB 123456, Geschäftsführung: ") +
                         QStringList(30, QStringLiteral("Maren Lüders")).join(QStringLiteral(", "));
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    QVERIFY(Documents::writePdf(Documents::orderConfirmation(order, customer(QString()), products, long_), path));
    const QList<Page> pages = extract(path);
    QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));
    const qreal paperBottom = 297 / 25.4 * 72;
    for (const Page &page : pages) {
        QVERIFY2(overlap(page).isEmpty(), qPrintable(overlap(page)));
        for (const Word &w : page.words) {
            QVERIFY2(w.box.bottom() < paperBottom - 20, qPrintable(w.text));
        }
    }
    QVERIFY(std::any_of(pages.cbegin(), pages.cend(), [](const Page &p) {
        const Word *w = p.find(QStringLiteral("90:"));
        return w && p.lineText(w->box.center().y()).startsWith(QStringLiteral("Lieferhinweis 90:"));
    }));
}

void TestDocuments::statementAndReceipt()
{
    const Customer c = customer(QString());
    CustomerStatement statement;
    statement.customer = c;
    statement.from = QDate(2026, 11, 1);
    statement.to = QDate(2026, 11, 30);
    statement.opening = Money(10000, Currency::eur());
    Transaction invoice;
    invoice.id = QStringLiteral("0190a1b2-0000-7000-8000-0000000e0001");
    invoice.kind = TransactionKind::Invoice;
    invoice.amount = Money(2500000, Currency::eur());
    invoice.orderId = QStringLiteral("0190a1b2-0000-7000-8000-0000a1b2c3d4");
    invoice.occurredAt = QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC);
    Transaction payment = invoice;
    payment.id = QStringLiteral("0190a1b2-0000-7000-8000-0000000e0002");
    payment.kind = TransactionKind::Payment;
    payment.method = PaymentMethod::BankTransfer;
    payment.reference = QStringLiteral("Überweisung vom 12.11. Rechnung 4711 und Rechnung 4712, Restbetrag folgt");
    payment.amount = Money(1234550, Currency::eur());
    payment.occurredAt = QDateTime(QDate(2026, 11, 12), QTime(14, 0), Qt::UTC);
    statement.lines = {{invoice, Money(2510000, Currency::eur()), invoice.amount},
                       {payment, Money(1275450, Currency::eur()), payment.amount}};

    const QString path = m_dir.filePath(QStringLiteral("statement.pdf"));
    QVERIFY(Documents::writePdf(Documents::statement(statement, company()), path));
    QList<Page> pages = extract(path);
    QCOMPARE(pages.size(), 1);
    QVERIFY(pages.first().find(QStringLiteral("Kontoauszug")));
    QVERIFY(pages.first().find(QStringLiteral("Anfangssaldo")));
    QVERIFY(pages.first().find(QStringLiteral("Überweisung"))); // the method, in German
    const Word *closing = pages.first().find(QStringLiteral("12.754,50"));
    QVERIFY(closing);
    QVERIFY(pages.first().find(QStringLiteral("25.000,00")));

    const QString receipt = m_dir.filePath(QStringLiteral("receipt.pdf"));
    QVERIFY(Documents::writePdf(Documents::paymentReceipt(payment, c, Money(1275450, Currency::eur()),
                                                          QStringLiteral("Jonas Petersen"), company()),
                                receipt));
    pages = extract(receipt);
    QCOMPARE(pages.size(), 1);
    const Page &page = pages.first();
    QVERIFY(page.find(QStringLiteral("Zahlungsquittung")));
    QVERIFY(page.find(QStringLiteral("12.345,50")));
    QVERIFY(page.find(QStringLiteral("A1B2C3D4"))); // the order it pays
    const Word *by = page.find(QStringLiteral("Petersen."));
    QVERIFY(by);
    QCOMPARE(page.lineText(by->box.center().y()), QStringLiteral("Erhalten von Jonas Petersen."));
}

void TestDocuments::fileNamesInTheScreensLanguage()
{
    QList<Product> products;
    const Order order = bigOrder(products);
    const Customer c = customer(QStringLiteral("en"));
    QCOMPARE(Documents::orderFileName(order, c),
             QStringLiteral("Order confirmation A1B2C3D4 Getränkemarkt Müller-Lüdenscheidt & Söhne.pdf"));
    Translations::install(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(Documents::orderFileName(order, c),
             QStringLiteral("Auftragsbestätigung A1B2C3D4 Getränkemarkt Müller-Lüdenscheidt & Söhne.pdf"));
    Customer slashes = c;
    slashes.name = QStringLiteral("A/B: \"C\"");
    QCOMPARE(Documents::orderFileName(order, slashes), QStringLiteral("Auftragsbestätigung A1B2C3D4 A B C.pdf"));
    Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

// The windows write documents on a worker thread (Documents::saveAs): the same PDF as on the
// GUI thread.
void TestDocuments::writtenOnAWorkerThread()
{
    QList<Product> products;
    const Order order = bigOrder(products);
    const BusinessLetter letter = Documents::orderConfirmation(order, customer(QString()), products, company());
    const QString here = m_dir.filePath(QStringLiteral("gui.pdf"));
    const QString there = m_dir.filePath(QStringLiteral("worker.pdf"));
    QVERIFY(Documents::writePdf(letter, here));
    QThreadPool pool;
    QFuture<Status> written = QtConcurrent::run(&pool, [&] { return Documents::writePdf(letter, there); });
    QVERIFY(written.result());
    const QList<Page> a = extract(here);
    const QList<Page> b = extract(there);
    QCOMPARE(b.size(), a.size());
    for (qsizetype p = 0; p < a.size(); ++p) {
        QCOMPARE(b.at(p).words.size(), a.at(p).words.size());
        for (qsizetype w = 0; w < a.at(p).words.size(); ++w) {
            QCOMPARE(b.at(p).words.at(w).text, a.at(p).words.at(w).text);
            QCOMPARE(b.at(p).words.at(w).box, a.at(p).words.at(w).box);
        }
    }
}

// Print… opens a preview of the same pages, from which the person prints.
void TestDocuments::printShowsThePagesFirst()
{
    QList<Product> products;
    const Order order = bigOrder(products);
    const BusinessLetter letter = Documents::orderConfirmation(order, customer(QString()), products, company());
    const QString path = m_dir.filePath(QStringLiteral("pages.pdf"));
    QVERIFY(Documents::writePdf(letter, path));
    int previewPages = -1;
    QString title;
    QTimer::singleShot(0, this, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *preview = qobject_cast<QPrintPreviewDialog *>(w)) {
                auto *pages = preview->findChild<QPrintPreviewWidget *>();
                previewPages = pages ? pages->pageCount() : -2;
                title = preview->windowTitle();
                preview->reject();
            }
        }
    });
    QVERIFY(Documents::print(letter, nullptr));
    QCOMPARE(previewPages, int(extract(path).size()));
    QCOMPARE(title, letter.title);
}

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
