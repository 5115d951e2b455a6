#pragma once

#include "core/domain/companyprofile.h"
#include "ui/fielderrors.h"

#include <QWidget>

class QAction;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace SalesSync {

class MessageBar;
class PageHeader;
class Workspace;

// The company on the documents (letterhead, footer with legal and bank details, logo), edited by
// admins: checked in place (country code, e-mail, phone, IBAN check digits, logo format and
// size), saved off the UI thread, synced to every device like other data.
class CompanyProfilePage final : public QWidget {
    Q_OBJECT

public:
    explicit CompanyProfilePage(Workspace &workspace, QWidget *parent = nullptr);

    QLineEdit *field(const QString &name) const; // "name", "iban", ... as CompanyProfile names them
    QPlainTextEdit *registrationField() const { return m_registration; }
    QAction *saveAction() const { return m_save; }
    QAction *revertAction() const { return m_revert; }
    const FieldErrors &errors() const { return m_errors; }
    MessageBar *messageBar() const { return m_message; }
    bool isLoaded() const { return m_loaded; }
    // The profile as the form now holds it.
    CompanyProfile edited() const;
    // Takes the logo from an image file (PNG, JPEG or SVG); false with a message when it cannot.
    bool setLogoFile(const QString &path);
    const QByteArray &logo() const { return m_logo; }

signals:
    void loaded();

private:
    QWidget *buildForm();
    QGroupBox *buildLogoBox();
    void reload();
    void show(const CompanyProfile &profile);
    void save();
    void showLogo();
    void updateActions();

    Workspace &m_workspace;
    CompanyProfile m_stored;
    QByteArray m_logo;
    QHash<QString, QLineEdit *> m_fields;
    QPlainTextEdit *m_registration = nullptr;
    QLabel *m_logoPreview = nullptr;
    QPushButton *m_removeLogo = nullptr;
    PageHeader *m_header = nullptr;
    MessageBar *m_message = nullptr;
    QAction *m_save = nullptr;
    QAction *m_revert = nullptr;
    FieldErrors m_errors;
    bool m_loaded = false;
    bool m_saving = false;
};

} // namespace SalesSync
