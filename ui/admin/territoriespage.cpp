#include "ui/admin/territoriespage.h"

#include "core/repositories/territoryrepository.h"
#include "ui/admin/territorydialog.h"
#include "ui/admin/territorymovedialog.h"
#include "ui/background.h"
#include "ui/theme/theme.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/pageheader.h"
#include "ui/widgets/statusdelegate.h"
#include "ui/workspace.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace SalesSync {

namespace {

// The level of the nodes one may add below a node of this level, if any.
std::optional<TerritoryLevel> childLevel(TerritoryLevel level)
{
    switch (level) {
    case TerritoryLevel::Region:
        return TerritoryLevel::Area;
    case TerritoryLevel::Area:
        return TerritoryLevel::Territory;
    case TerritoryLevel::Territory:
        return std::nullopt;
    }
    return std::nullopt;
}

QString levelIcon(TerritoryLevel level)
{
    return level == TerritoryLevel::Territory ? QStringLiteral("mark-location") : QStringLiteral("map-flat");
}

} // namespace

TerritoriesPage::TerritoriesPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("territoriesPage"));
    m_model->setHorizontalHeaderLabels(
        {tr("Name"), tr("Code"), tr("Customers"), tr("Agents"), tr("Managed by"), tr("Status")});
    m_filter->setSourceModel(m_model);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("territoryTree"));
    m_view->setModel(m_filter);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setItemDelegateForColumn(Status, new StatusDelegate(m_view));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(Agents, QHeaderView::Stretch);

    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("find"));
    m_find->setPlaceholderText(tr("Find a territory by name, code, agent or manager"));
    m_find->setClearButtonEnabled(true);
    connect(m_find, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text);
        m_view->expandAll();
    });

    m_newRegion = new QAction(Theme::icon(QStringLiteral("folder-new")), tr("New &region…"), this);
    m_newBelow = new QAction(Theme::icon(QStringLiteral("list-add")), tr("New &below…"), this);
    m_newBelow->setShortcut(QKeySequence::New);
    m_edit = new QAction(Theme::icon(QStringLiteral("edit-rename")), tr("&Edit…"), this);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_active = new QAction(Theme::icon(QStringLiteral("view-hidden")), tr("&Deactivate"), this);
    m_move = new QAction(Theme::icon(QStringLiteral("go-next")), tr("&Move…"), this);
    m_move->setToolTip(tr("Move the selected area or territory below another region or area"));
    for (QAction *a : {m_newRegion, m_newBelow, m_edit, m_move, m_active}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_newRegion, &QAction::triggered, this, [this] { addBelow(true); });
    connect(m_newBelow, &QAction::triggered, this, [this] { addBelow(false); });
    connect(m_edit, &QAction::triggered, this, &TerritoriesPage::editCurrent);
    connect(m_active, &QAction::triggered, this, &TerritoriesPage::toggleActive);
    connect(m_move, &QAction::triggered, this, &TerritoriesPage::moveCurrent);
    connect(m_view, &QTreeView::activated, this, [this] {
        if (m_admin && m_edit->isEnabled()) {
            editCurrent();
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TerritoriesPage::updateActions);

    m_header = new PageHeader(tr("Territories"), this);
    m_message = new MessageBar(this);
    m_toolbar = makePageToolBar(this);
    m_toolbar->setObjectName(QStringLiteral("territoryActions"));
    m_toolbar->addAction(m_newRegion);
    m_toolbar->addAction(m_newBelow);
    m_toolbar->addAction(m_edit);
    m_toolbar->addAction(m_move);
    m_toolbar->addAction(m_active);
    m_empty =
        new EmptyState(QStringLiteral("view-list-tree"), tr("No territories yet"),
                       tr("Start the tree with a region; areas go below regions, territories below areas."), this);
    m_empty->setAction(m_newRegion);
    attachEmptyState(m_view, m_empty, [this] { return m_tree.nodes().isEmpty(); });

    auto *layout = new QVBoxLayout(this);
    setPageMargins(layout);
    layout->addWidget(m_header);
    layout->addWidget(m_message);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_find);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    connect(&m_workspace, &Workspace::dataChanged, this, [this](const QStringList &entities) {
        static const QStringList shown = {QStringLiteral("territory"), QStringLiteral("customer"),
                                          QStringLiteral("agent"),     QStringLiteral("agent_territory"),
                                          QStringLiteral("user"),      QStringLiteral("manager_territory")};
        if (std::any_of(entities.cbegin(), entities.cend(), [](const QString &e) { return shown.contains(e); })) {
            reload();
        }
    });
    reload();
}

void TerritoriesPage::reload()
{
    const std::optional<User> user = m_workspace.user();
    m_admin = user && user->role == Role::Admin;
    // A manager sees the subtrees they manage; an admin the whole tree.
    const QStringList roots = m_admin || !user ? QStringList() : user->managedTerritoryIds;
    // Only admins change the tree (the server refuses anyone else).
    for (QAction *a : {m_newRegion, m_newBelow, m_edit, m_move, m_active}) {
        a->setVisible(m_admin);
    }
    m_toolbar->setVisible(m_admin);
    const quint64 generation = ++m_generation;
    Database *database = &m_workspace.database();
    runInBackground(
        m_workspace.pool(), this,
        [database, roots, limited = !m_admin] {
            // Someone who manages nothing sees nothing rather than everything.
            return limited && roots.isEmpty() ? Result<TerritoryTree>(TerritoryTree())
                                              : TerritoryTree::read(*database, roots);
        },
        [this, generation](Result<TerritoryTree> tree) {
            if (generation != m_generation) {
                return;
            }
            if (!tree) {
                m_message->showMessage(tr("Cannot read the territories: %1").arg(tree.error().message()), Tone::Danger);
                return;
            }
            show(std::move(*tree));
        });
}

void TerritoriesPage::show(TerritoryTree tree)
{
    const QString current = currentNode() ? currentNode()->territory.id : QString();
    m_tree = std::move(tree);
    m_model->removeRows(0, m_model->rowCount());
    QList<QStandardItem *> items; // the name item of each node, by index
    QList<QList<QStandardItem *>> roots;
    const QLocale locale;
    for (const TerritoryTree::Node &node : m_tree.nodes()) {
        const Territory &t = node.territory;
        auto *name = new QStandardItem(Theme::icon(levelIcon(t.level)), t.name);
        name->setData(t.id, IdRole);
        name->setToolTip(territoryLevelName(t.level));
        auto *customers = new QStandardItem(locale.toString(node.customers));
        customers->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const QString agents =
            t.level == TerritoryLevel::Territory
                ? (node.agents.isEmpty() ? tr("nobody assigned") : node.agents.join(QStringLiteral(", ")))
                : tr("%n agent(s)", nullptr, int(node.agentsBelow));
        auto *status = new QStandardItem(t.active ? tr("Active") : tr("Inactive"));
        if (!t.active) {
            // Active is the normal case and goes without a chip.
            status->setData(int(Tone::Neutral), Theme::ToneRole);
        }
        const QList<QStandardItem *> row = {name,
                                            new QStandardItem(t.code),
                                            customers,
                                            new QStandardItem(agents),
                                            new QStandardItem(node.managers.join(QStringLiteral(", "))),
                                            status};
        // Below their parents while detached, so the model hears of each region once.
        if (node.parent >= 0) {
            items.at(node.parent)->appendRow(row);
        } else {
            roots << row;
        }
        items << name;
    }
    for (const QList<QStandardItem *> &row : std::as_const(roots)) {
        m_model->appendRow(row);
    }
    m_header->setSubtitle(subtitle());
    m_view->expandAll();
    m_loaded = true;
    const QString wanted = m_selectWhenLoaded.isEmpty() ? current : m_selectWhenLoaded;
    m_selectWhenLoaded.clear();
    if (!wanted.isEmpty()) {
        select(wanted);
    }
    updateActions();
    emit loaded();
}

QString TerritoriesPage::subtitle() const
{
    const QStringList parts = {
        tr("%n region(s)", nullptr, int(m_tree.count(TerritoryLevel::Region))),
        tr("%n area(s)", nullptr, int(m_tree.count(TerritoryLevel::Area))),
        tr("%n territory(ies)", nullptr, int(m_tree.count(TerritoryLevel::Territory))),
        tr("%n customer(s)", nullptr, int(m_tree.customers())),
    };
    const QString counts = parts.join(QStringLiteral(" · "));
    return m_admin ? counts : tr("%1 — the territories you manage; admins change the tree").arg(counts);
}

void TerritoriesPage::select(const QString &territoryId)
{
    if (!m_loaded) {
        m_selectWhenLoaded = territoryId;
        return;
    }
    const QModelIndexList found =
        m_model->match(m_model->index(0, Name), IdRole, territoryId, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty()) {
        m_selectWhenLoaded = territoryId; // just written: it comes with the next read
        return;
    }
    const QModelIndex index = m_filter->mapFromSource(found.first());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

const TerritoryTree::Node *TerritoriesPage::currentNode() const
{
    const QModelIndex current = m_filter->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        return nullptr;
    }
    const int index = m_tree.indexOf(current.siblingAtColumn(Name).data(IdRole).toString());
    return index < 0 ? nullptr : &m_tree.nodes().at(index);
}

void TerritoriesPage::updateActions()
{
    const TerritoryTree::Node *node = currentNode();
    const std::optional<TerritoryLevel> below = node ? childLevel(node->territory.level) : std::nullopt;
    m_newBelow->setEnabled(below.has_value() && node->territory.active);
    m_newBelow->setText(below == TerritoryLevel::Territory ? tr("New &territory…") : tr("New &area…"));
    m_edit->setEnabled(node != nullptr);
    m_move->setEnabled(node != nullptr && node->territory.level != TerritoryLevel::Region);
    m_active->setEnabled(node != nullptr);
    const bool active = !node || node->territory.active;
    m_active->setText(active ? tr("&Deactivate") : tr("Re&activate"));
    m_active->setIcon(Theme::icon(active ? QStringLiteral("view-hidden") : QStringLiteral("view-visible")));
}

void TerritoriesPage::addBelow(bool region)
{
    const TerritoryTree::Node *node = region ? nullptr : currentNode();
    const std::optional<TerritoryLevel> level = node ? childLevel(node->territory.level) : TerritoryLevel::Region;
    if (!level) {
        return;
    }
    auto *dialog =
        new TerritoryDialog(m_workspace, *level, node ? std::optional<Territory>(node->territory) : std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { select(dialog->territory().id); });
    dialog->open();
}

void TerritoriesPage::editCurrent()
{
    const TerritoryTree::Node *node = currentNode();
    if (!node) {
        return;
    }
    auto *dialog = new TerritoryDialog(m_workspace, node->territory, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TerritoriesPage::moveCurrent()
{
    const TerritoryTree::Node *node = currentNode();
    if (!node || node->territory.level == TerritoryLevel::Region) {
        return;
    }
    auto *dialog = new TerritoryMoveDialog(m_workspace, m_tree, node->territory, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id = node->territory.id, name = node->territory.name] {
        select(id);
        m_message->showMessage(tr("%1 moved.").arg(name), Tone::Success);
    });
    connect(dialog, &TerritoryMoveDialog::planRequested, this, [this, dialog, name = node->territory.name] {
        emit realignmentRequested(dialog->chosenMove(), tr("Move %1 below %2").arg(name, dialog->chosenParentName()));
    });
    dialog->open();
}

// Deactivates or reactivates the current node; the tree's rules decide (a node with customers
// or active parts below stays active) and the answer shows above the tree.
void TerritoriesPage::toggleActive()
{
    const TerritoryTree::Node *node = currentNode();
    if (!node) {
        return;
    }
    Territory changed = node->territory;
    changed.active = !changed.active;
    Database *database = &m_workspace.database();
    m_active->setEnabled(false);
    runInBackground(
        m_workspace.pool(), this, [database, changed] { return TerritoryRepository(*database).update(changed); },
        [this, changed](Result<Territory> written) {
            updateActions();
            if (!written) {
                const QString reason = written.error().fields().isEmpty() ? written.error().message()
                                                                          : written.error().fields().first().message;
                m_message->showMessage(changed.active ? tr("%1 cannot be reactivated: %2").arg(changed.name, reason)
                                                      : tr("%1 cannot be deactivated: %2").arg(changed.name, reason),
                                       Tone::Danger);
                return;
            }
            m_message->showMessage(
                changed.active ? tr("%1 is active again.").arg(changed.name)
                               : tr("%1 is inactive: no customers or agents can be placed in it.").arg(changed.name),
                Tone::Success);
            m_workspace.localChange({QStringLiteral("territory")});
        });
}

} // namespace SalesSync
