#pragma once

#include "core/repositories/customerrepository.h"
#include "ui/models/pagedtablemodel.h"

namespace SalesSync {

class Workspace;

// The customer list, read a page at a time as the view scrolls, so it opens at once with 100,000
// customers and the UI never waits for a query. Search text and sort order start a new read;
// answers to an older read are dropped.
class CustomerListModel final : public PagedTableModel<CustomerListRow> {
    Q_OBJECT

public:
    enum Column { Name, Code, City, Phone, Status, Balance, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, OverLimitRole };

    explicit CustomerListModel(Workspace &workspace, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Name, Code, City and Phone sort; the other columns keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_query.text; }
    // Leave out inactive customers (pickers do, unless asked); the list shows every customer.
    void setActiveOnly(bool activeOnly);
    bool activeOnly() const { return m_query.activeOnly; }
    // Reads the loaded rows and the match count again.
    void refresh();

    // How many customers match the search (all of them, not only the loaded rows); -1 while
    // counting.
    qint64 matchCount() const { return m_matchCount; }

signals:
    void matchCountChanged(qint64 count);

protected:
    Reader reader() const override;
    QString keyOf(const CustomerListRow &row) const override { return row.id; }

private:
    void startOver();
    void countMatches();

    CustomerListQuery m_query;
    quint64 m_countGeneration = 0;
    qint64 m_matchCount = -1;
};

} // namespace SalesSync
