#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QListView;

namespace SalesSync {

class CustomerListModel;
class Workspace;

// Finds a customer by typing: name, city, phone or number words, matched as in the customer
// list. Each match shows the customer number and city beside the name; inactive customers are
// left out unless asked for. Down moves into the matches, Return picks one (and nothing else).
// Once a customer is chosen the matches are hidden until the search is typed in (or Down).
class CustomerPicker final : public QWidget {
    Q_OBJECT
    // The chosen customer, as a form field (an error shown for it goes when another is chosen).
    Q_PROPERTY(QString customerId READ customerId NOTIFY customerChosen USER true)

public:
    explicit CustomerPicker(Workspace &workspace, QWidget *parent = nullptr);

    QString customerId() const { return m_customerId; }
    QString customerName() const { return m_customerName; }
    void setCustomer(const QString &id, const QString &name);
    QLineEdit *searchField() const { return m_search; }
    QListView *matches() const { return m_matches; }
    QCheckBox *showInactiveField() const { return m_inactive; }
    CustomerListModel *model() const { return m_model; }

signals:
    void customerChosen(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(const QModelIndex &index);
    void showMatches(bool show);

    CustomerListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_matches = nullptr;
    QCheckBox *m_inactive = nullptr;
    QString m_customerId;
    QString m_customerName;
};

} // namespace SalesSync
