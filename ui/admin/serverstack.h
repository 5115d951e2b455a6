#pragma once

#include <QStackedWidget>

namespace SalesSync {

class EmptyState;
class Workspace;

// The body of a page whose content comes from the server (accounts, realignments): the content,
// or, while the server cannot be asked or did not answer, an empty state that says why, with a
// button to try again.
class ServerStack final : public QStackedWidget {
    Q_OBJECT

public:
    // retry: what the empty state's button does (the page's Refresh), or null.
    ServerStack(QWidget *content, const QString &unavailableTitle, QAction *retry, QWidget *parent = nullptr);

    EmptyState *unavailable() const { return m_unavailable; }
    // True when the workspace can call the server now; otherwise shows why and returns false.
    bool checkAvailable(const Workspace &workspace);
    void showUnavailable(const QString &why);
    void showContent();
    bool isShowingContent() const { return currentWidget() == m_content; }

private:
    QWidget *m_content = nullptr;
    EmptyState *m_unavailable = nullptr;
};

} // namespace SalesSync
