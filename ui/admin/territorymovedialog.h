#pragma once

#include "core/reports/localrealignment.h"
#include "core/reports/territorytree.h"
#include "ui/fielderrors.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace SalesSync {

class Workspace;

// Moves a node of the territory tree below another parent of the level above it. Before the
// move, it shows whose devices gain and lose which number of customers (the managers above the
// node change; its agents keep their customers), worked out from this computer's copy.
class TerritoryMoveDialog final : public QDialog {
    Q_OBJECT

public:
    TerritoryMoveDialog(Workspace &workspace, const TerritoryTree &tree, const Territory &territory,
                        QWidget *parent = nullptr);

    QComboBox *parentField() const { return m_parent; }
    QTreeWidget *impactList() const { return m_impact; }
    const QList<LocalRealignment::Impact> &impacts() const { return m_impacts; }
    bool isPreviewed() const { return m_previewed; }
    // The button that hands the move to Assignments (shown when the server can be asked).
    QPushButton *planButton() const { return m_plan; }
    // The move chosen, when the dialog ended with planRequested() rather than moving.
    RealignmentMoves::TerritoryMove chosenMove() const;
    QString chosenParentName() const;
    const FieldErrors &errors() const { return m_errors; }

    void reject() override; // waits while the move is written

signals:
    // The person wants the move previewed by the server (devices, unsynced work) and applied
    // now or at a date: the dialog closes without moving anything.
    void planRequested();

private:
    void preview();
    void move();

    Workspace &m_workspace;
    Territory m_territory;
    QComboBox *m_parent = nullptr;
    QTreeWidget *m_impact = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_plan = nullptr;
    QList<LocalRealignment::Impact> m_impacts;
    FieldErrors m_errors;
    quint64 m_generation = 0;
    bool m_previewed = false;
    bool m_writing = false;
};

} // namespace SalesSync
