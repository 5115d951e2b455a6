#pragma once

#include "core/domain/user.h"
#include "core/reports/territorytree.h"
#include "sync/client/syncapi.h"
#include "sync/protocol/adminmessages.h"
#include "ui/fielderrors.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QRadioButton;

namespace SalesSync {

class Workspace;

// How a person gets into a new or reset account: a one-time setup code the server makes, or an
// initial password they must replace at their first sign-in. Part of the dialogs below.
class CredentialChoice final : public QWidget {
    Q_OBJECT

public:
    CredentialChoice(FieldErrors &errors, QWidget *parent = nullptr);

    bool setupCode() const;
    QString password() const;
    // Checks the password when one is chosen; adds its error to the list.
    void validate(QList<FieldError> &errors) const;

private:
    QRadioButton *m_code = nullptr;
    QRadioButton *m_initial = nullptr;
    QLineEdit *m_password = nullptr;
};

// Creates an account on the server (POST /v1/admin/users/create), or changes one's name, e-mail
// and role (POST /v1/admin/users/update, with the values shown as the old ones, so that another
// admin's change in between is a conflict, not overwritten). Every field is checked here first,
// then by the server, whose answer appears under the field it names.
class UserDialog final : public QDialog {
    Q_OBJECT

public:
    // A new account. tree: the territories the caller may assign (a manager's subtree).
    UserDialog(Workspace &workspace, const TerritoryTree &tree, Role callerRole, QWidget *parent = nullptr);
    // An existing account, as the local copy has it.
    UserDialog(Workspace &workspace, const User &user, Role callerRole, QWidget *parent = nullptr);

    const FieldErrors &errors() const { return m_errors; }
    QString displayName() const;
    // After a create: the account and, when one was made, the setup code to hand over.
    const Protocol::CredentialResponse &created() const { return m_created; }

    void reject() override; // waits while the server answers

private:
    void build(const TerritoryTree *tree);
    void updateForRole();
    void submit();
    QList<FieldError> validate() const;
    QJsonObject createRequest() const;
    QJsonObject updateRequest() const;
    void showServerError(const Sync::ApiReply &reply);

    Workspace &m_workspace;
    std::optional<User> m_user; // the account edited, or none for a new one
    Role m_callerRole;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_employeeId = nullptr;
    QLineEdit *m_phone = nullptr;
    QTreeWidget *m_territories = nullptr;
    CredentialChoice *m_credential = nullptr;
    QList<QWidget *> m_agentRows; // hidden unless the role is agent
    QDialogButtonBox *m_buttons = nullptr;
    FieldErrors m_errors;
    Protocol::CredentialResponse m_created;
    bool m_waiting = false;
};

// Resets a person's password (POST /v1/admin/users/password): a new setup code or initial
// password; every session of theirs ends.
class PasswordResetDialog final : public QDialog {
    Q_OBJECT

public:
    PasswordResetDialog(Workspace &workspace, const User &user, QWidget *parent = nullptr);

    const Protocol::CredentialResponse &result() const { return m_result; }
    const FieldErrors &errors() const { return m_errors; }
    void reject() override;

private:
    void submit();

    Workspace &m_workspace;
    User m_user;
    CredentialChoice *m_credential = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    FieldErrors m_errors;
    Protocol::CredentialResponse m_result;
    bool m_waiting = false;
};

// Says how the person signs in now: the setup code just made, shown this once for the admin to
// pass on (with a Copy button), or that the initial password the admin chose is theirs to change.
void showCredential(QWidget *parent, const QString &displayName, const Protocol::CredentialResponse &credential);

} // namespace SalesSync
