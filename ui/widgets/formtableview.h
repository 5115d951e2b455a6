#pragma once

#include <QTableView>

namespace SalesSync {

// A table edited like a form: Tab and Shift+Tab go from one cell that can be edited to the next
// (an order line's quantity, then its discount, then the next line's quantity), skipping the
// cells that only show, and leave the table after the last one instead of wrapping round.
class FormTableView final : public QTableView {
    Q_OBJECT

public:
    using QTableView::QTableView;

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
};

} // namespace SalesSync
