// salessync-document-bench: how long an order confirmation of n lines takes to lay out and write
// as a PDF (LetterPainter), next to the baseline measured in the same run: the same texts drawn
// line by line with QPainter::drawText on the same number of A4 pages of a QPdfWriter, with no
// layout at all. One JSON line per size. See docs/benchmarks.md.

#include "core/rules/ordercalculator.h"
#include "ui/documents/documents.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace SalesSync;

namespace {

struct Sample {
    Order order;
    QList<Product> products;
    Customer customer;
    CompanyProfile company;
};

Sample sample(int lines)
{
    Sample s;
    s.customer.id = QStringLiteral("customer");
    s.customer.code = QStringLiteral("C000042");
    s.customer.name = QStringLiteral("Getränkemarkt Müller & Söhne");
    s.customer.street = QStringLiteral("Lindenstraße 12");
    s.customer.postalCode = QStringLiteral("50667");
    s.customer.city = QStringLiteral("Köln");
    s.customer.countryCode = QStringLiteral("DE");
    s.customer.paymentTermsDays = 14;
    s.company.name = QStringLiteral("Nordwind Getränke & Feinkost GmbH");
    s.company.vatId = QStringLiteral("DE812345674");
    s.company.iban = QStringLiteral("DE89 3704 0044 0532 0130 00");
    s.order.id = QStringLiteral("0190a1b2-0000-7000-8000-0000a1b2c3d4");
    s.order.status = OrderStatus::Submitted;
    s.order.currency = Currency::eur();
    s.order.createdAt = QDateTime::currentDateTimeUtc();
    for (int i = 1; i <= lines; ++i) {
        Product p;
        p.id = QString::number(i);
        p.sku = QStringLiteral("BEV-%1").arg(i, 5, 10, QLatin1Char('0'));
        p.name = i % 3 == 0 ? QStringLiteral("Naturtrüber Apfelsaft aus Streuobstwiesen, Kiste zu 12 × 0,7 l")
                            : QStringLiteral("Mineralwasser still %1").arg(i);
        p.unit = QStringLiteral("case");
        s.products << p;
        OrderLine line;
        line.lineNo = i;
        line.productId = p.id;
        line.quantityMilli = qint64(i % 40 + 1) * 1000;
        line.unitPrice = Money(199 + qint64(i) * 37, Currency::eur());
        line.discount = Money(0, Currency::eur());
        line.taxRateBasisPoints = i % 4 == 0 ? 700 : 1900;
        s.order.lines << line;
    }
    if (const Status calculated = OrderCalculator::calculate(s.order); !calculated) {
        std::fprintf(stderr, "%s\n", qPrintable(calculated.error().message()));
    }
    return s;
}

// The baseline: every text of the letter drawn on one line each, the same number of pages.
void drawPlainly(const BusinessLetter &letter, int pages, const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(600);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    QPainter painter(&writer);
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    const int rowsPerPage = std::max<qsizetype>(1, letter.table.rows.size() / pages + 1);
    const qreal step = painter.fontMetrics().height() * 1.4;
    int row = 0;
    for (const QStringList &cells : letter.table.rows) {
        if (row > 0 && row % rowsPerPage == 0) {
            writer.newPage();
        }
        painter.drawText(QPointF(300, 600 + step * (row % rowsPerPage)), cells.join(QStringLiteral("  ")));
        ++row;
    }
}

template <typename F>
double medianMs(int runs, F run)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Lays out and writes order confirmations of several sizes as PDF, against drawing the same "
                       "texts plainly (see docs/benchmarks.md)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per size (the median is reported)."),
                      QStringLiteral("n"), QStringLiteral("5")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QTemporaryDir dir;
    for (const int lines : {40, 400, 4000}) {
        const Sample s = sample(lines);
        const BusinessLetter letter = Documents::orderConfirmation(s.order, s.customer, s.products, s.company);
        const QString path = dir.filePath(QStringLiteral("letter.pdf"));
        int pages = 0;
        const double letterMs = medianMs(runs, [&] {
            QPdfWriter writer(path);
            writer.setResolution(600);
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
            const Result<int> painted = LetterPainter::paint(letter, writer);
            pages = painted ? *painted : -1;
        });
        const double baselineMs =
            medianMs(runs, [&] { drawPlainly(letter, std::max(1, pages), dir.filePath(QStringLiteral("plain.pdf"))); });
        const QJsonObject line{{QStringLiteral("bench"), QStringLiteral("document")},
                               {QStringLiteral("lines"), lines},
                               {QStringLiteral("pages"), pages},
                               {QStringLiteral("letter_ms"), letterMs},
                               {QStringLiteral("baseline_ms"), baselineMs},
                               {QStringLiteral("ratio"), baselineMs > 0 ? letterMs / baselineMs : 0.0}};
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    }
    return 0;
}
