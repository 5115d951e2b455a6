#include "ui/documents/businessletter.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTextLayout>

#include <algorithm>
#include <numeric>

namespace SalesSync {

namespace {

// The DIN 5008 grid in millimetres from the paper's top left corner (form B).
constexpr qreal kLeft = 25;       // text starts here
constexpr qreal kRight = 190;     // and ends here (20 mm right margin)
constexpr qreal kAddressTop = 45; // the address field: 85 x 45 mm
constexpr qreal kAddressWidth = 85;
constexpr qreal kRecipientTop = kAddressTop + 17.7; // below the sender and notes zone
constexpr qreal kInformationLeft = 125;
constexpr qreal kInformationTop = 50;
constexpr qreal kSubjectTop = 98.46;
constexpr qreal kLaterTop = 30;       // where later pages' content starts
constexpr qreal kFooterTop = 268;     // the footer's rule, its text below, "page n of m" above
constexpr qreal kPaperBottom = 287;   // nothing below (printers' unprintable margin)
constexpr qreal kHighestFooter = 230; // a footer that tall at most moves the content up
constexpr qreal kCellPadding = 1.6;   // each side of a table cell, so columns keep 3.2 mm apart
constexpr qreal kMinimumWrapWidth = 40;
constexpr qreal kFooterGap = 4;

const QColor kText(0x1a, 0x1d, 0x21);
const QColor kSecondary(0x5a, 0x62, 0x70);
const QColor kRule(0xb8, 0xc0, 0xca);
const QColor kHeaderFill(0xe8, 0xed, 0xf3);
const QColor kAccent(0x1d, 0x5f, 0xa8);

QFont documentFont(qreal points, bool bold = false)
{
    QFont font(QFontDatabase::systemFont(QFontDatabase::GeneralFont).family());
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    // No ligatures: "confirmation" stays searchable and copyable in PDF readers instead of
    // becoming "con\uFB01rmation" (Latin text needs no shaping; other scripts are still shaped).
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

class Layout final {
public:
    Layout(const BusinessLetter &letter, QPagedPaintDevice &device, QPainter *painter, int pages)
        : m_letter(letter)
        , m_device(device)
        , m_painter(painter)
        , m_pages(pages)
    {}

    int run();

private:
    qreal mm(qreal value) const { return value * m_device.logicalDpiY() / 25.4; }
    bool painting() const { return m_painter != nullptr; }

    void placeFooter();
    void startPage();
    void breakPage();
    void ensureRoom(qreal height);
    qreal height(const QString &text, const QFont &font, qreal width) const;
    qreal wrapped(const QString &text, const QFont &font, qreal left, qreal top, qreal width,
                  Qt::Alignment alignment = Qt::AlignLeft, const QColor &colour = kText);
    void line(const QString &text, const QFont &font, const QRectF &rect, Qt::Alignment alignment,
              const QColor &colour = kText);
    void rule(qreal top, qreal left, qreal right, const QColor &colour = kRule, qreal widthMm = 0.2);
    qreal advance(const QString &text, const QFont &font) const;

    void letterhead();
    void marks();
    void addressField();
    void information();
    void laterHeader();
    void pageFooter();
    QList<qreal> footerWidths(const QFont &font) const;
    void paragraphs(const QStringList &texts);
    void table(const DocumentTable &table);
    QList<qreal> columnWidths(const DocumentTable &table, const QFont &font, const QFont &bold) const;
    qreal rowHeight(const QStringList &cells, const QList<qreal> &widths, const QFont &font) const;
    void tableRow(const DocumentTable &table, const QStringList &cells, const QList<qreal> &widths, const QFont &font,
                  bool header);
    void totals();

    const BusinessLetter &m_letter;
    QPagedPaintDevice &m_device;
    QPainter *m_painter; // null while measuring
    int m_pages;         // known when painting
    int m_page = 0;
    qreal m_y = 0;         // device units
    qreal m_pageTop = 0;   // where this page's content starts
    qreal m_bottom = 0;    // where content ends: above "page n of m" and the footer
    qreal m_pageLine = 0;  // "Order no. … · Page n of m"
    qreal m_footerTop = 0; // the footer's rule
};

int Layout::run()
{
    placeFooter();
    startPage();
    paragraphs(m_letter.before);
    if (!m_letter.table.columns.isEmpty()) {
        table(m_letter.table);
    }
    totals();
    paragraphs(m_letter.after);
    return m_page;
}

// The footer ends 10 mm above the paper's edge: a long register entry moves it, "page n of m"
// and the content's end up.
void Layout::placeFooter()
{
    qreal tallest = 0;
    const QFont small = documentFont(7);
    const QList<qreal> widths = footerWidths(small);
    for (qsizetype i = 0; i < m_letter.footer.size(); ++i) {
        tallest = std::max(tallest, height(m_letter.footer.at(i), small, widths.at(i)));
    }
    m_footerTop = std::clamp(mm(kPaperBottom - 1.5) - tallest, mm(kHighestFooter), mm(kFooterTop));
    m_pageLine = m_footerTop - mm(7);
    m_bottom = m_pageLine - mm(3);
}

void Layout::startPage()
{
    ++m_page;
    if (m_page == 1) {
        letterhead();
        marks();
        addressField();
        information();
        const QFont subject = documentFont(13, true);
        m_y = mm(kSubjectTop);
        m_y += wrapped(m_letter.subject, subject, mm(kLeft), m_y, mm(kRight - kLeft)) + mm(6);
    } else {
        laterHeader();
        m_y = mm(kLaterTop);
    }
    m_pageTop = m_y;
    pageFooter();
}

void Layout::breakPage()
{
    if (painting()) {
        m_device.newPage();
    }
    startPage();
}

// A new page when what comes does not fit on this one; on a page that has nothing yet, it goes
// here whatever its height (a new page would not fit it either).
void Layout::ensureRoom(qreal height)
{
    if (m_y + height > m_bottom && m_y > m_pageTop) {
        breakPage();
    }
}

qreal Layout::advance(const QString &text, const QFont &font) const
{
    qreal widest = 0;
    for (const QString &part : text.split(u'\n')) {
        widest = std::max(widest, QFontMetricsF(font, &m_device).horizontalAdvance(part));
    }
    return widest;
}

// Lays one paragraph out in the width, breaking between words (or anywhere in a word longer than
// the width); returns its height.
qreal layOut(QTextLayout &layout, qreal width, Qt::Alignment alignment)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine textLine = layout.createLine(); textLine.isValid(); textLine = layout.createLine()) {
        textLine.setLineWidth(width);
        textLine.setPosition(QPointF(0, height));
        height += textLine.height();
    }
    layout.endLayout();
    return height;
}

qreal Layout::height(const QString &text, const QFont &font, qreal width) const
{
    qreal total = 0;
    for (const QString &paragraph : text.split(u'\n')) {
        QTextLayout layout(paragraph, font, &m_device);
        total += paragraph.isEmpty() ? QFontMetricsF(font, &m_device).height() : layOut(layout, width, Qt::AlignLeft);
    }
    return total;
}

// The text laid out in the width at (left, top), painted when painting; returns its height.
qreal Layout::wrapped(const QString &text, const QFont &font, qreal left, qreal top, qreal width,
                      Qt::Alignment alignment, const QColor &colour)
{
    qreal total = 0;
    for (const QString &paragraph : text.split(u'\n')) {
        QTextLayout layout(paragraph, font, &m_device);
        const qreal h =
            paragraph.isEmpty() ? QFontMetricsF(font, &m_device).height() : layOut(layout, width, alignment);
        if (painting()) {
            m_painter->setPen(colour);
            layout.draw(m_painter, QPointF(left, top + total));
        }
        total += h;
    }
    return total;
}

void Layout::line(const QString &text, const QFont &font, const QRectF &rect, Qt::Alignment alignment,
                  const QColor &colour)
{
    if (painting()) {
        m_painter->setFont(font);
        m_painter->setPen(colour);
        m_painter->drawText(rect, int(alignment | Qt::AlignTop | Qt::TextSingleLine), text);
    }
}

void Layout::rule(qreal top, qreal left, qreal right, const QColor &colour, qreal widthMm)
{
    if (painting()) {
        m_painter->setPen(QPen(colour, mm(widthMm)));
        m_painter->drawLine(QPointF(left, top), QPointF(right, top));
    }
}

void Layout::letterhead()
{
    if (!m_letter.company) {
        return;
    }
    const CompanyProfile &company = *m_letter.company;
    const QRectF logoBox(mm(kRight - 60), mm(12), mm(60), mm(22));
    QRectF logoRect;
    if (!company.logo.isEmpty() && painting()) {
        const bool svg = logoFormat(company.logo) == LogoFormat::Svg;
        QSvgRenderer renderer;
        const QImage image = svg ? QImage() : QImage::fromData(company.logo);
        const QSizeF natural =
            svg && renderer.load(company.logo) ? QSizeF(renderer.defaultSize()) : QSizeF(image.size());
        if (!natural.isEmpty()) {
            const QSizeF size = natural.scaled(logoBox.size(), Qt::KeepAspectRatio);
            logoRect = QRectF(logoBox.right() - size.width(), logoBox.top(), size.width(), size.height());
            if (svg) {
                renderer.render(m_painter, logoRect);
            } else {
                m_painter->drawImage(logoRect, image);
            }
        }
    }
    const qreal nameWidth = mm(kRight - kLeft) - (company.logo.isEmpty() ? 0 : logoBox.width() + mm(5));
    const qreal nameHeight =
        wrapped(company.name, documentFont(15, true), mm(kLeft), mm(14), nameWidth, Qt::AlignLeft, kAccent);
    QStringList contact{company.phone, company.email, company.website};
    contact.removeAll(QString());
    wrapped(contact.join(QStringLiteral(" · ")), documentFont(8), mm(kLeft), mm(14) + nameHeight + mm(1.5), nameWidth,
            Qt::AlignLeft, kSecondary);
}

void Layout::marks()
{
    // Fold marks for a DL envelope (105 and 210 mm) and the hole-punch mark (148.5 mm).
    for (const auto &[top, length] : {std::pair{105.0, 5.0}, std::pair{210.0, 5.0}, std::pair{148.5, 8.0}}) {
        rule(mm(top), mm(3), mm(3 + length), kRule, 0.15);
    }
}

void Layout::addressField()
{
    if (m_letter.company) {
        // One line in the window, however long the company's name: smaller type, down to 5.5 pt.
        const QString sender = m_letter.company->senderLine();
        QFont small = documentFont(7);
        while (advance(sender, small) > mm(kAddressWidth) && small.pointSizeF() > 5.5) {
            small.setPointSizeF(small.pointSizeF() - 0.25);
        }
        const qreal top = mm(kRecipientTop - 5.5);
        line(QFontMetricsF(small, &m_device).elidedText(sender, Qt::ElideRight, mm(kAddressWidth)), small,
             QRectF(mm(kLeft), top, mm(kAddressWidth), mm(4)), Qt::AlignLeft, kSecondary);
        rule(top + QFontMetricsF(small, &m_device).height() + mm(0.4), mm(kLeft),
             mm(kLeft) + std::min(mm(kAddressWidth), advance(sender, small)), kRule, 0.1);
    }
    wrapped(m_letter.recipient.join(u'\n'), documentFont(10), mm(kLeft), mm(kRecipientTop), mm(kAddressWidth));
}

void Layout::information()
{
    const QFont label = documentFont(8);
    const QFont value = documentFont(9);
    qreal labelWidth = 0;
    for (const auto &[name, text] : m_letter.information) {
        labelWidth = std::max(labelWidth, advance(name, label));
    }
    const qreal valueLeft = mm(kInformationLeft) + labelWidth + mm(3);
    qreal y = mm(kInformationTop);
    for (const auto &[name, text] : m_letter.information) {
        line(name, label, QRectF(mm(kInformationLeft), y + mm(0.3), labelWidth, mm(5)), Qt::AlignLeft, kSecondary);
        y += wrapped(text, value, valueLeft, y, mm(kRight + 10) - valueLeft) + mm(0.8);
    }
}

void Layout::laterHeader()
{
    const QFont font = documentFont(8);
    const qreal top = mm(15);
    const QString company = m_letter.company ? m_letter.company->name : QString();
    line(company, documentFont(8, true), QRectF(mm(kLeft), top, mm(80), mm(5)), Qt::AlignLeft, kAccent);
    line(m_letter.subject + QStringLiteral(" · ") + m_letter.reference, font,
         QRectF(mm(kLeft + 80), top, mm(kRight - kLeft - 80), mm(5)), Qt::AlignRight, kSecondary);
    rule(top + mm(6), mm(kLeft), mm(kRight));
}

void Layout::pageFooter()
{
    const QFont small = documentFont(7);
    const QString page = m_pages > 0 ? m_letter.pageText.arg(m_page).arg(m_pages) : QString();
    QStringList pageLine{m_letter.reference, page};
    pageLine.removeAll(QString());
    line(pageLine.join(QStringLiteral(" · ")), documentFont(8),
         QRectF(mm(kLeft), m_pageLine, mm(kRight - kLeft), mm(5)), Qt::AlignRight, kSecondary);
    if (m_letter.footer.isEmpty()) {
        return;
    }
    rule(m_footerTop, mm(kLeft), mm(kRight));
    qreal x = mm(kLeft);
    const QList<qreal> widths = footerWidths(small);
    for (qsizetype i = 0; i < m_letter.footer.size(); ++i) {
        wrapped(m_letter.footer.at(i), small, x, m_footerTop + mm(1.5), widths.at(i), Qt::AlignLeft, kSecondary);
        x += widths.at(i) + mm(kFooterGap);
    }
}

// Each footer column as wide as its longest line where that fits; the columns too long for an
// equal share of what is left share it and wrap, but never narrower than their longest word (an
// IBAN, written with no-break spaces, is one word).
QList<qreal> Layout::footerWidths(const QFont &font) const
{
    const qsizetype count = m_letter.footer.size();
    QList<qreal> natural;
    QList<qreal> least;
    for (const QString &column : m_letter.footer) {
        natural << advance(column, font) + 1;
        qreal word = 0;
        for (const QString &part : column.split(QRegularExpression(QStringLiteral("[ \n]")), Qt::SkipEmptyParts)) {
            word = std::max(word, advance(part, font) + 1);
        }
        least << word;
    }
    QList<qsizetype> order(count);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return natural.at(a) < natural.at(b); });
    qreal left = mm(kRight - kLeft) - mm(kFooterGap) * qreal(count - 1);
    QList<qreal> widths(count, 0);
    for (qsizetype i = 0; i < count; ++i) {
        widths[order.at(i)] = std::min(natural.at(order.at(i)), left / qreal(count - i));
        left -= widths.at(order.at(i));
    }
    // A column below its longest word takes the room from the column with the most to spare.
    for (qsizetype c = 0; c < count; ++c) {
        const qreal missing = least.at(c) - widths.at(c);
        if (missing > 0) {
            qsizetype donor = 0;
            for (qsizetype d = 1; d < count; ++d) {
                if (widths.at(d) - least.at(d) > widths.at(donor) - least.at(donor)) {
                    donor = d;
                }
            }
            const qreal given = std::min(missing, std::max(0.0, widths.at(donor) - least.at(donor)));
            widths[donor] -= given;
            widths[c] += given;
        }
    }
    if (count > 1) { // what is left over widens the columns evenly
        for (qreal &w : widths) {
            w += left / qreal(count);
        }
    }
    return widths;
}

// Paragraphs line by line, so that a long one (an order's notes) goes on over the next page.
void Layout::paragraphs(const QStringList &texts)
{
    const QFont body = documentFont(10);
    const qreal width = mm(kRight - kLeft);
    for (const QString &text : texts) {
        for (const QString &paragraph : text.split(u'\n')) {
            QTextLayout layout(paragraph, body, &m_device);
            layOut(layout, width, Qt::AlignLeft);
            for (int i = 0; i < layout.lineCount(); ++i) {
                const QTextLine textLine = layout.lineAt(i);
                ensureRoom(textLine.height());
                if (painting()) {
                    m_painter->setPen(kText);
                    textLine.draw(m_painter, QPointF(mm(kLeft), m_y - textLine.y()));
                }
                m_y += textLine.height();
            }
            if (paragraph.isEmpty()) {
                m_y += QFontMetricsF(body, &m_device).height();
            }
        }
        m_y += mm(3);
    }
}

// Columns that do not wrap get their widest cell (and their title's longest word); the wrapping
// ones share the rest. When that leaves them too little, the table's type gets smaller, down to
// 7 pt, before anything would wrap.
QList<qreal> Layout::columnWidths(const DocumentTable &table, const QFont &font, const QFont &bold) const
{
    QList<qreal> widths;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        const DocumentTable::Column &column = table.columns.at(c);
        qreal width = 0;
        for (const QString &word : column.title.split(u' ', Qt::SkipEmptyParts)) {
            width = std::max(width, advance(word, bold));
        }
        if (!column.wraps) {
            for (qsizetype r = 0; r < table.rows.size(); ++r) {
                width = std::max(width,
                                 advance(table.rows.at(r).value(c), table.emphasized.contains(int(r)) ? bold : font));
            }
        }
        widths << width + 2 * mm(kCellPadding) + 1;
    }
    const qreal fixed =
        std::accumulate(widths.cbegin(), widths.cend(), 0.0, [&](qreal sum, qreal w) { return sum + w; });
    const qreal available = mm(kRight - kLeft);
    QList<qsizetype> wrapping;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        if (table.columns.at(c).wraps) {
            wrapping << c;
        }
    }
    if (wrapping.isEmpty()) {
        wrapping << 0; // the first column takes what is left over
    }
    qreal wrapFixed = 0;
    for (const qsizetype c : wrapping) {
        wrapFixed += widths.at(c);
    }
    const qreal rest = available - (fixed - wrapFixed);
    for (const qsizetype c : wrapping) {
        widths[c] = std::max(widths.at(c), rest / qreal(wrapping.size()));
    }
    return widths;
}

qreal Layout::rowHeight(const QStringList &cells, const QList<qreal> &widths, const QFont &font) const
{
    qreal tallest = QFontMetricsF(font, &m_device).height();
    for (qsizetype c = 0; c < widths.size(); ++c) {
        tallest = std::max(tallest, height(cells.value(c), font, widths.at(c) - 2 * mm(kCellPadding)));
    }
    return tallest + 2 * mm(kCellPadding);
}

void Layout::tableRow(const DocumentTable &table, const QStringList &cells, const QList<qreal> &widths,
                      const QFont &font, bool header)
{
    const qreal height = rowHeight(cells, widths, font);
    if (header && painting()) {
        m_painter->fillRect(QRectF(mm(kLeft), m_y, mm(kRight - kLeft), height), kHeaderFill);
    }
    qreal x = mm(kLeft);
    for (qsizetype c = 0; c < widths.size(); ++c) {
        const DocumentTable::Column &column = table.columns.at(c);
        const qreal inner = widths.at(c) - 2 * mm(kCellPadding);
        const Qt::Alignment alignment = column.numeric ? Qt::AlignRight : Qt::AlignLeft;
        if (column.wraps || header) {
            wrapped(cells.value(c), font, x + mm(kCellPadding), m_y + mm(kCellPadding), inner, alignment);
        } else {
            line(cells.value(c), font, QRectF(x + mm(kCellPadding), m_y + mm(kCellPadding), inner, height), alignment);
        }
        x += widths.at(c);
    }
    m_y += height;
    rule(m_y, mm(kLeft), mm(kRight), header ? kSecondary : kRule, header ? 0.25 : 0.1);
}

void Layout::table(const DocumentTable &table)
{
    qreal points = 9;
    QList<qreal> widths;
    for (;; points -= 0.5) {
        widths = columnWidths(table, documentFont(points), documentFont(points, true));
        qreal wrapWidth = mm(kMinimumWrapWidth);
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            if (table.columns.at(c).wraps) {
                wrapWidth = std::min(wrapWidth, widths.at(c));
            }
        }
        const qreal total = std::accumulate(widths.cbegin(), widths.cend(), 0.0);
        if ((wrapWidth >= mm(kMinimumWrapWidth) && total <= mm(kRight - kLeft) + 1) || points <= 7) {
            break;
        }
    }
    const QFont font = documentFont(points);
    const QFont bold = documentFont(points, true);
    QStringList titles;
    for (const DocumentTable::Column &column : table.columns) {
        titles << column.title;
    }
    const qreal titleHeight = rowHeight(titles, widths, bold);
    ensureRoom(titleHeight + rowHeight(table.rows.value(0), widths, font));
    tableRow(table, titles, widths, bold, true);
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QFont &rowFont = table.emphasized.contains(int(r)) ? bold : font;
        // A row goes on the next page, under the titles again, unless it is this page's first.
        if (m_y + rowHeight(table.rows.at(r), widths, rowFont) > m_bottom && m_y > m_pageTop + titleHeight + 1) {
            breakPage();
            tableRow(table, titles, widths, bold, true);
        }
        tableRow(table, table.rows.at(r), widths, rowFont, false);
    }
    m_y += mm(4);
}

void Layout::totals()
{
    if (m_letter.totals.isEmpty()) {
        return;
    }
    const QFont font = documentFont(9.5);
    const QFont bold = documentFont(10, true);
    qreal labelWidth = 0;
    qreal valueWidth = 0;
    for (const auto &[label, value] : m_letter.totals) {
        labelWidth = std::max(labelWidth, advance(label, bold));
        valueWidth = std::max(valueWidth, advance(value, bold));
    }
    const qreal rowHeight = QFontMetricsF(bold, &m_device).height() + mm(1.2);
    ensureRoom(rowHeight * qreal(m_letter.totals.size()) + mm(2));
    const qreal valueLeft = mm(kRight - kCellPadding) - valueWidth;
    const qreal labelLeft = std::max(mm(kLeft), valueLeft - mm(6) - labelWidth);
    for (qsizetype i = 0; i < m_letter.totals.size(); ++i) {
        const bool last = i == m_letter.totals.size() - 1;
        if (last) {
            rule(m_y, labelLeft, mm(kRight), kSecondary, 0.25);
            m_y += mm(1);
        }
        const auto &[label, value] = m_letter.totals.at(i);
        line(label, last ? bold : font, QRectF(labelLeft, m_y, valueLeft - mm(6) - labelLeft, rowHeight),
             Qt::AlignLeft);
        line(value, last ? bold : font, QRectF(valueLeft, m_y, valueWidth, rowHeight), Qt::AlignRight);
        m_y += rowHeight;
    }
    m_y += mm(5);
}

} // namespace

Result<int> LetterPainter::paint(const BusinessLetter &letter, QPagedPaintDevice &device)
{
    const int pages = Layout(letter, device, nullptr, 0).run();
    QPainter painter;
    if (!painter.begin(&device)) {
        return Error(ErrorCode::Storage,
                     QCoreApplication::translate("SalesSync::Documents", "The document could not be started."));
    }
    Layout(letter, device, &painter, pages).run();
    if (!painter.end()) {
        return Error(ErrorCode::Storage,
                     QCoreApplication::translate("SalesSync::Documents", "The document could not be finished."));
    }
    return pages;
}

Status LetterPainter::writePdf(const BusinessLetter &letter, const QString &path)
{
    if (!QFileInfo(path).dir().exists()) {
        return Error(ErrorCode::Storage,
                     QCoreApplication::translate("SalesSync::Documents", "Cannot write %1: the folder does not exist.")
                         .arg(path));
    }
    Result<int> pages = [&]() -> Result<int> {
        QPdfWriter writer(path);
        writer.setTitle(letter.title);
        writer.setCreator(QStringLiteral("SalesSync"));
        writer.setResolution(600);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                         QPageLayout::Millimeter, QMarginsF(0, 0, 0, 0)));
        return paint(letter, writer);
    }();
    if (!pages) {
        return pages.error();
    }
    if (QFileInfo(path).size() == 0) {
        return Error(ErrorCode::Storage,
                     QCoreApplication::translate("SalesSync::Documents", "Cannot write %1.").arg(path));
    }
    return {};
}

} // namespace SalesSync
