#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace SalesSync {

// A table of rows read all at once (short lists): the row and column counts, replacing the rows,
// and a row by index. Subclasses give data() and headerData().
template <typename Row, int Columns>
class RowListModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : Columns; }

    void setRows(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    const Row *at(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }

protected:
    QList<Row> m_rows;
};

} // namespace SalesSync
