#include "ui/pages/visitpage.h"

#include "core/repositories/customerrepository.h"
#include "core/repositories/visitrepository.h"
#include "core/rules/workflow.h"
#include "core/store/database.h"
#include "ui/background.h"
#include "ui/confirm.h"
#include "ui/dialogs/paymentdialog.h"
#include "ui/displaytext.h"
#include "ui/documents/documents.h"
#include "ui/map/mapview.h"
#include "ui/theme/theme.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/listtable.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/pageheader.h"
#include "ui/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace SalesSync {

namespace {

struct VisitLoad {
    VisitBrief brief;
    LocalSettings settings;
};

QString sourceText(PositionSource source)
{
    switch (source) {
    case PositionSource::Gps:
        return VisitPage::tr("GPS");
    case PositionSource::Network:
        return VisitPage::tr("network location");
    case PositionSource::Manual:
        return VisitPage::tr("manual");
    }
    return {};
}

QTreeWidget *listOf(QWidget *parent, const QString &name, const QStringList &headers)
{
    QTreeWidget *list = makeHistoryList(parent, name, headers);
    list->header()->setStretchLastSection(false);
    // Room for the empty state or about eight rows; the notes of earlier visits take the rest.
    list->setMinimumHeight(list->fontMetrics().height() * 14);
    list->setMaximumHeight(list->fontMetrics().height() * 16);
    return list;
}

// An order as a row: date, number, status (with its colour) and total; the id for opening it.
QTreeWidgetItem *orderItem(const Order &order, const QString &what = {})
{
    auto *item = new QTreeWidgetItem(QStringList{
        what.isEmpty() ? DisplayText::date(order.createdAt.toLocalTime().date()) : what,
        Documents::orderNumber(order.id), DisplayText::orderStatus(order.status), DisplayText::amount(order.total)});
    item->setData(0, Qt::UserRole, order.id);
    item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    item->setForeground(2, Theme::color(DisplayText::orderTone(order.status)));
    item->setToolTip(1, VisitPage::tr("Double-click to open the order"));
    return item;
}

} // namespace

VisitPage::~VisitPage()
{
    if (m_visit.status != VisitStatus::CheckedIn || !m_autosave.isActive()) {
        return;
    }
    // The window is closing: the serial writer finishes what it has, then the last text is
    // written here, before the workspace goes.
    m_autosave.stop();
    m_workspace.serialWrites()->waitForDone();
    const Result<Visit> saved = VisitRepository(m_workspace.database())
                                    .saveNotes(m_visit.id, m_outcome->currentText().trimmed(), m_notes->toPlainText(),
                                               m_followUp->text().trimmed());
    if (!saved) {
        qWarning("The notes of visit %s were not saved: %s", qPrintable(m_visit.id),
                 qPrintable(saved.error().message()));
    }
}

VisitPage::VisitPage(Workspace &workspace, PositionProvider *position, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_header = new PageHeader(tr("Visit"), this);
    auto *back = new QToolButton(this);
    back->setObjectName(QStringLiteral("back"));
    back->setIcon(Theme::icon(QStringLiteral("go-previous")));
    back->setText(tr("&Back to today"));
    back->setToolTip(tr("Back to today's visits (Alt+Left); what you typed is kept"));
    back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    connect(back, &QToolButton::clicked, this, &VisitPage::leave);
    m_header->addWidget(back);
    m_message = new MessageBar(this);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("state"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, Theme::space(2), 0);
    leftLayout->addWidget(buildCheckIn());
    leftLayout->addWidget(buildWork(), 1);
    QLabel *general = FieldErrors::makeLabel(left, QStringLiteral("error"));
    m_errors.setGeneralLabel(general);
    leftLayout->addWidget(general);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    for (QWidget *column : {left, buildBrief()}) {
        auto *scroll = new QScrollArea(split);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(column);
        split->addWidget(scroll);
    }
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({1000, 1000}); // halves, whatever the columns' own sizes

    auto *actions = new QHBoxLayout;
    m_order = new QPushButton(Theme::icon(QStringLiteral("list-add")), tr("New &order…"), this);
    m_order->setObjectName(QStringLiteral("order"));
    m_payment = new QPushButton(Theme::icon(QStringLiteral("view-financial-list")), tr("Record &payment…"), this);
    m_payment->setObjectName(QStringLiteral("payment"));
    m_checkOut = new QPushButton(Theme::icon(QStringLiteral("dialog-ok-apply")), tr("Chec&k out"), this);
    m_checkOut->setObjectName(QStringLiteral("checkOut"));
    actions->addWidget(m_order);
    actions->addWidget(m_payment);
    actions->addStretch();
    actions->addWidget(m_checkOut);
    connect(m_checkOut, &QPushButton::clicked, this, &VisitPage::checkOut);
    connect(m_payment, &QPushButton::clicked, this, &VisitPage::recordPayment);
    connect(m_order, &QPushButton::clicked, this, [this] {
        saveNotes();
        emit orderRequested(m_visit.customerId, m_visit.id);
    });

    auto *layout = new QVBoxLayout(this);
    setPageMargins(layout);
    layout->addWidget(m_header);
    layout->addWidget(m_message);
    layout->addWidget(m_state);
    layout->addLayout(actions);
    layout->addWidget(split, 1);

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(1000);
    connect(&m_autosave, &QTimer::timeout, this, &VisitPage::saveNotes);
    connect(&m_workspace, &Workspace::dataChanged, this, [this](const QStringList &entities) {
        if (m_visit.id.isEmpty() || m_savingNotes) {
            return; // nothing shown, or only this page's own notes saved
        }
        for (const char *entity : {"order", "transaction", "customer", "visit"}) {
            if (entities.contains(QString::fromLatin1(entity))) {
                m_briefStale = true;
                if (isVisible()) {
                    reloadBrief();
                }
                return;
            }
        }
    });
    setPositionProvider(position);
    reset();
}

QWidget *VisitPage::buildCheckIn()
{
    auto *arrival = new QGroupBox(tr("Check-in"), this);
    m_checkInInfo = new QLabel(arrival);
    m_checkInInfo->setObjectName(QStringLiteral("checkInInfo"));
    m_checkInInfo->setWordWrap(true);
    m_progress = new QProgressBar(arrival);
    m_progress->setObjectName(QStringLiteral("locating"));
    m_progress->setRange(0, 0);
    m_reasonLabel = new QLabel(arrival);
    m_reasonLabel->setWordWrap(true);
    m_reason = new QPlainTextEdit(arrival);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(m_reason->fontMetrics().height() * 3 + 12);
    m_reasonLabel->setBuddy(m_reason);
    QLabel *reasonError = FieldErrors::makeLabel(arrival, QStringLiteral("reasonError"));
    m_errors.add(QStringLiteral("checkIn.reason"), m_reason, reasonError);
    m_checkIn = new QPushButton(tr("&Check in"), arrival);
    m_checkIn->setObjectName(QStringLiteral("checkIn"));
    m_manual = new QPushButton(tr("Check in &without position"), arrival);
    m_manual->setObjectName(QStringLiteral("manual"));
    m_manual->setToolTip(tr("When no position can be had: the check-in is marked for your manager with your reason."));
    m_map = new MapView(arrival);
    m_map->setObjectName(QStringLiteral("visitMap"));
    m_map->setMinimumWidth(Theme::space(8) * 6);
    m_map->setFixedHeight(Theme::space(8) * 6);
    m_map->setToolTip(tr("The customer, the geofence around them and where you checked in"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkIn);
    buttons->addWidget(m_manual);
    buttons->addStretch();
    // What happened on the left, the map beside it: the notes below stay in view on a small screen.
    auto *text = new QVBoxLayout;
    text->addWidget(m_checkInInfo);
    text->addWidget(m_progress);
    text->addWidget(m_reasonLabel);
    text->addWidget(m_reason);
    text->addWidget(reasonError);
    text->addLayout(buttons);
    text->addStretch();
    auto *layout = new QHBoxLayout(arrival);
    layout->addLayout(text, 1);
    layout->addWidget(m_map, 1);
    connect(m_checkIn, &QPushButton::clicked, this, [this] {
        if (m_fix) {
            // A fix outside the geofence, now with the reason.
            CheckInInput input;
            input.position = m_fix->point;
            input.accuracyMetres = m_fix->accuracyMetres;
            input.source = m_fix->source;
            input.at = m_fix->at;
            input.reason = m_reason->toPlainText();
            checkIn(input);
            return;
        }
        locate();
    });
    connect(m_manual, &QPushButton::clicked, this, [this] {
        if (m_reason->isHidden()) {
            m_fix.reset();
            m_reasonLabel->setText(tr("Why is there no position? (The check-in is marked for your manager.)"));
            m_reasonLabel->setVisible(true);
            m_reason->setVisible(true);
            m_reason->setFocus();
            m_checkIn->setEnabled(false);
            return;
        }
        CheckInInput input;
        input.source = PositionSource::Manual;
        input.reason = m_reason->toPlainText();
        checkIn(input);
    });
    return arrival;
}

QWidget *VisitPage::buildWork()
{
    auto *work = new QGroupBox(tr("This visit"), this);
    m_outcome = new QComboBox(work);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setEditable(true);
    m_outcome->addItems({QString(), tr("Order taken"), tr("No order this time"), tr("Payment collected"),
                         tr("Customer not available"), tr("Complaint handled"), tr("Merchandising done")});
    m_notes = new QPlainTextEdit(work);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(m_notes->fontMetrics().height() * 4);
    m_followUp = new QLineEdit(work);
    m_followUp->setObjectName(QStringLiteral("followUp"));
    m_followUp->setPlaceholderText(tr("e.g. call back about the promotion next week"));
    auto *form = new QFormLayout(work);
    form->addRow(tr("O&utcome:"), m_outcome);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("&Follow-up:"), m_followUp);
    connect(m_outcome, &QComboBox::currentTextChanged, &m_autosave, qOverload<>(&QTimer::start));
    connect(m_notes, &QPlainTextEdit::textChanged, &m_autosave, qOverload<>(&QTimer::start));
    connect(m_followUp, &QLineEdit::textChanged, &m_autosave, qOverload<>(&QTimer::start));
    return work;
}

QWidget *VisitPage::buildBrief()
{
    auto *brief = new QWidget(this);
    auto *layout = new QVBoxLayout(brief);
    layout->setContentsMargins(Theme::space(2), 0, 0, 0);

    auto *account = new QGroupBox(tr("Customer"), brief);
    m_account = new QLabel(account);
    m_account->setObjectName(QStringLiteral("account"));
    m_account->setWordWrap(true);
    m_account->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_account->setOpenExternalLinks(true);
    (new QVBoxLayout(account))->addWidget(m_account);

    auto *taken = new QGroupBox(tr("Ordered and paid during this visit"), brief);
    m_thisVisit = listOf(taken, QStringLiteral("thisVisit"), {tr("What"), tr("No."), tr("Status"), tr("Amount")});
    (new QVBoxLayout(taken))->addWidget(m_thisVisit);
    attachEmptyState(m_thisVisit,
                     new EmptyState(QStringLiteral("view-list-details"), tr("Nothing ordered or paid yet"),
                                    tr("Take an order or record a payment with the buttons above."), m_thisVisit));

    auto *orders = new QGroupBox(tr("Open and recent orders"), brief);
    m_orders = listOf(orders, QStringLiteral("orders"), {tr("Date"), tr("No."), tr("Status"), tr("Total")});
    (new QVBoxLayout(orders))->addWidget(m_orders);
    attachEmptyState(m_orders, new EmptyState(QStringLiteral("view-list-details"), tr("No orders yet"),
                                              tr("This customer's orders will be listed here."), m_orders));
    for (QTreeWidget *list : {m_thisVisit, m_orders}) {
        connect(list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
            if (const QString id = item->data(0, Qt::UserRole).toString(); !id.isEmpty()) {
                emit orderOpened(id);
            }
        });
    }

    auto *history = new QGroupBox(tr("Earlier visits"), brief);
    m_history = new QTextBrowser(history);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setOpenLinks(false);
    m_history->setMinimumHeight(m_history->fontMetrics().height() * 8);
    (new QVBoxLayout(history))->addWidget(m_history);

    layout->addWidget(account);
    layout->addWidget(taken);
    layout->addWidget(orders);
    layout->addWidget(history, 1);
    return brief;
}

void VisitPage::setPositionProvider(PositionProvider *position)
{
    if (m_position) {
        m_position->disconnect(this);
    }
    m_position = position;
    if (m_position) {
        connect(m_position, &PositionProvider::fixed, this, &VisitPage::onFix);
        connect(m_position, &PositionProvider::failed, this, &VisitPage::onNoFix);
    }
}

void VisitPage::setTileSource(TileSource *tiles)
{
    m_map->setTileSource(tiles);
}

void VisitPage::open(const QString &visitId)
{
    flushNotes();
    reset();
    m_visit.id = visitId;
    load();
}

void VisitPage::leave()
{
    flushNotes();
    emit closed();
}

// Empty, as before a visit is read: nothing from the visit shown before stays.
void VisitPage::reset()
{
    ++m_generation;
    if (m_locating && m_position) {
        m_position->cancel();
    }
    m_locating = false;
    m_fix.reset();
    m_visit = Visit();
    m_brief = VisitBrief();
    m_errors.clear();
    m_message->hide();
    m_progress->setVisible(false);
    m_reason->clear();
    m_reason->setVisible(false);
    m_reasonLabel->setVisible(false);
    m_checkIn->setText(tr("&Check in"));
    const QSignalBlocker a(m_outcome);
    const QSignalBlocker b(m_notes);
    const QSignalBlocker c(m_followUp);
    m_outcome->setCurrentText(QString());
    m_notes->clear();
    m_followUp->clear();
    m_thisVisit->clear();
    m_orders->clear();
    m_history->clear();
    m_account->clear();
    m_checkInInfo->clear();
    m_state->clear();
    m_header->setTitle(tr("Visit"));
    m_header->setSubtitle(QString());
    m_map->setMarkers({});
    m_map->setCircles({});
    m_map->hide();
    for (QWidget *w : std::initializer_list<QWidget *>{m_checkIn, m_manual, m_checkOut, m_order, m_payment, m_outcome,
                                                       m_notes, m_followUp}) {
        w->setEnabled(false);
    }
}

void VisitPage::load()
{
    // On the serial writer: after the save of what was typed before (the same visit reopened
    // must not come back without it).
    runInBackground(
        m_workspace.serialWrites(), this,
        [&database = m_workspace.database(), id = m_visit.id]() -> Result<VisitLoad> {
            Result<VisitBrief> brief = VisitBrief::compute(database, id, QDateTime::currentDateTimeUtc());
            if (!brief) {
                return brief.error();
            }
            Result<LocalSettings> settings = LocalSettingsStore(database).load();
            if (!settings) {
                return settings.error();
            }
            return VisitLoad{*std::move(brief), *settings};
        },
        [this, generation = m_generation](Result<VisitLoad> loaded) {
            if (generation != m_generation) {
                return;
            }
            if (!loaded) {
                m_errors.show(loaded.error());
                return;
            }
            m_settings = loaded->settings;
            m_brief = loaded->brief;
            showVisit(m_brief.visit);
            showBrief();
            // What was typed before (a visit reopened) comes back.
            const QSignalBlocker a(m_outcome);
            const QSignalBlocker b(m_notes);
            const QSignalBlocker c(m_followUp);
            m_outcome->setCurrentText(m_visit.outcome);
            m_notes->setPlainText(m_visit.notes);
            m_followUp->setText(m_visit.followUp);
        });
}

void VisitPage::reloadBrief()
{
    m_briefStale = false;
    const quint64 read = ++m_briefReads;
    runInBackground(
        m_workspace.pool(), this,
        [&database = m_workspace.database(), id = m_visit.id] {
            return VisitBrief::compute(database, id, QDateTime::currentDateTimeUtc());
        },
        [this, generation = m_generation, read](Result<VisitBrief> brief) {
            if (generation != m_generation || read != m_briefReads) {
                return; // another visit shown, or a newer read under way
            }
            if (!brief) {
                m_errors.show(brief.error());
                return;
            }
            m_brief = *std::move(brief);
            showBrief();
        });
}

void VisitPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_briefStale && !m_visit.id.isEmpty()) {
        reloadBrief(); // what changed while another section was shown
    }
}

void VisitPage::showVisit(const Visit &visit)
{
    m_visit = visit;
    const Customer &customer = m_brief.customer;
    m_header->setTitle(customer.name);
    QStringList where{customer.street, QString(customer.postalCode + u' ' + customer.city).trimmed()};
    where.removeAll(QString());
    where << tr("planned for %1").arg(DisplayText::dateTime(visit.plannedAt));
    m_header->setSubtitle(where.join(QStringLiteral(" · ")));
    QString state = DisplayText::visitStatus(visit.status);
    if (visit.status == VisitStatus::Completed && visit.checkIn) {
        const qint64 minutes = visit.checkIn->at.secsTo(visit.checkedOutAt) / 60;
        state = tr("Completed — %n minute(s) in the shop", "", int(minutes));
    }
    m_state->setText(state);
    Theme::setTone(m_state, DisplayText::visitTone(visit.status, false));
    m_checkInInfo->setText(describeCheckIn());

    const VisitActions may = Workflow::visitActions(visit.status);
    const bool planned = may.checkIn;
    const bool checkedIn = may.record;
    m_checkIn->setEnabled(planned && !m_locating);
    m_checkIn->setVisible(planned);
    m_manual->setEnabled(planned);
    m_manual->setVisible(planned);
    if (!planned) {
        m_reason->setVisible(false);
        m_reasonLabel->setVisible(false);
    }
    // Orders and payments are taken while checked in: that is when the visit lists them.
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_outcome, m_notes, m_followUp, m_checkOut, m_order, m_payment}) {
        w->setEnabled(checkedIn);
    }
    showMap();
}

void VisitPage::showBrief()
{
    const VisitBrief &b = m_brief;
    const QLocale locale;
    const Money available = b.credit.available();
    QStringList lines;
    if (!b.customer.phone.isEmpty()) {
        lines << tr("Phone: %1")
                     .arg(QStringLiteral("<a href=\"tel:%1\">%2</a>")
                              .arg(QString(b.customer.phone).remove(u' '), b.customer.phone.toHtmlEscaped()));
    }
    if (!b.customer.contactPerson.isEmpty()) {
        lines << tr("Contact: %1").arg(b.customer.contactPerson.toHtmlEscaped());
    }
    lines << tr("Open balance: %1").arg(b.credit.openBalance.format(locale));
    const QString credit =
        tr("Available credit: %1 (limit %2)").arg(available.format(locale), b.credit.creditLimit.format(locale));
    lines << (available.isNegative() || available.isZero()
                  ? QStringLiteral("<span style=\"color:%1\">%2</span>")
                        .arg(Theme::color(Tone::Danger).name(), credit.toHtmlEscaped())
                  : credit.toHtmlEscaped());
    lines << tr("Payment terms: %n day(s)", "", b.customer.paymentTermsDays);
    m_account->setText(lines.join(QStringLiteral("<br>")));

    // Amounts in the customer's currency, named once in the column's title.
    const QString currency = b.customer.currency().code();
    m_thisVisit->setHeaderLabels({tr("What"), tr("No."), tr("Status"), tr("Amount %1").arg(currency)});
    m_orders->setHeaderLabels({tr("Date"), tr("No."), tr("Status"), tr("Total %1").arg(currency)});
    m_thisVisit->clear();
    for (const Order &order : b.ordersThisVisit) {
        m_thisVisit->addTopLevelItem(orderItem(order, tr("Order")));
    }
    for (const Transaction &payment : b.paymentsThisVisit) {
        auto *item = new QTreeWidgetItem(QStringList{tr("Payment"), payment.reference,
                                                     DisplayText::paymentMethod(payment.method),
                                                     DisplayText::amount(payment.amount)});
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        m_thisVisit->addTopLevelItem(item);
    }
    m_orders->clear();
    for (const QList<Order> *list : {&b.openOrders, &b.lastOrders}) {
        for (const Order &order : *list) {
            m_orders->addTopLevelItem(orderItem(order));
        }
    }
    QString history;
    for (const Visit &v : b.earlierVisits) {
        history += QStringLiteral("<p><b>%1</b> — %2")
                       .arg(DisplayText::date(v.plannedAt.toLocalTime().date()),
                            (v.outcome.isEmpty() ? tr("no outcome") : v.outcome).toHtmlEscaped());
        if (!v.notes.isEmpty()) {
            history += QStringLiteral("<br>") + v.notes.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
        }
        if (!v.followUp.isEmpty()) {
            history += QStringLiteral("<br><i>%1</i>").arg(tr("Follow-up: %1").arg(v.followUp).toHtmlEscaped());
        }
        history += QStringLiteral("</p>");
    }
    m_history->setHtml(history.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("No earlier visits.").toHtmlEscaped())
                                         : history);
}

// The customer with the geofence around them, and where the check-in was made (or the fix
// waiting for a reason), in the colour of what it means.
void VisitPage::showMap()
{
    QList<MapMarker> markers;
    QList<MapCircle> circles;
    const Customer &customer = m_brief.customer;
    const double radius = m_settings.geofenceRadiusMetres;
    if (customer.location) {
        markers << MapMarker{customer.id, *customer.location, customer.name, QString(), Tone::Accent};
        circles << MapCircle{*customer.location, radius, Tone::Accent};
    }
    std::optional<GeoPoint> at;
    bool outside = false;
    if (m_visit.checkIn && m_visit.checkIn->position) {
        at = m_visit.checkIn->position;
        outside = m_visit.checkIn->outsideGeofence;
    } else if (m_fix) {
        at = m_fix->point;
        outside = true;
    }
    if (at) {
        markers << MapMarker{QString(), *at, outside ? tr("Your check-in, outside the geofence") : tr("Your check-in"),
                             QStringLiteral("✓"), outside ? Tone::Warning : Tone::Success};
    }
    m_map->setMarkers(markers);
    m_map->setCircles(circles);
    m_map->setVisible(!markers.isEmpty());
    m_map->fitToContent(17);
}

void VisitPage::recordPayment()
{
    auto *dialog = new PaymentDialog(m_workspace, m_brief.customer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, generation = m_generation] {
        if (generation != m_generation) {
            return;
        }
        const Transaction payment = dialog->recorded();
        m_message->showMessage(tr("Payment of %1 recorded.").arg(payment.amount.format(QLocale())), Tone::Success);
        m_message->addButton(tr("Save receipt…"), [this, payment] {
            Documents::saveAs(this, Documents::paymentReceipt(m_workspace.database(), payment, m_brief.customer),
                              Documents::receiptFileName(payment, m_brief.customer), tr("Save the payment receipt"));
        });
    });
    dialog->open();
}

QString VisitPage::checkInText() const
{
    return m_checkInInfo->text();
}

QString VisitPage::stateText() const
{
    return m_state->text();
}

QString VisitPage::accountText() const
{
    return QTextDocumentFragment::fromHtml(m_account->text()).toPlainText();
}

// What was typed and not yet saved is saved on the serial writer (after any save still
// running), whatever is shown next, and tells the other screens when it is in.
void VisitPage::flushNotes()
{
    if (m_visit.status != VisitStatus::CheckedIn || !m_autosave.isActive()) {
        return;
    }
    m_autosave.stop();
    Workspace *workspace = &m_workspace;
    runInBackground(
        workspace->serialWrites(), workspace,
        [&database = workspace->database(), id = m_visit.id, outcome = m_outcome->currentText().trimmed(),
         notes = m_notes->toPlainText(), followUp = m_followUp->text().trimmed()] {
            return VisitRepository(database).saveNotes(id, outcome, notes, followUp);
        },
        [workspace, page = QPointer<VisitPage>(this), id = m_visit.id](Result<Visit> saved) {
            if (saved) {
                workspace->localChange({QStringLiteral("visit")});
            } else if (page && page->m_visit.id == id) {
                page->m_errors.show(saved.error());
            } else {
                qWarning("The notes of visit %s were not saved: %s", qPrintable(id),
                         qPrintable(saved.error().message()));
            }
        });
}

QString VisitPage::describeCheckIn() const
{
    if (!m_visit.checkIn) {
        if (!m_position || !m_position->isAvailable()) {
            return tr("Not checked in. This computer has no position source: check in without position, with a "
                      "reason.");
        }
        return tr("Not checked in. Check in when you arrive: your position is compared with the customer's.");
    }
    const VisitCheckIn &in = *m_visit.checkIn;
    const QLocale locale;
    QStringList parts;
    parts << tr("Checked in at %1").arg(DisplayText::time(in.at.toLocalTime().time()));
    if (in.source == PositionSource::Manual) {
        parts << tr("without position");
    } else {
        parts << (in.accuracyMetres > 0 ? tr("%1, ±%2 m").arg(sourceText(in.source)).arg(qRound(in.accuracyMetres))
                                        : sourceText(in.source));
    }
    if (in.distanceMetres) {
        parts << tr("%1 from the customer").arg(DisplayText::distance(*in.distanceMetres));
    }
    QString text = parts.join(QStringLiteral(" · "));
    if (in.outsideGeofence || in.source == PositionSource::Manual) {
        text += u'\n' + tr("Marked for your manager's review: %1").arg(in.reason);
    }
    return text;
}

void VisitPage::locate()
{
    m_errors.clear();
    if (!m_position || !m_position->isAvailable()) {
        onNoFix(tr("This computer has no position source."));
        return;
    }
    m_locating = true;
    m_progress->setVisible(true);
    m_checkIn->setEnabled(false);
    m_checkInInfo->setText(tr("Finding your position…"));
    m_position->request(m_settings.positionTimeoutSeconds * 1000);
}

void VisitPage::onFix(const PositionFix &fix)
{
    if (!m_locating) {
        return; // not ours
    }
    m_locating = false;
    m_progress->setVisible(false);
    const double radius = m_settings.geofenceRadiusMetres;
    const std::optional<GeofenceCheck> fence = checkGeofence(fix.point, m_brief.customer.location, radius);
    if (fence && fence->outside) {
        // Not here yet, or the customer's coordinates are off: say so, and ask why.
        m_fix = fix;
        m_checkInInfo->setText(tr("You are %1 from the customer; the limit is %2.")
                                   .arg(DisplayText::distance(fence->distanceMetres), DisplayText::distance(radius)));
        m_reasonLabel->setText(tr("Why do you check in here? (The check-in is marked for your manager.)"));
        m_reasonLabel->setVisible(true);
        m_reason->setVisible(true);
        m_reason->setFocus();
        m_checkIn->setText(tr("&Check in here"));
        m_checkIn->setEnabled(true);
        showMap();
        return;
    }
    CheckInInput input;
    input.position = fix.point;
    input.accuracyMetres = fix.accuracyMetres;
    input.source = fix.source;
    input.at = fix.at;
    checkIn(input);
}

void VisitPage::onNoFix(const QString &reason)
{
    if (!m_locating && m_position && m_position->isAvailable()) {
        return; // not ours
    }
    m_locating = false;
    m_progress->setVisible(false);
    m_fix.reset();
    m_checkInInfo->setText(reason);
    m_reasonLabel->setText(tr("No position: check in without one and say why. (The check-in is marked for your "
                              "manager.)"));
    m_reasonLabel->setVisible(true);
    m_reason->setVisible(true);
    m_reason->setFocus();
    m_checkIn->setText(tr("Try &again"));
    m_checkIn->setEnabled(true);
}

void VisitPage::checkIn(const CheckInInput &input)
{
    m_errors.clear();
    m_checkIn->setEnabled(false);
    m_manual->setEnabled(false);
    runInBackground(
        m_workspace.pool(), this,
        [&database = m_workspace.database(), id = m_visit.id, input] {
            return VisitRepository(database).checkIn(id, input);
        },
        [this, generation = m_generation](Result<Visit> done) {
            if (generation != m_generation) {
                return;
            }
            if (!done) {
                m_checkIn->setEnabled(true);
                m_manual->setEnabled(true);
                m_errors.show(done.error());
                return;
            }
            m_fix.reset();
            m_workspace.localChange({QStringLiteral("visit")});
            showVisit(*done);
            m_outcome->setFocus();
        });
}

void VisitPage::saveNotes()
{
    m_autosave.stop();
    if (m_visit.status != VisitStatus::CheckedIn) {
        return;
    }
    // In order, on the workspace's serial writer: a later save never overtakes an earlier one.
    runInBackground(
        m_workspace.serialWrites(), this,
        [&database = m_workspace.database(), id = m_visit.id, outcome = m_outcome->currentText().trimmed(),
         notes = m_notes->toPlainText(), followUp = m_followUp->text().trimmed()] {
            return VisitRepository(database).saveNotes(id, outcome, notes, followUp);
        },
        [this, generation = m_generation](Result<Visit> saved) {
            if (generation != m_generation || m_visit.status != VisitStatus::CheckedIn) {
                return; // another visit shown, or checked out meanwhile with the same text
            }
            if (!saved) {
                m_errors.show(saved.error());
                return;
            }
            m_visit = *saved;
            // The other screens hear of it; this page has the notes already and reads nothing.
            const QScopedValueRollback<bool> own(m_savingNotes, true);
            m_workspace.localChange({QStringLiteral("visit")});
        });
}

bool VisitPage::confirmCheckOut()
{
    const QString outcome = m_outcome->currentText().trimmed();
    const int minutes = m_visit.checkIn ? int(m_visit.checkIn->at.secsTo(QDateTime::currentDateTimeUtc()) / 60) : 0;
    const bool brief = minutes < kBriefVisitMinutes;
    if (!outcome.isEmpty() && !brief) {
        return true;
    }
    QString question;
    if (outcome.isEmpty() && brief) {
        question =
            tr("You checked in at %1 %n minute(s) ago and have not recorded an outcome. Check out anyway?", "", minutes)
                .arg(m_brief.customer.name);
    } else if (outcome.isEmpty()) {
        question = tr("Check out of %1 without recording an outcome?").arg(m_brief.customer.name);
    } else {
        question = tr("You checked in at %1 only %n minute(s) ago. Check out already?", "", minutes)
                       .arg(m_brief.customer.name);
    }
    return confirmAction(this, m_confirm, tr("Check out"), question, tr("Check &out"));
}

void VisitPage::checkOut()
{
    if (!confirmCheckOut()) {
        return;
    }
    m_autosave.stop();
    m_errors.clear();
    m_checkOut->setEnabled(false);
    runInBackground(
        m_workspace.serialWrites(), this,
        [&database = m_workspace.database(), id = m_visit.id, outcome = m_outcome->currentText().trimmed(),
         notes = m_notes->toPlainText(), followUp = m_followUp->text().trimmed()] {
            return VisitRepository(database).checkOut(id, QDateTime::currentDateTimeUtc(), outcome, notes, followUp);
        },
        [this, generation = m_generation](Result<Visit> done) {
            if (generation != m_generation) {
                return;
            }
            if (!done) {
                m_checkOut->setEnabled(true);
                m_errors.show(done.error());
                return;
            }
            m_workspace.localChange({QStringLiteral("visit")});
            showVisit(*done);
            m_message->showMessage(tr("Visit to %1 completed.").arg(m_brief.customer.name), Tone::Success);
            m_message->addButton(tr("Back to today"), [this] { leave(); });
        });
}

} // namespace SalesSync
