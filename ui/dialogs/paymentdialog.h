#pragma once

#include "core/domain/customer.h"
#include "core/domain/transaction.h"
#include "ui/fielderrors.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLineEdit;

namespace SalesSync {

class Workspace;

// Records a payment (cash, cheque or bank transfer) from a customer, optionally against one of
// their orders. The amount is typed in the customer's currency with the locale's decimal mark;
// a cheque or transfer needs its number. The entry goes into the append-only ledger.
class PaymentDialog final : public QDialog {
    Q_OBJECT

public:
    PaymentDialog(Workspace &workspace, const Customer &customer, QWidget *parent = nullptr);

    QLineEdit *amountField() const { return m_amount; }
    QComboBox *methodField() const { return m_method; }
    QLineEdit *referenceField() const { return m_reference; }
    QComboBox *orderField() const { return m_order; }
    const FieldErrors &errors() const { return m_errors; }
    const Transaction &recorded() const { return m_recorded; }
    void submit();
    // Esc and the window's close button wait while the write runs: its answer must arrive.
    void reject() override;

private:
    Workspace &m_workspace;
    Customer m_customer;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_reference = nullptr;
    QComboBox *m_order = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    FieldErrors m_errors;
    Transaction m_recorded;
};

// Reverses a ledger entry, all of what is left of it or a part, with a reason (required). The
// original entry stays as it is; the reversal is a new entry that refers to it.
class ReverseDialog final : public QDialog {
    Q_OBJECT

public:
    ReverseDialog(Workspace &workspace, const Transaction &original, const Money &reversible,
                  QWidget *parent = nullptr);

    QLineEdit *amountField() const { return m_amount; }
    QLineEdit *reasonField() const { return m_reason; }
    const FieldErrors &errors() const { return m_errors; }
    void submit();
    void reject() override;

private:
    Workspace &m_workspace;
    Transaction m_original;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    FieldErrors m_errors;
};

} // namespace SalesSync
