#pragma once

#include <QDate>
#include <QWidget>

class QAction;
class QDateEdit;
class QLabel;
class QTableView;

namespace SalesSync {

class CustomerPicker;
class LedgerModel;
class MessageBar;
struct Transaction;
class Workspace;

// A customer's account: the statement for a period with the running balance, payments recorded
// here (cash, cheque, bank transfer), reversals with a reason, and the statement as PDF or CSV.
class PaymentsPage final : public QWidget {
    Q_OBJECT

public:
    explicit PaymentsPage(Workspace &workspace, QWidget *parent = nullptr);

    void showCustomer(const QString &customerId);
    // Shows the customer's account and opens the payment form for them once it is read.
    void recordPaymentFor(const QString &customerId);
    QString customerId() const { return m_customerId; }
    void setPeriod(const QDate &from, const QDate &to);
    LedgerModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString summaryText() const;
    bool isLoaded() const { return m_loaded; }

    QAction *recordAction() const { return m_record; }
    QAction *reverseAction() const { return m_reverse; }
    // The statement as shown, to a file (tests, scripts); the actions ask where.
    bool savePdf(const QString &path, QString *error);
    bool saveCsv(const QString &path, QString *error);
    // The receipt for the payment in the current row, to a file.
    bool saveReceipt(const QString &path, QString *error);
    QAction *receiptAction() const { return m_receipt; }
    MessageBar *messageBar() const { return m_message; }

private:
    void reload();
    void updateActions();
    void exportReceipt();
    void paymentRecorded(const Transaction &payment);

    Workspace &m_workspace;
    QString m_customerId;
    CustomerPicker *m_picker = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    LedgerModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    class EmptyState *m_empty = nullptr;
    QAction *m_record = nullptr;
    QAction *m_reverse = nullptr;
    QAction *m_pdf = nullptr;
    QAction *m_csv = nullptr;
    QAction *m_receipt = nullptr;
    MessageBar *m_message = nullptr;
    QString m_selectWhenLoaded; // an entry to make current once the statement is read
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_recordWhenLoaded = false;
};

} // namespace SalesSync
