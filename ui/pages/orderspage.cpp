#include "ui/pages/orderspage.h"

#include "ui/displaytext.h"
#include "ui/models/orderlistmodel.h"
#include "ui/theme/theme.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/listtable.h"
#include "ui/widgets/pageheader.h"
#include "ui/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace SalesSync {

OrdersPage::OrdersPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new OrderListModel(workspace, this))
{
    setObjectName(QStringLiteral("ordersPage"));
    m_model->setFetchEnabled(false);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All orders"), -1);
    for (const OrderStatus s : {OrderStatus::Draft, OrderStatus::Submitted, OrderStatus::Approved,
                                OrderStatus::Rejected, OrderStatus::Fulfilled, OrderStatus::Cancelled}) {
        m_status->addItem(DisplayText::orderStatus(s), int(s));
    }
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int s = m_status->currentData().toInt();
        m_model->setStatusFilter(s < 0 ? std::nullopt : std::optional<OrderStatus>(OrderStatus(s)));
    });

    m_view = makeListTable(this, QStringLiteral("orders"), m_model, OrderListModel::Customer);

    auto *open = new QAction(Theme::icon(QStringLiteral("document-open")), tr("&Open order"), this);
    auto *create = new QAction(Theme::icon(QStringLiteral("document-new")), tr("&New order…"), this);
    create->setShortcut(QKeySequence::New);
    create->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(create);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit orderOpened(m_model->idAt(index.row())); });
    connect(open, &QAction::triggered, this, [this] {
        if (const QString id = m_model->idAt(m_view->currentIndex().row()); !id.isEmpty()) {
            emit orderOpened(id);
        }
    });
    connect(create, &QAction::triggered, this, &OrdersPage::newOrderRequested);
    m_empty = new EmptyState(QStringLiteral("view-list-details"), tr("No orders yet"),
                             tr("Take one from a customer or during a visit."), this);
    m_empty->setAction(create);
    attachEmptyState(m_view, m_empty);
    connect(m_status, &QComboBox::currentIndexChanged, this, &OrdersPage::updateEmptyState);
    updateEmptyState();

    QToolBar *toolbar = makePageToolBar(this);
    toolbar->addAction(open);
    toolbar->addAction(create);
    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr("Show:"), this));
    toolbar->addWidget(m_status);

    auto *layout = new QVBoxLayout(this);
    setPageMargins(layout);
    layout->addWidget(new PageHeader(tr("Orders"), this));
    layout->addWidget(toolbar);
    layout->addWidget(m_view, 1);
    connect(&m_workspace, &Workspace::dataChanged, this, [this](const QStringList &entities) {
        if (entities.contains(u"order") || entities.contains(u"customer")) {
            m_model->reload();
        }
    });
    setFocusProxy(m_view);
}

void OrdersPage::updateEmptyState()
{
    if (m_status->currentData().toInt() < 0) {
        m_empty->setTitle(tr("No orders yet"));
        m_empty->setHint(tr("Take one from a customer or during a visit."));
        return;
    }
    m_empty->setTitle(tr("No orders with the status %1").arg(m_status->currentText()));
    m_empty->setHint(tr("Choose “All orders” under Show to see the others."));
}

void OrdersPage::showEvent(QShowEvent *event)
{
    m_model->setFetchEnabled(true);
    QWidget::showEvent(event);
}

void OrdersPage::hideEvent(QHideEvent *event)
{
    m_model->setFetchEnabled(false);
    QWidget::hideEvent(event);
}

} // namespace SalesSync
