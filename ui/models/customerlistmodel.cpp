#include "ui/models/customerlistmodel.h"

#include "ui/background.h"
#include "ui/displaytext.h"
#include "ui/workspace.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QScopeGuard>

namespace SalesSync {

CustomerListModel::CustomerListModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    m_query.limit = kPageSize;
    restart();
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
            return QBrush(QColor(0xd0, 0x31, 0x2d));
        }
        if (row.status != CustomerStatus::Active) {
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
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

bool CustomerListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetchEnabled && !m_exhausted && !m_loading;
}

void CustomerListModel::setFetchEnabled(bool enabled)
{
    m_fetchEnabled = enabled;
}

void CustomerListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    loadPage(m_rows.isEmpty() ? std::nullopt : std::optional<CustomerListRow>(m_rows.last()), kPageSize, false);
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
    restart();
}

void CustomerListModel::setSearchText(const QString &text)
{
    if (text == m_query.text) {
        return;
    }
    m_query.text = text;
    restart();
}

void CustomerListModel::reload()
{
    // The same rows again (as many as are loaded, at least a page), replacing the list in place.
    loadPage(std::nullopt, std::max<int>(kPageSize, int(m_rows.size())), true);
    countMatches();
}

QString CustomerListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int CustomerListModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return int(i);
        }
    }
    return -1;
}

void CustomerListModel::restart()
{
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    endResetModel();
    loadPage(std::nullopt, kPageSize, true);
    countMatches();
}

void CustomerListModel::loadPage(std::optional<CustomerListRow> after, int limit, bool replace)
{
    const quint64 generation = ++m_generation;
    CustomerListQuery query = m_query;
    query.after = std::move(after);
    query.limit = limit + 1; // one more than wanted says whether there is more
    setLoading(true);
    runInBackground(
        m_workspace.pool(), this,
        [&database = m_workspace.database(), query] { return CustomerRepository(database).list(query); },
        [this, generation, limit, replace](Result<QList<CustomerListRow>> rows) {
            if (generation != m_generation) {
                return; // a newer read started meanwhile
            }
            // Still "loading" while the rows go in: a view asking for more from inside the insert
            // would otherwise continue after the old last row and read this page twice.
            const auto done = qScopeGuard([this] { setLoading(false); });
            if (!rows) {
                m_error = rows.error().message();
                m_exhausted = true;
                emit errorOccurred(m_error);
                return;
            }
            m_error.clear();
            const bool full = rows->size() > limit;
            if (full) {
                rows.value().removeLast();
            }
            if (replace) {
                const bool sameRows =
                    std::equal(m_rows.cbegin(), m_rows.cend(), rows->cbegin(), rows->cend(),
                               [](const CustomerListRow &a, const CustomerListRow &b) { return a.id == b.id; });
                if (sameRows && !m_rows.isEmpty()) {
                    // Same customers in the same places: update the cells, keep selection and scrolling.
                    m_rows = *std::move(rows);
                    m_exhausted = !full;
                    emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
                    return;
                }
                beginResetModel();
                m_rows = *std::move(rows);
                m_exhausted = !full;
                endResetModel();
                return;
            }
            m_exhausted = !full;
            if (!rows->isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
                m_rows << *rows;
                endInsertRows();
            }
        });
}

void CustomerListModel::countMatches()
{
    const quint64 generation = ++m_countGeneration;
    m_matchCount = -1;
    runInBackground(
        m_workspace.pool(), this,
        [&database = m_workspace.database(), text = m_query.text] { return CustomerRepository(database).count(text); },
        [this, generation](Result<qint64> count) {
            if (generation != m_countGeneration || !count) {
                return;
            }
            m_matchCount = *count;
            emit matchCountChanged(m_matchCount);
        });
}

void CustomerListModel::setLoading(bool loading)
{
    if (m_loading != loading) {
        m_loading = loading;
        emit loadingChanged(loading);
    }
}

} // namespace SalesSync
