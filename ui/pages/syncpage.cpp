#include "ui/pages/syncpage.h"

#include "sync/client/syncsession.h"
#include "sync/client/syncstatus.h"
#include "ui/background.h"
#include "ui/fielderrors.h"
#include "ui/models/syncissuesmodels.h"
#include "ui/theme/theme.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/listtable.h"
#include "ui/widgets/pageheader.h"
#include "ui/workspace.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace SalesSync {

namespace {

struct Issues {
    QList<Sync::ConflictRecord> conflicts;
    QList<Sync::QuarantinedOp> quarantine;
};

} // namespace

SyncPage::SyncPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_conflicts(new ConflictModel(this))
    , m_quarantine(new QuarantineModel(this))
{
    setObjectName(QStringLiteral("syncPage"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("state"));
    m_state->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_syncNow = new QPushButton(Theme::icon(QStringLiteral("view-refresh")), tr("Sync &now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_state, 1);
    top->addWidget(m_progress);
    top->addWidget(m_syncNow);

    // Conflicts.
    auto *conflictsTab = new QWidget(this);
    m_showSettled = new QCheckBox(tr("Show conflicts settled by the rules too"), conflictsTab);
    m_conflictView = makeListTable(conflictsTab, QStringLiteral("conflicts"), m_conflicts);
    attachEmptyState(m_conflictView,
                     new EmptyState(QStringLiteral("state-ok"), tr("No conflicts"),
                                    tr("When you and someone else change the same field before a sync, the "
                                       "conflict waits here for your decision."),
                                    this));
    auto *decide = new QGroupBox(tr("Decide"), conflictsTab);
    m_conflictDetail = new QLabel(decide);
    m_conflictDetail->setObjectName(QStringLiteral("conflictDetail"));
    m_conflictDetail->setWordWrap(true);
    m_conflictDetail->setTextFormat(Qt::RichText);
    m_keepMine = new QRadioButton(tr("Keep &yours"), decide);
    m_keepTheirs = new QRadioButton(tr("Keep the &server's"), decide);
    m_keepEdited = new QRadioButton(tr("&Use this value:"), decide);
    m_edited = new QLineEdit(decide);
    m_edited->setObjectName(QStringLiteral("edited"));
    auto *group = new QButtonGroup(decide);
    for (QRadioButton *b : {m_keepMine, m_keepTheirs, m_keepEdited}) {
        group->addButton(b);
    }
    m_keepMine->setChecked(true);
    connect(m_edited, &QLineEdit::textEdited, m_keepEdited, [this] { m_keepEdited->setChecked(true); });
    m_resolve = new QPushButton(tr("&Decide"), decide);
    m_resolve->setObjectName(QStringLiteral("resolve"));
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        resolveSelected(m_keepMine->isChecked()     ? QStringLiteral("mine")
                        : m_keepTheirs->isChecked() ? QStringLiteral("theirs")
                                                    : QStringLiteral("edited"),
                        m_edited->text());
    });
    auto *decideLayout = new QVBoxLayout(decide);
    decideLayout->addWidget(m_conflictDetail);
    decideLayout->addWidget(m_keepMine);
    decideLayout->addWidget(m_keepTheirs);
    auto *editedRow = new QHBoxLayout;
    editedRow->addWidget(m_keepEdited);
    editedRow->addWidget(m_edited, 1);
    decideLayout->addLayout(editedRow);
    decideLayout->addWidget(m_resolve, 0, Qt::AlignRight);
    auto *conflictsLayout = new QVBoxLayout(conflictsTab);
    conflictsLayout->addWidget(m_showSettled);
    conflictsLayout->addWidget(m_conflictView, 1);
    conflictsLayout->addWidget(decide);
    connect(m_showSettled, &QCheckBox::toggled, this, &SyncPage::reload);
    connect(m_conflictView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SyncPage::showConflict);

    // Refused changes.
    auto *refusedTab = new QWidget(this);
    m_quarantineView = makeListTable(refusedTab, QStringLiteral("quarantine"), m_quarantine);
    attachEmptyState(m_quarantineView,
                     new EmptyState(QStringLiteral("state-ok"), tr("No refused changes"),
                                    tr("A change the server refuses stays here, with the reason, until you retry "
                                       "or discard it. Nothing is lost."),
                                    this));
    m_retry = new QPushButton(Theme::icon(QStringLiteral("view-refresh")), tr("&Retry"), refusedTab);
    m_retry->setToolTip(tr("Apply the change (with the other parts of the same change) again on this computer and "
                           "send it with the next sync"));
    m_discard = new QPushButton(Theme::icon(QStringLiteral("edit-delete")), tr("D&iscard…"), refusedTab);
    m_export = new QPushButton(Theme::icon(QStringLiteral("document-save-as")),
                               tr("Save all unsynced changes to a &file…"), refusedTab);
    connect(m_retry, &QPushButton::clicked, this, &SyncPage::retrySelected);
    connect(m_discard, &QPushButton::clicked, this, [this] { discardSelected(false); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save unsynced changes"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                QStringLiteral("/salessync-unsynced-%1.json").arg(m_workspace.profile().name),
            tr("SalesSync changes (*.json)"));
        if (path.isEmpty()) {
            return;
        }
        if (const Status s = Sync::LocalSyncStore(m_workspace.database()).exportUnsynced(path); !s) {
            m_error->setText(s.error().message());
            m_error->setVisible(true);
        }
    });
    auto *refusedButtons = new QHBoxLayout;
    refusedButtons->addWidget(m_retry);
    refusedButtons->addWidget(m_discard);
    refusedButtons->addStretch();
    refusedButtons->addWidget(m_export);
    auto *refusedLayout = new QVBoxLayout(refusedTab);
    refusedLayout->addWidget(m_quarantineView, 1);
    refusedLayout->addLayout(refusedButtons);
    connect(m_quarantineView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const bool any = m_quarantine->at(m_quarantineView->currentIndex().row()) != nullptr;
        m_retry->setEnabled(any);
        m_discard->setEnabled(any);
    });

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("tabs"));
    tabs->addTab(conflictsTab, tr("Conflicts"));
    tabs->addTab(refusedTab, tr("Refused changes"));
    m_error = FieldErrors::makeLabel(this, QStringLiteral("error"));

    auto *layout = new QVBoxLayout(this);
    setPageMargins(layout);
    layout->addWidget(new PageHeader(tr("Sync"), this));
    layout->addLayout(top);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_error);

    if (Sync::SyncSession *session = m_workspace.sync()) {
        connect(m_syncNow, &QPushButton::clicked, session, &Sync::SyncSession::syncNow);
        connect(session->status(), &Sync::SyncStatus::changed, this, &SyncPage::updateState);
        connect(session->status(), &Sync::SyncStatus::pendingOpsChanged, this, &SyncPage::reload);
        connect(session->status(), &Sync::SyncStatus::quarantinedChanged, this, &SyncPage::reload);
        connect(session->status(), &Sync::SyncStatus::openConflictsChanged, this, &SyncPage::reload);
    } else {
        m_syncNow->setEnabled(false);
    }
    connect(&m_workspace, &Workspace::dataChanged, this, &SyncPage::reload);
    updateState();
    showConflict();
    m_retry->setEnabled(false);
    m_discard->setEnabled(false);
    reload();
}

void SyncPage::updateState()
{
    Sync::SyncSession *session = m_workspace.sync();
    if (!session) {
        m_state->setText(tr("This workspace is on this computer only; it does not sync."));
        return;
    }
    const Sync::SyncStatus *status = session->status();
    QString text = status->summaryText();
    text += u'\n' + tr("Server: %1 · signed in as %2")
                        .arg(m_workspace.profile().server.toDisplayString(), m_workspace.profile().username);
    m_state->setText(text);
    const bool busy =
        status->state() == Sync::SyncStatus::State::Syncing || status->state() == Sync::SyncStatus::State::FirstSync;
    m_progress->setVisible(busy);
    m_progress->setRange(0, status->percent() >= 0 ? 100 : 0);
    m_progress->setValue(std::max(0, status->percent()));
    m_syncNow->setEnabled(!busy && !status->needsLogin());
}

void SyncPage::reload()
{
    const quint64 generation = ++m_generation;
    runInBackground(
        m_workspace.pool(), this,
        [&database = m_workspace.database(), openOnly = !m_showSettled->isChecked()]() -> Result<Issues> {
            Sync::LocalSyncStore store(database);
            Result<QList<Sync::ConflictRecord>> conflicts = store.conflicts(openOnly);
            if (!conflicts) {
                return conflicts.error();
            }
            Result<QList<Sync::QuarantinedOp>> quarantine = store.quarantine();
            if (!quarantine) {
                return quarantine.error();
            }
            return Issues{*std::move(conflicts), *std::move(quarantine)};
        },
        [this, generation](Result<Issues> issues) {
            if (generation != m_generation) {
                return;
            }
            if (!issues) {
                m_error->setText(issues.error().message());
                m_error->setVisible(true);
                return;
            }
            const qint64 selectedConflict = m_conflicts->at(m_conflictView->currentIndex().row())
                                                ? m_conflicts->at(m_conflictView->currentIndex().row())->id
                                                : -1;
            m_conflicts->setRows(issues->conflicts);
            m_quarantine->setRows(issues->quarantine);
            for (int row = 0; row < m_conflicts->rowCount(); ++row) {
                if (m_conflicts->at(row)->id == selectedConflict) {
                    m_conflictView->setCurrentIndex(m_conflicts->index(row, 0));
                }
            }
            showConflict();
            m_loaded = true;
        });
}

void SyncPage::showConflict()
{
    const Sync::ConflictRecord *c = m_conflicts->at(m_conflictView->currentIndex().row());
    const bool open = c && c->open;
    for (QWidget *w : std::initializer_list<QWidget *>{m_keepMine, m_keepTheirs, m_keepEdited, m_edited, m_resolve}) {
        w->setEnabled(open);
    }
    if (!c) {
        m_conflictDetail->setText(m_conflicts->rowCount() == 0 ? tr("No conflicts wait for you.")
                                                               : tr("Choose a conflict above."));
        return;
    }
    m_conflictDetail->setText(
        tr("<b>%1, %2</b><table "
           "cellspacing=\"6\"><tr><td>Before:</td><td>%3</td></tr><tr><td>Yours:</td><td>%4</td></tr>"
           "<tr><td>Server's:</td><td>%5</td></tr></table>")
            .arg(ConflictModel::entityName(c->entity).toHtmlEscaped(),
                 ConflictModel::fieldName(c->entity, c->field).toHtmlEscaped(),
                 ConflictModel::valueText(c->base).toHtmlEscaped(), ConflictModel::valueText(c->mine).toHtmlEscaped(),
                 ConflictModel::valueText(c->theirs).toHtmlEscaped()));
    // A reload (sync runs on) keeps what is being typed for the same conflict.
    if (c->id != m_shownConflict) {
        m_shownConflict = c->id;
        m_edited->setText(c->mine.isString() ? c->mine.toString() : ConflictModel::valueText(c->mine));
    }
}

void SyncPage::resolveSelected(const QString &choice, const QString &edited)
{
    const Sync::ConflictRecord *c = m_conflicts->at(m_conflictView->currentIndex().row());
    if (!c || !c->open) {
        return;
    }
    QJsonValue value = choice == u"mine" ? c->mine : choice == u"theirs" ? c->theirs : QJsonValue(edited);
    if (choice == u"edited" && c->mine.isDouble()) {
        bool ok = false;
        const double number = QLocale().toDouble(edited, &ok);
        if (!ok) {
            m_error->setText(tr("\"%1\" is not a number.").arg(edited));
            m_error->setVisible(true);
            return;
        }
        value = number;
    }
    m_error->setVisible(false);
    runInBackground(
        m_workspace.pool(), this,
        [&database = m_workspace.database(), id = c->id, value] {
            return Sync::LocalSyncStore(database).resolveConflict(id, value);
        },
        [this, entity = c->entity](Status done) {
            if (!done) {
                m_error->setText(done.error().message());
                m_error->setVisible(true);
                return;
            }
            m_workspace.localChange({entity});
        });
}

void SyncPage::retrySelected()
{
    const Sync::QuarantinedOp *q = m_quarantine->at(m_quarantineView->currentIndex().row());
    if (!q) {
        return;
    }
    runInBackground(
        m_workspace.pool(), this,
        [&database = m_workspace.database(), id = q->op.opId] {
            return Sync::LocalSyncStore(database).retryQuarantined(id);
        },
        [this, entity = q->op.entity](Status done) {
            if (!done) {
                m_error->setText(done.error().message());
                m_error->setVisible(true);
                return;
            }
            m_workspace.localChange({entity});
        });
}

void SyncPage::discardSelected(bool confirmed)
{
    const Sync::QuarantinedOp *q = m_quarantine->at(m_quarantineView->currentIndex().row());
    if (!q) {
        return;
    }
    // The list may be read again while the question is open: keep the id, not the row.
    const QString opId = q->op.opId;
    if (!confirmed && QMessageBox::question(this, tr("Discard the change"),
                                            tr("Discard this refused change, with the other parts of the same "
                                               "change, for good? It is not on the server and will not be sent "
                                               "again.")) != QMessageBox::Yes) {
        return;
    }
    runInBackground(
        m_workspace.pool(), this,
        [&database = m_workspace.database(), id = opId] {
            return Sync::LocalSyncStore(database).discardQuarantined(id);
        },
        [this](Status done) {
            if (!done) {
                m_error->setText(done.error().message());
                m_error->setVisible(true);
                return;
            }
            reload();
        });
}

} // namespace SalesSync
