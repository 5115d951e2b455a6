#pragma once

#include <QStyledItemDelegate>

class QLineEdit;
class QListView;

namespace SalesSync {

// A search match as one line: the item's name at the left (cut off first when space is short),
// and at the right, in the secondary colour, what tells similar items apart (the model's
// DetailRole: a customer's number and city, a product's SKU and price). Never cuts the detail.
class MatchDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    static constexpr int DetailRole = Qt::UserRole + 0x5500;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// Down in a search field moves into its results (the first one, when none is current).
void moveDownIntoResults(QLineEdit *search, QListView *results);

} // namespace SalesSync
