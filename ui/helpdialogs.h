#pragma once

#include <QDialog>

class QTextBrowser;
class QTreeWidget;

namespace SalesSync {

// Help > User guide (F1): the user guide that ships inside the application (docs/user-guide.md
// and its screenshots), readable offline, with links that open in the same window.
class UserGuideDialog final : public QDialog {
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
};

// Help > Keyboard shortcuts: every shortcut of the window, read from its actions, so the list
// is always the one that works: where it works, what it does, the keys.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT

public:
    // sections: the main window's pages with their names, in order.
    ShortcutsDialog(QWidget *window, const QList<std::pair<QString, QWidget *>> &sections, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list = nullptr;
};

} // namespace SalesSync
