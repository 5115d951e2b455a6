#pragma once

#include "core/result.h"
#include "ui/fielderrors.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QPlainTextEdit;

namespace SalesSync {

class Workspace;

// Asks why (cancelling a visit, reversing a payment) and runs the change with the reason on the
// workspace's worker threads. The rule that a reason is needed, and any other refusal, comes back
// from the core and shows next to the field.
class ReasonDialog final : public QDialog {
    Q_OBJECT

public:
    using Action = std::function<Status(const QString &reason)>;

    ReasonDialog(Workspace &workspace, const QString &title, const QString &prompt, const QString &field, Action action,
                 QWidget *parent = nullptr);

    QPlainTextEdit *reasonField() const { return m_reason; }
    const FieldErrors &errors() const { return m_errors; }

    // Esc and the window's close button wait while the write runs: its answer must arrive.
    void reject() override;

private:
    void submit();

    Workspace &m_workspace;
    QString m_field;
    Action m_action;
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    FieldErrors m_errors;
};

} // namespace SalesSync
