#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableView;

namespace SalesSync {

class ConflictModel;
class QuarantineModel;
class Workspace;

// Syncing in detail: the state and progress, "Sync now", conflicts with their base, your value
// and the server's side by side (an open one is decided here, field by field: yours, the
// server's, or a value typed in), and the changes the server refused with the reason, to retry,
// discard or save to a file.
class SyncPage final : public QWidget {
    Q_OBJECT

public:
    explicit SyncPage(Workspace &workspace, QWidget *parent = nullptr);

    ConflictModel *conflicts() const { return m_conflicts; }
    QuarantineModel *quarantine() const { return m_quarantine; }
    QTableView *conflictView() const { return m_conflictView; }
    QTableView *quarantineView() const { return m_quarantineView; }
    void reload();
    bool isLoaded() const { return m_loaded; }

    // Decides the selected open conflict: "mine", "theirs" or "edited" with the typed value.
    void resolveSelected(const QString &choice, const QString &edited = {});
    void retrySelected();
    void discardSelected(bool confirmed);

private:
    void showConflict();
    void updateState();

    Workspace &m_workspace;
    ConflictModel *m_conflicts = nullptr;
    QuarantineModel *m_quarantine = nullptr;
    QLabel *m_state = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_syncNow = nullptr;
    QCheckBox *m_showSettled = nullptr;
    QTableView *m_conflictView = nullptr;
    QLabel *m_conflictDetail = nullptr;
    QRadioButton *m_keepMine = nullptr;
    QRadioButton *m_keepTheirs = nullptr;
    QRadioButton *m_keepEdited = nullptr;
    QLineEdit *m_edited = nullptr;
    QPushButton *m_resolve = nullptr;
    QTableView *m_quarantineView = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_error = nullptr;
    quint64 m_generation = 0;
    qint64 m_shownConflict = -1;
    bool m_loaded = false;
};

} // namespace SalesSync
