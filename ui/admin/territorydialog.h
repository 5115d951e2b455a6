#pragma once

#include "core/domain/territory.h"
#include "ui/fielderrors.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace SalesSync {

class Workspace;

// A territory node's name and code: a new region, a new node below a region or area, or an
// existing node renamed. Checked in place (the code is unique, the name given) and written off
// the UI thread; the change syncs like any other.
class TerritoryDialog final : public QDialog {
    Q_OBJECT

public:
    // A new node of this level below parentNode (none for a region).
    TerritoryDialog(Workspace &workspace, TerritoryLevel level, const std::optional<Territory> &parentNode,
                    QWidget *parent = nullptr);
    // An existing node.
    TerritoryDialog(Workspace &workspace, const Territory &territory, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *codeField() const { return m_code; }
    const FieldErrors &errors() const { return m_errors; }
    // The node as written, once accepted.
    const Territory &territory() const { return m_territory; }

    void reject() override; // waits while the write runs

private:
    void build(const QString &placeLabel, const QString &place, const QString &parentCode);
    void submit();

    Workspace &m_workspace;
    Territory m_territory;
    bool m_new = false;
    bool m_codeEdited = false;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_code = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    FieldErrors m_errors;
};

} // namespace SalesSync
