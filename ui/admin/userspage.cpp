#include "ui/admin/userspage.h"

#include "core/repositories/userrepository.h"
#include "sync/client/syncsession.h"
#include "ui/admin/servercall.h"
#include "ui/admin/serverstack.h"
#include "ui/admin/userdialog.h"
#include "ui/background.h"
#include "ui/displaytext.h"
#include "ui/theme/theme.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/listtable.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/pageheader.h"
#include "ui/widgets/statusdelegate.h"
#include "ui/workspace.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace SalesSync {

namespace {

constexpr int UserIdRole = Qt::UserRole + 1;

QString never(const QDateTime &at)
{
    return at.isValid() ? DisplayText::dateTime(at) : UsersPage::tr("never");
}

// What stands in the status column: nothing for the normal case.
std::pair<QString, std::optional<Tone>> accountStatus(const Protocol::AccountInfo &account)
{
    if (!account.active) {
        return {UsersPage::tr("Disabled"), Tone::Neutral};
    }
    if (account.setupCodePending) {
        return {UsersPage::tr("Setup code handed out"), Tone::Warning};
    }
    if (account.mustChangePassword) {
        return {UsersPage::tr("Must choose a password"), Tone::Warning};
    }
    return {UsersPage::tr("Active"), std::nullopt};
}

QString deviceName(const QString &deviceId)
{
    return UsersPage::tr("Device %1").arg(deviceId.right(4).toUpper());
}

} // namespace

UsersPage::UsersPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("usersPage"));
    m_model->setHorizontalHeaderLabels(
        {tr("Name"), tr("Username"), tr("Role"), tr("Status"), tr("Last sign-in"), tr("Last sync"), tr("Sessions")});
    m_view = makeListTable(this, QStringLiteral("userTable"), m_model, Name);
    m_view->setItemDelegateForColumn(Status, new StatusDelegate(m_view));
    setOptionalColumns(m_view, {Sessions, Username, LastSignIn});
    m_sessionsTitle = new QLabel(this);
    m_sessionsTitle->setObjectName(QStringLiteral("sessionsTitle"));
    Theme::setTextStyle(m_sessionsTitle, TextStyle::Section);
    m_sessions = makeHistoryList(
        this, QStringLiteral("sessionList"),
        {tr("Device"), tr("Session"), tr("Signed in"), tr("Last sync"), tr("Unsynced changes"), tr("App version")});
    buildActions();

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_sessionsTitle);
    detailsLayout->addWidget(m_sessions);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_stack = new ServerStack(splitter, tr("Accounts are managed on the server"), m_refresh, this);

    m_header = new PageHeader(tr("Users and devices"), this);
    m_message = new MessageBar(this);
    auto *layout = new QVBoxLayout(this);
    setPageMargins(layout);
    layout->addWidget(m_header);
    layout->addWidget(m_message);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        loadSessions();
    });
    connect(m_view, &QTableView::activated, this, [this] {
        if (m_edit->isEnabled()) {
            editUser();
        }
    });
    connect(m_sessions, &QTreeWidget::currentItemChanged, this, &UsersPage::updateActions);
    connect(&m_workspace, &Workspace::dataChanged, this, [this](const QStringList &entities) {
        if (m_shownOnce && (entities.contains(u"user") || entities.contains(u"agent"))) {
            reload();
        }
    });
    updateActions();
}

void UsersPage::buildActions()
{
    m_new = new QAction(Theme::icon(QStringLiteral("list-add-user")), tr("&New user…"), this);
    m_new->setShortcut(QKeySequence::New);
    m_edit = new QAction(Theme::icon(QStringLiteral("document-edit")), tr("&Edit…"), this);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_active = new QAction(Theme::icon(QStringLiteral("im-user-offline")), tr("&Disable"), this);
    m_reset = new QAction(Theme::icon(QStringLiteral("dialog-password")), tr("Reset &password…"), this);
    m_revoke = new QAction(Theme::icon(QStringLiteral("system-log-out")), tr("End &session"), this);
    m_revoke->setToolTip(tr("Sign the selected device out: its next sync asks for the password again; its unsynced "
                            "work stays on it"));
    m_refresh = new QAction(Theme::icon(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    for (QAction *a : {m_new, m_edit, m_active, m_reset, m_revoke, m_refresh}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_new, &QAction::triggered, this, &UsersPage::createUser);
    connect(m_edit, &QAction::triggered, this, &UsersPage::editUser);
    connect(m_active, &QAction::triggered, this, &UsersPage::toggleActive);
    connect(m_reset, &QAction::triggered, this, &UsersPage::resetPassword);
    connect(m_revoke, &QAction::triggered, this, &UsersPage::revokeSession);
    connect(m_refresh, &QAction::triggered, this, &UsersPage::reload);
    m_toolbar = makePageToolBar(this);
    m_toolbar->setObjectName(QStringLiteral("userActions"));
    for (QAction *a : {m_new, m_edit, m_active, m_reset, m_revoke, m_refresh}) {
        m_toolbar->addAction(a);
    }
}

void UsersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        reload();
    }
}

void UsersPage::reload()
{
    if (!m_stack->checkAvailable(m_workspace)) {
        m_header->setSubtitle({});
        updateActions();
        return;
    }
    const quint64 generation = ++m_generation;
    m_header->setSubtitle(tr("Asking the server…"));
    ServerCall::start(
        m_workspace, this, Protocol::Endpoint::AdminUsers, {}, {}, [this, generation](const Sync::ApiReply &reply) {
            if (generation != m_generation) {
                return;
            }
            const Result<Protocol::AccountsResponse> accounts = Protocol::AccountsResponse::fromJson(reply.json);
            if (!reply.ok() || !accounts) {
                m_header->setSubtitle({});
                m_stack->showUnavailable(reply.ok() ? accounts.error().message() : reply.errorMessage());
                updateActions();
                return;
            }
            Database *database = &m_workspace.database();
            runInBackground(
                m_workspace.pool(), this, [database] { return UserRepository(*database).all(); },
                [this, generation, list = accounts->accounts](Result<QList<User>> users) {
                    if (generation != m_generation) {
                        return;
                    }
                    if (!users) {
                        showError(tr("Cannot read the users"), users.error().message());
                    }
                    QHash<QString, User> byId;
                    for (const User &u : users ? *users : QList<User>()) {
                        byId.insert(u.id, u);
                    }
                    QList<Row> rows;
                    for (const Protocol::AccountInfo &account : list) {
                        const auto found = byId.constFind(account.userId);
                        rows << Row{account, found == byId.cend() ? std::nullopt : std::optional<User>(*found)};
                    }
                    show(std::move(rows));
                });
        });
}

void UsersPage::show(QList<Row> rows)
{
    const std::optional<Row> current = currentRow();
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        const QString an = a.user ? a.user->displayName : QString();
        const QString bn = b.user ? b.user->displayName : QString();
        return QString::localeAwareCompare(an, bn) < 0;
    });
    m_rows = std::move(rows);
    m_loaded = true;
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (const Row &row : std::as_const(m_rows)) {
        auto *name = new QStandardItem(row.user ? row.user->displayName : tr("(arriving with the next sync)"));
        name->setData(row.account.userId, UserIdRole);
        const auto [statusText, tone] = accountStatus(row.account);
        auto *status = new QStandardItem(statusText);
        if (tone) {
            status->setData(int(*tone), Theme::ToneRole);
        }
        auto *sessions = new QStandardItem(locale.toString(row.account.openSessions));
        sessions->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow(
            {name, new QStandardItem(row.user ? row.user->username : QString()),
             new QStandardItem(row.user ? DisplayText::capitalized(DisplayText::role(row.user->role)) : QString()),
             status, new QStandardItem(never(row.account.lastSignInAt)),
             new QStandardItem(never(row.account.lastSyncAt)), sessions});
    }
    m_stack->showContent();
    m_header->setSubtitle(
        tr("%n account(s) · as of %1", nullptr, int(m_rows.size())).arg(DisplayText::time(QTime::currentTime())));
    const QString wanted = m_pendingSelection.isEmpty() && current ? current->account.userId : m_pendingSelection;
    if (select(wanted)) {
        m_pendingSelection.clear();
    } else {
        m_sessions->clear();
        m_sessionsTitle->setText(tr("Select someone to see their sessions and devices."));
    }
    updateActions();
}

EmptyState *UsersPage::unavailable() const
{
    return m_stack->unavailable();
}

bool UsersPage::select(const QString &userId)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->item(r, Name)->data(UserIdRole).toString() == userId) {
            m_view->setCurrentIndex(m_model->index(r, Name));
            return true;
        }
    }
    return false;
}

std::optional<UsersPage::Row> UsersPage::currentRow() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || index.row() >= m_rows.size() || !m_stack->isShowingContent()) {
        return std::nullopt;
    }
    const QString id = m_model->item(index.row(), Name)->data(UserIdRole).toString();
    for (const Row &row : m_rows) {
        if (row.account.userId == id) {
            return row;
        }
    }
    return std::nullopt;
}

void UsersPage::updateActions()
{
    const bool connected = m_stack->isShowingContent();
    const std::optional<Row> row = currentRow();
    const bool known = row && row->user;
    const bool self = known && row->user->id == m_workspace.userId();
    m_new->setEnabled(connected);
    m_edit->setEnabled(known);
    m_reset->setEnabled(known);
    // Nobody disables themselves (the server refuses it too).
    m_active->setEnabled(known && !self);
    const bool active = !row || row->account.active;
    m_active->setText(active ? tr("&Disable") : tr("E&nable"));
    m_active->setIcon(Theme::icon(active ? QStringLiteral("im-user-offline") : QStringLiteral("im-user-online")));
    const QTreeWidgetItem *session = m_sessions->currentItem();
    m_revoke->setEnabled(known && session && !session->data(0, Qt::UserRole).toString().isEmpty());
}

void UsersPage::loadSessions()
{
    const std::optional<Row> row = currentRow();
    m_sessions->clear();
    if (!row) {
        m_sessionsTitle->setText(tr("Select someone to see their sessions and devices."));
        return;
    }
    const QString who = row->user ? row->user->displayName : row->account.userId;
    m_sessionsTitle->setText(tr("Sessions and devices of %1").arg(who));
    const quint64 generation = ++m_sessionGeneration;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("user_id"), row->account.userId);
    ServerCall::start(m_workspace, this, Protocol::Endpoint::AdminSessions, {}, query,
                      [this, generation](const Sync::ApiReply &reply) {
                          if (generation != m_sessionGeneration) {
                              return;
                          }
                          const auto sessions = Protocol::SessionsResponse::fromJson(reply.json);
                          if (!reply.ok() || !sessions) {
                              showError(tr("Cannot show the sessions"), reply.errorMessage());
                              return;
                          }
                          showSessions(*sessions);
                      });
}

void UsersPage::showSessions(const Protocol::SessionsResponse &sessions)
{
    m_sessions->clear();
    const QLocale locale;
    QSet<QString> withSession;
    const auto addRow = [&](const QString &deviceId, const Protocol::SessionInfo *session) {
        const Protocol::DeviceInfo *device = nullptr;
        for (const Protocol::DeviceInfo &d : sessions.devices) {
            if (d.deviceId == deviceId) {
                device = &d;
            }
        }
        const QString unsynced = !device || !device->reportedAt.isValid()
                                     ? tr("not reported")
                                     : tr("%n change(s)", nullptr, int(device->pendingOps));
        auto *item = new QTreeWidgetItem(
            m_sessions,
            {deviceName(deviceId),
             session ? tr("open until %1").arg(DisplayText::dateTime(session->expiresAt)) : tr("signed out"),
             never(session  ? session->createdAt
                   : device ? device->lastSignInAt
                            : QDateTime()),
             never(device ? device->lastSyncAt : QDateTime()), unsynced, device ? device->clientVersion : QString()});
        item->setToolTip(0, deviceId);
        item->setData(0, Qt::UserRole, session ? session->id : QString());
    };
    for (const Protocol::SessionInfo &s : sessions.sessions) {
        addRow(s.deviceId, &s);
        withSession.insert(s.deviceId);
    }
    for (const Protocol::DeviceInfo &d : sessions.devices) {
        if (!withSession.contains(d.deviceId)) {
            addRow(d.deviceId, nullptr);
        }
    }
    if (m_sessions->topLevelItemCount() == 0) {
        new QTreeWidgetItem(m_sessions, {tr("Never signed in")});
    }
    m_sessions->setCurrentItem(m_sessions->topLevelItem(0));
    updateActions();
}

void UsersPage::createUser()
{
    const std::optional<User> me = m_workspace.user();
    if (!me) {
        return;
    }
    const QStringList roots = me->role == Role::Admin ? QStringList() : me->managedTerritoryIds;
    Database *database = &m_workspace.database();
    runInBackground(
        m_workspace.pool(), this, [database, roots] { return TerritoryTree::read(*database, roots); },
        [this, role = me->role](Result<TerritoryTree> tree) {
            if (!tree) {
                showError(tr("Cannot read the territories"), tree.error().message());
                return;
            }
            auto *dialog = new UserDialog(m_workspace, *tree, role, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, dialog] {
                const Protocol::CredentialResponse &created = dialog->created();
                m_pendingSelection = created.account.userId;
                changed(tr("%1 has an account now.").arg(dialog->displayName()));
                showCredential(this, dialog->displayName(), created);
            });
            dialog->open();
        });
}

void UsersPage::editUser()
{
    const std::optional<Row> row = currentRow();
    const std::optional<User> me = m_workspace.user();
    if (!row || !row->user || !me) {
        return;
    }
    auto *dialog = new UserDialog(m_workspace, *row->user, me->role, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, name = row->user->displayName] { changed(tr("The changes to %1 are saved.").arg(name)); });
    dialog->open();
}

void UsersPage::toggleActive()
{
    const std::optional<Row> row = currentRow();
    if (!row || !row->user) {
        return;
    }
    const bool disable = row->account.active;
    const QString name = row->user->displayName;
    if (disable && !confirmAction(this, m_confirm, tr("Disable %1").arg(name),
                                  tr("%1 is signed out on every device at once and cannot sign in until you enable "
                                     "the account again. Work not yet synced stays on their devices.")
                                      .arg(name),
                                  tr("&Disable"))) {
        return;
    }
    Protocol::UpdateUserRequest request;
    request.userId = row->account.userId;
    request.fields.insert(QStringLiteral("active"), {QJsonValue(row->user->active), QJsonValue(!disable)});
    ServerCall::start(m_workspace, this, Protocol::Endpoint::AdminUpdateUser, request.toJson(), {},
                      [this, disable, name](const Sync::ApiReply &reply) {
                          if (!reply.ok()) {
                              showError(disable ? tr("Cannot disable %1").arg(name) : tr("Cannot enable %1").arg(name),
                                        ServerCall::fieldMessage(reply));
                              return;
                          }
                          changed(disable ? tr("%1 is disabled and signed out everywhere.").arg(name)
                                          : tr("%1 can sign in again.").arg(name));
                      });
}

void UsersPage::resetPassword()
{
    const std::optional<Row> row = currentRow();
    if (!row || !row->user) {
        return;
    }
    auto *dialog = new PasswordResetDialog(m_workspace, *row->user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name = row->user->displayName] {
        changed(tr("The password of %1 is reset; they are signed out everywhere.").arg(name));
        showCredential(this, name, dialog->result());
    });
    dialog->open();
}

void UsersPage::revokeSession()
{
    const QTreeWidgetItem *item = m_sessions->currentItem();
    const QString sessionId = item ? item->data(0, Qt::UserRole).toString() : QString();
    if (sessionId.isEmpty()) {
        return;
    }
    Protocol::RevokeSessionRequest request;
    request.sessionId = sessionId;
    ServerCall::start(m_workspace, this, Protocol::Endpoint::AdminRevokeSession, request.toJson(), {},
                      [this, device = item->text(0)](const Sync::ApiReply &reply) {
                          if (!reply.ok()) {
                              showError(tr("Cannot end the session"), reply.errorMessage());
                              return;
                          }
                          changed(tr("The session on %1 has ended.").arg(device));
                      });
}

void UsersPage::changed(const QString &message)
{
    m_message->showMessage(message, Tone::Success);
    if (Sync::SyncSession *session = m_workspace.sync()) {
        session->syncNow();
    }
    reload();
}

void UsersPage::showError(const QString &what, const QString &message)
{
    m_message->showMessage(tr("%1: %2").arg(what, message), Tone::Danger);
}

} // namespace SalesSync
