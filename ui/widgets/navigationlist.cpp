#include "ui/widgets/navigationlist.h"

#include "ui/theme/theme.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPainter>
#include <QStyledItemDelegate>

namespace SalesSync {

namespace {

class NavigationDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const bool current = option.state & QStyle::State_Selected;
        const bool hovered = option.state & QStyle::State_MouseOver;
        const QRect row = option.rect.adjusted(Theme::space(2), 1, -Theme::space(2), -1);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        if (current || hovered) {
            painter->setBrush(current ? Theme::tint(Tone::Accent, option.palette) : Theme::color(Tone::Border));
            painter->drawRoundedRect(QRectF(row), Theme::space(1) + 2, Theme::space(1) + 2);
        }
        if (current) {
            painter->setBrush(Theme::color(Tone::Accent, option.palette));
            const int bar = Theme::space(1) - 1;
            painter->drawRoundedRect(
                QRectF(row.left(), row.top() + Theme::space(2), bar, row.height() - Theme::space(4)), bar / 2.0,
                bar / 2.0);
        }
        if (option.state & QStyle::State_HasFocus && option.widget && option.widget->hasFocus()) {
            painter->setPen(QPen(Theme::color(Tone::Accent, option.palette), 1.5));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(QRectF(row).adjusted(0.75, 0.75, -0.75, -0.75), Theme::space(1) + 2,
                                     Theme::space(1) + 2);
        }
        const int iconSize = 22;
        const QRect iconRect(row.left() + Theme::space(3), row.center().y() - iconSize / 2 + 1, iconSize, iconSize);
        const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
        icon.paint(painter, iconRect);
        QFont font = option.font;
        font.setWeight(current ? QFont::DemiBold : QFont::Normal);
        painter->setFont(font);
        painter->setPen(option.palette.color(QPalette::Text));
        const QRect textRect = row.adjusted(iconRect.right() + Theme::space(3) - row.left(), 0, -Theme::space(2), 0);
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                          QFontMetrics(font).elidedText(index.data().toString(), Qt::ElideRight, textRect.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QFont bold = option.font;
        bold.setWeight(QFont::DemiBold);
        const int text = QFontMetrics(bold).horizontalAdvance(index.data().toString());
        return {Theme::space(2) * 2 + Theme::space(3) * 2 + 22 + text + Theme::space(2),
                std::max(22, QFontMetrics(bold).height()) + Theme::space(4)};
    }
};

} // namespace

NavigationList::NavigationList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setItemDelegate(new NavigationDelegate(this));
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setIconSize(QSize(22, 22));
    setSpacing(1);
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * 1.08);
    setFont(larger);
    viewport()->setAutoFillBackground(true);
    updateColours();
}

void NavigationList::addSection(const QString &iconName, const QString &text)
{
    auto *item = new QListWidgetItem(Theme::icon(iconName), text, this);
    item->setToolTip(text);
    // As wide as the longest section name needs, never wider: the pages get the rest.
    setFixedWidth(sizeHintForColumn(0) + frameWidth() * 2 + Theme::space(1));
}

void NavigationList::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        updateColours();
    }
}

void NavigationList::updateColours()
{
    QPalette p = palette();
    p.setColor(QPalette::Base, Theme::color(Tone::Surface, QGuiApplication::palette()));
    if (p != palette()) {
        setPalette(p);
    }
}

} // namespace SalesSync
