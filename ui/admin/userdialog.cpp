#include "ui/admin/userdialog.h"

#include "core/domain/agent.h"
#include "core/uuidv7.h"
#include "ui/admin/servercall.h"
#include "ui/dialogs/dialogwidth.h"
#include "ui/displaytext.h"
#include "ui/workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace SalesSync {

namespace {

// The dialog's field for each field the server names.
QString formField(const QString &serverField)
{
    static const QHash<QString, QString> fields = {
        {QStringLiteral("username"), QStringLiteral("username")},
        {QStringLiteral("display_name"), QStringLiteral("displayName")},
        {QStringLiteral("email"), QStringLiteral("email")},
        {QStringLiteral("role"), QStringLiteral("role")},
        {QStringLiteral("employee_id"), QStringLiteral("employeeId")},
        {QStringLiteral("phone"), QStringLiteral("phone")},
        {QStringLiteral("territory_ids"), QStringLiteral("territories")},
        {QStringLiteral("password"), QStringLiteral("password")},
    };
    return fields.value(serverField.section(u'[', 0, 0));
}

void addField(QFormLayout *form, FieldErrors &errors, const QString &label, const QString &name, QWidget *editor)
{
    QLabel *error = FieldErrors::makeLabel(editor->parentWidget(), name + QStringLiteral("Error"));
    form->addRow(label, editor);
    form->addRow(QString(), error);
    errors.add(name, editor, error);
}

QStringList checkedTerritories(QTreeWidget *tree)
{
    QStringList ids;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->flags().testFlag(Qt::ItemIsUserCheckable) && (*it)->checkState(0) == Qt::Checked) {
            ids << (*it)->data(0, Qt::UserRole).toString();
        }
    }
    return ids;
}

} // namespace

CredentialChoice::CredentialChoice(FieldErrors &errors, QWidget *parent)
    : QWidget(parent)
{
    m_code = new QRadioButton(tr("A one-time &setup code"), this);
    m_code->setObjectName(QStringLiteral("setupCode"));
    m_initial = new QRadioButton(tr("An &initial password:"), this);
    m_initial->setObjectName(QStringLiteral("initialPassword"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least %n characters", nullptr, Protocol::kMinimumPasswordLength));
    m_password->setEnabled(false);
    m_code->setChecked(true);
    connect(m_initial, &QRadioButton::toggled, m_password, &QWidget::setEnabled);
    QLabel *error = FieldErrors::makeLabel(this, QStringLiteral("passwordError"));
    errors.add(QStringLiteral("password"), m_password, error);
    // What each means, on hover (a wrapped hint in a form row would not fit a small screen).
    m_code->setToolTip(tr("The person chooses their password at their first sign-in with the code, which "
                          "SalesSync shows you once"));
    m_initial->setToolTip(tr("The person signs in with it once and must then choose their own"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_code);
    layout->addWidget(m_initial);
    layout->addWidget(m_password);
    layout->addWidget(error);
}

bool CredentialChoice::setupCode() const
{
    return m_code->isChecked();
}

QString CredentialChoice::password() const
{
    return m_initial->isChecked() ? m_password->text() : QString();
}

void CredentialChoice::validate(QList<FieldError> &errors) const
{
    if (m_initial->isChecked() && m_password->text().size() < Protocol::kMinimumPasswordLength) {
        errors << FieldError{QStringLiteral("password"),
                             tr("must be at least %n characters long", nullptr, Protocol::kMinimumPasswordLength)};
    }
}

UserDialog::UserDialog(Workspace &workspace, const TerritoryTree &tree, Role callerRole, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_callerRole(callerRole)
{
    setWindowTitle(tr("New user"));
    build(&tree);
}

UserDialog::UserDialog(Workspace &workspace, const User &user, Role callerRole, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_user(user)
    , m_callerRole(callerRole)
{
    setWindowTitle(tr("Edit %1").arg(user.displayName));
    build(nullptr);
    m_username->setText(user.username);
    m_username->setReadOnly(true);
    m_displayName->setText(user.displayName);
    m_email->setText(user.email);
    m_role->setCurrentIndex(m_role->findData(int(user.role)));
    // Only admins change roles, and nobody their own (the server refuses it either way).
    m_role->setEnabled(callerRole == Role::Admin && user.id != workspace.userId());
    updateForRole();
}

QString UserDialog::displayName() const
{
    return m_displayName->text().simplified();
}

void UserDialog::build(const TerritoryTree *tree)
{
    setReadableWidth(this, 80);
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setMaxLength(64);
    m_username->setPlaceholderText(tr("e.g. lena.vogt"));
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_displayName->setMaxLength(200);
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    for (const Role role : {Role::Agent, Role::Manager, Role::Admin}) {
        // A manager makes agents and managers only.
        if (role != Role::Admin || m_callerRole == Role::Admin || m_user) {
            m_role->addItem(DisplayText::role(role), int(role));
        }
    }
    auto *form = new QFormLayout;
    addField(form, m_errors, tr("&Username:"), QStringLiteral("username"), m_username);
    addField(form, m_errors, tr("&Name:"), QStringLiteral("displayName"), m_displayName);
    addField(form, m_errors, tr("&E-mail:"), QStringLiteral("email"), m_email);
    addField(form, m_errors, tr("&Role:"), QStringLiteral("role"), m_role);
    if (tree) {
        m_employeeId = new QLineEdit(this);
        m_employeeId->setObjectName(QStringLiteral("employeeId"));
        m_employeeId->setMaxLength(32);
        m_phone = new QLineEdit(this);
        m_phone->setObjectName(QStringLiteral("phone"));
        addField(form, m_errors, tr("Employee &id:"), QStringLiteral("employeeId"), m_employeeId);
        addField(form, m_errors, tr("&Phone:"), QStringLiteral("phone"), m_phone);
        m_agentRows = {m_employeeId, m_phone};
        m_territories = new QTreeWidget(this);
        m_territories->setObjectName(QStringLiteral("territories"));
        m_territories->setHeaderHidden(true);
        m_territories->setUniformRowHeights(true);
        m_territories->setMinimumHeight(fontMetrics().height() * 7);
        QList<QTreeWidgetItem *> items; // by the tree's node index
        for (const TerritoryTree::Node &node : tree->nodes()) {
            auto *item =
                node.parent >= 0 ? new QTreeWidgetItem(items.at(node.parent)) : new QTreeWidgetItem(m_territories);
            item->setText(0, node.territory.name);
            item->setToolTip(0, node.territory.code);
            item->setData(0, Qt::UserRole, node.territory.id);
            item->setData(0, Qt::UserRole + 1, int(node.territory.level));
            item->setData(0, Qt::UserRole + 2, node.territory.active);
            items << item;
        }
        m_territories->expandAll();
        addField(form, m_errors, tr("&Territories:"), QStringLiteral("territories"), m_territories);
        m_credential = new CredentialChoice(m_errors, this);
        form->addRow(tr("Sign-in:"), m_credential);
        connect(m_role, &QComboBox::currentIndexChanged, this, &UserDialog::updateForRole);
    }
    QLabel *general = FieldErrors::makeLabel(this, QStringLiteral("error"));
    m_errors.setGeneralLabel(general);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_user ? tr("Save") : tr("Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(m_buttons);
    (m_user ? m_displayName : m_username)->setFocus();
    updateForRole();
}

void UserDialog::updateForRole()
{
    const auto role = Role(m_role->currentData().toInt());
    if (!m_territories) {
        return;
    }
    const bool agent = role == Role::Agent;
    for (QWidget *w : std::as_const(m_agentRows)) {
        w->setEnabled(agent);
    }
    // Agents work in active territories of the lowest level; managers manage any node; admins
    // hold everything and are given none.
    for (QTreeWidgetItemIterator it(m_territories); *it; ++it) {
        QTreeWidgetItem *item = *it;
        const bool leaf = TerritoryLevel(item->data(0, Qt::UserRole + 1).toInt()) == TerritoryLevel::Territory;
        const bool choosable = role == Role::Manager || (agent && leaf && item->data(0, Qt::UserRole + 2).toBool());
        const QVariant checked = item->data(0, Qt::CheckStateRole);
        item->setFlags(choosable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsEnabled);
        item->setData(0, Qt::CheckStateRole,
                      choosable ? (checked.isValid() ? checked : int(Qt::Unchecked)) : QVariant());
    }
    m_territories->setEnabled(role != Role::Admin);
    // What the choice means, on hover: the form stays short enough for a small screen.
    m_territories->setToolTip(agent ? tr("The territories the agent covers: their customers come to the agent's "
                                         "laptop.")
                              : role == Role::Manager ? tr("The parts of the tree the manager manages, with everything "
                                                           "below them.")
                                                      : tr("Admins see every territory."));
}

QList<FieldError> UserDialog::validate() const
{
    User user;
    user.id = m_user ? m_user->id : UuidV7::generateString();
    user.username = m_username->text().trimmed().toLower();
    user.displayName = m_displayName->text().simplified();
    user.email = m_email->text().trimmed();
    user.role = Role(m_role->currentData().toInt());
    QList<FieldError> errors = user.validate();
    if (m_user) {
        return errors;
    }
    if (user.role == Role::Agent) {
        Agent agent;
        agent.id = user.id;
        agent.userId = user.id;
        agent.employeeId = m_employeeId->text().trimmed();
        agent.phone = m_phone->text().trimmed();
        for (const FieldError &e : agent.validate()) {
            errors << e;
        }
    }
    m_credential->validate(errors);
    return errors;
}

QJsonObject UserDialog::createRequest() const
{
    Protocol::CreateUserRequest request;
    request.username = m_username->text().trimmed().toLower();
    request.displayName = m_displayName->text().simplified();
    request.email = m_email->text().trimmed();
    request.role = Role(m_role->currentData().toInt());
    if (request.role == Role::Agent) {
        request.employeeId = m_employeeId->text().trimmed();
        request.phone = m_phone->text().trimmed();
    }
    if (request.role != Role::Admin) {
        request.territoryIds = checkedTerritories(m_territories);
    }
    request.setupCode = m_credential->setupCode();
    request.password = m_credential->password();
    return request.toJson();
}

QJsonObject UserDialog::updateRequest() const
{
    Protocol::UpdateUserRequest request;
    request.userId = m_user->id;
    const auto change = [&request](const char *field, const QJsonValue &old, const QJsonValue &now) {
        if (old != now) {
            request.fields.insert(QString::fromLatin1(field), {old, now});
        }
    };
    change("display_name", m_user->displayName, m_displayName->text().simplified());
    change("email", m_user->email, m_email->text().trimmed());
    change("role", roleToText(m_user->role), roleToText(Role(m_role->currentData().toInt())));
    return request.toJson();
}

void UserDialog::submit()
{
    m_errors.clear();
    if (const QList<FieldError> errors = validate(); !errors.isEmpty()) {
        m_errors.show(Error::validation(errors));
        return;
    }
    const QJsonObject body = m_user ? updateRequest() : createRequest();
    if (m_user && body.value(QStringLiteral("fields")).toObject().isEmpty()) {
        accept(); // nothing changed
        return;
    }
    m_waiting = true;
    m_buttons->setEnabled(false);
    ServerCall::start(
        m_workspace, this, m_user ? Protocol::Endpoint::AdminUpdateUser : Protocol::Endpoint::AdminCreateUser, body, {},
        [this](const Sync::ApiReply &reply) {
            m_waiting = false;
            m_buttons->setEnabled(true);
            if (!reply.ok()) {
                showServerError(reply);
                return;
            }
            if (!m_user) {
                const Result<Protocol::CredentialResponse> created = Protocol::CredentialResponse::fromJson(reply.json);
                if (created) {
                    m_created = *created;
                }
            }
            accept();
        });
}

void UserDialog::showServerError(const Sync::ApiReply &reply)
{
    m_errors.show(formField(reply.errorField()), ServerCall::fieldMessage(reply));
}

void UserDialog::reject()
{
    if (!m_waiting) {
        QDialog::reject();
    }
}

PasswordResetDialog::PasswordResetDialog(Workspace &workspace, const User &user, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_user(user)
{
    setWindowTitle(tr("Reset the password of %1").arg(user.displayName));
    setReadableWidth(this);
    auto *intro = new QLabel(
        tr("%1 is signed out on every device and signs in again with what you choose here.").arg(user.displayName),
        this);
    intro->setWordWrap(true);
    m_credential = new CredentialChoice(m_errors, this);
    QLabel *general = FieldErrors::makeLabel(this, QStringLiteral("error"));
    m_errors.setGeneralLabel(general);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Reset password"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PasswordResetDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_credential);
    layout->addWidget(general);
    layout->addWidget(m_buttons);
}

void PasswordResetDialog::submit()
{
    m_errors.clear();
    QList<FieldError> errors;
    m_credential->validate(errors);
    if (!errors.isEmpty()) {
        m_errors.show(Error::validation(errors));
        return;
    }
    Protocol::ResetPasswordRequest request;
    request.userId = m_user.id;
    request.setupCode = m_credential->setupCode();
    request.password = m_credential->password();
    m_waiting = true;
    m_buttons->setEnabled(false);
    ServerCall::start(m_workspace, this, Protocol::Endpoint::AdminResetPassword, request.toJson(), {},
                      [this](const Sync::ApiReply &reply) {
                          m_waiting = false;
                          m_buttons->setEnabled(true);
                          if (!reply.ok()) {
                              m_errors.show(formField(reply.errorField()), ServerCall::fieldMessage(reply));
                              return;
                          }
                          if (const auto result = Protocol::CredentialResponse::fromJson(reply.json)) {
                              m_result = *result;
                          }
                          accept();
                      });
}

void PasswordResetDialog::reject()
{
    if (!m_waiting) {
        QDialog::reject();
    }
}

void showCredential(QWidget *parent, const QString &displayName, const Protocol::CredentialResponse &credential)
{
    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("credentialMessage"));
    box->setIcon(QMessageBox::Information);
    box->setWindowTitle(UserDialog::tr("Sign-in for %1").arg(displayName));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QString secret = credential.setupCode;
    if (!secret.isEmpty()) {
        box->setText(UserDialog::tr("Give %1 this setup code: <b>%2</b>").arg(displayName.toHtmlEscaped(), secret));
        box->setInformativeText(
            UserDialog::tr("It works once, until %1. %2 signs in with it and chooses a password. SalesSync shows the "
                           "code only now.")
                .arg(QLocale().toString(credential.setupCodeExpiresAt.toLocalTime(), QLocale::ShortFormat),
                     displayName.toHtmlEscaped()));
    } else {
        box->setText(UserDialog::tr("%1 signs in with the initial password you chose and must then choose their own.")
                         .arg(displayName.toHtmlEscaped()));
    }
    if (!secret.isEmpty()) {
        QPushButton *copy = box->addButton(UserDialog::tr("&Copy"), QMessageBox::ActionRole);
        copy->disconnect(); // copying leaves the box open
        QObject::connect(copy, &QPushButton::clicked, box, [secret] { QApplication::clipboard()->setText(secret); });
    }
    box->addButton(QMessageBox::Close);
    box->open();
}

} // namespace SalesSync
