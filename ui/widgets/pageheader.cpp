#include "ui/widgets/pageheader.h"

#include "ui/theme/theme.h"

#include <QActionEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolBar>
#include <QVBoxLayout>

namespace SalesSync {

PageHeader::PageHeader(const QString &title, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pageHeader"));
    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setTextFormat(Qt::PlainText);
    Theme::setTextStyle(m_title, TextStyle::PageTitle);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setVisible(false);
    Theme::setTextStyle(m_subtitle, TextStyle::Secondary);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    m_trailing = new QHBoxLayout;
    m_trailing->setSpacing(Theme::space(1));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, Theme::space(1));
    layout->addLayout(titles, 1);
    layout->addLayout(m_trailing);
}

void PageHeader::setTitle(const QString &title)
{
    m_title->setText(title);
}

QString PageHeader::title() const
{
    return m_title->text();
}

void PageHeader::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

QString PageHeader::subtitle() const
{
    return m_subtitle->text();
}

void PageHeader::addWidget(QWidget *widget)
{
    m_trailing->addWidget(widget, 0, Qt::AlignVCenter);
}

namespace {

// Tool buttons take no focus by default; a page's toolbar holds its commands, so Tab reaches them.
class PageToolBar final : public QToolBar {
public:
    using QToolBar::QToolBar;

protected:
    void actionEvent(QActionEvent *event) override
    {
        QToolBar::actionEvent(event);
        if (event->type() == QEvent::ActionAdded) {
            if (QWidget *button = widgetForAction(event->action())) {
                button->setFocusPolicy(Qt::TabFocus);
            }
        }
    }
};

} // namespace

QToolBar *makePageToolBar(QWidget *parent)
{
    auto *toolbar = new PageToolBar(parent);
    toolbar->setObjectName(QStringLiteral("pageToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->setMovable(false);
    return toolbar;
}

void setPageMargins(QLayout *layout)
{
    const int margin = Theme::space(4);
    layout->setContentsMargins(margin, Theme::space(3), margin, Theme::space(2));
    layout->setSpacing(Theme::space(2));
}

} // namespace SalesSync
