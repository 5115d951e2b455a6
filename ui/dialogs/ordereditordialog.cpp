#include "ui/dialogs/ordereditordialog.h"

#include "core/repositories/customerrepository.h"
#include "core/repositories/productrepository.h"
#include "core/rules/creditcheck.h"
#include "core/rules/workflow.h"
#include "ui/background.h"
#include "ui/confirm.h"
#include "ui/dialogs/reasondialog.h"
#include "ui/displaytext.h"
#include "ui/documents/documents.h"
#include "ui/models/orderlinesmodel.h"
#include "ui/models/productsearchmodel.h"
#include "ui/theme/theme.h"
#include "ui/widgets/formtableview.h"
#include "ui/widgets/matchdelegate.h"
#include "ui/workspace.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace SalesSync {

namespace {

struct EditorLoad {
    Order order;
    Customer customer;
    QList<Product> products; // per line
    CreditHeadroom credit;   // without this order
    CreditPolicy policy = CreditPolicy::Warn;
};

Result<EditorLoad> loadEditor(Database &database, const QString &orderId, const QString &customerId,
                              const QString &visitId, const QString &agentId)
{
    EditorLoad load;
    OrderRepository orders(database);
    if (!orderId.isEmpty()) {
        Result<Order> order = orders.get(orderId);
        if (!order) {
            return order.error();
        }
        load.order = *std::move(order);
    }
    Result<Customer> customer =
        CustomerRepository(database).get(orderId.isEmpty() ? customerId : load.order.customerId);
    if (!customer) {
        return customer.error();
    }
    load.customer = *std::move(customer);
    if (orderId.isEmpty()) {
        load.order.customerId = load.customer.id;
        load.order.agentId = agentId;
        load.order.visitId = visitId;
        load.order.currency = load.customer.currency();
    }
    ProductRepository products(database);
    for (const OrderLine &line : std::as_const(load.order.lines)) {
        const Result<Product> p = products.get(line.productId);
        load.products << (p ? *p : Product());
    }
    const Result<CreditHeadroom> credit = orders.creditHeadroom(load.customer.id, load.order.id);
    if (!credit) {
        return credit.error();
    }
    load.credit = *credit;
    const Result<CreditPolicy> policy = orders.creditPolicy();
    if (!policy) {
        return policy.error();
    }
    load.policy = *policy;
    return load;
}

} // namespace

OrderEditorDialog::OrderEditorDialog(Workspace &workspace, const QString &customerId, const QString &visitId,
                                     QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    build();
    setWindowTitle(tr("New order"));
    load({}, customerId, visitId);
}

OrderEditorDialog::OrderEditorDialog(Workspace &workspace, const QString &orderId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    build();
    setWindowTitle(tr("Order %1").arg(Documents::orderNumber(orderId)));
    load(orderId, {}, {});
}

void OrderEditorDialog::reject()
{
    if (m_modified && QMessageBox::question(this, tr("Close the order"),
                                            tr("This order has changes that are not saved. Close it and lose them?"),
                                            QMessageBox::Discard | QMessageBox::Cancel,
                                            QMessageBox::Cancel) != QMessageBox::Discard) {
        return;
    }
    QDialog::reject();
}

OrderEditorDialog::~OrderEditorDialog()
{
    // A cell editor closing while the children go commits into the model; nobody here listens then.
    m_lines->disconnect(this);
}

const Order &OrderEditorDialog::order() const
{
    return m_lines->order();
}

void OrderEditorDialog::build()
{
    resize(980, 640);
    m_lines = new OrderLinesModel(this);
    m_products = new ProductSearchModel(m_workspace, this);

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("header"));
    m_header->setWordWrap(true);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("productSearch"));
    m_search->setPlaceholderText(tr("Find a product by name or SKU (Ctrl+F), Return adds it"));
    m_search->setClearButtonEnabled(true);
    m_matches = new QListView(this);
    m_matches->setObjectName(QStringLiteral("productMatches"));
    m_matches->setModel(m_products);
    setUpMatchList(m_search, m_matches);
    connect(m_search, &QLineEdit::textEdited, m_products, &ProductSearchModel::setSearchText);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_products->isCurrent()) {
            if (const Product *p =
                    m_products->productAt(m_matches->currentIndex().isValid() ? m_matches->currentIndex().row() : 0)) {
                addProduct(*p);
            }
            return;
        }
        // Typed faster than the matches came: the best match of exactly what was typed.
        runInBackground(
            m_workspace.pool(), this,
            [&database = m_workspace.database(), text = m_search->text().trimmed()] {
                return ProductRepository(database).search(text, 1);
            },
            [this](Result<QList<Product>> best) {
                if (best && !best->isEmpty()) {
                    addProduct(best->first());
                }
            });
    });
    connect(m_products, &ProductSearchModel::searched, this, [this] {
        if (m_products->rowCount() > 0) {
            m_matches->setCurrentIndex(m_products->index(0));
        }
    });
    connect(m_matches, &QListView::activated, this, [this](const QModelIndex &index) {
        if (const Product *p = m_products->productAt(index.row())) {
            addProduct(*p);
        }
    });
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    m_linesView = new FormTableView(this);
    m_linesView->setObjectName(QStringLiteral("lines"));
    m_linesView->setModel(m_lines);
    m_linesView->verticalHeader()->hide();
    m_linesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linesView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_linesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_linesView->horizontalHeader()->setSectionResizeMode(OrderLinesModel::ProductName, QHeaderView::Stretch);
    auto *removeLine = new QAction(tr("Remove line"), m_linesView);
    removeLine->setShortcut(QKeySequence::Delete);
    removeLine->setShortcutContext(Qt::WidgetShortcut);
    m_linesView->addAction(removeLine);
    m_linesView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(removeLine, &QAction::triggered, this, [this] {
        if (m_lines->isEditable() && m_linesView->currentIndex().isValid()) {
            m_lines->removeLine(m_linesView->currentIndex().row());
        }
    });

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setAlignment(Qt::AlignRight);
    m_credit = new QLabel(this);
    m_credit->setObjectName(QStringLiteral("credit"));
    m_credit->setWordWrap(true);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setPlaceholderText(tr("Notes for the office (delivery, contact)"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 3 + 12);
    QLabel *lineError = FieldErrors::makeLabel(this, QStringLiteral("error"));
    m_errors.setGeneralLabel(lineError);
    connect(m_lines, &OrderLinesModel::totalsChanged, this, [this] {
        m_modified = m_loaded && m_lines->isEditable();
        updateTotals();
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { m_modified = m_loaded && m_lines->isEditable(); });
    // A message about a line goes with the line, and once an edit is taken.
    connect(m_lines, &QAbstractItemModel::rowsRemoved, this, [this] { m_errors.clear(); });
    connect(m_lines, &QAbstractItemModel::dataChanged, this, [this] { m_errors.clear(); });
    connect(m_lines, &OrderLinesModel::editRefused, this,
            [this](const QString &message) { m_errors.show(QString(), message); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save draft"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setShortcut(QKeySequence::Save);
    m_submit = buttons->addButton(tr("S&ubmit"), QDialogButtonBox::ActionRole);
    m_submit->setObjectName(QStringLiteral("submit"));
    m_submit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_submit->setToolTip(tr("Send the order to the office (Ctrl+Return)"));
    m_pdf = buttons->addButton(tr("PD&F…"), QDialogButtonBox::ActionRole);
    m_pdf->setObjectName(QStringLiteral("pdf"));
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_cancelOrder = buttons->addButton(tr("Cancel &order…"), QDialogButtonBox::ActionRole);
    m_cancelOrder->setObjectName(QStringLiteral("cancelOrder"));
    m_cancelOrder->setToolTip(tr("Cancel a draft or submitted order, with the reason"));
    connect(m_cancelOrder, &QPushButton::clicked, this, &OrderEditorDialog::cancelOrder);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &OrderEditorDialog::saveDraft);
    connect(m_submit, &QPushButton::clicked, this, &OrderEditorDialog::submit);
    connect(m_pdf, &QPushButton::clicked, this, &OrderEditorDialog::exportPdf);
    connect(m_print, &QPushButton::clicked, this, &OrderEditorDialog::printConfirmation);
    for (QPushButton *b : {m_save, m_submit, m_pdf, m_print, m_cancelOrder}) {
        b->setEnabled(false);
    }
    // Return belongs to the product search and the table, never to a button.
    for (QAbstractButton *b : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(b)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }

    auto *catalogue = new QWidget(this);
    auto *catalogueLayout = new QVBoxLayout(catalogue);
    catalogueLayout->setContentsMargins(0, 0, 0, 0);
    catalogueLayout->addWidget(m_search);
    catalogueLayout->addWidget(m_matches);
    auto *lines = new QWidget(this);
    auto *linesLayout = new QVBoxLayout(lines);
    linesLayout->setContentsMargins(0, 0, 0, 0);
    linesLayout->addWidget(m_linesView);
    linesLayout->addWidget(lineError);
    linesLayout->addWidget(m_totals);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(catalogue);
    splitter->addWidget(lines);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_credit);
    layout->addWidget(m_notes);
    layout->addWidget(buttons);
    setTabOrder(m_search, m_matches);
    setTabOrder(m_matches, m_linesView);
    setTabOrder(m_linesView, m_notes);
    m_search->setFocus();
}

void OrderEditorDialog::load(const QString &orderId, const QString &customerId, const QString &visitId)
{
    runInBackground(
        m_workspace.pool(), this,
        [&database = m_workspace.database(), orderId, customerId, visitId, agent = m_workspace.agentId()] {
            return loadEditor(database, orderId, customerId, visitId, agent);
        },
        [this](Result<EditorLoad> loaded) {
            if (!loaded) {
                m_errors.show(loaded.error());
                return;
            }
            m_customer = loaded->customer;
            m_headroom = loaded->credit;
            m_policy = loaded->policy;
            m_lines->setOrder(loaded->order, loaded->products);
            const OrderActions may = Workflow::orderActions(loaded->order.status, !loaded->order.id.isEmpty());
            m_lines->setEditable(may.editLines);
            m_notes->setPlainText(loaded->order.notes);
            m_notes->setReadOnly(!may.editLines);
            m_search->setEnabled(may.editLines);
            m_matches->setEnabled(may.editLines);
            m_save->setEnabled(may.editLines);
            m_submit->setEnabled(may.submit);
            m_pdf->setEnabled(true);
            m_print->setEnabled(true);
            m_cancelOrder->setEnabled(may.cancel);
            m_modified = false;
            const QString status =
                loaded->order.id.isEmpty() ? tr("new") : DisplayText::orderStatus(loaded->order.status);
            m_header->setText(QStringLiteral("<h3>%1</h3>%2 · %3")
                                  .arg(m_customer.name.toHtmlEscaped(),
                                       tr("Customer no. %1").arg(m_customer.code).toHtmlEscaped(),
                                       tr("Order: %1").arg(status).toHtmlEscaped()));
            m_loaded = true;
            updateTotals();
        });
}

void OrderEditorDialog::addProduct(const Product &product)
{
    if (!m_lines->isEditable()) {
        return;
    }
    runInBackground(
        m_workspace.pool(), this,
        [&database = m_workspace.database(), id = product.id, list = m_customer.priceListId] {
            return ProductRepository(database).priceFor(id, list);
        },
        [this, chosen = product](Result<Money> price) {
            if (!price) {
                m_errors.show(price.error());
                return;
            }
            if (!(price->currency() == order().currency)) {
                m_errors.show(QString(), tr("%1 is priced in %2, but this customer buys in %3.")
                                             .arg(chosen.name, price->currency().code(), order().currency.code()));
                return;
            }
            m_errors.clear();
            const int row = m_lines->addProduct(chosen, *price);
            m_linesView->setCurrentIndex(m_lines->index(row, OrderLinesModel::Quantity));
            m_search->selectAll();
        });
}

QString OrderEditorDialog::totalsText() const
{
    return m_totals->text();
}

QString OrderEditorDialog::creditText() const
{
    return m_credit->text();
}

void OrderEditorDialog::updateTotals()
{
    const QLocale locale;
    const Order &o = order();
    m_totals->setText(tr("Net %1 · Tax %2 · <b>Total %3</b>")
                          .arg(o.netTotal.format(locale), o.taxTotal.format(locale), o.total.format(locale)));
    if (!m_loaded) {
        return;
    }
    const Result<CreditHeadroom> withOrder = m_headroom.withOrder(o.total);
    if (!withOrder) {
        m_credit->setText(withOrder.error().message());
        m_submit->setEnabled(false);
        return;
    }
    const CreditHeadroom &credit = *withOrder;
    m_credit->setToolTip(credit.explanation());
    if (credit.withinLimit()) {
        Theme::setTone(m_credit, Tone::Text);
        m_credit->setFont(Theme::font(TextStyle::Body));
        // "Available credit" is the customer page's figure (CreditHeadroom); this order comes off it.
        m_credit->setText(tr("Available credit: %1, after this order %2 (limit %3).")
                              .arg(m_headroom.available().format(locale), credit.available().format(locale),
                                   credit.creditLimit.format(locale)));
        m_submit->setEnabled(Workflow::orderActions(o.status, true).submit && m_lines->isEditable());
        return;
    }
    Theme::setTone(m_credit, Tone::Danger);
    QFont strong = Theme::font(TextStyle::Body);
    strong.setWeight(QFont::DemiBold);
    m_credit->setFont(strong);
    const QString over = tr("Over the credit limit by %1 (open balance %2 + orders not yet invoiced %3 + this order "
                            "%4, limit %5).")
                             .arg(credit.exceededBy().format(locale), credit.openBalance.format(locale),
                                  credit.pendingOrders.format(locale), credit.thisOrder.format(locale),
                                  credit.creditLimit.format(locale));
    if (m_policy == CreditPolicy::Block) {
        m_credit->setText(over + u' ' + tr("Your company does not allow submitting it; save it as a draft."));
        m_submit->setEnabled(false);
    } else {
        m_credit->setText(over + u' ' + tr("You can submit it; your manager is told."));
        m_submit->setEnabled(Workflow::orderActions(o.status, true).submit && m_lines->isEditable());
    }
}

void OrderEditorDialog::commitCellEditor()
{
    // A cell still being typed into counts: taking the focus from its editor commits it.
    if (QWidget *focus = QApplication::focusWidget(); focus && m_linesView->isAncestorOf(focus)) {
        focus->clearFocus();
    }
}

void OrderEditorDialog::saveDraft()
{
    m_errors.clear();
    commitCellEditor();
    Order o = order();
    o.notes = m_notes->toPlainText().trimmed();
    m_save->setEnabled(false);
    m_submit->setEnabled(false);
    runInBackground(
        m_workspace.pool(), this,
        [&database = m_workspace.database(), o] {
            OrderRepository orders(database);
            return o.id.isEmpty() ? orders.createDraft(o) : orders.updateDraft(o);
        },
        [this](Result<Order> written) {
            m_save->setEnabled(true);
            if (!written) {
                m_errors.show(written.error());
                updateTotals();
                return;
            }
            // The saved lines in their saved order, each with its product.
            QList<Product> products;
            for (const OrderLine &line : written->lines) {
                const QList<Product> &known = m_lines->products();
                const auto it = std::find_if(known.cbegin(), known.cend(),
                                             [&line](const Product &p) { return p.id == line.productId; });
                products << (it != known.cend() ? *it : Product());
            }
            m_lines->setOrder(*written, products);
            m_modified = false;
            m_cancelOrder->setEnabled(true); // a saved draft may be cancelled
            setWindowTitle(tr("Order %1").arg(Documents::orderNumber(written->id)));
            m_workspace.localChange({QStringLiteral("order"), QStringLiteral("order_line")});
            emit saved(written->id);
            updateTotals();
        });
}

void OrderEditorDialog::submit()
{
    m_errors.clear();
    commitCellEditor();
    Order o = order();
    o.notes = m_notes->toPlainText().trimmed();
    // Submitting cannot be taken back: say what goes where, and what it does to the credit.
    const QLocale locale;
    QString question = tr("Submit this order for %1 with %2 in total? It goes to the office and can no longer be "
                          "changed.")
                           .arg(m_customer.name, o.total.format(locale));
    const Result<CreditHeadroom> credit = m_headroom.withOrder(o.total);
    if (credit && !credit->withinLimit() && m_policy == CreditPolicy::Warn) {
        question += u' ' + tr("It takes the customer over the credit limit by %1; your manager is told.")
                               .arg(credit->exceededBy().format(locale));
    }
    if (!confirmAction(this, m_confirm, tr("Submit the order"), question, tr("&Submit"))) {
        return;
    }
    m_save->setEnabled(false);
    m_submit->setEnabled(false);
    runInBackground(
        m_workspace.pool(), this,
        [&database = m_workspace.database(), o, policy = m_policy] {
            return OrderRepository(database).saveAndSubmit(o, policy);
        },
        [this](Result<SubmitResult> submitted) {
            m_save->setEnabled(true);
            if (!submitted) {
                // Nothing was saved: the order stays as it is on screen, changes and all.
                m_errors.show(submitted.error());
                updateTotals();
                return;
            }
            m_modified = false;
            m_workspace.localChange({QStringLiteral("order"), QStringLiteral("order_line")});
            emit saved(submitted->order.id);
            load(submitted->order.id, {}, {});
        });
}

Result<BusinessLetter> OrderEditorDialog::confirmation()
{
    return Documents::orderConfirmation(m_workspace.database(), order(), m_customer, m_lines->products());
}

Status OrderEditorDialog::savePdf(const QString &path)
{
    const Result<BusinessLetter> letter = confirmation();
    return letter ? Documents::writePdf(*letter, path) : Status(letter.error());
}

void OrderEditorDialog::printConfirmation()
{
    const Result<BusinessLetter> letter = confirmation();
    if (const Status s = letter ? Documents::print(*letter, this) : Status(letter.error()); !s) {
        m_errors.show(s.error());
    }
}

void OrderEditorDialog::cancelOrder()
{
    const QString id = order().id;
    if (id.isEmpty()) {
        return;
    }
    auto *dialog = new ReasonDialog(
        m_workspace, tr("Cancel the order"),
        tr("Why is order %1 cancelled? The reason goes to the office.").arg(Documents::orderNumber(id)),
        QStringLiteral("statusReason"),
        [&database = m_workspace.database(), id](const QString &reason) -> Status {
            const Result<Order> cancelled = OrderRepository(database).cancel(id, reason);
            return cancelled ? Status() : Status(cancelled.error());
        },
        this);
    dialog->setObjectName(QStringLiteral("cancelOrderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id] {
        m_workspace.localChange({QStringLiteral("order")});
        m_modified = false;
        load(id, {}, {});
    });
    dialog->open();
}

void OrderEditorDialog::exportPdf()
{
    Documents::saveAs(this, confirmation(), Documents::orderFileName(order(), m_customer),
                      tr("Save the order confirmation"));
}

} // namespace SalesSync
