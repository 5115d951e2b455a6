#pragma once

#include "core/reports/territorytree.h"
#include "core/rules/realignment.h"
#include "sync/protocol/adminmessages.h"
#include "ui/confirm.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTreeWidget;

namespace SalesSync {

class EmptyState;
class MessageBar;
class PageHeader;
class ServerStack;
class Workspace;

// Assignments and realignment: a plan of bulk customer moves (by territory, city, postal code
// or pasted customer numbers) and changes to agents' territories, previewed by the server per
// person and device (what arrives on and leaves each laptop, and which devices may still hold
// unsynced edits to customers that leave), then applied at once or scheduled for a date and
// time (docs/sync-protocol.md, "Realignments"). Needs the server, and says so when it is not
// there.
class RealignmentPage final : public QWidget {
    Q_OBJECT

public:
    // The preview's columns.
    // The preview's columns: what arrives (+) and leaves (−) per person; a device's line spans
    // them all.
    enum Column { Who, Customers, OpenOrders, PlannedVisits, OpenBalances, ColumnCount };
    // How customers are chosen, in the order of the "select by" field.
    enum class SelectBy { Territory, City, PostalCode, Numbers };

    explicit RealignmentPage(Workspace &workspace, QWidget *parent = nullptr);

    // The plan's parts, for tests and the screenshot tool.
    QComboBox *selectByField() const { return m_selectBy; }
    QComboBox *sourceTerritoryField() const { return m_sourceTerritory; }
    QLineEdit *cityField() const { return m_city; }
    QLineEdit *postalCodeField() const { return m_postalCode; }
    QPlainTextEdit *numbersField() const { return m_numbers; }
    QComboBox *targetField() const { return m_target; }
    QPushButton *addCustomersButton() const { return m_addCustomers; }
    QComboBox *agentField() const { return m_agent; }
    QListWidget *agentTerritoriesField() const { return m_agentTerritories; }
    QPushButton *addAgentButton() const { return m_addAgent; }
    QListWidget *planList() const { return m_plan; }
    QRadioButton *atField() const { return m_at; }
    QDateTimeEdit *effectiveAtField() const { return m_effectiveAt; }
    QLineEdit *noteField() const { return m_note; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *applyButton() const { return m_apply; }
    QTreeWidget *previewList() const { return m_impact; }
    MessageBar *message() const { return m_message; }
    EmptyState *unavailable() const;
    const RealignmentMoves &moves() const { return m_moves; }
    bool isPreviewed() const { return m_previewed; }
    bool isLoaded() const { return m_loaded; }
    void setConfirm(ConfirmAnswer confirm) { m_confirm = std::move(confirm); }

    void reload();
    // Adds a move of a node in the tree to the plan (from the tree's Move…).
    void addTerritoryMove(const RealignmentMoves::TerritoryMove &move, const QString &description);

signals:
    // A realignment was applied or scheduled: the history has one more.
    void realigned();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Names {
        QHash<QString, QString> territories; // id -> name
        QHash<QString, QString> users;       // id -> display name
        QHash<QString, QString> agentUsers;  // agent id -> user id
        QHash<QString, QStringList> agentTerritories;
    };
    QWidget *buildCustomerTab();
    QWidget *buildAgentTab();
    QWidget *buildPlanBox();
    void show(TerritoryTree tree, Names names);
    void fillAgentTerritories();
    void addCustomers();
    void addAgentChange();
    void removeFromPlan();
    void planChanged();
    void runPreview();
    void showPreview(const Protocol::RealignmentPreview &preview);
    void apply();
    Protocol::RealignmentRequest request() const;

    Workspace &m_workspace;
    PageHeader *m_header = nullptr;
    MessageBar *m_message = nullptr;
    ServerStack *m_stack = nullptr;
    QComboBox *m_selectBy = nullptr;
    QStackedWidget *m_criteria = nullptr;
    QComboBox *m_sourceTerritory = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QPlainTextEdit *m_numbers = nullptr;
    QComboBox *m_target = nullptr;
    QPushButton *m_addCustomers = nullptr;
    QComboBox *m_agent = nullptr;
    QListWidget *m_agentTerritories = nullptr;
    QPushButton *m_addAgent = nullptr;
    QListWidget *m_plan = nullptr;
    QPushButton *m_remove = nullptr;
    QRadioButton *m_now = nullptr;
    QRadioButton *m_at = nullptr;
    QDateTimeEdit *m_effectiveAt = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_apply = nullptr;
    QLabel *m_impactSummary = nullptr;
    QTreeWidget *m_impact = nullptr;
    TerritoryTree m_tree;
    Names m_names;
    RealignmentMoves m_moves;
    QStringList m_customerTexts;  // one line per customer move, as the plan shows it
    QStringList m_agentTexts;     // one line per agent move
    QStringList m_territoryTexts; // one line per territory move
    ConfirmAnswer m_confirm;
    quint64 m_generation = 0;
    bool m_previewed = false;
    bool m_loaded = false;
    bool m_shownOnce = false;
};

} // namespace SalesSync
