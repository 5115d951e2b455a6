#pragma once

#include <QStyledItemDelegate>

namespace SalesSync {

// Draws a cell whose model gives a Tone (Theme::ToneRole) as a rounded chip: the text in the
// tone's colour on a tint of it. Other cells are drawn as usual. Every list table uses it.
class StatusDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace SalesSync
