#pragma once

#include "sync/protocol/adminmessages.h"
#include "ui/fielderrors.h"

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace SalesSync {

// Asks for the server address, username and password. It only collects and checks what was typed;
// whoever opened it does the signing in (submitted()) and reports back with setBusy() and
// showError(), so the dialog stays responsive while the request runs. Errors appear next to the
// field they are about.
class SignInDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Mode {
        NewAccount, // first run or "add a profile": every field can be typed
        Renew,      // the token expired: server and username are fixed, only the password is asked
    };

    explicit SignInDialog(Mode mode, QWidget *parent = nullptr);

    void setAccount(const QUrl &server, const QString &username);
    // Offers "Open the demo workspace" (first run only).
    void offerDemo(bool offer);

    QUrl server() const;
    QString username() const;
    QString password() const;
    // The person must choose a password of their own first (the server said so): asks for it
    // twice below the current one.
    void askForNewPassword();

    void setBusy(bool busy);
    // field: "server", "username", "password", or empty for a message about the whole sign-in.
    void showError(const QString &field, const QString &message);
    void clearErrors();
    const FieldErrors &errors() const { return m_errors; }

    // The address as typed, completed ("sales.example.com" -> "https://sales.example.com"), or an
    // invalid QUrl with why in *error.
    static QUrl parseServer(const QString &text, QString *error);

    static constexpr int kMinimumPasswordLength = Protocol::kMinimumPasswordLength; // checked here first

signals:
    void submitted(const QUrl &server, const QString &username, const QString &password);
    void demoRequested();
    // A new password with the current one or a setup code (secret), checked: at least ten
    // characters, typed twice alike.
    void passwordChangeSubmitted(const QUrl &server, const QString &username, const QString &secret, bool setupCode,
                                 const QString &newPassword);

private:
    void submit();
    // Shows the new-password fields; the first field is then the setup code or the current password.
    void showNewPassword(bool show);
    bool newPasswordProblem();

    Mode m_mode;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QCheckBox *m_useCode = nullptr;
    QLineEdit *m_newPassword = nullptr;
    QLineEdit *m_repeat = nullptr;
    QList<QWidget *> m_newPasswordRows;
    bool m_askingNewPassword = false;
    FieldErrors m_errors;
    QLabel *m_plainWarning = nullptr;
    QProgressBar *m_busy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_demo = nullptr;
};

} // namespace SalesSync
