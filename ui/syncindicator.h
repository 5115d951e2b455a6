#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace SalesSync {

namespace Sync {
class SyncStatus;
}

// The sync state in the status bar: a coloured dot, one line of text (offline, syncing with
// progress, changes waiting, last sync, the error), a progress bar while rows arrive, "Sync now",
// and "Sign in…" when the server wants a new sign-in. The tooltip has the details. Without a
// status (the local-only demo workspace) it says that nothing syncs.
class SyncIndicator final : public QWidget {
    Q_OBJECT

public:
    explicit SyncIndicator(Sync::SyncStatus *status, QWidget *parent = nullptr);

    QString text() const;

signals:
    void syncNowRequested();
    void signInRequested();
    // The text was clicked: show the Sync page.
    void detailsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();

    Sync::SyncStatus *m_status = nullptr;
    QLabel *m_dot = nullptr;
    QLabel *m_text = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_syncNow = nullptr;
    QToolButton *m_signIn = nullptr;
    QTimer m_tick; // "last sync 3 minutes ago" ages
};

} // namespace SalesSync
