#include "ui/dialogs/paymentdialog.h"

#include "core/repositories/customerrepository.h"
#include "core/repositories/orderrepository.h"
#include "core/repositories/transactionrepository.h"
#include "core/rules/workflow.h"
#include "ui/background.h"
#include "ui/dialogs/dialogwidth.h"
#include "ui/displaytext.h"
#include "ui/documents/documents.h"
#include "ui/theme/theme.h"
#include "ui/workspace.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace SalesSync {

namespace {

// An amount typed in the locale; the field is "amount" for the error.
Result<Money> readAmount(const QString &text, const Currency &currency)
{
    if (text.trimmed().isEmpty()) {
        return Error::validation(QStringLiteral("amount"), PaymentDialog::tr("enter the amount"));
    }
    return Money::parse(text.trimmed(), currency, QLocale());
}

} // namespace

PaymentDialog::PaymentDialog(Workspace &workspace, const Customer &customer, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_customer(customer)
{
    setWindowTitle(tr("Record a payment from %1").arg(customer.name));
    setReadableWidth(this);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setPlaceholderText(Money(12345, customer.currency()).format(QLocale()));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("method"));
    for (const PaymentMethod m : {PaymentMethod::Cash, PaymentMethod::Cheque, PaymentMethod::BankTransfer}) {
        m_method->addItem(DisplayText::paymentMethod(m), int(m));
    }
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reference->setPlaceholderText(tr("cheque number or bank reference"));
    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("order"));
    m_order->addItem(tr("On account (no particular order)"), QString());
    m_when = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_when->setObjectName(QStringLiteral("occurredAt"));
    m_when->setCalendarPopup(true);
    m_when->setMaximumDateTime(QDateTime::currentDateTime().addSecs(300));

    auto *form = new QFormLayout;
    const auto row = [&](const QString &label, const QString &field, QWidget *editor) {
        QLabel *error = FieldErrors::makeLabel(this, field + QStringLiteral("Error"));
        m_errors.add(field, editor, error);
        form->addRow(label, editor);
        form->addRow(QString(), error);
    };
    row(tr("&Amount (%1):").arg(customer.currency().code()), QStringLiteral("amount"), m_amount);
    row(tr("&Method:"), QStringLiteral("method"), m_method);
    row(tr("&Reference:"), QStringLiteral("reference"), m_reference);
    row(tr("For &order:"), QStringLiteral("orderId"), m_order);
    row(tr("&Received:"), QStringLiteral("occurredAt"), m_when);
    QLabel *general = FieldErrors::makeLabel(this, QStringLiteral("error"));
    m_errors.setGeneralLabel(general);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *record = m_buttons->addButton(tr("Re&cord payment"), QDialogButtonBox::AcceptRole);
    record->setDefault(true);
    connect(record, &QPushButton::clicked, this, &PaymentDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Whose money, and what they owe: the amount is typed with both in view.
    auto *heading = new QLabel(customer.name, this);
    Theme::setTextStyle(heading, TextStyle::Section);
    auto *balance = new QLabel(this);
    balance->setObjectName(QStringLiteral("balance"));
    Theme::setTextStyle(balance, TextStyle::Secondary);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(balance);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(m_buttons);
    m_amount->setFocus();
    runInBackground(
        m_workspace.pool(), balance,
        [&database = m_workspace.database(), id = customer.id] { return CustomerRepository(database).openBalance(id); },
        [balance](Result<Money> owed) {
            balance->setText(owed ? tr("Open balance: %1").arg(owed->format(QLocale())) : owed.error().message());
        });

    // The customer's orders that can be paid for.
    runInBackground(
        m_workspace.pool(), this,
        [&database = m_workspace.database(), id = customer.id] { return OrderRepository(database).forCustomer(id); },
        [this](Result<QList<Order>> orders) {
            if (!orders) {
                m_errors.show(orders.error()); // the payment can still go against the account
                return;
            }
            for (const Order &o : *orders) {
                if (Workflow::acceptsPayments(o.status)) {
                    m_order->addItem(tr("%1 of %2 — %3")
                                         .arg(Documents::orderNumber(o.id), DisplayText::date(o.createdAt),
                                              o.total.format(QLocale())),
                                     o.id);
                }
            }
        });
}

void PaymentDialog::submit()
{
    m_errors.clear();
    Transaction entry;
    entry.customerId = m_customer.id;
    entry.kind = TransactionKind::Payment;
    entry.method = PaymentMethod(m_method->currentData().toInt());
    entry.reference = m_reference->text().trimmed();
    entry.orderId = m_order->currentData().toString();
    entry.occurredAt = m_when->dateTime().toUTC();
    const Result<Money> amount = readAmount(m_amount->text(), m_customer.currency());
    if (!amount) {
        m_errors.show(QStringLiteral("amount"), amount.error().fields().isEmpty()
                                                    ? amount.error().message()
                                                    : amount.error().fields().first().message);
        return;
    }
    entry.amount = *amount;
    m_buttons->setEnabled(false);
    runInBackground(
        m_workspace.pool(), this,
        [&database = m_workspace.database(), entry] { return TransactionRepository(database).record(entry); },
        [this](Result<Transaction> done) {
            m_buttons->setEnabled(true);
            if (!done) {
                m_errors.show(done.error());
                return;
            }
            m_recorded = *done;
            m_workspace.localChange({QStringLiteral("transaction")});
            accept();
        });
}

ReverseDialog::ReverseDialog(Workspace &workspace, const Transaction &original, const Money &reversible,
                             QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_original(original)
{
    const QLocale locale;
    setWindowTitle(tr("Reverse an entry"));
    setReadableWidth(this);
    auto *what = new QLabel(tr("%1 of %2 on %3. Up to %4 can be reversed; the entry itself stays in the ledger.")
                                .arg(DisplayText::transactionKind(original.kind, original.direction),
                                     original.amount.format(locale), DisplayText::dateTime(original.occurredAt),
                                     reversible.format(locale)),
                            this);
    what->setWordWrap(true);
    m_amount = new QLineEdit(DisplayText::amount(reversible), this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAlignment(Qt::AlignRight);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("e.g. cheque returned unpaid"));
    auto *form = new QFormLayout;
    QLabel *amountError = FieldErrors::makeLabel(this, QStringLiteral("amountError"));
    QLabel *reasonError = FieldErrors::makeLabel(this, QStringLiteral("reasonError"));
    m_errors.add(QStringLiteral("amount"), m_amount, amountError);
    m_errors.add(QStringLiteral("reason"), m_reason, reasonError);
    form->addRow(tr("&Amount (%1):").arg(original.amount.currency().code()), m_amount);
    form->addRow(QString(), amountError);
    form->addRow(tr("R&eason:"), m_reason);
    form->addRow(QString(), reasonError);
    QLabel *general = FieldErrors::makeLabel(this, QStringLiteral("error"));
    m_errors.setGeneralLabel(general);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *reverse = m_buttons->addButton(tr("&Reverse"), QDialogButtonBox::AcceptRole);
    reverse->setDefault(true);
    connect(reverse, &QPushButton::clicked, this, &ReverseDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(m_buttons);
    m_reason->setFocus();
}

void ReverseDialog::submit()
{
    m_errors.clear();
    const Result<Money> amount = readAmount(m_amount->text(), m_original.amount.currency());
    if (!amount) {
        m_errors.show(QStringLiteral("amount"), amount.error().fields().isEmpty()
                                                    ? amount.error().message()
                                                    : amount.error().fields().first().message);
        return;
    }
    m_buttons->setEnabled(false);
    runInBackground(
        m_workspace.pool(), this,
        [&database = m_workspace.database(), id = m_original.id, reason = m_reason->text(), amount = *amount] {
            return TransactionRepository(database).reverse(id, reason, amount, QDateTime::currentDateTimeUtc());
        },
        [this](Result<Transaction> done) {
            m_buttons->setEnabled(true);
            if (!done) {
                m_errors.show(done.error());
                return;
            }
            m_workspace.localChange({QStringLiteral("transaction")});
            accept();
        });
}

void PaymentDialog::reject()
{
    if (m_buttons->isEnabled()) {
        QDialog::reject();
    }
}

void ReverseDialog::reject()
{
    if (m_buttons->isEnabled()) {
        QDialog::reject();
    }
}

} // namespace SalesSync
