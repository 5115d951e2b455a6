#pragma once

#include "core/repositories/orderrepository.h"
#include "ui/models/pagedtablemodel.h"

namespace SalesSync {

// The agent's orders, newest first, read a page at a time as the view scrolls; optionally only
// those in one status.
class OrderListModel final : public PagedTableModel<OrderListRow> {
    Q_OBJECT

public:
    enum Column { Created, Number, Customer, Status, Lines, Total, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit OrderListModel(Workspace &workspace, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setStatusFilter(std::optional<OrderStatus> status);

protected:
    Reader reader() const override;
    QString keyOf(const OrderListRow &row) const override { return row.id; }

private:
    OrderListQuery m_query;
};

} // namespace SalesSync
