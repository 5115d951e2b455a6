#pragma once

#include "core/domain/customer.h"
#include "ui/fielderrors.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace SalesSync {

class Workspace;

// Creates or edits a customer. Every rule the core checks (required fields, e-mail and phone
// format, country code, coordinates, credit limit, payment terms, territory) comes back as a
// message next to its field; nothing is saved until all of them pass.
class CustomerEditDialog final : public QDialog {
    Q_OBJECT

public:
    // An empty customer (no id) creates one.
    CustomerEditDialog(Workspace &workspace, const Customer &customer, QWidget *parent = nullptr);

    // The field editors by the domain's field name ("name", "creditLimit", ...), for tests.
    QWidget *editor(const QString &field) const { return m_editors.value(field); }
    const FieldErrors &errors() const { return m_errors; }
    const Customer &customer() const { return m_customer; }
    void submit();

    // Esc and the window's close button wait while the write runs: its answer must arrive.
    void reject() override;

private:
    QWidget *makeCreditEditor(const Customer &customer);
    // Disables the fields the signed-in user's role may not set (new) or change (existing).
    void limitToWriters();
    // What the form says; what cannot even be read (a malformed amount) goes to *errors.
    Customer read(QList<FieldError> *errors) const;
    QLineEdit *addLine(const QString &field, const QString &value);

    Workspace &m_workspace;
    Customer m_customer;
    QHash<QString, QWidget *> m_editors;
    QLineEdit *m_latitude = nullptr;
    QLineEdit *m_longitude = nullptr;
    QLineEdit *m_creditLimit = nullptr;
    QComboBox *m_currency = nullptr;
    QSpinBox *m_terms = nullptr;
    QComboBox *m_territory = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_language = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    FieldErrors m_errors;
};

} // namespace SalesSync
