#include "ui/documents/documents.h"

#include "core/rules/ledger.h"
#include "ui/displaytext.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace SalesSync {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const QString kStyle = QStringLiteral(
    "<style>body{font-family:sans-serif;font-size:10pt} h1{font-size:16pt;margin-bottom:2pt} "
    "table.lines{border-collapse:collapse;width:100%} table.lines th{background:#e8eef5;text-align:left;"
    "padding:3pt} table.lines td{padding:3pt;border-bottom:1px solid #d0d7de} td.num,th.num{text-align:right} "
    "p.small{font-size:8pt;color:#555}</style>");

QString address(const Customer &c)
{
    QStringList lines{esc(c.name)};
    if (!c.contactPerson.isEmpty()) {
        lines << esc(c.contactPerson);
    }
    if (!c.street.isEmpty()) {
        lines << esc(c.street);
    }
    lines << esc(QString(c.postalCode + u' ' + c.city).trimmed());
    if (!c.countryCode.isEmpty()) {
        lines << esc(c.countryCode);
    }
    return lines.join(QStringLiteral("<br>"));
}

QString when(const QDateTime &utc, QLocale::FormatType format = QLocale::ShortFormat)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), format) : QString();
}

} // namespace

QString Documents::orderNumber(const QString &orderId)
{
    // The random end of the UUIDv7: its start is the creation time, the same for orders taken
    // within a minute.
    return orderId.right(8).toUpper();
}

QString Documents::orderConfirmation(const Order &order, const Customer &customer, const QList<Product> &products)
{
    const QLocale locale;
    QString html = QStringLiteral("<html><head>") + kStyle + QStringLiteral("</head><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Order confirmation")));
    html += QStringLiteral("<table width=\"100%\"><tr><td valign=\"top\">%1</td><td valign=\"top\" align=\"right\">")
                .arg(address(customer));
    html += QStringLiteral("%1<br>%2<br>%3<br>%4</td></tr></table><br>")
                .arg(esc(tr("Order no. %1").arg(orderNumber(order.id))), esc(tr("Customer no. %1").arg(customer.code)),
                     esc(tr("Date: %1").arg(when(order.submittedAt.isValid() ? order.submittedAt : order.createdAt))),
                     esc(tr("Status: %1").arg(DisplayText::orderStatus(order.status))));
    html += QStringLiteral("<table class=\"lines\"><tr><th>%1</th><th>%2</th><th>%3</th><th class=\"num\">%4</th>"
                           "<th class=\"num\">%5</th><th class=\"num\">%6</th><th class=\"num\">%7</th>"
                           "<th class=\"num\">%8</th></tr>")
                .arg(esc(tr("#")), esc(tr("SKU")), esc(tr("Product")), esc(tr("Quantity")), esc(tr("Unit price")),
                     esc(tr("Discount")), esc(tr("Tax")), esc(tr("Net")));
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        const OrderLine &line = order.lines.at(i);
        const auto product = std::find_if(products.cbegin(), products.cend(),
                                          [&line](const Product &p) { return p.id == line.productId; });
        const QString sku = product != products.cend() ? product->sku : QString();
        const QString unit = product != products.cend() ? product->unit : QString();
        const QString name = product != products.cend() ? product->name : line.description;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"num\">%4 %5</td><td class=\"num\">%6"
                               "</td><td class=\"num\">%7</td><td class=\"num\">%8</td><td class=\"num\">%9</td></tr>")
                    .arg(QString::number(line.lineNo > 0 ? line.lineNo : i + 1), esc(sku), esc(name),
                         locale.toString(double(line.quantityMilli) / 1000.0, 'g', 12), esc(unit),
                         esc(line.unitPrice.format(locale)), esc(line.discount.format(locale)),
                         esc(tr("%1 %").arg(locale.toString(line.taxRateBasisPoints / 100.0, 'f', 2))),
                         esc(line.net.format(locale)));
    }
    html += QStringLiteral("</table><br><table align=\"right\">");
    for (const auto &[label, amount] : {std::pair{tr("Net"), order.netTotal}, std::pair{tr("Tax"), order.taxTotal},
                                        std::pair{tr("Total"), order.total}}) {
        html += QStringLiteral("<tr><td>%1</td><td class=\"num\"><b>%2</b></td></tr>")
                    .arg(esc(label), esc(amount.format(locale)));
    }
    html += QStringLiteral("</table><br clear=\"all\">");
    if (!order.notes.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Notes: %1").arg(order.notes)));
    }
    html += QStringLiteral("<p class=\"small\">%1</p></body></html>")
                .arg(esc(tr("Payment terms: %n day(s) net.", "", customer.paymentTermsDays)));
    return html;
}

QString Documents::statement(const CustomerStatement &s)
{
    const Customer &customer = s.customer;
    const QLocale locale;
    QString html = QStringLiteral("<html><head>") + kStyle + QStringLiteral("</head><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Customer statement")));
    html += QStringLiteral("<table width=\"100%\"><tr><td valign=\"top\">%1</td><td valign=\"top\" align=\"right\">"
                           "%2<br>%3</td></tr></table><br>")
                .arg(address(customer), esc(tr("Customer no. %1").arg(customer.code)),
                     esc(tr("Period: %1 to %2")
                             .arg(locale.toString(s.from, QLocale::ShortFormat),
                                  locale.toString(s.to, QLocale::ShortFormat))));
    html += QStringLiteral("<table class=\"lines\"><tr><th>%1</th><th>%2</th><th>%3</th><th class=\"num\">%4</th>"
                           "<th class=\"num\">%5</th><th class=\"num\">%6</th></tr>")
                .arg(esc(tr("Date")), esc(tr("Entry")), esc(tr("Reference")), esc(tr("Charges")), esc(tr("Credits")),
                     esc(tr("Balance")));
    html += QStringLiteral("<tr><td></td><td>%1</td><td></td><td></td><td></td><td class=\"num\">%2</td></tr>")
                .arg(esc(tr("Opening balance")), esc(s.opening.format(locale)));
    for (const CustomerStatement::Line &l : s.lines) {
        const bool charge = Ledger::sign(l.entry) > 0;
        QString reference = l.entry.reference;
        if (!l.entry.reason.isEmpty()) {
            reference += (reference.isEmpty() ? QString() : QStringLiteral(" — ")) + l.entry.reason;
        }
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"num\">%4</td><td class=\"num\">%5</td>"
                               "<td class=\"num\">%6</td></tr>")
                    .arg(esc(locale.toString(l.entry.occurredAt.toLocalTime().date(), QLocale::ShortFormat)),
                         esc(DisplayText::transactionKind(l.entry.kind, l.entry.direction)), esc(reference),
                         charge ? esc(l.entry.amount.format(locale)) : QString(),
                         charge ? QString() : esc(l.entry.amount.format(locale)), esc(l.balance.format(locale)));
    }
    const Money closing = s.closing();
    html += QStringLiteral("<tr><td></td><td><b>%1</b></td><td></td><td></td><td></td><td class=\"num\"><b>%2</b></td>"
                           "</tr></table>")
                .arg(esc(tr("Closing balance")), esc(closing.format(locale)));
    html += QStringLiteral("<p class=\"small\">%1</p></body></html>")
                .arg(esc(tr("A positive balance is owed by the customer.")));
    return html;
}

Status Documents::writePdf(const QString &html, const QString &path, const QString &title)
{
    if (!QFileInfo(path).dir().exists()) {
        return Error(ErrorCode::Storage, tr("Cannot write %1: the folder does not exist.").arg(path));
    }
    {
        QPdfWriter writer(path);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("SalesSync"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        return Error(ErrorCode::Storage, tr("Cannot write %1.").arg(path));
    }
    return {};
}

bool Documents::print(const QString &html, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    QTextDocument document;
    document.setHtml(html);
    document.print(&printer);
    return true;
}

} // namespace SalesSync
