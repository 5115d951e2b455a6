#pragma once

#include "core/domain/user.h"
#include "sync/protocol/adminmessages.h"
#include "ui/confirm.h"

#include <QWidget>

class QAction;
class QLabel;
class QStandardItemModel;
class QTableView;
class QTreeWidget;
class QToolBar;

namespace SalesSync {

class EmptyState;
class MessageBar;
class PageHeader;
class ServerStack;
class Workspace;

// The people an admin (or a manager, within their territories) administers, as the server
// knows them: role, whether they can sign in, their last sign-in and sync; for the one selected,
// their open sessions and devices with what each still holds unsynced. Creating, changing,
// disabling and resetting accounts and ending sessions all go to the server
// (docs/sync-protocol.md, "Administration"); the page needs it and says so when it is not there.
class UsersPage final : public QWidget {
    Q_OBJECT

public:
    enum Column { Name, Username, Role, Status, LastSignIn, LastSync, Sessions, ColumnCount };

    explicit UsersPage(Workspace &workspace, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QTreeWidget *sessionList() const { return m_sessions; }
    MessageBar *message() const { return m_message; }
    EmptyState *unavailable() const;
    QAction *newUserAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *activeAction() const { return m_active; }
    QAction *resetPasswordAction() const { return m_reset; }
    QAction *revokeAction() const { return m_revoke; }
    QAction *refreshAction() const { return m_refresh; }
    // How many accounts the last answer listed; -1 before one came.
    int accountCount() const { return m_loaded ? int(m_rows.size()) : -1; }
    // Selects the account of this user id; false when it is not listed.
    bool select(const QString &userId);
    void setConfirm(ConfirmAnswer confirm) { m_confirm = std::move(confirm); }

    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Row {
        Protocol::AccountInfo account;
        std::optional<User> user; // empty until the account's row arrives with a pull
    };

    void buildActions();
    void show(QList<Row> rows);
    std::optional<Row> currentRow() const;
    void updateActions();
    void loadSessions();
    void showSessions(const Protocol::SessionsResponse &sessions);
    void createUser();
    void editUser();
    void toggleActive();
    void resetPassword();
    void revokeSession();
    // After a change on the server: the list again, and a sync to bring the changed rows here.
    void changed(const QString &message);
    void showError(const QString &what, const QString &message);

    Workspace &m_workspace;
    PageHeader *m_header = nullptr;
    MessageBar *m_message = nullptr;
    QToolBar *m_toolbar = nullptr;
    ServerStack *m_stack = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_sessionsTitle = nullptr;
    QTreeWidget *m_sessions = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_active = nullptr;
    QAction *m_reset = nullptr;
    QAction *m_revoke = nullptr;
    QAction *m_refresh = nullptr;
    QList<Row> m_rows;
    QString m_pendingSelection; // a new account, selected once it is listed
    ConfirmAnswer m_confirm;
    quint64 m_generation = 0;
    quint64 m_sessionGeneration = 0;
    bool m_loaded = false;
    bool m_shownOnce = false;
};

} // namespace SalesSync
