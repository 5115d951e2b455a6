#include "ui/widgets/emptystate.h"

#include "ui/theme/theme.h"

#include <QAbstractItemView>
#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace SalesSync {

EmptyState::EmptyState(const QString &iconName, const QString &title, const QString &hint, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto *icon = new QLabel(this);
    const int size = Theme::space(16);
    icon->setPixmap(Theme::icon(iconName, Tone::Border).pixmap(QSize(size, size), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignCenter);
    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("emptyTitle"));
    Theme::setTextStyle(m_title, TextStyle::Section);
    m_hint = new QLabel(hint, this);
    m_hint->setObjectName(QStringLiteral("emptyHint"));
    Theme::setTextStyle(m_hint, TextStyle::Secondary);
    for (QLabel *label : {m_title, m_hint}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("emptyAction"));
    m_button->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::space(6), Theme::space(6), Theme::space(6), Theme::space(6));
    layout->setSpacing(Theme::space(2));
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(Theme::space(2));
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addSpacing(Theme::space(2));
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
}

void EmptyState::setHint(const QString &hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void EmptyState::setAction(QAction *action)
{
    const auto sync = [this, action] {
        m_button->setText(action->text());
        m_button->setIcon(action->icon());
        m_button->setEnabled(action->isEnabled());
        m_button->setVisible(action->isVisible());
    };
    sync();
    connect(action, &QAction::changed, m_button, sync);
    connect(m_button, &QPushButton::clicked, action, &QAction::trigger);
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::hint() const
{
    return m_hint->text();
}

namespace {

// Keeps a placeholder the size of the viewport it lies on.
class FollowViewport final : public QObject {
public:
    FollowViewport(QWidget *viewport, QWidget *placeholder)
        : QObject(placeholder)
        , m_placeholder(placeholder)
    {
        viewport->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize) {
            m_placeholder->setGeometry(static_cast<QWidget *>(watched)->rect());
        }
        return false;
    }

private:
    QWidget *m_placeholder;
};

} // namespace

void attachEmptyState(QAbstractItemView *view, EmptyState *placeholder, std::function<bool()> isEmpty)
{
    placeholder->setParent(view->viewport());
    placeholder->setGeometry(view->viewport()->rect());
    new FollowViewport(view->viewport(), placeholder);
    QAbstractItemModel *model = view->model();
    if (!isEmpty) {
        isEmpty = [model] {
            return model->rowCount() == 0;
        };
    }
    const auto update = [placeholder, isEmpty] {
        placeholder->setVisible(isEmpty());
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, placeholder, update);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, placeholder, update);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, placeholder, update);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, placeholder, update);
    // Until the model has said what it holds, it is still loading: nothing to explain yet.
    placeholder->setVisible(false);
}

} // namespace SalesSync
