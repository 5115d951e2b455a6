#include "ui/admin/realignmenthistorypage.h"

#include "core/csv.h"
#include "core/money.h"
#include "core/repositories/userrepository.h"
#include "core/timeutil.h"
#include "ui/admin/servercall.h"
#include "ui/admin/serverstack.h"
#include "ui/background.h"
#include "ui/csvfile.h"
#include "ui/displaytext.h"
#include "ui/theme/theme.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/listtable.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/pageheader.h"
#include "ui/widgets/statusdelegate.h"
#include "ui/workspace.h"

#include <QAction>
#include <QDate>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace SalesSync {

namespace {

std::pair<QString, Tone> statusText(const QString &status)
{
    if (status == u"scheduled") {
        return {RealignmentHistoryPage::tr("Scheduled"), Tone::Accent};
    }
    if (status == u"applied") {
        return {RealignmentHistoryPage::tr("Applied"), Tone::Success};
    }
    if (status == u"failed") {
        return {RealignmentHistoryPage::tr("Failed"), Tone::Danger};
    }
    return {RealignmentHistoryPage::tr("Cancelled"), Tone::Neutral};
}

qint64 customersMoved(const RealignmentMoves &moves)
{
    qint64 n = 0;
    for (const RealignmentMoves::CustomerMove &m : moves.customers) {
        n += m.customerIds.size();
    }
    return n;
}

} // namespace

RealignmentHistoryPage::RealignmentHistoryPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("realignmentHistoryPage"));
    m_model->setHorizontalHeaderLabels(
        {tr("Status"), tr("Effective"), tr("Created"), tr("By"), tr("Changes"), tr("People affected"), tr("Note")});
    m_view = makeListTable(this, QStringLiteral("realignmentTable"), m_model, Note);
    m_view->setItemDelegateForColumn(Status, new StatusDelegate(m_view));
    setOptionalColumns(m_view, {Created, CreatedBy, People});
    m_refresh = new QAction(Theme::icon(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    m_cancel = new QAction(Theme::icon(QStringLiteral("dialog-cancel")), tr("&Cancel the realignment"), this);
    m_cancel->setToolTip(tr("Cancel the selected scheduled realignment before it is applied"));
    m_export = new QAction(Theme::icon(QStringLiteral("document-export")), tr("Export as &CSV…"), this);
    for (QAction *a : {m_refresh, m_cancel, m_export}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_refresh, &QAction::triggered, this, &RealignmentHistoryPage::reload);
    connect(m_cancel, &QAction::triggered, this, &RealignmentHistoryPage::cancelCurrent);
    connect(m_export, &QAction::triggered, this, [this] {
        CsvFile::saveAs(this, tr("Export the realignment history"),
                        tr("Realignments %1.csv").arg(QDate::currentDate().toString(Qt::ISODate)), toCsv());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RealignmentHistoryPage::updateActions);
    QToolBar *toolbar = makePageToolBar(this);
    toolbar->setObjectName(QStringLiteral("realignmentActions"));
    toolbar->addAction(m_refresh);
    toolbar->addAction(m_cancel);
    toolbar->addAction(m_export);

    m_empty = new EmptyState(QStringLiteral("view-history"), tr("No realignments yet"),
                             tr("Realignments you make under Assignments are listed here, with everyone they "
                                "changed."),
                             this);
    attachEmptyState(m_view, m_empty, [this] { return m_rows.isEmpty(); });
    m_stack = new ServerStack(m_view, tr("The history is kept on the server"), m_refresh, this);
    m_header = new PageHeader(tr("Realignment history"), this);
    m_message = new MessageBar(this);
    auto *layout = new QVBoxLayout(this);
    setPageMargins(layout);
    layout->addWidget(m_header);
    layout->addWidget(m_message);
    layout->addWidget(toolbar);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_view);
    updateActions();
}

EmptyState *RealignmentHistoryPage::unavailable() const
{
    return m_stack->unavailable();
}

void RealignmentHistoryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        reload();
    }
}

void RealignmentHistoryPage::reload()
{
    if (!m_stack->checkAvailable(m_workspace)) {
        updateActions();
        return;
    }
    const quint64 generation = ++m_generation;
    ServerCall::start(m_workspace, this, Protocol::Endpoint::AdminRealignments, {}, {},
                      [this, generation](const Sync::ApiReply &reply) {
                          if (generation != m_generation) {
                              return;
                          }
                          const auto history = Protocol::RealignmentsResponse::fromJson(reply.json);
                          if (!reply.ok() || !history) {
                              m_stack->showUnavailable(reply.ok() ? history.error().message() : reply.errorMessage());
                              updateActions();
                              return;
                          }
                          Database *database = &m_workspace.database();
                          runInBackground(
                              m_workspace.pool(), this, [database] { return UserRepository(*database).all(); },
                              [this, generation, rows = history->realignments](Result<QList<User>> users) {
                                  if (generation != m_generation) {
                                      return;
                                  }
                                  QHash<QString, QString> names;
                                  for (const User &u : users ? *users : QList<User>()) {
                                      names.insert(u.id, u.displayName);
                                  }
                                  show(rows, std::move(names));
                              });
                      });
}

QString RealignmentHistoryPage::changesText(const RealignmentMoves &moves) const
{
    QStringList parts;
    if (const qint64 customers = customersMoved(moves); customers > 0) {
        parts << tr("%n customer(s) moved", nullptr, int(customers));
    }
    if (!moves.agents.isEmpty()) {
        parts << tr("%n agent(s) reassigned", nullptr, int(moves.agents.size()));
    }
    if (!moves.territories.isEmpty()) {
        parts << tr("%n territory move(s)", nullptr, int(moves.territories.size()));
    }
    return parts.join(QStringLiteral(", "));
}

void RealignmentHistoryPage::show(QList<Protocol::RealignmentInfo> rows, QHash<QString, QString> names)
{
    m_rows = std::move(rows);
    m_names = std::move(names);
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (const Protocol::RealignmentInfo &r : std::as_const(m_rows)) {
        const auto [text, tone] = statusText(r.status);
        auto *status = new QStandardItem(text);
        status->setData(int(tone), Theme::ToneRole);
        if (!r.failure.isEmpty()) {
            status->setToolTip(r.failure);
        }
        const QDateTime effective = r.appliedAt.isValid() ? r.appliedAt : r.effectiveAt;
        QStringList people;
        for (const Protocol::HolderImpact &h : r.preview.holders) {
            people << name(h.userId);
        }
        auto *peopleItem = new QStandardItem(tr("%n person(s)", nullptr, int(people.size())));
        peopleItem->setToolTip(people.join(u'\n'));
        auto *note = new QStandardItem(r.failure.isEmpty() ? r.note : r.note + QStringLiteral(" — ") + r.failure);
        m_model->appendRow({status,
                            new QStandardItem(effective.isValid() ? DisplayText::dateTime(effective) : tr("at once")),
                            new QStandardItem(DisplayText::dateTime(r.createdAt)), new QStandardItem(name(r.createdBy)),
                            new QStandardItem(changesText(r.moves)), peopleItem, note});
    }
    // Tells the empty state the list is complete, also when it stays empty (no rows came or went).
    emit m_model->layoutChanged();
    m_stack->showContent();
    m_loaded = true;
    m_header->setSubtitle(
        tr("%n realignment(s) · as of %1", nullptr, int(m_rows.size())).arg(DisplayText::time(QTime::currentTime())));
    updateActions();
}

void RealignmentHistoryPage::updateActions()
{
    const int row = m_view->currentIndex().row();
    const bool listed = m_stack->isShowingContent();
    m_cancel->setEnabled(listed && row >= 0 && row < m_rows.size() && m_rows.at(row).status == u"scheduled");
    m_export->setEnabled(listed && !m_rows.isEmpty());
}

void RealignmentHistoryPage::cancelCurrent()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_rows.size()) {
        return;
    }
    const Protocol::RealignmentInfo r = m_rows.at(row);
    if (!confirmAction(this, m_confirm, tr("Cancel the realignment"),
                       tr("The realignment planned for %1 will not be applied. Nothing has moved yet.")
                           .arg(DisplayText::dateTime(r.effectiveAt)),
                       tr("&Cancel the realignment"))) {
        return;
    }
    Protocol::CancelRealignmentRequest request;
    request.id = r.id;
    ServerCall::start(m_workspace, this, Protocol::Endpoint::AdminRealignmentCancel, request.toJson(), {},
                      [this](const Sync::ApiReply &reply) {
                          if (!reply.ok()) {
                              m_message->showMessage(
                                  tr("The realignment was not cancelled: %1").arg(reply.errorMessage()), Tone::Danger);
                          } else {
                              m_message->showMessage(tr("Cancelled. Nothing moves."), Tone::Success);
                          }
                          reload();
                      });
}

QByteArray RealignmentHistoryPage::toCsv() const
{
    QStringList lines{QStringLiteral(
        "realignment_id,status,created_at,created_by,effective_at,applied_at,failure,note,customers_moved,"
        "agents_reassigned,territories_moved,person,role,customers_arriving,customers_leaving,open_orders_arriving,"
        "open_orders_leaving,planned_visits_arriving,planned_visits_leaving,balances_arriving,balances_leaving,"
        "devices_that_may_hold_edits")};
    const auto owed = [](const QList<std::pair<QString, qint64>> &balances) {
        QStringList parts;
        for (const auto &[currency, minor] : balances) {
            const std::optional<Currency> c = Currency::fromCode(currency);
            parts << (c ? Money(minor, *c).toString() : QString::number(minor) + u' ' + currency);
        }
        return parts.join(QStringLiteral("; "));
    };
    for (const Protocol::RealignmentInfo &r : m_rows) {
        const QStringList common = {r.id,
                                    r.status,
                                    toIsoUtc(r.createdAt),
                                    name(r.createdBy),
                                    r.effectiveAt.isValid() ? toIsoUtc(r.effectiveAt) : QString(),
                                    r.appliedAt.isValid() ? toIsoUtc(r.appliedAt) : QString(),
                                    r.failure,
                                    r.note,
                                    QString::number(customersMoved(r.moves)),
                                    QString::number(r.moves.agents.size()),
                                    QString::number(r.moves.territories.size())};
        if (r.preview.holders.isEmpty()) {
            lines << csvLine(common + QStringList(11, QString()));
        }
        for (const Protocol::HolderImpact &h : r.preview.holders) {
            const auto atRisk = std::count_if(h.devices.cbegin(), h.devices.cend(),
                                              [](const Protocol::HolderImpact::Device &d) { return d.mayHoldEdits; });
            lines << csvLine(
                common + QStringList{name(h.userId), roleToText(h.role), QString::number(h.arriving.customerIds.size()),
                                     QString::number(h.leaving.customerIds.size()),
                                     QString::number(h.arriving.openOrders), QString::number(h.leaving.openOrders),
                                     QString::number(h.arriving.plannedVisits),
                                     QString::number(h.leaving.plannedVisits), owed(h.arriving.openBalances),
                                     owed(h.leaving.openBalances), QString::number(atRisk)});
        }
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

bool RealignmentHistoryPage::saveCsv(const QString &path, QString *error) const
{
    return CsvFile::save(path, toCsv(), error);
}

} // namespace SalesSync
