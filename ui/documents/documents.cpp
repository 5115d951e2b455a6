#include "ui/documents/documents.h"

#include "core/repositories/companyprofilerepository.h"
#include "core/repositories/userrepository.h"
#include "core/rules/ledger.h"
#include "ui/background.h"
#include "ui/displaytext.h"
#include "ui/documents/documentlanguage.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>

#include <map>

namespace SalesSync {

namespace {

QString localDate(const QDateTime &utc, const DocumentLanguage &language)
{
    return utc.isValid() ? language.date(utc.toLocalTime().date()) : QString();
}

} // namespace

QString Documents::orderNumber(const QString &orderId)
{
    // The random end of the UUIDv7: its start is the creation time, the same for orders taken
    // within a minute.
    return orderId.right(8).toUpper();
}

BusinessLetter Documents::letter(const Customer &customer, const std::optional<CompanyProfile> &company,
                                 const DocumentLanguage &language)
{
    BusinessLetter l;
    l.company = company;
    l.recipient << customer.name;
    if (!customer.contactPerson.isEmpty()) {
        l.recipient << customer.contactPerson;
    }
    if (!customer.street.isEmpty()) {
        l.recipient << customer.street;
    }
    l.recipient << QString(customer.postalCode + u' ' + customer.city).trimmed();
    const QString home = company && !company->countryCode.isEmpty() ? company->countryCode : QStringLiteral("DE");
    if (!customer.countryCode.isEmpty() && customer.countryCode != home) {
        const QLocale::Territory territory = QLocale::codeToTerritory(customer.countryCode);
        l.recipient << QLocale(QLocale::AnyLanguage, territory).nativeTerritoryName().toUpper();
    }
    l.recipient.removeAll(QString());
    if (company) {
        l.footer = footer(*company, language);
    }
    l.pageText = language.tr("Page %1 of %2");
    return l;
}

QStringList Documents::footer(const CompanyProfile &company, const DocumentLanguage &language)
{
    const auto join = [](QStringList lines) {
        lines.removeAll(QString());
        return lines.join(u'\n');
    };
    QStringList columns{
        join({company.name, company.street, QString(company.postalCode + u' ' + company.city).trimmed()}),
        join({company.phone.isEmpty() ? QString() : language.tr("Phone %1").arg(company.phone), company.email,
              company.website}),
        join({company.vatId.isEmpty() ? QString() : language.tr("VAT ID %1").arg(company.vatId), company.registration}),
        join({company.bankName,
              company.iban.isEmpty() ? QString() // on one line, never broken
                                     : language.tr("IBAN %1").arg(company.iban).replace(u' ', QChar(0x00A0)),
              company.bic.isEmpty() ? QString() : language.tr("BIC %1").arg(company.bic)})};
    columns.removeAll(QString());
    return columns;
}

QList<std::pair<QString, QString>> Documents::vatTotals(const Order &order, const DocumentLanguage &language)
{
    // Per rate: the net amount it applies to and the VAT on it, from the lines, so that the
    // rates add up to the order's VAT exactly.
    // The lines of an order share its currency.
    std::map<int, std::pair<qint64, qint64>> rates; // net and VAT in minor units, by rate
    for (const OrderLine &line : order.lines) {
        auto &[net, vat] = rates[line.taxRateBasisPoints];
        net += line.net.minorUnits();
        vat += line.tax.minorUnits();
    }
    const Currency &currency = order.total.currency();
    QList<std::pair<QString, QString>> totals{{language.tr("Net total"), language.money(order.netTotal)}};
    for (const auto &[rate, amounts] : rates) {
        totals.append(
            {language.tr("VAT %1 on %2").arg(language.percent(rate), language.money(Money(amounts.first, currency))),
             language.money(Money(amounts.second, currency))});
    }
    totals.append({language.tr("Total amount"), language.money(order.total)});
    return totals;
}

BusinessLetter Documents::orderConfirmation(const Order &order, const Customer &customer,
                                            const QList<Product> &products,
                                            const std::optional<CompanyProfile> &company)
{
    const DocumentLanguage language = DocumentLanguage::forCustomer(customer);
    BusinessLetter l = letter(customer, company, language);
    const QString number = orderNumber(order.id);
    const bool draft = order.status == OrderStatus::Draft;
    l.subject = draft ? language.tr("Order draft")
                      : (order.status == OrderStatus::Cancelled ? language.tr("Cancelled order")
                                                                : language.tr("Order confirmation"));
    l.reference = language.tr("Order no. %1").arg(number);
    l.title = l.subject + u' ' + number;
    l.information = {{language.tr("Order no."), number},
                     {language.tr("Customer no."), customer.code},
                     {language.tr("Order date"),
                      localDate(order.submittedAt.isValid() ? order.submittedAt : order.createdAt, language)},
                     {language.tr("Date"), language.date(QDate::currentDate())}};
    const bool cancelled = order.status == OrderStatus::Cancelled;
    l.before << (draft       ? language.tr("This is your order as drafted so far; it is not yet binding.")
                 : cancelled ? language.tr("This order has been cancelled; nothing will be delivered or charged.")
                             : language.tr("Thank you for your order, which we confirm as follows."));
    const QString currency = order.total.currency().code();
    bool discounts = false;
    for (const OrderLine &line : order.lines) {
        discounts = discounts || !line.discount.isZero();
    }
    l.table.columns = {{language.tr("Pos."), true},
                       {language.tr("Item no.")},
                       {language.tr("Description"), false, true},
                       {language.tr("Quantity"), true},
                       {language.tr("Unit price %1").arg(currency), true}};
    if (discounts) {
        l.table.columns.append({language.tr("Discount %1").arg(currency), true});
    }
    l.table.columns.append({{language.tr("VAT"), true}, {language.tr("Amount %1").arg(currency), true}});
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        const OrderLine &line = order.lines.at(i);
        const auto product = std::find_if(products.cbegin(), products.cend(),
                                          [&line](const Product &p) { return p.id == line.productId; });
        const bool known = product != products.cend();
        QStringList row{language.locale().toString(line.lineNo > 0 ? line.lineNo : int(i + 1)),
                        known ? product->sku : QString(),
                        line.description.isEmpty() && known ? product->name : line.description,
                        language.quantityOf(line.quantityMilli, known ? product->unit : QString()),
                        line.unitPrice.formatNumber(language.locale())};
        if (discounts) {
            row << (line.discount.isZero() ? QString() : line.discount.formatNumber(language.locale()));
        }
        row << language.percent(line.taxRateBasisPoints) << line.net.formatNumber(language.locale());
        l.table.rows << row;
    }
    l.totals = vatTotals(order, language);
    if (!order.notes.isEmpty()) {
        l.after << language.tr("Notes: %1").arg(order.notes);
    }
    if (cancelled) {
        return l; // nothing to pay
    }
    l.after << (customer.paymentTermsDays == 0
                    ? language.tr("Payable immediately without deduction.")
                    : language.tr("Payable within %n days without deduction.", nullptr, customer.paymentTermsDays));
    return l;
}

BusinessLetter Documents::statement(const CustomerStatement &s, const std::optional<CompanyProfile> &company)
{
    const DocumentLanguage language = DocumentLanguage::forCustomer(s.customer);
    BusinessLetter l = letter(s.customer, company, language);
    l.subject = language.tr("Statement of account");
    l.reference = language.tr("Customer no. %1").arg(s.customer.code);
    l.title = l.subject + u' ' + s.customer.code;
    l.information = {{language.tr("Customer no."), s.customer.code},
                     {language.tr("Period"), language.tr("%1 to %2").arg(language.date(s.from), language.date(s.to))},
                     {language.tr("Date"), language.date(QDate::currentDate())}};
    const QString currency = s.opening.currency().code();
    l.before << language.tr("Here are the entries on your account for the period.");
    l.table.columns = {{language.tr("Date")},
                       {language.tr("Entry")},
                       {language.tr("Reference"), false, true},
                       {language.tr("Charges %1").arg(currency), true},
                       {language.tr("Credits %1").arg(currency), true},
                       {language.tr("Balance %1").arg(currency), true}};
    const QLocale &locale = language.locale();
    l.table.rows << QStringList{
        language.date(s.from),         language.tr("Opening balance"), QString(), QString(), QString(),
        s.opening.formatNumber(locale)};
    l.table.emphasized.insert(0);
    for (const CustomerStatement::Line &line : s.lines) {
        const bool charge = Ledger::sign(line.entry) > 0;
        QStringList reference{line.entry.reference, line.entry.reason};
        if (!line.entry.orderId.isEmpty()) {
            reference.prepend(language.tr("Order no. %1").arg(orderNumber(line.entry.orderId)));
        }
        reference.removeAll(QString());
        const QString amount = line.entry.amount.formatNumber(locale);
        l.table.rows << QStringList{
            localDate(line.entry.occurredAt, language),
            language.displayText(DisplayText::transactionKindSource(line.entry.kind, line.entry.direction)),
            reference.join(QStringLiteral(" · ")),
            charge ? amount : QString(),
            charge ? QString() : amount,
            line.balance.formatNumber(locale)};
    }
    l.table.emphasized.insert(int(l.table.rows.size()));
    l.table.rows << QStringList{language.date(s.to), language.tr("Closing balance"),  QString(), QString(),
                                QString(),           s.closing().formatNumber(locale)};
    const Money closing = s.closing();
    l.totals = {{closing.isNegative() ? language.tr("Your credit") : language.tr("Amount due"),
                 language.money(closing.isNegative() ? closing.negated() : closing)}};
    l.after << language.tr("A positive balance is the amount you owe us; a negative one is a credit in your favour.");
    return l;
}

BusinessLetter Documents::paymentReceipt(const Transaction &payment, const Customer &customer,
                                         const Money &balanceAfter, const QString &receivedBy,
                                         const std::optional<CompanyProfile> &company)
{
    const DocumentLanguage language = DocumentLanguage::forCustomer(customer);
    BusinessLetter l = letter(customer, company, language);
    const QString number = orderNumber(payment.id);
    l.subject = language.tr("Payment receipt");
    l.reference = language.tr("Receipt no. %1").arg(number);
    l.title = l.subject + u' ' + number;
    l.information = {{language.tr("Receipt no."), number},
                     {language.tr("Customer no."), customer.code},
                     {language.tr("Date"), localDate(payment.occurredAt, language)}};
    l.before << language.tr("We confirm with thanks that we have received the following payment.");
    const QString currency = payment.amount.currency().code();
    l.table.columns = {{language.tr("Date")},
                       {language.tr("Payment method")},
                       {language.tr("Reference"), false, true},
                       {language.tr("For order")},
                       {language.tr("Amount %1").arg(currency), true}};
    l.table.rows << QStringList{localDate(payment.occurredAt, language),
                                language.displayText(DisplayText::paymentMethodSource(payment.method)),
                                payment.reference, payment.orderId.isEmpty() ? QString() : orderNumber(payment.orderId),
                                payment.amount.formatNumber(language.locale())};
    l.totals = {{language.tr("Received"), language.money(payment.amount)}};
    if (!receivedBy.isEmpty()) {
        l.after << language.tr("Received by %1.").arg(receivedBy);
    }
    l.after << (balanceAfter.isNegative()
                    ? language.tr("After this payment your account is in credit by %1.")
                          .arg(language.money(balanceAfter.negated()))
                    : language.tr("Balance of your account after this payment: %1.").arg(language.money(balanceAfter)));
    return l;
}

Result<BusinessLetter> Documents::orderConfirmation(Database &database, const Order &order, const Customer &customer,
                                                    const QList<Product> &products)
{
    const Result<std::optional<CompanyProfile>> company = CompanyProfileRepository(database).current();
    if (!company) {
        return company.error();
    }
    return orderConfirmation(order, customer, products, *company);
}

Result<BusinessLetter> Documents::statement(Database &database, const CustomerStatement &statement)
{
    const Result<std::optional<CompanyProfile>> company = CompanyProfileRepository(database).current();
    if (!company) {
        return company.error();
    }
    return Documents::statement(statement, *company);
}

Result<BusinessLetter> Documents::paymentReceipt(Database &database, const CustomerStatement::Line &payment,
                                                 const Customer &customer)
{
    const Result<std::optional<CompanyProfile>> company = CompanyProfileRepository(database).current();
    if (!company) {
        return company.error();
    }
    // Someone this device does not know (another team's user) is left out rather than named by id.
    const Result<User> recorder = UserRepository(database).get(payment.entry.recordedBy);
    return paymentReceipt(payment.entry, customer, payment.balance, recorder ? recorder->displayName : QString(),
                          *company);
}

Result<BusinessLetter> Documents::paymentReceipt(Database &database, const Transaction &payment,
                                                 const Customer &customer)
{
    const QDate day = payment.occurredAt.toLocalTime().date();
    const Result<CustomerStatement> statement = CustomerStatement::compute(database, payment.customerId, day, day);
    if (!statement) {
        return statement.error();
    }
    for (const CustomerStatement::Line &line : statement->lines) {
        if (line.entry.id == payment.id) {
            return paymentReceipt(database, line, customer);
        }
    }
    return Error(ErrorCode::NotFound, tr("The payment %1 is not in the ledger.").arg(orderNumber(payment.id)));
}

QString Documents::fileName(const QString &name)
{
    // Characters that some file systems refuse become spaces; the name stays readable.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    return QString(name).replace(unsafe, QStringLiteral(" ")).simplified() + QStringLiteral(".pdf");
}

QString Documents::orderFileName(const Order &order, const Customer &customer)
{
    return fileName(tr("Order confirmation %1 %2").arg(orderNumber(order.id), customer.name));
}

QString Documents::statementFileName(const CustomerStatement &statement)
{
    return fileName(tr("Statement %1 %2 %3")
                        .arg(statement.customer.code, statement.customer.name,
                             statement.to.toString(QStringLiteral("yyyy-MM-dd"))));
}

QString Documents::receiptFileName(const Transaction &payment, const Customer &customer)
{
    return fileName(tr("Payment receipt %1 %2").arg(orderNumber(payment.id), customer.name));
}

Status Documents::writePdf(const BusinessLetter &letter, const QString &path)
{
    return LetterPainter::writePdf(letter, path);
}

void Documents::saveAs(QWidget *parent, const Result<BusinessLetter> &letter, const QString &fileName,
                       const QString &title)
{
    if (!letter) {
        QMessageBox::warning(parent, title, letter.error().message());
        return;
    }
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(fileName);
    const QString path = QFileDialog::getSaveFileName(parent, title, suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    // Laying out and writing a long document takes a moment: on a worker thread, under the busy
    // cursor. The answer comes to the application (the window may have closed meanwhile).
    QApplication::setOverrideCursor(Qt::BusyCursor);
    runInBackground(
        QThreadPool::globalInstance(), qApp, [written = *letter, path] { return writePdf(written, path); },
        [owner = QPointer<QWidget>(parent), title](const Status &done) {
            QApplication::restoreOverrideCursor();
            if (!done) {
                QMessageBox::warning(owner, title, done.error().message());
            }
        });
}

Status Documents::print(const BusinessLetter &letter, QWidget *parent)
{
    // A preview of the pages first, with the print button and the printer's settings.
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(letter.title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(letter.title);
    Status painted;
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&letter, &painted](QPrinter *target) {
        const Result<int> pages = LetterPainter::paint(letter, *target);
        painted = pages ? Status() : Status(pages.error());
    });
    preview.exec();
    return painted;
}

} // namespace SalesSync
