#pragma once

#include <QStyledItemDelegate>

class QLineEdit;
class QListView;

namespace SalesSync {

// A search match in two lines: the item's name, and under it, smaller and in the secondary
// colour, what tells similar items apart (the model's DetailRole: a customer's number and city,
// a product's SKU and price), so that neither is cut off in a narrow list.
class MatchDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    static constexpr int DetailRole = Qt::UserRole + 0x5500;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// Makes a list of search matches: drawn by a MatchDelegate, as wide as the view (laid out again
// when it resizes, never scrolled sideways), and reached from the search field with Down (the
// first match, when none is current).
void setUpMatchList(QLineEdit *search, QListView *results);

} // namespace SalesSync
