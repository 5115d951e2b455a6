#include "ui/models/customerlistmodel.h"

#include "ui/displaytext.h"
#include "ui/theme/theme.h"
#include "ui/widgets/matchdelegate.h"
#include "ui/workspace.h"

#include <QFont>
#include <QLocale>

namespace SalesSync {

CustomerListModel::CustomerListModel(Workspace &workspace, QObject *parent)
    : PagedTableModel(workspace, parent)
{
    startOver();
}

CustomerListModel::Reader CustomerListModel::reader() const
{
    return [query = m_query](Database &database, const std::optional<CustomerListRow> &after, int limit) {
        CustomerListQuery q = query;
        q.after = after;
        q.limit = limit;
        return CustomerRepository(database).list(q);
    };
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CustomerListRow &row = m_rows.at(index.row());
    const bool overLimit = row.openBalance.minorUnits() > row.creditLimit.minorUnits();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return row.name;
        case Code:
            return row.code;
        case City:
            return row.city;
        case Phone:
            return row.phone;
        case Status:
            return DisplayText::customerStatus(row.status);
        case Balance:
            return row.openBalance.format(QLocale());
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Balance) {
            return tr("Open balance %1 of a credit limit of %2")
                .arg(row.openBalance.format(QLocale()), row.creditLimit.format(QLocale()));
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Balance ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Balance && overLimit) {
            return Theme::color(Tone::Danger);
        }
        if (row.status != CustomerStatus::Active) {
            return Theme::color(Tone::Secondary);
        }
        return {};
    case MatchDelegate::DetailRole:
        return row.city.isEmpty() ? row.code : tr("%1 · %2").arg(row.code, row.city);
    case Theme::ToneRole:
        // Active is the normal case and goes without a chip; the others stand out.
        if (index.column() == Status && row.status != CustomerStatus::Active) {
            return int(row.status == CustomerStatus::OnHold ? Tone::Warning : Tone::Neutral);
        }
        return {};
    case IdRole:
        return row.id;
    case OverLimitRole:
        return overLimit;
    default:
        return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Code:
        return tr("Customer no.");
    case City:
        return tr("City");
    case Phone:
        return tr("Phone");
    case Status:
        return tr("Status");
    case Balance:
        return tr("Open balance");
    default:
        return {};
    }
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    CustomerSort sort;
    switch (column) {
    case Name:
        sort = CustomerSort::Name;
        break;
    case Code:
        sort = CustomerSort::Code;
        break;
    case City:
        sort = CustomerSort::City;
        break;
    case Phone:
        sort = CustomerSort::Phone;
        break;
    default:
        return;
    }
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_query.sort && descending == m_query.descending) {
        return;
    }
    m_query.sort = sort;
    m_query.descending = descending;
    startOver();
}

void CustomerListModel::setSearchText(const QString &text)
{
    if (text == m_query.text) {
        return;
    }
    m_query.text = text;
    startOver();
}

void CustomerListModel::setActiveOnly(bool activeOnly)
{
    if (activeOnly != m_query.activeOnly) {
        m_query.activeOnly = activeOnly;
        startOver();
    }
}

void CustomerListModel::refresh()
{
    reload();
    countMatches();
}

void CustomerListModel::startOver()
{
    restart();
    countMatches();
}

void CustomerListModel::countMatches()
{
    const quint64 generation = ++m_countGeneration;
    m_matchCount = -1;
    runInBackground(
        m_workspace.pool(), this,
        [&database = m_workspace.database(), text = m_query.text, activeOnly = m_query.activeOnly] {
            return CustomerRepository(database).count(text, activeOnly);
        },
        [this, generation](Result<qint64> count) {
            if (generation != m_countGeneration || !count) {
                return;
            }
            m_matchCount = *count;
            emit matchCountChanged(m_matchCount);
        });
}

} // namespace SalesSync
