#include "ui/widgets/messagebar.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace SalesSync {

namespace {

QString iconFor(Tone tone)
{
    switch (tone) {
    case Tone::Success:
        return QStringLiteral("dialog-ok-apply");
    case Tone::Warning:
        return QStringLiteral("dialog-warning");
    case Tone::Danger:
        return QStringLiteral("dialog-error");
    default:
        return QStringLiteral("dialog-information");
    }
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::Box);
    setFrameShadow(QFrame::Plain);
    setAutoFillBackground(true);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_buttons = new QHBoxLayout;
    m_buttons->setSpacing(Theme::space(1));
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("closeMessage"));
    close->setAutoRaise(true);
    close->setIcon(Theme::icon(QStringLiteral("dialog-cancel")));
    close->setToolTip(tr("Close this message"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(Theme::space(3), Theme::space(2), Theme::space(2), Theme::space(2));
    layout->setSpacing(Theme::space(2));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(close, 0, Qt::AlignTop);
    setVisible(false);
}

void MessageBar::showMessage(const QString &text, Tone tone)
{
    m_tone = tone;
    m_text->setText(text);
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    updateColours();
    setVisible(true);
}

QToolButton *MessageBar::addButton(const QString &text, const std::function<void()> &action)
{
    auto *button = new QToolButton(this);
    button->setObjectName(QStringLiteral("messageAction"));
    button->setText(text);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::StrongFocus);
    connect(button, &QToolButton::clicked, this, [this, action] {
        hide();
        action();
    });
    m_buttons->addWidget(button);
    return button;
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange) {
        updateColours();
    }
}

void MessageBar::updateColours()
{
    const QPalette app = QGuiApplication::palette();
    QPalette p = palette();
    p.setColor(QPalette::Window, Theme::tint(m_tone, app));
    p.setColor(QPalette::WindowText, Theme::color(m_tone, app));
    setPalette(p);
    m_text->setPalette(app);
    const int size = Theme::space(5);
    m_icon->setPixmap(Theme::icon(iconFor(m_tone), m_tone).pixmap(QSize(size, size), devicePixelRatioF()));
}

} // namespace SalesSync
