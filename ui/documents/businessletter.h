#pragma once

#include "core/domain/companyprofile.h"
#include "core/result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

class QPagedPaintDevice;

namespace SalesSync {

// A table on a document. Columns that do not wrap (numbers, amounts, dates) are as wide as their
// widest cell, so an amount never breaks; the wrapping columns (descriptions) share what is left.
struct DocumentTable {
    struct Column {
        QString title;
        bool numeric = false; // right-aligned, never wraps
        bool wraps = false;   // takes the width left over; text breaks between words
    };
    QList<Column> columns;
    QList<QStringList> rows;
    QSet<int> emphasized; // rows set in bold (an opening or closing balance)
};

// A business letter after DIN 5008 (form B) on A4: the letterhead with the logo, the sender line
// and the address in the window of a DL envelope, the information block, fold and hole marks, the
// subject, then the content; later pages repeat a short header and the table's column titles, and
// every page ends with "page n of m" and the company's footer (address, contacts, VAT id,
// register, bank). The texts come in already translated.
struct BusinessLetter {
    std::optional<CompanyProfile> company;
    QStringList recipient;                          // the address, line by line
    QList<std::pair<QString, QString>> information; // label, value: "Order no.", "1A2B3C4D"
    QString subject;                                // "Order confirmation"
    QString reference;                              // on every page: "Order no. 1A2B3C4D"
    QStringList before;                             // paragraphs before the table
    DocumentTable table;
    QList<std::pair<QString, QString>> totals; // below the table, right; the last in bold
    QStringList after;                         // paragraphs after the totals
    QStringList footer;                        // the company's details, a column each
    QString pageText;                          // "Page %1 of %2" in the document's language
    QString title;                             // the PDF's title
};

// Lays a business letter out on pages and paints it.
class LetterPainter final {
public:
    // Paints the letter on the device (a QPdfWriter or a QPrinter), page by page; the device's
    // coordinates must start at the paper's edge (full page). Returns the number of pages.
    static Result<int> paint(const BusinessLetter &letter, QPagedPaintDevice &device);
    // Writes the letter to a PDF file (A4).
    static Status writePdf(const BusinessLetter &letter, const QString &path);
};

} // namespace SalesSync
