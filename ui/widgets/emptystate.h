#pragma once

#include <QWidget>

#include <functional>

class QAbstractItemView;
class QAction;
class QLabel;
class QPushButton;

namespace SalesSync {

// What an empty list shows instead of a bare table (KDE's PlaceholderMessage): a soft icon, one
// line that says why it is empty, a hint, and a button for the next step.
class EmptyState final : public QWidget {
    Q_OBJECT

public:
    EmptyState(const QString &iconName, const QString &title, const QString &hint, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setHint(const QString &hint);
    // A button that triggers the action, with its text and icon, enabled while it is.
    void setAction(QAction *action);
    QString title() const;
    QString hint() const;

private:
    QLabel *m_title = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_button = nullptr;
};

// Lays the placeholder over the view's rows while its model has none; the view keeps its
// headers and the keyboard focus. The placeholder follows the view's size. It first appears
// when the model reports its rows (a reset or inserted rows): until then the model is loading.
// isEmpty says when there is nothing to show (default: the model has no rows).
void attachEmptyState(QAbstractItemView *view, EmptyState *placeholder, std::function<bool()> isEmpty = {});

} // namespace SalesSync
