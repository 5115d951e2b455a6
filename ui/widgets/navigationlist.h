#pragma once

#include <QListWidget>

namespace SalesSync {

// The sidebar: one row per section with its icon, on the surface colour, the current section
// marked with an accent bar and a tint of the accent.
class NavigationList final : public QListWidget {
    Q_OBJECT

public:
    explicit NavigationList(QWidget *parent = nullptr);

    void addSection(const QString &iconName, const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColours();
};

} // namespace SalesSync
