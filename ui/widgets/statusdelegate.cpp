#include "ui/widgets/statusdelegate.h"

#include "ui/theme/theme.h"

#include <QApplication>
#include <QPainter>

namespace SalesSync {

namespace {

// The chip's padding: a step of the grid beside the text, half a step above and below.
QMargins chipPadding()
{
    const int across = Theme::space(2);
    const int down = Theme::space(1) / 2;
    return {across, down, across, down};
}

} // namespace

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant tone = index.data(Theme::ToneRole);
    if (!tone.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect cell = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const QMargins padding = chipPadding();
    const QSize textSize = opt.fontMetrics.size(Qt::TextSingleLine, text);
    QRect chip(QPoint(), textSize.grownBy(padding));
    chip.setWidth(std::min(chip.width(), cell.width()));
    chip.moveCenter(cell.center());
    chip.moveLeft(cell.left());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const Tone t = Tone(tone.toInt());
    painter->setPen(Qt::NoPen);
    painter->setBrush(Theme::tint(t, opt.palette));
    const qreal radius = chip.height() / 2.0;
    painter->drawRoundedRect(QRectF(chip), radius, radius);
    painter->setPen(Theme::color(t, opt.palette));
    painter->setFont(opt.font);
    painter->drawText(
        chip.marginsRemoved(padding), Qt::AlignCenter,
        opt.fontMetrics.elidedText(text, Qt::ElideRight, chip.width() - padding.left() - padding.right()));
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(Theme::ToneRole).isValid()) {
        const QMargins padding = chipPadding();
        size.rwidth() += padding.left() + padding.right();
        size.rheight() = std::max(size.height(), option.fontMetrics.height() + padding.top() + padding.bottom() + 4);
    }
    return size;
}

} // namespace SalesSync
