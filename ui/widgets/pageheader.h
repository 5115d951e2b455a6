#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QToolBar;

namespace SalesSync {

// The top of every page: its title in the page-title style, an optional line under it in the
// secondary style (what the page shows, how fresh it is), and controls on the right.
class PageHeader final : public QWidget {
    Q_OBJECT

public:
    explicit PageHeader(const QString &title, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    void setSubtitle(const QString &subtitle);
    QString subtitle() const;
    // Puts a control at the right end, after any added before.
    void addWidget(QWidget *widget);

private:
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QHBoxLayout *m_trailing = nullptr;
};

// A page's toolbar: actions with their icon beside their text, at the toolbar icon size,
// reachable with Tab (each button takes the focus).
QToolBar *makePageToolBar(QWidget *parent);

// The margins and spacing of a page's outer layout, from the spacing scale.
void setPageMargins(class QLayout *layout);

} // namespace SalesSync
