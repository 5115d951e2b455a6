#include "ui/admin/territorymovedialog.h"

#include "core/repositories/territoryrepository.h"
#include "ui/admin/servercall.h"
#include "ui/background.h"
#include "ui/dialogs/dialogwidth.h"
#include "ui/displaytext.h"
#include "ui/theme/theme.h"
#include "ui/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace SalesSync {

TerritoryMoveDialog::TerritoryMoveDialog(Workspace &workspace, const TerritoryTree &tree, const Territory &territory,
                                         QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_territory(territory)
{
    setWindowTitle(tr("Move %1").arg(territory.name));
    setReadableWidth(this, 90);
    m_parent = new QComboBox(this);
    m_parent->setObjectName(QStringLiteral("parent"));
    // Every active node of the level above, except where it hangs now.
    const std::optional<TerritoryLevel> above = parentLevelOf(territory.level);
    for (const TerritoryTree::Node &node : tree.nodes()) {
        const Territory &t = node.territory;
        if (above && t.level == *above && t.active && t.id != territory.parentId) {
            const QString path =
                node.parent >= 0 ? tr("%1 › %2").arg(tree.nodes().at(node.parent).territory.name, t.name) : t.name;
            m_parent->addItem(path, t.id);
        }
    }
    m_impact = new QTreeWidget(this);
    m_impact->setObjectName(QStringLiteral("impact"));
    m_impact->setRootIsDecorated(false);
    m_impact->setHeaderLabels({tr("Person"), tr("Role"), tr("Customers arriving"), tr("Leaving")});
    m_impact->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_impact->setMinimumHeight(fontMetrics().lineSpacing() * 8);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    Theme::setTextStyle(m_summary, TextStyle::Secondary);
    QLabel *parentError = FieldErrors::makeLabel(this, QStringLiteral("parentError"));
    QLabel *general = FieldErrors::makeLabel(this, QStringLiteral("error"));
    m_errors.add(QStringLiteral("parentId"), m_parent, parentError);
    m_errors.setGeneralLabel(general);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *moveButton = m_buttons->addButton(tr("&Move"), QDialogButtonBox::AcceptRole);
    moveButton->setObjectName(QStringLiteral("move"));
    // With the server, the move can also go through Assignments: the server's preview names the
    // devices that still hold unsynced edits, and it can wait for a date.
    if (ServerCall::unavailableReason(workspace).isEmpty()) {
        m_plan = m_buttons->addButton(tr("&Plan with a date…"), QDialogButtonBox::ActionRole);
        m_plan->setObjectName(QStringLiteral("plan"));
        m_plan->setToolTip(tr("Preview the move on the server, with each device's unsynced work, and apply it "
                              "now or at a date, under Assignments"));
        connect(m_plan, &QPushButton::clicked, this, [this] {
            emit planRequested();
            QDialog::reject();
        });
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TerritoryMoveDialog::move);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_parent, &QComboBox::currentIndexChanged, this, &TerritoryMoveDialog::preview);

    auto *form = new QFormLayout;
    form->addRow(tr("Move below:"), m_parent);
    form->addRow(QString(), parentError);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("What the move changes on people's devices:"), this));
    layout->addWidget(m_impact, 1);
    layout->addWidget(m_summary);
    layout->addWidget(general);
    layout->addWidget(m_buttons);
    if (m_parent->count() == 0) {
        m_errors.show(
            QStringLiteral("parentId"),
            tr("there is no other active %1 to move it below").arg(above ? territoryLevelName(*above) : QString()));
        moveButton->setEnabled(false);
        return;
    }
    preview();
}

void TerritoryMoveDialog::preview()
{
    m_previewed = false;
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
    RealignmentMoves moves;
    moves.territories << RealignmentMoves::TerritoryMove{m_territory.id, m_parent->currentData().toString()};
    const quint64 generation = ++m_generation;
    Database *database = &m_workspace.database();
    runInBackground(
        m_workspace.pool(), this, [database, moves] { return LocalRealignment::preview(*database, moves); },
        [this, generation](Result<QList<LocalRealignment::Impact>> impacts) {
            if (generation != m_generation) {
                return;
            }
            if (!impacts) {
                m_errors.show(QString(), impacts.error().message());
                return;
            }
            m_impacts = *impacts;
            m_impact->clear();
            const QLocale locale;
            for (const LocalRealignment::Impact &i : std::as_const(m_impacts)) {
                auto *item = new QTreeWidgetItem(m_impact, {i.displayName, DisplayText::role(i.role),
                                                            locale.toString(i.arriving), locale.toString(i.leaving)});
                item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
                item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
            }
            m_summary->setText(m_impacts.isEmpty()
                                   ? tr("Nobody's devices change: the same people see its customers afterwards.")
                                   : tr("Agents keep the customers of their territories; the managers above it "
                                        "change. Customers leave a device with its next sync; unsynced edits to "
                                        "them are set aside there, with the reason, to export."));
            m_previewed = true;
        });
}

void TerritoryMoveDialog::move()
{
    m_errors.clear();
    m_writing = true;
    m_buttons->setEnabled(false);
    Territory moved = m_territory;
    moved.parentId = m_parent->currentData().toString();
    Database *database = &m_workspace.database();
    runInBackground(
        m_workspace.pool(), this, [database, moved] { return TerritoryRepository(*database).update(moved); },
        [this](Result<Territory> written) {
            m_writing = false;
            m_buttons->setEnabled(true);
            if (!written) {
                m_errors.show(written.error());
                return;
            }
            m_workspace.localChange({QStringLiteral("territory")});
            accept();
        });
}

RealignmentMoves::TerritoryMove TerritoryMoveDialog::chosenMove() const
{
    return {m_territory.id, m_parent->currentData().toString()};
}

QString TerritoryMoveDialog::chosenParentName() const
{
    return m_parent->currentText();
}

void TerritoryMoveDialog::reject()
{
    if (!m_writing) {
        QDialog::reject();
    }
}

} // namespace SalesSync
