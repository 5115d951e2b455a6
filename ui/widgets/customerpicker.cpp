#include "ui/widgets/customerpicker.h"

#include "ui/models/customerlistmodel.h"
#include "ui/widgets/matchdelegate.h"

#include <QCheckBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace SalesSync {

CustomerPicker::CustomerPicker(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_model(new CustomerListModel(workspace, this))
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Type a name, city, phone or customer number"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_matches = new QListView(this);
    m_matches->setObjectName(QStringLiteral("customerMatches"));
    m_matches->setModel(m_model);
    m_matches->setModelColumn(CustomerListModel::Name);
    setUpMatchList(m_search, m_matches);
    m_matches->setMinimumHeight(m_matches->fontMetrics().height() * 7);
    m_matches->installEventFilter(this);
    m_model->setActiveOnly(true);
    m_inactive = new QCheckBox(tr("Show &inactive customers too"), this);
    m_inactive->setObjectName(QStringLiteral("showInactive"));
    connect(m_inactive, &QCheckBox::toggled, this, [this](bool on) { m_model->setActiveOnly(!on); });
    setFocusProxy(m_search);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_matches);
    layout->addWidget(m_inactive);

    connect(m_search, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Typing again means another customer: the earlier choice no longer stands.
        m_customerId.clear();
        m_customerName.clear();
        m_model->setSearchText(text);
        showMatches(true);
    });
    connect(m_matches, &QListView::activated, this, &CustomerPicker::choose);
    connect(m_matches, &QListView::clicked, this, &CustomerPicker::choose);
}

void CustomerPicker::setCustomer(const QString &id, const QString &name)
{
    m_customerId = id;
    m_customerName = name;
    m_search->setText(name);
    // Chosen: the matches make way for what the form asks next, until the search is typed in.
    showMatches(id.isEmpty());
}

void CustomerPicker::showMatches(bool show)
{
    m_matches->setVisible(show);
    m_inactive->setVisible(show);
}

void CustomerPicker::choose(const QModelIndex &index)
{
    if (!index.isValid()) {
        return;
    }
    const QString id = m_model->idAt(index.row());
    setCustomer(id, m_model->index(index.row(), CustomerListModel::Name).data().toString());
    emit customerChosen(id);
}

bool CustomerPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_model->rowCount() == 1) {
            choose(m_model->index(0, CustomerListModel::Name));
            return true;
        }
        if (key->key() == Qt::Key_Down && m_matches->isHidden()) {
            showMatches(true); // to choose another
        }
    }
    // Return in the matches picks one and goes no further: a dialog's default button must not
    // take it as the go-ahead for the whole form.
    if (watched == m_matches && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            choose(m_matches->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace SalesSync
