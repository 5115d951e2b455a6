#include "ui/pages/paymentspage.h"

#include "core/reports/customerstatement.h"
#include "core/repositories/customerrepository.h"
#include "ui/background.h"
#include "ui/csvfile.h"
#include "ui/dialogs/paymentdialog.h"
#include "ui/displaytext.h"
#include "ui/documents/documents.h"
#include "ui/models/ledgermodel.h"
#include "ui/theme/theme.h"
#include "ui/widgets/customerpicker.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/listtable.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/pageheader.h"
#include "ui/workspace.h"

#include <QAction>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace SalesSync {

PaymentsPage::PaymentsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new LedgerModel(this))
{
    setObjectName(QStringLiteral("paymentsPage"));
    m_picker = new CustomerPicker(workspace, this);
    // Three or four matches (two lines each) are enough to choose from; the statement needs the room.
    m_picker->matches()->setMaximumHeight(m_picker->fontMetrics().height() * 9);
    connect(m_picker, &CustomerPicker::customerChosen, this, &PaymentsPage::showCustomer);

    m_from = new QDateEdit(QDate::currentDate().addMonths(-3), this);
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setCalendarPopup(true);
    connect(m_from, &QDateEdit::dateChanged, this, &PaymentsPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &PaymentsPage::reload);

    m_view = makeListTable(this, QStringLiteral("ledger"), m_model, LedgerModel::Reference);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));

    m_record = new QAction(Theme::icon(QStringLiteral("list-add")), tr("Record &payment…"), this);
    m_record->setShortcut(QKeySequence::New);
    m_reverse = new QAction(Theme::icon(QStringLiteral("edit-undo")), tr("&Reverse…"), this);
    m_reverse->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_pdf = new QAction(Theme::icon(QStringLiteral("document-print")), tr("Statement as P&DF…"), this);
    m_csv = new QAction(Theme::icon(QStringLiteral("document-export")), tr("Statement as &CSV…"), this);
    m_receipt = new QAction(Theme::icon(QStringLiteral("document-save-as")), tr("Payment r&eceipt…"), this);
    m_receipt->setToolTip(tr("Save the receipt for the selected payment as a PDF to give or send the customer"));
    for (QAction *a : {m_record, m_reverse, m_pdf, m_csv, m_receipt}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_record, &QAction::triggered, this, [this] {
        auto *dialog = new PaymentDialog(m_workspace, m_model->statement().customer, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] { paymentRecorded(dialog->recorded()); });
        dialog->open();
    });
    connect(m_reverse, &QAction::triggered, this, [this] {
        const CustomerStatement::Line *line = m_model->lineAt(m_view->currentIndex().row());
        if (!line || line->reversible.isZero()) {
            return;
        }
        auto *dialog = new ReverseDialog(m_workspace, line->entry, line->reversible, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_pdf, &QAction::triggered, this, [this] {
        const CustomerStatement &statement = m_model->statement();
        Documents::saveAs(this, Documents::statement(m_workspace.database(), statement),
                          Documents::statementFileName(statement), tr("Save the statement"));
    });
    connect(m_csv, &QAction::triggered, this, [this] {
        const QString name = QFileInfo(Documents::statementFileName(m_model->statement())).completeBaseName();
        CsvFile::saveAs(this, tr("Save the statement"), name + QStringLiteral(".csv"), m_model->statement().toCsv());
    });
    connect(m_receipt, &QAction::triggered, this, &PaymentsPage::exportReceipt);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PaymentsPage::updateActions);
    m_message = new MessageBar(this);

    m_empty = new EmptyState(QStringLiteral("view-financial-list"), QString(), QString(), this);
    m_empty->setAction(m_record);
    attachEmptyState(m_view, m_empty, [this] { return m_model->statement().lines.isEmpty(); });

    QToolBar *toolbar = makePageToolBar(this);
    toolbar->addAction(m_record);
    toolbar->addAction(m_reverse);
    toolbar->addAction(m_receipt);
    toolbar->addSeparator();
    toolbar->addAction(m_pdf);
    toolbar->addAction(m_csv);
    auto *period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("From:"), this));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to:"), this));
    period->addWidget(m_to);
    period->addStretch();

    auto *layout = new QVBoxLayout(this);
    setPageMargins(layout);
    layout->addWidget(new PageHeader(tr("Payments and statement"), this));
    layout->addWidget(m_message);
    layout->addWidget(m_picker);
    layout->addLayout(period);
    layout->addWidget(toolbar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    connect(&m_workspace, &Workspace::dataChanged, this, [this](const QStringList &entities) {
        if (entities.contains(u"transaction") || entities.contains(u"customer")) {
            reload();
        }
    });
    updateActions();
    setFocusProxy(m_picker);
}

void PaymentsPage::showCustomer(const QString &customerId)
{
    m_customerId = customerId;
    reload();
}

void PaymentsPage::recordPaymentFor(const QString &customerId)
{
    m_recordWhenLoaded = true;
    showCustomer(customerId);
}

void PaymentsPage::setPeriod(const QDate &from, const QDate &to)
{
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    reload();
}

QString PaymentsPage::summaryText() const
{
    return m_summary->text();
}

void PaymentsPage::reload()
{
    if (m_customerId.isEmpty()) {
        m_summary->clear();
        m_empty->setTitle(tr("Choose a customer to see their account"));
        m_empty->setHint(tr("Search above by name, customer number or city. The statement lists charges, "
                            "payments and reversals, and you can record a payment from it."));
        m_empty->setVisible(true);
        return;
    }
    m_empty->setTitle(tr("No payments or charges from %1 to %2")
                          .arg(DisplayText::date(m_from->date()), DisplayText::date(m_to->date())));
    m_empty->setHint(tr("Record a payment here, from the customer or during a visit, or choose a longer period."));
    const quint64 generation = ++m_generation;
    m_loaded = false;
    updateActions();
    runInBackground(
        m_workspace.pool(), this,
        [&database = m_workspace.database(), id = m_customerId, from = m_from->date(), to = m_to->date()] {
            return CustomerStatement::compute(database, id, from, to);
        },
        [this, generation](Result<CustomerStatement> statement) {
            if (generation != m_generation) {
                return;
            }
            if (!statement) {
                m_summary->setText(statement.error().message());
                return;
            }
            const QString selected = m_selectWhenLoaded.isEmpty()
                                         ? m_view->currentIndex().data(LedgerModel::IdRole).toString()
                                         : std::exchange(m_selectWhenLoaded, QString());
            m_model->setStatement(*statement);
            if (m_picker->customerId() != statement->customer.id) {
                m_picker->setCustomer(statement->customer.id, statement->customer.name);
            }
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (!selected.isEmpty() && m_model->index(row, 0).data(LedgerModel::IdRole).toString() == selected) {
                    m_view->setCurrentIndex(m_model->index(row, 0));
                }
            }
            const QLocale locale;
            m_summary->setText(tr("%1: opening %2 · closing %3 · credit limit %4")
                                   .arg(statement->customer.name, statement->opening.format(locale),
                                        statement->closing().format(locale),
                                        statement->customer.creditLimit.format(locale)));
            m_loaded = true;
            updateActions();
            if (std::exchange(m_recordWhenLoaded, false)) {
                m_record->trigger();
            }
        });
}

void PaymentsPage::updateActions()
{
    const bool any = !m_customerId.isEmpty() && m_loaded;
    m_record->setEnabled(any);
    m_pdf->setEnabled(any);
    m_csv->setEnabled(any);
    const CustomerStatement::Line *line = m_model->lineAt(m_view->currentIndex().row());
    m_reverse->setEnabled(any && line && !line->reversible.isZero());
    m_receipt->setEnabled(any && line && line->entry.kind == TransactionKind::Payment && !line->entry.isReversal());
}

void PaymentsPage::paymentRecorded(const Transaction &payment)
{
    m_selectWhenLoaded = payment.id;
    m_message->showMessage(tr("Payment of %1 recorded.").arg(payment.amount.format(QLocale())), Tone::Success);
    // This payment's, whatever row is selected by then (or whether it is in the period shown).
    m_message->addButton(tr("Save receipt…"), [this, payment] {
        const Customer &customer = m_model->statement().customer;
        Documents::saveAs(this, Documents::paymentReceipt(m_workspace.database(), payment, customer),
                          Documents::receiptFileName(payment, customer), tr("Save the payment receipt"));
    });
}

void PaymentsPage::exportReceipt()
{
    const CustomerStatement::Line *line = m_model->lineAt(m_view->currentIndex().row());
    if (!line || line->entry.kind != TransactionKind::Payment) {
        return;
    }
    const Customer &customer = m_model->statement().customer;
    Documents::saveAs(this, Documents::paymentReceipt(m_workspace.database(), *line, customer),
                      Documents::receiptFileName(line->entry, customer), tr("Save the payment receipt"));
}

bool PaymentsPage::saveReceipt(const QString &path, QString *error)
{
    const CustomerStatement::Line *line = m_model->lineAt(m_view->currentIndex().row());
    if (!line || line->entry.kind != TransactionKind::Payment) {
        *error = tr("Choose a payment first.");
        return false;
    }
    const Result<BusinessLetter> letter =
        Documents::paymentReceipt(m_workspace.database(), *line, m_model->statement().customer);
    const Status s = letter ? Documents::writePdf(*letter, path) : Status(letter.error());
    if (!s) {
        *error = s.error().message();
    }
    return s.ok();
}

bool PaymentsPage::savePdf(const QString &path, QString *error)
{
    const Result<BusinessLetter> letter = Documents::statement(m_workspace.database(), m_model->statement());
    const Status s = letter ? Documents::writePdf(*letter, path) : Status(letter.error());
    if (!s) {
        *error = s.error().message();
    }
    return s.ok();
}

bool PaymentsPage::saveCsv(const QString &path, QString *error)
{
    return CsvFile::save(path, m_model->statement().toCsv(), error);
}

} // namespace SalesSync
