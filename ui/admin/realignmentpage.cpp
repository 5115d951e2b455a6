#include "ui/admin/realignmentpage.h"

#include "core/money.h"
#include "core/reports/customerselection.h"
#include "core/repositories/userrepository.h"
#include "sync/client/syncsession.h"
#include "ui/admin/servercall.h"
#include "ui/admin/serverstack.h"
#include "ui/background.h"
#include "ui/displaytext.h"
#include "ui/theme/theme.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/listtable.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/pageheader.h"
#include "ui/workspace.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace SalesSync {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int KindRole = Qt::UserRole + 1; // plan items: 0 customers, 1 agent, 2 territory
constexpr int IndexRole = Qt::UserRole + 2;

// "+3 −2", "+3", "−2", or empty when nothing moves.
QString inOut(qint64 arriving, qint64 leaving)
{
    const QLocale locale;
    QStringList parts;
    if (arriving > 0) {
        parts << u'+' + locale.toString(arriving);
    }
    if (leaving > 0) {
        parts << QChar(0x2212) + locale.toString(leaving);
    }
    return parts.join(u' ');
}

QString balances(const QList<std::pair<QString, qint64>> &owed, QChar sign)
{
    QStringList parts;
    for (const auto &[currency, minor] : owed) {
        const std::optional<Currency> c = Currency::fromCode(currency);
        parts << QString(sign) + (c ? Money(minor, *c).format(QLocale()) : QString::number(minor) + u' ' + currency);
    }
    return parts.join(QStringLiteral(", "));
}

QString indented(const TerritoryTree::Node &node)
{
    return QString(qsizetype(node.depth) * 4, u' ') + node.territory.name;
}

} // namespace

RealignmentPage::RealignmentPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("realignmentPage"));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("planTabs"));
    tabs->addTab(buildCustomerTab(), tr("&Customers"));
    tabs->addTab(buildAgentTab(), tr("A&gents"));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(tabs);
    leftLayout->addWidget(buildPlanBox(), 1);

    m_impactSummary = new QLabel(tr("Add moves to the plan, then preview what they change on whose laptop."), this);
    m_impactSummary->setObjectName(QStringLiteral("impactSummary"));
    m_impactSummary->setWordWrap(true);
    m_impact = makeHistoryList(
        this, QStringLiteral("impactList"),
        {tr("Person and device"), tr("Customers"), tr("Open orders"), tr("Planned visits"), tr("Open balances")});
    m_impact->setRootIsDecorated(true);
    m_impact->header()->setStretchLastSection(true);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewTitle = new QLabel(tr("Preview"), this);
    Theme::setTextStyle(previewTitle, TextStyle::Section);
    rightLayout->addWidget(previewTitle);
    rightLayout->addWidget(m_impactSummary);
    rightLayout->addWidget(m_impact, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({400, 600}); // in proportion: the preview gets the room
    m_stack = new ServerStack(splitter, tr("Realignments are made on the server"), nullptr, this);

    m_header = new PageHeader(tr("Assignments"), this);
    m_header->setSubtitle(tr("Move customers and territories between agents, now or at a date you choose"));
    m_message = new MessageBar(this);
    auto *layout = new QVBoxLayout(this);
    setPageMargins(layout);
    layout->addWidget(m_header);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    connect(&m_workspace, &Workspace::dataChanged, this, [this](const QStringList &entities) {
        static const QStringList shown = {QStringLiteral("territory"), QStringLiteral("agent"),
                                          QStringLiteral("agent_territory"), QStringLiteral("user"),
                                          QStringLiteral("manager_territory")};
        if (m_shownOnce &&
            std::any_of(entities.cbegin(), entities.cend(), [](const QString &e) { return shown.contains(e); })) {
            reload();
        }
    });
    planChanged();
}

QWidget *RealignmentPage::buildCustomerTab()
{
    auto *tab = new QWidget(this);
    m_selectBy = new QComboBox(tab);
    m_selectBy->setObjectName(QStringLiteral("selectBy"));
    m_selectBy->addItems({tr("Territory"), tr("City"), tr("Postal code starts with"), tr("Customer numbers")});
    m_sourceTerritory = new QComboBox(tab);
    m_sourceTerritory->setObjectName(QStringLiteral("sourceTerritory"));
    m_city = new QLineEdit(tab);
    m_city->setObjectName(QStringLiteral("city"));
    m_city->setPlaceholderText(tr("e.g. Ulm"));
    m_postalCode = new QLineEdit(tab);
    m_postalCode->setObjectName(QStringLiteral("postalCode"));
    m_postalCode->setPlaceholderText(tr("e.g. 89 for every postal code from 89000 to 89999"));
    m_numbers = new QPlainTextEdit(tab);
    m_numbers->setObjectName(QStringLiteral("numbers"));
    m_numbers->setPlaceholderText(tr("Paste customer numbers, one per line or separated by commas"));
    m_numbers->setTabChangesFocus(true);
    m_numbers->setMaximumHeight(m_numbers->fontMetrics().lineSpacing() * 6);
    m_criteria = new QStackedWidget(tab);
    for (QWidget *w : std::initializer_list<QWidget *>{m_sourceTerritory, m_city, m_postalCode}) {
        // One line high, at the top: the pasted list below is what makes the stack tall.
        auto *page = new QWidget(m_criteria);
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->setContentsMargins(0, 0, 0, 0);
        pageLayout->addWidget(w);
        pageLayout->addStretch(1);
        m_criteria->addWidget(page);
    }
    m_criteria->addWidget(m_numbers);
    // The stack is as tall as the field shown, not as its tallest field.
    const auto fit = [this](int index) {
        for (int i = 0; i < m_criteria->count(); ++i) {
            m_criteria->widget(i)->setSizePolicy(QSizePolicy::Preferred,
                                                 i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        }
        m_criteria->setCurrentIndex(index);
        m_criteria->adjustSize();
    };
    fit(0);
    connect(m_selectBy, &QComboBox::currentIndexChanged, this, fit);
    m_target = new QComboBox(tab);
    m_target->setObjectName(QStringLiteral("target"));
    m_addCustomers = new QPushButton(Theme::icon(QStringLiteral("list-add")), tr("Add to the &plan"), tab);
    m_addCustomers->setObjectName(QStringLiteral("addCustomers"));
    connect(m_addCustomers, &QPushButton::clicked, this, &RealignmentPage::addCustomers);
    auto *form = new QFormLayout;
    form->addRow(tr("Select &by:"), m_selectBy);
    form->addRow(QString(), m_criteria);
    form->addRow(tr("Move &to:"), m_target);
    form->addRow(QString(), m_addCustomers);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addStretch(1);
    return tab;
}

QWidget *RealignmentPage::buildAgentTab()
{
    auto *tab = new QWidget(this);
    m_agent = new QComboBox(tab);
    m_agent->setObjectName(QStringLiteral("agent"));
    m_agentTerritories = new QListWidget(tab);
    m_agentTerritories->setObjectName(QStringLiteral("agentTerritories"));
    connect(m_agent, &QComboBox::currentIndexChanged, this, &RealignmentPage::fillAgentTerritories);
    m_addAgent = new QPushButton(Theme::icon(QStringLiteral("list-add")), tr("Add to the p&lan"), tab);
    m_addAgent->setObjectName(QStringLiteral("addAgent"));
    connect(m_addAgent, &QPushButton::clicked, this, &RealignmentPage::addAgentChange);
    auto *form = new QFormLayout(tab);
    form->addRow(tr("&Agent:"), m_agent);
    form->addRow(tr("Covers:"), m_agentTerritories);
    form->addRow(QString(), m_addAgent);
    return tab;
}

QWidget *RealignmentPage::buildPlanBox()
{
    auto *box = new QGroupBox(tr("Plan"), this);
    m_plan = new QListWidget(box);
    m_plan->setObjectName(QStringLiteral("plan"));
    m_plan->setWordWrap(true);
    m_remove = new QPushButton(Theme::icon(QStringLiteral("list-remove")), tr("&Remove from the plan"), box);
    connect(m_remove, &QPushButton::clicked, this, &RealignmentPage::removeFromPlan);
    connect(m_plan, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    m_now = new QRadioButton(tr("Apply &now"), box);
    m_at = new QRadioButton(tr("Apply &at:"), box);
    m_at->setObjectName(QStringLiteral("applyAt"));
    m_now->setChecked(true);
    m_effectiveAt = new QDateTimeEdit(QDateTime::currentDateTime().addDays(1), box);
    m_effectiveAt->setObjectName(QStringLiteral("effectiveAt"));
    m_effectiveAt->setCalendarPopup(true);
    m_effectiveAt->setEnabled(false);
    connect(m_at, &QRadioButton::toggled, m_effectiveAt, &QWidget::setEnabled);
    connect(m_at, &QRadioButton::toggled, this, &RealignmentPage::planChanged);
    m_note = new QLineEdit(box);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Why, for the history (e.g. New year: Ulm goes to Lena)"));
    m_note->setMaxLength(500);
    m_preview = new QPushButton(Theme::icon(QStringLiteral("document-preview")), tr("Pre&view"), box);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_apply = new QPushButton(Theme::icon(QStringLiteral("dialog-ok-apply")), tr("Appl&y"), box);
    m_apply->setObjectName(QStringLiteral("apply"));
    connect(m_preview, &QPushButton::clicked, this, &RealignmentPage::runPreview);
    connect(m_apply, &QPushButton::clicked, this, &RealignmentPage::apply);
    auto *when = new QHBoxLayout;
    when->addWidget(m_now);
    when->addWidget(m_at);
    when->addWidget(m_effectiveAt, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_plan, 1);
    layout->addLayout(when);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    return box;
}

EmptyState *RealignmentPage::unavailable() const
{
    return m_stack->unavailable();
}

void RealignmentPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        reload();
    }
}

void RealignmentPage::reload()
{
    if (!m_stack->checkAvailable(m_workspace)) {
        return;
    }
    const std::optional<User> me = m_workspace.user();
    const QStringList roots = me && me->role == Role::Manager ? me->managedTerritoryIds : QStringList();
    const quint64 generation = ++m_generation;
    Database *database = &m_workspace.database();
    runInBackground(
        m_workspace.pool(), this,
        [database, roots]() -> Result<std::pair<TerritoryTree, Names>> {
            Result<TerritoryTree> tree = TerritoryTree::read(*database, roots);
            UserRepository repository(*database);
            const Result<QList<User>> users = repository.all();
            const Result<QList<Agent>> agents = repository.agents();
            if (!tree || !users || !agents) {
                return !tree ? tree.error() : !users ? users.error() : agents.error();
            }
            Names names;
            for (const User &u : *users) {
                names.users.insert(u.id, u.displayName);
            }
            for (const Agent &a : *agents) {
                names.agentUsers.insert(a.id, a.userId);
                names.agentTerritories.insert(a.id, a.territoryIds);
            }
            return std::pair{std::move(*tree), names};
        },
        [this, generation](Result<std::pair<TerritoryTree, Names>> read) {
            if (generation != m_generation) {
                return;
            }
            if (!read) {
                m_message->showMessage(tr("Cannot read the territories: %1").arg(read.error().message()), Tone::Danger);
                return;
            }
            show(std::move(read->first), std::move(read->second));
        });
}

void RealignmentPage::show(TerritoryTree tree, Names names)
{
    m_tree = std::move(tree);
    m_names = std::move(names);
    const QString source = m_sourceTerritory->currentData().toString();
    const QString target = m_target->currentData().toString();
    const QString agent = m_agent->currentData().toString();
    m_sourceTerritory->clear();
    m_target->clear();
    for (const TerritoryTree::Node &node : m_tree.nodes()) {
        m_names.territories.insert(node.territory.id, node.territory.name);
        m_sourceTerritory->addItem(indented(node), node.territory.id);
        if (node.territory.level == TerritoryLevel::Territory && node.territory.active) {
            m_target->addItem(node.territory.name, node.territory.id);
        }
    }
    // The agents of the territories shown (a manager's subtree), and those not placed yet.
    QList<std::pair<QString, QString>> agents;
    for (auto it = m_names.agentUsers.cbegin(); it != m_names.agentUsers.cend(); ++it) {
        const QStringList covered = m_names.agentTerritories.value(it.key());
        const bool mine = covered.isEmpty() || std::any_of(covered.cbegin(), covered.cend(),
                                                           [this](const QString &t) { return m_tree.indexOf(t) >= 0; });
        if (mine) {
            agents.append({m_names.users.value(it.value()), it.key()});
        }
    }
    std::sort(agents.begin(), agents.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    m_agent->clear();
    for (const auto &[name, id] : agents) {
        m_agent->addItem(name, id);
    }
    m_sourceTerritory->setCurrentIndex(std::max(0, m_sourceTerritory->findData(source)));
    m_target->setCurrentIndex(std::max(0, m_target->findData(target)));
    m_agent->setCurrentIndex(std::max(0, m_agent->findData(agent)));
    fillAgentTerritories();
    m_stack->showContent();
    m_loaded = true;
}

void RealignmentPage::fillAgentTerritories()
{
    m_agentTerritories->clear();
    const QString agent = m_agent->currentData().toString();
    // A change already planned for the agent is what the list starts from.
    QStringList covered = m_names.agentTerritories.value(agent);
    for (const RealignmentMoves::AgentMove &move : std::as_const(m_moves.agents)) {
        if (move.agentId == agent) {
            for (const QString &t : move.removeTerritoryIds) {
                covered.removeAll(t);
            }
            covered << move.addTerritoryIds;
        }
    }
    for (const TerritoryTree::Node &node : m_tree.nodes()) {
        if (node.territory.level != TerritoryLevel::Territory) {
            continue;
        }
        auto *item = new QListWidgetItem(node.territory.name, m_agentTerritories);
        item->setData(IdRole, node.territory.id);
        item->setToolTip(node.territory.code);
        const bool on = covered.contains(node.territory.id);
        // An inactive territory can be given up, never taken on.
        item->setFlags(node.territory.active || on ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::NoItemFlags);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

void RealignmentPage::addCustomers()
{
    const auto by = SelectBy(m_selectBy->currentIndex());
    const QString target = m_target->currentData().toString();
    if (target.isEmpty()) {
        m_message->showMessage(tr("Choose the territory the customers move to."), Tone::Warning);
        return;
    }
    QStringList what;
    QString described;
    switch (by) {
    case SelectBy::Territory:
        if (const int index = m_tree.indexOf(m_sourceTerritory->currentData().toString()); index >= 0) {
            for (int i = index; i < m_tree.nodes().size(); ++i) {
                // The node and everything below it (the tree lists a node's subtree right after it).
                if (i > index && m_tree.nodes().at(i).depth <= m_tree.nodes().at(index).depth) {
                    break;
                }
                what << m_tree.nodes().at(i).territory.id;
            }
            described = tr("of %1").arg(m_tree.nodes().at(index).territory.name);
        }
        break;
    case SelectBy::City:
        what << m_city->text();
        described = tr("in %1").arg(m_city->text().simplified());
        break;
    case SelectBy::PostalCode:
        what << m_postalCode->text();
        described = tr("with postal codes starting %1").arg(m_postalCode->text().trimmed());
        break;
    case SelectBy::Numbers:
        what = CustomerSelection::numbers(m_numbers->toPlainText());
        described = tr("from the pasted list");
        break;
    }
    QSet<QString> within;
    const std::optional<User> me = m_workspace.user();
    if (me && me->role != Role::Admin) {
        for (const TerritoryTree::Node &node : m_tree.nodes()) {
            within.insert(node.territory.id);
        }
    }
    Database *database = &m_workspace.database();
    m_addCustomers->setEnabled(false);
    runInBackground(
        m_workspace.pool(), this,
        [database, by, what, within] {
            return CustomerSelection::find(*database, CustomerSelection::By(int(by)), what, within);
        },
        [this, target, described](Result<CustomerSelection::Match> match) {
            m_addCustomers->setEnabled(true);
            if (!match) {
                m_message->showMessage(tr("Cannot select the customers: %1").arg(match.error().message()),
                                       Tone::Danger);
                return;
            }
            if (!match->notFound.isEmpty()) {
                m_message->showMessage(tr("Not among your customers, left out: %1")
                                           .arg(match->notFound.mid(0, 20).join(QStringLiteral(", "))),
                                       Tone::Warning);
            }
            if (match->customerIds.isEmpty()) {
                if (match->notFound.isEmpty()) {
                    m_message->showMessage(tr("No customer matches."), Tone::Warning);
                }
                return;
            }
            m_moves.customers.append({match->customerIds, target});
            m_customerTexts << tr("%n customer(s) %1 to %2", nullptr, int(match->customerIds.size()))
                                   .arg(described, m_names.territories.value(target));
            planChanged();
        });
}

void RealignmentPage::addAgentChange()
{
    const QString agent = m_agent->currentData().toString();
    if (agent.isEmpty()) {
        return;
    }
    const QStringList now = m_names.agentTerritories.value(agent);
    RealignmentMoves::AgentMove move{agent, {}, {}};
    QStringList gains;
    QStringList losses;
    for (int i = 0; i < m_agentTerritories->count(); ++i) {
        const QListWidgetItem *item = m_agentTerritories->item(i);
        const QString id = item->data(IdRole).toString();
        const bool on = item->checkState() == Qt::Checked;
        if (on && !now.contains(id)) {
            move.addTerritoryIds << id;
            gains << item->text();
        } else if (!on && now.contains(id)) {
            move.removeTerritoryIds << id;
            losses << item->text();
        }
    }
    // One entry per agent: a second change replaces the first.
    for (qsizetype i = 0; i < m_moves.agents.size(); ++i) {
        if (m_moves.agents.at(i).agentId == agent) {
            m_moves.agents.removeAt(i);
            m_agentTexts.removeAt(i);
            break;
        }
    }
    if (!move.addTerritoryIds.isEmpty() || !move.removeTerritoryIds.isEmpty()) {
        QStringList parts;
        if (!gains.isEmpty()) {
            parts << tr("takes on %1").arg(gains.join(QStringLiteral(", ")));
        }
        if (!losses.isEmpty()) {
            parts << tr("gives up %1").arg(losses.join(QStringLiteral(", ")));
        }
        m_moves.agents.append(move);
        m_agentTexts << tr("%1 %2").arg(m_agent->currentText(), parts.join(QStringLiteral("; ")));
    }
    planChanged();
}

void RealignmentPage::addTerritoryMove(const RealignmentMoves::TerritoryMove &move, const QString &description)
{
    // One entry per node: a second move of it replaces the first.
    for (qsizetype i = 0; i < m_moves.territories.size(); ++i) {
        if (m_moves.territories.at(i).territoryId == move.territoryId) {
            m_moves.territories.removeAt(i);
            m_territoryTexts.removeAt(i);
            break;
        }
    }
    m_moves.territories.append(move);
    m_territoryTexts << description;
    planChanged();
}

void RealignmentPage::removeFromPlan()
{
    const QListWidgetItem *item = m_plan->currentItem();
    if (!item) {
        return;
    }
    const int index = item->data(IndexRole).toInt();
    switch (item->data(KindRole).toInt()) {
    case 0:
        m_moves.customers.removeAt(index);
        m_customerTexts.removeAt(index);
        break;
    case 1:
        m_moves.agents.removeAt(index);
        m_agentTexts.removeAt(index);
        break;
    default:
        m_moves.territories.removeAt(index);
        m_territoryTexts.removeAt(index);
        break;
    }
    fillAgentTerritories();
    planChanged();
}

void RealignmentPage::planChanged()
{
    m_plan->clear();
    for (qsizetype i = 0; i < m_customerTexts.size(); ++i) {
        auto *item = new QListWidgetItem(Theme::icon(QStringLiteral("go-next")), m_customerTexts.at(i), m_plan);
        item->setData(KindRole, 0);
        item->setData(IndexRole, int(i));
    }
    for (qsizetype i = 0; i < m_agentTexts.size(); ++i) {
        auto *item = new QListWidgetItem(Theme::icon(QStringLiteral("user-identity")), m_agentTexts.at(i), m_plan);
        item->setData(KindRole, 1);
        item->setData(IndexRole, int(i));
    }
    for (qsizetype i = 0; i < m_territoryTexts.size(); ++i) {
        auto *item = new QListWidgetItem(Theme::icon(QStringLiteral("view-list-tree")), m_territoryTexts.at(i), m_plan);
        item->setData(KindRole, 2);
        item->setData(IndexRole, int(i));
    }
    m_remove->setEnabled(false);
    m_previewed = false;
    m_impact->clear();
    m_impactSummary->setText(m_moves.isEmpty()
                                 ? tr("Add moves to the plan, then preview what they change on whose laptop.")
                                 : tr("Preview the plan to see what it changes on whose laptop."));
    m_preview->setEnabled(!m_moves.isEmpty());
    m_apply->setEnabled(false);
    m_apply->setText(m_at->isChecked() ? tr("Sched&ule") : tr("Appl&y now"));
}

Protocol::RealignmentRequest RealignmentPage::request() const
{
    Protocol::RealignmentRequest r;
    r.moves = m_moves;
    r.note = m_note->text().simplified();
    if (m_at->isChecked()) {
        r.effectiveAt = m_effectiveAt->dateTime().toUTC();
    }
    return r;
}

void RealignmentPage::runPreview()
{
    const quint64 generation = ++m_generation;
    m_preview->setEnabled(false);
    m_impactSummary->setText(tr("Asking the server…"));
    ServerCall::start(m_workspace, this, Protocol::Endpoint::AdminRealignmentPreview, request().toJson(), {},
                      [this, generation](const Sync::ApiReply &reply) {
                          if (generation != m_generation) {
                              return;
                          }
                          m_preview->setEnabled(true);
                          const auto preview = Protocol::RealignmentPreview::fromJson(reply.json);
                          if (!reply.ok() || !preview) {
                              m_impactSummary->setText(
                                  tr("The server refused the plan: %1")
                                      .arg(reply.ok() ? preview.error().message() : ServerCall::fieldMessage(reply)));
                              return;
                          }
                          showPreview(*preview);
                      });
}

void RealignmentPage::showPreview(const Protocol::RealignmentPreview &preview)
{
    m_impact->clear();
    int atRisk = 0;
    for (const Protocol::HolderImpact &holder : preview.holders) {
        const QString name = m_names.users.value(holder.userId, holder.userId);
        auto *row = new QTreeWidgetItem(
            m_impact, {name, inOut(holder.arriving.customerIds.size(), holder.leaving.customerIds.size()),
                       inOut(holder.arriving.openOrders, holder.leaving.openOrders),
                       inOut(holder.arriving.plannedVisits, holder.leaving.plannedVisits),
                       QString(balances(holder.arriving.openBalances, u'+') + u' ' +
                               balances(holder.leaving.openBalances, QChar(0x2212)))
                           .trimmed()});
        row->setData(0, IdRole, holder.userId);
        // The role as an icon, in words on hover: the names keep the room.
        row->setIcon(0, Theme::icon(holder.role == Role::Manager ? QStringLiteral("system-users")
                                                                 : QStringLiteral("user-identity")));
        row->setToolTip(0, DisplayText::capitalized(DisplayText::role(holder.role)));
        for (const Protocol::HolderImpact::Device &device : holder.devices) {
            QString work;
            if (!device.leavingWithPendingEdits.isEmpty()) {
                work = tr("Unsynced edits to %n leaving customer(s): set aside as \"evicted\" on the device, "
                          "exportable from its Sync page",
                          nullptr, int(device.leavingWithPendingEdits.size()));
            } else if (device.mayHoldEdits) {
                work = tr("Not synced recently: edits to leaving customers made offline would be set aside as "
                          "\"evicted\", exportable from its Sync page");
            } else {
                work = tr("Nothing unsynced that leaves");
            }
            atRisk += device.mayHoldEdits ? 1 : 0;
            auto *child = new QTreeWidgetItem(
                row,
                {tr("Device %1 · last sync %2 · %3")
                     .arg(device.deviceId.right(4).toUpper(),
                          device.lastSyncAt.isValid() ? DisplayText::dateTime(device.lastSyncAt) : tr("never"), work)});
            child->setFirstColumnSpanned(true);
            child->setToolTip(0, child->text(0) + u'\n' + device.deviceId);
            if (device.mayHoldEdits) {
                child->setForeground(0, Theme::color(Tone::Warning));
                child->setIcon(0, Theme::icon(QStringLiteral("data-warning")));
            }
        }
    }
    m_impact->expandAll();
    m_previewed = true;
    m_apply->setEnabled(!preview.holders.isEmpty());
    m_impactSummary->setText(
        preview.holders.isEmpty()
            ? tr("The plan changes nobody's laptop: every customer stays where it is held now.")
            : tr("%n person(s) gain or lose customers.", nullptr, int(preview.holders.size())) + u' ' +
                  (atRisk > 0 ? tr("%n device(s) may hold unsynced edits to customers that leave.", nullptr, atRisk)
                              : tr("No device holds unsynced edits to customers that leave.")));
}

void RealignmentPage::apply()
{
    if (!m_previewed) {
        return;
    }
    const Protocol::RealignmentRequest r = request();
    const bool scheduled = r.effectiveAt.isValid() && r.effectiveAt > QDateTime::currentDateTimeUtc();
    const QString question =
        scheduled ? tr("The plan is applied by the server on %1, as previewed if nothing has changed by then; "
                       "until then you can cancel it in the history.")
                        .arg(DisplayText::dateTime(r.effectiveAt))
                  : tr("Customers move now; each laptop gains and loses them at its next sync, as previewed.");
    if (!confirmAction(this, m_confirm, scheduled ? tr("Schedule the realignment") : tr("Apply the realignment"),
                       question, scheduled ? tr("Sched&ule") : tr("Appl&y now"))) {
        return;
    }
    m_apply->setEnabled(false);
    ServerCall::start(
        m_workspace, this, Protocol::Endpoint::AdminRealignmentCreate, r.toJson(), {},
        [this, scheduled](const Sync::ApiReply &reply) {
            const auto info = Protocol::RealignmentInfo::fromJson(reply.json);
            if (!reply.ok() || !info) {
                m_apply->setEnabled(true);
                m_message->showMessage(tr("The realignment was not made: %1")
                                           .arg(reply.ok() ? info.error().message() : ServerCall::fieldMessage(reply)),
                                       Tone::Danger);
                return;
            }
            m_message->showMessage(scheduled ? tr("Scheduled for %1.").arg(DisplayText::dateTime(info->effectiveAt))
                                             : tr("Applied. Each laptop follows at its next sync."),
                                   Tone::Success);
            m_moves = {};
            m_customerTexts.clear();
            m_agentTexts.clear();
            m_note->clear();
            m_now->setChecked(true);
            planChanged();
            if (Sync::SyncSession *session = m_workspace.sync()) {
                session->syncNow();
            }
            emit realigned();
        });
}

} // namespace SalesSync
