#pragma once

#include "ui/theme/theme.h"

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace SalesSync {

// A message across the top of a page or dialog (KDE's KMessageWidget): an icon and text on a
// tint of its tone, buttons for what can be done about it (Undo, Open), and a close button.
// Hidden until show() is called; closing hides it again.
class MessageBar final : public QFrame {
    Q_OBJECT

public:
    explicit MessageBar(QWidget *parent = nullptr);

    // Shows the text in the tone (Accent for information, Success, Warning, Danger), without
    // any buttons from before.
    void showMessage(const QString &text, Tone tone);
    // Adds a button that runs `action` and then closes the bar.
    QToolButton *addButton(const QString &text, const std::function<void()> &action);
    QString text() const;
    Tone tone() const { return m_tone; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColours();

    Tone m_tone = Tone::Accent;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_buttons = nullptr;
};

} // namespace SalesSync
