#include "ui/pages/customerspage.h"

#include "core/repositories/customerrepository.h"
#include "core/repositories/orderrepository.h"
#include "core/repositories/transactionrepository.h"
#include "core/repositories/visitrepository.h"
#include "ui/background.h"
#include "ui/dialogs/customereditdialog.h"
#include "ui/displaytext.h"
#include "ui/map/mapview.h"
#include "ui/models/customerlistmodel.h"
#include "ui/theme/theme.h"
#include "ui/widgets/listtable.h"
#include "ui/widgets/pageheader.h"
#include "ui/workspace.h"

#include <QAction>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <array>

namespace SalesSync {

namespace {

struct CustomerDetails {
    Customer customer;
    Money balance;
    CreditHeadroom credit;
    QList<Visit> visits;
    QList<Order> orders;
    QList<Transaction> ledger;
};

Result<CustomerDetails> loadDetails(Database &database, const QString &id)
{
    CustomerDetails d;
    Result<Customer> customer = CustomerRepository(database).get(id);
    if (!customer) {
        return customer.error();
    }
    d.customer = *std::move(customer);
    const Result<CreditHeadroom> credit = OrderRepository(database).creditHeadroom(id);
    const Result<QList<Visit>> visits = VisitRepository(database).forCustomer(id);
    const Result<QList<Order>> orders = OrderRepository(database).forCustomer(id);
    const Result<QList<Transaction>> ledger = TransactionRepository(database).forCustomer(id);
    if (!credit || !visits || !orders || !ledger) {
        return !credit ? credit.error() : !visits ? visits.error() : !orders ? orders.error() : ledger.error();
    }
    d.credit = *credit;
    d.balance = credit->openBalance;
    d.visits = *visits;
    d.orders = *orders;
    d.ledger = *ledger;
    return d;
}

QString when(const QDateTime &utc)
{
    return DisplayText::dateTime(utc);
}

} // namespace

// The selected customer: contact, address, account, and their map and history in tabs.
QWidget *CustomersPage::buildDetails()
{
    auto *details = new QWidget(this);
    m_title = new QLabel(details);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setTextFormat(Qt::RichText);
    auto *form = new QFormLayout;
    const QList<std::pair<QString, QString>> fields = {{QStringLiteral("contact"), tr("Contact:")},
                                                       {QStringLiteral("phone"), tr("Phone:")},
                                                       {QStringLiteral("email"), tr("E-mail:")},
                                                       {QStringLiteral("address"), tr("Address:")},
                                                       {QStringLiteral("location"), tr("Coordinates:")},
                                                       {QStringLiteral("balance"), tr("Open balance:")},
                                                       {QStringLiteral("creditLimit"), tr("Credit limit:")},
                                                       {QStringLiteral("available"), tr("Available credit:")},
                                                       {QStringLiteral("terms"), tr("Payment terms:")},
                                                       {QStringLiteral("notes"), tr("Notes:")}};
    for (const auto &[name, label] : fields) {
        auto *value = new QLabel(details);
        value->setObjectName(name);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_details.insert(name, value);
        form->addRow(label, value);
    }
    m_history = new QTabWidget(details);
    m_visits = makeHistoryList(details, QStringLiteral("visitHistory"), {tr("Planned"), tr("Status"), tr("Outcome")});
    m_orders = makeHistoryList(details, QStringLiteral("orderHistory"), {tr("Created"), tr("Status"), tr("Total")});
    m_payments = makeHistoryList(details, QStringLiteral("ledgerHistory"),
                                 {tr("Date"), tr("Entry"), tr("Amount"), tr("Method"), tr("Reference")});
    m_map = new MapView(details);
    m_map->setObjectName(QStringLiteral("customerMap"));
    m_history->addTab(m_map, tr("Map"));
    m_history->addTab(m_visits, tr("Visits"));
    m_history->addTab(m_orders, tr("Orders"));
    m_history->addTab(m_payments, tr("Ledger"));
    auto *detailLayout = new QVBoxLayout(details);
    detailLayout->addWidget(m_title);
    detailLayout->addLayout(form);
    detailLayout->addWidget(m_history, 1);
    return details;
}

// New, edit, and an order or a payment for the shown customer.
QToolBar *CustomersPage::buildActions()
{
    m_new = new QAction(Theme::icon(QStringLiteral("list-add")), tr("&New customer…"), this);
    m_new->setShortcut(QKeySequence::New);
    m_edit = new QAction(Theme::icon(QStringLiteral("document-edit")), tr("&Edit…"), this);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_order = new QAction(Theme::icon(QStringLiteral("document-new")), tr("New &order"), this);
    m_payment = new QAction(Theme::icon(QStringLiteral("view-currency-list")), tr("Record &payment"), this);
    for (QAction *action : {m_new, m_edit, m_order, m_payment}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_new, &QAction::triggered, this, [this] { editCustomer(true); });
    connect(m_edit, &QAction::triggered, this, [this] { editCustomer(false); });
    connect(m_order, &QAction::triggered, this, [this] { emit orderRequested(m_shown.id); });
    connect(m_payment, &QAction::triggered, this, [this] { emit paymentRequested(m_shown.id); });
    connect(m_view, &QTableView::activated, m_edit, &QAction::trigger);
    QToolBar *toolbar = makePageToolBar(this);
    toolbar->addAction(m_new);
    toolbar->addAction(m_edit);
    toolbar->addSeparator();
    toolbar->addAction(m_order);
    toolbar->addAction(m_payment);
    return toolbar;
}

CustomersPage::CustomersPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new CustomerListModel(workspace, this))
{
    setObjectName(QStringLiteral("customersPage"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search name, city, phone or customer number (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    // Typing pauses briefly before searching, so every keystroke does not start a query.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->setSearchText(m_search->text()); });

    m_model->setFetchEnabled(false); // until the page is on screen
    // The name is what people look for: the city gives way first when room is short.
    m_view = makeListTable(this, QStringLiteral("customers"), m_model, CustomerListModel::City);
    // On a narrow screen the phone goes first, then the status, the city and the number; the
    // name and the balance stay (the details beside the list have the rest).
    setOptionalColumns(m_view, {CustomerListModel::Phone, CustomerListModel::Status, CustomerListModel::City,
                                CustomerListModel::Code});
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CustomerListModel::Name, Qt::AscendingOrder);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // Widths people can change; the name gets the most room.
    const int x = m_view->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    const QList<std::pair<int, int>> widths = {{CustomerListModel::Name, 30},
                                               {CustomerListModel::Code, 10},
                                               {CustomerListModel::City, 13},
                                               {CustomerListModel::Phone, 16},
                                               {CustomerListModel::Status, 9}};
    for (const auto &[column, chars] : widths) {
        m_view->setColumnWidth(column, chars * x);
    }
    m_view->setTabKeyNavigation(false);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));

    QWidget *details = buildDetails();

    QToolBar *toolbar = buildActions();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_view);
    leftLayout->addWidget(m_count);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    details->setMaximumWidth(details->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 44);

    auto *layout = new QVBoxLayout(this);
    setPageMargins(layout);
    layout->addWidget(new PageHeader(tr("Customers"), this));
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);

    connect(m_model, &CustomerListModel::matchCountChanged, this, &CustomersPage::updateCount);
    connect(m_model, &CustomerListModel::loadingChanged, this, &CustomersPage::updateCount);
    connect(m_model, &CustomerListModel::errorOccurred, m_count, &QLabel::setText);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_reselect.isEmpty()) {
            m_reselect = selectedCustomerId();
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_reselect.isEmpty()) {
            selectCustomer(m_reselect);
            m_reselect.clear();
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showDetails(m_model->idAt(current.row())); });
    connect(&m_workspace, &Workspace::dataChanged, this, [this](const QStringList &entities) {
        static const QStringList shown = {QStringLiteral("customer"), QStringLiteral("transaction"),
                                          QStringLiteral("order"), QStringLiteral("visit")};
        if (std::any_of(entities.cbegin(), entities.cend(), [](const QString &e) { return shown.contains(e); })) {
            m_model->refresh();
            if (!m_shown.id.isEmpty()) {
                showDetails(m_shown.id);
            }
        }
    });
    showDetails({});
    setFocusProxy(m_search);
}

void CustomersPage::showEvent(QShowEvent *event)
{
    m_model->setFetchEnabled(true);
    QWidget::showEvent(event);
}

void CustomersPage::hideEvent(QHideEvent *event)
{
    m_model->setFetchEnabled(false);
    QWidget::hideEvent(event);
}

QString CustomersPage::countText() const
{
    return m_count->text();
}

QString CustomersPage::selectedCustomerId() const
{
    return m_model->idAt(m_view->currentIndex().row());
}

void CustomersPage::setTileSource(TileSource *tiles)
{
    m_map->setTileSource(tiles);
}

void CustomersPage::showCustomer(const QString &id)
{
    selectCustomer(id);
    // Not among the rows read so far (a long list): the details come all the same.
    if (m_model->rowOf(id) < 0) {
        showDetails(id);
    }
}

void CustomersPage::selectCustomer(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, CustomerListModel::Name));
        m_view->scrollTo(m_view->currentIndex());
    }
}

QString CustomersPage::detail(const QString &name) const
{
    const QLabel *label = m_details.value(name);
    return label ? label->text() : QString();
}

int CustomersPage::historyCount(int tab) const
{
    const std::array<const QTreeWidget *, 3> lists = {m_visits, m_orders, m_payments};
    return tab >= 0 && tab < int(lists.size()) ? lists.at(tab)->topLevelItemCount() : -1;
}

void CustomersPage::updateCount()
{
    const qint64 matches = m_model->matchCount();
    if (matches < 0) {
        m_count->setText(tr("Searching…"));
    } else if (m_model->searchText().trimmed().isEmpty()) {
        m_count->setText(tr("%Ln customer(s)", "", int(std::min<qint64>(matches, INT_MAX))));
    } else {
        m_count->setText(tr("%Ln customer(s) found", "", int(std::min<qint64>(matches, INT_MAX))));
    }
}

void CustomersPage::showDetails(const QString &id)
{
    const quint64 generation = ++m_detailGeneration;
    // The actions act on the customer shown: off until this one's details are in.
    m_edit->setEnabled(false);
    m_order->setEnabled(false);
    m_payment->setEnabled(false);
    if (id != m_shown.id) {
        m_shown = {};
    }
    if (id.isEmpty()) {
        m_title->setText(tr("<h3>No customer selected</h3>"));
        for (QLabel *label : std::as_const(m_details)) {
            label->clear();
        }
        m_visits->clear();
        m_orders->clear();
        m_payments->clear();
        return;
    }
    runInBackground(
        m_workspace.pool(), this, [&database = m_workspace.database(), id] { return loadDetails(database, id); },
        [this, generation](Result<CustomerDetails> d) {
            if (generation != m_detailGeneration) {
                return;
            }
            if (!d) {
                m_title->setText(d.error().message().toHtmlEscaped());
                return;
            }
            const QLocale locale;
            const Customer &c = d->customer;
            m_shown = c;
            m_edit->setEnabled(true);
            m_order->setEnabled(true);
            m_payment->setEnabled(true);
            m_title->setText(QStringLiteral("<h3>%1</h3>%2 · %3")
                                 .arg(c.name.toHtmlEscaped(), tr("Customer no. %1").arg(c.code).toHtmlEscaped(),
                                      DisplayText::customerStatus(c.status).toHtmlEscaped()));
            m_details[QStringLiteral("contact")]->setText(c.contactPerson);
            m_details[QStringLiteral("phone")]->setText(c.phone);
            m_details[QStringLiteral("email")]->setText(c.email);
            m_details[QStringLiteral("address")]->setText(
                QStringList{c.street, QString(c.postalCode + u' ' + c.city).trimmed(), c.countryCode}
                    .join(u'\n')
                    .trimmed());
            m_details[QStringLiteral("location")]->setText(
                c.location ? QStringLiteral("%1, %2").arg(locale.toString(c.location->latitude, 'f', 5),
                                                          locale.toString(c.location->longitude, 'f', 5))
                           : tr("not known"));
            QList<MapMarker> pins;
            if (c.location) {
                pins << MapMarker{c.id, *c.location, c.name, {}, Tone::Accent};
            }
            m_map->setMarkers(pins);
            m_map->fitToContent(15);
            m_details[QStringLiteral("balance")]->setText(d->balance.format(locale));
            m_details[QStringLiteral("creditLimit")]->setText(c.creditLimit.format(locale));
            // The one figure from core: limit − open balance − orders not yet invoiced.
            m_details[QStringLiteral("available")]->setText(d->credit.available().format(locale));
            m_details[QStringLiteral("available")]->setToolTip(d->credit.explanation());
            m_details[QStringLiteral("terms")]->setText(tr("%n day(s)", "", c.paymentTermsDays));
            m_details[QStringLiteral("notes")]->setText(c.notes);

            m_visits->clear();
            for (const Visit &v : d->visits) {
                new QTreeWidgetItem(m_visits, {when(v.plannedAt), DisplayText::visitStatus(v.status), v.outcome});
            }
            m_orders->clear();
            for (auto it = d->orders.crbegin(); it != d->orders.crend(); ++it) {
                auto *item = new QTreeWidgetItem(
                    m_orders, {when(it->createdAt), DisplayText::orderStatus(it->status), it->total.format(locale)});
                item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            }
            m_payments->clear();
            for (auto it = d->ledger.crbegin(); it != d->ledger.crend(); ++it) {
                auto *item = new QTreeWidgetItem(
                    m_payments, {when(it->occurredAt), DisplayText::transactionKind(it->kind, it->direction),
                                 it->amount.format(locale), DisplayText::paymentMethod(it->method), it->reference});
                item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            }
            emit detailsShown(c.id);
        });
}

void CustomersPage::editCustomer(bool create)
{
    if (!create && m_shown.id.isEmpty()) {
        return;
    }
    Customer customer = create ? Customer() : m_shown;
    if (create) {
        customer.creditLimit = Money::zero(Currency::eur());
    }
    auto *dialog = new CustomerEditDialog(m_workspace, customer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_reselect = dialog->customer().id;
        showDetails(dialog->customer().id);
    });
    dialog->open();
}

} // namespace SalesSync
