#include "ui/signindialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace SalesSync {

SignInDialog::SignInDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    setWindowTitle(mode == Mode::NewAccount ? tr("Sign in to SalesSync") : tr("Sign in again"));
    setMinimumWidth(440);

    auto *intro = new QLabel(mode == Mode::NewAccount
                                 ? tr("Enter the address of your company's SalesSync server and your account. "
                                      "Your data is then copied to this computer, so you can work without a network.")
                                 : tr("Your sign-in has ended. Enter your password to go on syncing. Your work on "
                                      "this computer is kept."),
                             this);
    intro->setWordWrap(true);

    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setPlaceholderText(tr("https://sales.example.com"));
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    QLabel *serverError = FieldErrors::makeLabel(this, QStringLiteral("serverError"));
    QLabel *usernameError = FieldErrors::makeLabel(this, QStringLiteral("usernameError"));
    QLabel *passwordError = FieldErrors::makeLabel(this, QStringLiteral("passwordError"));
    m_errors.add(QStringLiteral("server"), m_server, serverError);
    m_errors.add(QStringLiteral("username"), m_username, usernameError);
    m_errors.add(QStringLiteral("password"), m_password, passwordError);
    m_plainWarning = new QLabel(tr("This address is not encrypted (http): use it only on a trusted network."), this);
    m_plainWarning->setWordWrap(true);
    m_plainWarning->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(QString(), serverError);
    form->addRow(QString(), m_plainWarning);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(QString(), usernameError);
    m_passwordLabel = new QLabel(tr("&Password:"), this);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), passwordError);
    // A new or reset account may come with a one-time setup code instead of a password.
    m_useCode = new QCheckBox(tr("I have a setup code"), this);
    m_useCode->setObjectName(QStringLiteral("useSetupCode"));
    m_useCode->setToolTip(tr("A one-time code from your administrator, instead of a password: you then choose your "
                             "own password."));
    form->addRow(QString(), m_useCode);
    m_newPassword = new QLineEdit(this);
    m_newPassword->setObjectName(QStringLiteral("newPassword"));
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_repeat->setEchoMode(QLineEdit::Password);
    QLabel *newError = FieldErrors::makeLabel(this, QStringLiteral("newPasswordError"));
    QLabel *repeatError = FieldErrors::makeLabel(this, QStringLiteral("repeatPasswordError"));
    m_errors.add(QStringLiteral("newPassword"), m_newPassword, newError);
    m_errors.add(QStringLiteral("repeatPassword"), m_repeat, repeatError);
    auto *newLabel = new QLabel(tr("&New password:"), this);
    newLabel->setBuddy(m_newPassword);
    auto *repeatLabel = new QLabel(tr("&Repeat it:"), this);
    repeatLabel->setBuddy(m_repeat);
    form->addRow(newLabel, m_newPassword);
    form->addRow(QString(), newError);
    form->addRow(repeatLabel, m_repeat);
    form->addRow(QString(), repeatError);
    m_newPasswordRows = {newLabel, m_newPassword, repeatLabel, m_repeat};
    connect(m_useCode, &QCheckBox::toggled, this, [this](bool code) {
        m_passwordLabel->setText(code ? tr("Setup &code:") : tr("&Password:"));
        m_password->setEchoMode(code ? QLineEdit::Normal : QLineEdit::Password);
        showNewPassword(code);
    });

    QLabel *error = FieldErrors::makeLabel(this, QStringLiteral("error"));
    m_errors.setGeneralLabel(error);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = m_buttons->addButton(tr("Sign &in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    m_demo = m_buttons->addButton(tr("Open the &demo workspace"), QDialogButtonBox::ActionRole);
    m_demo->setObjectName(QStringLiteral("demo"));
    m_demo->setVisible(false);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_demo, &QPushButton::clicked, this, &SignInDialog::demoRequested);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_server, &QLineEdit::textChanged, this, [this](const QString &text) {
        QString why;
        const QUrl url = parseServer(text, &why);
        m_plainWarning->setVisible(url.isValid() && url.scheme() == u"http");
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(m_busy);
    layout->addStretch();
    layout->addWidget(m_buttons);

    if (mode == Mode::Renew) {
        m_server->setReadOnly(true);
        m_username->setReadOnly(true);
    }
    setTabOrder(m_server, m_username);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_useCode);
    setTabOrder(m_useCode, m_newPassword);
    setTabOrder(m_newPassword, m_repeat);
    setTabOrder(m_repeat, m_signIn);
    showNewPassword(false);
}

void SignInDialog::showNewPassword(bool show)
{
    for (QWidget *w : std::as_const(m_newPasswordRows)) {
        w->setVisible(show);
    }
    m_signIn->setText(show ? tr("Set password and sign &in") : tr("Sign &in"));
    m_askingNewPassword = show;
    adjustSize();
}

void SignInDialog::askForNewPassword()
{
    showNewPassword(true);
    m_newPassword->setFocus();
}

bool SignInDialog::newPasswordProblem()
{
    if (m_newPassword->text().size() < kMinimumPasswordLength) {
        showError(QStringLiteral("newPassword"),
                  tr("Choose at least %1 characters; a few words in a row are easy to remember.")
                      .arg(kMinimumPasswordLength));
        return true;
    }
    if (m_repeat->text() != m_newPassword->text()) {
        showError(QStringLiteral("repeatPassword"), tr("This is not the same as the new password."));
        return true;
    }
    if (!m_useCode->isChecked() && m_newPassword->text() == m_password->text()) {
        showError(QStringLiteral("newPassword"), tr("Choose a password other than the one you were given."));
        return true;
    }
    return false;
}

void SignInDialog::setAccount(const QUrl &server, const QString &username)
{
    m_server->setText(server.toString());
    m_username->setText(username);
    (m_mode == Mode::Renew ? m_password : m_server)->setFocus();
}

void SignInDialog::offerDemo(bool offer)
{
    m_demo->setVisible(offer);
}

QUrl SignInDialog::server() const
{
    QString why;
    return parseServer(m_server->text(), &why);
}

QString SignInDialog::username() const
{
    return m_username->text().trimmed();
}

QString SignInDialog::password() const
{
    return m_password->text();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_signIn->setEnabled(!busy);
    m_demo->setEnabled(!busy);
    m_server->setEnabled(!busy);
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_useCode->setEnabled(!busy);
    m_newPassword->setEnabled(!busy);
    m_repeat->setEnabled(!busy);
}

void SignInDialog::showError(const QString &field, const QString &message)
{
    m_errors.show(field, message);
    if (field.isEmpty()) {
        m_password->setFocus();
        m_password->selectAll();
    }
}

void SignInDialog::clearErrors()
{
    m_errors.clear();
}

QUrl SignInDialog::parseServer(const QString &text, QString *error)
{
    QString typed = text.trimmed();
    if (typed.isEmpty()) {
        *error = tr("Enter the server's address, for example https://sales.example.com.");
        return {};
    }
    if (!typed.contains(QStringLiteral("://"))) {
        typed.prepend(QStringLiteral("https://"));
    }
    QUrl url(typed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = tr("\"%1\" is not a web address.").arg(text.trimmed());
        return {};
    }
    if (url.scheme() != u"https" && url.scheme() != u"http") {
        *error = tr("The address must start with https:// (or http:// on a trusted network).");
        return {};
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        *error = tr("Enter only the server's address, without a name, password, \"?\" or \"#\" part.");
        return {};
    }
    url.setPath(url.path().endsWith(u'/') ? url.path().chopped(1) : url.path());
    return url;
}

void SignInDialog::submit()
{
    clearErrors();
    QString why;
    const QUrl url = parseServer(m_server->text(), &why);
    if (!url.isValid()) {
        showError(QStringLiteral("server"), why);
        return;
    }
    if (username().isEmpty()) {
        showError(QStringLiteral("username"), tr("Enter your username."));
        return;
    }
    const bool code = m_useCode->isChecked();
    if (m_password->text().trimmed().isEmpty()) {
        showError(QStringLiteral("password"), code ? tr("Enter the setup code.") : tr("Enter your password."));
        return;
    }
    if (!m_askingNewPassword) {
        emit submitted(url, username(), m_password->text());
        return;
    }
    if (!newPasswordProblem()) {
        emit passwordChangeSubmitted(url, username(), code ? m_password->text().trimmed() : m_password->text(), code,
                                     m_newPassword->text());
    }
}

} // namespace SalesSync
