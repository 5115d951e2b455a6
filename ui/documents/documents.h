#pragma once

#include "core/domain/companyprofile.h"
#include "core/domain/customer.h"
#include "core/domain/order.h"
#include "core/domain/product.h"
#include "core/domain/transaction.h"
#include "core/reports/customerstatement.h"
#include "core/result.h"
#include "ui/documents/businessletter.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace SalesSync {

class Database;
class DocumentLanguage;

// The documents sent to customers, as business letters (businessletter.h) in the customer's
// language (documentlanguage.h), headed by the company profile. Their file names are in the
// language of the screens, for the person saving them.
class Documents final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Documents)

public:
    // The order confirmation (a draft's or a cancelled order's says so): lines with quantity and
    // unit, price, discount, VAT rate and amount; net total, VAT per rate and the gross total.
    static BusinessLetter orderConfirmation(const Order &order, const Customer &customer,
                                            const QList<Product> &products,
                                            const std::optional<CompanyProfile> &company);
    // A customer statement for a period: opening balance, every entry with the running balance,
    // closing balance.
    static BusinessLetter statement(const CustomerStatement &statement, const std::optional<CompanyProfile> &company);
    // The receipt for a payment the customer made: amount, method, reference, the order it pays,
    // who received it and the balance after it.
    static BusinessLetter paymentReceipt(const Transaction &payment, const Customer &customer,
                                         const Money &balanceAfter, const QString &receivedBy,
                                         const std::optional<CompanyProfile> &company);

    // The same, with the company profile (and the name of whoever received a payment) read
    // from the workspace.
    static Result<BusinessLetter> orderConfirmation(Database &database, const Order &order, const Customer &customer,
                                                    const QList<Product> &products);
    static Result<BusinessLetter> statement(Database &database, const CustomerStatement &statement);
    static Result<BusinessLetter> paymentReceipt(Database &database, const CustomerStatement::Line &payment,
                                                 const Customer &customer);
    // A payment's receipt from the ledger alone (its balance after it, as of its date).
    static Result<BusinessLetter> paymentReceipt(Database &database, const Transaction &payment,
                                                 const Customer &customer);

    // The short number people read out on the phone: the last eight characters of the id.
    static QString orderNumber(const QString &orderId);
    // "Order confirmation 1A2B3C4D Bäckerei Möller.pdf", in the language of the screens.
    static QString orderFileName(const Order &order, const Customer &customer);
    static QString statementFileName(const CustomerStatement &statement);
    static QString receiptFileName(const Transaction &payment, const Customer &customer);

    static Status writePdf(const BusinessLetter &letter, const QString &path);
    // Asks where to save the letter as a PDF (in the user's documents folder, under fileName)
    // and writes it there on a worker thread; says so when the letter could not be made or
    // written.
    static void saveAs(QWidget *parent, const Result<BusinessLetter> &letter, const QString &fileName,
                       const QString &title);
    // Shows the pages in a print preview, from which the person prints (or not).
    static Status print(const BusinessLetter &letter, QWidget *parent);

private:
    static BusinessLetter letter(const Customer &customer, const std::optional<CompanyProfile> &company,
                                 const DocumentLanguage &language);
    static QStringList footer(const CompanyProfile &company, const DocumentLanguage &language);
    static QList<std::pair<QString, QString>> vatTotals(const Order &order, const DocumentLanguage &language);
    static QString fileName(const QString &name);
};

} // namespace SalesSync
