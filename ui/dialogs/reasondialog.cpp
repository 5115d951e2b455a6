#include "ui/dialogs/reasondialog.h"

#include "ui/background.h"
#include "ui/dialogs/dialogwidth.h"
#include "ui/workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace SalesSync {

ReasonDialog::ReasonDialog(Workspace &workspace, const QString &title, const QString &prompt, const QString &field,
                           Action action, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_field(field)
    , m_action(std::move(action))
{
    setWindowTitle(title);
    setReadableWidth(this);
    // The label is the field's buddy, which makes "&" a mnemonic: a customer called "Müller &
    // Söhne" keeps the ampersand.
    auto *label = new QLabel(QString(prompt).replace(u'&', QStringLiteral("&&")), this);
    label->setObjectName(QStringLiteral("prompt"));
    label->setWordWrap(true);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(m_reason->fontMetrics().height() * 5);
    label->setBuddy(m_reason);
    QLabel *reasonError = FieldErrors::makeLabel(this, QStringLiteral("reasonError"));
    QLabel *general = FieldErrors::makeLabel(this, QStringLiteral("error"));
    m_errors.add(field, m_reason, reasonError);
    m_errors.setGeneralLabel(general);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(reasonError);
    layout->addWidget(general);
    layout->addWidget(m_buttons);
    m_reason->setFocus();
}

void ReasonDialog::submit()
{
    m_errors.clear();
    m_buttons->setEnabled(false);
    runInBackground(
        m_workspace.pool(), this,
        [action = m_action, reason = m_reason->toPlainText().trimmed()] { return action(reason); },
        [this](Status done) {
            m_buttons->setEnabled(true);
            if (!done) {
                m_errors.show(done.error());
                return;
            }
            accept();
        });
}

void ReasonDialog::reject()
{
    if (m_buttons->isEnabled()) {
        QDialog::reject();
    }
}

} // namespace SalesSync
