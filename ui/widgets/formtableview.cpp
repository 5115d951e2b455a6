#include "ui/widgets/formtableview.h"

namespace SalesSync {

QModelIndex FormTableView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    if ((action != MoveNext && action != MovePrevious) || !model()) {
        return QTableView::moveCursor(action, modifiers);
    }
    const int columns = model()->columnCount(rootIndex());
    const int rows = model()->rowCount(rootIndex());
    const QModelIndex current = currentIndex();
    const int step = action == MoveNext ? 1 : -1;
    // Cells in reading order, from the one after (or before) the current one.
    int position = current.isValid() ? current.row() * columns + current.column() : (step > 0 ? -1 : rows * columns);
    for (position += step; position >= 0 && position < rows * columns; position += step) {
        const QModelIndex candidate = model()->index(position / columns, position % columns, rootIndex());
        if (!isColumnHidden(candidate.column()) && (candidate.flags() & Qt::ItemIsEditable)) {
            return candidate;
        }
    }
    return {};
}

} // namespace SalesSync
