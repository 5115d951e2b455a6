#include "ui/admin/auditlogpage.h"

#include "ui/admin/audittext.h"
#include "ui/background.h"
#include "ui/csvfile.h"
#include "ui/displaytext.h"
#include "ui/models/syncissuesmodels.h"
#include "ui/theme/theme.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/listtable.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/pageheader.h"
#include "ui/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace SalesSync {

namespace {

constexpr int kShownAtMost = 5000;

// The record an entry is about, as a screen can open it: customers, orders and visits as
// themselves; a ledger entry as its customer.
std::optional<std::pair<QString, QString>> openable(const AuditEntry &e)
{
    if (e.entity == u"customer" || e.entity == u"order" || e.entity == u"visit") {
        return std::make_pair(e.entity, e.rowId);
    }
    const QString customer =
        e.details.value(QStringLiteral("after")).toObject().value(QStringLiteral("customer_id")).toString();
    if (e.entity == u"transaction" && !customer.isEmpty()) {
        return std::make_pair(QStringLiteral("customer"), customer);
    }
    return std::nullopt;
}

void setChoices(QComboBox *combo, const QString &all, const QList<std::pair<QString, QString>> &choices)
{
    const QString kept = combo->currentData().toString();
    const QSignalBlocker quiet(combo);
    combo->clear();
    combo->addItem(all, QString());
    for (const auto &[value, text] : choices) {
        combo->addItem(text, value);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(kept)));
}

} // namespace

AuditLogPage::AuditLogPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new AuditLogModel(this))
{
    setObjectName(QStringLiteral("auditLogPage"));
    m_view = makeListTable(this, QStringLiteral("auditLog"), m_model, AuditLogColumns::Changes);
    setOptionalColumns(m_view, {AuditLogColumns::Device});

    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("entity"));
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("action"));
    for (QComboBox *combo : {m_user, m_entity, m_action}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_from->setObjectName(QStringLiteral("from"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("to"));
    for (QDateEdit *date : {m_from, m_to}) {
        date->setCalendarPopup(true);
    }
    m_record = new QLineEdit(this);
    m_record->setObjectName(QStringLiteral("record"));
    m_record->setPlaceholderText(tr("Record id, or its first characters"));
    m_record->setClearButtonEnabled(true);
    // Typing waits for a pause; the other filters apply at once.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(300);
    connect(typing, &QTimer::timeout, this, &AuditLogPage::reload);
    connect(m_record, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_user, m_entity, m_action}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditLogPage::reload);
    }
    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditLogPage::reload);

    m_open = new QAction(Theme::icon(QStringLiteral("document-open")), tr("&Open record"), this);
    m_open->setToolTip(tr("Show the customer, order or visit the entry is about"));
    m_export = new QAction(Theme::icon(QStringLiteral("document-export")), tr("Export as &CSV…"), this);
    for (QAction *a : {m_open, m_export}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_open, &QAction::triggered, this, [this] {
        const int row = m_view->currentIndex().row();
        if (row < 0 || row >= m_log.rows().size()) {
            return;
        }
        if (const auto target = openable(m_log.rows().at(row).entry)) {
            emit recordRequested(target->first, target->second);
        }
    });
    connect(m_view, &QTableView::activated, m_open, &QAction::trigger);
    connect(m_export, &QAction::triggered, this, [this] {
        CsvFile::saveAs(this, tr("Export the audit log"),
                        tr("Audit log %1.csv").arg(QDate::currentDate().toString(Qt::ISODate)), m_log.toCsv());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditLogPage::updateActions);

    m_header = new PageHeader(tr("Audit log"), this);
    m_header->setSubtitle(tr("Recorded by the server; nobody can change or delete an entry."));
    m_message = new MessageBar(this);
    QToolBar *toolbar = makePageToolBar(this);
    toolbar->addAction(m_open);
    toolbar->addAction(m_export);
    auto *filters = new QGridLayout;
    const QList<std::pair<QString, QWidget *>> fields = {
        {tr("&Who:"), m_user},  {tr("&Kind:"), m_entity}, {tr("&Action:"), m_action},
        {tr("&From:"), m_from}, {tr("&To:"), m_to},       {tr("&Record:"), m_record},
    };
    for (qsizetype i = 0; i < fields.size(); ++i) {
        auto *label = new QLabel(fields.at(i).first, this);
        label->setBuddy(fields.at(i).second);
        filters->addWidget(label, int(i / 3), int(i % 3) * 2);
        filters->addWidget(fields.at(i).second, int(i / 3), int(i % 3) * 2 + 1);
    }
    for (int column : {1, 3, 5}) {
        filters->setColumnStretch(column, 1);
    }
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    Theme::setTextStyle(m_summary, TextStyle::Secondary);
    m_empty = new EmptyState(QStringLiteral("view-history"), QString(), QString(), this);
    attachEmptyState(m_view, m_empty, [this] { return m_log.rows().isEmpty(); });

    auto *layout = new QVBoxLayout(this);
    setPageMargins(layout);
    layout->addWidget(m_header);
    layout->addWidget(m_message);
    layout->addLayout(filters);
    layout->addWidget(toolbar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    setFocusProxy(m_view);

    connect(&m_workspace, &Workspace::dataChanged, this, [this](const QStringList &entities) {
        if (entities.contains(u"audit_entry") || entities.contains(u"user")) {
            loadChoices();
            reload();
        }
    });
    loadChoices();
    reload();
}

AuditLog::Filter AuditLogPage::filter() const
{
    AuditLog::Filter f;
    f.userId = m_user->currentData().toString();
    f.entity = m_entity->currentData().toString();
    f.action = m_action->currentData().toString();
    // Whole local days, from the first day's start to the end of the last.
    f.from = QDateTime(m_from->date(), QTime(0, 0)).toUTC();
    f.until = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toUTC();
    f.record = m_record->text().trimmed();
    return f;
}

void AuditLogPage::setFilter(const AuditLog::Filter &f)
{
    m_settingFilter = true;
    const auto choose = [](QComboBox *combo, const QString &value) {
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    };
    choose(m_user, f.userId);
    choose(m_entity, f.entity);
    choose(m_action, f.action);
    if (f.from.isValid()) {
        m_from->setDate(f.from.toLocalTime().date());
    }
    if (f.until.isValid()) {
        m_to->setDate(f.until.toLocalTime().addMSecs(-1).date());
    }
    m_record->setText(f.record);
    m_settingFilter = false;
    reload();
}

void AuditLogPage::loadChoices()
{
    Database *database = &m_workspace.database();
    runInBackground(
        m_workspace.pool(), this, [database] { return AuditLog::choices(*database); },
        [this](Result<AuditLog::Choices> choices) {
            if (!choices) {
                m_message->showMessage(tr("Cannot read the audit log: %1").arg(choices.error().message()),
                                       Tone::Danger);
                return;
            }
            QList<std::pair<QString, QString>> entities;
            for (const QString &e : std::as_const(choices->entities)) {
                entities.append({e, ConflictModel::entityName(e)});
            }
            QList<std::pair<QString, QString>> actions;
            for (const QString &a : std::as_const(choices->actions)) {
                actions.append({a, AuditText::action(a)});
            }
            setChoices(m_user, tr("Everyone"), choices->users);
            setChoices(m_entity, tr("Every kind of record"), entities);
            setChoices(m_action, tr("Every action"), actions);
        });
}

void AuditLogPage::reload()
{
    if (m_settingFilter) {
        return;
    }
    const quint64 generation = ++m_generation;
    Database *database = &m_workspace.database();
    runInBackground(
        m_workspace.pool(), this, [database, f = filter()] { return AuditLog::read(*database, f, kShownAtMost); },
        [this, generation](Result<AuditLog> log) {
            if (generation != m_generation) {
                return; // the filter changed meanwhile
            }
            if (!log) {
                m_message->showMessage(tr("Cannot read the audit log: %1").arg(log.error().message()), Tone::Danger);
                return;
            }
            show(std::move(*log));
        });
}

void AuditLogPage::show(AuditLog log)
{
    m_log = std::move(log);
    m_model->setRows(m_log.rows());
    const bool filtered = !filter().userId.isEmpty() || !filter().entity.isEmpty() || !filter().action.isEmpty() ||
                          !filter().record.isEmpty();
    m_empty->setTitle(tr("No entries in this period"));
    m_empty->setHint(filtered ? tr("Widen the period or choose \"Everyone\", \"Every kind of record\" and "
                                   "\"Every action\".")
                              : tr("Entries arrive from the server with each sync; choose an earlier \"From\" "
                                   "date to see older ones."));
    m_summary->setText(summaryText());
    m_loaded = true;
    updateActions();
    emit loaded();
}

QString AuditLogPage::summaryText() const
{
    if (m_log.total() > m_log.rows().size()) {
        return tr("The newest %1 of %2 entries; narrow the filters to see the others.")
            .arg(QLocale().toString(m_log.rows().size()), QLocale().toString(m_log.total()));
    }
    return tr("%n entry(ies)", nullptr, int(m_log.total()));
}

void AuditLogPage::updateActions()
{
    const int row = m_view->currentIndex().row();
    m_open->setEnabled(row >= 0 && row < m_log.rows().size() && openable(m_log.rows().at(row).entry).has_value());
    m_export->setEnabled(!m_log.rows().isEmpty());
}

bool AuditLogPage::saveCsv(const QString &path, QString *error)
{
    return CsvFile::save(path, m_log.toCsv(), error);
}

} // namespace SalesSync
