#include "ui/models/orderlistmodel.h"

#include "ui/displaytext.h"
#include "ui/documents/documents.h"

#include <QLocale>

namespace SalesSync {

OrderListModel::OrderListModel(Workspace &workspace, QObject *parent)
    : PagedTableModel(workspace, parent)
{
    restart();
}

OrderListModel::Reader OrderListModel::reader() const
{
    // The agent as known now: right after the first sign-in the agents table fills with the sync.
    OrderListQuery current = m_query;
    current.agentId = m_workspace.agentId();
    return [query = current](Database &database, const std::optional<OrderListRow> &after, int limit) {
        OrderListQuery q = query;
        q.after = after;
        q.limit = limit;
        return OrderRepository(database).list(q);
    };
}

int OrderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const OrderListRow &row = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Created:
            return DisplayText::dateTime(row.createdAt);
        case Number:
            return Documents::orderNumber(row.id);
        case Customer:
            return row.customerName;
        case Status:
            return DisplayText::orderStatus(row.status);
        case Lines:
            return locale.toString(row.lineCount);
        case Total:
            return row.total.format(locale);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Total || index.column() == Lines ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                  : QVariant();
    case Theme::ToneRole:
        return index.column() == Status ? QVariant(int(DisplayText::orderTone(row.status))) : QVariant();
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant OrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return PagedTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Created:
        return tr("Created");
    case Number:
        return tr("Order no.");
    case Customer:
        return tr("Customer");
    case Status:
        return tr("Status");
    case Lines:
        return tr("Lines");
    case Total:
        return tr("Total");
    default:
        return {};
    }
}

void OrderListModel::setStatusFilter(std::optional<OrderStatus> status)
{
    if (status != m_query.status) {
        m_query.status = status;
        restart();
    }
}

} // namespace SalesSync
