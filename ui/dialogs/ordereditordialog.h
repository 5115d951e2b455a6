#pragma once

#include "core/domain/customer.h"
#include "core/domain/order.h"
#include "core/domain/product.h"
#include "core/repositories/orderrepository.h"
#include "ui/confirm.h"
#include "ui/documents/businessletter.h"
#include "ui/fielderrors.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace SalesSync {

class OrderLinesModel;
class ProductSearchModel;
class Workspace;

// Writing an order: find products by name or SKU and add them (Return), type quantities and
// line discounts into the table, and watch price, tax and totals, and the customer's credit,
// follow as you type. Save it as a draft, or submit it: over the credit limit the screen warns
// before submitting, or refuses where the company's policy blocks. A submitted order opens read
// only. Print it or save it as a PDF confirmation.
class OrderEditorDialog final : public QDialog {
    Q_OBJECT

public:
    // A new order for a customer, taken during a visit when visitId is given.
    OrderEditorDialog(Workspace &workspace, const QString &customerId, const QString &visitId,
                      QWidget *parent = nullptr);
    // An existing order.
    OrderEditorDialog(Workspace &workspace, const QString &orderId, QWidget *parent = nullptr);
    ~OrderEditorDialog() override;

    OrderLinesModel *lines() const { return m_lines; }
    ProductSearchModel *products() const { return m_products; }
    QLineEdit *productSearch() const { return m_search; }
    QListView *productMatches() const { return m_matches; }
    QTableView *linesView() const { return m_linesView; }
    QString totalsText() const;
    QString creditText() const;
    // The message shown under the lines (a refused edit, save or submit), or empty.
    QString errorText() const { return m_errors.message(QString()); }
    bool isLoaded() const { return m_loaded; }
    const Order &order() const;
    const FieldErrors &errors() const { return m_errors; }

    QPushButton *saveButton() const { return m_save; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *pdfButton() const { return m_pdf; }
    QPushButton *cancelOrderButton() const { return m_cancelOrder; }

    // Saves the confirmation as PDF without asking where (tests, scripts).
    Status savePdf(const QString &path);
    // Whether there are changes not saved yet.
    bool isModified() const { return m_modified; }
    // Closing with unsaved changes asks first (Esc, Close, the window's button).
    void reject() override;

    // Submitting asks first (it cannot be taken back; over the credit limit it says by how much);
    // this answers for tests and scripts.
    void setConfirm(ConfirmAnswer confirm) { m_confirm = std::move(confirm); }

signals:
    void saved(const QString &orderId);

private:
    void build();
    void load(const QString &orderId, const QString &customerId, const QString &visitId);
    void addProduct(const Product &product);
    void updateTotals();
    void saveDraft();
    // Saves and submits in one step that leaves nothing behind when refused.
    void submit();
    void commitCellEditor();
    void exportPdf();
    void printConfirmation();
    Result<BusinessLetter> confirmation();
    void cancelOrder();

    Workspace &m_workspace;
    OrderLinesModel *m_lines = nullptr;
    ProductSearchModel *m_products = nullptr;
    Customer m_customer;
    CreditHeadroom m_headroom; // open balance and orders not yet invoiced, without this one
    CreditPolicy m_policy = CreditPolicy::Warn;
    bool m_loaded = false;
    QLabel *m_header = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_matches = nullptr;
    QTableView *m_linesView = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_credit = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_cancelOrder = nullptr;
    FieldErrors m_errors;
    ConfirmAnswer m_confirm;
    bool m_modified = false;
};

} // namespace SalesSync
